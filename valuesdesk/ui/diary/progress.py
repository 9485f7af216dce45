"""A picture of progress that does not punish: each experiment's days on a small dated calendar,
and beside it the days acted on the value, the returns after a missed day and the longest run.

The counting rules live in ``domain.progress``: "partly" is acted on and never breaks a run.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QToolTip, QVBoxLayout, QWidget

from valuesdesk.domain import DayState, ExperimentStatus, dates
from valuesdesk.domain.progress import ProgressCounts, count_progress
from valuesdesk.ui.diary.marks import paint_state
from valuesdesk.ui.diary.vertical_scroll_area import VerticalScrollArea
from valuesdesk.ui.local_dates import long_day, short_span

if TYPE_CHECKING:
    from valuesdesk.services.diary import ExperimentProgress

# A day's cell: its date's number over its mark, in columns of weekdays.
MIN_CELL_WIDTH = 30
MARK = 16
GAP = 4
# The room the counts need beside the calendar; with less they go under it.
COUNTS_WIDTH = 300


def days_text(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def times_text(count: int) -> str:
    return "once" if count == 1 else f"{count} times"


def describe(progress: ExperimentProgress, counts: ProgressCounts) -> str:
    """The text alternative of the picture: every count it shows, in words."""
    states = ", ".join(
        f"{progress.counts.get(state, 0)} {state.label.lower()}"
        for state in (DayState.ENACTED, DayState.PARTLY, DayState.NOT_ENACTED, DayState.NO_CHECK_IN)
    )
    return (
        f"{states}. Acted on the value on {days_text(counts.acted_days)}; "
        f"came back after a missed day {times_text(counts.returns)}; {runs_text(progress, counts).lower()}. "
        f"Diary kept on {days_text(progress.diary_days)}."
    )


def runs_text(progress: ExperimentProgress, counts: ProgressCounts) -> str:
    """The runs of days acted on, "partly" included: the longest, and while it goes on the current one."""
    if progress.ended:
        return f"Longest run {days_text(counts.longest_run)}"
    return f"Current run {days_text(counts.current_run)} · longest {days_text(counts.longest_run)}"


def past_days(progress: ExperimentProgress, today: dt.date) -> int:
    """How many of the experiment's days have come, today included."""
    return max(0, min(len(progress.days), (today - progress.first_day).days + 1))


