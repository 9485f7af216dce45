"""File ▸ Back Up Now… and File ▸ Restore From Backup…, and the daily backup at start.

Backups are made in the background (``BackupRunner``); a restore is made in the window's thread
with everything typed saved first, and every area loads again afterwards (``DataKind.ALL``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui import domain_texts, error_texts
from valuesdesk.ui.backup_worker import BackupRunner
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.dialogs import confirm, show_error
from valuesdesk.ui.exchange_actions import busy
from valuesdesk.ui.local_dates import short_day, time_edit_format
from valuesdesk.ui.menu_actions import MenuActions
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    # Only for types: the store loads the ORM, which the window must not load before it shows.
    from valuesdesk.services.backups import BackupInfo

log = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsDialog", "Date"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Kind"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Diary days"),
)
# A window left open overnight makes the next day's backup within this long (a look at file names).
DAILY_CHECK_INTERVAL_MS = 60 * 60 * 1000
KEPT_FIRST = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "Everything written since then is taken out of the diary, but not lost: your data as it "
    "is now is kept as a backup first, and you can restore that one again.",
)


def taken_at_text(backup: BackupInfo) -> str:
    """When the copy was taken, in the locale's words: "18 Nov 2026 10:30"."""
    moment = backup.taken_at
    clock = QLocale().toString(QTime(moment.hour, moment.minute), time_edit_format())
    return QCoreApplication.translate("BackupsDialog", "{day} {time}").format(day=short_day(moment.date()), time=clock)


