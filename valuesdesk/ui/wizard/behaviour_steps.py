"""Steps 3 and 4: list behaviours related to the value, then choose those to commit to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from valuesdesk.domain import dates
from valuesdesk.ui.local_dates import pydate, qdate
from valuesdesk.ui.wizard.fields import InlineProblem, caption, date_edit
from valuesdesk.ui.wizard.item_list import ItemListEditor, ListActions, PendingEntry, Row
from valuesdesk.ui.wizard.page import StepPage

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentView

ID_ROLE = Qt.ItemDataRole.UserRole


class ListStep(StepPage):
    grows = True

    def build(self) -> None:
        experiments = self.context.experiments
        self.editor = ItemListEditor(
            self.tr("Behaviours related &to the value"),
            self.tr("Wr&ite a behaviour"),
            ListActions(
                rows=self._rows,
                add=lambda text: experiments.add_behavior(self.context.experiment_id, text),
                rename=experiments.edit_behavior,
                remove=experiments.remove_behavior,
                move=experiments.move_behavior,
            ),
        )
        self.editor.rows_changed.connect(self.changed)
        # Adding with the Add button is not leaving: only leaving the list editor says what is missing.
        self.problem = InlineProblem(self.editor.new_item, region=self.editor)
        self.form.addWidget(self.editor, 1)
        self.form.addWidget(self.problem)

    def _rows(self) -> list[Row]:
        return [Row(behavior.id, behavior.text) for behavior in self.context.load().behaviors]

    def fill(self, experiment: ExperimentView) -> None:
        self.editor.reload()

    def pending_entries(self) -> tuple[PendingEntry, ...]:
        return (self.editor.pending_entry,)

    def check(self) -> bool:
        return self.problem.show_problem(
            None if self.editor.count() else self.tr("List at least one behaviour to go on.")
        )

    def first_input(self) -> QWidget:
        return self.editor.new_item

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.editor.set_read_only(read_only)


class ChooseStep(StepPage):
    grows = True

    def build(self) -> None:
        self.behaviours = QListWidget()
        self.behaviours.itemChanged.connect(self.changed)
        self.problem = InlineProblem(self.behaviours)
        self.until = date_edit()
        self.until.dateChanged.connect(self.changed)
        until_row = QHBoxLayout()
        until_row.addWidget(caption(self.tr("Committed &until"), self.until))
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        self.form.addWidget(caption(self.tr("&Choose one or a set to commit to"), self.behaviours))
        self.form.addWidget(self.behaviours, 1)
        self.form.addWidget(self.problem)
        self.form.addLayout(until_row)

    def fill(self, experiment: ExperimentView) -> None:
        self.behaviours.clear()
        for behavior in experiment.behaviors:
            item = QListWidgetItem(behavior.text)
            item.setData(ID_ROLE, behavior.id)
            item.setCheckState(Qt.CheckState.Checked if behavior.chosen else Qt.CheckState.Unchecked)
            self.behaviours.addItem(item)
        self.behaviours.setCurrentRow(0)
        until = experiment.commit_until or experiment.lifecycle.planned_end(dates.today())
        self.until.setDate(qdate(until))

    def chosen_ids(self) -> list[int]:
        items = (self.behaviours.item(row) for row in range(self.behaviours.count()))
        return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        experiment_id = self.context.experiment_id
        self.context.experiments.choose_behaviors(experiment_id, self.chosen_ids())
        self.context.experiments.update(experiment_id, commit_until=pydate(self.until.date()))

    def check(self) -> bool:
        return self.problem.show_problem(
            None if self.chosen_ids() else self.tr("Choose at least one behaviour to go on.")
        )

    def first_input(self) -> QWidget:
        return self.behaviours

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for row in range(self.behaviours.count()):
            item = self.behaviours.item(row)
            checkable = Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(item.flags() & ~checkable if read_only else item.flags() | checkable)
