"""Help ▸ Guide and Help ▸ Keyboard Shortcuts, driven from the main window's keys and menus."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from valuesdesk.content import ten_steps
from valuesdesk.domain import CheckInOutcome, DayState
from valuesdesk.ui.diary.marks import contrast
from valuesdesk.ui.help import LINE_CHARACTERS, GuideBrowser, HelpMenu, ShortcutsTree, install_help_menu

NATIVE = QKeySequence.SequenceFormat.NativeText


def help_menu_of(window) -> QMenu:
    return next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")


@pytest.fixture
def window(make_window):
    """A main window with the Help menu installed, as MainWindow._build_menus does (or will)."""
    opened = make_window()
    if opened.findChild(HelpMenu) is None:
        install_help_menu(opened, help_menu_of(opened))
    return opened


def back_to(window, qtbot) -> None:
    """The main window active again, as a window manager makes it once a window above it closes."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def open_guide(window, qtbot) -> GuideBrowser:
    back_to(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.findChild(HelpMenu).guide_window
    qtbot.waitUntil(lambda: guide is not None and guide.isActiveWindow())
    browser = guide.browser
    assert isinstance(browser, GuideBrowser)
    return browser


def open_shortcuts(window, qtbot, pressed_in: QWidget | None = None) -> dict[str, list[tuple[str, str]]]:
    """Help ▸ Keyboard Shortcuts by its keys, pressed in the main window (or ``pressed_in``); what it
    lists, heading by heading."""
    if pressed_in is None:
        back_to(window, qtbot)
    qtbot.keyClick(pressed_in or window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    shown = window.findChild(HelpMenu).shortcuts_window
    qtbot.waitUntil(lambda: shown is not None and shown.isActiveWindow())
    tree = shown.tree
    assert isinstance(tree, ShortcutsTree)
    listed = {}
    for index in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(index)
        listed[heading.text(0)] = [
            (heading.child(row).text(0), heading.child(row).text(1)) for row in range(heading.childCount())
        ]
    return listed


def keys(action: QAction) -> str:
    return action.shortcut().toString(NATIVE)


def test_the_help_menu_offers_the_guide_and_the_shortcuts_above_about(window) -> None:
    texts = [action.text() for action in help_menu_of(window).actions()]
    assert texts == ["&Guide", "&Keyboard Shortcuts", "", "&About ValuesDesk"]
    shortcuts = {action.text(): keys(action) for action in help_menu_of(window).actions()}
    assert shortcuts["&Guide"] == QKeySequence(QKeySequence.StandardKey.HelpContents).toString(NATIVE)
    assert shortcuts["&Keyboard Shortcuts"] == QKeySequence("Ctrl+/").toString(NATIVE)


def test_the_guide_explains_the_steps_the_marks_the_words_and_privacy_in_its_own_words(window, qtbot) -> None:
    text = open_guide(window, qtbot).toPlainText()
    for step in ten_steps().steps:
        assert f"{step.title}:" in text
        # Its own sentence, not the worksheet's (which the wizard shows verbatim).
        assert step.guidance.split(".")[0] not in text
    for state in map(DayState.of, CheckInOutcome):
        assert state.label in text
    for words in ("Diary entry", "Try-on", "Did I enact the value?", "Yes", "Partly", "No"):
        assert words in text
    for words in ("valued direction", "Willingness", "Thank your mind", "Evaluations and judgments", "Enact"):
        assert words in text
    lock = next(action for action in window.findChildren(QAction) if action.text() == "&Lock Now")
    assert "File ▸ Privacy…" in text and f"File ▸ Lock Now ({keys(lock)})" in text
    assert f"Help ▸ Keyboard Shortcuts ({QKeySequence('Ctrl+/').toString(NATIVE)})" in text
    assert not re.search(r"\{\w+:", text), "a placeholder was left unfilled"


def test_the_guides_headings_are_real_headings_and_its_marks_are_painted(window, qtbot) -> None:
    document = open_guide(window, qtbot).document()
    headings = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings.append((block.blockFormat().headingLevel(), block.text()))
        block = block.next()
    assert headings == [
        (1, "A short guide to ValuesDesk"),
        (2, "Trying on a value"),
        (2, "The ten steps"),
        (2, "The daily diary"),
        (2, "The calendar's marks"),
        (2, "Values over time"),
        (2, "Words you will meet"),
        (2, "Your privacy"),
    ]
    for mark in ("enacted", "partly", "not enacted", "entry", "try-on"):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"mark:{mark}"))
        assert image is not None and not image.isNull(), mark


