"""The Export dialog: what to write (a format), and which diary (one experiment or all, and a range of days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.dates import span_text
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentSummary


@dataclass(frozen=True)
class ExportKind:
    key: str
    label: str
    file_filter: str
    takes_selection: bool = True

    @property
    def suffix(self) -> str:
        return f".{self.key}"


EXPORT_KINDS = (
    ExportKind("pdf", "Diary as a PDF, to print or bring to session", "PDF document (*.pdf)"),
    ExportKind("md", "Diary as Markdown text", "Markdown text (*.md)"),
    ExportKind("csv", "Diary as a spreadsheet (CSV)", "CSV spreadsheet (*.csv)"),
    ExportKind("ics", "Plan and daily check-ins as calendar events", "iCalendar file (*.ics)"),
    ExportKind("json", "Everything, to keep a copy or move to another computer", "ValuesDesk export (*.json)", False),
)
KINDS_BY_KEY = {kind.key: kind for kind in EXPORT_KINDS}


@dataclass(frozen=True)
class ExportChoice:
    kind: ExportKind
    experiment_id: int | None
    first: dt.date | None
    last: dt.date | None


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def experiment_label(summary: ExperimentSummary) -> str:
    name = summary.value_name or "A value not yet named"
    span = span_text(summary.start_date, summary.end_date)
    return f"{name} · {span}" if span else f"{name} · not started"


class ExportDialog(QDialog):
    """Asks what to export. With ``kind`` given (printing, or saving a PDF) only the diary is chosen."""

    def __init__(
        self,
        experiments: Sequence[ExperimentSummary],
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        title: str = "Export",
        action: str = "&Export…",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("exportDialog")
        self.setMinimumWidth(460)
        self._experiments = list(experiments)
        self._fixed_kind = KINDS_BY_KEY[kind] if kind else None
        today = today or dt.date.today()

        form = QFormLayout()
        self.format_box = QComboBox()
        for export_kind in EXPORT_KINDS:
            self.format_box.addItem(export_kind.label, export_kind.key)
        self._add_row(form, "&Format", self.format_box)
        self.format_box.setVisible(self._fixed_kind is None)
        form.labelForField(self.format_box).setVisible(self._fixed_kind is None)

        self.experiment_box = QComboBox()
        self.experiment_box.addItem("All experiments", None)
        for summary in self._experiments:
            self.experiment_box.addItem(experiment_label(summary), summary.id)
        self._add_row(form, "E&xperiment", self.experiment_box)

        self.range_check = QCheckBox("Only days &between")
        self.range_check.setAccessibleName("Only days between")
        form.addRow("", self.range_check)
        self.first_edit = self._date_edit(today - dt.timedelta(days=6))
        self.last_edit = self._date_edit(today)
        self._add_row(form, "F&rom", self.first_edit)
        self._add_row(form, "&To", self.last_edit)

        self.problem = QLabel()
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setAccessibleName(plain_label(action))
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMMM yyyy")
        return edit

    @property
    def kind(self) -> ExportKind:
        return self._fixed_kind or KINDS_BY_KEY[self.format_box.currentData()]

    def select_kind(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def select_experiment(self, experiment_id: int | None) -> None:
        self.experiment_box.setCurrentIndex(max(self.experiment_box.findData(experiment_id), 0))

    def _experiment_changed(self) -> None:
        """Offer the chosen experiment's own try-on days as the range."""
        experiment_id = self.experiment_box.currentData()
        summary = next((summary for summary in self._experiments if summary.id == experiment_id), None)
        if summary is not None and summary.start_date and summary.end_date:
            for edit, day in ((self.first_edit, summary.start_date), (self.last_edit, summary.end_date)):
                edit.setDate(QDate(day.year, day.month, day.day))
        self._update()

    def _update(self) -> None:
        selecting = self.kind.takes_selection
        self.experiment_box.setEnabled(selecting)
        self.range_check.setEnabled(selecting)
        for edit in (self.first_edit, self.last_edit):
            edit.setEnabled(selecting and self.range_check.isChecked())
        backwards = self.first_edit.isEnabled() and self.first_edit.date() > self.last_edit.date()
        self.problem.setText("The first day comes after the last day." if backwards else "")
        self.problem.setVisible(backwards)
        self.ok_button.setEnabled(not backwards)

    def choice(self) -> ExportChoice:
        selecting = self.kind.takes_selection
        ranged = selecting and self.range_check.isChecked()
        return ExportChoice(
            kind=self.kind,
            experiment_id=self.experiment_box.currentData() if selecting else None,
            first=_date(self.first_edit.date()) if ranged else None,
            last=_date(self.last_edit.date()) if ranged else None,
        )
