"""The marks of the diary, painted the same way in the calendar, its legend and the progress picture.

Each state differs in shape, not only in colour, so the marks read at a glance and without colour
vision: a filled disc (enacted), a half-filled disc (partly), an empty square (not enacted), a
faint dashed or dotted disc (no check-in, upcoming), and lines of writing for a day with a diary
entry. Colours come from the palette, and the accent is lightened or darkened where it would stand
out less than 3:1 from the cell behind it (the accent of many dark palettes is too dark for that).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from valuesdesk.domain import CheckInOutcome, DayState

# WCAG 2's least contrast for the parts of graphics that carry meaning.
MARK_CONTRAST = 3.0


def relative_luminance(colour: QColor) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(under: QColor, over: QColor) -> QColor:
    """``over`` (with its alpha) painted on the opaque ``under``."""
    alpha = over.alphaF()
    return QColor.fromRgbF(
        alpha * over.redF() + (1 - alpha) * under.redF(),
        alpha * over.greenF() + (1 - alpha) * under.greenF(),
        alpha * over.blueF() + (1 - alpha) * under.blueF(),
    )


def readable(colour: QColor, background: QColor, least: float = MARK_CONTRAST) -> QColor:
    """``colour``, made lighter on a dark background or darker on a light one until it stands out ``least``:1."""
    result = QColor(colour)
    towards_light = relative_luminance(background) < 0.18
    while contrast(result, background) < least:
        lightness = result.lightnessF() + (0.04 if towards_light else -0.04)
        lightness = min(1.0, max(0.0, lightness))
        result = QColor.fromHslF(max(result.hslHueF(), 0.0), result.hslSaturationF(), lightness)
        if lightness in (0.0, 1.0):
            break
    return result


def cell_background(palette: QPalette) -> QColor:
    """What a calendar cell and a progress cell are painted on."""
    return palette.color(QPalette.ColorRole.Base)


def try_on_shade(palette: QPalette) -> QColor:
    """A tint of the accent for the days of a try-on; a little stronger on dark palettes, where it fades."""
    shade = QColor(palette.color(QPalette.ColorRole.Highlight))
    dark = relative_luminance(cell_background(palette)) < 0.18
    shade.setAlphaF(0.28 if dark else 0.16)
    return shade


def paint_state(
    painter: QPainter,
    rect: QRectF,
    state: DayState,
    palette: QPalette,
    ink: QColor | None = None,
    background: QColor | None = None,
) -> None:
    """The mark of a day's state in ``rect`` (square): in ``ink`` if given (on the selected day), else in
    the accent and the text colour, made readable on ``background`` (by default the cells' colour)."""
    behind = background or cell_background(palette)
    accent = ink or readable(palette.color(QPalette.ColorRole.Highlight), behind)
    text = ink or readable(palette.color(QPalette.ColorRole.Text), behind)
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    stroke = max(1.2, side / 8)
    inner = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state is DayState.ENACTED:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawEllipse(box)
    elif state is DayState.PARTLY:
        disc = QPainterPath()
        disc.addEllipse(inner)
        left = QPainterPath()
        left.addRect(QRectF(box.left(), box.top(), box.width() / 2, box.height()))
        painter.fillPath(disc.intersected(left), accent)
        painter.setPen(QPen(accent, stroke))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
    elif state is DayState.NOT_ENACTED:
        # A square, not a ring: an empty ring beside a number reads as the letter o.
        square = inner.adjusted(side / 12, side / 12, -side / 12, -side / 12)
        painter.setPen(QPen(text, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap, Qt.PenJoinStyle.MiterJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(square)
    else:
        faint = QColor(text)
        faint.setAlphaF(0.6)
        pen = QPen(faint, max(1.0, stroke * 0.8))
        pen.setStyle(Qt.PenStyle.DotLine if state is DayState.UPCOMING else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
    painter.restore()


def paint_entry_mark(painter: QPainter, rect: QRectF, ink: QColor) -> None:
    """Three lines of writing, the last one short, for a day with a diary entry."""
    side = min(rect.width(), rect.height())
    box = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    stroke = max(1.5, side / 7)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    left, right = box.left() + stroke / 2, box.right() - stroke / 2
    for index, length in enumerate((1.0, 1.0, 0.55)):
        y = box.top() + stroke / 2 + index * (side - stroke) / 2
        painter.drawLine(QPointF(left, y), QPointF(left + (right - left) * length, y))
    painter.restore()


Paint = Callable[[QPainter, QRectF, QPalette], None]


def _paint_state_glyph(state: DayState, painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    paint_state(painter, rect, state, palette, background=palette.color(QPalette.ColorRole.Window))


def _paint_entry_glyph(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    paint_entry_mark(
        painter, rect, readable(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window))
    )


def _paint_try_on_glyph(painter: QPainter, rect: QRectF, palette: QPalette) -> None:
    """A calendar cell in small: the shade on the cells' colour, outlined so that it shows on the window's."""
    painter.fillRect(rect, cell_background(palette))
    painter.fillRect(rect, try_on_shade(palette))
    painter.save()
    outline = readable(palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Window))
    painter.setPen(QPen(outline, 1))
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


class _Glyph(QWidget):
    SIZE = 16

    def __init__(self, paint: Paint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint = paint
        self.setFixedSize(QSize(self.SIZE, self.SIZE))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self._paint(painter, QRectF(2, 2, self.SIZE - 4, self.SIZE - 4), self.palette())


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
        # The marks of a check-in's answers, in their order, then the entry mark and the try-on shade.
        items: list[tuple[Paint, str]] = [
            (partial(_paint_state_glyph, state), state.label) for state in map(DayState.of, CheckInOutcome)
        ]
        items.append((_paint_entry_glyph, "Diary entry"))
        items.append((_paint_try_on_glyph, "Try-on"))
        texts = []
        for position, (paint, label_text) in enumerate(items):
            item = QHBoxLayout()
            item.setSpacing(6)
            item.addWidget(_Glyph(paint))
            label = QLabel(label_text)
            # In the text's own colour: what a mark means is read, not a faint aside.
            label.setObjectName("marksLegendLabel")
            item.addWidget(label)
            item.addStretch(1)
            layout.addLayout(item, position // 2, position % 2)
            texts.append(label_text)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription("Calendar marks: " + ", ".join(texts) + "; today has a ring.")