def line_extents(browser: GuideBrowser) -> list[tuple[float, float]]:
    """Every laid-out line of the guide's text: where it starts and ends across the viewport."""
    layout = browser.document().documentLayout()
    extents = []
    block = browser.document().begin()
    while block.isValid():
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            if line.textLength():
                left = origin.x() + line.x()
                extents.append((left, left + line.naturalTextWidth()))
        block = block.next()
    return extents


def test_lines_keep_a_readable_length_centred_and_wrap_in_a_narrow_window(window, qtbot) -> None:
    browser = open_guide(window, qtbot)
    guide = browser.window()
    guide.resize(1260, 760)
    qtbot.waitUntil(lambda: browser.viewport().width() > 1100)
    column = browser.column_width()
    extents = line_extents(browser)
    left, right = min(start for start, _ in extents), max(end for _, end in extents)
    assert right - left <= column + 1
    # About as much room on either side of the text.
    assert abs(left - (browser.viewport().width() - right)) < browser.viewport().width() * 0.1
    longest = max(len(line) for line in browser.toPlainText().splitlines())
    assert longest > LINE_CHARACTERS  # paragraphs longer than a line, so the wrapping is what keeps them short

    guide.resize(420, 600)
    qtbot.waitUntil(lambda: browser.viewport().width() < 420)
    assert max(end for _, end in line_extents(browser)) <= browser.viewport().width()
    assert browser.horizontalScrollBar().maximum() == 0


def test_the_guide_scrolls_by_keyboard_follows_its_links_and_closes_with_escape(window, qtbot) -> None:
    browser = open_guide(window, qtbot)
    guide = browser.window()
    guide.resize(640, 480)
    qtbot.waitUntil(lambda: browser.verticalScrollBar().maximum() > 0)
    assert browser.hasFocus()
    scroll = browser.verticalScrollBar()
    qtbot.keyClick(browser, Qt.Key.Key_PageDown)
    assert scroll.value() > 0
    qtbot.keyClick(browser, Qt.Key.Key_End)
    assert scroll.value() == scroll.maximum()
    qtbot.keyClick(browser, Qt.Key.Key_Home)
    assert scroll.value() == 0
    # Tab reaches the contents' first link, Return follows it to "Trying on a value".
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().selectedText() == "Trying on a value"
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scroll.value() > 0)
    qtbot.keyClick(browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())


