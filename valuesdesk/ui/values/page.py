"""The "Values" area: take a values check, see the picture, and go from a gap to a try-on.

On the first visit, with no check yet, the page offers the first one (a button; nothing is asked
of someone who walks past). A try-on that has begun without a check, or whose days are over without
one, gets a suggestion at the top: "Take the Check" makes one linked to it. The same suggestion is
offered where the person is (``offer.CheckOffer``: step 10 of the wizard, the list of experiments);
this page takes the check and keeps the offers put aside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain.life_domains import CheckMoment, life_domain
from valuesdesk.ui.context import AppContext, DataKind
from valuesdesk.ui.dialogs import confirm
from valuesdesk.ui.local_dates import pydate, qdate, short_day
from valuesdesk.ui.settings import VALUES_OFFERS_DISMISSED
from valuesdesk.ui.values.check_form import CheckForm
from valuesdesk.ui.values.client_view import ClientCheckView
from valuesdesk.ui.values.offer import suggestion_text
from valuesdesk.ui.values.picture import ValuesPicture, heading
from valuesdesk.ui.wizard.fields import caption, date_edit, push_button, readable_width, wrapping_label
from valuesdesk.ui.wizard.page import attempt

if TYPE_CHECKING:
    from valuesdesk.domain import ExperimentRef
    from valuesdesk.services.values_check import SuggestedCheck, ValuesCheckView
    from valuesdesk.ui.settings import Settings


PICTURE_TAB = 1


def offer_key(suggestion: SuggestedCheck | None) -> str:
    """How an offer put aside is remembered: "12:start", or "first" for the first check."""
    return "first" if suggestion is None else f"{suggestion.experiment.id}:{suggestion.moment.value}"


@runtime_checkable
class OpensExperiments(Protocol):
    """The main window, as far as this page needs it: to open a new try-on in its own area."""

    def show_area(self, name: str, *, focus: bool = True) -> None: ...


def scrolling(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    # Tab goes straight to what is inside; the area scrolls to the field that has the focus.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return area


class ValuesPage(QWidget):
    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        # The offers put aside, kept in the settings file when there is one.
        self._dismissed = set(settings.get(VALUES_OFFERS_DISMISSED).split()) if settings is not None else set()
        self.context: AppContext | None = None
        self.client_view: ClientCheckView | None = None
        self._checks: tuple[ValuesCheckView, ...] = ()
        self._suggestion: SuggestedCheck | None = None
        # Built and loaded when first shown: the window's first paint and start-up do not wait for an
        # area most starts never open; loaded again when shown after a change made while hidden.
        self._built = False
        self._stale = True
        self._try_ons: tuple[ExperimentRef, ...] = ()
        # The picture is drawn when its tab shows: typing ratings in the form waits for no chart.
        self._picture_stale = True

    def _build(self) -> None:
        self._built = True
        self.title = heading(self.tr("Values"))
        self.intro = wrapping_label(
            self.tr(
                "A values check rates ten parts of life: how much each matters to you, and how much you have "
                "lived by it lately. Taken now and then, and as a try-on begins and ends, it shows where your life "
                "is furthest from what matters to you, and whether that changes."
            )
        )
        self.suggestion = wrapping_label("")
        self.suggestion_button = push_button(self.tr("T&ake the Check"))
        self.suggestion_button.clicked.connect(self.take_suggested)
        self.suggestion_bar = QFrame()
        self.suggestion_bar.setObjectName("suggestion")
        self.suggestion_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.suggestion_bar)
        bar.addWidget(self.suggestion, 1)
        bar.addWidget(self.suggestion_button)

        self.first_offer = QFrame()
        offer = QVBoxLayout(self.first_offer)
        offer.setContentsMargins(0, 12, 0, 12)
        offer.addWidget(wrapping_label(self.tr("You have not taken a values check yet. It takes a few minutes.")))
        self.first_button = push_button(self.tr("Take My Fi&rst Check"))
        self.first_button.clicked.connect(lambda: self.new_check())
        offer.addWidget(self.first_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        self.new_button = push_button(self.tr("&New Check"))
        self.new_button.clicked.connect(lambda: self.new_check())
        self.client_button = push_button(self.tr("C&lient View"))
        self.client_button.setAccessibleDescription(
            self.tr("The check in large print, one domain at a time, on its own screen for the client.")
        )
        self.client_button.clicked.connect(self.open_client_view)
        self.delete_button = push_button(self.tr("&Delete Check"))
        self.delete_button.clicked.connect(self.delete_check)
        self.tools = QWidget()
        tools = QHBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(caption(self.tr("Chec&k of"), self.chooser))
        tools.addWidget(self.chooser, 1)
        for button in (self.new_button, self.client_button, self.delete_button):
            tools.addWidget(button)

        self.day = date_edit()
        self.day.dateChanged.connect(self._redate)
        self.link_note = QLabel()
        self.link_note.setObjectName("hint")
        self.form = CheckForm()
        self.form.rated.connect(self._rated)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        day_row = QHBoxLayout()
        day_row.addWidget(caption(self.tr("Taken &on"), self.day))
        day_row.addWidget(self.day)
        day_row.addWidget(self.link_note, 1)
        form_layout.addLayout(day_row)
        form_layout.addWidget(self.form)
        self.picture = ValuesPicture()
        self.picture.try_on_requested.connect(self.try_on_in_domain)
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(form_page), self.tr("The &Check"))
        self.tabs.addTab(scrolling(self.picture), self.tr("The &Picture"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setAccessibleName(self.tr("Values check and picture"))
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())

        column = QVBoxLayout()
        for widget in (self.title, self.intro, self.suggestion_bar, self.first_offer, self.tools):
            column.addWidget(widget)
        column.addWidget(self.tabs, 1)
        # While there is no check (and so no tabs), the room under the offer stays empty.
        self.room = QWidget()
        self.room.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        column.addWidget(self.room, 1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(readable_width(self) + 240)
        layout = QHBoxLayout(self)
        layout.addWidget(holder)
        holder.setVisible(self.isVisible())  # built while the page shows: shown now, not at the next event
        self.setFocusProxy(self.chooser)
        # Tab follows the page as it reads: the tools, the tabs, then the day and the ratings of the check.
        for before, after in (
            (self.delete_button, self.tabs),
            (self.tabs, self.day),
            (self.day, self.form.first_input()),
        ):
            QWidget.setTabOrder(before, after)
        self._show_state()

    # Loading

    def attach(self, context: AppContext) -> None:
        self.context = context
        context.events.data_changed.connect(self._data_changed)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._built:
            self._build()
        if self._stale:
            self.reload()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # Locked (the lock screen in place of the areas, known once the hiding is done): the client's view
        # of the check closes with the rest. Another area shown instead leaves it open for the client.
        if self.client_view is not None:
            QTimer.singleShot(0, self._close_client_view_if_locked)
        super().hideEvent(event)

    def _close_client_view_if_locked(self) -> None:
        if self.client_view is not None and getattr(self.window(), "concealed", False):
            self.client_view.close()

    def _data_changed(self, kind: str) -> None:
        # Experiments change the suggestions and the shaded try-ons; an import may bring checks.
        if DataKind(kind) in (DataKind.ALL, DataKind.EXPERIMENTS):
            self.reload(self.current_id())

    def reload(self, select_id: int | None = None) -> None:
        """Read the checks again and show them; while the page is hidden, only when it is next shown."""
        if self.context is None or not self._built or not self.isVisible():
            self._stale = True
            return
        self._stale = False
        checks = self.context.services.values_checks
        self._checks = checks.list_checks()
        self._try_ons = checks.try_on_periods()
        suggestions = checks.suggestions()
        self._suggestion = suggestions[0] if suggestions else None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for check in reversed(self._checks):
            self.chooser.addItem(self._check_title(check), check.id)
        found = self.chooser.findData(select_id) if select_id is not None else 0
        self.chooser.setCurrentIndex(max(found, 0))
        self.chooser.blockSignals(False)
        self._show_chosen()
        self._picture_changed()
        self._show_state()

    def current_id(self) -> int | None:
        if not self._built:
            return None
        data = self.chooser.currentData()
        return data if isinstance(data, int) else None

    def _link_text(self, check: ValuesCheckView) -> str:
        """The try-on a check belongs to, and when: "as “Courage” began"; nothing for a check of its own."""
        if check.link is None:
            return ""
        text = self.tr("as “%1” began") if check.link.moment is CheckMoment.START else self.tr("as “%1” ended")
        return text.replace("%1", check.link.experiment.title)

    def _check_title(self, check: ValuesCheckView) -> str:
        day = short_day(check.taken_on)
        return self.tr("%1 · %2").replace("%1", day).replace("%2", self._link_text(check)) if check.link else day

    def _show_state(self) -> None:
        has_checks = bool(self._checks)
        self.first_offer.setVisible(self.context is not None and not has_checks)
        # What a check is, said until there is one; then the form's own explanation says it, and the room
        # goes to the ratings (at 1024×640 the page would otherwise scroll inside a scrolling window).
        self.intro.setVisible(not has_checks)
        self.tools.setVisible(has_checks)
        self.tabs.setVisible(has_checks)
        self.room.setHidden(has_checks)
        self.setFocusProxy(self.chooser if has_checks else self.first_button)
        suggestion = self._suggestion
        self.suggestion_bar.setVisible(suggestion is not None)
        if suggestion is not None:
            self.suggestion.setText(suggestion_text(suggestion))

    def _show_chosen(self) -> None:
        check_id = self.current_id()
        check = next((check for check in self._checks if check.id == check_id), None)
        if check is not None and self.context is not None:
            self.day.blockSignals(True)
            self.day.setDate(qdate(check.taken_on))
            self.day.blockSignals(False)
            # Beside the day it was taken: the try-on alone, not the day again.
            self.link_note.setText(self._link_text(check))
            self.form.show_check(self.context.services.values_checks, check)

    def _rated(self, saved: ValuesCheckView) -> None:
        self._checks = tuple(saved if check.id == saved.id else check for check in self._checks)
        self._picture_changed()

    def _picture_changed(self) -> None:
        self._picture_stale = True
        if self.tabs.currentIndex() == PICTURE_TAB:
            self._show_picture()

    def _tab_changed(self, index: int) -> None:
        if index == PICTURE_TAB and self._picture_stale:
            self._show_picture()

    def _show_picture(self) -> None:
        self._picture_stale = False
        self.picture.show_checks(self._checks, self._try_ons)

    # Actions

    def new_check(self, suggestion: SuggestedCheck | None = None) -> None:
        if self.context is None:
            return
        checks = self.context.services.values_checks
        made: list[ValuesCheckView] = []
        link = {} if suggestion is None else {"experiment_id": suggestion.experiment.id, "moment": suggestion.moment}
        if attempt(self, lambda: made.append(checks.start(**link))):  # type: ignore[arg-type]
            self.context.events.changed(DataKind.VALUES_CHECKS)
            self.reload(made[0].id)
            self.tabs.setCurrentIndex(0)
            self.form.first_input().setFocus()

    def take_suggested(self) -> None:
        if self._suggestion is not None:
            self.new_check(self._suggestion)

    def take_check(self, suggestion: SuggestedCheck | None) -> None:
        """A check offered elsewhere (linked to a try-on, or None: the first): this area shown and the check
        begun in it."""
        window = self.window()
        if isinstance(window, OpensExperiments):
            window.show_area("values")
        self.new_check(suggestion)

    def is_dismissed(self, suggestion: SuggestedCheck | None) -> bool:
        return offer_key(suggestion) in self._dismissed

    def dismiss(self, suggestion: SuggestedCheck | None) -> None:
        """Put an offer aside for good: the suggestion stays here, in the Values area, until a check is taken."""
        self._dismissed.add(offer_key(suggestion))
        if self._settings is not None:
            self._settings.set(VALUES_OFFERS_DISMISSED, " ".join(sorted(self._dismissed)))

    def delete_check(self) -> None:
        check_id = self.current_id()
        if check_id is None or self.context is None:
            return
        checks = self.context.services.values_checks
        if confirm(
            self,
            self.tr("Delete this check?"),
            self.tr("Delete the values check of %1 and its ratings? This cannot be undone.").replace(
                "%1", self.chooser.currentText()
            ),
            self.tr("Delete"),
        ) and attempt(self, lambda: checks.delete(check_id)):
            self.context.events.changed(DataKind.VALUES_CHECKS)
            self.reload()

    def _redate(self) -> None:
        check_id = self.current_id()
        if check_id is None or self.context is None:
            return
        checks, day = self.context.services.values_checks, pydate(self.day.date())
        if attempt(self, lambda: checks.redate(check_id, day)):
            self.reload(check_id)

    def open_client_view(self) -> None:
        check_id = self.current_id()
        if check_id is None or self.context is None:
            return
        if self.client_view is not None:
            self.client_view.close()
        # The screen turned to the client: another screen than the window's, where there is one.
        here = self.screen()
        screen = next((other for other in QGuiApplication.screens() if other is not here), here)
        view = ClientCheckView(self.context.services.values_checks, check_id, self)
        view.closed.connect(lambda: self._client_view_closed(check_id))
        self.client_view = view
        view.winId()  # creates the native window, whose screen is then set before it shows
        handle = view.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        view.setGeometry(screen.geometry())
        view.apply_size()
        view.showFullScreen()
        view.activateWindow()

    def _client_view_closed(self, check_id: int) -> None:
        self.client_view = None
        self.reload(check_id)

    def try_on_in_domain(self, key: str) -> None:
        """A new try-on, opened at step 1 with the domain filled in."""
        window = self.window()
        if self.context is None or not isinstance(window, OpensExperiments):
            return
        experiments, name = self.context.services.experiments, life_domain(key).name
        made: list[int] = []
        if attempt(self, lambda: made.append(experiments.create_draft().id)) and attempt(
            self, lambda: experiments.save_value(made[0], name="", meaning="", life_domain=name)
        ):
            self.context.events.changed(DataKind.EXPERIMENTS)
            window.show_area("experiments")
            window.experiments_page.open_experiment(made[0])  # type: ignore[attr-defined]
