"""The diary's calendar as a screen reader reads it: each day in full with its marks, today and the selection,
the day names as column headers, the month bar named; and the calendar's keys, clicks and focus ring."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from valuesdesk.domain import CheckInOutcome
from valuesdesk.ui.local_dates import qdate

Key = Qt.Key


def focused_cell_read(page) -> str:
    """What a screen reader says as focus moves in the calendar: the name of the grid's focused cell."""
    grid = QAccessible.queryAccessibleInterface(page.calendar.day_grid)
    cell = grid.focusChild()
    assert cell is not None, "the calendar's focus is on a day"
    return cell.text(QAccessible.Text.Name)


def children_read(grid, role: QAccessible.Role) -> list[str]:
    """The names of the grid's children of ``role`` in a screen reader's tree, row by row."""
    table = QAccessible.queryAccessibleInterface(grid)
    children = [table.child(index) for index in range(table.childCount())]
    return [child.text(QAccessible.Text.Name) for child in children if child.role() == role]


def cell_read(page, day: dt.date) -> str:
    """What a screen reader says of ``day``'s cell, as when it reviews the grid."""
    index = page.calendar.model.index_of(qdate(day))
    assert index.isValid()
    return children_read(page.calendar.day_grid, QAccessible.Role.Cell)[index.row() * 7 + index.column()]


def a_try_on_with_marks(make_experiment, days_ago):
    """A try-on from Monday 16 November; on Tuesday 17 an entry and "yes"; today (18) nothing yet."""

    def setup(services):
        experiment = make_experiment(start=days_ago(2), services=services)
        services.diary.save_entry(experiment, days_ago(1), notes="brave")
        services.diary.set_check_in(experiment, days_ago(1), CheckInOutcome.YES)

    return setup


def test_each_day_is_read_with_its_date_marks_today_and_selection_as_focus_moves(
    open_diary, make_experiment, days_ago, qtbot, british
) -> None:
    _window, page = open_diary(a_try_on_with_marks(make_experiment, days_ago))
    grid = page.calendar.day_grid
    grid.setFocus()
    assert focused_cell_read(page) == "Wednesday, 18 November 2026, today, selected, try-on day 3"
    qtbot.keyClick(grid, Key.Key_Left)
    assert focused_cell_read(page) == "Tuesday, 17 November 2026, selected, try-on day 2, diary entry, enacted"
    assert cell_read(page, days_ago(0)) == "Wednesday, 18 November 2026, today, try-on day 3"
    assert cell_read(page, days_ago(20)) == "Thursday, 29 October 2026, outside the month shown"
    # A day in the week before: Up moves a week back, out of the try-on.
    qtbot.keyClick(grid, Key.Key_Up)
    assert focused_cell_read(page) == "Tuesday, 10 November 2026, selected"


def test_the_day_names_are_column_headers_not_days_to_focus(open_diary, british) -> None:
    _window, page = open_diary()
    grid = page.calendar.day_grid
    assert len(children_read(grid, QAccessible.Role.Cell)) == 6 * 7
    headers = children_read(grid, QAccessible.Role.ColumnHeader)
    assert headers == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert grid.horizontalHeader().focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not grid.tabKeyNavigation(), "Tab leaves the calendar"


def test_the_month_bar_is_named_and_its_year_field_pages_by_keyboard(open_diary, qtbot, british) -> None:
    _window, page = open_diary()
    calendar = page.calendar
    names = [
        widget.accessibleName()
        for widget in (calendar.previous_button, calendar.month_button, calendar.year_field, calendar.next_button)
    ]
    assert names == ["Previous month", "November", "Year", "Next month"]
    assert calendar.year_field.accessibleDescription() and calendar.month_button.accessibleDescription()
    calendar.year_field.lineEdit().selectAll()
    qtbot.keyClicks(calendar.year_field.lineEdit(), "2025")
    qtbot.keyClick(calendar.year_field.lineEdit(), Key.Key_Return)
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 11)
    qtbot.keyClick(calendar.next_button, Key.Key_Space)
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 12)
    assert calendar.month_button.accessibleName() == "December"


def test_a_click_on_a_day_of_the_next_month_chooses_it_and_shows_its_month(open_diary, qtbot, clock) -> None:
    _window, page = open_diary()
    calendar = page.calendar
    grid = calendar.day_grid
    december_first = calendar.model.index_of(calendar.selectedDate().addDays(13))
    assert december_first.data() == 1
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(december_first).center())
    assert calendar.selected_day() == dt.date(2026, 12, 1)
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 12)
    assert QApplication.focusWidget() is grid


def test_the_focused_day_has_a_ring_only_while_the_calendar_has_focus(open_diary) -> None:
    _window, page = open_diary()
    grid = page.calendar.day_grid
    rect = grid.visualRect(grid.currentIndex())
    page.search_field.setFocus()
    unfocused = grid.viewport().grab(rect).toImage()
    grid.setFocus()
    focused = grid.viewport().grab(rect).toImage()
    changed = sum(
        unfocused.pixel(x, y) != focused.pixel(x, y) for x in range(rect.width()) for y in range(rect.height())
    )
    assert changed >= 2 * (rect.width() + rect.height()), "a ring around the cell, not a dot"


def test_a_day_of_two_try_ons_names_each_value_with_its_day(open_diary, make_experiment, days_ago, british) -> None:
    def setup(services):
        make_experiment("Kindness", start=days_ago(2), services=services)
        make_experiment("Courage", start=days_ago(0), services=services)

    _window, page = open_diary(setup)
    read = cell_read(page, days_ago(0))
    assert read.startswith("Wednesday, 18 November 2026, today, selected, try-on day ")
    assert "try-on day 3 of Kindness" in read and "try-on day 1 of Courage" in read
