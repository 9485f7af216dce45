"""Step 10, Reflect: the next session's date, beginning the try-on, and once it ends, reflecting."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from valuesdesk.domain import ExperimentStatus
from valuesdesk.ui.wizard.fields import (
    InlineProblem,
    caption,
    date_edit,
    planned_end,
    push_button,
    text_area,
    today,
    wrapping_label,
)
from valuesdesk.ui.wizard.page import StepPage

if TYPE_CHECKING:
    from valuesdesk.store.models import Experiment

BLANK = "_____"


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


class ReflectStep(StepPage):
    begin_requested = Signal()
    complete_requested = Signal()
    diary_requested = Signal()
    diary_pdf_requested = Signal()

    def guidance_text(self) -> str:
        # The sheet's blank is where the date picker goes.
        return self.step.guidance.removesuffix(BLANK).rstrip()

    def build(self) -> None:
        self.next_session = date_edit()
        self.next_session.setAccessibleName(self.guidance_text())
        self.next_session.dateChanged.connect(self.changed)
        self.guidance.setBuddy(self.next_session)
        date_row = QHBoxLayout()
        date_row.addWidget(self.next_session)
        date_row.addStretch(1)

        self.status = wrapping_label("", "experimentStatus")
        self.begin_button = push_button("Be&gin trying it on")
        self.begin_button.clicked.connect(self.begin_requested)
        self.early_button = push_button("&End the try-on early and reflect")
        self.early_button.clicked.connect(self._reflect_early)
        self.diary_button = push_button("Open the &diary")
        self.diary_button.setProperty("staysEnabled", True)
        self.diary_button.clicked.connect(self.diary_requested)
        # Step 10 asks to bring the diary to the session: one click makes the document.
        self.pdf_button = push_button("Save the diary as &PDF…")
        self.pdf_button.setProperty("staysEnabled", True)
        self.pdf_button.clicked.connect(self.diary_pdf_requested)

        self.reflection = text_area("What did you notice, living this value?", min_lines=6)
        self.reflection.textChanged.connect(self.changed)
        self.reflection_caption = caption("Your &reflection", self.reflection)
        self.reflection_problem = InlineProblem()
        self.complete_button = push_button("&Complete")
        self.complete_button.clicked.connect(self.complete_requested)

        buttons = QHBoxLayout()
        for pushed in (self.begin_button, self.diary_button, self.pdf_button, self.early_button, self.complete_button):
            buttons.addWidget(pushed)
        buttons.addStretch(1)
        panel = QFrame()
        panel.setObjectName("statusPanel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.status)
        panel_layout.addWidget(self.reflection_caption)
        panel_layout.addWidget(self.reflection)
        panel_layout.addWidget(self.reflection_problem)
        panel_layout.addLayout(buttons)

        self.form.addLayout(date_row)
        self.form.addSpacing(12)
        self.form.addWidget(panel)
        self._status = ExperimentStatus.DRAFT

    def fill(self, experiment: Experiment) -> None:
        self._status = experiment.status
        session = experiment.next_session_date or planned_end(experiment) + dt.timedelta(days=1)
        self.next_session.setDate(QDate(session.year, session.month, session.day))
        self.reflection.setPlainText(experiment.reflection)
        self._show_state(experiment)

    def _show_state(self, experiment: Experiment) -> None:
        status = experiment.status
        end = planned_end(experiment)
        ended = today() > end
        active = status is ExperimentStatus.ACTIVE
        reflecting = status is ExperimentStatus.COMPLETED or (active and (ended or self.context.reflect_early))
        value = experiment.value.name if experiment.value else "your value"
        if status is ExperimentStatus.DRAFT:
            start = end - dt.timedelta(days=experiment.duration_days - 1)
            text = (
                f"When you are ready, begin: you will try on “{value}” from {long_date(start)} "
                f"until {long_date(end)}. Your diary and daily check-ins start then."
            )
        elif status is ExperimentStatus.COMPLETED:
            finished = experiment.completed_at.date() if experiment.completed_at else end
            text = f"You completed trying on “{value}” on {long_date(finished)}."
        elif status is ExperimentStatus.ABANDONED:
            text = f"You set trying on “{value}” aside."
        elif ended:
            text = f"Your try-on of “{value}” ended on {long_date(end)}. Take a moment to reflect."
        elif reflecting:
            text = f"You are ending the try-on of “{value}” early. What did you notice?"
        elif experiment.start_date is not None and today() < experiment.start_date:
            text = (
                f"You will try on “{value}” from {long_date(experiment.start_date)} until {long_date(end)}. "
                "Once it has ended, come back here to reflect on what you noticed."
            )
        else:
            day = (today() - experiment.start_date).days + 1 if experiment.start_date else 1
            text = (
                f"You are trying on “{value}”: day {day} of {experiment.duration_days}, until "
                f"{long_date(end)}. Once it has ended, come back here to reflect on what you noticed."
            )
        self.status.setText(text)
        self.begin_button.setVisible(status is ExperimentStatus.DRAFT)
        self.early_button.setVisible(active and not reflecting)
        self.diary_button.setVisible(status is not ExperimentStatus.DRAFT)
        self.pdf_button.setVisible(status is not ExperimentStatus.DRAFT)
        for widget in (self.reflection_caption, self.reflection):
            widget.setVisible(reflecting)
        self.complete_button.setVisible(reflecting and active)

    @property
    def reflecting(self) -> bool:
        return self.reflection.isVisibleTo(self)

    def save(self) -> None:
        changes: dict[str, object] = {"next_session_date": self.next_session.date().toPython()}
        if self._status is ExperimentStatus.ACTIVE:
            changes["reflection"] = self.reflection.toPlainText()
        self.context.experiments.update(self.context.experiment_id, **changes)

    def check(self) -> bool:
        active = self._status is ExperimentStatus.ACTIVE
        missing = self.reflecting and active and not self.reflection.toPlainText().strip()
        self.complete_button.setEnabled(not missing and not self.context.read_only)
        return self.reflection_problem.show_problem("Write your reflection to complete." if missing else None)

    def first_input(self) -> QWidget:
        return self.reflection if self.reflecting else self.next_session

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.check()

    def _reflect_early(self) -> None:
        self.context.reflect_early = True
        # Only what is shown changes: reloading the fields would drop a date not yet saved.
        self._show_state(self.context.load())
        self.check()
        self.focus_first_input()
