"""ValuesDesk's one icon set (``resources/icons/*.svg``), drawn in the palette's text colour.

Each icon is rendered from its SVG at the exact size and scaling it is painted at, so it is sharp at
200%, and in the colour of the palette at that moment (the disabled text colour for a disabled
button), so the same icon reads on light and dark and follows a change of colour scheme.
"""

from __future__ import annotations

import enum
import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from valuesdesk.content import resource_path

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


class Icon(enum.StrEnum):
    """The icons of the set, by the name of their file in resources/icons."""

    ARROW_LEFT = "arrow-left"
    ARROW_RIGHT = "arrow-right"
    CHEVRON_LEFT = "chevron-left"
    CHEVRON_RIGHT = "chevron-right"
    CLEAR = "clear"
    CLOSE = "close"
    FLOAT = "float"


@functools.cache
def svg_source(name: Icon) -> str:
    """The SVG of ``name``, drawn in ``currentColor``."""
    return resource_path("icons", f"{name.value}.svg").read_text(encoding="utf-8")


@functools.cache
def _renderer(name: Icon, colour: str) -> QSvgRenderer:
    # Qt's SVG module loads with the first icon painted, not with the theme that names the icons.
    from PySide6.QtSvg import QSvgRenderer

    return QSvgRenderer(QByteArray(svg_source(name).replace("currentColor", colour).encode("utf-8")))


def ink(mode: QIcon.Mode) -> str:
    """The colour an icon is drawn in, for ``mode``, from the application's palette now."""
    palette = QGuiApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode is QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    role = QPalette.ColorRole.HighlightedText if mode is QIcon.Mode.Selected else QPalette.ColorRole.ButtonText
    return palette.color(group, role).name()


class TintedSvgEngine(QIconEngine):
    """Paints one icon of the set, in the palette's colour, at whatever size is asked for."""

    def __init__(self, name: Icon) -> None:
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        _renderer(self.name, ink(mode)).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.name)

    def key(self) -> str:
        return "valuesdesk-tinted-svg"

    def iconName(self) -> str:
        return self.name.value


def icon(name: Icon) -> QIcon:
    """The icon ``name`` of the set, drawn in the palette's text colour."""
    return QIcon(TintedSvgEngine(name))
