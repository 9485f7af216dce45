"""The questions dock: verbatim text in every mode, turning pairs and text size by keyboard,
copying, wrapping at any width, and the choices coming back after a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from valuesdesk.content import parallel_questions
from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.questions.sheet_view import default_text_size

SHEET = parallel_questions()
CTRL = Qt.KeyboardModifier.ControlModifier


def visible_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)}


def choose_mode(panel, mode: SheetMode, qtbot) -> None:
    """Pick a mode in the "Show" box with the keyboard, as a person would."""
    panel.mode_box.setFocus()
    target = list(SheetMode).index(mode)
    while panel.mode_box.currentIndex() != target:
        key = Qt.Key.Key_Down if panel.mode_box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(panel.mode_box, key)
    assert panel.sheet_view.mode() is mode


@pytest.mark.parametrize("mode", list(SheetMode))
def test_every_mode_shows_the_questions_verbatim(make_window, qtbot, mode: SheetMode) -> None:
    window = make_window()
    panel = window.questions_panel
    choose_mode(panel, mode, qtbot)
    texts = visible_texts(panel)
    therapist = {pair.therapist for pair in SHEET.pairs}
    client = {pair.client for pair in SHEET.pairs}
    if mode is SheetMode.ONE_PAIR:
        assert {SHEET.pairs[0].therapist, SHEET.pairs[0].client} <= texts
        assert not (therapist | client) - {SHEET.pairs[0].therapist, SHEET.pairs[0].client} & texts
        assert "Pair 1 of 8" in texts
        return
    assert (therapist <= texts) == mode.shows_therapist
    assert (client <= texts) == mode.shows_client
    assert not (therapist & texts) or mode.shows_therapist
    assert not (client & texts) or mode.shows_client
    assert (SHEET.therapist_heading in texts) == mode.shows_therapist
    assert (SHEET.client_heading in texts) == mode.shows_client
    assert SHEET.title in texts


@pytest.mark.parametrize(("width", "floating"), [(100, False), (380, False), (600, True), (1100, True)])
def test_questions_wrap_inside_the_dock_at_any_width(make_window, qtbot, width: int, floating: bool) -> None:
    window = make_window()
    view = window.questions_panel.sheet_view
    # Docked, the work areas keep their room; wider sheets are floating ones.
    if floating:
        window.questions_dock.setFloating(True)
        window.questions_dock.resize(width, 700)
    else:
        window.resizeDocks([window.questions_dock], [width], Qt.Orientation.Horizontal)
    # The dock stops at its narrowest useful width.
    expected = max(width, window.questions_dock.minimumSizeHint().width())
    qtbot.waitUntil(lambda: abs(window.questions_dock.width() - expected) < 40)
    viewport = view.scroll_area.viewport()
    qtbot.waitUntil(lambda: view.body.width() <= viewport.width())
    assert not view.scroll_area.horizontalScrollBar().isVisible()
    for label in view.therapist_labels + view.client_labels:
        right_edge = label.mapTo(view.body, label.rect().topRight()).x()
        assert right_edge <= view.body.width()
        assert label.height() >= label.heightForWidth(label.width()) - 1  # nothing cut off


def test_pairs_turn_with_arrow_and_page_keys_and_buttons(make_window, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    choose_mode(panel, SheetMode.ONE_PAIR, qtbot)
    question = panel.sheet_view.therapist_labels[0]
    question.setFocus()

    def shown() -> str:
        return panel.sheet_view.position_label.text()

    qtbot.keyClick(question, Qt.Key.Key_Right)
    assert shown() == "Pair 2 of 8"
    assert SHEET.pairs[1].client in visible_texts(panel)
    assert SHEET.pairs[0].client not in visible_texts(panel)
    qtbot.keyClick(panel.sheet_view.therapist_labels[1], Qt.Key.Key_PageDown)
    assert shown() == "Pair 3 of 8"
    qtbot.keyClick(panel.sheet_view.therapist_labels[2], Qt.Key.Key_Left)
    qtbot.keyClick(panel.sheet_view.therapist_labels[1], Qt.Key.Key_PageUp)
    assert shown() == "Pair 1 of 8"
    qtbot.keyClick(panel.sheet_view.therapist_labels[0], Qt.Key.Key_Left)
    assert shown() == "Pair 1 of 8" and not panel.sheet_view.previous_button.isEnabled()
    for _ in range(9):
        qtbot.mouseClick(panel.sheet_view.next_button, Qt.MouseButton.LeftButton)
    assert shown() == "Pair 8 of 8" and not panel.sheet_view.next_button.isEnabled()
    assert {SHEET.pairs[7].therapist, SHEET.pairs[7].client} <= visible_texts(panel)


def test_arrow_keys_do_not_turn_pairs_outside_one_pair_mode(make_window, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    panel.sheet_view.therapist_labels[0].setFocus()
    qtbot.keyClick(panel.sheet_view.therapist_labels[0], Qt.Key.Key_Right)
    assert panel.sheet_view.pair_index() == 0
    assert all(label.isVisibleTo(panel) for label in panel.sheet_view.client_labels)


def test_text_size_follows_ctrl_plus_minus_and_zero_while_the_panel_has_focus(make_window, qtbot) -> None:
    window = make_window()
    view = window.questions_panel.sheet_view
    label = view.client_labels[3]
    label.setFocus()
    default = default_text_size()
    qtbot.keyClick(label, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(label, Qt.Key.Key_Plus, CTRL)
    assert view.text_size() > default
    qtbot.waitUntil(lambda: label.font().pointSizeF() == pytest.approx(view.text_size(), abs=0.1))
    qtbot.keyClick(label, Qt.Key.Key_Minus, CTRL)
    larger = view.text_size()
    assert default < larger
    qtbot.keyClick(label, Qt.Key.Key_0, CTRL)
    assert view.text_size() == default
    # Elsewhere in the window Ctrl+Plus is not the panel's.
    window.sections.setFocus()
    qtbot.keyClick(window.sections, Qt.Key.Key_Plus, CTRL)
    assert view.text_size() == default


def test_ctrl_c_copies_the_focused_question_verbatim(make_window, qtbot) -> None:
    window = make_window()
    label = window.questions_panel.sheet_view.client_labels[4]
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_C, CTRL)
    assert QGuiApplication.clipboard().text() == SHEET.pairs[4].client


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("&Copy Question", SHEET.pairs[6].therapist),
        (
            "Copy &Pair",
            f"{SHEET.therapist_heading}\n{SHEET.pairs[6].therapist}\n\n{SHEET.client_heading}\n{SHEET.pairs[6].client}",
        ),
    ],
    ids=["question", "pair"],
)
def test_the_context_menu_copies_a_question_or_its_pair(make_window, choice, expected) -> None:
    window = make_window()
    menu = window.questions_panel.sheet_view.therapist_labels[6].context_menu()
    assert [action.text() for action in menu.actions()] == ["&Copy Question", "Copy &Pair"]
    next(action for action in menu.actions() if action.text() == choice).trigger()
    assert QGuiApplication.clipboard().text() == expected


def test_mode_pair_and_text_size_come_back_after_a_restart(make_window, restart, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    choose_mode(panel, SheetMode.ONE_PAIR, qtbot)
    panel.sheet_view.set_pair_index(4)
    panel.sheet_view.larger_text()
    size = panel.sheet_view.text_size()
    again = restart(window).questions_panel
    assert again.sheet_view.mode() is SheetMode.ONE_PAIR
    assert again.mode_box.currentText() == "One pair at a time"
    assert again.sheet_view.position_label.text() == "Pair 5 of 8"
    assert again.sheet_view.text_size() == size
