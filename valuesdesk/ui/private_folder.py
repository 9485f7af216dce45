"""The one-time warning that other people who use this computer can open the data folder, with a
way to close it ("Make Private")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from valuesdesk.ui.settings import SHARED_FOLDER_WARNED, Settings
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

MAKE_PRIVATE = QT_TRANSLATE_NOOP("PrivateFolder", "Make Private")
LEAVE_AS_IT_IS = QT_TRANSLATE_NOOP("PrivateFolder", "Leave As It Is")


def offer_privacy(window: QWidget | None, data_dir: Path, settings: Settings) -> None:
    """When others can open ValuesDesk's folder or files in ``data_dir``, say so once and offer to make
    them this user's only. Remembered whatever the answer: the question is asked once, not at every start."""
    # The services (and the database layer below them) load only once the window shows.
    from valuesdesk.services.data_folder import make_private, shared_with_others

    if settings.get(SHARED_FOLDER_WARNED):
        return
    shared = shared_with_others(data_dir)
    if not shared:
        return
    settings.set(SHARED_FOLDER_WARNED, True)
    settings.sync()
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("PrivateFolder", "Others can read your data folder"),
        QCoreApplication.translate(
            "PrivateFolder", "Other people who use this computer can open your ValuesDesk data folder, or files in it."
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setInformativeText(
        f"{data_dir}\n\n"
        + QCoreApplication.translate(
            "PrivateFolder",
            "{make_private} lets only you open the folder, its backups and its logs. Nothing in them is changed"
            " but who may read them, and nothing else you keep in the folder. This is asked once.",
        ).format(make_private=QCoreApplication.translate("PrivateFolder", MAKE_PRIVATE))
    )
    box.setDetailedText(
        QCoreApplication.translate("PrivateFolder", "Open to others:") + "\n" + "\n".join(str(path) for path in shared)
    )
    make = box.addButton(QCoreApplication.translate("PrivateFolder", MAKE_PRIVATE), QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(
        QCoreApplication.translate("PrivateFolder", LEAVE_AS_IT_IS), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(make)
    box.setEscapeButton(leave)
    box.exec()
    if box.clickedButton() is not make:
        return
    refused = make_private(data_dir)
    if refused:
        problem = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("PrivateFolder", "Not everything could be made private"),
            QCoreApplication.translate(
                "PrivateFolder", "ValuesDesk could not change who may read these (they may belong to another user):"
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        problem.setInformativeText("\n".join(str(path) for path in refused))
        problem.exec()
