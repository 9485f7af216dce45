"""The sheet in the dock uses its width: two columns while each holds a readable line, one column
(the client's question under the therapist's) when narrow, never lines of a few words; the private
notes sit full width under their pair and grow with the text size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.questions.sheet_view import MAX_COLUMN_CHARACTERS, QuestionLabel, SheetView

CTRL = Qt.KeyboardModifier.ControlModifier


def set_dock_width(window, width: int, qtbot) -> None:
    """Docked up to the room the work areas leave; wider, the dock floats, as a person would make it."""
    dock = window.questions_dock
    if width > 500:
        dock.setFloating(True)
        dock.resize(width, 760)
    else:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(dock.width() - width) <= 2)
    # The dock lays out its contents a moment later; the sheet has the dock's width less its margins.
    view = window.questions_panel.sheet_view
    qtbot.waitUntil(lambda: dock.width() - 20 <= view.width() <= dock.width())
    qtbot.waitUntil(lambda: view.body.width() <= view.scroll_area.viewport().width())


def on_sheet(view: SheetView, widget: QWidget) -> QRect:
    """Where ``widget`` is on the sheet."""
    return QRect(widget.mapTo(view.body, QPoint(0, 0)), widget.size())


def characters_a_line(label: QuestionLabel) -> float:
    return label.contentsRect().width() / QFontMetricsF(label.font()).averageCharWidth()


def laid_out(view: SheetView, qtbot) -> None:
    """Waits for the sheet's layout to follow the last change: the page as wide as it may be, and
    every question as tall as its lines."""
    margins = view.body.layout().contentsMargins()

    def settled() -> bool:
        room = view.body.width() - margins.left() - margins.right()
        labels = view.therapist_labels + view.client_labels
        fitted = all(label.height() >= label.heightForWidth(label.width()) - 1 for label in labels)
        return fitted and view.page.width() == min(view.page.maximumWidth(), room)

    qtbot.waitUntil(settled)


@pytest.mark.parametrize("width", [360, 420, 614, 1100])
def test_the_questions_never_wrap_at_a_few_words(make_window, qtbot, width: int) -> None:
    window = make_window()
    view = window.questions_panel.sheet_view
    set_dock_width(window, width, qtbot)
    laid_out(view, qtbot)
    for label in view.therapist_labels + view.client_labels:
        assert 30 <= characters_a_line(label) <= MAX_COLUMN_CHARACTERS + 2, label.text()
    therapist, client = on_sheet(view, view.therapist_labels[4]), on_sheet(view, view.client_labels[4])
    if view.is_stacked():
        # One column: the client's question under the therapist's, at the same left edge.
        assert client.top() > therapist.bottom() and abs(client.left() - therapist.left()) <= 12
    else:
        assert client.left() > therapist.right() and client.top() == therapist.top()
        assert abs(client.width() - therapist.width()) <= 1  # equal columns, whatever their words
    assert view.is_stacked() == (width < 450)

    # One column alone takes the whole width, up to a readable line.
    view.set_mode(SheetMode.CLIENT)
    laid_out(view, qtbot)
    for label in view.client_labels:
        assert min(width - 60, MAX_COLUMN_CHARACTERS * 6) <= on_sheet(view, label).width(), label.text()


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800), (1920, 1080)])
def test_at_every_window_size_the_dock_questions_hold_a_readable_line(make_window, qtbot, size) -> None:
    window = make_window()
    window.resize(*size)
    view = window.questions_panel.sheet_view
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    laid_out(view, qtbot)
    for label in view.therapist_labels + view.client_labels:
        assert characters_a_line(label) >= 30, label.text()


def test_from_one_column_to_two_then_larger_text_every_question_shows_whole(make_window, qtbot) -> None:
    window = make_window()
    view = window.questions_panel.sheet_view
    set_dock_width(window, 360, qtbot)
    laid_out(view, qtbot)
    assert view.is_stacked()
    set_dock_width(window, 1100, qtbot)
    laid_out(view, qtbot)
    assert not view.is_stacked()
    view.client_labels[0].setFocus()
    for _ in range(3):
        qtbot.keyClick(view.client_labels[0], Qt.Key.Key_Plus, CTRL)
    laid_out(view, qtbot)  # every question as tall as its lines


def test_a_wide_sheet_stays_centred_at_a_readable_width(make_window, qtbot) -> None:
    window = make_window()
    view = window.questions_panel.sheet_view
    set_dock_width(window, 1250, qtbot)
    laid_out(view, qtbot)
    page = on_sheet(view, view.page)
    assert page.width() < view.body.width() - 200
    assert abs(page.center().x() - view.body.width() / 2) <= 2


def open_a_note(panel, index: int, text: str, qtbot) -> None:
    section = panel.notes_sections[index]
    qtbot.mouseClick(section.add_button if section.toggle.isChecked() else section.toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(section.editors[0].editor, text)


@pytest.mark.parametrize("width", [380, 614])
def test_a_private_note_sits_full_width_under_its_pair_and_leaves_the_questions_as_they_were(
    make_window, qtbot, width: int
) -> None:
    window = make_window()
    panel = window.questions_panel
    view = panel.sheet_view
    set_dock_width(window, width, qtbot)
    laid_out(view, qtbot)
    therapist, client = view.therapist_labels[1], view.client_labels[1]
    before = on_sheet(view, therapist), on_sheet(view, client)

    open_a_note(panel, 1, "Noticed my pull to rescue; stayed.", qtbot)
    laid_out(view, qtbot)
    assert (on_sheet(view, therapist), on_sheet(view, client)) == before
    note = on_sheet(view, panel.notes_sections[1].editors[0].editor)
    page = on_sheet(view, view.page)
    assert note.top() > max(before[0].bottom(), before[1].bottom())
    assert note.width() >= 0.9 * page.width()
    assert note.bottom() < on_sheet(view, view.therapist_labels[2]).top()


def test_ctrl_plus_enlarges_the_notes_with_the_questions(make_window, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    view = panel.sheet_view
    open_a_note(panel, 0, "grows with the questions", qtbot)
    editor = panel.notes_sections[0].editors[0]

    def sizes() -> tuple[float, float, float, float]:
        return (
            view.client_labels[0].font().pointSizeF(),
            editor.editor.font().pointSizeF(),
            editor.date_label.font().pointSizeF(),
            panel.notes_sections[0].toggle.font().pointSizeF(),
        )

    question, note, date, toggle = sizes()
    assert note == pytest.approx(question, abs=0.1) and date < question and toggle < question
    line_height = editor.editor.height()
    for _ in range(4):
        qtbot.keyClick(editor.editor, Qt.Key.Key_Plus, CTRL)
    larger = sizes()
    assert larger[0] > question + 3
    assert larger[1] == pytest.approx(larger[0], abs=0.1)
    assert larger[2] > date + 2 and larger[3] > toggle + 2
    qtbot.waitUntil(lambda: editor.editor.height() > line_height * 1.2)
    text = editor.editor.document().size().height()
    assert editor.editor.viewport().height() >= text - 1  # nothing hidden behind a scroll bar


def test_at_the_narrowest_dock_an_open_note_fits_without_scrolling_sideways(make_window, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    view = panel.sheet_view
    window.resizeDocks([window.questions_dock], [100], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.questions_dock.width() <= window.questions_dock.minimumSizeHint().width() + 2)
    open_a_note(panel, 0, "a private note", qtbot)
    editor = panel.notes_sections[0].editors[0]
    # Once the sheet is laid out again around the open note, it is no wider than what shows of it.
    qtbot.waitUntil(lambda: view.body.width() >= view.body.minimumSizeHint().width())
    qtbot.waitUntil(lambda: view.body.width() <= view.scroll_area.viewport().width())
    assert not view.scroll_area.horizontalScrollBar().isVisible()
    assert on_sheet(view, editor.delete_button).right() <= view.scroll_area.viewport().width()
