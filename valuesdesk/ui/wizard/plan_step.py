"""Step 6, Make a Plan: how and when, and a checklist of things to arrange first."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget

from valuesdesk.domain import dates
from valuesdesk.ui.local_dates import date_time_edit_format, pydate, qdate, short_day
from valuesdesk.ui.wizard.fields import InlineProblem, caption, column, date_edit, text_area
from valuesdesk.ui.wizard.item_list import ItemListEditor, ListActions, PendingEntry, Row
from valuesdesk.ui.wizard.page import StepPage, attempt

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentView


def next_full_hour() -> dt.datetime:
    """Today, as soon as can be: the next full hour (or the last minute of today)."""
    now = dates.local_now()
    later = now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    return later if later.date() == now.date() else dt.datetime.combine(now.date(), dt.time(23, 59))


def plan_time(moment: QDateTime) -> dt.datetime:
    """The local date and time chosen, to the minute, as the plan keeps it."""
    time = moment.time()
    return dt.datetime.combine(pydate(moment.date()), dt.time(time.hour(), time.minute()))


class PlanStep(StepPage):
    def build(self) -> None:
        experiments = self.context.experiments
        self.plan = text_area(self.tr("What you will do, where, with whom"), min_lines=4, max_lines=7)
        self.plan.textChanged.connect(self.changed)
        self.plan_problem = InlineProblem(self.plan)

        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_edit_format())
        self.when.dateTimeChanged.connect(self.changed)
        when_row = QHBoxLayout()
        when_row.addWidget(caption(self.tr("When — the &sooner the better"), self.when))
        when_row.addWidget(self.when)
        when_row.addStretch(1)

        self.checklist = ItemListEditor(
            self.tr("&Things to arrange first"),
            self.tr("Something to arran&ge"),
            ListActions(
                rows=self._rows,
                add=lambda text: experiments.add_plan_item(self.context.experiment_id, text),
                rename=experiments.edit_plan_item,
                remove=experiments.remove_plan_item,
                move=experiments.move_plan_item,
                tick=experiments.tick_plan_item,
            ),
            detail_header=self.tr("Due"),
        )
        self.checklist.current_changed.connect(self._show_due_date)
        self.has_due = QCheckBox(self.tr("Due b&y"))
        self.has_due.setAccessibleName(self.tr("Due by"))
        self.has_due.toggled.connect(self._due_changed)
        self.due = date_edit()
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.dateChanged.connect(self._due_changed)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)

        self.form.addWidget(caption(self.tr("How I will &enact it"), self.plan))
        self.form.addWidget(column(self.plan, self.plan_problem))
        self.form.addLayout(when_row)
        self.form.addWidget(self.checklist)
        self.form.addLayout(due_row)

    def _rows(self) -> list[Row]:
        return [
            Row(item.id, item.text, item.done, short_day(item.due_date) if item.due_date else "")
            for item in self.context.load().plan_items
        ]

    def fill(self, experiment: ExperimentView) -> None:
        self.plan.setPlainText(experiment.plan)
        when = experiment.lifecycle.plan_at or next_full_hour()
        self.when.setDateTime(QDateTime(qdate(when.date()), QTime(when.hour, when.minute)))
        self.checklist.reload()
        self._show_due_date(self.checklist.current_id())

    def pending_entries(self) -> tuple[PendingEntry, ...]:
        return (self.checklist.pending_entry,)

    def save(self) -> None:
        self.context.experiments.update(
            self.context.experiment_id,
            plan=self.plan.toPlainText(),
            plan_at=plan_time(self.when.dateTime()),
        )

    def check(self) -> bool:
        missing = not self.plan.toPlainText().strip()
        return self.plan_problem.show_problem(
            self.tr("Write how you will enact the value to go on.") if missing else None
        )

    def first_input(self) -> QWidget:
        return self.plan

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.checklist.set_read_only(read_only)
        self._show_due_date(self.checklist.current_id())

    def _show_due_date(self, item_id: int | None) -> None:
        """The due date belongs to the selected item of the checklist."""
        item = next((item for item in self.context.load().plan_items if item.id == item_id), None)
        self.has_due.blockSignals(True)
        self.due.blockSignals(True)
        self.has_due.setChecked(item is not None and item.due_date is not None)
        due = item.due_date if item is not None and item.due_date else dates.today()
        self.due.setDate(qdate(due))
        self.has_due.blockSignals(False)
        self.due.blockSignals(False)
        editable = item is not None and not self.context.read_only
        self.has_due.setEnabled(editable)
        self.due.setEnabled(editable and self.has_due.isChecked())

    def _due_changed(self) -> None:
        item_id = self.checklist.current_id()
        if item_id is None:
            return
        due = pydate(self.due.date()) if self.has_due.isChecked() else None
        self.due.setEnabled(self.has_due.isChecked())
        if attempt(self, lambda: self.context.experiments.set_plan_item_due(item_id, due)):
            self.checklist.reload()
