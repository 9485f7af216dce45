"""Steps 2 and 5, Notice Reactions and Notice Judgments: write down what came up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from valuesdesk.content import Step
from valuesdesk.ui.wizard.fields import caption, text_area
from valuesdesk.ui.wizard.page import StepPage, WizardContext

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentView


class NoticeStep(StepPage):
    """One free text that may stay empty: noticing is the exercise, not writing."""

    grows = True

    def __init__(self, step: Step, context: WizardContext, field: str, label: str, placeholder: str) -> None:
        self._field, self._label, self._placeholder = field, label, placeholder
        super().__init__(step, context)

    def build(self) -> None:
        self.text = text_area(self._placeholder, min_lines=8)
        self.text.textChanged.connect(self.changed)
        self.form.addWidget(caption(self._label, self.text))
        self.form.addWidget(self.text, 1)

    def fill(self, experiment: ExperimentView) -> None:
        self.text.setPlainText(getattr(experiment, self._field))

    def save(self) -> None:
        self.context.experiments.update(self.context.experiment_id, **{self._field: self.text.toPlainText()})

    def first_input(self) -> QWidget:
        return self.text


def reactions_step(step: Step, context: WizardContext) -> NoticeStep:
    return NoticeStep(
        step,
        context,
        "reactions",
        QCoreApplication.translate("NoticeSteps", "What came &up about this value"),
        QCoreApplication.translate("NoticeSteps", "Thoughts as they come; this may stay empty."),
    )


def judgments_step(step: Step, context: WizardContext) -> NoticeStep:
    return NoticeStep(
        step,
        context,
        "judgments",
        QCoreApplication.translate("NoticeSteps", "What came &up about this behaviour"),
        QCoreApplication.translate("NoticeSteps", "Thoughts as they come; this may stay empty."),
    )
