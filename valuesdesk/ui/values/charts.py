"""The values check's charts, painted with QPainter, each with a table of its numbers beside it.

The gap chart shows the latest check: for each rated domain, how much it matters and how much it was
lived, largest gap first. A trend chart is a small line chart of one measure over the checks, with the
try-ons shaded and labelled by their value. Every chart's numbers are also in a ``NumbersTable`` that
the keyboard reaches and a screen reader reads: the charts themselves take no focus.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from valuesdesk.domain.life_domains import MAX_RATING, DomainRating, life_domain
from valuesdesk.ui.diary.marks import cell_background, readable, try_on_cue_colour, try_on_shade
from valuesdesk.ui.local_dates import short_day

ROW_HEIGHT = 30
BAR_GAP = 3
NAME_SHARE = 0.34  # of the gap chart's width, for the domains' names
GAP_COLUMN_CHARS = 8
# A try-on's strip along the bottom of a trend chart: its shade alone stands out only 1.3:1, the strip 3:1.
TRY_ON_STRIP = 3
# Rows of try-on names above a labelled chart: a name that fits in neither is left to the table.
LABEL_ROWS = 2
LABEL_SPACING = 8


def accent(palette: QPalette) -> QColor:
    return readable(palette.color(QPalette.ColorRole.Highlight), cell_background(palette))


def ink(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Text)


def gap_text(gap: int | None) -> str:
    """ "+3" when living falls short of how much a domain matters, "-1" when it goes beyond, "0"."""
    return "–" if gap is None else f"{gap:+d}" if gap else "0"


class GapChart(QWidget):
    """Importance (a filled bar) above consistency (an outlined bar) for each rated domain, on 1–10,
    with the gap at the end of the row; largest gap first, as ``ValuesCheckView.gaps`` orders them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[DomainRating, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Gaps between importance and living, as a chart"))

    def show_gaps(self, rows: tuple[DomainRating, ...]) -> None:
        self.rows = rows
        self.setAccessibleDescription(self.tr("The same numbers are in the table that follows."))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, (len(self.rows) + 1) * ROW_HEIGHT + BAR_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def bar_area(self) -> QRectF:
        gap_width = self.fontMetrics().averageCharWidth() * GAP_COLUMN_CHARS
        left = self.width() * NAME_SHARE
        return QRectF(left, ROW_HEIGHT, max(self.width() - left - gap_width, 10.0), len(self.rows) * ROW_HEIGHT)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        strong, text = accent(palette), ink(palette)
        area = self.bar_area()
        unit = area.width() / MAX_RATING
        metrics = QFontMetricsF(self.font())
        # The legend is the first row: a filled bar reads "matters", an outlined one "lived".
        legend_bar = QRectF(area.left(), (ROW_HEIGHT - 10) / 2, 18, 10)
        painter.fillRect(legend_bar, strong)
        painter.setPen(text)
        matters = self.tr("Matters to me")
        painter.drawText(QPointF(legend_bar.right() + 6, legend_bar.bottom()), matters)
        lived_bar = legend_bar.translated(legend_bar.width() + 18 + metrics.horizontalAdvance(matters), 0)
        painter.setPen(QPen(strong, 1.5))
        painter.drawRect(lived_bar)
        painter.setPen(text)
        painter.drawText(QPointF(lived_bar.right() + 6, lived_bar.bottom()), self.tr("Lived it"))
        painter.drawText(
            QRectF(area.right(), 0, self.width() - area.right(), ROW_HEIGHT),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Gap"),
        )
        bar_height = (ROW_HEIGHT - 3 * BAR_GAP) / 2
        for index, rating in enumerate(self.rows):
            top = area.top() + index * ROW_HEIGHT
            name = metrics.elidedText(life_domain(rating.key).name, Qt.TextElideMode.ElideRight, area.left() - 8)
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, area.left() - 8, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
            importance, consistency = rating.importance or 0, rating.consistency or 0
            painter.fillRect(QRectF(area.left(), top + BAR_GAP, importance * unit, bar_height), strong)
            painter.setPen(QPen(strong, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(area.left(), top + 2 * BAR_GAP + bar_height, consistency * unit, bar_height))
            painter.setPen(text)
            painter.drawText(
                QRectF(area.right(), top, self.width() - area.right(), ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                gap_text(rating.gap),
            )
        painter.end()


@dataclass(frozen=True)
class Period:
    """A try-on, shaded behind the trend charts and labelled by its value."""

    first: dt.date
    last: dt.date
    label: str


class TrendChart(QWidget):
    """One measure over the checks as a small line chart, from ``low`` to ``high``, with try-ons shaded and
    marked by a strip along the bottom; a ``labelled`` chart names them, in rows above its plot."""

    HEIGHT = 84

    def __init__(
        self,
        title: str,
        low: float,
        high: float,
        *,
        height: int = HEIGHT,
        days: bool = False,
        labelled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title, self.low, self.high = title, low, high
        self.days = days  # the first and last check's days under the plot
        self.labelled = labelled
        self.labels: list[tuple[QRectF, str]] = []  # the try-ons named, where, as last painted
        self.chart_height = height
        self.points: tuple[tuple[dt.date, float], ...] = ()
        self.periods: tuple[Period, ...] = ()
        self.span: tuple[dt.date, dt.date] | None = None
        self.setMinimumSize(160, self._full_height())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def show_trend(
        self, points: Sequence[tuple[dt.date, float]], periods: Sequence[Period], span: tuple[dt.date, dt.date] | None
    ) -> None:
        self.points, self.periods, self.span = tuple(points), tuple(periods), span
        self.update()

    def _small_font(self) -> QFont:
        small = self.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        return small

    def _label_height(self) -> float:
        return QFontMetricsF(self._small_font()).height() * LABEL_ROWS if self.labelled else 0.0

    def _full_height(self) -> int:
        return self.chart_height + round(self._label_height())

    def sizeHint(self) -> QSize:
        return QSize(260, self._full_height())

    def plot_area(self) -> QRectF:
        line = QFontMetricsF(self.font()).height()
        below = line + 2 if self.days else 0
        above = line + 4 + self._label_height()
        return QRectF(4, above, self.width() - 8, self.height() - above - 6 - below)

    def period_band(self, period: Period) -> QRectF | None:
        """Where a try-on's days are across the plot (its last day whole), or None when outside it."""
        area = self.plot_area()
        left = max(self.x_of(period.first), area.left())
        right = min(self.x_of(period.last + dt.timedelta(days=1)), area.right())
        if right <= area.left() or left >= area.right():
            return None
        return QRectF(left, area.top(), max(right - left, 2.0), area.height())

    def _place_labels(self) -> list[tuple[QRectF, str]]:
        """Each try-on's name above its band, in the first row where it overlaps no other name."""
        metrics = QFontMetricsF(self._small_font())
        area = self.plot_area()
        row_ends = [area.left() - LABEL_SPACING] * LABEL_ROWS
        placed: list[tuple[QRectF, str]] = []
        for period in self.periods:
            band = self.period_band(period)
            if band is None:
                continue
            width = metrics.horizontalAdvance(period.label)
            left = min(band.left(), area.right() - width)
            row = next((row for row, end in enumerate(row_ends) if left >= end + LABEL_SPACING), None)
            if row is None:
                continue
            top = area.top() - self._label_height() + row * metrics.height()
            placed.append((QRectF(left, top, width, metrics.height()), period.label))
            row_ends[row] = left + width
        return placed

    def x_of(self, day: dt.date) -> float:
        area = self.plot_area()
        if self.span is None or self.span[0] == self.span[1]:
            return area.center().x()
        first, last = self.span
        return area.left() + area.width() * (day - first).days / (last - first).days

    def y_of(self, value: float) -> float:
        area = self.plot_area()
        return area.bottom() - area.height() * (value - self.low) / (self.high - self.low)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        area = self.plot_area()
        background = cell_background(palette)
        painter.fillRect(area, background)
        strip = try_on_cue_colour(palette, background)
        bands = [band for period in self.periods if self.span and (band := self.period_band(period)) is not None]
        for band in bands:
            painter.fillRect(band, try_on_shade(palette))
            # One pixel short on the right: try-ons on days next to each other stay two strips.
            painter.fillRect(
                QRectF(band.left(), band.bottom() - TRY_ON_STRIP, max(band.width() - 1, 1.0), TRY_ON_STRIP), strip
            )
        self.labels = self._place_labels() if self.labelled and self.span else []
        if self.labels:
            painter.setFont(self._small_font())
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            for where, label in self.labels:
                painter.drawText(where, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setFont(self.font())
        painter.setPen(ink(palette))
        painter.drawText(QRectF(0, 0, self.width(), area.top()), Qt.AlignmentFlag.AlignLeft, self.title)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        if not self.points:
            painter.end()
            return
        if self.days and self.span is not None:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            under = QRectF(area.left(), area.bottom() + 2, area.width(), self.height() - area.bottom() - 2)
            painter.drawText(under, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, short_day(self.span[0]))
            painter.drawText(under, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, short_day(self.span[1]))
        strong = accent(palette)
        path = QPainterPath()
        for index, (day, value) in enumerate(self.points):
            point = QPointF(self.x_of(day), self.y_of(value))
            path.moveTo(point) if index == 0 else path.lineTo(point)
        painter.setPen(QPen(strong, 2))
        painter.drawPath(path)
        painter.setBrush(strong)
        for day, value in self.points:
            painter.drawEllipse(QPointF(self.x_of(day), self.y_of(value)), 2.5, 2.5)
        painter.end()


class NumbersTable(QTableWidget):
    """A chart's numbers as a read-only table: Tab reaches it, arrow keys move through its cells, and a
    screen reader reads each cell with its row and column headers."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # Sized once per fill (resizeColumnsToContents), not on every item set: a ten-year table fills at once.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fill(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *, whole_width: bool = False) -> None:
        """``whole_width``: as wide as its columns need (a short table beside its chart); otherwise it
        takes the width it is given and scrolls sideways when its columns need more."""
        self.setUpdatesEnabled(False)
        self.setRowCount(0)
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if _is_number(text):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.resizeColumnsToContents()
        self.setUpdatesEnabled(True)
        if whole_width:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setMinimumWidth(self.horizontalHeader().length() + 2 * self.frameWidth())
        scroll = 0 if whole_width else self.horizontalScrollBar().sizeHint().height()
        height = self.horizontalHeader().sizeHint().height() + sum(self.rowHeight(row) for row in range(len(rows)))
        self.setFixedHeight(height + 2 * self.frameWidth() + scroll)

    def cell_texts(self) -> list[list[str]]:
        """What the table shows, row by row (its headers first)."""
        columns = range(self.columnCount())
        headers = [self.model().headerData(column, Qt.Orientation.Horizontal) for column in columns]
        return [headers] + [
            [self.model().index(row, column).data() for column in columns] for row in range(self.rowCount())
        ]


def _is_number(text: str) -> bool:
    """A rating, a gap ("+3"), a composite or the dash of a skipped domain: set to the right, as numbers are."""
    return text == "–" or text.lstrip("+-").isdigit()
