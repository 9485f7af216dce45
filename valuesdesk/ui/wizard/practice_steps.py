"""Steps 7 to 9: Just Behave, Keep a Daily Diary of Your Reactions, Commit."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QCommandLinkButton, QHBoxLayout, QTimeEdit, QWidget

from valuesdesk.ui.local_dates import time_edit_format
from valuesdesk.ui.wizard.fields import InlineProblem, wrapping_label
from valuesdesk.ui.wizard.page import StepPage

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentView

DEFAULT_CHECKIN_TIME = dt.time(20, 0)


class BehaveStep(StepPage):
    def build(self) -> None:
        self.confirmed = QCheckBox(self.tr("I will &just behave and not tell others"))
        self.confirmed.setAccessibleName(self.tr("I will just behave and not tell others"))
        self.confirmed.toggled.connect(self.changed)
        self.problem = InlineProblem(self.confirmed)
        self.form.addWidget(self.confirmed)
        self.form.addWidget(self.problem)

    def fill(self, experiment: ExperimentView) -> None:
        self.confirmed.setChecked(experiment.behave_confirmed)

    def save(self) -> None:
        self.context.experiments.update(self.context.experiment_id, behave_confirmed=self.confirmed.isChecked())

    def check(self) -> bool:
        return self.problem.show_problem(None if self.confirmed.isChecked() else self.tr("Tick this to go on."))

    def first_input(self) -> QWidget:
        return self.confirmed


class DiaryStep(StepPage):
    diary_requested = Signal()

    def build(self) -> None:
        self.form.addWidget(
            wrapping_label(
                self.tr(
                    "Each day of the try-on, write in this experiment's diary: others' reactions; what you "
                    "thought, felt and sensed before, during and after; how often you did it; the "
                    "evaluations your mind made; and whether you thanked your mind for them."
                ),
                "hint",
            )
        )
        self.open_diary = QCommandLinkButton(self.tr("&Open this experiment's diary"))
        self.open_diary.setAccessibleName(self.tr("Open this experiment's diary"))
        self.open_diary.setProperty("staysEnabled", True)
        self.open_diary.clicked.connect(self.diary_requested)
        self.form.addWidget(self.open_diary)

    def fill(self, experiment: ExperimentView) -> None:
        """Nothing to fill: the diary is kept in the Diary area."""

    def first_input(self) -> QWidget:
        return self.open_diary


class CommitStep(StepPage):
    def build(self) -> None:
        self.form.addWidget(
            wrapping_label(
                self.tr(
                    "Every day of the try-on, the Diary asks one question: did I enact my value today? "
                    "Answer Yes, Partly or No, and note anything that showed up as you did. "
                    "If a set time helps you remember, choose it here."
                ),
                "hint",
            )
        )
        self.has_time = QCheckBox(self.tr("&Check in each day at"))
        self.has_time.setAccessibleName(self.tr("Check in each day at"))
        self.has_time.toggled.connect(self._time_toggled)
        self.time = QTimeEdit()
        self.time.setDisplayFormat(time_edit_format())
        self.time.setAccessibleName(self.tr("Daily check-in time"))
        self.time.timeChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.has_time)
        row.addWidget(self.time)
        row.addStretch(1)
        self.form.addLayout(row)

    def fill(self, experiment: ExperimentView) -> None:
        chosen = experiment.checkin_time
        self.has_time.setChecked(chosen is not None)
        shown = chosen or DEFAULT_CHECKIN_TIME
        self.time.setTime(QTime(shown.hour, shown.minute))
        self.time.setEnabled(chosen is not None and not self.context.read_only)

    def save(self) -> None:
        shown = self.time.time()
        chosen = dt.time(shown.hour(), shown.minute()) if self.has_time.isChecked() else None
        self.context.experiments.update(self.context.experiment_id, checkin_time=chosen)

    def first_input(self) -> QWidget:
        return self.has_time

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.time.setEnabled(self.has_time.isChecked() and not read_only)

    def _time_toggled(self, checked: bool) -> None:
        self.time.setEnabled(checked)
        self.changed()
