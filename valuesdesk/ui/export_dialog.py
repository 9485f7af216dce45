"""The Export dialog: what to write (a format of the registry), and which diary (one experiment or all,
and a range of days), for a calendar whether its events name the value and the plan; and where to save
a file of a format. For an encrypted diary it says that the file written is not encrypted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import dates
from valuesdesk.exports import ExportFormat, Selection, format_by_key, formats
from valuesdesk.exports.calendar_file import NEUTRAL_CHECK_IN_TITLE, NEUTRAL_SESSION_TITLE
from valuesdesk.ui import domain_texts
from valuesdesk.ui.local_dates import date_edit_format, experiment_label, pydate, qdate
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentSummary


NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Your diary is encrypted, but the file you export is not: anyone who can open the file can read it. "
    "Keep it somewhere private, and delete it when you no longer need it.",
)
NEUTRAL_TITLES = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Unticked, the events are called only “{check_in}” and “{session}”: "
    "calendars are often kept online or shared with others.",
)


@dataclass(frozen=True)
class ExportChoice:
    format: ExportFormat[Any]
    selection: Selection


class ExportDialog(QDialog):
    """Asks what to export. With ``fixed`` given (printing, or saving a PDF) only the diary is chosen.

    ``calendar_details`` is where the calendar's choice to name the value and the plan starts;
    ``encrypted`` says the diary is, so that the dialog says the file will not be.
    """

    def __init__(
        self,
        experiments: Sequence[ExperimentSummary],
        parent: QWidget | None = None,
        *,
        fixed: ExportFormat[Any] | None = None,
        title: str = QT_TRANSLATE_NOOP("ExportDialog", "Export"),
        action: str = QT_TRANSLATE_NOOP("ExportDialog", "&Export…"),
        calendar_details: bool = False,
        encrypted: bool = False,
    ) -> None:
        super().__init__(parent)
        title, action = self.tr(title), self.tr(action)  # the defaults' translations; others come translated
        self.setWindowTitle(title)
        self.setObjectName("exportDialog")
        self.setMinimumWidth(460)
        self._experiments = list(experiments)
        self._fixed = fixed
        today = dates.today()

        form = QFormLayout()
        self.format_box = QComboBox()
        for export_format in formats():
            self.format_box.addItem(domain_texts.translate(export_format.label), export_format.key)
        self._add_row(form, self.tr("&Format"), self.format_box)
        self.format_box.setVisible(fixed is None)
        form.labelForField(self.format_box).setVisible(fixed is None)

        self.experiment_box = QComboBox()
        self.experiment_box.addItem(self.tr("All experiments"), None)
        for summary in self._experiments:
            self.experiment_box.addItem(experiment_label(summary.ref), summary.id)
        self._add_row(form, self.tr("E&xperiment"), self.experiment_box)

        self.range_check = QCheckBox(self.tr("Only days &between"))
        self.range_check.setAccessibleName(self.tr("Only days between"))
        form.addRow("", self.range_check)
        self.first_edit = self._date_edit(today - dt.timedelta(days=6))
        self.last_edit = self._date_edit(today)
        self._add_row(form, self.tr("F&rom"), self.first_edit)
        self._add_row(form, self.tr("&To"), self.last_edit)

        self.details_check = QCheckBox(self.tr("Name my &value and plan in the events"))
        self.details_check.setAccessibleName(self.tr("Name my value and plan in the events"))
        self.details_check.setChecked(calendar_details)
        # The events' titles are the calendar file's, which is written in English.
        self.details_note = QLabel(
            self.tr(NEUTRAL_TITLES).format(check_in=NEUTRAL_CHECK_IN_TITLE, session=NEUTRAL_SESSION_TITLE)
        )
        self.details_note.setObjectName("hint")
        self.details_note.setWordWrap(True)
        form.addRow("", self.details_check)
        form.addRow("", self.details_note)

        self.not_encrypted = QLabel(QCoreApplication.translate("ExportDialog", NOT_ENCRYPTED))
        self.not_encrypted.setObjectName("exportNotEncrypted")
        self.not_encrypted.setWordWrap(True)
        self.not_encrypted.setVisible(encrypted)

        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(plain_label(action))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.not_encrypted)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.format_box.currentIndexChanged.connect(self._update)
        self.experiment_box.currentIndexChanged.connect(self._experiment_changed)
        self.range_check.toggled.connect(self._update)
        self.first_edit.dateChanged.connect(self._update)
        self.last_edit.dateChanged.connect(self._update)
        self._update()

    @staticmethod
    def _add_row(form: QFormLayout, label: str, field: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        field.setAccessibleName(plain_label(label))
        form.addRow(caption, field)

    @staticmethod
    def _date_edit(day: dt.date) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_edit_format())
        return edit

    @property
    def format(self) -> ExportFormat[Any]:
        return self._fixed or format_by_key(self.format_box.currentData())

    def _experiment_changed(self) -> None:
        """Offer the chosen experiment's own try-on days as the range."""
        experiment_id = self.experiment_box.currentData()
        summary = next((summary for summary in self._experiments if summary.id == experiment_id), None)
        start, end = (summary.lifecycle.start_date, summary.lifecycle.end_date) if summary else (None, None)
        if start and end:
            for edit, day in ((self.first_edit, start), (self.last_edit, end)):
                edit.setDate(qdate(day))
        self._update()

    def _update(self) -> None:
        self.experiment_box.setEnabled(self.format.takes_experiment)
        self.range_check.setEnabled(self.format.takes_date_range)
        for edit in (self.first_edit, self.last_edit):
            edit.setEnabled(self.format.takes_date_range and self.range_check.isChecked())
        for control in (self.details_check, self.details_note):
            control.setVisible(self.format.takes_calendar_details)
        backwards = self.first_edit.isEnabled() and self.first_edit.date() > self.last_edit.date()
        self.problem.setText(self.tr("The first day comes after the last day.") if backwards else "")
        self.problem.setVisible(backwards)
        self.ok_button.setEnabled(not backwards)
        if self.isVisible() and (layout := self.layout()) is not None:
            # Rows shown or hidden, their notes wrapped: as tall as they now need.
            layout.activate()
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def choice(self) -> ExportChoice:
        ranged = self.format.takes_date_range and self.range_check.isChecked()
        selection = Selection(
            experiment_id=self.experiment_box.currentData() if self.format.takes_experiment else None,
            first=pydate(self.first_edit.date()) if ranged else None,
            last=pydate(self.last_edit.date()) if ranged else None,
            calendar_details=self.format.takes_calendar_details and self.details_check.isChecked(),
        )
        return ExportChoice(self.format, selection)


def documents_folder() -> Path:
    """Where a file is saved until the person chooses a folder: their documents, or their home.

    Only a folder that exists: Qt names ~/Documents even where there is none (a fresh Linux account,
    a minimal desktop), and a save dialog given a missing folder opens in the process's working folder.
    """
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_save_path(parent: QWidget, caption: str, suggested: Path, export_format: ExportFormat[Any]) -> Path | None:
    """Where to save a file of ``export_format``, starting from ``suggested``; None when the person cancels.

    A name typed without the format's suffix gets it, so that the file opens in the right program.
    """
    name, _filter = QFileDialog.getSaveFileName(
        parent, caption, str(suggested), domain_texts.translate(export_format.file_filter)
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != export_format.suffix:
        path = path.with_name(path.name + export_format.suffix)
    return path
