"""One ValuesDesk at a time per data folder.

A lock file beside the database keeps a second ValuesDesk (or a command such as ``demo``)
out; a local socket lets a second start bring the running window to the front.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from valuesdesk.errors import AlreadyRunning
from valuesdesk.paths import lock_path

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500


class DataFolderLock:
    def __init__(self, data_dir: Path) -> None:
        self._lock = QLockFile(str(lock_path(data_dir)))
        # A lock left by a crashed ValuesDesk is taken over once its process is gone.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        if not self._lock.tryLock(0):
            raise AlreadyRunning(
                "ValuesDesk is already open with this data folder.",
                detail="Switch to the open ValuesDesk window, or close it and start ValuesDesk again.",
            )

    def release(self) -> None:
        self._lock.unlock()


def activation_server_name(data_dir: Path) -> str:
    """A socket name per data folder, so two folders can be open at once."""
    return "valuesdesk-" + hashlib.sha256(str(data_dir).encode()).hexdigest()[:20]


class ActivationServer(QObject):
    """Listens for a second start on the same data folder and asks for the window."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = activation_server_name(data_dir)
        # We hold the folder lock, so a socket of that name is a leftover of a crash.
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._server.listen(name)

    def _accept(self) -> None:
        while (connection := self._server.nextPendingConnection()) is not None:
            connection.readyRead.connect(self._read)
            connection.disconnected.connect(connection.deleteLater)
            if connection.bytesAvailable():
                self._read(connection)

    def _read(self, connection: QLocalSocket | None = None) -> None:
        connection = connection or self.sender()
        if bytes(connection.readAll().data()).startswith(ACTIVATE):
            self.activated.emit()


def request_activation(data_dir: Path) -> bool:
    """Ask the ValuesDesk running on ``data_dir`` to show its window; True if it was asked."""
    socket = QLocalSocket()
    socket.connectToServer(activation_server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(ACTIVATE)
    sent = socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return sent
