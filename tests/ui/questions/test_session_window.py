"""Session mode: the sheet in its own window, on top and full screen on a chosen screen if
wanted, back in the dock with one action or Esc, and as it was after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from valuesdesk.content import parallel_questions
from valuesdesk.ui.diary.marks import contrast
from valuesdesk.ui.questions.session_window import screen_label
from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.questions.sheet_view import default_text_size

SHEET = parallel_questions()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def visible_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)}


def start_session(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    session = window.questions_panel.session_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session)
    return session


def test_session_mode_opens_a_window_of_its_own_and_esc_returns_to_the_dock(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    assert session.isWindow() and session.windowFlags() & Qt.WindowType.Window
    assert not session.stays_on_top()
    assert not window.questions_dock.isVisible()
    assert {pair.client for pair in SHEET.pairs} <= visible_texts(session)

    session.stay_on_top_action.trigger()
    assert session.stays_on_top() and session.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert session.isVisible()

    qtbot.keyClick(session.sheet_view.client_labels[0], Qt.Key.Key_Escape)
    assert not session.isVisible()
    assert window.questions_dock.isVisible()


def test_closing_the_session_window_also_returns_to_the_dock(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.close()
    assert not session.isVisible() and window.questions_dock.isVisible()


def test_the_client_view_fills_the_chosen_screen_with_one_client_question_in_large_print(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.full_screen_menu.aboutToShow.emit()
    screens = QGuiApplication.screens()
    offered = [action.text() for action in session.full_screen_menu.actions()]
    labels = [screen_label(screen) for screen in screens]
    assert offered == [text for label in labels for text in (f"Full Screen on {label}", f"Client View on {label}")]
    chosen = screens[-1]
    session.full_screen_menu.actions()[-1].trigger()
    qtbot.waitUntil(session.isFullScreen)
    assert session.screen() is chosen
    assert session.geometry() == chosen.geometry()
    texts = visible_texts(session)
    questions = {pair.therapist for pair in SHEET.pairs} | {pair.client for pair in SHEET.pairs}
    assert questions & texts == {SHEET.pairs[0].client}
    assert "Question 1 of 8" in texts
    assert not {SHEET.title, SHEET.therapist_heading, SHEET.client_heading} & texts
    assert not session.toolbar.isVisible()
    question = session.client_view_page.question
    assert question.font().pointSizeF() >= 3 * default_text_size()

    qtbot.keyClick(session.client_view_page, Qt.Key.Key_Escape)
    assert not session.isVisible() and window.questions_dock.isVisible()
    assert window.questions_panel.sheet_view.mode() is SheetMode.BOTH


CLIENT_TEXTS = {pair.client for pair in SHEET.pairs}


def client_monitor():
    """The second screen of tests/offscreen-screens.json, 1920×1080 beside the laptop."""
    return next(screen for screen in QGuiApplication.screens() if screen.name() == "Client monitor")


def shown_question(session) -> tuple[str, str]:
    """The client question the client view shows, and where it says it stands."""
    page = session.client_view_page
    questions = [label for label in page.findChildren(QLabel) if label.isVisible() and label.text() in CLIENT_TEXTS]
    assert len(questions) == 1
    return questions[0].text(), page.position_label.text()


def test_the_client_view_turns_one_question_at_a_time_with_arrow_and_page_keys(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.show_full_screen_on(client_monitor(), client_view=True)
    qtbot.waitUntil(session.isFullScreen)
    page = session.client_view_page
    assert page.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert shown_question(session) == (SHEET.pairs[2].client, "Question 3 of 8")
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert shown_question(session) == (SHEET.pairs[1].client, "Question 2 of 8")
    qtbot.keyClick(page, Qt.Key.Key_PageUp)
    qtbot.keyClick(page, Qt.Key.Key_PageUp)
    assert shown_question(session) == (SHEET.pairs[0].client, "Question 1 of 8")
    for _ in range(9):
        qtbot.keyClick(page, Qt.Key.Key_Right)
    assert shown_question(session) == (SHEET.pairs[7].client, "Question 8 of 8")


def test_the_client_view_opens_at_the_pair_of_one_pair_mode_and_leaves_it_as_it_was(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.sheet_view.set_mode(SheetMode.ONE_PAIR)
    session.sheet_view.set_pair_index(2)
    session.show_full_screen_on(client_monitor(), client_view=True)
    qtbot.waitUntil(session.isFullScreen)
    assert shown_question(session) == (SHEET.pairs[2].client, "Question 3 of 8")
    qtbot.keyClick(session.client_view_page, Qt.Key.Key_Right)
    session.leave_full_screen_action.trigger()
    assert session.sheet_view.mode() is SheetMode.ONE_PAIR
    assert session.sheet_view.position_label.text() == "Pair 4 of 8"
    assert not session.client_view_page.isVisible()


def test_the_client_view_question_stands_centred_with_room_around_it_and_a_quiet_hint_below(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.show_full_screen_on(client_monitor(), client_view=True)
    qtbot.waitUntil(lambda: session.geometry() == client_monitor().geometry())
    page = session.client_view_page
    for pair in range(8):  # the longest question too
        if pair:
            qtbot.keyClick(page, Qt.Key.Key_Right)
        question = page.question
        qtbot.waitUntil(lambda question=question: question.height() >= question.heightForWidth(question.width()))
        shown = question.geometry().translated(page.pos())
        text_width = (
            question.fontMetrics().boundingRect(question.rect(), int(Qt.TextFlag.TextWordWrap), question.text()).width()
        )
        assert abs(shown.center().x() - session.width() / 2) <= 2
        assert text_width <= 0.85 * session.width()
        assert shown.left() >= 0.08 * session.width() and shown.top() >= 0.06 * session.height()
        hint = page.hint.geometry().translated(page.pos())
        position = page.position_label.geometry().translated(page.pos())
        assert page.hint.isVisible() and page.hint.text() == "Esc to leave"
        assert not hint.intersects(shown) and not position.intersects(shown)
        assert hint.bottom() < session.height() and hint.right() < session.width()
    assert page.hint.font().pointSizeF() < page.question.font().pointSizeF() / 2


def test_however_large_the_text_the_longest_question_shows_whole_on_a_laptop_screen(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    laptop = next(screen for screen in QGuiApplication.screens() if screen.name() == "Laptop")
    session.show_full_screen_on(laptop, client_view=True)
    qtbot.waitUntil(lambda: session.geometry() == laptop.geometry())
    page = session.client_view_page
    longest = max(range(8), key=lambda index: len(SHEET.pairs[index].client))
    session.sheet_view.set_pair_index(longest)
    before = page.question.font().pointSizeF()
    for _ in range(12):
        qtbot.keyClick(page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    question = page.question
    qtbot.waitUntil(lambda: question.font().pointSizeF() > before)
    qtbot.waitUntil(lambda: question.height() >= question.heightForWidth(question.width()))
    assert question.geometry().bottom() < page.position_label.geometry().top()
    assert question.geometry().top() >= 0


def dark_palette() -> QPalette:
    """Adwaita's dark colours, as GTK_THEME=Adwaita:dark gives them."""
    palette = QPalette(QApplication.palette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#353535"),
        (QPalette.ColorRole.WindowText, "#eeeeec"),
        (QPalette.ColorRole.Base, "#2d2d2d"),
        (QPalette.ColorRole.Text, "#eeeeec"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request):
    light = QPalette(QApplication.palette())
    if request.param == "dark":
        QApplication.setPalette(dark_palette())
    yield request.param
    QApplication.setPalette(light)


def test_the_client_view_captions_are_quiet_and_readable_in_light_and_dark_palettes(
    make_window, qtbot, palette
) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.show_full_screen_on(client_monitor(), client_view=True)
    qtbot.waitUntil(session.isFullScreen)
    page = session.client_view_page
    background = page.palette().color(QPalette.ColorRole.Window)
    question_ink = page.question.palette().color(QPalette.ColorRole.WindowText)
    for caption in (page.hint, page.position_label):
        ink = caption.palette().color(QPalette.ColorRole.WindowText)
        # A step lighter than the question, and still text anyone can read: 4.5:1 at least.
        assert 4.5 <= contrast(ink, background) < contrast(question_ink, background)
    seen = page.grab().toImage()
    hint = page.hint.geometry()
    inks = {
        seen.pixelColor(x, y).name() for x in range(hint.left(), hint.right()) for y in range(hint.top(), hint.bottom())
    }
    assert page.hint.palette().color(QPalette.ColorRole.WindowText).name() in inks  # painted in that ink


def test_ctrl_plus_enlarges_the_client_view_and_ctrl_0_brings_back_its_large_print(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    windowed = session.sheet_view.text_size()
    session.show_full_screen_on(client_monitor(), client_view=True)
    qtbot.waitUntil(session.isFullScreen)
    page = session.client_view_page
    before = page.question.font().pointSizeF()
    qtbot.keyClick(page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.question.font().pointSizeF() > before
    qtbot.keyClick(page, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert page.question.font().pointSizeF() == before
    session.leave_full_screen_action.trigger()
    assert session.sheet_view.text_size() == windowed
    session.sheet_view.setFocus()
    qtbot.keyClick(session.sheet_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert session.sheet_view.text_size() == default_text_size()


def test_leaving_full_screen_restores_the_windowed_view(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.sheet_view.set_mode(SheetMode.ONE_PAIR)
    size = session.sheet_view.text_size()
    session.show_full_screen_on(QGuiApplication.screens()[0], client_view=True)
    session.leave_full_screen_action.trigger()
    assert not session.isFullScreen() and session.toolbar.isVisible()
    assert session.sheet_view.mode() is SheetMode.ONE_PAIR and session.sheet_view.text_size() == size
    assert SHEET.title in visible_texts(session)


def test_from_the_client_view_to_full_screen_the_sheet_comes_back_as_it_was(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    size = session.sheet_view.text_size()
    session.show_full_screen_on(client_monitor(), client_view=True)
    qtbot.waitUntil(session.isFullScreen)
    session.show_full_screen_on(client_monitor())
    assert not session.client_view and not session.client_view_page.isVisible()
    assert session.sheet_view.mode() is SheetMode.BOTH and session.sheet_view.text_size() == size
    assert {pair.therapist for pair in SHEET.pairs} <= visible_texts(session)


def test_pairs_turn_by_keys_in_the_session_window(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.sheet_view.set_mode(SheetMode.ONE_PAIR)
    label = session.sheet_view.client_labels[0]
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Right)
    assert session.sheet_view.position_label.text() == "Pair 2 of 8"
    assert SHEET.pairs[1].client in visible_texts(session)


def test_the_session_window_comes_back_as_it_was_after_a_restart(make_window, restart, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.set_stay_on_top(True)
    session.sheet_view.set_mode(SheetMode.CLIENT)
    session.sheet_view.larger_text()
    size = session.sheet_view.text_size()
    session.setGeometry(30, 40, 640, 480)
    qtbot.waitUntil(lambda: session.geometry().size().width() == 640)

    again = restart(window)
    session = again.questions_panel.session_window
    assert session is not None and session.isVisible()
    assert not again.questions_dock.isVisible()
    assert session.stays_on_top()
    assert session.sheet_view.mode() is SheetMode.CLIENT and session.sheet_view.text_size() == size
    assert session.geometry().size().toTuple() == (640, 480)

    session.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session)
    qtbot.keyClick(session.sheet_view, Qt.Key.Key_Escape)
    again = restart(again)
    assert again.questions_panel.session_window is None
    assert again.questions_dock.isVisible()


def test_a_full_screen_client_view_comes_back_on_its_screen(make_window, restart, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.show_full_screen_on(QGuiApplication.screens()[0], client_view=True)
    again = restart(window)
    session = again.questions_panel.session_window
    qtbot.waitUntil(lambda: session.isFullScreen())
    assert session.client_view and session.client_view_page.isVisible()
    assert shown_question(session) == (SHEET.pairs[0].client, "Question 1 of 8")


def test_tab_goes_through_the_toolbar_left_to_right_then_into_the_sheet(make_window, qtbot) -> None:
    session = start_session(make_window(), qtbot)
    session.mode_box.setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[:3] == [session.stay_on_top_button, session.full_screen_button, session.return_button]
    assert session.sheet_view.isAncestorOf(visited[3])
