"""The lock screen: what the window shows of an encrypted diary while it is locked, at start and later.

Nothing of the diary: the program's icon, "ValuesDesk is locked", a passphrase field, Unlock and
Quit. Return unlocks; the field has the focus whenever the screen shows. What to do with the
passphrase is not its business: it emits :attr:`LockScreen.unlock_requested` and is told to
:meth:`~LockScreen.refuse` it, or is put away.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.ui.widgets.centred import centre_column

ICON_SIZE = 72
COLUMN_WIDTH = 340
TITLE_SCALE = 1.6


class LockScreen(QWidget):
    unlock_requested = Signal(object)  # a Passphrase
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("ValuesDesk is locked"))
        self._busy = False

        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName(self.tr("ValuesDesk"))
        self.title = QLabel(self.tr("ValuesDesk is locked"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)  # the column is narrow, and a translation may be longer
        explanation = QLabel(self.tr("Enter your passphrase to open your diary."))
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setWordWrap(True)

        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.returnPressed.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        # Its room kept while hidden, so that the field does not move under the pointer when it shows.
        policy = self.message.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.message.setSizePolicy(policy)
        self.message.hide()  # an empty label would stand on the accessibility bus without a name

        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit ValuesDesk"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.quit_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(icon)
        column.addWidget(self.title)
        column.addWidget(explanation)
        column.addSpacing(8)
        column.addWidget(self.field)
        column.addWidget(self.message)
        column.addLayout(buttons)
        centre_column(self, column, COLUMN_WIDTH)
        self.setTabOrder(self.field, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.quit_button)

    def reset(self) -> None:
        """Ready for a passphrase: an empty field with the focus, no message."""
        self.field.clear()
        self._say("")
        self.set_busy(False)

    def refuse(self, message: str) -> None:
        """The passphrase did not open the diary: say so, and let the person try again."""
        self.set_busy(False)
        self.field.clear()
        self._say(message)
        self.field.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While the diary is being opened (SQLCipher takes a moment to derive the key)."""
        if busy == self._busy:
            return
        self._busy = busy
        for control in (self.field, self.unlock_button):
            control.setEnabled(not busy)
        if busy:
            self._say(self.tr("Unlocking…"))
            self.message.repaint()  # the opening that follows keeps the event loop from painting it
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QApplication.restoreOverrideCursor()

    def wait_for_passphrase(self) -> Passphrase | None:
        """The next passphrase the person enters (None when they quit), the event loop running meanwhile."""
        entered: list[Passphrase] = []
        loop = QEventLoop()
        self.unlock_requested.connect(entered.append)
        self.unlock_requested.connect(loop.quit)
        self.quit_requested.connect(loop.quit)
        try:
            loop.exec()
        finally:
            self.unlock_requested.disconnect(entered.append)
            self.unlock_requested.disconnect(loop.quit)
            self.quit_requested.disconnect(loop.quit)
        return entered[0] if entered else None

    def _submit(self) -> None:
        secret = self.field.text()
        if not secret:
            self._say(self.tr("Enter your passphrase."))
            return
        self.set_busy(True)
        self.field.clear()  # the passphrase is kept no longer than it takes to open the diary
        self.unlock_requested.emit(Passphrase(secret))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.field.setFocus()
