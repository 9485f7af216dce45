"""The Diary area: the month calendar, the day's entries, search and the picture of progress.

The filter offers every experiment that has started. "All experiments" shows, on a day, each
experiment running then (an active one runs until it is completed) and any that has writing on
it; choosing a completed experiment shows its days, which stay editable: notes written later
about a past day are still the person's diary.
"""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QToolButton,
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
from valuesdesk.ui.look import Space
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.ui.context import AppContext

SEARCH_DELAY_MS = 250
TODAY_SHORTCUT = "Ctrl+T"
SEARCH_FIELD_CHARACTERS = 16
FILTER_MIN_WIDTH = 120
# The diary's width at most, in characters of the body's font: the calendar and a readable column of
# the day (the progress and the search results have more room for their counts).
CONTENT_CHARACTERS = 170
CONTENT_STRETCH = 100
# Between the calendar's column and the day's.
BODY_SPACING = Space.LARGE
# The calendar takes this share of the page's width, kept between these widths.
CALENDAR_SHARE = 0.26
CALENDAR_MIN_WIDTH = 224
CALENDAR_MAX_WIDTH = 330
# A week's row is a little taller than a day is wide (room for the marks under the number), up to this.
WEEK_ROW_RATIO = 1.1
MAX_WEEK_ROW = 46
# A compact week's row: the day's number and, under it, a row of marks of the least size with a gap.
COMPACT_WEEK_MARKS = 14
CALENDAR_STRETCH = 1000
# Above and below the month's buttons in the calendar's navigation bar.
NAVIGATION_MARGINS = 6
ALL_EXPERIMENTS = QT_TRANSLATE_NOOP("DiaryPage", "All experiments")
NOTE_BELOW = QT_TRANSLATE_NOOP("DiaryPage", "The note below is this day's.")
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
        # The last day was chosen with the mouse (a click in the calendar or on Today): on today, the cursor goes
        # to where writing begins. Chosen by keys, the keyboard stays where the person is.
        self._chosen_by_pointer = False

        self.heading = QLabel(self.tr("Daily Reactions Diary"))
        self.heading.setObjectName("pageHeading")

        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Experiment"))
        # As wide as its longest entry where there is room: an experiment is told apart by its dates.
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.setMinimumWidth(FILTER_MIN_WIDTH)
        filter_label = QLabel(self.tr("&Experiment"))
        filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._filter_changed)

        self.search_field = QLineEdit()
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setPlaceholderText(self.tr("Search the diary"))
        self.search_field.setClearButtonEnabled(True)
        for clear in self.search_field.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear search"))
        # As wide as the calendar's column: the clear button appearing then widens nothing nor moves its label.
        self.search_field.setMinimumWidth(self.search_field.fontMetrics().averageCharWidth() * SEARCH_FIELD_CHARACTERS)
        self.search_label = QLabel(self.tr("&Search"))
        self.search_label.setBuddy(self.search_field)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textEdited.connect(lambda: self._search_timer.start())
        self.search_field.returnPressed.connect(self.run_search)
        # Down goes from the field to the results, as in a list of suggestions (see eventFilter).
        self.search_field.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search).setWhatsThis(self.tr("Search the Diary"))

        self.calendar = DiaryCalendar()
        self.calendar.currentPageChanged.connect(lambda _year, _month: self.refresh_marks())
        self.calendar.selectionChanged.connect(self._day_selected)
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Show today ({keys})").format(keys=TODAY_SHORTCUT))
        # An action, so that a list of the program's shortcuts made from its actions names it too.
        self.today_action = QAction(self.tr("Today"), self)
        self.today_action.setShortcut(QKeySequence(TODAY_SHORTCUT))
        self.today_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.today_action.triggered.connect(self.go_to_today)
        self.addAction(self.today_action)
        self.today_button.clicked.connect(self.today_action.trigger)
        for chooser in (self.calendar.day_grid, self.calendar.day_grid.viewport(), self.today_button):
            chooser.installEventFilter(self)
        self.legend = MarksLegend()

        self.day_view = DayView()
        self.day_view.changed.connect(self._entry_changed)
        self.progress_view = ProgressView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Diary views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.day_view, self.tr("&Day"))
        self.tabs.addTab(self.progress_view, self.tr("Pro&gress"))
        self.tabs.currentChanged.connect(lambda _index: self._refresh_progress_if_shown())
        self.tabs.tabBar().setAccessibleName(self.tabs.accessibleName())
        # The day's experiments share the row of Day and Progress: one row of tabs over the day, none with one try-on.
        self.tabs.setCornerWidget(self.day_view.section_bar, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda _index: self._show_sections_of_day())
        # Alt+D and Alt+G show the Day or the Progress and go into it, not leave focus behind in the calendar.
        self.tabs.tabBar().installEventFilter(self)
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

        # One row over the diary, the page's name and the experiment shown, and the search over the calendar. Where
        # that row would cut the experiment's name short, the search shares the name's row and the experiment has the
        # next: the diary keeps its height for a low window (see _fit_to_width).
        self.filter_box = QWidget()
        filter_row = QHBoxLayout(self.filter_box)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter)
        filter_row.addStretch(1)
        self._top = QGridLayout()
        self._top.setContentsMargins(0, 0, 0, 0)
        self._top.setHorizontalSpacing(Space.WIDE)
        self._top.setVerticalSpacing(0)
        self._top.addWidget(self.heading, 0, 0)
        self._top.setColumnStretch(1, 1)
        self.search_box = QWidget()
        search_row = QHBoxLayout(self.search_box)
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search_field, 1)
        self._filter_beside_heading: bool | None = None

        # The calendar's column: as narrow as a readable month allows, the rest is the day's.
        self.calendar_column = QWidget()
        self._left_layout = left_layout = QVBoxLayout(self.calendar_column)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        # The calendar takes the room first, up to the height its weeks want; what is left stays below the legend.
        left_layout.addWidget(self.calendar, CALENDAR_STRETCH)
        today_row = QHBoxLayout()
        today_row.addWidget(self.today_button)
        today_row.addStretch(1)
        left_layout.addLayout(today_row)
        left_layout.addWidget(self.legend)
        left_layout.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(BODY_SPACING)
        body.addWidget(self.calendar_column)
        body.addWidget(self.right, 1)

        # On a wide screen the diary keeps together in the middle: the calendar beside the day's column
        # rather than at the far side of an empty stretch.
        self.content = QWidget()
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(self._top)
        content_layout.addSpacing(Space.TIGHT)
        content_layout.addLayout(body, 1)
        layout = QHBoxLayout(self)
        layout.setSpacing(0)
        layout.addStretch(1)
        layout.addWidget(self.content, CONTENT_STRETCH)
        layout.addStretch(1)

        # In the order they are seen: the experiment and the search at the top (see _place_filter), the calendar's
        # month bar and days, Today, then the day (DayView chains its fields after the bar of its experiments).
        calendar = self.calendar
        order = (
            calendar.previous_button,
            calendar.month_button,
            calendar.year_field,
            calendar.next_button,
            calendar.day_grid,
            self.today_button,
            self.tabs,
            self.day_view.section_bar,
        )
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        self._fit_to_width(self.width())
        self.setEnabled(False)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Coming to the Diary (Ctrl+2) puts the keyboard on the selected day, read with its marks."""
        super().focusInEvent(event)
        self.calendar.day_grid.setFocus(event.reason())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_to_width(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new text size (Settings ▸ Appearance): the calendar's room again, once every child has its new font.
        if event.type() is QEvent.Type.FontChange:
            QTimer.singleShot(0, self, lambda: self._fit_to_width(self.width()))

    def _fit_to_width(self, page_width: int) -> None:
        """The diary at most a readable width, and a compact month: a share of the page between a least and a
        most width, its days about square."""
        width = max(CALENDAR_MIN_WIDTH, min(CALENDAR_MAX_WIDTH, round(page_width * CALENDAR_SHARE)))
        # No narrower than its month bar and seven day columns need, in larger text too.
        day_columns = 7 * self.calendar.day_grid.horizontalHeader().minimumSectionSize()
        width = max(width, self.calendar.minimumSizeHint().width(), day_columns)
        self.calendar_column.setFixedWidth(width)
        content_width = self.fontMetrics().averageCharWidth() * CONTENT_CHARACTERS
        self.content.setMaximumWidth(content_width)
        one_row = self.heading.sizeHint().width() + Space.WIDE + self.filter_box.sizeHint().width()
        self._place_filter(beside_heading=one_row <= min(page_width, content_width))
        navigation = self.calendar.month_button.sizeHint().height() + NAVIGATION_MARGINS
        day_names = self.calendar.fontMetrics().height() + DAY_NAMES_PADDING
        week = min(round(width / 7 * WEEK_ROW_RATIO), MAX_WEEK_ROW)
        # On a low window (a laptop at 150%) the weeks give up height, down to a number and a row of marks,
        # before the page has to scroll as a whole.
        compact_week = min(week, self.calendar.fontMetrics().height() + COMPACT_WEEK_MARKS)
        self.calendar.setMinimumHeight(navigation + day_names + 6 * compact_week + 2)
        self.calendar.setMaximumHeight(navigation + day_names + 6 * week + 2)

    def _place_filter(self, *, beside_heading: bool) -> None:
        """The experiment's box beside the page's name and the search over the calendar; or the search beside the
        name and the experiment under it. Tab goes through them as they are seen, on to the calendar."""
        if beside_heading == self._filter_beside_heading:
            return
        self._filter_beside_heading = beside_heading
        self._top.removeWidget(self.filter_box)
        self._top.removeWidget(self.search_box)
        self._left_layout.removeWidget(self.search_box)
        if beside_heading:
            self._top.addWidget(self.filter_box, 0, 1)
            self._left_layout.insertWidget(0, self.search_box)
        else:
            self._top.addWidget(self.search_box, 0, 2)
            self._top.addWidget(self.filter_box, 1, 0, 1, 3)
        # The page's least height follows now, not after the next layout pass (a low window's fit is checked at once).
        self.calendar_column.updateGeometry()
        order = (self.filter, self.search_field) if beside_heading else (self.search_field, self.filter)
        for first, second in pairwise((*order, self.calendar.previous_button)):
            self.setTabOrder(first, second)

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
        self.filter.addItem(QCoreApplication.translate("DiaryPage", ALL_EXPERIMENTS), ALL_ID)
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
        chosen = self.experiment_filter()
        shown = (experiment for experiment in self._experiments if chosen in (None, experiment.id))
        self.calendar.set_marks(self._services.diary.month_marks(first, last, chosen), shown)

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
            empty = self.tr("No value is being tried on yet: once you start one, its days appear here.")
        else:
            empty = self.tr("No experiment ran on {day}: shaded days are those of a try-on.").format(day=long_day(day))
        empty += " " + QCoreApplication.translate("DiaryPage", NOTE_BELOW)
        self.day_view.show_day(day, entries, today, empty, self._services.diary.day_note(day))
        if entries:
            self.day_view.offer_checks(self._services.values_checks.suggestions())
        self._shown_day = day
        self._show_sections_of_day()
        self._begin_writing_if_pointed()

    def _show_sections_of_day(self) -> None:
        """The bar of the day's experiments beside Day and Progress, while the Day is shown and has several."""
        bar = self.day_view.section_bar
        bar.setVisible(self.tabs.currentWidget() is self.day_view and bar.count() > 1)

    def _begin_writing_if_pointed(self) -> None:
        """Today chosen with the mouse: the cursor in the first empty field, ready for writing."""
        pointed, self._chosen_by_pointer = self._chosen_by_pointer, False
        if pointed and self._shown_day == dates.today():
            self._begin_writing()

    def _begin_writing(self) -> None:
        field = self.day_view.first_empty_field()
        if field is not None:
            # After the click that chose the day is handled: the calendar takes the focus on it.
            QTimer.singleShot(0, field, lambda: field.setFocus(Qt.FocusReason.MouseFocusReason))

    def showEvent(self, event: QShowEvent) -> None:
        """The Diary opened with the mouse (its place in the sidebar) on today: the cursor where writing begins."""
        super().showEvent(event)
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton and self._shown_day == dates.today():
            self._begin_writing()

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
        self._begin_writing_if_pointed()

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

    def _focus_results(self) -> bool:
        if self.right.currentWidget() is not self.search_results or not self.search_results.results.count():
            return False
        self.search_results.results.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress) and watched is not self.search_field:
            self._chosen_by_pointer = event.type() == QEvent.Type.MouseButtonPress
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self._focus_results()
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            # After the tab bar has shown the view of its mnemonic.
            QTimer.singleShot(0, self._focus_view_shown)
        return super().eventFilter(watched, event)

    def _focus_view_shown(self) -> None:
        view = self.tabs.currentWidget()
        first = self._first_stop_of_day() if view is self.day_view else first_tab_stop(view)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _first_stop_of_day(self) -> QWidget | None:
        """The day's first place to answer or write in (past the offer of a values check, which is not the day's)."""
        editor = self.day_view.current_editor()
        stops = [*(editor.focus_order if editor is not None else ()), self.day_view.note.text]
        return next((stop for stop in stops if accepts_tab(stop)), None)

    def _leave_search(self) -> None:
        self.search_field.clear()
        self.right.setCurrentWidget(self.tabs)
        self.calendar.day_grid.setFocus()

    def open_day(self, experiment_id: int, day: dt.date) -> None:
        """Open a search hit: its day, its experiment's section."""
        chosen = self.experiment_filter()
        if chosen is not None and chosen != experiment_id:
            self.filter.setCurrentIndex(self.filter.findData(experiment_id))
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.day_view)
        self.select_day(day)
        self.day_view.focus_experiment(experiment_id)
        editor = self.day_view.current_editor()
        if editor is not None:
            # The section's first field, unless the highlight below puts the cursor in the matched one.
            editor.focus_order[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.day_view.highlight(experiment_id, search_words(self.search_field.text()))

    def open_note(self, day: dt.date) -> None:
        """Open a search hit in a day's note: its day, whichever experiment is chosen, the words marked."""
        self.right.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.day_view)
        self.select_day(day)
        self.day_view.note.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.day_view.highlight(None, search_words(self.search_field.text()))


def first_tab_stop(container: QWidget) -> QWidget | None:
    """The first widget in ``container`` that Tab would stop at, in the focus chain's order."""
    widget = container.nextInFocusChain()
    while widget is not None and widget is not container:
        if container.isAncestorOf(widget) and accepts_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def accepts_tab(widget: QWidget) -> bool:
    """Whether Tab would stop at ``widget``: shown, enabled and taking focus by Tab."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )
