"""Message dialogs: errors, confirmations and About."""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from valuesdesk import APP_NAME, __version__
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui import error_texts


def privacy_statement() -> str:
    return QCoreApplication.translate(
        "Dialogs",
        "Everything you write in ValuesDesk stays on this computer. ValuesDesk has no account and "
        "sends nothing over the network.",
    )


def private_files() -> str:
    """Where files have modes for owner and others (not on Windows, where the folder's permissions rule)."""
    if sys.platform == "win32":
        return ""
    return QCoreApplication.translate("Dialogs", "It creates its files so that only your user account can read them.")


def encryption_state(encrypted: bool | None) -> str:
    """Whether the diary is encrypted; empty when that is not known (before the data is open)."""
    if encrypted is None:
        return ""
    if encrypted:
        return QCoreApplication.translate("Dialogs", "Your diary is encrypted with your passphrase.")
    return QCoreApplication.translate(
        "Dialogs", "Your diary is not encrypted; you can set a passphrase in File ▸ Privacy."
    )


def show_error(parent: QWidget | None, error: ValuesDeskError) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        error_texts.title(error),
        error_texts.message(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    if error.detail:
        box.setInformativeText(error.detail)
    box.exec()


def confirm(parent: QWidget | None, title: str, question: str, action: str) -> bool:
    """Ask before something that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def show_about(parent: QWidget | None, database_file: Path, encrypted: bool | None) -> None:
    QMessageBox.about(
        parent,
        QCoreApplication.translate("Dialogs", "About %1").replace("%1", APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3><p>"
        + QCoreApplication.translate(
            "Dialogs",
            "A private companion for values work in Acceptance and Commitment Therapy: “Ten Steps to Trying on a"
            " Value”, a Daily Reactions Diary, and the “Parallel Values Processes” questions for therapists.",
        )
        + "</p><p><b>"
        + QCoreApplication.translate("Dialogs", "Your privacy.")
        + "</b> "
        + " ".join(part for part in (privacy_statement(), private_files(), encryption_state(encrypted)) if part)
        + "</p><p><b>"
        + QCoreApplication.translate("Dialogs", "Your data file:")
        + f"</b><br>{html.escape(str(database_file))}</p>",
    )
