"""The marks of the diary, painted the same way in the calendar, its legend and the progress picture.

Each state differs in shape, not only in colour, so the marks read at a glance and without colour
vision: a filled disc (enacted), a half-filled disc (partly), an empty square (not enacted), a
faint dashed or dotted disc (no check-in, upcoming), and lines of writing for a day with a diary
entry; a try-on day has a folded corner besides its shade. Colours come from the palette, and the
accent is lightened or darkened where it would stand out less than 3:1 from the cell behind it
(the accent of many dark palettes is too dark for that).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from valuesdesk.domain import CheckInOutcome, DayState
from valuesdesk.ui.domain_texts import day_state_label
from valuesdesk.ui.look import Space

# WCAG 2's least contrast for the parts of graphics that carry meaning.
MARK_CONTRAST = 3.0
# The legend's columns, where they fit.
LEGEND_COLUMNS = 2
# The try-on corner's side, as a share of the cell's shorter side.
TRY_ON_CUE_SHARE = 0.22


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
    # Asked for every mark of every cell at each paint (about 560 times a month) with the few colours of
    # one palette: remembered by their values, so a palette change (dark, high contrast) is a new question.
    key = (colour.spec(), colour.getRgbF(), background.getRgbF(), least)
    if (known := _READABLE.get(key)) is None:
        if len(_READABLE) >= READABLE_REMEMBERED:
            _READABLE.clear()
        known = _READABLE[key] = _made_readable(colour, background, least)
    return QColor(known)  # a copy: the caller may change it


# The colours made readable so far: a palette's few dozen, a handful of palettes at most.
READABLE_REMEMBERED = 512
_READABLE: dict[tuple[object, ...], QColor] = {}


def _made_readable(colour: QColor, background: QColor, least: float) -> QColor:
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
    shade.setAlphaF(0.22 if dark else 0.16)
    return shade


def try_on_cue_colour(palette: QPalette, background: QColor) -> QColor:
    """The try-on corner's colour: the accent, made to stand out 3:1 on ``background``."""
    return readable(palette.color(QPalette.ColorRole.Highlight), background)


def paint_try_on_cue(painter: QPainter, cell: QRectF, colour: QColor) -> None:
    """A try-on day's sign beyond its shade: a folded top-left corner, a shape that reads without colour
    vision (the shade alone stands out only 1.2:1 from the other days)."""
    side = max(5.0, min(cell.width(), cell.height()) * TRY_ON_CUE_SHARE)
    corner = QPainterPath()
    corner.moveTo(cell.topLeft())
    corner.lineTo(cell.left() + side, cell.top())
    corner.lineTo(cell.left(), cell.top() + side)
    corner.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(corner, colour)
    painter.restore()


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
    """A calendar cell in small: the shade and the corner on the cells' colour, outlined at 3:1 on the window's."""
    window = palette.color(QPalette.ColorRole.Window)
    painter.fillRect(rect, cell_background(palette))
    painter.fillRect(rect, try_on_shade(palette))
    paint_try_on_cue(painter, rect, try_on_cue_colour(palette, blend(cell_background(palette), try_on_shade(palette))))
    painter.save()
    painter.setPen(QPen(readable(palette.color(QPalette.ColorRole.Mid), window), 1))
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


class _Glyph(QWidget):
    SIZE = 16

    def __init__(self, paint: Paint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paint = paint
        # As tall as a line of the legend's text, so the marks grow with the text size.
        side = max(self.SIZE, self.fontMetrics().height())
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self._paint(painter, QRectF(self.rect()).adjusted(2, 2, -2, -2), self.palette())


class MarksLegend(QWidget):
    """What the calendar's marks mean, in words beside each mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marksLegend")
        # Never stretched: the room below the calendar's column stays below the legend.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Two columns, so the legend is never wider than the calendar above it; one where two would not
        # fit (larger text).
        self.grid = layout = QGridLayout(self)
        layout.setContentsMargins(0, Space.TIGHT, 0, 0)
        layout.setHorizontalSpacing(Space.MEDIUM)
        layout.setVerticalSpacing(Space.TIGHT)
        self.entries: list[QWidget] = []
        self.columns = LEGEND_COLUMNS
        # The marks of a check-in's answers, in their order, then the entry mark and the try-on shade.
        items: list[tuple[Paint, str]] = [
            (partial(_paint_state_glyph, state), day_state_label(state)) for state in map(DayState.of, CheckInOutcome)
        ]
        items.append((_paint_entry_glyph, self.tr("Diary entry")))
        items.append((_paint_try_on_glyph, self.tr("Try-on")))
        texts = []
        for position, (paint, label_text) in enumerate(items):
            entry = QWidget()
            item = QHBoxLayout(entry)
            item.setContentsMargins(0, 0, 0, 0)
            item.setSpacing(6)
            item.addWidget(_Glyph(paint))
            label = QLabel(label_text)
            # In the text's own colour: what a mark means is read, not a faint aside.
            label.setObjectName("marksLegendLabel")
            item.addWidget(label)
            item.addStretch(1)
            layout.addWidget(entry, position // LEGEND_COLUMNS, position % LEGEND_COLUMNS)
            self.entries.append(entry)
            texts.append(label_text)
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(
            self.tr("Calendar marks: {marks}; today has a ring.").format(marks=self.tr(", ").join(texts))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        widest = max(entry.sizeHint().width() for entry in self.entries)
        fits = LEGEND_COLUMNS * widest + (LEGEND_COLUMNS - 1) * self.grid.horizontalSpacing()
        columns = LEGEND_COLUMNS if event.size().width() >= fits else 1
        if columns != self.columns:
            self.columns = columns
            for entry in self.entries:
                self.grid.removeWidget(entry)
            for position, entry in enumerate(self.entries):
                self.grid.addWidget(entry, position // columns, position % columns)
