"""The Diary area: the month calendar, the day's entries, search and the picture of progress.

The filter offers every experiment that has started. "All experiments" shows, on a day, each
experiment running then (an active one runs until it is completed) and any that has writing on
it; choosing a completed experiment shows its days, which stay editable: notes written later
about a past day are still the person's diary.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import ExperimentRef, dates
from valuesdesk.domain.search import search_words
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.diary.calendar import DAY_NAMES_PADDING, DiaryCalendar
from valuesdesk.ui.diary.entry_editor import DayView
from valuesdesk.ui.diary.marks import MarksLegend
from valuesdesk.ui.diary.progress import ProgressView
from valuesdesk.ui.diary.search import SearchResultsView
from valuesdesk.ui.local_dates import experiment_label, long_day, qdate

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.ui.context import AppContext

SEARCH_DELAY_MS = 250
TODAY_SHORTCUT = "Ctrl+T"
SEARCH_FIELD_CHARACTERS = 26
FILTER_MIN_WIDTH = 120
# The diary's width at most, in characters of the body's font: the calendar and a readable column of
# the day with room around it.
CONTENT_CHARACTERS = 170
CONTENT_STRETCH = 100
# The calendar takes this share of the page's width, kept between these widths.
CALENDAR_SHARE = 0.26
CALENDAR_MIN_WIDTH = 224
CALENDAR_MAX_WIDTH = 330
# A week's row is a little taller than a day is wide (room for the marks under the number), up to this.
WEEK_ROW_RATIO = 1.1
MAX_WEEK_ROW = 46
# Above and below the month's buttons in the calendar's navigation bar.
NAVIGATION_MARGINS = 6
ALL_EXPERIMENTS = "All experiments"
NOTE_BELOW = "The note below is this day's."
# The filter's data for "All experiments". Not None: reading a None item data back from Qt
# upsets None's reference count in PySide6 on Python 3.11.
ALL_ID = 0


class DiaryPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        self._services: Services | None = None
        self._experiments: tuple[ExperimentRef, ...] = ()
        self._shown_day: dt.date | None = None
        self._progress_stale = True
        self._filter_index = 0

        heading = QLabel("Daily Reactions Diary")
        heading.setObjectName("pageHeading")

        self.filter = QComboBox()
        self.filter.setAccessibleName("Experiment")
        # As wide as its longest entry where there is room: an experiment is told apart by its dates.
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.setMinimumWidth(FILTER_MIN_WIDTH)
        filter_label = QLabel("&Experiment")
        filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._filter_changed)

        self.search_field = QLineEdit()
        self.search_field.setAccessibleName("Search")
        self.search_field.setPlaceholderText("Search the diary")
        self.search_field.setClearButtonEnabled(True)
        # A fixed width: the clear button appearing would otherwise widen it and move its label.
        self.search_field.setFixedWidth(self.search_field.fontMetrics().averageCharWidth() * SEARCH_FIELD_CHARACTERS)
        self.search_label = QLabel("&Search")
        self.search_label.setBuddy(self.search_field)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textEdited.connect(lambda: self._search_timer.start())
        self.search_field.returnPressed.connect(self.run_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search).setWhatsThis("Search the Diary")

        self.calendar = DiaryCalendar()
        self.calendar.currentPageChanged.connect(lambda _year, _month: self.refresh_marks())
        self.calendar.selectionChanged.connect(self._day_selected)
        self.today_button = QPushButton("Today")
        self.today_button.setAccessibleName("Today")
        self.today_button.setToolTip(f"Show today ({TODAY_SHORTCUT})")
        # An action, so that a list of the program's shortcuts made from its actions names it too.
        self.today_action = QAction("Today", self)
        self.today_action.setShortcut(QKeySequence(TODAY_SHORTCUT))
        self.today_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.today_action.triggered.connect(self.go_to_today)
        self.addAction(self.today_action)
        self.today_button.clicked.connect(self.today_action.trigger)
        self.legend = MarksLegend()

        self.day_view = DayView()
        self.day_view.changed.connect(self._entry_changed)
        self.progress_view = ProgressView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Diary views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.day_view, "&Day")
        self.tabs.addTab(self.progress_view, "Pro&gress")
        self.tabs.currentChanged.connect(lambda _index: self._refresh_progress_if_shown())
        self.search_results = SearchResultsView()
        self.search_results.day_chosen.connect(self.open_day)
        self.search_results.note_chosen.connect(self.open_note)
        # Escape leaves the search from its field or its results, and nowhere else.
        for owner in (self.search_field, self.search_results):
            leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), owner, self._leave_search)
            leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.right = QStackedWidget()
        self.right.addWidget(self.tabs)
        self.right.addWidget(self.search_results)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.search_label)
        top.addWidget(self.search_field)

        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter)
        filter_row.addStretch(1)

        # The calendar's column: as narrow as a readable month allows, the rest is the day's.
        self.calendar_column = QWidget()
        left_layout = QVBoxLayout(self.calendar_column)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(self.calendar)
        today_row = QHBoxLayout()
        today_row.addWidget(self.today_button)
        today_row.addStretch(1)
        left_layout.addLayout(today_row)
        left_layout.addWidget(self.legend)
        left_layout.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.calendar_column)
        body.addWidget(self.right, 1)

        # On a wide screen the diary keeps together in the middle: the calendar beside the day's column
        # rather than at the far side of an empty stretch.
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addLayout(filter_row)
        content_layout.addSpacing(4)
        content_layout.addLayout(body, 1)
        layout = QHBoxLayout(self)
        layout.setSpacing(0)
        layout.addStretch(1)
        layout.addWidget(self.content, CONTENT_STRETCH)
        layout.addStretch(1)

        self.setTabOrder(self.search_field, self.filter)
        self.setTabOrder(self.filter, self.calendar)
        self.setTabOrder(self.calendar, self.today_button)
        self.setTabOrder(self.today_button, self.tabs)
        self._fit_to_width(self.width())
        self.setEnabled(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_to_width(event.size().width())
        super().resizeEvent(event)

    def _fit_to_width(self, page_width: int) -> None:
        """The diary at most a readable width, and a compact month: a share of the page between a least and a
        most width, its days about square."""
        self.content.setMaximumWidth(self.fontMetrics().averageCharWidth() * CONTENT_CHARACTERS)
        width = max(CALENDAR_MIN_WIDTH, min(CALENDAR_MAX_WIDTH, round(page_width * CALENDAR_SHARE)))
        self.calendar_column.setFixedWidth(width)
        navigation = self.calendar.month_button.sizeHint().height() + NAVIGATION_MARGINS
        day_names = self.calendar.fontMetrics().height() + DAY_NAMES_PADDING
        week = min(round(width / 7 * WEEK_ROW_RATIO), MAX_WEEK_ROW)
        self.calendar.setFixedHeight(navigation + day_names + 6 * week + 2)

    # Data ------------------------------------------------------------------------------------

    def attach(self, context: AppContext) -> None:
        """Show the opened data; the day's sections save through the coordinator, and the
        experiments and the day load again when experiments change elsewhere or data is imported."""
        self._context = context
        self._services = context.services
        self.day_view.attach(context)
        context.events.data_changed.connect(self._data_changed)
        self.setEnabled(True)
        self.reload_experiments()
        self._show_day(self._selected_day())

    def _data_changed(self, kind_name: str) -> None:
        kind = DataKind(kind_name)
        if self._services is None or not kind.concerns(DataKind.EXPERIMENTS):
            return
        # Most changes to an experiment (its plan, its steps) change nothing the diary shows.
        if kind is DataKind.EXPERIMENTS and self._experiments == self._services.diary.experiments():
            return
        self.reload()

    def reload(self) -> None:
        """Show the data again after it changed elsewhere (another area, an import)."""
        if self.day_view.save():
            self.reload_experiments()
            self._show_day(self._selected_day())

    def reload_experiments(self) -> None:
        assert self._services is not None
        chosen = self.experiment_filter() if self.filter.count() else None
        self._experiments = self._services.diary.experiments()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(ALL_EXPERIMENTS, ALL_ID)
        for experiment in self._experiments:
            self.filter.addItem(experiment_label(experiment), experiment.id)
        self._filter_index = max(self.filter.findData(chosen or ALL_ID), 0)
        self.filter.setCurrentIndex(self._filter_index)
        self.filter.blockSignals(False)
        self._name_filter_in_tooltip()
        self._progress_stale = True
        self.refresh_marks()
        self._refresh_progress_if_shown()

    def _name_filter_in_tooltip(self) -> None:
        """The whole entry, for the rare name too long for a narrow window beside the question dock."""
        self.filter.setToolTip(self.filter.currentText())

    def experiment_filter(self) -> int | None:
        """The chosen experiment's id, or None for all of them."""
        return self.filter.currentData() or None

    def _selected_day(self) -> dt.date:
        return self.calendar.selected_day()

    def refresh_marks(self) -> None:
        if self._services is None:
            return
        first, last = self.calendar.shown_days()
        self.calendar.set_marks(self._services.diary.month_marks(first, last, self.experiment_filter()))

    def _refresh_progress_if_shown(self) -> None:
        if self._services is None or not self._progress_stale or self.tabs.currentWidget() is not self.progress_view:
            return
        self._progress_stale = False
        self.progress_view.show_progress(self._services.diary.progress(self.experiment_filter(), dates.today()))

    def _entry_changed(self) -> None:
        """A day gained or lost its entry or check-in: the marks, the progress and the list of
        experiments (its counts of days) show it."""
        self._progress_stale = True
        self.refresh_marks()
        if self._context is not None:
            self._context.events.changed(DataKind.DIARY)

    # The day ---------------------------------------------------------------------------------

    def _show_day(self, day: dt.date) -> None:
        if self._services is None:
            return
        today = dates.today()
        entries = self._services.diary.day_entries(day, self.experiment_filter(), today)
        if not self._experiments:
            empty = f"No value is being tried on yet: once you start one, its days appear here. {NOTE_BELOW}"
        else:
            empty = f"No experiment ran on {long_day(day)}: shaded days are those of a try-on. {NOTE_BELOW}"
        self.day_view.show_day(day, entries, today, empty, self._services.diary.day_note(day))
        self.calendar.describe_selected_day()
        self._shown_day = day

    def _day_selected(self) -> None:
        day = self._selected_day()
        if day == self._shown_day:
            return
        if not self.day_view.save():
            # Keep the person on the day whose writing could not be saved.
            self._select_quietly(self._shown_day)
            return
        self._show_day(day)

    def _select_quietly(self, day: dt.date | None) -> None:
        if day is None:
            return
        self.calendar.select_quietly(day)
        self.refresh_marks()

    def select_day(self, day: dt.date) -> None:
        """Select ``day`` in the calendar, saving the day shown before."""
        self.calendar.setSelectedDate(qdate(day))

    def go_to_today(self) -> None:
        """Today's day and month, in the Day view (also from a search or the progress)."""
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.day_view)
        today = dates.today()
        self.select_day(today)
        # Selecting the day already selected leaves the month shown as it was.
        self.calendar.setCurrentPage(today.year, today.month)

    def _filter_changed(self) -> None:
        if not self.day_view.save():
            # Keep showing the experiment whose writing could not be saved.
            self.filter.blockSignals(True)
            self.filter.setCurrentIndex(self._filter_index)
            self.filter.blockSignals(False)
            return
        self._filter_index = self.filter.currentIndex()
        self._name_filter_in_tooltip()
        self._progress_stale = True
        self.refresh_marks()
        self._refresh_progress_if_shown()
        self._show_day(self._selected_day())

    def show_experiment(self, experiment_id: int) -> None:
        """Show one experiment: today if it is running, else its first day (used by the wizard)."""
        if self._services is None:
            return
        if all(experiment.id != experiment_id for experiment in self._experiments):
            self.reload_experiments()
        index = self.filter.findData(experiment_id)
        if index == -1:
            return
        self.filter.setCurrentIndex(index)
        if self.filter.currentIndex() != index:
            return
        experiment = next(experiment for experiment in self._experiments if experiment.id == experiment_id)
        today = dates.today()
        self.tabs.setCurrentWidget(self.day_view)
        self.right.setCurrentWidget(self.tabs)
        lifecycle = experiment.lifecycle
        self.select_day(today if lifecycle.runs_on(today, today) else lifecycle.planned_start(today))
        self.day_view.focus_experiment(experiment_id)

    # Search ----------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.search_field.text()
        if self._services is None or not query.strip():
            self.right.setCurrentWidget(self.tabs)
            return
        # Search what was just typed too; writing that cannot be saved stays in view.
        if not self.day_view.save():
            self.right.setCurrentWidget(self.tabs)
            return
        self.search_results.show_results(query, self._services.diary.search(query))
        self.right.setCurrentWidget(self.search_results)

    def _leave_search(self) -> None:
        self.search_field.clear()
        self.right.setCurrentWidget(self.tabs)
        self.calendar.setFocus()

    def open_day(self, experiment_id: int, day: dt.date) -> None:
        """Open a search hit: its day, its experiment's section."""
        chosen = self.experiment_filter()
        if chosen is not None and chosen != experiment_id:
            self.filter.setCurrentIndex(self.filter.findData(experiment_id))
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.day_view)
        self.select_day(day)
        self.day_view.focus_experiment(experiment_id)
        if self.day_view.tabs.count():
            self.day_view.tabs.currentWidget().setFocus()
        self.day_view.highlight(experiment_id, search_words(self.search_field.text()))

    def open_note(self, day: dt.date) -> None:
        """Open a search hit in a day's note: its day, whichever experiment is chosen, the words marked."""
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.day_view)
        self.select_day(day)
        self.day_view.highlight(None, search_words(self.search_field.text()))
