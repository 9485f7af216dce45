"""The note of a day, on every day of the Diary: written outside any try-on, kept across a restart,
marked in the calendar, found by search, closed on a day to come."""

from __future__ import annotations

from diary_screen import described
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from valuesdesk.domain import DAY_NOTE_LABEL, DAY_NOTE_PLACEHOLDER, ExperimentStatus
from valuesdesk.ui.diary.entry_editor import FIELD_GAP


def selected_cell(page) -> QImage:
    """The pixels of the selected day's cell in the calendar."""
    grid = page.calendar.day_grid
    rect = grid.visualRect(grid.currentIndex())
    return grid.viewport().grab(rect).toImage()


def pixels_differing(first: QImage, second: QImage) -> int:
    return sum(
        first.pixel(x, y) != second.pixel(x, y)
        for x in range(min(first.width(), second.width()))
        for y in range(min(first.height(), second.height()))
    )


def test_a_note_written_outside_any_try_on_is_kept_and_marks_the_day(
    open_diary, make_experiment, restart, qtbot, days_ago
) -> None:
    # A try-on that ended three weeks ago: the day three days ago is outside it.
    window, page = open_diary(
        lambda services: make_experiment(start=days_ago(30), status=ExperimentStatus.COMPLETED, services=services)
    )
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)
    assert page.calendar.selectedDate().toPython() == days_ago(3)
    day_view = page.day_view
    assert day_view.stack.currentWidget() is day_view.undated
    assert day_view.empty_message.isVisible()
    assert day_view.empty_message.text().endswith("The note below is this day's.")
    note = day_view.note
    assert note.isVisible() and note.text.isVisible()
    assert note.label.text().replace("&", "") == DAY_NOTE_LABEL
    assert note.text.placeholderText() == DAY_NOTE_PLACEHOLDER
    # On a day with no section the note is the page, first under the date and the message, down to the view's
    # foot: the room to write, and no scrolling for an empty note.
    area = day_view.undated
    qtbot.waitUntil(lambda: note.text.height() >= area.viewport().height() // 2)
    assert note.mapTo(area.widget(), QPoint(0, 0)).y() > day_view.empty_message.mapTo(area.widget(), QPoint(0, 0)).y()
    assert area.verticalScrollBar().maximum() == 0
    assert not described(page).endswith("diary entry")
    unmarked = selected_cell(page)

    # Alt+O, the label's mnemonic, reaches the note from the calendar.
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert note.text.hasFocus()
    qtbot.keyClicks(note.text, "Rain all day; read by the window")
    assert note.save_indicator.text() == "Saving…"
    qtbot.waitUntil(lambda: note.save_indicator.text() == "Saved", timeout=2000)

    assert window.context.services.diary.day_note(days_ago(3)) == "Rain all day; read by the window"
    assert described(page).endswith("diary entry")
    assert pixels_differing(unmarked, selected_cell(page)) >= 20, "the calendar marks the day with a note"

    again = restart(window)
    qtbot.keyClick(again, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    again.diary_page.select_day(days_ago(3))
    assert again.diary_page.day_view.note.text.toPlainText() == "Rain all day; read by the window"
    assert described(again.diary_page).endswith("diary entry")


def test_typing_without_a_pause_survives_a_restart_and_emptying_unmarks(open_diary, restart, qtbot, days_ago) -> None:
    window, page = open_diary()
    # No experiment at all: today still has its note.
    assert page.day_view.empty_message.text().startswith("No value is being tried on yet")
    qtbot.keyClicks(page.day_view.note.text, "first day with ValuesDesk")
    again = restart(window)
    qtbot.keyClick(again, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    note = again.diary_page.day_view.note
    assert note.text.toPlainText() == "first day with ValuesDesk"

    note.text.selectAll()
    qtbot.keyClick(note.text, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: note.save_indicator.text() == "Saved", timeout=2000)
    assert not described(again.diary_page).endswith("diary entry")
    assert again.context.services.diary.day_note(note.day) == ""


def test_the_note_stands_under_the_sections_of_a_try_on_day(open_diary, make_experiment, qtbot, days_ago) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(2), services=services))
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: page.day_view.height() > 400)
    day_view = page.day_view
    editor = day_view.tabs.currentWidget()
    note = day_view.note
    assert day_view.stack.currentWidget() is day_view.tabs
    # In the section's one scroll, after its last field at the fields' rhythm, exactly in line with them and as
    # wide, and as tall empty as they are.
    field = editor.inputs["notes"]
    body = editor.widget()
    assert note.isVisibleTo(editor) and editor.isAncestorOf(note)
    assert note.mapTo(body, QPoint(0, 0)).y() == field.mapTo(body, QPoint(0, field.height())).y() + FIELD_GAP
    assert note.text.mapTo(body, QPoint(0, 0)).x() == field.mapTo(body, QPoint(0, 0)).x()
    assert note.text.width() == field.width()
    assert note.text.height() == field.height()
    # Scrolling the day down brings it into view: no second scrolling region under the day.
    editor.ensureWidgetVisible(note.text)
    assert not note.text.visibleRegion().isEmpty()

    qtbot.keyClicks(editor.inputs["before"], "nervous")
    qtbot.keyClicks(note.text, "a long walk")
    qtbot.waitUntil(lambda: note.save_indicator.text() == "Saved" and editor.save_indicator.text() == "Saved")
    diary = window.context.services.diary
    assert diary.day_note(days_ago(0)) == "a long walk"
    assert diary.day_entries(days_ago(0), None, days_ago(0))[0].values["before"] == "nervous"


def test_search_opens_the_day_of_a_note_and_marks_the_words(open_diary, make_experiment, qtbot, days_ago) -> None:
    def setup(services):
        make_experiment(start=days_ago(2), services=services)
        services.diary.save_day_note(days_ago(40), "Saw the heron by the river")

    _window, page = open_diary(setup)
    qtbot.keyClicks(page.search_field, "heron")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    results = page.search_results.results
    assert results.count() == 1
    assert DAY_NOTE_LABEL in results.item(0).data(Qt.ItemDataRole.UserRole + 1)

    results.setFocus()
    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert page.right.currentWidget() is page.tabs
    assert page.calendar.selectedDate().toPython() == days_ago(40)
    note = page.day_view.note.text
    assert note.hasFocus()
    [marked] = note.extraSelections()
    assert marked.cursor.selectedText() == "heron"


def test_a_day_to_come_has_a_closed_note_saying_why(open_diary, qtbot, days_ago) -> None:
    _window, page = open_diary()
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Right)
    note = page.day_view.note.text
    assert note.isReadOnly()
    assert "has not come yet" in note.placeholderText()
    qtbot.keyClicks(note, "plans")
    assert note.toPlainText() == ""
