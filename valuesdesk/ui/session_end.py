"""Ending cleanly when the system asks: a signal or the session's end saves everything pending first.

``kill``, a logout or a shutdown sends SIGTERM, Ctrl+C in a terminal SIGINT, a closed terminal
SIGHUP. Python runs its signal handlers only when the interpreter gets control, which it does not
while Qt's event loop waits; so the standard way is used: :func:`signal.set_wakeup_fd` writes the
signal's number into one end of a socket pair, and a :class:`QSocketNotifier` on the other end
wakes the event loop. The handlers themselves do nothing: the ending happens in the notifier's
slot, from the event loop, never in the middle of a save.

The ending saves everything pending through the save coordinator without a dialog (a signal may
come when nobody is there to answer one, and a dialog would keep a shutdown waiting), then closes
the main window and quits with exit code 0. When a save fails the failure's type is logged (never
the text), the status bar says why, and the window stays open: it never closes over writing it
could not save.

The session manager's end-of-session request, ``QGuiApplication.commitDataRequest``, saves
everything pending too: with the usual dialog when the session manager allows interaction (and a
failure cancels the ending), quietly when it does not (a failure is logged by type). On Windows Qt
turns WM_QUERYENDSESSION (log off, shut down, restart) into that same ``commitDataRequest``, so
Windows' end-session message is handled here as well.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui import error_texts
from valuesdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The signals that ask a program to end, where the platform has them (Windows has no SIGHUP).
ENDING_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class SessionEnd(QObject):
    """Saves everything pending and quits when a signal or the session manager asks the program to end."""

    def __init__(self, app: QApplication, window: Callable[[], MainWindow | None]) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._receiver, self._sender = socket.socketpair()
        for end in (self._receiver, self._sender):
            end.setblocking(False)
        self._previous_wakeup_fd = signal.set_wakeup_fd(self._sender.fileno(), warn_on_full_buffer=False)
        self._previous_handlers = {
            number: signal.signal(number, _leave_it_to_the_event_loop) for number in ENDING_SIGNALS
        }
        self._notifier = QSocketNotifier(self._receiver.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._signalled)
        app.commitDataRequest.connect(self.commit_data)

    def uninstall(self) -> None:
        """Give the signals back to what handled them before (for tests)."""
        self._notifier.setEnabled(False)
        self._app.commitDataRequest.disconnect(self.commit_data)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_wakeup_fd)
        self._receiver.close()
        self._sender.close()

    def _signalled(self) -> None:
        try:
            numbers = self._receiver.recv(64)
        except (BlockingIOError, InterruptedError):
            return
        names = ", ".join(_signal_name(number) for number in numbers)
        log.info("asked to end by %s: saving and quitting", names)
        self.end()

    def end(self) -> bool:
        """Save everything pending without a dialog and quit with 0; False when a save failed.

        Then the window stays open, its status bar saying why, and only the failure's type is logged.
        """
        window = self._window()
        if window is not None and window.isVisible():
            error = _save_quietly(window)
            if error is not None:
                log.warning("not quitting: what was typed could not be saved (%s)", type(error).__name__)
                window.statusBar().showMessage(
                    self.tr("Not quitting: what you typed is not saved. {message}").format(
                        message=error_texts.message(error)
                    )
                )
                return False
            if not window.close():  # everything is saved: only a new failure could keep it open
                log.warning("not quitting: the window stayed open")
                return False
        self._app.exit(0)
        return True

    def commit_data(self, manager: QSessionManager) -> None:
        # The session is ending (on Windows: WM_QUERYENDSESSION): save now, the program may be gone soon.
        window = self._window()
        if window is None:
            return
        if manager.allowsInteraction():
            if not window.save_pending():  # it has said why
                manager.cancel()
            manager.release()
            return
        error = _save_quietly(window)
        if error is not None:
            log.warning("the session ended with typing that could not be saved (%s)", type(error).__name__)


def _save_quietly(window: MainWindow) -> ValuesDeskError | None:
    """Everything pending saved without a dialog: what failed, or None."""
    context = window.context
    return None if context is None else context.coordinator.flush_quietly()


def _leave_it_to_the_event_loop(_number: int, _frame: object) -> None:
    """Nothing here: the wakeup byte has already reached the notifier, which ends from the event loop."""


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)


def install_session_end(app: QApplication, window: Callable[[], MainWindow | None]) -> SessionEnd:
    """Let SIGTERM, SIGINT, SIGHUP and the end of the session save everything pending and quit cleanly."""
    return SessionEnd(app, window)
