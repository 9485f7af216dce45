"""The diary's month calendar: days with an entry, check-in marks, try-on shading and today."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QTableView, QToolButton, QWidget

from valuesdesk.domain import CheckInOutcome, DayState, dates
from valuesdesk.ui.diary.marks import paint_entry_mark, paint_state, try_on_shade
from valuesdesk.ui.local_dates import long_day, pydate, qdate

if TYPE_CHECKING:
    from valuesdesk.services.diary import DayMark, MonthMarks

GLYPH = 9
# Room under the day's number for the entry line and the check-in marks.
MARK_SPACE = GLYPH + 8
# Narrower than this, "Mon" would be cut to "M…": the day names shrink to one letter.
SHORT_DAY_NAMES_WIDTH = 260
# The days a Python date can hold: the calendar goes no further, and the first and last
# month's grid shows days beyond them (greyed), which have no marks. Writing on a day outside the
# days ValuesDesk keeps (domain.limits) is refused by the diary service, saying why.
# The days ValuesDesk keeps; writing outside them is refused, so the calendar does not go there.
FIRST_DAY = qdate(dates.first_day())
LAST_DAY = qdate(dates.last_day())


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


class DiaryCalendar(QCalendarWidget):
    """A QCalendarWidget that paints each day's marks; arrows move the day, Page Up/Down the month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diaryCalendar")
        self.setAccessibleName("Calendar")
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.setGridVisible(False)
        self.setMinimumSize(210, 240)
        self.setDateRange(FIRST_DAY, LAST_DAY)
        # Today by the one clock, not the system's: QCalendarWidget starts on QDate.currentDate().
        self.setSelectedDate(qdate(dates.today()))
        # Weekends in the text colour: a calm calendar, and readable in dark palettes.
        self.setWeekdayTextFormat(Qt.DayOfWeek.Saturday, QTextCharFormat())
        self.setWeekdayTextFormat(Qt.DayOfWeek.Sunday, QTextCharFormat())
        # The grid of days is the part that takes the keyboard focus.
        grid = self.findChild(QTableView, "qt_calendar_calendarview")
        assert grid is not None, "QCalendarWidget's grid of days"
        self.day_grid: QTableView = grid
        self.day_grid.setAccessibleName("Calendar")
        # Qt leaves the month arrows without a name: a screen reader would say only "button".
        for object_name, name in (("qt_calendar_prevmonth", "Previous Month"), ("qt_calendar_nextmonth", "Next Month")):
            arrow = self.findChild(QToolButton, object_name)
            if arrow is not None:
                arrow.setAccessibleName(name)
                arrow.setToolTip(name)
        self._marks: Mapping[dt.date, DayMark] = MappingProxyType({})
        self._try_on: frozenset[dt.date] = frozenset()
        self._remember_view()
        # Connected first, so that whoever reads the page shown on this signal reads a kept one.
        self.currentPageChanged.connect(self._keep_page_in_range)
        self.currentPageChanged.connect(self._remember_view)
        self.selectionChanged.connect(self._remember_view)

    def resizeEvent(self, event: QResizeEvent) -> None:
        names = (
            QCalendarWidget.HorizontalHeaderFormat.ShortDayNames
            if event.size().width() >= SHORT_DAY_NAMES_WIDTH
            else QCalendarWidget.HorizontalHeaderFormat.SingleLetterDayNames
        )
        if names != self.horizontalHeaderFormat():
            self.setHorizontalHeaderFormat(names)
        super().resizeEvent(event)

    def set_marks(self, month: MonthMarks) -> None:
        self._marks = month.marks
        self._try_on = month.try_on_days
        self.updateCells()
        self.describe_selected_day()

    def describe_selected_day(self) -> None:
        """The selected day's marks in words, for screen readers."""
        day = self.selected_day()
        mark = self._marks.get(day)
        parts = [long_day(day)]
        if day == dates.today():
            parts.append("today")
        if day in self._try_on:
            parts.append("a try-on day")
        if mark is not None and mark.has_entry:
            parts.append("diary entry")
        if mark is not None and mark.outcomes:
            enacted = ", ".join(
                DayState.of(outcome).label.lower() for outcome in CheckInOutcome if outcome in mark.outcomes
            )
            parts.append(f"check-in: {enacted}")
        self.day_grid.setAccessibleDescription("; ".join(parts))

    def selected_day(self) -> dt.date:
        return pydate(self.selectedDate())

    def select_quietly(self, day: dt.date) -> None:
        """Select ``day`` without announcing it, to go back to a day that could not be left."""
        self.blockSignals(True)
        self.setSelectedDate(qdate(day))
        self.blockSignals(False)
        self._remember_view()

    def _keep_page_in_range(self, year: int, month: int) -> None:
        """Stay on the first or last month: QCalendarWidget would page on into months of no day."""
        if (year, month) < (FIRST_DAY.year(), FIRST_DAY.month()):
            self.setCurrentPage(FIRST_DAY.year(), FIRST_DAY.month())
        elif (year, month) > (LAST_DAY.year(), LAST_DAY.month()):
            self.setCurrentPage(LAST_DAY.year(), LAST_DAY.month())

    def _remember_view(self) -> None:
        # Read once when they change rather than in each of the 42 cells painted.
        self._month_shown = self.monthShown()
        self._selected = self.selected_day()

    def shown_month(self) -> tuple[dt.date, dt.date]:
        return month_bounds(self.yearShown(), self.monthShown())

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        # Around the first and last month the grid shows days no Python date holds: they have no marks.
        day = pydate(date) if FIRST_DAY <= date <= LAST_DAY else None
        palette = self.palette()
        in_month = date.month() == self._month_shown
        selected = day == self._selected
        today = day == dates.today()
        cell = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(cell, 4, 4)
        elif in_month and day in self._try_on:
            painter.fillRect(QRectF(rect), try_on_shade(palette))
        if today:
            ring = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight)
            painter.setPen(QPen(ring, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4)

        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.WindowText)
        if not in_month:
            ink = QColor(ink)
            ink.setAlphaF(0.4)
        font = QFont(painter.font())
        font.setBold(today)
        painter.setFont(font)
        painter.setPen(ink)
        # The number, the entry line and the check-in marks sit together in the middle of the cell.
        line_height = painter.fontMetrics().height()
        top = cell.center().y() - (line_height + MARK_SPACE) / 2
        painter.drawText(
            QRectF(cell.left(), top, cell.width(), line_height), Qt.AlignmentFlag.AlignCenter, str(date.day())
        )

        mark = self._marks.get(day) if in_month and day is not None else None
        if mark is not None:
            self._paint_mark(painter, cell, top + line_height, mark, palette, ink if selected else None)
        painter.restore()

    @staticmethod
    def _paint_mark(
        painter: QPainter, cell: QRectF, below: float, mark: DayMark, palette: QPalette, ink: QColor | None
    ) -> None:
        outcomes = [outcome for outcome in CheckInOutcome if outcome in mark.outcomes]
        baseline = below + 6
        width = len(outcomes) * (GLYPH + 2) - 2
        left = cell.center().x() - width / 2
        for outcome in outcomes:
            paint_state(painter, QRectF(left, baseline, GLYPH, GLYPH), DayState.of(outcome), palette, ink)
            left += GLYPH + 2
        if mark.has_entry:
            line = QRectF(cell.center().x() - 7, below, 14, 3)
            paint_entry_mark(painter, line, ink or palette.color(QPalette.ColorRole.WindowText))
