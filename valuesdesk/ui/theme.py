"""The colours, the text size and the focus ring of the whole application (Settings ▸ Appearance).

ValuesDesk paints with its own light and dark palettes, whose every pair meets WCAG 2: text at least
4.5:1 on the backgrounds it stands on (secondary text and placeholders included), borders, marks and
the focus ring at least 3:1. "System" follows the desktop's colour scheme, live, through
``QStyleHints.colorSchemeChanged``; Light and Dark also tell the platform (Qt 6.8's
``setColorScheme``), so that its title bars match.

Everything is drawn by Qt's Fusion style, on every platform, through :class:`ValuesDeskStyle`:
Fusion honours a palette in full, and the proxy draws the outlines of fields, buttons, check boxes
and radio buttons in the palette's border colour (Fusion's own would fade to 1.5:1 on dark) and
gives the platform's icons of docks, command links and clear buttons from ValuesDesk's set.

:class:`FocusRing` draws one ring around whichever control has the keyboard focus, however it got
there: Qt's styles draw focus only after a key moved it, so focus set by the program would not show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QMenuBar,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)
from shiboken6 import isValid

from valuesdesk.ui import look
from valuesdesk.ui.icons import Icon, icon
from valuesdesk.ui.look import ColourScheme
from valuesdesk.ui.settings import COLOUR_SCHEME, TEXT_SIZE, Settings

# WCAG 2: text, and the parts of controls and graphics that carry meaning.
TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0
FOCUS_RING_WIDTH = 2
FOCUS_RING_GAP = 1  # between the control and its ring, so the ring never covers the control's own border
# The widget classes a platform theme gives fonts of their own (Qt's QPlatformTheme::Font): after a theme
# change they take the desktop's sizes again, and the text size must be set for them once more.
THEMED_FONT_CLASSES = (
    "QMenu",
    "QMenuBar",
    "QMenuItem",
    "QMessageBox",
    "QLabel",
    "QTipLabel",
    "QStatusBar",
    "QMdiSubWindowTitleBar",
    "QDockWidgetTitle",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QToolButton",
    "QAbstractItemView",
    "QListView",
    "QHeaderView",
    "QListBox",
    "QComboMenuItem",
    "QComboLineEdit",
)


@dataclass(frozen=True)
class Colours:
    """One scheme's colours, as ``#rrggbb``."""

    window: str
    text: str
    base: str
    alternate_base: str
    button: str
    secondary: str  # hints, counts, placeholders, days outside the month
    disabled: str
    accent: str  # selection, the focus ring, the marks
    on_accent: str  # text on the accent
    border: str  # fields, buttons, check boxes, separators
    link: str
    tooltip: str
    on_tooltip: str


LIGHT = Colours(
    window="#f4f4f3",
    text="#1c1c1c",
    base="#ffffff",
    alternate_base="#f0f0ef",
    button="#ebebea",
    secondary="#595959",
    disabled="#7a7a7a",
    accent="#2a5db0",
    on_accent="#ffffff",
    border="#767676",
    link="#1f56a8",
    tooltip="#2b2b2b",
    on_tooltip="#f4f4f4",
)
DARK = Colours(
    window="#202020",
    text="#ececec",
    base="#161616",
    alternate_base="#1c1c1c",
    button="#2e2e2e",
    secondary="#b3b3b3",
    disabled="#8a8a8a",
    accent="#6ea2f5",
    on_accent="#0c1a33",
    border="#8c8c8c",
    link="#8ab4f8",
    tooltip="#ececec",
    on_tooltip="#1c1c1c",
)


def colours_of(scheme: Qt.ColorScheme) -> Colours:
    return DARK if scheme is Qt.ColorScheme.Dark else LIGHT


