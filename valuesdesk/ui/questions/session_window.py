"""Session mode: the question sheet in a window of its own, never with private notes.

It can stay on top of other programs and fill a chosen screen; the client view fills a
screen turned to the client with the client column alone, in large print.
"""

from __future__ import annotations

import functools
import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QContextMenuEvent, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.content import ParallelQuestions
from valuesdesk.ui.questions.controls import action_button, menu_button, mode_chooser
from valuesdesk.ui.questions.sheet_view import SheetMode, SheetView

# Large print for the client view: about this many lines of text fill the screen's height.
CLIENT_VIEW_LINES_PER_SCREEN = 26


def client_view_text_size(screen: QScreen) -> float:
    pixels = screen.availableGeometry().height() / CLIENT_VIEW_LINES_PER_SCREEN
    return max(20.0, round(pixels * 72 / screen.logicalDotsPerInchY()))


def screen_label(screen: QScreen) -> str:
    """E.g. "Screen 2: DELL U2419H (1920×1080)": numbered, as two monitors may share a model."""
    number = QGuiApplication.screens().index(screen) + 1
    size = screen.geometry().size()
    name = screen.model() or screen.name()
    primary = ", main" if screen is QGuiApplication.primaryScreen() else ""
    return f"Screen {number}{': ' + name if name else ''} ({size.width()}×{size.height()}{primary})"


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
        self.setWindowTitle(f"{sheet.title} — Session")
        self.setAccessibleName("Session Mode")
        self._client_view = False
        self._windowed_mode = SheetMode.BOTH
        self._windowed_text_size = 0.0

        self.sheet_view = SheetView(sheet)
        self.view_actions = self.sheet_view.add_view_actions(self)

        self.stay_on_top_action = QAction("Stay on &Top", self, checkable=True)
        self.stay_on_top_action.toggled.connect(self.set_stay_on_top)
        self.return_action = QAction("&Return to Dock", self)
        self.return_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.return_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.return_action.triggered.connect(self.return_requested)
        self.addAction(self.return_action)
        self.leave_full_screen_action = QAction("&Leave Full Screen", self)
        self.leave_full_screen_action.triggered.connect(self.leave_full_screen)

        mode_label, self.mode_box = mode_chooser(self.sheet_view, "sessionMode")
        self.stay_on_top_button = action_button(self.stay_on_top_action, "Stay on Top")
        self.full_screen_menu = QMenu("&Full Screen", self)
        self.full_screen_menu.aboutToShow.connect(self._fill_full_screen_menu)
        self.full_screen_button = menu_button("Full Screen", self.full_screen_menu)
        self.return_action.setToolTip("Return to Dock (Esc)")
        self.return_button = action_button(self.return_action, "Return to Dock")

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
        """Fill ``screen``; the client view shows only the client column, in large print."""
        if not self.isFullScreen():
            self._windowed_mode = self.sheet_view.mode()
            self._windowed_text_size = self.sheet_view.text_size()
        self._client_view = client_view
        if client_view:
            self.sheet_view.set_mode(SheetMode.CLIENT)
            self.sheet_view.set_text_size(client_view_text_size(screen))
        self.sheet_view.show_headings(not client_view)
        self.toolbar.hide()
        self.winId()  # creates the native window, whose screen is then set before it shows
        self.windowHandle().setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.sheet_view.setFocus()

    def leave_full_screen(self) -> None:
        if not self.isFullScreen():
            return
        if self._client_view:
            self.sheet_view.set_mode(self._windowed_mode)
            self.sheet_view.set_text_size(self._windowed_text_size)
        self._client_view = False
        self.sheet_view.show_headings(True)
        self.toolbar.show()
        self.showNormal()

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
            self.full_screen_menu.addAction(f"Full Screen on {label}", full_screen)
            self.full_screen_menu.addAction(f"Client View on {label}", functools.partial(full_screen, client_view=True))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # In full screen the toolbar is hidden, so everything is also here.
        menu = QMenu(self)
        modes = menu.addMenu("&Show")
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
