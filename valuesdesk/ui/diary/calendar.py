"""The diary's month calendar: days with an entry, check-in marks, try-on shading and today."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QStyle, QTableView, QToolButton, QWidget

from valuesdesk.domain import CheckInOutcome, DayState, dates
from valuesdesk.ui.diary.marks import blend, cell_background, paint_entry_mark, paint_state, readable, try_on_shade
from valuesdesk.ui.local_dates import long_day, pydate, qdate

if TYPE_CHECKING:
    from valuesdesk.services.diary import DayMark, MonthMarks

# The marks under a day's number: as large as the cell allows between these, a little apart from it.
MARK_SIZE = 13
MIN_MARK_SIZE = 7
MARK_GAP = 3
# WCAG's least contrast for text: the faded numbers of the months either side keep to it too.
TEXT_CONTRAST = 4.5
# The row of day names is a line of small text, not a row as tall as a week's.
DAY_NAMES_PADDING = 8
MONTH_BUTTON_PADDING = 6
# Days either side of the month shown whose marks are read too: the grid shows at most two weeks of them.
NEIGHBOUR_DAYS = 14
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
        self.setMinimumSize(210, 220)
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
        self.day_grid.verticalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        month_button = self.findChild(QToolButton, "qt_calendar_monthbutton")
        assert month_button is not None, "QCalendarWidget's month button"
        self.month_button: QToolButton = month_button
        self._fit_to_font()
        # Qt leaves the month arrows without a name: a screen reader would say only "button". Their
        # icons come from the desktop's theme (dotted and faint in some dark ones): chevrons drawn as
        # text take the bar's own text colour instead.
        for object_name, name, chevron in (
            ("qt_calendar_prevmonth", "Previous Month", "\u2039"),
            ("qt_calendar_nextmonth", "Next Month", "\u203a"),
        ):
            arrow = self.findChild(QToolButton, object_name)
            if arrow is not None:
                arrow.setAccessibleName(name)
                arrow.setToolTip(name)
                arrow.setIcon(QIcon())
                arrow.setText(chevron)
                font = arrow.font()
                font.setPointSizeF(font.pointSizeF() * 1.6)
                font.setBold(True)
                arrow.setFont(font)
        self._marks: Mapping[dt.date, DayMark] = MappingProxyType({})
        self._try_on: frozenset[dt.date] = frozenset()
        self._remember_view()
        # Connected first, so that whoever reads the page shown on this signal reads a kept one.
        self.currentPageChanged.connect(self._keep_page_in_range)
        self.currentPageChanged.connect(self._remember_view)
        self.selectionChanged.connect(self._remember_view)

    def _fit_to_font(self) -> None:
        """A short row of day names, and a month button with room for its menu's arrow beside the name."""
        self.day_grid.verticalHeader().resizeSection(0, self.fontMetrics().height() + DAY_NAMES_PADDING)
        # Qt draws the arrow over the end of the name; room for it on both sides keeps the name centred.
        metrics = self.month_button.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.locale().standaloneMonthName(month)) for month in range(1, 13))
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self.month_button)
        self.month_button.setMinimumWidth(widest + 2 * arrow + 2 * MONTH_BUTTON_PADDING)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange, QEvent.Type.StyleChange):
            self._fit_to_font()

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

    def shown_days(self) -> tuple[dt.date, dt.date]:
        """The month shown with the days of the months either side that the grid shows, within the days kept."""
        first, last = self.shown_month()
        return (
            max(first - dt.timedelta(days=NEIGHBOUR_DAYS), dates.first_day()),
            min(last + dt.timedelta(days=NEIGHBOUR_DAYS), dates.last_day()),
        )

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        # Around the first and last month the grid shows days no Python date holds: they have no marks.
        day = pydate(date) if FIRST_DAY <= date <= LAST_DAY else None
        palette = self.palette()
        in_month = date.month() == self._month_shown
        selected = day is not None and day == self._selected
        today = day is not None and day == dates.today()
        cell = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Days of the months either side stand on a shade of their own, keeping their try-on and marks.
        background = cell_background(palette) if in_month else blend(cell_background(palette), neighbour_shade(palette))
        painter.fillRect(QRectF(rect), background)
        if day in self._try_on:
            background = blend(background, try_on_shade(palette))
            painter.fillRect(QRectF(rect), try_on_shade(palette))
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(cell, 4, 4)
        if today:
            ring = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight)
            painter.setPen(QPen(readable(ring, background), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4)

        if selected:
            ink = palette.color(QPalette.ColorRole.HighlightedText)
        elif in_month:
            ink = palette.color(QPalette.ColorRole.Text)
        else:
            ink = readable(palette.color(QPalette.ColorRole.PlaceholderText), background, TEXT_CONTRAST)
        font = QFont(painter.font())
        font.setBold(today)
        painter.setFont(font)
        painter.setPen(ink)
        mark = self._marks.get(day) if day is not None else None
        glyphs = self._glyph_count(mark)
        glyph = mark_size(cell, glyphs)
        # The number and the marks under it sit together in the middle of the cell.
        line_height = painter.fontMetrics().height()
        block = line_height + (MARK_GAP + glyph if glyphs else 0)
        top = cell.center().y() - block / 2
        painter.drawText(
            QRectF(cell.left(), top, cell.width(), line_height), Qt.AlignmentFlag.AlignCenter, str(date.day())
        )
        if mark is not None and glyphs:
            marks_ink = ink if selected else None
            self._paint_mark(painter, cell, top + line_height + MARK_GAP, glyph, mark, palette, marks_ink, background)
        painter.restore()

    @staticmethod
    def _glyph_count(mark: DayMark | None) -> int:
        return 0 if mark is None else len(mark.outcomes) + int(mark.has_entry)

    @staticmethod
    def _paint_mark(
        painter: QPainter,
        cell: QRectF,
        top: float,
        glyph: float,
        mark: DayMark,
        palette: QPalette,
        ink: QColor | None,
        background: QColor,
    ) -> None:
        """The check-in answers of the day (one per answer given, in their order), then the entry mark."""
        outcomes = [outcome for outcome in CheckInOutcome if outcome in mark.outcomes]
        count = len(outcomes) + int(mark.has_entry)
        gap = glyph / 3
        left = cell.center().x() - (count * glyph + (count - 1) * gap) / 2
        for outcome in outcomes:
            paint_state(painter, QRectF(left, top, glyph, glyph), DayState.of(outcome), palette, ink, background)
            left += glyph + gap
        if mark.has_entry:
            writing = ink or readable(palette.color(QPalette.ColorRole.Text), background)
            paint_entry_mark(painter, QRectF(left, top, glyph, glyph).adjusted(1, 1, -1, -1), writing)


def mark_size(cell: QRectF, count: int) -> float:
    """As large as the cell allows, up to MARK_SIZE, for ``count`` marks side by side with a third of one between."""
    if count == 0:
        return 0.0
    fitting = (cell.width() - 6) / (count + (count - 1) / 3)
    return max(MIN_MARK_SIZE, min(MARK_SIZE, fitting, cell.height() * 0.32))


def neighbour_shade(palette: QPalette) -> QColor:
    """The shade of the days of the months before and after the one shown."""
    shade = QColor(palette.color(QPalette.ColorRole.WindowText))
    shade.setAlphaF(0.06)
    return shade
