"""Session mode: the question sheet in a window of its own, never with private notes.

It can stay on top of other programs and fill a chosen screen; the client view fills a
screen turned to the client with one client question at a time, large and centred.
"""

from __future__ import annotations

import functools
import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.content import ParallelQuestions
from valuesdesk.ui.diary.marks import blend, readable
from valuesdesk.ui.local_dates import number
from valuesdesk.ui.questions.controls import action_button, menu_button, mode_chooser
from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.questions.sheet_view import SheetView
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

# Large print for the client view: about this many lines of text would fill the screen's height,
# so that the longest question (six lines or so) takes about half of it.
CLIENT_VIEW_LINES_PER_SCREEN = 16
# A question in the client view wraps at about this many characters, a line a reader takes in at once.
CLIENT_VIEW_LINE_CHARACTERS = 38
# The room around it: a share of the screen's width at each side, and of its height above and below.
CLIENT_VIEW_SIDE_MARGIN = 0.08
CLIENT_VIEW_TOP_MARGIN = 0.06
# "Question 3 of 8" and the hint are quiet: smaller than the question, and a step lighter than text.
CLIENT_VIEW_POSITION_SCALE = 0.4
CLIENT_VIEW_HINT_SCALE = 0.3
CLIENT_VIEW_SMALLEST_CAPTION = 11.0
# However large the text is made, the longest question still fits, down to this size; the captions'
# row and the gaps around the question take about this many caption lines.
CLIENT_VIEW_SMALLEST_QUESTION = 14.0
CLIENT_VIEW_CAPTION_ROOM = 3
QUIET_TEXT_WEIGHT = 0.62
TEXT_CONTRAST = 4.5
LEAVE_HINT = QT_TRANSLATE_NOOP("SessionWindow", "Esc to leave")


def client_view_text_size(screen: QScreen) -> float:
    pixels = screen.availableGeometry().height() / CLIENT_VIEW_LINES_PER_SCREEN
    return max(20.0, round(pixels * 72 / screen.logicalDotsPerInchY()))


def quiet_ink(palette: QPalette) -> QColor:
    """Text a step lighter than the body, still readable (4.5:1) on the window in light and dark palettes."""
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    over = QColor(text)
    over.setAlphaF(QUIET_TEXT_WEIGHT)
    return readable(blend(window, over), window, TEXT_CONTRAST)


