"""File menu actions that take the person's writing out of ValuesDesk and bring it back in:
Export…, Import…, Save Diary as PDF… and Print Diary…, all through ``valuesdesk.exports``.

The actions are made with the window; the export formats and the Export dialog are imported when one is
first triggered, so that the window's first frame does not wait for them (docs/performance.md)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui import domain_texts
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.dialogs import confirm, show_error
from valuesdesk.ui.menu_actions import MenuActions
from valuesdesk.ui.settings import CALENDAR_DETAILS, EXPORT_FOLDER

if TYPE_CHECKING:
    from valuesdesk.exports import ExportFormat, Selection
    from valuesdesk.ui.export_dialog import ExportChoice
    from valuesdesk.ui.settings import Settings


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ExchangeActions(MenuActions):
    """Owns the File menu's actions and runs them for ``window`` once :meth:`attach` gave it the data.

    Before an export or an import, what is typed but not yet saved is saved (the context's save
    coordinator), so that exports hold it and an import cannot be overwritten by an editor's older
    text; after an import, every area loads again (``DataKind.ALL``).
    """

    def __init__(self, window: QMainWindow, settings: Settings) -> None:
        super().__init__(window)
        self._settings = settings

        self.export_action = self._action(self.tr("&Export…"), self.export)
        self.import_action = self._action(self.tr("&Import…"), self.import_data)
        self.save_pdf_action = self._action(self.tr("Save Diary as P&DF…"), self.save_diary_pdf)
        self.print_action = self._action(self.tr("&Print Diary…"), self.print_diary)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)

    # What the actions do

    def export(self) -> None:
        choice = self._ask(self.tr("Export"), fixed=None, action=self.tr("&Export…"))
        if choice is not None:
            self._export(choice.format, choice.selection)

    def save_diary_pdf(self) -> None:
        from valuesdesk.exports import DIARY_PDF

        choice = self._ask(self.tr("Save Diary as PDF"), fixed=DIARY_PDF, action=self.tr("&Save as PDF…"))
        if choice is not None:
            self._export(choice.format, choice.selection)

    def export_diary_pdf(self, experiment_id: int) -> None:
        """Straight to the save dialog for one experiment's whole diary ("Bring to session")."""
        from valuesdesk.exports import DIARY_PDF, Selection

        self._export(DIARY_PDF, Selection(experiment_id=experiment_id))

    def print_diary(self) -> None:
        # Print support and the drawing of the diary load only when someone prints.
        from PySide6.QtPrintSupport import QPrintDialog

        from valuesdesk import exports
        from valuesdesk.exports import DIARY_PDF, paper
        from valuesdesk.exports.diary_document import MARGINS_MM, render_diary
        from valuesdesk.exports.diary_text import DOCUMENT_TITLE

        context = self._saved()
        if context is None:
            return
        # Printing chooses the diary as its PDF does.
        choice = self._ask(self.tr("Print Diary"), fixed=DIARY_PDF, action=self.tr("&Print…"), to_file=False)
        if choice is None:
            return
        try:
            report = exports.diary_report(context.services, choice.selection)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        printer = paper.printer(DOCUMENT_TITLE, MARGINS_MM)
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print Diary"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            with busy():
                pages = render_diary(report, printer)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        from valuesdesk.exports.diary_pdf import undrawable_notice

        sent = self.tr("Sent %Ln pages of your diary to the printer.", "", pages)
        self._tell(" ".join(part for part in (sent, undrawable_notice(report)) if part))

    def import_data(self) -> None:
        from valuesdesk import exports

        context = self._saved()
        if context is None:
            return
        filters = [domain_texts.translate(export_format.file_filter) for export_format in exports.readable_formats()]
        name, _filter = QFileDialog.getOpenFileName(
            self._window, self.tr("Import"), str(self._folder()), ";;".join([*filters, self.tr("All files (*)")])
        )
        if not name:
            return
        path = Path(name)
        question = self.tr(
            "Add everything in “{name}” to your data?\n\nNothing is deleted and nothing is "
            "doubled. Where the file holds a newer version of something you have here, such as a "
            "diary day, the newer version is kept."
        ).format(name=path.name)
        if not confirm(self._window, self.tr("Import"), question, self.tr("&Import")):
            return
        self._remember_folder(path)
        try:
            with busy():
                summary = exports.import_file(context.services, path)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        if summary.changed_anything:
            context.events.changed(DataKind.ALL)
        QMessageBox.information(self._window, self.tr("Import finished"), summary.describe())

    # Helpers

    def _ask(
        self, title: str, *, fixed: ExportFormat[Any] | None, action: str, to_file: bool = True
    ) -> ExportChoice | None:
        """The person's choice in the Export dialog; for a file (not a print) of an encrypted diary
        it says that the file is not encrypted."""
        from valuesdesk.ui.export_dialog import ExportDialog

        if self._context is None:
            return None
        services = self._context.services
        dialog = ExportDialog(
            services.experiments.list_summaries(),
            self._window,
            fixed=fixed,
            title=title,
            action=action,
            calendar_details=self._settings.get(CALENDAR_DETAILS),
            encrypted=to_file and services.encrypted,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
        if choice.format.takes_calendar_details:
            # The calendar's choice is the person's until they change it.
            self._settings.set(CALENDAR_DETAILS, choice.selection.calendar_details)
        return choice

    def _export(self, export_format: ExportFormat[Any], selection: Selection) -> None:
        from valuesdesk import exports
        from valuesdesk.ui.export_dialog import ask_save_path

        context = self._saved()
        if context is None:
            return
        try:
            # Drawn before asking where to save, so that "nothing to export" comes first.
            with busy():
                prepared = exports.prepare(context.services, export_format, selection)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        path = ask_save_path(self._window, self.tr("Export"), self._folder() / prepared.suggested_name, export_format)
        if path is None:
            return
        try:
            with busy():
                prepared.write(path)
        except ValuesDeskError as error:
            show_error(self._window, error)
            return
        self._remember_folder(path)
        # Also said here for "Bring to session", which saves without the Export dialog.
        saved = (
            self.tr("Saved {name}. Unlike your diary, this file is not encrypted.")
            if context.services.encrypted
            else self.tr("Saved {name}.")
        ).format(name=path.name)
        self._tell(" ".join(part for part in (saved, prepared.notice) if part))

    def _folder(self) -> Path:
        from valuesdesk.ui.export_dialog import documents_folder

        remembered = self._settings.get(EXPORT_FOLDER)
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return documents_folder()

    def _remember_folder(self, path: Path) -> None:
        self._settings.set(EXPORT_FOLDER, str(path.parent))

    def _tell(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 10_000)