def palette_of(colours: Colours) -> QPalette:
    """A full palette of ``colours``: every role set, so nothing of the platform's palette shows through."""
    role = QPalette.ColorRole
    palette = QPalette(QColor(colours.button), QColor(colours.window))
    roles = {
        role.Window: colours.window,
        role.WindowText: colours.text,
        role.Base: colours.base,
        role.AlternateBase: colours.alternate_base,
        role.Text: colours.text,
        role.Button: colours.button,
        role.ButtonText: colours.text,
        role.BrightText: colours.on_accent,
        role.PlaceholderText: colours.secondary,
        role.Highlight: colours.accent,
        role.HighlightedText: colours.on_accent,
        role.Accent: colours.accent,
        role.Link: colours.link,
        role.LinkVisited: colours.link,
        role.ToolTipBase: colours.tooltip,
        role.ToolTipText: colours.on_tooltip,
        # Separators and frames that the style sheet draws in palette(mid): borders, at 3:1.
        role.Mid: colours.border,
        role.Midlight: colours.border,
        role.Dark: colours.border,
    }
    for colour_role, colour in roles.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(colours.disabled))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Highlight, QColor(colours.border))
    return palette


def focus_colour(palette: QPalette) -> QColor:
    """The focus ring's colour: the accent, which stands out 3:1 on the window and on fields."""
    return palette.color(QPalette.ColorRole.Highlight)


# What Fusion outlines in its ``outline`` colour, which it makes by darkening the window's colour by 140%:
# given a window colour 140% lighter than the border, the outline comes out as the border.
OUTLINED = frozenset(
    {
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_PanelLineEdit,
        QStyle.PrimitiveElement.PE_Frame,
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    }
)
OUTLINED_COMPLEX = frozenset({QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox})
OUTLINE_DARKER = 140

STANDARD_ICONS = {
    QStyle.StandardPixmap.SP_DockWidgetCloseButton: Icon.CLOSE,
    QStyle.StandardPixmap.SP_TitleBarCloseButton: Icon.CLOSE,
    QStyle.StandardPixmap.SP_TitleBarNormalButton: Icon.FLOAT,
    QStyle.StandardPixmap.SP_CommandLink: Icon.ARROW_RIGHT,
    QStyle.StandardPixmap.SP_LineEditClearButton: Icon.CLEAR,
    QStyle.StandardPixmap.SP_ArrowBack: Icon.ARROW_LEFT,
    QStyle.StandardPixmap.SP_ArrowForward: Icon.ARROW_RIGHT,
    QStyle.StandardPixmap.SP_ArrowLeft: Icon.CHEVRON_LEFT,
    QStyle.StandardPixmap.SP_ArrowRight: Icon.CHEVRON_RIGHT,
}


def outline_source(palette: QPalette) -> QPalette:
    """``palette`` with the window colour from which Fusion's darkening makes the border colour."""
    # Asked for every field, frame and button painted, with the few palettes of the window: made once each.
    # A palette's cache key changes whenever a colour of it does.
    key = palette.cacheKey()
    if (adjusted := _OUTLINE_SOURCES.get(key)) is None:
        if len(_OUTLINE_SOURCES) >= OUTLINE_SOURCES_REMEMBERED:
            _OUTLINE_SOURCES.clear()
        adjusted = _OUTLINE_SOURCES[key] = _made_outline_source(palette)
    return adjusted


# The palettes made so far: the application's, and those of the widgets that set their own.
OUTLINE_SOURCES_REMEMBERED = 64
_OUTLINE_SOURCES: dict[int, QPalette] = {}


def _made_outline_source(palette: QPalette) -> QPalette:
    adjusted = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        border = palette.color(group, QPalette.ColorRole.Mid)
        adjusted.setColor(group, QPalette.ColorRole.Window, border.lighter(OUTLINE_DARKER))
    return adjusted


