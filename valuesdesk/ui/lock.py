"""Locking an encrypted diary: File ▸ Lock Now (Ctrl+L), after the minutes without use the person
chose (File ▸ Privacy), and when the screen locks or the computer sleeps.

Locking saves what is typed first (quietly: the person may be gone), then the window hides every
text (:meth:`MainWindow.conceal`: the pages, the dock, the session window, the menus that act on
data), then the services close every connection and forget the passphrase. Unlocking asks the
services to open the diary with the passphrase typed on the lock screen, shows everything again
and has every area load again. A diary without a passphrase never locks: there is nothing to lock.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.errors import ValuesDeskError, WrongPassphrase
from valuesdesk.ui import error_texts
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.screen_lock import AwayWatcher
from valuesdesk.ui.settings import IDLE_LOCK_MINUTES, Settings
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from valuesdesk.ui.context import AppContext
    from valuesdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
# What the person does with keyboard, mouse, pen or touch: each one starts the idle time again.
PRESENCE = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
NOT_ENCRYPTED_TIP = QT_TRANSLATE_NOOP(
    "Lock", "Only a diary with a passphrase can be locked: set one in File ▸ Privacy."
)


class Locker(QObject):
    """Owns File ▸ Lock Now and the idle, screen-lock and sleep locking of ``window``."""

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._context: AppContext | None = None
        self.lock_action = QAction(self.tr("&Lock Now"), window, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(self.tr("Hide your diary until your passphrase is entered (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(lambda: self._lock_because("no use for a while"))
        self.away_watcher = AwayWatcher(self)
        self.away_watcher.away.connect(self._lock_because)
        window.lock_screen.unlock_requested.connect(self.unlock)
        self.update()

    @property
    def locked(self) -> bool:
        return self._context is not None and self._context.services.locked

    def attach(self, context: AppContext) -> None:
        self._context = context
        self.away_watcher.listen_to_system(int(self._window.winId()))
        app = QCoreApplication.instance()
        assert app is not None, "the window needs its application"
        app.installEventFilter(self)  # every input anywhere in the program, its dialogs too
        self.update()

    def update(self) -> None:
        """Follow the diary's encryption and the idle minutes chosen (after File ▸ Privacy, say)."""
        encrypted = self._context is not None and self._context.services.encrypted
        self.lock_action.setEnabled(encrypted and not self.locked)
        self.lock_action.setToolTip(
            self.tr("Lock Now (Ctrl+L)") if encrypted else QCoreApplication.translate("Lock", NOT_ENCRYPTED_TIP)
        )
        minutes = self._settings.get(IDLE_LOCK_MINUTES)
        if encrypted and minutes > 0 and not self.locked:
            self._idle.start(minutes * MINUTE_MS)
        else:
            self._idle.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in PRESENCE and self._idle.isActive():
            self._idle.start()
        return False

    def _lock_because(self, reason: str) -> None:
        if self.lock_action.isEnabled():
            log.info("locking: %s", reason)
            self.lock()

    def lock(self) -> None:
        """Save what is typed, hide every text, then close the diary and forget its passphrase."""
        context = self._context
        if context is None or not context.services.encrypted or context.services.locked:
            return
        failed = context.coordinator.flush_quietly()
        if failed is not None:
            # Kept pending in its editor (hidden), and saved once the diary is open again.
            log.warning("locking with typing that could not be saved (%s)", type(failed).__name__)
        self._window.conceal()
        context.services.lock()
        self.update()

    def unlock(self, passphrase: Passphrase) -> None:
        context = self._context
        if context is None or not context.services.locked:  # the start-up's lock screen: app.unlock answers
            return
        screen = self._window.lock_screen
        try:
            context.services.unlock(passphrase)
        except WrongPassphrase as error:
            screen.refuse(error_texts.message(error))
            return
        except ValuesDeskError as error:
            screen.refuse("")
            show_error(self._window, error)
            return
        self._window.reveal()
        self.update()
        context.events.changed(DataKind.ALL)