def size_text(size: int) -> str:
    """The size as the locale writes it, in powers of 1000 as file managers show them: "2.6 MB"."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class BackupsDialog(QDialog):
    """The backups, newest first, with date, kind, size and diary days; a damaged one says so and
    cannot be chosen; another file (a copy made with ``valuesdesk backup -o``) can. Accepted, with
    :meth:`chosen_path`, once the person confirmed the restore."""

    def __init__(self, backups: Sequence[BackupInfo], folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._other_file: Path | None = None
        self.setWindowTitle(self.tr("Restore From Backup"))
        self.setAccessibleName(self.tr("Restore From Backup"))
        self._backups = tuple(backups)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr("Choose the backup to bring back. Your data as it is now is kept as a backup first.")
            if self._backups
            else self.tr("There are no backups yet.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAllColumnsShowFocus(True)
        self.items: list[QTreeWidgetItem] = []
        for backup in self._backups:
            item = QTreeWidgetItem(
                [
                    taken_at_text(backup),
                    self.tr("{kind} — damaged").format(kind=domain_texts.translate(backup.kind.label))
                    if backup.damaged
                    else domain_texts.translate(backup.kind.label),
                    size_text(backup.size),
                    "" if backup.diary_days is None else QLocale().toString(backup.diary_days),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = (
                self.tr("Damaged, cannot be restored: {problem}").format(problem=backup.problem)
                if backup.damaged
                else str(backup.path)
            )
            for column in range(len(COLUMNS)):
                item.setToolTip(column, tip)
            self.list.addTopLevelItem(item)
            self.items.append(item)
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(len(COLUMNS)):
            self.list.resizeColumnToContents(column)
            # Room for the cells' padding, so that no column needs a scroll bar to be read.
            header.resizeSection(column, header.sectionSize(column) + 24)
        self.list.setMinimumWidth(header.length() + 2 * self.list.frameWidth() + 24)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 10)
        layout.addWidget(self.list, 1)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        layout.addWidget(self.note)
        folder_label = QLabel(self.tr("Backups are kept in {folder}").format(folder=folder))
        folder_label.setWordWrap(True)
        folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = QPushButton(self.tr("Choose a &File…"))
        self.file_button.setAutoDefault(False)
        buttons.addButton(self.file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.clicked.connect(self._restore_file)
        for button in buttons.buttons():
            button.setAccessibleName(plain_label(button.text()))
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_chosen)
        # The Close button stays the default: Enter in the list never replaces the data by itself.
        self.restore_button.setAutoDefault(False)
        layout.addWidget(buttons)

        self.list.currentItemChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _item, _column: self._restore_chosen())
        if self.items:
            self.list.setCurrentItem(self.items[0])
        self._update()
        self.list.setFocus()
        self.resize(640, 380)

    def chosen(self) -> BackupInfo | None:
        current = self.list.currentItem()
        return self._backups[self.items.index(current)] if current in self.items else None

    def chosen_path(self) -> Path | None:
        """The file to restore: the other file chosen, or the backup selected unless it is damaged."""
        if self._other_file is not None:
            return self._other_file
        backup = self.chosen()
        return None if backup is None or backup.damaged else backup.path

    def chosen_description(self) -> str:
        """What was restored, as "Restored …" says it."""
        if self._other_file is not None:
            return self.tr("Restored “{name}”.").format(name=self._other_file.name)
        backup = self.chosen()
        return self.tr("Restored the backup from {taken_at}.").format(taken_at=taken_at_text(backup)) if backup else ""

    def _update(self) -> None:
        backup = self.chosen()
        self.restore_button.setEnabled(backup is not None and not backup.damaged)
        problem = backup.problem if backup is not None and backup.damaged else None
        self.note.setText(
            self.tr("This backup is damaged and cannot be restored ({problem}).").format(problem=problem)
            if problem
            else ""
        )
        # An empty note would stand on the accessibility bus without a name.
        self.note.setVisible(problem is not None)

    def _restore_chosen(self) -> None:
        backup = self.chosen()
        if backup is None or backup.damaged:
            return
        question = self.tr("Replace your data with the backup from {taken_at}?").format(taken_at=taken_at_text(backup))
        question += "\n\n" + QCoreApplication.translate("BackupsDialog", KEPT_FIRST)
        if confirm(self, self.tr("Restore From Backup"), question, self.tr("&Restore")):
            self.accept()

    def _restore_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore From a File"),
            str(self._folder),
            self.tr("ValuesDesk data (*.sqlite3);;All files (*)"),
        )
        if not name:
            return
        question = self.tr("Replace your data with “{name}”?").format(name=Path(name).name)
        question += "\n\n" + QCoreApplication.translate("BackupsDialog", KEPT_FIRST)
        if confirm(self, self.tr("Restore From Backup"), question, self.tr("&Restore")):
            self._other_file = Path(name)
            self.accept()


class BackupActions(MenuActions):
    """Owns File ▸ Back Up Now… and File ▸ Restore From Backup… and the daily backup for ``window``."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.runner = BackupRunner(self)
        self.back_up_action = self._action(self.tr("Back &Up Now…"), self.back_up_now)
        self.restore_action = self._action(self.tr("&Restore From Backup…"), self.restore_from_backup)
        self.runner.busy_changed.connect(lambda running: self.back_up_action.setEnabled(not running))
        self._daily_check = QTimer(self)
        self._daily_check.setInterval(DAILY_CHECK_INTERVAL_MS)
        self._daily_check.timeout.connect(self.back_up_if_due)

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text)

    # The daily backup

    def start_daily_backups(self) -> None:
        """At start, once the data is attached: today's backup now if due, and each hour a look
        whether a new day needs one."""
        self.back_up_if_due()
        self._daily_check.start()

    def back_up_if_due(self) -> bool:
        """Start today's daily backup in the background when today has none; a failure is said in
        the status bar, not in a dialog. Whether one was started."""
        if self._context is None or self._context.services.locked:  # the next look after unlocking backs it up
            return False
        backups = self._context.services.backups
        if not backups.daily_backup_due():
            return False
        return self.runner.run(backups.back_up_if_due, self._daily_done, self._daily_failed)

    def _daily_done(self, made: BackupInfo | None) -> None:
        if made is not None:
            log.info("made today's backup")

    def _daily_failed(self, error: ValuesDeskError) -> None:
        log.warning("today's backup failed: %s", type(error).__name__)
        self._status(
            self.tr("Today's backup could not be made: {message} Try File ▸ Back Up Now… later.").format(
                message=error_texts.message(error)
            )
        )

    # Back Up Now…

    def back_up_now(self) -> None:
        context = self._saved()
        if context is None:
            return
        if self.runner.run(context.services.backups.back_up_now, self._now_done, self._now_failed):
            self._status(self.tr("Backing up your data…"))
        else:
            self._status(self.tr("A backup is being made right now; try again in a moment."))

    def _now_done(self, made: BackupInfo | None) -> None:
        assert made is not None, "a manual backup is always made or fails"
        # The status bar shows while the screen is shared: no path there, only in the message.
        self._status(self.tr("Backed up your data ({size}).").format(size=size_text(made.size)))
        QMessageBox.information(
            self._window,
            self.tr("Back Up Now"),
            self.tr("Backed up your data ({size}) to {path}.").format(size=size_text(made.size), path=made.path),
        )

    def _now_failed(self, error: ValuesDeskError) -> None:
        log.warning("a backup failed: %s", type(error).__name__)
        self._status(self.tr("Your data could not be backed up."))
        show_error(self._window, error)

    # Restore From Backup…

    def restore_from_backup(self) -> None:
        context = self._saved()
        if context is None:
            return
        service = context.services.backups
        with busy():
            self.runner.wait()  # a backup under way may be pruning the list
            listed = service.list_backups()
        dialog = BackupsDialog(listed, service.folder, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted or (chosen := dialog.chosen_path()) is None:
            return
        # Nothing can be typed while the dialog is open; saved again in case an editor kept something.
        if not context.coordinator.flush(self._window):
            return
        try:
            with busy():
                kept = context.services.restore(chosen)
        except ValuesDeskError as error:
            log.warning("a restore was refused: %s", type(error).__name__)
            show_error(self._window, error)
            context.events.changed(DataKind.ALL)  # what shows may have read the file while it was closed
            return
        context.events.changed(DataKind.ALL)
        log.info("restored a backup from the window")
        text = dialog.chosen_description()
        self._status(text)
        if kept is not None:
            text += "\n\n" + self.tr("Your data as it was before is kept in {path}").format(path=kept.path)
        QMessageBox.information(self._window, self.tr("Restore From Backup"), text)