def test_the_marks_stand_out_on_a_dark_page(window, qtbot) -> None:
    browser = open_guide(window, qtbot)
    dark = QPalette(browser.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#1a3f7a"))  # a dark accent, as many dark themes have
    dark.setColor(QPalette.ColorRole.Link, QColor("#1a3f7a"))
    browser.setPalette(dark)
    image = browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("mark:enacted"))
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert contrast(centre, QColor("#1e1e1e")) >= 3
    # The links too: the contents' first link is drawn in a colour readable as text on the dark page.
    cursor = browser.document().find("Trying on a value", 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert cursor.charFormat().isAnchor()
    link = cursor.charFormat().foreground().color()
    assert contrast(link, QColor("#1e1e1e")) >= 4.5


def test_the_shortcuts_list_every_menu_action_with_keys_under_its_menu(window, qtbot) -> None:
    listed = open_shortcuts(window, qtbot)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            if not action.shortcut().isEmpty() and action.isVisible():
                title = menu.title().replace("&", "")
                assert (action.text().replace("&", ""), keys(action)) in listed[title]
    assert ("Lock Now", QKeySequence("Ctrl+L").toString(NATIVE)) in listed["File"]
    assert ("Guide", QKeySequence(QKeySequence.StandardKey.HelpContents).toString(NATIVE)) in listed["Help"]
    # The areas' and the dock's own keys, under their names.
    assert ("Today", QKeySequence("Ctrl+T").toString(NATIVE)) in listed["Diary"]
    assert "Larger Text" in [text for text, _ in listed["Parallel Questions"]]
    assert list(listed)[:3] == ["File", "View", "Help"]


def test_a_new_action_is_listed_the_next_time_and_a_hidden_one_is_not(window, qtbot) -> None:
    view_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    open_shortcuts(window, qtbot)
    focus_mode = QAction("&Focus Mode", window, shortcut=QKeySequence("Ctrl+Shift+F"))
    view_menu.addAction(focus_mode)
    write_note = QAction("Write a &Note", window.diary_page, shortcut=QKeySequence("Ctrl+Shift+N"))
    window.diary_page.addAction(write_note)
    hidden = QAction("Hidden", window, shortcut=QKeySequence("Ctrl+Shift+J"), visible=False)
    view_menu.addAction(hidden)
    find = QShortcut(QKeySequence("Ctrl+Shift+K"), window.diary_page)
    find.setWhatsThis("Find in the Diary")

    # The keys again, from the open list itself: it is made afresh.
    listed = open_shortcuts(window, qtbot, pressed_in=window.findChild(HelpMenu).shortcuts_window.tree)
    assert ("Focus Mode", QKeySequence("Ctrl+Shift+F").toString(NATIVE)) in listed["View"]
    assert ("Write a Note", QKeySequence("Ctrl+Shift+N").toString(NATIVE)) in listed["Diary"]
    assert ("Find in the Diary", QKeySequence("Ctrl+Shift+K").toString(NATIVE)) in listed["Diary"]
    assert "Hidden" not in [text for lines in listed.values() for text, _ in lines]


def test_the_shortcuts_window_reads_by_keyboard_and_closes_with_escape(window, qtbot) -> None:
    open_shortcuts(window, qtbot)
    shown = window.findChild(HelpMenu).shortcuts_window
    tree = shown.tree
    assert tree.hasFocus()
    assert tree.currentItem().text(0) == tree.topLevelItem(0).child(0).text(0)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is tree.topLevelItem(0).child(1)
    line = tree.currentItem()
    assert line.data(0, Qt.ItemDataRole.AccessibleTextRole) == f"{line.text(0)}: {line.text(1)}"
    qtbot.keyClick(tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible())


def test_both_windows_fit_the_screen_over_the_main_window_and_name_every_control(window, qtbot) -> None:
    open_guide(window, qtbot)
    open_shortcuts(window, qtbot)
    menu = window.findChild(HelpMenu)
    room = window.screen().availableGeometry()
    for shown in (menu.guide_window, menu.shortcuts_window):
        assert room.contains(shown.frameGeometry())
        assert shown.frameGeometry().intersects(window.frameGeometry())
        assert shown.windowFlags() & Qt.WindowType.Window and not shown.isModal()
        assert shown.accessibleName() == shown.windowTitle()
        for control in shown.findChildren(QWidget):
            if control.focusPolicy() != Qt.FocusPolicy.NoFocus and control.isVisible():
                assert control.accessibleName(), control
    # Wide enough for the measure of text in the guide, and for every line of the shortcuts without
    # scrolling sideways; as tall as the list, or as the screen allows.
    guide = menu.guide_window.browser
    assert guide.viewport().width() >= guide.column_width()
    shortcuts = menu.shortcuts_window.tree
    assert shortcuts.horizontalScrollBar().maximum() == 0
    taller_than_the_room = menu.shortcuts_window.height() >= int(room.height() * 0.85)
    assert shortcuts.verticalScrollBar().maximum() == 0 or taller_than_the_room


def test_close_buttons_close(window, qtbot) -> None:
    open_guide(window, qtbot)
    guide = window.findChild(HelpMenu).guide_window
    close = next(button for button in guide.findChildren(QAbstractButton) if button.accessibleName() == "Close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton, pos=close.rect().center())
    assert not guide.isVisible()
    # Opened again, the same window comes back (not a second one).
    open_guide(window, qtbot)
    assert window.findChild(HelpMenu).guide_window is guide and guide.isVisible()


def test_the_guide_explains_values_over_time_with_the_areas_keys_and_the_questionnaire(window, qtbot) -> None:
    text = open_guide(window, qtbot).toPlainText()
    values = next(action for action in window.findChildren(QAction) if action.text() == "&Values")
    assert f"Open Values ({keys(values)}) to take one" in text
    assert "1 is a fine answer" in text and "Not Now puts the offer aside" in text
    assert "Valued Living Questionnaire (Wilson, Sandoz, Kitchens & Roberts, 2010)" in text
