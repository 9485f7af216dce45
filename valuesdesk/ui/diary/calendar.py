"""The diary's month calendar: days with an entry, check-in marks, try-on shading and today.

A month bar (previous month, the month, the year, next month) above a grid of six weeks: a table
view over a model of the days shown, so that a screen reader reads each day's cell in full (its date,
today, the selection, the try-on day and the marks) when focus moves to it, and the day names as
the columns' headers.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import CheckInOutcome, DayState, ExperimentRef, dates
from valuesdesk.ui.diary.marks import (
    blend,
    cell_background,
    paint_entry_mark,
    paint_state,
    paint_try_on_cue,
    readable,
    try_on_cue_colour,
    try_on_shade,
)
from valuesdesk.ui.local_dates import long_day, pydate, qdate

if TYPE_CHECKING:
    from valuesdesk.services.diary import DayMark, MonthMarks

# The marks under a day's number: as large as the cell allows between these, a little apart from it.
MARK_SIZE = 13
MIN_MARK_SIZE = 7
MARK_GAP = 3
# WCAG's least contrast for text: the faded numbers of the months either side keep to it too.
TEXT_CONTRAST = 4.5
# The row of day names is a line of small text, not a row as tall as a week's.
DAY_NAMES_PADDING = 8
MONTH_BUTTON_PADDING = 6
# Days either side of the month shown whose marks are read too: the grid shows at most two weeks of them.
NEIGHBOUR_DAYS = 14
# Narrower than this, "Mon" would be cut to "M…": the day names shrink to one letter.
SHORT_DAY_NAMES_WIDTH = 260
WEEKS = 6
WEEK_DAYS = 7
# The focused day's ring, inside the cell's edge and as thick as WCAG's focus indicator asks.
FOCUS_RING_WIDTH = 2
# The days a Python date can hold: the calendar goes no further, and the first and last
# month's grid shows days beyond them (greyed), which have no marks. Writing on a day outside the
# days ValuesDesk keeps (domain.limits) is refused by the diary service, saying why.
# The days ValuesDesk keeps; writing outside them is refused, so the calendar does not go there.
FIRST_DAY = qdate(dates.first_day())
LAST_DAY = qdate(dates.last_day())


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def first_shown(year: int, month: int, first_weekday: Qt.DayOfWeek) -> QDate:
    """The first day of the grid: the week of the month's first day, or the week before when the month
    starts a week, so that each month shows some days of the one before (as QCalendarWidget did)."""
    first = QDate(year, month, 1)
    offset = (first.dayOfWeek() - first_weekday.value) % WEEK_DAYS or WEEK_DAYS
    return first.addDays(-offset)


class MonthModel(QAbstractTableModel):
    """The six weeks shown, a day per cell: its number to paint, its words to read, its date."""

    DATE_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, owner: DiaryCalendar) -> None:
        super().__init__(owner)
        self._calendar = owner
        self._first = first_shown(owner.yearShown(), owner.monthShown(), owner.first_weekday())
        self.short_names = True

    def show_page(self, year: int, month: int) -> None:
        # Six weeks whatever the month: every cell reads anew, but no reset, which would lay out the grid's
        # header and, from it, the whole diary page again (25 ms a month switch at ten years).
        self._first = first_shown(year, month, self._calendar.first_weekday())
        self.refresh()

    def refresh(self) -> None:
        """The marks or the selection changed: every cell reads anew."""
        self.dataChanged.emit(self.index(0, 0), self.index(WEEKS - 1, WEEK_DAYS - 1))

    def date_at(self, index: QModelIndex | QPersistentModelIndex) -> QDate:
        return self._first.addDays(index.row() * WEEK_DAYS + index.column())

    def index_of(self, date: QDate) -> QModelIndex:
        offset = self._first.daysTo(date)
        if not 0 <= offset < WEEKS * WEEK_DAYS:
            return QModelIndex()
        return self.index(offset // WEEK_DAYS, offset % WEEK_DAYS)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEKS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else WEEK_DAYS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        date = self.date_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return date.day()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._calendar.spoken_day(date)
        if role == self.DATE_ROLE:
            return date
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        weekday = (self._calendar.first_weekday().value - 1 + section) % WEEK_DAYS + 1
        locale = self._calendar.locale()
        if role == Qt.ItemDataRole.DisplayRole:
            length = QLocale.FormatType.ShortFormat if self.short_names else QLocale.FormatType.NarrowFormat
            return locale.standaloneDayName(weekday, length)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return locale.standaloneDayName(weekday, QLocale.FormatType.LongFormat)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags


class DayDelegate(QStyledItemDelegate):
    """Paints a day as the calendar does, and a ring around the focused day while the grid has focus."""

    def __init__(self, owner: DiaryCalendar, grid: DayGrid) -> None:
        super().__init__(grid)
        self._calendar = owner
        self._grid = grid

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        rect = QRect(option.rect)
        self._calendar.paintCell(painter, rect, index.data(MonthModel.DATE_ROLE))
        if self._grid.hasFocus() and index == self._grid.currentIndex():
            palette = self._calendar.palette()
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            ring = readable(palette.color(QPalette.ColorRole.Text), cell_background(palette))
            painter.setPen(QPen(ring, FOCUS_RING_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = FOCUS_RING_WIDTH / 2
            painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 5, 5)
            painter.restore()


class DayGrid(QTableView):
    """The weeks of the month: arrow keys move the day (across months too), Page Up and Page Down the month,
    Home and End to the month's first and last day; a click chooses the day."""

    def __init__(self, owner: DiaryCalendar) -> None:
        super().__init__(owner)
        self._calendar = owner
        self.setObjectName("diaryCalendarDays")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the calendar for the next field: the arrows move within it.
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        days = self.horizontalHeader()
        days.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        days.setSectionsClickable(False)
        days.setHighlightSections(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self._calendar.moved_day(Qt.Key(event.key()), event.modifiers())
        if step is None:
            super().keyPressEvent(event)
            return
        self._calendar.setSelectedDate(step)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._calendar.setSelectedDate(index.data(MonthModel.DATE_ROLE))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """A drag selects nothing: a day is chosen by its click."""
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._calendar.point_at_selected_day()
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()


class DiaryCalendar(QWidget):
    """A month of days with each day's marks; arrows move the day, Page Up/Down the month.

    It keeps QCalendarWidget's interface where the diary uses it: selectedDate, setSelectedDate,
    setCurrentPage, showPreviousMonth/showNextMonth, yearShown/monthShown and the signals
    selectionChanged and currentPageChanged(year, month).
    """

    selectionChanged = Signal()
    currentPageChanged = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diaryCalendar")
        self.setMinimumSize(210, 220)
        # Today by the one clock, not the system's.
        today = qdate(dates.today())
        self._selected_date = today
        self._page = (today.year(), today.month())
        self._marks: Mapping[dt.date, DayMark] = MappingProxyType({})
        self._try_on: frozenset[dt.date] = frozenset()
        self._experiments: tuple[ExperimentRef, ...] = ()

        self.navigation = QWidget(self)
        self.navigation.setObjectName("diaryCalendarNavigation")
        # The bar in the accent, its buttons and year in the accent's text colour, as QCalendarWidget's.
        self.navigation.setAutoFillBackground(True)
        self.previous_button = self._arrow("\u2039", self.tr("Previous month"), self.showPreviousMonth)
        self.next_button = self._arrow("\u203a", self.tr("Next month"), self.showNextMonth)
        self.month_button = QToolButton(self.navigation)
        self.month_button.setObjectName("diaryCalendarMonth")
        self.month_button.setAutoRaise(True)
        self.month_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.month_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.month_button.setAccessibleDescription(self.tr("The month shown: opens a list of the months"))
        self.month_menu = QMenu(self.month_button)
        for month in range(1, 13):
            action = QAction(self.locale().standaloneMonthName(month), self.month_menu)
            action.triggered.connect(lambda _checked=False, chosen=month: self.setCurrentPage(self.yearShown(), chosen))
            self.month_menu.addAction(action)
        self.month_button.setMenu(self.month_menu)
        self.year_field = QSpinBox(self.navigation)
        self.year_field.setObjectName("diaryCalendarYear")
        self.year_field.setRange(FIRST_DAY.year(), LAST_DAY.year())
        self.year_field.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.year_field.setFrame(False)
        self.year_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The year is not written with the locale's thousands separator ("2,026").
        self.year_field.setGroupSeparatorShown(False)
        self.year_field.setKeyboardTracking(False)
        # On the bar's accent like the month's name, not in a white box.
        self.year_field.setStyleSheet("QSpinBox { background: transparent; color: palette(highlighted-text); }")
        self.year_field.setAccessibleName(self.tr("Year"))
        self.year_field.lineEdit().setAccessibleName(self.tr("Year"))
        self.year_field.setAccessibleDescription(self.tr("The year shown: type a year, or Up and Down to change it"))
        self.year_field.valueChanged.connect(lambda year: self.setCurrentPage(year, self.monthShown()))
        bar = QHBoxLayout(self.navigation)
        bar.setContentsMargins(2, 0, 2, 0)
        bar.setSpacing(0)
        bar.addWidget(self.previous_button)
        bar.addStretch(1)
        bar.addWidget(self.month_button)
        bar.addWidget(self.year_field)
        bar.addStretch(1)
        bar.addWidget(self.next_button)

        self.model = MonthModel(self)
        self.day_grid = DayGrid(self)
        self.day_grid.setModel(self.model)
        self.day_grid.setItemDelegate(DayDelegate(self, self.day_grid))
        self.day_grid.setAccessibleName(self.tr("Calendar"))
        self.day_grid.setAccessibleDescription(
            self.tr("Arrow keys move the day, Page Up and Page Down the month, Home and End to its first and last day")
        )
        self.setAccessibleName(self.tr("Calendar"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.day_grid, 1)
        # In the order they are seen: the bar from left to right, then the days.
        QWidget.setTabOrder(self.previous_button, self.month_button)
        QWidget.setTabOrder(self.month_button, self.year_field)
        QWidget.setTabOrder(self.year_field, self.next_button)
        QWidget.setTabOrder(self.next_button, self.day_grid)
        self._paint_navigation()
        self._show_page_in_bar()
        self._fit_to_font()
        self._remember_view()
        self.point_at_selected_day()

    def _arrow(self, chevron: str, name: str, slot) -> QToolButton:
        """A month arrow drawn as text, in the bar's text colour (themes' arrow icons are faint in some)."""
        arrow = QToolButton(self.navigation)
        arrow.setText(chevron)
        arrow.setAutoRaise(True)
        arrow.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        arrow.setAccessibleName(name)
        arrow.setToolTip(name)
        font = arrow.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        arrow.setFont(font)
        arrow.clicked.connect(slot)
        return arrow

    def _paint_navigation(self) -> None:
        palette = QPalette(self.palette())
        accent, on_accent = (
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.HighlightedText),
        )
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
            palette.setColor(role, accent)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(role, on_accent)
        self.navigation.setPalette(palette)

    def _fit_to_font(self) -> None:
        """A short row of day names, and a month button with room for its menu's arrow beside the name."""
        self.day_grid.horizontalHeader().setFixedHeight(self.fontMetrics().height() + DAY_NAMES_PADDING)
        # Qt draws the arrow over the end of the name; room for it on both sides keeps the name centred.
        metrics = self.month_button.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.locale().standaloneMonthName(month)) for month in range(1, 13))
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, self.month_button)
        self.month_button.setMinimumWidth(widest + 2 * arrow + 2 * MONTH_BUTTON_PADDING)
        digits = self.year_field.fontMetrics().horizontalAdvance("0000")
        self.year_field.setFixedWidth(digits + 2 * MONTH_BUTTON_PADDING)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange, QEvent.Type.StyleChange):
            self._fit_to_font()
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_navigation()

    def resizeEvent(self, event: QResizeEvent) -> None:
        short = event.size().width() >= SHORT_DAY_NAMES_WIDTH
        if short != self.model.short_names:
            self.model.short_names = short
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, WEEK_DAYS - 1)
        super().resizeEvent(event)

    # QCalendarWidget's interface, as the diary uses it ---------------------------------------

    def first_weekday(self) -> Qt.DayOfWeek:
        return self.locale().firstDayOfWeek()

    def selectedDate(self) -> QDate:
        return QDate(self._selected_date)

    def yearShown(self) -> int:
        return self._page[0]

    def monthShown(self) -> int:
        return self._page[1]

    def minimumDate(self) -> QDate:
        return QDate(FIRST_DAY)

    def maximumDate(self) -> QDate:
        return QDate(LAST_DAY)

    def setSelectedDate(self, date: QDate) -> None:
        """Select ``date`` (kept within the days ValuesDesk keeps) and show its month."""
        date = max(FIRST_DAY, min(LAST_DAY, date))
        changed = date != self._selected_date
        self._selected_date = date
        self._remember_view()
        # The month first, so that its marks are read before the day's cell is.
        self.setCurrentPage(date.year(), date.month())
        self.model.refresh()
        self.point_at_selected_day()
        if changed:
            self.selectionChanged.emit()

    def setCurrentPage(self, year: int, month: int) -> None:
        """Show a month; the first and last that hold days ValuesDesk keeps at most."""
        page = max((FIRST_DAY.year(), FIRST_DAY.month()), min((LAST_DAY.year(), LAST_DAY.month()), (year, month)))
        if page == self._page:
            return
        self._page = page
        self.model.show_page(*page)
        self._remember_view()
        self._show_page_in_bar()
        self.point_at_selected_day()
        self.currentPageChanged.emit(*page)

    def showPreviousMonth(self) -> None:
        previous = QDate(self.yearShown(), self.monthShown(), 1).addMonths(-1)
        self.setCurrentPage(previous.year(), previous.month())

    def showNextMonth(self) -> None:
        following = QDate(self.yearShown(), self.monthShown(), 1).addMonths(1)
        self.setCurrentPage(following.year(), following.month())

    def updateCells(self) -> None:
        self.day_grid.viewport().update()

    # Keys, the bar and the focused cell -----------------------------------------------------

    def moved_day(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> QDate | None:
        """The day a key moves the selection to, or None for a key that does not move it."""
        if modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            return None
        day = self._selected_date
        steps = {
            Qt.Key.Key_Left: -1 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else 1,
            Qt.Key.Key_Right: 1 if self.layoutDirection() == Qt.LayoutDirection.LeftToRight else -1,
            Qt.Key.Key_Up: -WEEK_DAYS,
            Qt.Key.Key_Down: WEEK_DAYS,
        }
        if key in steps:
            return day.addDays(steps[key])
        if key == Qt.Key.Key_PageUp:
            return day.addMonths(-1)
        if key == Qt.Key.Key_PageDown:
            return day.addMonths(1)
        if key == Qt.Key.Key_Home:
            return QDate(day.year(), day.month(), 1)
        if key == Qt.Key.Key_End:
            return QDate(day.year(), day.month(), day.daysInMonth())
        return None

    def point_at_selected_day(self) -> None:
        """The grid's current cell is the selected day when it is shown, else the same day of the month shown:
        a screen reader reads it as focus comes to the grid or moves in it."""
        index = self.model.index_of(self._selected_date)
        selection = self.day_grid.selectionModel()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return
        year, month = self._page
        day = min(self._selected_date.day(), QDate(year, month, 1).daysInMonth())
        selection.setCurrentIndex(self.model.index_of(QDate(year, month, day)), QItemSelectionModel.SelectionFlag.Clear)

    def _show_page_in_bar(self) -> None:
        year, month = self._page
        self.month_button.setText(self.locale().standaloneMonthName(month))
        self.month_button.setAccessibleName(self.month_button.text())
        self.year_field.blockSignals(True)
        self.year_field.setValue(year)
        self.year_field.blockSignals(False)
        previous_ok = (year, month) > (FIRST_DAY.year(), FIRST_DAY.month())
        next_ok = (year, month) < (LAST_DAY.year(), LAST_DAY.month())
        self.previous_button.setEnabled(previous_ok)
        self.next_button.setEnabled(next_ok)

    # Marks and words --------------------------------------------------------------------------

    def set_marks(self, month: MonthMarks, experiments: Iterable[ExperimentRef] = ()) -> None:
        """The marks of the days shown; ``experiments`` (those chosen) number the try-on days."""
        self._marks = month.marks
        self._try_on = month.try_on_days
        self._experiments = tuple(experiments)
        self.model.refresh()
        self.updateCells()

    def spoken_day(self, date: QDate) -> str:
        """A day's cell in words: "Tuesday, 17 November 2026, try-on day 3, diary entry, enacted"."""
        if not FIRST_DAY <= date <= LAST_DAY:
            return QLocale().toString(date, QLocale.FormatType.LongFormat)
        day = pydate(date)
        parts = [long_day(day)]
        if day == dates.today():
            parts.append(self.tr("today"))
        if date == self._selected_date:
            parts.append(self.tr("selected"))
        if date.month() != self._month_shown:
            parts.append(self.tr("outside the month shown"))
        if day in self._try_on:
            trying = [experiment for experiment in self._experiments if experiment.lifecycle.is_try_on_day(day)]
            if len(trying) == 1:
                parts.append(self.tr("try-on day {number}").format(number=trying[0].lifecycle.day_of(day)))
            elif trying:
                # Two try-ons at once: each day is named with its value.
                parts.extend(
                    self.tr("try-on day {number} of {value}").format(
                        number=experiment.lifecycle.day_of(day), value=experiment.title
                    )
                    for experiment in trying
                )
            else:
                parts.append(self.tr("try-on day"))
        mark = self._marks.get(day)
        if mark is not None and mark.has_entry:
            parts.append(self.tr("diary entry"))
        if mark is not None:
            spoken = {
                CheckInOutcome.YES: self.tr("enacted"),
                CheckInOutcome.PARTLY: self.tr("partly enacted"),
                CheckInOutcome.NO: self.tr("not enacted"),
            }
            parts.extend(spoken[outcome] for outcome in CheckInOutcome if outcome in mark.outcomes)
        return ", ".join(parts)

    def selected_day(self) -> dt.date:
        return pydate(self.selectedDate())

    def select_quietly(self, day: dt.date) -> None:
        """Select ``day`` without announcing it, to go back to a day that could not be left."""
        self.blockSignals(True)
        self.setSelectedDate(qdate(day))
        self.blockSignals(False)
        self._remember_view()

    def _remember_view(self) -> None:
        # Read once when they change rather than in each of the 42 cells painted.
        self._month_shown = self.monthShown()
        self._selected = self.selected_day()

    def shown_month(self) -> tuple[dt.date, dt.date]:
        return month_bounds(self.yearShown(), self.monthShown())

    def shown_days(self) -> tuple[dt.date, dt.date]:
        """The month shown with the days of the months either side that the grid shows, within the days kept."""
        first, last = self.shown_month()
        return (
            max(first - dt.timedelta(days=NEIGHBOUR_DAYS), dates.first_day()),
            min(last + dt.timedelta(days=NEIGHBOUR_DAYS), dates.last_day()),
        )

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        # Around the first and last month the grid shows days no Python date holds: they have no marks.
        day = pydate(date) if FIRST_DAY <= date <= LAST_DAY else None
        palette = self.palette()
        in_month = date.month() == self._month_shown
        selected = day is not None and day == self._selected
        today = day is not None and day == dates.today()
        cell = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Days of the months either side stand on a shade of their own, keeping their try-on and marks.
        background = cell_background(palette) if in_month else blend(cell_background(palette), neighbour_shade(palette))
        painter.fillRect(QRectF(rect), background)
        if day in self._try_on:
            background = blend(background, try_on_shade(palette))
            painter.fillRect(QRectF(rect), try_on_shade(palette))
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(cell, 4, 4)
        if today:
            ring = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight)
            painter.setPen(QPen(readable(ring, background), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(cell.adjusted(1, 1, -1, -1), 4, 4)
        if day in self._try_on:  # more than a shade: a folded corner (marks.paint_try_on_cue)
            selected_ink = palette.color(QPalette.ColorRole.HighlightedText)
            paint_try_on_cue(painter, cell, selected_ink if selected else try_on_cue_colour(palette, background))

        if selected:
            ink = palette.color(QPalette.ColorRole.HighlightedText)
        elif in_month:
            ink = palette.color(QPalette.ColorRole.Text)
        else:
            ink = readable(palette.color(QPalette.ColorRole.PlaceholderText), background, TEXT_CONTRAST)
        font = QFont(painter.font())
        font.setBold(today)
        painter.setFont(font)
        painter.setPen(ink)
        mark = self._marks.get(day) if day is not None else None
        glyphs = self._glyph_count(mark)
        glyph = mark_size(cell, glyphs)
        # The number and the marks under it sit together in the middle of the cell.
        line_height = painter.fontMetrics().height()
        block = line_height + (MARK_GAP + glyph if glyphs else 0)
        top = cell.center().y() - block / 2
        painter.drawText(
            QRectF(cell.left(), top, cell.width(), line_height), Qt.AlignmentFlag.AlignCenter, str(date.day())
        )
        if mark is not None and glyphs:
            marks_ink = ink if selected else None
            self._paint_mark(painter, cell, top + line_height + MARK_GAP, glyph, mark, palette, marks_ink, background)
        painter.restore()

    @staticmethod
    def _glyph_count(mark: DayMark | None) -> int:
        return 0 if mark is None else len(mark.outcomes) + int(mark.has_entry)

    @staticmethod
    def _paint_mark(
        painter: QPainter,
        cell: QRectF,
        top: float,
        glyph: float,
        mark: DayMark,
        palette: QPalette,
        ink: QColor | None,
        background: QColor,
    ) -> None:
        """The check-in answers of the day (one per answer given, in their order), then the entry mark."""
        outcomes = [outcome for outcome in CheckInOutcome if outcome in mark.outcomes]
        count = len(outcomes) + int(mark.has_entry)
        gap = glyph / 3
        left = cell.center().x() - (count * glyph + (count - 1) * gap) / 2
        for outcome in outcomes:
            paint_state(painter, QRectF(left, top, glyph, glyph), DayState.of(outcome), palette, ink, background)
            left += glyph + gap
        if mark.has_entry:
            writing = ink or readable(palette.color(QPalette.ColorRole.Text), background)
            paint_entry_mark(painter, QRectF(left, top, glyph, glyph).adjusted(1, 1, -1, -1), writing)


def mark_size(cell: QRectF, count: int) -> float:
    """As large as the cell allows, up to MARK_SIZE, for ``count`` marks side by side with a third of one between."""
    if count == 0:
        return 0.0
    fitting = (cell.width() - 6) / (count + (count - 1) / 3)
    return max(MIN_MARK_SIZE, min(MARK_SIZE, fitting, cell.height() * 0.32))


def neighbour_shade(palette: QPalette) -> QColor:
    """The shade of the days of the months before and after the one shown."""
    shade = QColor(palette.color(QPalette.ColorRole.WindowText))
    shade.setAlphaF(0.06)
    return shade
