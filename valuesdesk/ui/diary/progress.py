"""A picture of progress that does not punish: each experiment's days on a small dated calendar,
and beside it the days acted on the value, the returns after a missed day and the longest run.

The counting rules live in ``domain.progress``: "partly" is acted on and never breaks a run.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QRegion, QResizeEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QFrame, QLabel, QToolTip, QVBoxLayout, QWidget

from valuesdesk.domain import DayState, ExperimentStatus, dates
from valuesdesk.domain.progress import ProgressCounts, count_progress
from valuesdesk.ui import counts
from valuesdesk.ui.diary.marks import paint_state, readable
from valuesdesk.ui.diary.vertical_scroll_area import VerticalScrollArea
from valuesdesk.ui.domain_texts import day_state_in_sentence, shown_title, status_label
from valuesdesk.ui.local_dates import long_day, number, short_span

if TYPE_CHECKING:
    from valuesdesk.services.diary import ExperimentProgress

# A day's cell: its date's number over its mark, in columns of weekdays.
MIN_CELL_WIDTH = 30
MARK = 16
GAP = 4
# The room the counts need beside the calendar; with less they go under it.
COUNTS_WIDTH = 300
FOCUS_RING_WIDTH = 2
# Cards built at once: more than a tall screen shows. The rest follow a few at a time between frames, so
# that Progress opens at once at ten years (215 experiments took 2 s built together: docs/performance.md).
FIRST_CARDS = 4
CARDS_PER_STEP = 4


def days_text(count: int) -> str:
    return counts.days(count)


def times_text(count: int) -> str:
    return counts.times(count)


def describe(progress: ExperimentProgress, counts: ProgressCounts) -> str:
    """The text alternative of the picture: every count it shows, in words."""
    states = QCoreApplication.translate(
        "ProgressCard", "{enacted} enacted, {partly} partly, {not_enacted} not enacted, {no_check_in} no check-in"
    )
    return QCoreApplication.translate(
        "ProgressCard",
        "{states}. Acted on the value on {acted}; came back after a missed day {returns}; {runs}."
        " Diary kept on {diary}.",
    ).format(
        states=states.format(
            enacted=number(progress.counts.get(DayState.ENACTED, 0)),
            partly=number(progress.counts.get(DayState.PARTLY, 0)),
            not_enacted=number(progress.counts.get(DayState.NOT_ENACTED, 0)),
            no_check_in=number(progress.counts.get(DayState.NO_CHECK_IN, 0)),
        ),
        acted=days_text(counts.acted_days),
        returns=times_text(counts.returns),
        runs=runs_text(progress, counts, in_sentence=True),
        diary=days_text(progress.diary_days),
    )


def runs_text(progress: ExperimentProgress, counts: ProgressCounts, *, in_sentence: bool = False) -> str:
    """The runs of days acted on, "partly" included: the longest, and while it goes on the current one."""
    longest = days_text(counts.longest_run)
    if progress.ended:
        text = (
            QCoreApplication.translate("ProgressCard", "longest run {longest}")
            if in_sentence
            else QCoreApplication.translate("ProgressCard", "Longest run {longest}")
        )
        return text.format(longest=longest)
    text = (
        QCoreApplication.translate("ProgressCard", "current run {current} · longest {longest}")
        if in_sentence
        else QCoreApplication.translate("ProgressCard", "Current run {current} · longest {longest}")
    )
    return text.format(current=days_text(counts.current_run), longest=longest)


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
        self.setAccessibleName(self.tr("Days of {title}").format(title=progress.experiment.title))
        # A Tab stop per experiment: a screen reader reads its name and its counts (the description).
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

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

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        # Only the days in the part to paint: the focus ring repaints the edges, not every day of a long try-on.
        exposed = event.rect()
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
            cell = self.cell(index)
            if not cell.intersects(exposed):
                continue
            day = self.day(index)
            painter.setFont(bold if day == self._today else plain)
            painter.setPen(ink)
            number = QRect(cell.left(), cell.top(), self._cell_width, self._line)
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
            paint_state(painter, self.mark(index), state, palette)
        if self.hasFocus():
            # The focus ring, as thick as WCAG's focus indicator asks, in the text's colour.
            painter.setPen(QPen(readable(ink, palette.color(QPalette.ColorRole.Window)), FOCUS_RING_WIDTH))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._update_ring()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._update_ring()

    def _update_ring(self) -> None:
        ring = QRegion(self.rect())
        self.update(ring.subtracted(QRegion(self.rect().adjusted(3, 3, -3, -3))))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.day_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                state = self.progress.days[index]
                QToolTip.showText(
                    event.globalPos(),
                    QCoreApplication.translate("ProgressCard", "{day}: {state}").format(
                        day=long_day(self.day(index)), state=day_state_in_sentence(state)
                    ),
                    self,
                )
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
        title = QLabel(
            shown_title(experiment.title)
            if experiment.status is ExperimentStatus.COMPLETED
            else self.tr("{title} · {status}").format(
                title=shown_title(experiment.title), status=status_label(experiment.status)
            )
        )
        title.setObjectName("progressTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        span = QLabel(short_span(experiment.lifecycle.start_date, experiment.lifecycle.end_date))
        span.setObjectName("hint")
        acted = (
            self.tr("Acted on the value on {acted} of {lived}")
            if progress.ended
            else self.tr("Acted on the value on {acted} of {lived} so far")
        )
        lived = days_text(past_days(progress, today))
        self.acted = QLabel(acted.format(acted=number(counts.acted_days), lived=lived))
        self.acted.setObjectName("progressLead")
        lead = self.acted.font()
        lead.setBold(True)
        self.acted.setFont(lead)
        missing = progress.counts.get(DayState.NO_CHECK_IN, 0)
        answers = (
            self.tr("Yes {enacted} · partly {partly} · no {not_enacted} · {missing} without a check-in")
            if missing
            else self.tr("Yes {enacted} · partly {partly} · no {not_enacted}")
        )
        self.answers = QLabel(
            answers.format(
                enacted=number(counts.enacted_days),
                partly=number(counts.partly_days),
                not_enacted=number(counts.not_enacted_days),
                missing=days_text(missing),
            )
        )
        self.returns = QLabel(self.tr("Came back after a missed day {times}").format(times=times_text(counts.returns)))
        self.runs = QLabel(runs_text(progress, counts))
        self.runs.setToolTip(self.tr("A run is days in a row on which you acted on the value, fully or partly."))
        self.diary_days = QLabel(self.tr("Diary kept on {days}").format(days=days_text(progress.diary_days)))
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
        self.setAccessibleName(self.tr("Progress"))
        # Tab goes to each experiment's days, and the view scrolls to the one focused.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cards: list[ProgressCard] = []
        self._waiting: list[ExperimentProgress] = []  # the cards still to build, in their order
        self._cards_layout: QVBoxLayout | None = None
        self._more_cards = QTimer(self, singleShot=True, interval=0)
        self._more_cards.timeout.connect(self._add_more_cards)
        self._show_empty()

    def _show_empty(self) -> None:
        body = QLabel(self.tr("Once you try on a value, its days appear here."))
        body.setObjectName("placeholder")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWidget(body)

    def show_progress(self, items: tuple[ExperimentProgress, ...]) -> None:
        # Shown anew (a day's check-in changed it): the keyboard stays on the same card, not lost with the old one.
        focused = QApplication.focusWidget()
        kept = next(
            (index for index, card in enumerate(self.cards) if focused is not None and card.isAncestorOf(focused)), None
        )
        self.cards = []
        self._more_cards.stop()
        self._waiting = list(items)
        if not items:
            self._cards_layout = None
            self._show_empty()
            return
        body = QWidget()
        self._cards_layout = layout = QVBoxLayout(body)
        layout.setSpacing(6)
        layout.addStretch(1)
        self._add_cards(max(FIRST_CARDS, 0 if kept is None else kept + 1))
        self.setWidget(body)
        if kept is not None:
            self.cards[min(kept, len(self.cards) - 1)].heat_map.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_cards(self, count: int) -> None:
        """The next ``count`` cards, above the stretch (Tab reaches them in their order)."""
        assert self._cards_layout is not None, "shown by show_progress"
        today = dates.today()
        new, self._waiting = self._waiting[:count], self._waiting[count:]
        for progress in new:
            card = ProgressCard(progress, today)
            card.arrange(self.viewport().width())
            self._cards_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)
        if self._waiting:
            self._more_cards.start()

    def _add_more_cards(self) -> None:
        if self._waiting and self._cards_layout is not None:
            self._add_cards(CARDS_PER_STEP)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Decided by the room the view gives, not by the cards' own width, which follows from it.
        super().resizeEvent(event)
        for card in self.cards:
            card.arrange(self.viewport().width())
