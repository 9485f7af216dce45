"""Progress in the Diary: dated cells under weekday names, and counts that do not punish a "partly"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from valuesdesk.domain import CheckInOutcome
from valuesdesk.ui.diary.progress import DaysCalendar

YES, PARTLY, NO = CheckInOutcome.YES, CheckInOutcome.PARTLY, CheckInOutcome.NO


@pytest.fixture
def progress_of(make_window, make_experiment, qtbot):
    """The progress card of one experiment begun ``start`` with the check-ins given (day → answer)."""

    def open_(start: dt.date, answers: dict[dt.date, CheckInOutcome], days: int = 7, size=(1920, 1080)):
        window = make_window()
        services = window.context.services
        experiment_id = make_experiment("Patience", start=start, days=days, services=services)
        for day, outcome in answers.items():
            services.diary.set_check_in(experiment_id, day, outcome)
        window.resize(*size)
        window.diary_page.reload()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        page = window.diary_page
        tab_bar = page.tabs.tabBar()
        qtbot.mouseClick(
            tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(page.tabs.indexOf(page.progress_view)).center()
        )
        [card] = page.progress_view.cards
        qtbot.waitUntil(lambda: card.isVisible() and window.width() == size[0])
        return card

    return open_


def tooltip_at(widget, point: QPoint) -> str:
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point)))
    return QToolTip.text()


def test_each_day_is_dated_under_its_weekday_and_says_what_it_was(progress_of, clock, british) -> None:
    start = clock.today - dt.timedelta(days=2)  # Monday 16 November 2026
    card = progress_of(start, {start: YES, start + dt.timedelta(days=1): PARTLY})
    calendar = card.heat_map
    assert calendar.weekday_names == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    monday, wednesday = calendar.cell(0), calendar.cell(2)
    assert monday.left() < wednesday.left() and monday.top() == wednesday.top()
    assert tooltip_at(calendar, monday.center()) == "Monday, 16 November 2026: enacted"
    assert tooltip_at(calendar, calendar.cell(1).center()) == "Tuesday, 17 November 2026: partly"
    assert tooltip_at(calendar, wednesday.center()) == "Wednesday, 18 November 2026: no check-in"
    # Where the week starts on Sunday, Monday is the second column.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    american = DaysCalendar(calendar.progress, clock.today)
    assert american.weekday_names[:2] == ["Sun", "Mon"]
    monday, sunday = american.cell(0), american.cell(6)  # Sunday 22 November begins the next week
    assert sunday.top() > monday.top() and monday.left() == sunday.left() + sunday.width()


def test_partly_keeps_the_run_and_a_day_back_after_a_miss_is_counted(progress_of, clock) -> None:
    first = clock.today - dt.timedelta(days=6)
    answers = [YES, PARTLY, NO, None, PARTLY, YES, PARTLY]  # the last is today
    card = progress_of(first, {first + dt.timedelta(days=n): a for n, a in enumerate(answers) if a}, days=10)
    assert card.acted.text() == "Acted on the value on 5 of 7 days so far"
    assert card.answers.text() == "Yes 2 · partly 3 · no 1 · 1 day without a check-in"
    assert card.returns.text() == "Came back after a missed day once"
    assert card.runs.text() == "Current run 3 days · longest 3 days"


def test_the_mark_under_each_date_is_the_day_s_answer(progress_of, clock) -> None:
    first = clock.today - dt.timedelta(days=1)
    card = progress_of(first, {first: YES, clock.today: NO})
    calendar = card.heat_map
    image = calendar.grab().toImage()

    def centre_of_mark(index: int) -> str:
        centre = calendar.mark(index).center() * image.devicePixelRatio()
        return image.pixelColor(int(centre.x()), int(centre.y())).name()

    palette = calendar.palette()
    assert centre_of_mark(0) == palette.color(QPalette.ColorRole.Highlight).name()  # filled: enacted
    assert centre_of_mark(1) == palette.color(QPalette.ColorRole.Window).name()  # hollow: not enacted


@pytest.mark.parametrize(("size", "beside"), [((1920, 1080), True), ((1024, 640), False)])
def test_the_counts_sit_beside_the_calendar_when_there_is_room_else_under_it(progress_of, clock, size, beside) -> None:
    card = progress_of(clock.today, {clock.today: YES}, size=size)
    calendar, lead = card.heat_map.geometry(), card.acted.geometry()
    if beside:
        assert lead.left() > calendar.right() and lead.top() < calendar.bottom()
    else:
        assert lead.top() > calendar.bottom()
    # Each line of counts on one line: no word-by-word wrapping.
    for label in (card.acted, card.answers, card.returns, card.runs, card.diary_days):
        assert label.height() < 2 * label.fontMetrics().lineSpacing(), label.text()
