"""A picture of progress: each experiment's days as a small heat map, its runs and diary days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from valuesdesk.domain import DayState, ExperimentStatus
from valuesdesk.ui.diary.marks import paint_state
from valuesdesk.ui.diary.vertical_scroll_area import VerticalScrollArea
from valuesdesk.ui.local_dates import short_span

if TYPE_CHECKING:
    from valuesdesk.services.diary import ExperimentProgress

CELL = 14
GAP = 3


def days_text(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def describe(progress: ExperimentProgress) -> str:
    """The text alternative of the picture, also shown beside it."""
    counts = ", ".join(
        f"{progress.counts.get(state, 0)} {state.label.lower()}"
        for state in (DayState.ENACTED, DayState.PARTLY, DayState.NOT_ENACTED, DayState.NO_CHECK_IN)
    )
    runs = f"longest run {days_text(progress.longest_run)}"
    if not progress.ended:
        runs = f"current run {days_text(progress.current_run)}, {runs}"
    return f"{counts}. Enacted: {runs}. Diary kept on {days_text(progress.diary_days)}."


class DaysHeatMap(QWidget):
    """The experiment's days in week rows, each painted with the calendar's marks."""

    def __init__(self, progress: ExperimentProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress = progress
        self._offset = progress.first_day.weekday()
        rows = (self._offset + len(progress.days) + 6) // 7
        self.setFixedSize(QSize(7 * (CELL + GAP), rows * (CELL + GAP)))
        self.setAccessibleName(f"Days of {progress.experiment.title}")
        self.setAccessibleDescription(describe(progress))
        self.setToolTip(describe(progress))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        for index, state in enumerate(self._progress.days):
            slot = self._offset + index
            rect = QRectF((slot % 7) * (CELL + GAP), (slot // 7) * (CELL + GAP), CELL, CELL)
            paint_state(painter, rect, state, palette)


class ProgressCard(QFrame):
    def __init__(self, progress: ExperimentProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressCard")
        experiment = progress.experiment
        status = "" if experiment.status is ExperimentStatus.COMPLETED else f" · {experiment.status.label}"
        title = QLabel(f"{experiment.title}{status}")
        title.setObjectName("progressTitle")
        title.setTextFormat(Qt.TextFormat.PlainText)
        dates = QLabel(short_span(experiment.lifecycle.start_date, experiment.lifecycle.end_date))
        dates.setObjectName("hint")
        runs = (
            f"Longest run {days_text(progress.longest_run)}"
            if progress.ended
            else f"Current run {days_text(progress.current_run)} · longest {days_text(progress.longest_run)}"
        )
        self.runs = QLabel(runs)
        self.diary_days = QLabel(f"Diary kept on {days_text(progress.diary_days)}")
        self.counts = QLabel(describe(progress).split(". ")[0] + ".")
        self.counts.setObjectName("hint")
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (title, dates, self.runs, self.diary_days, self.counts):
            label.setWordWrap(True)
            text.addWidget(label)
        text.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.heat_map = DaysHeatMap(progress)
        layout.addWidget(self.heat_map, 0, Qt.AlignmentFlag.AlignTop)
        layout.addSpacing(8)
        layout.addLayout(text, 1)


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
        for progress in items:
            card = ProgressCard(progress)
            self.cards.append(card)
            layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(body)
