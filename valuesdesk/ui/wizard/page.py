"""What every step page shares: the step's title and guidance, scrolling, loading and saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.content import Step
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.context import AppContext, DataKind
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.look import Space
from valuesdesk.ui.widgets.announce import announce, describe_first
from valuesdesk.ui.wizard.fields import EMPHASIS, DisabledMnemonicGuard, InlineProblem, guidance_html, wrapping_label

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.experiments import ExperimentService, ExperimentView
    from valuesdesk.ui.wizard.item_list import PendingEntry


class WizardContext:
    """The open experiment and the application's context, shared by the wizard and its pages."""

    def __init__(self, app: AppContext) -> None:
        self.app = app
        self.experiment_id = 0
        self.read_only = False
        # Step 10 shows the reflection before the try-on has ended when the person asks for it.
        self.reflect_early = False

    @property
    def services(self) -> Services:
        return self.app.services

    @property
    def experiments(self) -> ExperimentService:
        return self.app.services.experiments

    def load(self) -> ExperimentView:
        return self.experiments.get(self.experiment_id)

    def announce_change(self) -> None:
        """The list and the diary show experiments by their value and days: tell them one changed."""
        self.app.events.changed(DataKind.EXPERIMENTS)


def attempt(parent: QWidget, action: Callable[[], object]) -> bool:
    """Run a change the person asked for; if it fails, say why. True when it worked."""
    try:
        action()
    except ValuesDeskError as error:
        show_error(parent, error)
        return False
    return True


class StepPage(QScrollArea):
    """One step: its title and guidance verbatim from the sheet, then the inputs it asks for.

    Subclasses add inputs to ``self.form``, fill them in ``fill``, write them in ``save`` and
    call ``changed`` whenever the person edits one.
    """

    edited = Signal()
    # Pages whose main input (a list or a long text) should take the height the window has.
    grows = False

    def __init__(self, step: Step, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.context = context
        self._loading = False
        self.setObjectName(f"step{step.number}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QWidget()
        body.setObjectName("stepBody")
        layout = QVBoxLayout(body)
        # Flush with the wizard's column, so the fields end where Back and Next end; a gap from the scroll bar
        # only while there is one (_keep_off_the_scroll_bar).
        layout.setContentsMargins(0, 0, 0, 0)
        self.verticalScrollBar().rangeChanged.connect(self._keep_off_the_scroll_bar)
        self.title = wrapping_label(step.title, "stepTitle")
        self.guidance = wrapping_label(guidance_html(self.guidance_text()), "stepGuidance", rich=True)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        self.form = QVBoxLayout()
        self.form.setSpacing(6)
        if self.grows:
            layout.addLayout(self.form, 1)
        else:
            layout.addLayout(self.form)
            layout.addStretch(1)
        self.setWidget(body)
        self.build()
        self._mnemonic_guard = DisabledMnemonicGuard(self)
        # Spin boxes and combo boxes hand keys to their line edit directly: guarded themselves.
        for kind in (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox):
            for field in self.findChildren(kind):
                field.installEventFilter(self._mnemonic_guard)

    def _keep_off_the_scroll_bar(self, _minimum: int, maximum: int) -> None:
        if (body := self.widget()) is not None and (layout := body.layout()) is not None:
            layout.setContentsMargins(0, 0, Space.MEDIUM if maximum > 0 else 0, 0)

    def build(self) -> None:
        """Add this step's inputs to ``self.form``."""

    def guidance_text(self) -> str:
        return self.step.guidance

    # What the wizard calls

    def load(self, experiment: ExperimentView) -> None:
        for problem in self.problems():
            problem.conceal()
        self._loading = True
        try:
            self.fill(experiment)
        finally:
            self._loading = False
        self.check()

    def fill(self, experiment: ExperimentView) -> None:
        raise NotImplementedError

    def save(self) -> None:
        """Write this page's inputs; raises ValuesDeskError when they cannot be saved."""

    def pending_entries(self) -> tuple[PendingEntry, ...]:
        """Lines being typed into a list: saved as typed, finished (a fresh line started) before the page is left."""
        return ()

    def check(self) -> bool:
        """Show what is missing beside its field; True when the person may go on."""
        return True

    def problems(self) -> list[InlineProblem]:
        return self.findChildren(InlineProblem)

    def reveal_problems(self) -> None:
        """The person tried to go on: say what is missing, and put the keyboard where it is missing."""
        for problem in self.problems():
            problem.reveal()
        missing = [problem.field for problem in self.problems() if problem.shown and problem.field is not None]
        if missing:
            missing[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self.ensureWidgetVisible(missing[0])

    def first_input(self) -> QWidget | None:
        return None

    def announce_opening(self, progress: str) -> None:
        """A screen reader says the step's number and title as it opens; the sheet's guidance is the first
        field's description, read as focus comes to it."""
        field = self.first_input()
        guidance = EMPHASIS.sub(r"\1", self.guidance_text())
        if field is not None and not field.property("guidanceDescribed") and field.accessibleName() != guidance:
            describe_first(field, guidance)
            field.setProperty("guidanceDescribed", True)
        announce(self, self.tr("{progress}: {title}").format(progress=progress, title=self.step.title))

    def focus_first_input(self) -> None:
        """Put the keyboard in the first input, ready to go on writing at the end of its text."""
        field = self.first_input()
        if field is None:
            return
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QPlainTextEdit):
            field.moveCursor(QTextCursor.MoveOperation.End)
        elif isinstance(field, QLineEdit):
            field.end(False)
        self.ensureWidgetVisible(field)

    def set_read_only(self, read_only: bool) -> None:
        """A completed experiment can be read, selected and copied, but not changed."""
        for field in self.findChildren(QPlainTextEdit) + self.findChildren(QLineEdit):
            if not isinstance(field.parent(), (QAbstractSpinBox, QComboBox)):
                field.setReadOnly(read_only)
        for control in (
            self.findChildren(QAbstractButton) + self.findChildren(QComboBox) + self.findChildren(QAbstractSpinBox)
        ):
            if not control.property("staysEnabled"):
                control.setEnabled(not read_only)

    # For subclasses

    def changed(self) -> None:
        if not self._loading:
            self.check()
            self.edited.emit()
