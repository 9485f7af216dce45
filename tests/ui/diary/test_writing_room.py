"""The diary day as a place to write: a readable column using the pane beside the calendar, one row of tabs over
it, the cursor where writing begins when today is opened with the mouse, and a values check offered in the
try-on's header once its days are over."""

from __future__ import annotations

import pytest
from diary_screen import current_editor
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from valuesdesk.domain import CheckInOutcome
from valuesdesk.domain.life_domains import CheckMoment
from valuesdesk.ui.diary.entry_editor import PAGE_MARGIN, READABLE_CHARACTERS, readable_width
from valuesdesk.ui.diary.page import BODY_SPACING
from valuesdesk.ui.values.page import ValuesPage


def left_in_window(widget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_column_is_a_readable_line_wide_next_to_the_calendar(
    open_diary, make_experiment, qtbot, days_ago, size
) -> None:
    window, page = open_diary(lambda services: make_experiment(start=days_ago(2), services=services))
    window.questions_dock.hide()  # a client's window: the room is the diary's
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    editor = current_editor(page)
    field = editor.inputs["before"]
    # The room a readable line needs, and no more: about 88 characters of the body's text in a field.
    qtbot.waitUntil(lambda: editor.column.width() == readable_width(editor))
    assert READABLE_CHARACTERS * field.fontMetrics().averageCharWidth() == editor.column.width()
    assert field.width() == editor.column.width()
    # Beside the calendar, not centred in the pane with empty room on its left.
    column = page.calendar_column
    qtbot.waitUntil(
        lambda: left_in_window(field) - (left_in_window(column) + column.width()) == BODY_SPACING + PAGE_MARGIN
    )
    assert not editor.horizontalScrollBar().isVisible()


def test_one_try_on_has_one_row_of_tabs_and_two_share_it(open_diary, make_experiment, qtbot, days_ago) -> None:
    window, page = open_diary(lambda services: make_experiment("Kindness", start=days_ago(2), services=services))
    window.resize(1280, 800)
    bar = page.day_view.section_bar
    outer = page.tabs.tabBar()
    assert outer.isVisible() and not bar.isVisible()
    # The day's heading comes straight under Day and Progress.
    heading = current_editor(page).day_heading
    assert heading.mapTo(page, QPoint(0, 0)).y() - outer.mapTo(page, QPoint(0, outer.height())).y() < 2 * PAGE_MARGIN

    make_experiment("Courage", start=days_ago(1), services=window.context.services)
    page.reload()
    assert bar.isVisible() and [bar.tabText(index) for index in range(bar.count())] == ["Kindness", "Courage"]
    assert bar.accessibleName() == "Experiments of the day"
    # In the row of Day and Progress, not a row of its own.
    assert abs(bar.mapTo(page, bar.rect().center()).y() - outer.mapTo(page, outer.rect().center()).y()) <= 2
    assert heading.mapTo(page, QPoint(0, 0)).y() > bar.mapTo(page, QPoint(0, bar.height())).y()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert current_editor(page).title.text().startswith("Courage")
    # The Progress shows no day's sections.
    qtbot.mouseClick(outer, Qt.MouseButton.LeftButton, pos=outer.tabRect(1).center())
    assert not bar.isVisible()


def test_today_opened_with_the_mouse_puts_the_cursor_in_the_first_empty_field(
    open_diary, make_experiment, qtbot, days_ago, clock
) -> None:
    def setup(services):
        experiment = make_experiment(start=days_ago(3), services=services)
        services.diary.save_entry(experiment, clock.today, others_reactions="a nod from my neighbour")

    _window, page = open_diary(setup)
    editor = current_editor(page)
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    # Others' reactions are written: Before is where today's writing goes on.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.inputs["before"])
    qtbot.keyClicks(editor.inputs["before"], "nervous")
    assert editor.inputs["before"].toPlainText() == "nervous"

    # By keys the keyboard stays in the calendar, where the person moves from day to day.
    page.calendar.day_grid.setFocus()
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Right)
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert QApplication.focusWidget() is page.calendar.day_grid

    # Today's day in the calendar, clicked, is the same as Today.
    grid = page.calendar.day_grid
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # Tuesday: today, Wednesday, is the next cell of the row
    today_cell = grid.visualRect(grid.model().index(grid.currentIndex().row(), grid.currentIndex().column() + 1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=today_cell.center())
    assert page.calendar.selected_day() == clock.today
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.inputs["during"])


def test_a_day_without_a_try_on_opened_today_puts_the_cursor_in_its_note(open_diary, qtbot) -> None:
    _window, page = open_diary()
    qtbot.keyClick(page.calendar.day_grid, Qt.Key.Key_Left)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.day_view.note.text)


def test_the_try_ons_header_offers_a_values_check_once_its_days_are_over(
    open_diary, make_experiment, qtbot, days_ago
) -> None:
    def setup(services):
        make_experiment("Courage", start=days_ago(9), days=7, services=services)
        make_experiment("Kindness", start=days_ago(2), days=7, services=services)

    window, page = open_diary(setup)
    bar = page.day_view.section_bar
    assert [bar.tabText(index) for index in range(bar.count())] == ["Courage", "Kindness"]
    courage = current_editor(page)
    offer = courage.check_offer
    assert offer.isVisible()
    assert offer.text.text() == (
        "The days of your try-on of “Courage” are over. A check now shows what changed since it began."
    )
    # Under the try-on's title, over the check-in.
    assert courage.title.y() < offer.y() < courage.check_in_question.y()
    # A try-on still in its days is not interrupted: the check at its start is offered elsewhere.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert not current_editor(page).check_offer.isVisible()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    # Alt+D goes into the day's check-in, past the offer.
    page.tabs.tabBar().setFocus()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is courage.outcome_buttons[CheckInOutcome.YES])
    qtbot.mouseClick(offer.take_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == "values"
    [check] = window.context.services.values_checks.list_checks()
    assert check.link is not None and check.link.moment is CheckMoment.END
    assert window.area_page(ValuesPage).isVisible()
    window.show_area("diary")
    assert not offer.isVisible()


def test_the_diary_opened_with_the_mouse_on_today_puts_the_cursor_in_the_first_empty_field(
    make_window, make_experiment, qtbot
) -> None:
    window = make_window()
    make_experiment(services=window.context.services)
    window.diary_page.reload()
    sections = window.sections
    diary_row = sections.visualItemRect(sections.item(1))
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=diary_row.center())
    assert window.current_area() == "diary"
    editor = current_editor(window.diary_page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.inputs["others_reactions"])
