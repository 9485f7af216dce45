"""The picture of the values checks: the latest check's gaps, and the checks over time.

Each chart is followed by a table of its numbers (its text alternative). From the gap table,
"Try On a Value in This Domain" starts the wizard with that domain filled in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from valuesdesk.domain.life_domains import LIFE_DOMAIN_TABLE, life_domain
from valuesdesk.ui.local_dates import short_day
from valuesdesk.ui.values.charts import GapChart, NumbersTable, Period, TrendChart, gap_text
from valuesdesk.ui.wizard.fields import push_button, wrapping_label

if TYPE_CHECKING:
    from valuesdesk.domain import ExperimentRef
    from valuesdesk.services.values_check import ValuesCheckView

TREND_COLUMNS = 3
# Narrower than this (in average characters), the gap table goes under its chart rather than beside it.
SIDE_BY_SIDE_CHARS = 110


def number(rating: int | None) -> str:
    return "–" if rating is None else str(rating)


def try_on_of(check: ValuesCheckView, periods: list[Period]) -> str:
    """The try-on a check belongs to: the one it is linked to, else one whose days it falls in."""
    if check.link is not None:
        return check.link.experiment.title
    return next((period.label for period in periods if period.first <= check.taken_on <= period.last), "")


def composite_text(value: float | None) -> str:
    # Half up (34.5 reads 35), not Python's half to even: a person rounds this way.
    return "–" if value is None else str(int(value + 0.5))


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class ValuesPicture(QWidget):
    try_on_requested = Signal(str)  # a domain's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.latest_heading = heading(QCoreApplication.translate("ValuesPicture", "The latest check"))
        self.summary = wrapping_label("")
        self.gap_chart = GapChart()
        self.gap_table = NumbersTable(
            QCoreApplication.translate("ValuesPicture", "Gaps between importance and living, as a table")
        )
        self.try_on_button = push_button(QCoreApplication.translate("ValuesPicture", "&Try On a Value in This Domain"))
        self.try_on_button.setAccessibleDescription(
            QCoreApplication.translate(
                "ValuesPicture",
                "Starts a new try-on with the domain chosen in the table, the largest gap unless you choose another.",
            )
        )
        self.try_on_button.clicked.connect(self._try_on)
        try_on_row = QHBoxLayout()
        try_on_row.addStretch(1)
        try_on_row.addWidget(self.try_on_button)
        self.trend_heading = heading(QCoreApplication.translate("ValuesPicture", "Over time"))
        self.trend_note = wrapping_label(
            QCoreApplication.translate(
                "ValuesPicture",
                "Shaded, with a strip along the bottom: the days of each try-on, named by its value above the "
                "composite where there is room (the table names them all). Each line is one number per check.",
            )
        )
        self.composite_chart = TrendChart(
            QCoreApplication.translate("ValuesPicture", "Composite (1–100)"),
            0,
            100,
            height=128,
            days=True,
            labelled=True,
        )
        self.domain_charts = {
            domain.key: TrendChart(
                QCoreApplication.translate("ValuesPicture", "%1: lived it").replace("%1", domain.name), 0, 10
            )
            for domain in LIFE_DOMAIN_TABLE
        }
        self.trend_table = NumbersTable(QCoreApplication.translate("ValuesPicture", "The checks over time, as a table"))
        trends = QGridLayout()
        trends.setSpacing(12)
        trends.addWidget(self.composite_chart, 0, 0, 1, TREND_COLUMNS)
        for index, chart in enumerate(self.domain_charts.values()):
            trends.addWidget(chart, 1 + index // TREND_COLUMNS, index % TREND_COLUMNS)
        for widget in (self.latest_heading, self.summary):
            layout.addWidget(widget)
        # The chart and its table side by side: both fit one screen, above the checks over time.
        self.latest = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        latest = self.latest
        latest.setSpacing(16)
        latest.addWidget(self.gap_chart, 1, Qt.AlignmentFlag.AlignTop)
        table_column = QVBoxLayout()
        table_column.addWidget(self.gap_table)
        table_column.addLayout(try_on_row)
        table_column.addStretch(1)
        latest.addLayout(table_column)
        layout.addLayout(latest)
        for widget in (self.trend_heading, self.trend_note):
            layout.addWidget(widget)
        layout.addLayout(trends)
        layout.addWidget(self.trend_table)
        layout.addStretch(1)
        self._gap_keys: list[str] = []

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.latest.direction() != direction:
            self.latest.setDirection(direction)
        super().resizeEvent(event)

    def show_checks(self, checks: tuple[ValuesCheckView, ...], try_ons: tuple[ExperimentRef, ...]) -> None:
        """``checks`` oldest first; the latest is the newest with a rating."""
        rated = [check for check in checks if check.rated_count]
        latest = rated[-1] if rated else None
        self._show_latest(latest)
        span = (rated[0].taken_on, rated[-1].taken_on) if rated else None
        periods = [
            Period(ref.lifecycle.start_date, ref.lifecycle.end_date, ref.title)
            for ref in try_ons
            if ref.lifecycle.start_date is not None and ref.lifecycle.end_date is not None
        ]
        self.composite_chart.show_trend(
            [(check.taken_on, check.composite) for check in rated if check.composite is not None], periods, span
        )
        for key, chart in self.domain_charts.items():
            points = [(c.taken_on, c.rating(key).consistency) for c in rated if c.rating(key).consistency is not None]
            chart.show_trend(points, periods, span)  # type: ignore[arg-type]
        headers = [
            QCoreApplication.translate("ValuesPicture", "Day"),
            QCoreApplication.translate("ValuesPicture", "Try-on"),
            QCoreApplication.translate("ValuesPicture", "Composite"),
        ] + [domain.name for domain in LIFE_DOMAIN_TABLE]
        rows = [
            [short_day(check.taken_on), try_on_of(check, periods), composite_text(check.composite)]
            + [number(check.rating(domain.key).consistency) for domain in LIFE_DOMAIN_TABLE]
            for check in reversed(rated)
        ]
        self.trend_table.fill(headers, rows)
        self.trend_table.setAccessibleDescription(
            QCoreApplication.translate(
                "ValuesPicture",
                "One row per check, newest first: the composite, then how much each domain was lived, 1 to 10.",
            )
        )
        self.trend_heading.setVisible(bool(rated))
        for widget in (self.trend_note, self.composite_chart, self.trend_table, *self.domain_charts.values()):
            widget.setVisible(len(rated) > 0)

    def _show_latest(self, latest: ValuesCheckView | None) -> None:
        for widget in (self.gap_chart, self.gap_table, self.try_on_button):
            widget.setVisible(latest is not None)
        if latest is None:
            self.latest_heading.setText(QCoreApplication.translate("ValuesPicture", "The latest check"))
            self.summary.setText(
                QCoreApplication.translate(
                    "ValuesPicture", "No check has a rating yet. Take a check to see your picture here."
                )
            )
            self._gap_keys = []
            return
        self.latest_heading.setText(
            QCoreApplication.translate("ValuesPicture", "The latest check, %1").replace(
                "%1", short_day(latest.taken_on)
            )
        )
        rated = latest.rated_count
        skipped = len(latest.ratings) - rated
        summary = self.tr("Composite %1 of 100: the mean of importance × living over %n rated domains.", "", rated)
        summary = summary.replace("%1", composite_text(latest.composite))
        if skipped:
            summary += " " + self.tr("%n skipped domains are left out of it.", "", skipped)
        self.summary.setText(summary)
        gaps = latest.gaps
        self._gap_keys = [rating.key for rating in gaps]
        self.gap_chart.show_gaps(gaps)
        self.gap_table.fill(
            [
                QCoreApplication.translate("ValuesPicture", "Domain"),
                QCoreApplication.translate("ValuesPicture", "Matters to me"),
                QCoreApplication.translate("ValuesPicture", "Lived it"),
                QCoreApplication.translate("ValuesPicture", "Gap"),
            ],
            [[life_domain(r.key).name, number(r.importance), number(r.consistency), gap_text(r.gap)] for r in gaps],
            whole_width=True,
        )
        self.gap_table.setAccessibleDescription(
            QCoreApplication.translate(
                "ValuesPicture", "Largest gap first. Choose a row, then Try On a Value in This Domain."
            )
        )
        if gaps:
            self.gap_table.selectRow(0)
        self.try_on_button.setEnabled(bool(gaps))

    def chosen_domain(self) -> str | None:
        row = self.gap_table.currentRow()
        if not self._gap_keys:
            return None
        return self._gap_keys[row if 0 <= row < len(self._gap_keys) else 0]

    def _try_on(self) -> None:
        key = self.chosen_domain()
        if key is not None:
            self.try_on_requested.emit(key)
