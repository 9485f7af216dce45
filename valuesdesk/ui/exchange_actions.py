"""File menu actions that take the person's writing out of ValuesDesk and bring it back in:
Export…, Import…, Save Diary as PDF… and Print Diary…."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from valuesdesk.errors import InvalidInput, NotFound, ValuesDeskError
from valuesdesk.files import write_atomically
from valuesdesk.paths import is_own_file
from valuesdesk.ui.dialogs import confirm, show_error
from valuesdesk.ui.export_dialog import KINDS_BY_KEY, ExportChoice, ExportDialog, ExportKind

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.reports import DiaryReport
    from valuesdesk.ui.ui_state import UiState

FOLDER_KEY = "export/folder"
# Kinds the services turn into bytes; a PDF is drawn by Qt and everything (JSON) is written by the services.
RENDERED_AS_BYTES = {"md", "csv", "ics"}
# Characters that some file systems refuse in a file name.
UNSAFE_IN_FILE_NAMES = re.compile(r'[\x00-\x1f\\/:*?"<>|]+')


def file_name_part(text: str) -> str:
    return UNSAFE_IN_FILE_NAMES.sub("-", text).strip(" .-")[:60]


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ExchangeActions(QObject):
    """Owns the actions and runs them for ``window``; ``imported`` fires after data came in.

    ``save_pending`` saves what is typed but not yet saved, so that exports hold it and an
    import cannot be overwritten by an editor's older text; it returns False if that failed.
    """

    imported = Signal()

    def __init__(self, window: QMainWindow, ui_state: UiState, save_pending: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._ui_state = ui_state
        self._save_pending = save_pending
        self._services: Services | None = None

        self.export_action = self._action("&Export…", self.export)
        self.import_action = self._action("&Import…", self.import_data)
        self.save_pdf_action = self._action("Save Diary as P&DF…", self.save_diary_pdf)
        self.print_action = self._action("&Print Diary…", self.print_diary)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)

    def _action(self, text: str, slot) -> QAction:
        action = QAction(text, self._window)
        action.setEnabled(False)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.save_pdf_action, self.print_action]

    def attach(self, services: Services) -> None:
        self._services = services
        for action in self.actions():
            action.setEnabled(True)

    # What the actions do

    def export(self) -> None:
        choice = self._ask("Export", kind=None, action="&Export…")
        if choice is not None:
            self._export(choice)

    def save_diary_pdf(self) -> None:
        choice = self._ask("Save Diary as PDF", kind="pdf", action="&Save as PDF…")
        if choice is not None:
            self._export(choice)

    def export_diary_pdf(self, experiment_id: int) -> None:
        """Straight to the save dialog for one experiment's whole diary ("Bring to session")."""
        self._export(ExportChoice(KINDS_BY_KEY["pdf"], experiment_id, None, None))

    def print_diary(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from valuesdesk.ui.diary_document import render_diary

        if self._services is None or not self._save_pending():
            return
        choice = self._ask("Print Diary", kind="pdf", action="&Print…")
        if choice is None:
            return
        report = self._report(choice)
        if report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("Daily Reactions Diary")
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle("Print Diary")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with busy():
                pages = render_diary(report, printer)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        self._tell(f"Sent {pages} page{'s' if pages != 1 else ''} of your diary to the printer.")

    def import_data(self) -> None:
        if self._services is None or not self._save_pending():
            return
        name, _filter = QFileDialog.getOpenFileName(
            self._window, "Import", str(self._folder()), f"{KINDS_BY_KEY['json'].file_filter};;All files (*)"
        )
        if not name:
            return
        path = Path(name)
        question = (
            f"Add everything in “{path.name}” to your data?\n\nNothing is deleted and nothing is "
            "doubled. Where the file holds a newer version of something you have here, such as a "
            "diary day, the newer version is kept."
        )
        if not confirm(self._window, "Import", question, "&Import"):
            return
        self._remember_folder(path)
        try:
            with busy():
                summary = self._services.exchange.import_file(path)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        if summary.changed_anything:
            self.imported.emit()
        QMessageBox.information(self._window, "Import finished", summary.describe())

    # Helpers

    def _ask(self, title: str, *, kind: str | None, action: str) -> ExportChoice | None:
        if self._services is None:
            return None
        dialog = ExportDialog(
            self._services.experiments.list_summaries(), self._window, kind=kind, title=title, action=action
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def _report(self, choice: ExportChoice) -> DiaryReport | None:
        try:
            report = self._services.reports.diary(choice.experiment_id, choice.first, choice.last)
            if report.is_empty:
                raise NotFound(
                    "There is no diary to export for those days.",
                    detail="Choose other days or another experiment, or write in your diary first.",
                )
        except ValuesDeskError as error:
            show_error(self._window, error)
            return None
        return report

    def _export(self, choice: ExportChoice) -> None:
        if self._services is None or not self._save_pending():
            return
        report = None
        if choice.kind.takes_selection:
            report = self._report(choice)
            if report is None:
                return
        try:
            # Made before asking where to save, so that "nothing to export" comes first.
            data = None
            if choice.kind.key in RENDERED_AS_BYTES:
                data = self._services.reports.render(report, choice.kind.key)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        path = self._ask_file(choice.kind, self._suggested_name(choice.kind, report))
        if path is None:
            return
        try:
            with busy():
                if data is not None:
                    write_atomically(path, data)
                elif report is None:
                    self._services.exchange.write_export(path)
                else:
                    from valuesdesk.ui.diary_document import save_diary_pdf

                    save_diary_pdf(report, path)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        self._tell(f"Saved {path.name} in {path.parent}")

    @staticmethod
    def _suggested_name(kind: ExportKind, report: DiaryReport | None) -> str:
        if report is None:
            return f"ValuesDesk export {dt.date.today().isoformat()}{kind.suffix}"
        title = "Daily Reactions Diary" if kind.key != "ics" else "Values plan"
        values = {section.value_name for section in report.experiments if section.value_name}
        parts = [title]
        if len(values) == 1:
            parts.append(file_name_part(values.pop()))
        if report.first_day:
            parts.append(report.first_day.isoformat())
        return " - ".join(part for part in parts if part) + kind.suffix

    def _ask_file(self, kind: ExportKind, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self._window, "Export", str(self._folder() / suggested), kind.file_filter
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != kind.suffix:
            path = path.with_name(path.name + kind.suffix)
        if self._services is not None and is_own_file(self._services.data_dir, path):
            show_error(
                self._window,
                InvalidInput(f"“{path.name}” is where ValuesDesk keeps your data.", detail="Choose another file name."),
            )
            return None
        self._remember_folder(path)
        return path

    def _folder(self) -> Path:
        remembered = self._ui_state.value(FOLDER_KEY)
        if remembered and Path(str(remembered)).is_dir():
            return Path(str(remembered))
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self._ui_state.set(FOLDER_KEY, str(path.parent))

    def _tell(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10_000)
