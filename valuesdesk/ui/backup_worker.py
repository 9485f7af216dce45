"""Backups in the background: the copy is made in a worker thread, and how it ended comes back to
the window's thread through a queued signal, so that typing never waits for it.

The work is a ``BackupService`` call (Qt-free, its own SQLite connections, safe in a thread). One
backup runs at a time; the program waits for one under way before it quits.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from valuesdesk.errors import BackupFailed, ValuesDeskError

if TYPE_CHECKING:
    # Only for types: the store loads the ORM, which the window must not load before it shows.
    from valuesdesk.services.backups import BackupInfo

log = logging.getLogger(__name__)

BackupWork: TypeAlias = "Callable[[], BackupInfo | None]"
Done: TypeAlias = "Callable[[BackupInfo | None], None]"
Failed = Callable[[ValuesDeskError], None]


class _Relay(QObject):
    """Lives in the window's thread; emitted from the worker, so its receivers run queued."""

    ended = Signal(int, object, object)  # token, BackupInfo | None, ValuesDeskError | None


class _Job(QRunnable):
    def __init__(self, token: int, work: BackupWork, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._token = token
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            made = self._work()
        except ValuesDeskError as error:
            self._relay.ended.emit(self._token, None, error)
        except Exception as error:  # never a traceback for the person: said as a failed backup
            log.error("backup failed unexpectedly: %s", type(error).__name__)
            failure = BackupFailed(
                QCoreApplication.translate("BackupWorker", "ValuesDesk could not make a backup."),
                detail=QCoreApplication.translate("BackupWorker", "{kind}. Your data was not changed.").format(
                    kind=type(error).__name__
                ),
            )
            self._relay.ended.emit(self._token, None, failure)
        else:
            self._relay.ended.emit(self._token, made, None)


class BackupRunner(QObject):
    """Runs one backup at a time in a thread of its own and calls back in the window's thread."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.ended.connect(self._ended, Qt.ConnectionType.QueuedConnection)
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        app = QCoreApplication.instance()
        if app is not None:
            # Quitting waits for a copy under way (tens of milliseconds) rather than cut it short.
            app.aboutToQuit.connect(self.wait)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, work: BackupWork, done: Done, failed: Failed) -> bool:
        """Start ``work`` in the worker unless a backup is under way (then False)."""
        if self.busy:
            return False
        token = next(self._tokens)
        self._callbacks[token] = (done, failed)
        self.busy_changed.emit(True)
        self._pool.start(_Job(token, work, self._relay))
        return True

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the backup under way (if any) to end; its callbacks then follow as queued events."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _ended(self, token: int, made: BackupInfo | None, error: ValuesDeskError | None) -> None:
        done, failed = self._callbacks.pop(token)
        self.busy_changed.emit(self.busy)
        if error is not None:
            failed(error)
        else:
            done(made)
