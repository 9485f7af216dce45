"""File ▸ Privacy…: the diary's passphrase (set, change, remove) and when it locks itself.

Setting a passphrase encrypts the diary and its backups in place; removing it decrypts them. The
warning that a forgotten passphrase cannot be got round is shown before a passphrase is set, in
the same dialog where it is typed.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain.limits import MIN_PASSPHRASE_CHARS
from valuesdesk.domain.passphrase import Passphrase, passphrase_problem
from valuesdesk.errors import ValuesDeskError, WrongPassphrase
from valuesdesk.ui import error_texts
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.exchange_actions import busy
from valuesdesk.ui.local_dates import number
from valuesdesk.ui.settings import IDLE_LOCK_MINUTES, Settings
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from valuesdesk.services import Services

log = logging.getLogger(__name__)

FORGOTTEN_WARNING = QT_TRANSLATE_NOOP(
    "PrivacyDialog",
    "If you forget this passphrase, nobody can read your diary again: not you, not your therapist, "
    "and not us, the makers of ValuesDesk. There is no way to recover or reset it. Keep it somewhere "
    "safe, for example written down at home.",
)
ENCRYPTED_STATE = QT_TRANSLATE_NOOP("PrivacyDialog", "Your diary is encrypted. It opens only with your passphrase.")
PLAIN_STATE = QT_TRANSLATE_NOOP(
    "PrivacyDialog",
    "Your diary is not encrypted: anyone who can open its file can read it. "
    "With a passphrase, the diary and its backups are encrypted on this computer.",
)
REMOVE_EXPLANATION = QT_TRANSLATE_NOOP(
    "PrivacyDialog",
    "Without a passphrase your diary and its backups are stored unencrypted: anyone who can open "
    "their files can read them.",
)
MAX_IDLE_MINUTES = 240


class PassphraseChange(enum.Enum):
    """What the passphrase dialog does: its title, its button, and which fields it asks for."""

    SET = (
        QT_TRANSLATE_NOOP("PrivacyDialog", "Set a Passphrase"),
        QT_TRANSLATE_NOOP("PrivacyDialog", "&Set Passphrase"),
    )
    CHANGE = (
        QT_TRANSLATE_NOOP("PrivacyDialog", "Change the Passphrase"),
        QT_TRANSLATE_NOOP("PrivacyDialog", "&Change Passphrase"),
    )
    REMOVE = (
        QT_TRANSLATE_NOOP("PrivacyDialog", "Remove the Passphrase"),
        QT_TRANSLATE_NOOP("PrivacyDialog", "&Remove Passphrase"),
    )

    def __init__(self, title: str, button: str) -> None:
        self._title = title
        self._button = button

    @property
    def title(self) -> str:
        return QCoreApplication.translate("PrivacyDialog", self._title)

    @property
    def button(self) -> str:
        return QCoreApplication.translate("PrivacyDialog", self._button)

    @property
    def asks_current(self) -> bool:
        return self is not PassphraseChange.SET

    @property
    def asks_new(self) -> bool:
        return self is not PassphraseChange.REMOVE


# Applies the change: the current passphrase (None for SET) and the new one (None for REMOVE);
# returns the backups it had to leave as they were (damaged ones).
ApplyChange = Callable[[Passphrase | None, Passphrase | None], tuple[Path, ...]]


def password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """Asks for what a :class:`PassphraseChange` needs and applies it; stays open after a wrong
    current passphrase or a new one that cannot be used, saying why."""

    def __init__(self, change: PassphraseChange, apply: ApplyChange, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change = change
        self._apply = apply
        self.left_as_they_were: tuple[Path, ...] = ()
        self.setWindowTitle(change.title)
        self.setAccessibleName(change.title)
        layout = QVBoxLayout(self)
        # Read before anything is typed: what a forgotten passphrase means, or what removing it means.
        heading = QLabel(
            self.tr("Keep your passphrase safe") if change.asks_new else self.tr("Your diary will not be encrypted")
        )
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        note = QLabel(
            QCoreApplication.translate("PrivacyDialog", FORGOTTEN_WARNING)
            if change.asks_new
            else QCoreApplication.translate("PrivacyDialog", REMOVE_EXPLANATION)
        )
        note.setObjectName("privacyWarning")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addSpacing(8)

        form = QFormLayout()
        self.current = password_field(self.tr("Current passphrase"))
        self.new = password_field(self.tr("New passphrase"))
        self.repeated = password_field(self.tr("Repeat the new passphrase"))
        if change.asks_current:
            form.addRow(self.tr("C&urrent passphrase:"), self.current)
        if change.asks_new:
            form.addRow(self.tr("&New passphrase:"), self.new)
            form.addRow(self.tr("Re&peat it:"), self.repeated)
        if change.asks_new:
            self.new.setPlaceholderText(
                self.tr("At least {count} characters").format(count=number(MIN_PASSPHRASE_CHARS))
            )
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("privacyProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(change.button)
        self.apply_button.setAccessibleName(change.button.replace("&", ""))
        self.apply_button.setDefault(True)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self.apply_button.clicked.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.current if change.asks_current else self.new).setFocus()
        self.setMinimumWidth(460)

    def _try(self) -> None:
        current = Passphrase(self.current.text()) if self.current.text() else None
        if self._change.asks_current and current is None:
            self._say(self.tr("Enter your current passphrase."), self.current)
            return
        new: Passphrase | None = None
        if self._change.asks_new:
            problem = passphrase_problem(self.new.text(), self.repeated.text())
            if problem is not None:
                self._say(problem, self.new)
                return
            new = Passphrase(self.new.text())
        try:
            with busy():
                self.left_as_they_were = self._apply(current, new)
        except WrongPassphrase as error:
            self.current.clear()
            self._say(error_texts.message(error), self.current)
            return
        except ValuesDeskError as error:
            log.warning("the passphrase could not be changed: %s", type(error).__name__)
            show_error(self, error)
            return
        for field in (self.current, self.new, self.repeated):
            field.clear()
        self.accept()

    def _say(self, text: str, focus: QLineEdit) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()
        focus.setFocus()


class PrivacyDialog(QDialog):
    """File ▸ Privacy. ``before_change`` runs before the diary is converted (wait for a backup
    under way); ``changed`` is emitted after the passphrase or the idle minutes changed."""

    changed = Signal()

    def __init__(
        self, services: Services, settings: Settings, before_change: Callable[[], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._before_change = before_change
        self.setWindowTitle(self.tr("Privacy"))
        self.setAccessibleName(self.tr("Privacy"))
        layout = QVBoxLayout(self)

        encryption = QGroupBox(self.tr("Passphrase"))
        box = QVBoxLayout(encryption)
        self.state = QLabel()
        self.state.setWordWrap(True)
        box.addWidget(self.state)
        row = QHBoxLayout()
        self.set_button = self._button(self.tr("&Set Passphrase…"), PassphraseChange.SET)
        self.change_button = self._button(self.tr("&Change Passphrase…"), PassphraseChange.CHANGE)
        self.remove_button = self._button(self.tr("&Remove Passphrase…"), PassphraseChange.REMOVE)
        for button in (self.set_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(encryption)

        locking = QGroupBox(self.tr("Locking"))
        form = QFormLayout(locking)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSpecialValueText(self.tr("Never"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lock after minutes without use"))
        self.idle_minutes.setValue(settings.get(IDLE_LOCK_MINUTES))
        self.idle_minutes.valueChanged.connect(self._idle_minutes_changed)
        form.addRow(self.tr("&Lock after no use for:"), self.idle_minutes)
        how = QLabel(
            self.tr(
                "An encrypted diary also locks when the screen locks or the computer sleeps, and with "
                "File ▸ Lock Now (Ctrl+L). Exports, printouts and what you copy are not encrypted."
            )
        )
        how.setWordWrap(True)
        form.addRow(how)
        layout.addWidget(locking)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_state()
        self.setMinimumWidth(520)

    def _button(self, text: str, change: PassphraseChange) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.ask(change))
        return button

    def _show_state(self) -> None:
        encrypted = self._services.encrypted
        self.state.setText(
            QCoreApplication.translate("PrivacyDialog", ENCRYPTED_STATE)
            if encrypted
            else QCoreApplication.translate("PrivacyDialog", PLAIN_STATE)
        )
        self.set_button.setVisible(not encrypted)
        self.change_button.setVisible(encrypted)
        self.remove_button.setVisible(encrypted)
        self.idle_minutes.setEnabled(encrypted)
        (self.change_button if encrypted else self.set_button).setFocus()

    def ask(self, change: PassphraseChange) -> None:
        """Open the passphrase dialog for ``change``; once it is applied, show the new state."""
        dialog = PassphraseDialog(change, self._apply, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._show_state()
        self.changed.emit()
        if dialog.left_as_they_were:
            QMessageBox.warning(
                self,
                change.title,
                self.tr("These backups are damaged and were left as they were:")
                + "\n\n"
                + "\n".join(path.name for path in dialog.left_as_they_were),
            )

    def _apply(self, current: Passphrase | None, new: Passphrase | None) -> tuple[Path, ...]:
        self._before_change()
        if current is None:
            assert new is not None, "setting a passphrase needs one"
            return self._services.set_passphrase(new)
        if new is None:
            return self._services.remove_passphrase(current)
        return self._services.change_passphrase(current, new)

    def _idle_minutes_changed(self, minutes: int) -> None:
        self._settings.set(IDLE_LOCK_MINUTES, minutes)
        self.changed.emit()