class DaysCalendar(QWidget):
    """The experiment's days in weeks under the locale's weekday names, each dated and marked.

    Every cell has its day's number above the calendar's mark for it; the first week of each month
    is named on the left; a cell's tooltip says the whole date and what the day was.
    """

    def __init__(self, progress: ExperimentProgress, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self._today = today
        locale = QLocale()
        first_weekday = locale.firstDayOfWeek().value  # 1 Monday … 7 Sunday, as isoweekday
        self._weekdays = [(first_weekday - 1 + column) % 7 + 1 for column in range(7)]
        self._offset = (progress.first_day.isoweekday() - first_weekday) % 7
        self._rows = (self._offset + len(progress.days) + 6) // 7
        metrics = self.fontMetrics()
        # The locale's short weekday names ("Mon"), the column as wide as the widest needs: narrow
        # names are single letters ("T" twice) or, in some locales, digits.
        self.weekday_names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in self._weekdays]
        widest = max(metrics.horizontalAdvance(name) for name in [*self.weekday_names, "30"])
        self._cell_width = max(MIN_CELL_WIDTH, widest + 2 * GAP)
        # The column left of the weeks that names the month a week begins in ("Nov").
        months = [locale.monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)]
        self._gutter = max(metrics.horizontalAdvance(name) for name in months) + 2 * GAP
        self._line = metrics.height()
        # The month is named beside the first week and beside each week that holds a 1st.
        self._month_labels: dict[int, str] = {}
        for index in range(len(progress.days)):
            day = self.day(index)
            if index == 0 or day.day == 1:
                month = locale.monthName(day.month, QLocale.FormatType.ShortFormat)
                # The first week keeps the first day's month: its 1st, if any, follows from the numbers.
                self._month_labels.setdefault((self._offset + index) // 7, month)
        self.setFixedSize(self.sizeHint())
        self.setAccessibleName(f"Days of {progress.experiment.title}")

    def row_height(self) -> int:
        return self._line + MARK + GAP * 2

    def sizeHint(self) -> QSize:
        return QSize(self._gutter + 7 * self._cell_width, self._line + GAP + self._rows * self.row_height())

    def cell(self, index: int) -> QRect:
        """Where the experiment's day number ``index`` (from 0) is drawn."""
        slot = self._offset + index
        top = self._line + GAP + (slot // 7) * self.row_height()
        return QRect(self._gutter + (slot % 7) * self._cell_width, top, self._cell_width, self.row_height())

    def mark(self, index: int) -> QRectF:
        """The mark of day ``index``, under its number."""
        cell = self.cell(index)
        return QRectF(cell.center().x() - MARK / 2 + 1, cell.top() + self._line + GAP / 2, MARK, MARK)

    def day_at(self, point: QPoint) -> int | None:
        for index in range(len(self.progress.days)):
            if self.cell(index).contains(point):
                return index
        return None

    def day(self, index: int) -> dt.date:
        return dates.add_days(self.progress.first_day, index)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(ink)
        for column, name in enumerate(self.weekday_names):
            header = QRect(self._gutter + column * self._cell_width, 0, self._cell_width, self._line)
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, name)
        plain, bold = QFont(self.font()), QFont(self.font())
        bold.setBold(True)
        for row, month in self._month_labels.items():
            gutter = QRect(0, self._line + GAP + row * self.row_height(), self._gutter - GAP, self._line)
            painter.drawText(gutter, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, month)
        for index, state in enumerate(self.progress.days):
            day = self.day(index)
            cell = self.cell(index)
            painter.setFont(bold if day == self._today else plain)
            painter.setPen(ink)
            number = QRect(cell.left(), cell.top(), self._cell_width, self._line)
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
            paint_state(painter, self.mark(index), state, palette)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.day_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                state = self.progress.days[index]
                QToolTip.showText(event.globalPos(), f"{long_day(self.day(index))}: {state.label.lower()}", self)
            return True
        return super().event(event)


class ProgressCard(QFrame):
    """One experiment: its value and days, its dated calendar, and the counts beside it (or under it
    when the pane is narrow)."""

    def __init__(self, progress: ExperimentProgress, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressCard")
        counts = count_progress(progress.first_day, progress.days, today)
        experiment = progress.experiment
        status = "" if experiment.status is ExperimentStatus.COMPLETED else f" · {experiment.status.label}"
        title = QLabel(f"{experiment.title}{status}")
        title.setObjectName("progressTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        span = QLabel(short_span(experiment.lifecycle.start_date, experiment.lifecycle.end_date))
        span.setObjectName("hint")
        so_far = "" if progress.ended else " so far"
        lived = days_text(past_days(progress, today))
        self.acted = QLabel(f"Acted on the value on {counts.acted_days} of {lived}{so_far}")
        self.acted.setObjectName("progressLead")
        lead = self.acted.font()
        lead.setBold(True)
        self.acted.setFont(lead)
        missing = progress.counts.get(DayState.NO_CHECK_IN, 0)
        answers = f"Yes {counts.enacted_days} · partly {counts.partly_days} · no {counts.not_enacted_days}"
        self.answers = QLabel(answers + (f" · {days_text(missing)} without a check-in" if missing else ""))
        self.returns = QLabel(f"Came back after a missed day {times_text(counts.returns)}")
        self.runs = QLabel(runs_text(progress, counts))
        self.runs.setToolTip("A run is days in a row on which you acted on the value, fully or partly.")
        self.diary_days = QLabel(f"Diary kept on {days_text(progress.diary_days)}")
        text = QVBoxLayout()
        text.setSpacing(4)
        for label in (self.acted, self.answers, self.returns, self.runs, self.diary_days):
            label.setWordWrap(True)
            text.addWidget(label)
        text.addStretch(1)
        self.heat_map = DaysCalendar(progress, today)
        self.heat_map.setAccessibleDescription(describe(progress, counts))
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(16)
        self.body.addWidget(self.heat_map, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 12)
        layout.setSpacing(2)
        layout.addWidget(title)
        layout.addWidget(span)
        layout.addSpacing(6)
        layout.addLayout(self.body)

    def arrange(self, width: int) -> None:
        """The counts beside the calendar in ``width``, or under it where beside they would wrap word by word."""
        beside = width >= self.heat_map.width() + COUNTS_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.body.direction() != direction:
            self.body.setDirection(direction)


class ProgressView(VerticalScrollArea):
    """One card per experiment in the filter, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Progress")
        self.cards: list[ProgressCard] = []
        self._show_empty()

    def _show_empty(self) -> None:
        body = QLabel("Once you try on a value, its days appear here.")
        body.setObjectName("placeholder")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(body)

    def show_progress(self, items: tuple[ExperimentProgress, ...]) -> None:
        self.cards = []
        if not items:
            self._show_empty()
            return
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(6)
        today = dates.today()
        for progress in items:
            card = ProgressCard(progress, today)
            card.arrange(self.viewport().width())
            self.cards.append(card)
            layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(body)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Decided by the room the view gives, not by the cards' own width, which follows from it.
        super().resizeEvent(event)
        for card in self.cards:
            card.arrange(self.viewport().width())