class ClientView(QWidget):
    """For a screen turned to the client: the client's question of the sheet's present pair alone,
    large and centred with room around it, where it stands ("Question 3 of 8"), and how to leave.

    It follows ``sheet_view``: its pair (turned by the window's keys) and its text size.
    """

    def __init__(self, sheet_view: SheetView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._sheet_view = sheet_view
        self.question = QLabel()
        self.question.setObjectName("clientViewQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.position_label = QLabel()
        self.position_label.setObjectName("clientViewPosition")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.hint = QLabel(QCoreApplication.translate("SessionWindow", LEAVE_HINT))
        self.hint.setObjectName("clientViewHint")
        self.hint.setAccessibleName(QCoreApplication.translate("SessionWindow", LEAVE_HINT))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)

        # The question in the middle of the room above the caption row; the caption row has its own
        # height, so that neither the position nor the hint can ever cover the question.
        centred = QHBoxLayout()
        centred.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum))
        centred.addWidget(self.question)
        centred.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum))
        captions = QGridLayout()
        captions.setColumnStretch(0, 1)
        captions.setColumnStretch(2, 1)
        captions.addWidget(self.position_label, 0, 1)
        captions.addWidget(self.hint, 0, 2)
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addLayout(centred)
        self._layout.addStretch(1)
        self._layout.addLayout(captions)

        sheet_view.pair_changed.connect(self._show_pair)
        sheet_view.text_size_changed.connect(self._apply_size)
        self._show_pair()
        self._apply_size()

    def _show_pair(self) -> None:
        index = self._sheet_view.pair_index()
        pairs = self._sheet_view.sheet.pairs
        text = pairs[index].client
        self.question.setText(text)
        self.question.setAccessibleName(text)
        position = self.tr("Question {question} of {questions}").format(
            question=number(index + 1), questions=number(len(pairs))
        )
        self.position_label.setText(position)
        self.position_label.setAccessibleName(position)

    def _apply_size(self) -> None:
        size = self._fitting_size(self._sheet_view.text_size())
        position = max(CLIENT_VIEW_SMALLEST_CAPTION, size * CLIENT_VIEW_POSITION_SCALE)
        hint = max(CLIENT_VIEW_SMALLEST_CAPTION, size * CLIENT_VIEW_HINT_SCALE)
        quiet = quiet_ink(self.palette()).name()
        self.setStyleSheet(
            f"QLabel#clientViewQuestion {{ font-size: {size:.1f}pt; }}"
            f"QLabel#clientViewPosition {{ font-size: {position:.1f}pt; color: {quiet}; }}"
            f"QLabel#clientViewHint {{ font-size: {hint:.1f}pt; color: {quiet}; }}"
        )
        self.question.setMaximumWidth(int(self._line_width(self._question_metrics(size))))

    def _question_metrics(self, size: float) -> QFontMetricsF:
        font = QFont(self.question.font())
        font.setPointSizeF(size)
        return QFontMetricsF(font)

    def _line_width(self, metrics: QFontMetricsF) -> float:
        return CLIENT_VIEW_LINE_CHARACTERS * metrics.averageCharWidth()

    def _fitting_size(self, wanted: float) -> float:
        """``wanted``, or less where the longest question would not fit the screen at that size: every
        question of the sheet is shown at one size, and whole."""
        margins = self._layout.contentsMargins()
        room = QRectF(self.rect().marginsRemoved(margins))
        room.setHeight(room.height() - CLIENT_VIEW_CAPTION_ROOM * self.position_label.sizeHint().height())
        if room.height() <= 0:  # not laid out yet
            return wanted
        longest = max((pair.client for pair in self._sheet_view.sheet.pairs), key=len)
        size = wanted
        while size > CLIENT_VIEW_SMALLEST_QUESTION:
            metrics = self._question_metrics(size)
            width = min(self._line_width(metrics), room.width())
            wrap = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)
            if metrics.boundingRect(QRectF(0, 0, width, 1e6), wrap, longest).height() <= room.height():
                break
            size -= 1
        return size

    def changeEvent(self, event: QEvent) -> None:
        # The quiet colour is worked out from the palette: again when the system's palette changes.
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._apply_size()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        side = int(self.width() * CLIENT_VIEW_SIDE_MARGIN)
        top = int(self.height() * CLIENT_VIEW_TOP_MARGIN)
        self._layout.setContentsMargins(side, top, side, top // 2)
        self._apply_size()
        super().resizeEvent(event)


def screen_label(screen: QScreen) -> str:
    """E.g. "Screen 2: DELL U2419H (1920×1080)": numbered, as two monitors may share a model."""
    place = number(QGuiApplication.screens().index(screen) + 1)
    size = screen.geometry().size()
    name = screen.model() or screen.name()
    size_text = f"{size.width()}×{size.height()}"
    if screen is QGuiApplication.primaryScreen():
        size_text = QCoreApplication.translate("SessionWindow", "{size}, main").format(size=size_text)
    if name:
        text = QCoreApplication.translate("SessionWindow", "Screen {number}: {name} ({size})")
        return text.format(number=place, name=name, size=size_text)
    return QCoreApplication.translate("SessionWindow", "Screen {number} ({size})").format(number=place, size=size_text)


def screen_key(screen: QScreen) -> str:
    """What identifies a screen from one run to the next: its name, else its place in the list."""
    return screen.name() or f"#{QGuiApplication.screens().index(screen)}"


def screen_for_key(key: str) -> QScreen | None:
    return next((screen for screen in QGuiApplication.screens() if key and screen_key(screen) == key), None)


class SessionWindow(QWidget):
    """A top-level window for the sheet; Esc or "Return to Dock" puts it back in the dock."""

    return_requested = Signal()

    def __init__(self, sheet: ParallelQuestions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("sessionWindow")
        self.setWindowTitle(self.tr("{title} — Session").format(title=sheet.title))
        self.setAccessibleName(self.tr("Session Mode"))
        self._client_view = False
        self._windowed_mode = SheetMode.BOTH
        self._windowed_text_size = 0.0

        self.sheet_view = SheetView(sheet)
        self.client_view_page = ClientView(self.sheet_view)
        self.client_view_page.hide()
        self.view_actions = self.sheet_view.add_view_actions(self)

        self.stay_on_top_action = QAction(self.tr("Stay on &Top"), self, checkable=True)
        self.stay_on_top_action.toggled.connect(self.set_stay_on_top)
        self.return_action = QAction(self.tr("&Return to Dock"), self)
        self.return_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.return_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.return_action.triggered.connect(self.return_requested)
        self.addAction(self.return_action)
        self.leave_full_screen_action = QAction(self.tr("&Leave Full Screen"), self)
        self.leave_full_screen_action.triggered.connect(self.leave_full_screen)

        mode_label, self.mode_box = mode_chooser(self.sheet_view, "sessionMode")
        self.stay_on_top_button = action_button(self.stay_on_top_action, self.tr("Stay on Top"))
        self.full_screen_menu = QMenu(self.tr("&Full Screen"), self)
        self.full_screen_menu.aboutToShow.connect(self._fill_full_screen_menu)
        self.full_screen_button = menu_button(self.tr("Full Screen"), self.full_screen_menu)
        self.return_action.setToolTip(self.tr("Return to Dock (Esc)"))
        self.return_button = action_button(self.return_action, self.tr("Return to Dock"))

        self.toolbar = QWidget()
        self.toolbar.setObjectName("sessionToolbar")
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(8, 6, 8, 2)
        bar.addWidget(mode_label)
        bar.addWidget(self.mode_box)
        bar.addStretch(1)
        bar.addWidget(self.stay_on_top_button)
        bar.addWidget(self.full_screen_button)
        bar.addWidget(self.return_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.sheet_view, 1)
        layout.addWidget(self.client_view_page, 1)
        # The toolbar left to right, then the sheet below it.
        order = [self.mode_box, self.stay_on_top_button, self.full_screen_button, self.return_button, self.sheet_view]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.resize(900, 640)

    @property
    def client_view(self) -> bool:
        return self._client_view

    def stays_on_top(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowStaysOnTopHint)

    def set_stay_on_top(self, on: bool) -> None:
        self.stay_on_top_action.setChecked(on)
        if on == self.stays_on_top():
            return
        shown = self.isVisible()
        # Changing window flags hides a window; show it again where it was.
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if shown:
            self.show()

    def show_full_screen_on(self, screen: QScreen, client_view: bool = False) -> None:
        """Fill ``screen``; the client view shows one client question at a time, large and centred."""
        if not self.isFullScreen():
            self._windowed_mode = self.sheet_view.mode()
            self._windowed_text_size = self.sheet_view.text_size()
        if self._client_view and not client_view:
            self._end_client_view()
        if client_view:
            # The sheet behind it turns one pair at a time, so the window's keys turn the client view.
            self._client_view = True
            self.sheet_view.set_mode(SheetMode.ONE_PAIR)
            self.sheet_view.set_actual_text_size(client_view_text_size(screen))
            self.sheet_view.reset_text_size()
        self.sheet_view.setHidden(client_view)
        self.client_view_page.setVisible(client_view)
        self.toolbar.hide()
        self.winId()  # creates the native window, whose screen is then set before it shows
        self.windowHandle().setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        (self.client_view_page if client_view else self.sheet_view).setFocus()

    def leave_full_screen(self) -> None:
        if not self.isFullScreen():
            return
        if self._client_view:
            self._end_client_view()
        self.client_view_page.hide()
        self.sheet_view.show()
        self.toolbar.show()
        self.showNormal()

    def _end_client_view(self) -> None:
        """The sheet as it was before the client view."""
        self._client_view = False
        self.sheet_view.set_mode(self._windowed_mode)
        self.sheet_view.set_actual_text_size(None)
        self.sheet_view.set_text_size(self._windowed_text_size)

    def windowed_view(self) -> tuple[SheetMode, float]:
        """Mode and text size of the window when not in the client view, for saving."""
        if self._client_view:
            return self._windowed_mode, self._windowed_text_size
        return self.sheet_view.mode(), self.sheet_view.text_size()

    def _fill_full_screen_menu(self) -> None:
        self.full_screen_menu.clear()
        for screen in QGuiApplication.screens():
            label = screen_label(screen)
            full_screen = functools.partial(self.show_full_screen_on, screen)
            self.full_screen_menu.addAction(self.tr("Full Screen on {label}").format(label=label), full_screen)
            self.full_screen_menu.addAction(
                self.tr("Client View on {label}").format(label=label), functools.partial(full_screen, client_view=True)
            )

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # In full screen the toolbar is hidden, so everything is also here.
        menu = QMenu(self)
        if not self._client_view:  # which always shows one question at a time
            modes = menu.addMenu(self.tr("&Show"))
            for mode in SheetMode:
                chosen = modes.addAction(mode.label, functools.partial(self.sheet_view.set_mode, mode))
                chosen.setCheckable(True)
                chosen.setChecked(mode is self.sheet_view.mode())
        for key in ("previous", "next"):
            if self.view_actions[key].isEnabled():
                menu.addAction(self.view_actions[key])
        menu.addSeparator()
        for key in ("larger", "smaller", "reset"):
            menu.addAction(self.view_actions[key])
        menu.addSeparator()
        menu.addAction(self.stay_on_top_action)
        self._fill_full_screen_menu()
        menu.addMenu(self.full_screen_menu)
        if self.isFullScreen():
            menu.addAction(self.leave_full_screen_action)
        menu.addAction(self.return_action)
        menu.exec(event.globalPos())

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window by its title bar also means "back to the dock".
        event.ignore()
        self.return_requested.emit()
