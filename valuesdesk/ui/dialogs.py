"""Message dialogs: errors, confirmations and About."""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from valuesdesk import APP_NAME, __version__
from valuesdesk.errors import ValuesDeskError

PRIVACY_STATEMENT = (
    "Everything you write in ValuesDesk stays on this computer. ValuesDesk has no account and "
    "sends nothing over the network."
)
# Where files have modes for owner and others (not on Windows, where the folder's permissions rule).
PRIVATE_FILES = "" if sys.platform == "win32" else " It creates its files so that only your user account can read them."
ENCRYPTION_STATES = {
    True: " Your diary is encrypted with your passphrase.",
    False: " Your diary is not encrypted; you can set a passphrase in File ▸ Privacy.",
    None: "",  # not known before the data is open
}


def show_error(parent: QWidget | None, error: ValuesDeskError) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, error.title, error.message, QMessageBox.StandardButton.Ok, parent)
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
        f"About {APP_NAME}",
        f"<h3>{APP_NAME} {__version__}</h3>"
        "<p>A private companion for values work in Acceptance and Commitment Therapy: "
        "“Ten Steps to Trying on a Value”, a Daily Reactions Diary, and the "
        "“Parallel Values Processes” questions for therapists.</p>"
        f"<p><b>Your privacy.</b> {PRIVACY_STATEMENT}{PRIVATE_FILES}{ENCRYPTION_STATES[encrypted]}</p>"
        f"<p><b>Your data file:</b><br>{html.escape(str(database_file))}</p>",
    )
