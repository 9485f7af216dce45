"""The marks of the diary, painted the same way in the calendar, its legend and the progress picture.

Each state differs in shape as well as colour (filled, half filled, hollow, dotted), so the
marks read without colour vision, and colours come from the palette for light and dark themes.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from valuesdesk.domain import CheckInOutcome, DayState


def try_on_shade(palette: QPalette) -> QColor:
    shade = QColor(palette.color(QPalette.ColorRole.Highlight))
    shade.setAlphaF(0.16)
    return shade


def paint_state(painter: QPainter, rect: QRectF, state: DayState, palette: QPalette, ink: QColor | None = None) -> None:
    """A rounded square: filled for enacted, half for partly, hollow for not, faint or dotted otherwise."""
    accent = ink or palette.color(QPalette.ColorRole.Highlight)
    text = ink or palette.color(QPalette.ColorRole.WindowText)
    radius = rect.width() / 4
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = rect.adjusted(0.5, 0.5, -0.5, -0.5)
    if state is DayState.ENACTED:
        painter.setPen(QPen(accent, 1))
        painter.setBrush(accent)
        painter.drawRoundedRect(box, radius, radius)
    elif state is DayState.PARTLY:
        lower = QPainterPath()
        lower.moveTo(box.bottomLeft())
        lower.lineTo(box.topRight())
        lower.lineTo(box.bottomRight())
        lower.closeSubpath()
        outline = QPainterPath()
        outline.addRoundedRect(box, radius, radius)
        painter.fillPath(outline.intersected(lower), accent)
        painter.setPen(QPen(accent, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, radius, radius)
    elif state is DayState.NOT_ENACTED:
        painter.setPen(QPen(text, 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
    else:
        faint = QColor(text)
        faint.setAlphaF(0.5)
        pen = QPen(faint, 1)
        if state is DayState.UPCOMING:
            pen.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, radius, radius)
    painter.restore()


def paint_entry_mark(painter: QPainter, rect: QRectF, ink: QColor) -> None:
    """A written line, for a day with a diary entry."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    middle = rect.center().y()
    painter.drawLine(QPointF(rect.left() + 1, middle), QPointF(rect.right() - 1, middle))
    painter.restore()


Paint = Callable[[QPainter, QRectF, QPalette], None]


def _paint_state_glyph(state: DayState, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    paint_state(painter, rect, state, palette)


def _paint_entry_glyph(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    paint_entry_mark(painter, rect, palette.color(QPalette.ColorRole.WindowText))


def _paint_try_on_glyph(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    painter.fillRect(rect, try_on_shade(palette))


class _Glyph(QWidget):
    SIZE = 14

    def __init__(self, paint: Paint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint = paint
        self.setFixedSize(QSize(self.SIZE, self.SIZE))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self._paint(painter, QRectF(1, 1, self.SIZE - 2, self.SIZE - 2), self.palette())


class MarksLegend(QWidget):
    """What the calendar's marks mean, in words beside each mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marksLegend")
        # Two columns, so the legend is never wider than the calendar above it.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(4)
        # The marks of a check-in's answers, in their order, then the entry line and the try-on shade.
        items: list[tuple[Paint, str]] = [
            (partial(_paint_state_glyph, state), state.label) for state in map(DayState.of, CheckInOutcome)
        ]
        items.append((_paint_entry_glyph, "Diary entry"))
        items.append((_paint_try_on_glyph, "Try-on"))
        texts = []
        for position, (paint, label_text) in enumerate(items):
            item = QHBoxLayout()
            item.setSpacing(5)
            item.addWidget(_Glyph(paint))
            label = QLabel(label_text)
            label.setObjectName("legendLabel")
            item.addWidget(label)
            item.addStretch(1)
            layout.addLayout(item, position // 2, position % 2)
            texts.append(label_text)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription("Calendar marks: " + ", ".join(texts) + "; today has a ring.")
