"""A second start on the same data folder brings the running window to the front.

The running ValuesDesk listens on a local socket named after its data folder; a second start,
refused by the folder lock (:mod:`valuesdesk.services.data_folder`), asks it to show its window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500


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
        source = connection or self.sender()
        if isinstance(source, QLocalSocket) and bytes(source.readAll().data()).startswith(ACTIVATE):
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
