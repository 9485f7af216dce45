"""Step 10, Reflect: the next session's date, beginning the try-on, and once it ends, reflecting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from valuesdesk.domain import ExperimentStatus, Phase, dates
from valuesdesk.ui.domain_texts import shown_title
from valuesdesk.ui.local_dates import long_day, number, pydate, qdate
from valuesdesk.ui.values.offer import CheckOffer
from valuesdesk.ui.widgets.flow import FlowLayout
from valuesdesk.ui.wizard.fields import (
    DisabledClick,
    InlineProblem,
    caption,
    date_edit,
    push_button,
    text_area,
    wrapping_label,
)
from valuesdesk.ui.wizard.page import StepPage, attempt

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentView

BLANK = "_____"


@dataclass(frozen=True)
class ReflectState:
    """What step 10 says and offers in one phase of the experiment."""

    text: str
    can_begin: bool = False
    can_end_early: bool = False
    shows_diary: bool = True  # the diary and its PDF, once the try-on has begun
    reflecting: bool = False  # the reflection is shown, to write or to read
    can_complete: bool = False


def reflect_state(experiment: ExperimentView, today: dt.date, reflect_early: bool) -> ReflectState:
    """Step 10 in the experiment's phase today; ``reflect_early``: the person asked to end it now."""
    lifecycle = experiment.lifecycle
    value = shown_title(experiment.title)
    start, end = long_day(lifecycle.planned_start(today)), long_day(lifecycle.planned_end(today))
    phase = lifecycle.phase(today)
    if reflect_early and phase in (Phase.UPCOMING, Phase.RUNNING):
        text = QCoreApplication.translate(
            "ReflectStep", "You are ending the try-on of “{value}” early. What did you notice?"
        )
        return ReflectState(text.format(value=value), reflecting=True, can_complete=True)
    match phase:
        case Phase.DRAFT:
            text = QCoreApplication.translate(
                "ReflectStep",
                "When you are ready, begin: you will try on “{value}” from {start} until {end}."
                " Your diary and daily check-ins start then.",
            )
            return ReflectState(text.format(value=value, start=start, end=end), can_begin=True, shows_diary=False)
        case Phase.UPCOMING:
            text = QCoreApplication.translate(
                "ReflectStep",
                "You will try on “{value}” from {start} until {end}."
                " Once it has ended, come back here to reflect on what you noticed.",
            )
            return ReflectState(text.format(value=value, start=start, end=end), can_end_early=True)
        case Phase.RUNNING:
            text = QCoreApplication.translate(
                "ReflectStep",
                "You are trying on “{value}”: day {day} of {days}, until {end}."
                " Once it has ended, come back here to reflect on what you noticed.",
            )
            day, days = number(lifecycle.day_number(today) or 1), number(lifecycle.duration_days)
            return ReflectState(text.format(value=value, day=day, days=days, end=end), can_end_early=True)
        case Phase.ENDED:
            text = QCoreApplication.translate(
                "ReflectStep", "Your try-on of “{value}” ended on {end}. Take a moment to reflect."
            )
            return ReflectState(text.format(value=value, end=end), reflecting=True, can_complete=True)
        case Phase.COMPLETED:
            text = QCoreApplication.translate("ReflectStep", "You completed trying on “{value}” on {day}.")
            return ReflectState(text.format(value=value, day=long_day(lifecycle.completed_on(today))), reflecting=True)
        case Phase.ABANDONED:
            return ReflectState(
                QCoreApplication.translate("ReflectStep", "You set trying on “{value}” aside.").format(value=value)
            )


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
        # As the try-on begins, and when its days are over: a values check offered, linked to it.
        self.check_offer = CheckOffer()
        self.begin_button = push_button(self.tr("Be&gin trying it on"))
        self.begin_button.clicked.connect(self.begin_requested)
        self.early_button = push_button(self.tr("&End the try-on early and reflect"))
        self.early_button.clicked.connect(self._reflect_early)
        self.diary_button = push_button(self.tr("Open the &diary"))
        self.diary_button.setProperty("staysEnabled", True)
        self.diary_button.clicked.connect(self.diary_requested)
        # Step 10 asks to bring the diary to the session: one click makes the document.
        self.pdf_button = push_button(self.tr("Save the diary as &PDF…"))
        self.pdf_button.setProperty("staysEnabled", True)
        self.pdf_button.clicked.connect(self.diary_pdf_requested)

        self.reflection = text_area(self.tr("What did you notice, living this value?"), min_lines=6)
        self.reflection.textChanged.connect(self.changed)
        self.reflection_caption = caption(self.tr("Your &reflection"), self.reflection)
        self.reflection_problem = InlineProblem(self.reflection)
        self.complete_button = push_button(self.tr("&Complete"))
        self.complete_button.clicked.connect(self.complete_requested)
        DisabledClick(self.complete_button, self.reveal_problems)

        buttons = FlowLayout()  # on a second line where they do not fit in one (a longer language's words)
        for pushed in (self.begin_button, self.diary_button, self.pdf_button, self.early_button, self.complete_button):
            buttons.addWidget(pushed)
        panel = QFrame()
        panel.setObjectName("statusPanel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.status)
        panel_layout.addWidget(self.check_offer)
        panel_layout.addWidget(self.reflection_caption)
        panel_layout.addWidget(self.reflection)
        panel_layout.addWidget(self.reflection_problem)
        panel_layout.addLayout(buttons)

        self.form.addLayout(date_row)
        self.form.addSpacing(12)
        self.form.addWidget(panel)
        self._status = ExperimentStatus.DRAFT
        self._state = ReflectState("")

    def fill(self, experiment: ExperimentView) -> None:
        self._status = experiment.status
        # Unless chosen, the first day after the try-on.
        after = dates.add_days(experiment.lifecycle.planned_end(dates.today()), 1)
        shown = experiment.next_session_date or after
        self.next_session.setDate(qdate(shown))
        keepable = not experiment.status.read_only and dates.check_day_in_range(shown) is None
        if experiment.next_session_date is None and keepable:
            # The date shown is the date kept, chosen or not: the diary's PDF prints it for the session.
            experiment_id = self.context.experiment_id
            attempt(self, lambda: self.context.experiments.update(experiment_id, next_session_date=shown))
        self.reflection.setPlainText(experiment.reflection)
        self._show_state(experiment)

    def _show_state(self, experiment: ExperimentView) -> None:
        self._state = state = reflect_state(experiment, dates.today(), self.context.reflect_early)
        self.status.setText(state.text)
        self.begin_button.setVisible(state.can_begin)
        self.early_button.setVisible(state.can_end_early)
        self.diary_button.setVisible(state.shows_diary)
        self.pdf_button.setVisible(state.shows_diary)
        for widget in (self.reflection_caption, self.reflection, self.reflection_problem):
            widget.setVisible(state.reflecting)
        self.complete_button.setVisible(state.can_complete)
        self.check_offer.offer(self.context.services.values_checks.suggestions(), experiment.id)

    @property
    def reflecting(self) -> bool:
        return self._state.reflecting

    def save(self) -> None:
        changes: dict[str, object] = {"next_session_date": pydate(self.next_session.date())}
        if self._status is ExperimentStatus.ACTIVE:
            changes["reflection"] = self.reflection.toPlainText()
        self.context.experiments.update(self.context.experiment_id, **changes)

    def check(self) -> bool:
        missing = self._state.can_complete and not self.reflection.toPlainText().strip()
        self.complete_button.setEnabled(not missing and not self.context.read_only)
        return self.reflection_problem.show_problem(self.tr("Write your reflection to complete.") if missing else None)

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