def outlined(draw: Callable[..., None], part: object, option: QStyleOption, painter: object, widget: object) -> None:
    """``draw`` Fusion's ``part`` with its outline in the border colour. The option is the caller's: its
    palette is swapped for the drawing and given back after it."""
    palette = QPalette(option.palette)
    option.palette = outline_source(palette)
    draw(part, option, painter, widget)
    option.palette = palette


class ValuesDeskStyle(QProxyStyle):
    """Fusion, with outlines in the border colour and ValuesDesk's icons for the platform's."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        draw = super().drawPrimitive
        if element in OUTLINED:
            outlined(draw, element, option, painter, widget)
        else:
            draw(element, option, painter, widget)

    def drawComplexControl(self, control, option: QStyleOptionComplex, painter, widget=None) -> None:
        draw = super().drawComplexControl
        if control in OUTLINED_COMPLEX:
            outlined(draw, control, option, painter, widget)
        else:
            draw(control, option, painter, widget)

    def standardIcon(self, standard: QStyle.StandardPixmap, option: QStyleOption | None = None, widget=None) -> QIcon:
        if (name := STANDARD_ICONS.get(standard)) is not None:
            return icon(name)
        return super().standardIcon(standard, option, widget)

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        # Framed dock buttons get Fusion's icons at 5/8 of the small icon size: 10 px, too small to hit or read.
        if hint is QStyle.StyleHint.SH_DockWidget_ButtonsHaveFrame:
            return 0
        return super().styleHint(hint, option, widget, returnData)


class FocusRing(QWidget):
    """The ring of one window: drawn in the focus colour, on top of the window's other widgets. It
    takes no mouse clicks and covers nothing but the ring itself."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def surround(self, target: QWidget) -> None:
        """Around the part of ``target`` that shows; hidden while none does."""
        visible = target.visibleRegion().boundingRect()
        window = self.parentWidget()
        if window is None or not target.isVisible() or visible.isEmpty():
            self.hide()
            return
        top_left = target.mapTo(window, visible.topLeft())
        margin = FOCUS_RING_WIDTH + FOCUS_RING_GAP
        self.setGeometry(QRect(top_left, visible.size()).adjusted(-margin, -margin, margin, margin))
        inner = self.rect().adjusted(FOCUS_RING_WIDTH, FOCUS_RING_WIDTH, -FOCUS_RING_WIDTH, -FOCUS_RING_WIDTH)
        self.setMask(QRegion(self.rect()).subtracted(QRegion(inner)))
        self.show()
        self.raise_()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(focus_colour(self.palette()), FOCUS_RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_RING_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


class FocusTracker(QObject):
    """Puts the ring of its window round whichever control has the keyboard focus, and keeps it there
    as the control (or anything it sits in) moves, scrolls, shows or hides."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.target: QWidget | None = None
        self.ring: FocusRing | None = None  # the ring shown last, in the focused control's window
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._forget()
        if new is None or not shows_focus(new):
            return
        self.target = new
        new.destroyed.connect(self._forget)
        widget: QWidget | None = new
        while widget is not None and not widget.isWindow():
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        window = new.window()
        found = window.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self.ring = found if isinstance(found, FocusRing) else FocusRing(window)
        self.ring.surround(new)

    def _forget(self) -> None:
        """No control to follow: the ring hidden, the watched widgets let go (those still there)."""
        for watched in self._watched:
            if isValid(watched):
                watched.removeEventFilter(self)
        self._watched = []
        if self.target is not None and isValid(self.target):
            self.target.destroyed.disconnect(self._forget)
        self.target = None
        if self.ring is not None and isValid(self.ring):
            self.ring.hide()
        self.ring = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            target, ring = self.target, self.ring
            if target is not None and ring is not None and isValid(target) and isValid(ring):
                ring.surround(target)
        return False


def shows_focus(widget: QWidget) -> bool:
    """Whether the ring goes round ``widget``: a control in a window that takes focus itself, not a page
    given focus to pass it on, nor a menu (which shows its own item)."""
    return (
        not widget.isWindow()
        and widget.focusPolicy() is not Qt.FocusPolicy.NoFocus
        and not isinstance(widget, QMenu | QMenuBar)
    )


class Theme(QObject):
    """The application's colours and text size, applied to the running QApplication."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        # The system's font, before any text size was applied to it.
        self.system_font = QFont(app.font())
        self.scheme = ColourScheme.SYSTEM
        self.text_size = look.TEXT_SIZE_DEFAULT
        self.applied: tuple[Qt.ColorScheme, int] | None = None
        app.setStyle(ValuesDeskStyle())
        self.focus = FocusTracker(app)
        app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)

    def effective_scheme(self, system: Qt.ColorScheme | None = None) -> Qt.ColorScheme:
        """Light or dark, as the setting says, or as the system says for System."""
        if self.scheme is ColourScheme.LIGHT:
            return Qt.ColorScheme.Light
        if self.scheme is ColourScheme.DARK:
            return Qt.ColorScheme.Dark
        system = system if system is not None else self.app.styleHints().colorScheme()
        return Qt.ColorScheme.Dark if system is Qt.ColorScheme.Dark else Qt.ColorScheme.Light

    def set_scheme(self, scheme: ColourScheme) -> None:
        self.scheme = scheme
        hints = self.app.styleHints()
        # The platform's windows (title bars) follow; System gives the choice back to the desktop.
        if scheme is ColourScheme.SYSTEM:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(self.effective_scheme())
        self.apply()

    def set_text_size(self, percent: int) -> None:
        self.text_size = look.clamp_text_size(percent)
        self.apply()

    def _system_scheme_changed(self, system: Qt.ColorScheme) -> None:
        # The theme change behind this (the desktop's, or the one asking it for light or dark sets off) gives
        # buttons, menus and lists the desktop's font sizes again, once it is handled: the text size after it.
        QTimer.singleShot(0, self, self._restore_class_fonts)
        if self.scheme is ColourScheme.SYSTEM:
            self.apply(system)

    def _restore_class_fonts(self) -> None:
        if self.applied is not None:
            for class_name in THEMED_FONT_CLASSES:
                self.app.setFont(self.font(), class_name)  # type: ignore[arg-type]  # a str, whatever the stub says

    def font(self) -> QFont:
        """The body text: the system's font at the text size."""
        font = QFont(self.system_font)
        font.setPointSizeF(self.body_points())
        return font

    def body_points(self) -> float:
        return self.system_font.pointSizeF() * self.text_size / 100

    def apply(self, system: Qt.ColorScheme | None = None) -> None:
        """Palette, font and style sheet, each set only when it changed: each change re-polishes every widget."""
        scheme = self.effective_scheme(system)
        if self.applied == (scheme, self.text_size):
            return
        sheet = look.style_sheet(self.body_points(), self.text_size)
        if self.applied is not None and self.applied[0] != scheme:
            # Widgets polished under a style sheet keep the palette they had: without one, they take the new one.
            self.app.setStyleSheet("")
        if self.applied is None or self.applied[0] != scheme:
            self.app.setPalette(palette_of(colours_of(scheme)))
        if self.applied is None or self.applied[1] != self.text_size:
            self.app.setFont(self.font())
        self.app.setStyleSheet(sheet)
        self.applied = (scheme, self.text_size)


def theme(app: QApplication | None = None) -> Theme:
    """The application's theme, installed on first use."""
    running = app or QApplication.instance()
    assert isinstance(running, QApplication), "the QApplication comes first"
    found = running.findChild(Theme)
    return found if isinstance(found, Theme) else Theme(running)


def apply_appearance(settings: Settings) -> Theme:
    """The remembered colour scheme and text size, applied (at start, before the first window is built)."""
    installed = theme()
    installed.text_size = look.clamp_text_size(settings.get(TEXT_SIZE))
    installed.set_scheme(settings.get(COLOUR_SCHEME))
    return installed
