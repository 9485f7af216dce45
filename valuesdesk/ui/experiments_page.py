"""The "Trying on a Value" area: a welcome, the list of experiments, and the wizard in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import ExperimentStatus, dates
from valuesdesk.ui.context import AppContext, DataKind
from valuesdesk.ui.dialogs import confirm
from valuesdesk.ui.domain_texts import shown_title
from valuesdesk.ui.experiment_list import (
    ID_ROLE,
    ExperimentDelegate,
    ExperimentListModel,
    ExperimentListView,
    list_rows,
)
from valuesdesk.ui.settings import OPEN_EXPERIMENT
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.values.offer import CheckOffer
from valuesdesk.ui.widgets.labels import plain_label
from valuesdesk.ui.wizard.fields import push_button, readable_width, wrapping_label
from valuesdesk.ui.wizard.page import attempt

if TYPE_CHECKING:
    from valuesdesk.services.experiments import ExperimentSummary
    from valuesdesk.ui.settings import Settings
    from valuesdesk.ui.wizard.wizard import TryOnWizard

WELCOME = (
    QT_TRANSLATE_NOOP(
        "ExperimentsPage",
        "Trying on a value means choosing something you care about — being kind, being brave, "
        "being there for someone — and living it on purpose for a week or so, to see what happens.",
    ),
    QT_TRANSLATE_NOOP(
        "ExperimentsPage",
        "Ten short steps from the worksheet “Ten Steps to Trying on a Value” guide you: choose the "
        "value, notice your reactions, pick something to do, make a plan, and keep a diary of what "
        "you notice each day. You can stop at any step and come back later; everything is kept as you type.",
    ),
    QT_TRANSLATE_NOOP("ExperimentsPage", "Everything you write stays on this computer. Nothing is sent anywhere."),
)


class ExperimentsPage(QWidget):
    """Shows the welcome (no experiments yet), the list, or the wizard in place of the list."""

    diary_requested = Signal(int)
    diary_pdf_requested = Signal(int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.context: AppContext | None = None
        self._summaries: dict[int, ExperimentSummary] = {}
        self.wizard: TryOnWizard | None = None

        self.opening = QLabel(self.tr("Opening your data…"))
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
        heading = QLabel(self.tr("Trying on a Value"))
        heading.setObjectName("pageHeading")
        self.begin_button = push_button(self.tr("&Begin trying on a value"))
        self.begin_button.setObjectName("primaryButton")
        self.begin_button.clicked.connect(self.start_new)
        body = QVBoxLayout()
        body.addWidget(heading)
        for paragraph in WELCOME:
            body.addWidget(wrapping_label(self.tr(paragraph), "welcomeText"))
        body.addSpacing(12)
        body.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The first start: a first values check offered, quietly, under the way in.
        self.first_check_offer = CheckOffer()
        body.addSpacing(12)
        body.addWidget(self.first_check_offer)
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
        heading = QLabel(self.tr("Trying on a Value"))
        heading.setObjectName("pageHeading")
        self.start_button = push_button(self.tr("&Start trying on a new value"))
        self.start_button.clicked.connect(self.start_new)

        self.experiments = ExperimentListModel(self)
        self.experiment_list = ExperimentListView()
        self.experiment_list.setObjectName("experimentList")
        self.experiment_list.setAccessibleName(self.tr("Experiments"))
        self.experiment_list.setModel(self.experiments)
        self.experiment_list.setItemDelegate(ExperimentDelegate(self.experiment_list))
        self.experiment_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.experiment_list.setUniformItemSizes(False)
        self.experiment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.experiment_list.activated.connect(lambda *_: self.open_selected())
        self.experiment_list.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.experiment_list,
            self.delete_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        ).setWhatsThis(self.tr("Delete the selected experiment (in the list)"))

        self.open_button = push_button(self.tr("&Resume"))
        self.open_button.clicked.connect(self.open_selected)
        self.complete_button = push_button(self.tr("&Complete…"))
        self.complete_button.clicked.connect(self.complete_selected)
        self.abandon_button = push_button(self.tr("&Abandon…"))
        self.abandon_button.clicked.connect(self.abandon_selected)
        self.delete_button = push_button(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.pdf_button = push_button(self.tr("Diary as &PDF…"))
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
        # A centred column, as the wizard's: at 1920 a row's value and its standing stay within one glance.
        column = QWidget()
        column.setMaximumWidth(readable_width(self) * 4 // 3)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        # A try-on begun, or its days over, without a values check: one offered, quietly, above the list.
        self.check_offer = CheckOffer()
        layout.addWidget(self.check_offer)
        QWidget.setTabOrder(self.start_button, self.check_offer.take_button)
        QWidget.setTabOrder(self.check_offer.take_button, self.check_offer.dismiss_button)
        layout.addWidget(self.experiment_list, 1)
        QWidget.setTabOrder(self.check_offer.dismiss_button, self.experiment_list)
        layout.addLayout(actions)
        centred = QHBoxLayout(view)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addStretch(1)
        centred.addWidget(column, 100)
        centred.addStretch(1)
        return view

    def attach(self, context: AppContext) -> None:
        """Show the experiments, and reopen the one that was open in the wizard when the program closed."""
        self.context = context
        # The wizard's ten steps are imported here, after the first frame, not with the window.
        from valuesdesk.ui.wizard.wizard import TryOnWizard

        self.wizard = TryOnWizard(context)
        self.wizard.closed.connect(self.show_list)
        self.wizard.diary_requested.connect(self.diary_requested)
        self.wizard.diary_pdf_requested.connect(self.diary_pdf_requested)
        self.views.addWidget(self.wizard)
        context.coordinator.register(self.wizard)
        context.events.data_changed.connect(self._data_changed)
        self.refresh()
        left_open = self._settings.get(OPEN_EXPERIMENT)
        if left_open in self._summaries:
            self.open_experiment(left_open)
        else:
            self.show_list()

    def _data_changed(self, kind_name: str) -> None:
        kind = DataKind(kind_name)
        # The rows count check-ins, which the diary keeps.
        if kind.concerns(DataKind.EXPERIMENTS) or kind.concerns(DataKind.DIARY):
            self.refresh()
        elif kind is DataKind.VALUES_CHECKS:
            self._offer_checks()
        # Only an import changes what the open page shows: show it, or the next page change
        # would write the page's older text over the imported one.
        if kind is DataKind.ALL and self.wizard is not None and self.views.currentWidget() is self.wizard:
            self.wizard.reload()

    def _announce_change(self) -> None:
        if self.context is not None:
            self.context.events.changed(DataKind.EXPERIMENTS)

    # The list

    def refresh(self) -> None:
        if self.context is None:
            return
        rows = list_rows(self.context.services)
        self._summaries = {row.id: row.summary for row in rows}
        current = self.selected_id()
        # Two lines rather than columns: readable beside the questions dock on a small screen.
        self.experiments.show_rows(rows, dates.today())
        listed = self.experiments.experiment_rows()
        if current in self._summaries:
            self.select(current)
        elif listed:
            self.experiment_list.setCurrentIndex(self.experiments.index(listed[0]))
        self._update_actions()
        self._offer_checks()
        if self.views.currentWidget() in (self.welcome, self.list_view, self.opening):
            self.views.setCurrentWidget(self.list_view if rows else self.welcome)

    def _offer_checks(self) -> None:
        """A values check offered where one is due: a try-on's above the list, the first on the welcome."""
        if self.context is None:
            return
        checks = self.context.services.values_checks
        self.check_offer.offer(checks.suggestions())
        if not self._summaries:
            self.first_check_offer.offer_first(bool(checks.list_checks()))

    def show_list(self) -> None:
        self._settings.set(OPEN_EXPERIMENT, 0)
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
        row = self.experiments.row_of(experiment_id)
        if row is not None:
            self.experiment_list.setCurrentIndex(self.experiments.index(row))

    def selected_id(self) -> int | None:
        index = self.experiment_list.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected(self) -> ExperimentSummary | None:
        selected_id = self.selected_id()
        return None if selected_id is None else self._summaries.get(selected_id)

    def _update_actions(self) -> None:
        summary = self.selected()
        status = summary.status if summary else None
        unfinished = status is not None and status.unfinished
        self.open_button.setEnabled(summary is not None)
        self.open_button.setText(self.tr("&Resume") if unfinished else self.tr("&Review"))
        self.open_button.setAccessibleName(plain_label(self.open_button.text()))
        self.complete_button.setEnabled(status is not None and status.can_become(ExperimentStatus.COMPLETED))
        self.abandon_button.setEnabled(status is not None and status.can_become(ExperimentStatus.ABANDONED))
        self.delete_button.setEnabled(summary is not None)
        self.pdf_button.setEnabled(status is not None and status is not ExperimentStatus.DRAFT)

    # Actions

    def start_new(self) -> None:
        if self.context is None:
            return
        experiments = self.context.services.experiments
        created = []
        if attempt(self, lambda: created.append(experiments.create_draft().id)):
            self._announce_change()
            self.open_experiment(created[0])

    def open_experiment(self, experiment_id: int, *, reflect: bool = False) -> None:
        if self.wizard is not None and self.wizard.open(experiment_id, reflect=reflect):
            self._settings.set(OPEN_EXPERIMENT, experiment_id)
            self.views.setCurrentWidget(self.wizard)
            self.focus_view()

    def open_selected(self) -> None:
        selected_id = self.selected_id()
        if selected_id is not None:
            self.open_experiment(selected_id)

    def complete_selected(self) -> None:
        summary = self.selected()
        if summary is not None and summary.status.can_become(ExperimentStatus.COMPLETED):
            self.open_experiment(summary.id, reflect=True)

    def abandon_selected(self) -> None:
        summary = self.selected()
        if summary is None or not summary.status.can_become(ExperimentStatus.ABANDONED) or self.context is None:
            return
        experiments = self.context.services.experiments
        if confirm(
            self,
            self.tr("Abandon this experiment?"),
            self.tr(
                "Stop trying on “{title}”? What you wrote is kept and can still be read,"
                " but the experiment can no longer be changed."
            ).format(title=shown_title(summary.title)),
            self.tr("Abandon"),
        ) and attempt(self, lambda: experiments.abandon(summary.id)):
            self._announce_change()

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None or self.context is None:
            return
        experiments = self.context.services.experiments
        if confirm(
            self,
            self.tr("Delete this experiment?"),
            self.tr("Delete “{title}” with its behaviours, plan, diary and check-ins? This cannot be undone.").format(
                title=shown_title(summary.title)
            ),
            self.tr("Delete"),
        ) and attempt(self, lambda: experiments.delete(summary.id)):
            if self.wizard is not None:
                self.wizard.forget(summary.id)
            self._announce_change()
            self.experiment_list.setFocus()
