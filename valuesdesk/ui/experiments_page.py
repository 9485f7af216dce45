"""The "Trying on a Value" area: a welcome, the list of experiments, and the wizard in place."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import ExperimentStatus
from valuesdesk.ui.dialogs import confirm
from valuesdesk.ui.wizard import TryOnWizard
from valuesdesk.ui.widgets.labels import plain_label
from valuesdesk.ui.wizard.fields import push_button, today, wrapping_label
from valuesdesk.ui.wizard.page import attempt

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.experiments import ExperimentSummary
    from valuesdesk.ui.ui_state import UiState

OPEN_EXPERIMENT_KEY = "experiments/open"
ID_ROLE = Qt.ItemDataRole.UserRole
UNFINISHED = (ExperimentStatus.DRAFT, ExperimentStatus.ACTIVE)

WELCOME = (
    "Trying on a value means choosing something you care about — being kind, being brave, "
    "being there for someone — and living it on purpose for a week or so, to see what happens.",
    "Ten short steps from the worksheet “Ten Steps to Trying on a Value” guide you: choose the "
    "value, notice your reactions, pick something to do, make a plan, and keep a diary of what "
    "you notice each day. You can stop at any step and come back later; everything is kept as you type.",
    "Everything you write stays on this computer. Nothing is sent anywhere.",
)


def date_span(summary: ExperimentSummary) -> str:
    if summary.start_date is None or summary.end_date is None:
        return "not started"
    return f"{summary.start_date:%d %b %Y} – {summary.end_date:%d %b %Y}"


def row_details(summary: ExperimentSummary, day: dt.date) -> str:
    """For example "Active · 02 Mar 2026 – 08 Mar 2026 · Day 3 of 7 · 2 check-ins"."""
    return f"{summary.status.label} · {date_span(summary)} · {summary.progress(day)}"


class ExperimentsPage(QWidget):
    """Shows the welcome (no experiments yet), the list, or the wizard in place of the list."""

    diary_requested = Signal(int)
    diary_pdf_requested = Signal(int)

    def __init__(self, ui_state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui_state = ui_state
        self._services: Services | None = None
        self._summaries: dict[int, ExperimentSummary] = {}
        self.wizard: TryOnWizard | None = None

        self.opening = QLabel("Opening your data…")
        self.opening.setObjectName("placeholder")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.views = QStackedWidget()
        self.views.addWidget(self.opening)
        self.welcome = self._build_welcome()
        self.views.addWidget(self.welcome)
        self.list_view = self._build_list()
        self.views.addWidget(self.list_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.views)

    def _build_welcome(self) -> QWidget:
        view = QWidget()
        view.setObjectName("welcome")
        heading = QLabel("Trying on a Value")
        heading.setObjectName("pageHeading")
        self.begin_button = push_button("&Begin trying on a value")
        self.begin_button.setObjectName("primaryButton")
        self.begin_button.clicked.connect(self.start_new)
        body = QVBoxLayout()
        body.addWidget(heading)
        for paragraph in WELCOME:
            body.addWidget(wrapping_label(paragraph, "welcomeText"))
        body.addSpacing(12)
        body.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        holder.setMaximumWidth(560)
        holder.setLayout(body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 100)
        row.addStretch(1)
        layout = QVBoxLayout(view)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return view

    def _build_list(self) -> QWidget:
        view = QWidget()
        heading = QLabel("Trying on a Value")
        heading.setObjectName("pageHeading")
        self.start_button = push_button("&Start trying on a new value")
        self.start_button.clicked.connect(self.start_new)

        self.experiment_list = QListWidget()
        self.experiment_list.setObjectName("experimentList")
        self.experiment_list.setAccessibleName("Experiments")
        self.experiment_list.setWordWrap(True)
        self.experiment_list.setSpacing(4)
        self.experiment_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.experiment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.experiment_list.itemActivated.connect(lambda *_: self.open_selected())
        self.experiment_list.currentItemChanged.connect(lambda *_: self._update_actions())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.experiment_list,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.open_button = push_button("&Resume")
        self.open_button.clicked.connect(self.open_selected)
        self.complete_button = push_button("&Complete…")
        self.complete_button.clicked.connect(self.complete_selected)
        self.abandon_button = push_button("&Abandon…")
        self.abandon_button.clicked.connect(self.abandon_selected)
        self.delete_button = push_button("&Delete…")
        self.delete_button.clicked.connect(self.delete_selected)
        self.pdf_button = push_button("Diary as &PDF…")
        self.pdf_button.clicked.connect(lambda: self.diary_pdf_requested.emit(self.selected_id()))

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.start_button)
        actions = QHBoxLayout()
        for button in (self.open_button, self.pdf_button, self.complete_button, self.abandon_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.experiment_list, 1)
        layout.addLayout(actions)
        return view

    def attach(self, services: Services) -> None:
        """Show the experiments, and reopen the one that was open in the wizard when the program closed."""
        self._services = services
        self.wizard = TryOnWizard(services)
        self.wizard.closed.connect(self.show_list)
        self.wizard.changed.connect(self.refresh)
        self.wizard.diary_requested.connect(self.diary_requested)
        self.wizard.diary_pdf_requested.connect(self.diary_pdf_requested)
        self.views.addWidget(self.wizard)
        self.refresh()
        open_id = self._ui_state.value(OPEN_EXPERIMENT_KEY)
        if open_id and int(open_id) in self._summaries:
            self.open_experiment(int(open_id))
        else:
            self.show_list()

    # The list

    def refresh(self) -> None:
        if self._services is None:
            return
        summaries = self._services.experiments.list_summaries()
        self._summaries = {summary.id: summary for summary in summaries}
        current = self.selected_id()
        day = today()
        self.experiment_list.clear()
        for summary in summaries:
            # Two lines rather than columns: readable beside the questions dock on a small screen.
            item = QListWidgetItem(f"{summary.value_name or 'A new value'}\n{row_details(summary, day)}")
            item.setData(ID_ROLE, summary.id)
            self.experiment_list.addItem(item)
            if summary.id == current:
                self.experiment_list.setCurrentItem(item)
        if self.experiment_list.currentItem() is None and summaries:
            self.experiment_list.setCurrentRow(0)
        self._update_actions()
        if self.views.currentWidget() in (self.welcome, self.list_view, self.opening):
            self.views.setCurrentWidget(self.list_view if summaries else self.welcome)

    def reload(self) -> None:
        """Data came in from an import: show it in the list and in the page open in the wizard.

        Otherwise the next page change would write the page's older text over the imported one.
        """
        self.refresh()
        if self.wizard is not None and self.views.currentWidget() is self.wizard:
            self.wizard.reload()

    def show_list(self) -> None:
        self._ui_state.set(OPEN_EXPERIMENT_KEY, 0)
        self.views.setCurrentWidget(self.list_view if self._summaries else self.welcome)
        self.refresh()
        if self.wizard is not None:
            self.select(self.wizard.experiment_id)
        self.focus_view()

    def focus_view(self) -> None:
        """Keyboard focus where the person works in the view shown: the page's input, the list, Begin."""
        if self.wizard is not None and self.views.currentWidget() is self.wizard:
            self.wizard.current_page.focus_first_input()
        elif self.views.currentWidget() is self.list_view:
            self.experiment_list.setFocus()
        else:
            self.begin_button.setFocus()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # The main window focuses the area when the person switches to it (Ctrl+1).
        super().focusInEvent(event)
        self.focus_view()

    def select(self, experiment_id: int) -> None:
        for row in range(self.experiment_list.count()):
            if self.experiment_list.item(row).data(ID_ROLE) == experiment_id:
                self.experiment_list.setCurrentRow(row)

    def selected_id(self) -> int | None:
        item = self.experiment_list.currentItem()
        return None if item is None else item.data(ID_ROLE)

    def selected(self) -> ExperimentSummary | None:
        selected_id = self.selected_id()
        return None if selected_id is None else self._summaries.get(selected_id)

    def _update_actions(self) -> None:
        summary = self.selected()
        status = summary.status if summary else None
        self.open_button.setEnabled(summary is not None)
        self.open_button.setText("&Resume" if status in UNFINISHED else "&Review")
        self.open_button.setAccessibleName(plain_label(self.open_button.text()))
        self.complete_button.setEnabled(status is ExperimentStatus.ACTIVE)
        self.abandon_button.setEnabled(status in UNFINISHED)
        self.delete_button.setEnabled(summary is not None)
        self.pdf_button.setEnabled(status is not None and status is not ExperimentStatus.DRAFT)

    # Actions

    def start_new(self) -> None:
        if self._services is None:
            return
        experiments = self._services.experiments
        created = []
        if attempt(self, lambda: created.append(experiments.create_draft())):
            self.refresh()
            self.open_experiment(created[0].id)

    def open_experiment(self, experiment_id: int, *, reflect: bool = False) -> None:
        if self.wizard is not None and self.wizard.open(experiment_id, reflect=reflect):
            self._ui_state.set(OPEN_EXPERIMENT_KEY, experiment_id)
            self.views.setCurrentWidget(self.wizard)
            self.focus_view()

    def open_selected(self) -> None:
        selected_id = self.selected_id()
        if selected_id is not None:
            self.open_experiment(selected_id)

    def complete_selected(self) -> None:
        summary = self.selected()
        if summary is not None and summary.status is ExperimentStatus.ACTIVE:
            self.open_experiment(summary.id, reflect=True)

    def abandon_selected(self) -> None:
        summary = self.selected()
        if summary is None or summary.status not in UNFINISHED or self._services is None:
            return
        experiments = self._services.experiments
        if confirm(
            self,
            "Abandon this experiment?",
            f"Stop trying on “{summary.value_name or 'this value'}”? What you wrote is kept and can still be read, "
            "but the experiment can no longer be changed.",
            "Abandon",
        ) and attempt(self, lambda: experiments.abandon(summary.id)):
            self.refresh()

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None or self._services is None:
            return
        experiments = self._services.experiments
        if confirm(
            self,
            "Delete this experiment?",
            f"Delete “{summary.value_name or 'this experiment'}” with its behaviours, plan, diary and check-ins? "
            "This cannot be undone.",
            "Delete",
        ) and attempt(self, lambda: experiments.delete(summary.id)):
            if self.wizard is not None:
                self.wizard.forget(summary.id)
            self.refresh()
            self.experiment_list.setFocus()
