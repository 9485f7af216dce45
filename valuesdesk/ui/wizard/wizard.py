"""The wizard: the ten step pages, Back and Next, saving as the person types, resuming."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from valuesdesk.content import Step, ten_steps
from valuesdesk.domain import STEP_COUNT, ExperimentStatus
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.context import AppContext
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.domain_texts import shown_title, status_label
from valuesdesk.ui.local_dates import number
from valuesdesk.ui.save_coordinator import first_failure, flush_each
from valuesdesk.ui.widgets.autosave import Autosaver, SaveIndicator
from valuesdesk.ui.wizard.behaviour_steps import ChooseStep, ListStep
from valuesdesk.ui.wizard.fields import DisabledClick, push_button, readable_width, wrapping_label
from valuesdesk.ui.wizard.notice_steps import judgments_step, reactions_step
from valuesdesk.ui.wizard.page import StepPage, WizardContext, attempt
from valuesdesk.ui.wizard.plan_step import PlanStep
from valuesdesk.ui.wizard.practice_steps import BehaveStep, CommitStep, DiaryStep
from valuesdesk.ui.wizard.reflect_step import ReflectStep
from valuesdesk.ui.wizard.value_step import ValueStep

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentView

PAGES: tuple[Callable[[Step, WizardContext], StepPage], ...] = (
    ValueStep,
    reactions_step,
    ListStep,
    ChooseStep,
    judgments_step,
    PlanStep,
    BehaveStep,
    DiaryStep,
    CommitStep,
    ReflectStep,
)


class TryOnWizard(QWidget):
    """Walks one experiment through the ten steps; everything typed is saved within a second.

    It is the area's pending work (``flush``, ``error``): the open page's typing not yet saved.
    """

    closed = Signal()
    diary_requested = Signal(int)
    diary_pdf_requested = Signal(int)

    def __init__(self, app: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tryOnWizard")
        self.context = WizardContext(app)
        self.error: ValuesDeskError | None = None
        self._pages: dict[int, StepPage] = {}
        self._step = 1
        self.stack = QStackedWidget()

        self.autosaver = Autosaver(self._save_page, self)
        self.save_indicator = SaveIndicator(self.autosaver)

        self.heading = wrapping_label("", "pageHeading")
        self.progress = QLabel()
        self.progress.setObjectName("stepProgress")
        self.list_button = push_button(self.tr("All e&xperiments"))
        self.list_button.clicked.connect(self.close_wizard)
        self.back_button = push_button(self.tr("&Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = push_button(self.tr("&Next"))
        self.next_button.clicked.connect(self.go_next)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.go_next).setWhatsThis(self.tr("Next step"))
        # Next is disabled while something is missing; clicking it or pressing Alt+N anyway is
        # trying to go on, which shows what is missing (and types no "n" into the field).
        DisabledClick(self.next_button, self.go_next)
        self.next_tried = QShortcut(QKeySequence("Alt+N"), self, self.go_next)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.save_indicator)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list_button)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        # One column of readable width, centred: at 1920 guidance does not run into 1,000-pixel lines.
        self.column = QWidget()
        self.column.setMaximumWidth(readable_width(self))
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        centred = QHBoxLayout(self)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(self.column, 100)
        centred.addStretch(1)
        self.setTabOrder(self.list_button, self.back_button)
        self.setTabOrder(self.back_button, self.next_button)

    # Opening and moving

    @property
    def experiment_id(self) -> int:
        return self.context.experiment_id

    def page(self, step: int) -> StepPage:
        """The page of one step, built the first time it is needed: most visits need one or two."""
        if step not in self._pages:
            page = PAGES[step - 1](ten_steps().step(step), self.context)
            page.edited.connect(self._edited)
            if isinstance(page, ValueStep):
                page.renamed.connect(self.context.announce_change)
            if isinstance(page, (DiaryStep, ReflectStep)):
                page.diary_requested.connect(lambda: self.diary_requested.emit(self.context.experiment_id))
            if isinstance(page, ReflectStep):
                page.begin_requested.connect(self.begin)
                page.complete_requested.connect(self.complete)
                page.diary_pdf_requested.connect(lambda: self.diary_pdf_requested.emit(self.context.experiment_id))
            self._pages[step] = page
            self.stack.addWidget(page)
            self._order_tabs(page)
        return self._pages[step]

    def _order_tabs(self, page: StepPage) -> None:
        """A page built late joins the end of the focus chain: put the buttons below it after it."""
        last_field = None
        widget = page.nextInFocusChain()
        while widget is not None and page.isAncestorOf(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last_field = widget
            widget = widget.nextInFocusChain()
        if last_field is not None:
            QWidget.setTabOrder(last_field, self.list_button)
            QWidget.setTabOrder(self.list_button, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)

    @property
    def pages(self) -> list[StepPage]:
        return [self.page(step) for step in range(1, STEP_COUNT + 1)]

    @property
    def value_step(self) -> ValueStep:
        return cast(ValueStep, self.page(1))

    @property
    def list_step(self) -> ListStep:
        return cast(ListStep, self.page(3))

    @property
    def choose_step(self) -> ChooseStep:
        return cast(ChooseStep, self.page(4))

    @property
    def plan_step(self) -> PlanStep:
        return cast(PlanStep, self.page(6))

    @property
    def behave_step(self) -> BehaveStep:
        return cast(BehaveStep, self.page(7))

    @property
    def diary_step(self) -> DiaryStep:
        return cast(DiaryStep, self.page(8))

    @property
    def commit_step(self) -> CommitStep:
        return cast(CommitStep, self.page(9))

    @property
    def reflect_step(self) -> ReflectStep:
        return cast(ReflectStep, self.page(10))

    @property
    def current_page(self) -> StepPage:
        return self.page(self._step)

    @property
    def step(self) -> int:
        return self._step

    def open(self, experiment_id: int, step: int | None = None, *, reflect: bool = False) -> bool:
        """Show an experiment at ``step`` (default: where the person left it, or the reflection if done)."""
        try:
            experiment = self.context.experiments.get(experiment_id)
        except ValuesDeskError as error:
            show_error(self, error)
            return False
        if self.context.experiment_id and not self.save_now():
            return False
        if experiment_id != self.context.experiment_id:
            self.save_indicator.clear_state()
        self.context.experiment_id = experiment_id
        self.context.read_only = experiment.status.read_only
        if step is None:
            step = STEP_COUNT if experiment.status is not ExperimentStatus.DRAFT else experiment.current_step
        self.context.reflect_early = reflect
        self._show(step, experiment)
        return True

    def go_next(self) -> None:
        """On to the next step, or, while something is missing, say what and where."""
        if self.step >= STEP_COUNT:
            return
        if self.next_button.isEnabled():
            self.go_to(self.step + 1)
        else:
            self.current_page.reveal_problems()

    def go_back(self) -> None:
        if self.step > 1:
            self.go_to(self.step - 1)

    def go_to(self, step: int) -> None:
        if not self.save_now():
            return
        if not self.context.read_only:
            attempt(self, lambda: self.context.experiments.update(self.experiment_id, current_step=step))
        self._show(step)

    def reload(self) -> None:
        """Show the open page again from the data, which an import may have made newer."""
        if self.experiment_id:
            self._show(self.step)

    def forget(self, experiment_id: int) -> None:
        """The experiment was deleted: drop what was waiting to be saved into it."""
        if self.context.experiment_id != experiment_id:
            return
        self.autosaver.cancel()
        for entry in self.current_page.pending_entries():
            entry.discard()
        self.context.experiment_id = 0

    def close_wizard(self) -> None:
        if self.save_now():
            self.closed.emit()

    def flush(self) -> bool:
        """Save the open page as it is, a half-written list entry included; False (see ``error``) on failure."""
        if not self.context.experiment_id or self.context.read_only:
            return True
        # The entry first: adding it changes the page, which the autosaver then saves.
        failed = first_failure((*self.current_page.pending_entries(), self.autosaver))
        self.error = None if failed is None else failed.error
        return failed is None

    def save_now(self) -> bool:
        """Save the open page as it is; on failure say why and return False."""
        return flush_each((self,), self)

    def _show(self, step: int, experiment: ExperimentView | None = None) -> None:
        experiment = experiment or self.context.load()
        page = self.page(step)
        page.load(experiment)
        page.set_read_only(self.context.read_only)
        self._step = step
        self.stack.setCurrentWidget(page)
        self.heading.setText(self.tr("Trying on “{title}”").format(title=shown_title(experiment.title)))
        progress = self.tr("Step {step} of {steps}").format(step=number(step), steps=number(STEP_COUNT))
        if experiment.status is not ExperimentStatus.DRAFT:
            progress = self.tr("{progress} · {status}").format(
                progress=progress, status=status_label(experiment.status)
            )
        if self.context.read_only:
            progress = self.tr("{progress} · read only").format(progress=progress)
        self.progress.setText(progress)
        self._update_buttons()
        page.announce_opening(self.progress.text())
        page.focus_first_input()

    # Saving

    def _edited(self) -> None:
        if not self.context.read_only:
            self.autosaver.schedule()
        self._update_buttons()

    def _save_page(self) -> None:
        self.current_page.save()

    def _update_buttons(self) -> None:
        self.back_button.setEnabled(self.step > 1)
        self.next_button.setVisible(self.step < STEP_COUNT)
        self.next_button.setEnabled(self.context.read_only or self.current_page.check())
        # Alt+N belongs to the button while it can be pressed, else to trying (see __init__).
        self.next_tried.setEnabled(not (self.next_button.isEnabled() and self.next_button.isVisible()))

    # Status changes from step 10

    def begin(self) -> None:
        if self.save_now() and attempt(self, lambda: self.context.experiments.begin(self.experiment_id)):
            self.context.announce_change()
            self._show(STEP_COUNT)

    def complete(self) -> None:
        if self.save_now() and attempt(self, lambda: self.context.experiments.complete(self.experiment_id)):
            self.context.read_only = True
            self.context.announce_change()
            self._show(STEP_COUNT)
