"""The day's entry: the worksheet's diary fields and the step-9 check-in, one section per experiment,
and under them the day's own note, on every day.

The fields, their labels, hints, groups and order come from the domain's ``DIARY_FIELDS``: each
kind of field has its widget (a text box, a count, a tick box), so a new field appears with no
change here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPalette, QResizeEvent, QTextCharFormat, QTextCursor, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QStyleOptionSpinBox,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import (
    CHECK_IN_LABEL,
    DAY_NOTE_LABEL,
    DAY_NOTE_PLACEHOLDER,
    DAY_NOTE_SCREEN_LABEL,
    DIARY_FIELDS,
    MAX_TIMES_DONE,
    MIN_TIMES_DONE,
    CheckInOutcome,
    DiaryField,
    FieldKind,
    dates,
    diary_field,
)
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.diary.marks import blend
from valuesdesk.ui.diary.vertical_scroll_area import VerticalScrollArea
from valuesdesk.ui.local_dates import long_day
from valuesdesk.ui.save_coordinator import flush_each
from valuesdesk.ui.widgets.autosave import Autosaver, SaveIndicator
from valuesdesk.ui.widgets.growing_text import GrowingTextEdit

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.diary import DayEntry, DiaryValue
    from valuesdesk.ui.context import AppContext

# Saved at most this long after typing pauses: the issue allows a second.
DIARY_AUTOSAVE_MS = 500
# The rhythm of the day: a label sits this close over its field, and each field this far from the next.
LABEL_GAP = 4
FIELD_GAP = 16
CHOICE_GAP = 12
PAGE_MARGIN = 16
# A line of writing stays readable: about this many characters at most.
READABLE_CHARACTERS = 80
# Beside the stretches either side, the column takes the room up to its maximum width.
READABLE_STRETCH = 100
# The date over the day's fields, in the type scale's heading size.
DAY_HEADING_SCALE = 1.35
FUTURE_DAY_REASON = (
    "This day has not come yet, so it cannot be written in: you can check in and write about it on the day itself, "
    "or any day after."
)
# How strongly the accent tints the words of an opened search hit.
SEARCH_TINT = 0.4
# With a day's sections above it, the day's note takes at most this share of the day's height (it scrolls
# beyond); on a day with none it takes the room.
DAY_NOTE_SHARE = 0.4
# Qt's QWIDGETSIZE_MAX (no maximum), which PySide6 does not export.
NO_MAXIMUM = (1 << 24) - 1
SUGGESTED_COUNT_HINT = "Suggested from the earlier days you enacted this value, fully or partly"


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class TimesSpinBox(QSpinBox):
    """How many times so far, shown as "2nd time", marked while it is only a suggestion.

    Its count is None while it shows the suggestion: the person has not given one.
    """

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        self.suggested = False
        super().__init__(parent)
        self._hint = hint
        self.setRange(MIN_TIMES_DONE, MAX_TIMES_DONE)

    def count(self) -> int | None:
        return None if self.suggested else self.value()

    def show_count(self, count: int | None, suggestion: int) -> None:
        self.setValue(suggestion if count is None else count)
        self.set_suggested(count is None)

    def set_suggested(self, suggested: bool) -> None:
        self.suggested = suggested
        self.setToolTip(f"{self._hint}\n{SUGGESTED_COUNT_HINT}" if suggested else self._hint)
        self.lineEdit().setText(self.textFromValue(self.value()))

    def sizeHint(self) -> QSize:
        """Wide enough for its longest text, "(suggested)" included: Qt measures only the range's ends, as
        they read when it first asked, and cut off "3rd time (suggested)"."""
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        # Ordinals of one length differ in width only by their digits and suffix: a few stand for all.
        samples = {*range(MIN_TIMES_DONE, min(MAX_TIMES_DONE, 30) + 1), MAX_TIMES_DONE}
        widest = max(metrics.horizontalAdvance(f"{ordinal(value)} time (suggested)") for value in samples)
        # As Qt adds: room for the text cursor, and the line edit's own frame and margins.
        content = QSize(widest + 2 + 2 * self.lineEdit().textMargins().left(), self.lineEdit().sizeHint().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, content, self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def textFromValue(self, value: int) -> str:
        return f"{ordinal(value)} time" + (" (suggested)" if self.suggested else "")

    def valueFromText(self, text: str) -> int:
        digits = "".join(character for character in text if character.isdigit())
        return int(digits) if digits else self.value()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        digits = "".join(character for character in text if character.isdigit())
        return (QValidator.State.Acceptable if digits else QValidator.State.Intermediate, text, position)


class DiaryTextEdit(GrowingTextEdit):
    """A diary field as tall as its writing; the words of an opened search hit are highlighted."""

    def highlight(self, pattern: re.Pattern[str] | None) -> int | None:
        """Mark every match of ``pattern`` (none: clear the marks); the first match's position, if any."""
        selections = []
        if pattern is not None:
            text = self.toPlainText()
            marked = search_highlight_format(self.palette())
            for match in pattern.finditer(text):
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(self.document())
                selection.cursor.setPosition(utf16_position(text, match.start()))
                selection.cursor.setPosition(utf16_position(text, match.end()), QTextCursor.MoveMode.KeepAnchor)
                selection.format = marked
                selections.append(selection)
        self.setExtraSelections(selections)
        return selections[0].cursor.selectionStart() if selections else None


def utf16_position(text: str, index: int) -> int:
    """Where Python's ``index`` into ``text`` is in Qt's text, which counts an emoji as two."""
    return len(text[:index].encode("utf-16-le")) // 2


def search_highlight_format(palette: QPalette) -> QTextCharFormat:
    """A tint of the accent behind the words, the text keeping its own colour: it reads in light and
    dark palettes, and does not look like a selection that typing would replace."""
    base = palette.color(QPalette.ColorRole.Base)
    accent = palette.color(QPalette.ColorRole.Highlight)
    tint = QColor(accent)
    tint.setAlphaF(SEARCH_TINT)
    tint = blend(base, tint)
    marked = QTextCharFormat()
    marked.setBackground(tint)
    marked.setForeground(palette.color(QPalette.ColorRole.Text))
    return marked


class CheckBoxLabel(QLabel):
    """A check box's text as a label that wraps: a plain QCheckBox keeps its whole text on one line,
    which made the day's editor too wide beside the question dock. Clicking it or its mnemonic
    toggles the box, as the check box's own text would."""

    def __init__(self, text: str, check_box: QCheckBox) -> None:
        super().__init__(text)
        self._check_box = check_box
        self.setWordWrap(True)
        self.setBuddy(check_box)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self._check_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._check_box.animateClick()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._check_box.click()
        super().mouseReleaseEvent(event)


FieldInput = DiaryTextEdit | TimesSpinBox | QCheckBox


def _field_input(field: DiaryField) -> FieldInput:
    """The widget a field of its kind is written in, named as the field's label says."""
    widget: FieldInput
    if field.kind is FieldKind.TEXT:
        widget = DiaryTextEdit()
        widget.setPlaceholderText(field.placeholder)
        widget.setTabChangesFocus(True)
    else:
        # A count or a tick has no empty state to hold a placeholder: its hint is a tooltip.
        widget = TimesSpinBox(field.placeholder) if field.kind is FieldKind.COUNT else QCheckBox()
        widget.setToolTip(field.placeholder)
        widget.setAccessibleDescription(field.placeholder)
    widget.setObjectName(field.name)
    widget.setAccessibleName(field.label)
    if isinstance(widget, TimesSpinBox):
        widget.lineEdit().setAccessibleName(field.label)
    return widget


def _field_label(field: DiaryField, widget: FieldInput) -> QLabel:
    label = CheckBoxLabel(field.screen_label, widget) if isinstance(widget, QCheckBox) else QLabel(field.screen_label)
    label.setWordWrap(True)
    label.setBuddy(widget)
    label.setObjectName("fieldLabel")
    return label


def _keep_place_when_hidden(widget: QWidget) -> None:
    """Keep a widget's place while it is hidden, so that nothing below moves when it appears."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)


class ReadableColumnArea(VerticalScrollArea):
    """A scroll area showing one column of writing, centred, at most a readable line wide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None

    def show_column(self, column: QWidget, body_name: str = "") -> None:
        self.column = column
        body = QWidget()
        body.setObjectName(body_name)
        centred = QHBoxLayout(body)
        centred.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN)
        centred.addStretch(1)
        centred.addWidget(column, READABLE_STRETCH)
        centred.addStretch(1)
        self.setWidget(body)
        self._fit_column()

    def _fit_column(self) -> None:
        """At most a readable line's width: about eighty characters of the field's font."""
        self.column.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_CHARACTERS)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A font may be set while a subclass builds itself, before it has a column.
        if event.type() == QEvent.Type.FontChange and hasattr(self, "column"):
            self._fit_column()

    def attach(self, services: Services) -> None:
        self._services = services


class ExperimentDayEditor(ReadableColumnArea):
    """One experiment's diary and check-in for one day, saved as the person types.

    One column of fields at a readable line length, centred in the one scroll of the page: the
    text fields grow with their writing rather than scrolling inside, and every field stands the
    same distance from the next.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: DayEntry | None = None
        self._loading = False

        self.autosaver = Autosaver(self._save, self, delay_ms=DIARY_AUTOSAVE_MS)
        self.save_indicator = SaveIndicator(self.autosaver)

        self.day_heading = QLabel()
        self.day_heading.setObjectName("entryDay")
        self.day_heading.setWordWrap(True)
        heading_font = self.day_heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * DAY_HEADING_SCALE)
        heading_font.setBold(True)
        self.day_heading.setFont(heading_font)
        self.title = QLabel()
        self.title.setObjectName("entryTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.future_note = QLabel()
        self.future_note.setObjectName("futureNote")
        self.future_note.setWordWrap(True)

        # The day it asks about is in the day's heading above.
        self.check_in_question = QLabel(CHECK_IN_LABEL)
        self.check_in_question.setWordWrap(True)
        self.check_in_question.setObjectName("checkInQuestion")
        self.outcome_buttons: dict[CheckInOutcome, QRadioButton] = {}
        self.outcome_group = QButtonGroup(self)
        check_in_row = QHBoxLayout()
        check_in_row.setSpacing(CHOICE_GAP)
        for outcome in CheckInOutcome:
            button = QRadioButton(outcome.screen_label)
            button.setAccessibleName(outcome.label)
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            check_in_row.addWidget(button)
            button.clicked.connect(lambda _checked=False, outcome=outcome: self._check_in(outcome))
        # A quiet text button, as narrow as its word: the answers and it fit beside the question dock.
        self.clear_check_in = QToolButton()
        self.clear_check_in.setText("Clear")
        self.clear_check_in.setAccessibleName("Clear")
        self.clear_check_in.setToolTip("Forget this day's answer")
        self.clear_check_in.setAutoRaise(True)
        self.clear_check_in.clicked.connect(lambda: self._check_in(None))
        _keep_place_when_hidden(self.clear_check_in)
        check_in_row.addWidget(self.clear_check_in)
        check_in_row.addStretch(1)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_indicator, 0, Qt.AlignmentFlag.AlignTop)

        self.column = QWidget()
        self.column.setObjectName("entryColumn")
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.day_heading)
        layout.addLayout(header)
        layout.addSpacing(LABEL_GAP)
        layout.addWidget(self.future_note)
        layout.addSpacing(FIELD_GAP)
        layout.addWidget(self.check_in_question)
        layout.addSpacing(LABEL_GAP)
        layout.addLayout(check_in_row)

        self.inputs: dict[str, FieldInput] = {}
        self._add_fields(layout)
        layout.addStretch(1)

        self.show_column(self.column, "entryBody")

        # Tab order follows the worksheet: the check-in, then the fields in the table's order.
        order = [*self.outcome_buttons.values(), self.clear_check_in, *self.inputs.values()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _add_fields(self, layout: QVBoxLayout) -> None:
        """The diary's fields, in the worksheet's order, each saved as it is edited: a label over its
        field, a group's heading over its fields, the same gap between each."""
        group = ""
        for field in DIARY_FIELDS:
            widget = self.inputs[field.name] = _field_input(field)
            label = _field_label(field, widget)
            if isinstance(widget, DiaryTextEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, TimesSpinBox):
                widget.valueChanged.connect(lambda _value, box=widget: self._count_edited(box))
            else:
                widget.toggled.connect(self._edited)
            layout.addSpacing(FIELD_GAP)
            if field.group and field.group != group:
                heading = QLabel(field.group)
                heading.setObjectName("fieldGroup")
                heading.setWordWrap(True)
                heading.setIndent(0)  # its styled padding would otherwise indent it from the fields
                heading_font = heading.font()
                heading_font.setBold(True)
                heading.setFont(heading_font)
                layout.addWidget(heading)
                layout.addSpacing(FIELD_GAP)
            group = field.group
            if isinstance(widget, QCheckBox):
                row = QHBoxLayout()
                row.setSpacing(CHOICE_GAP)  # the column's own spacing is 0: the box would touch its words
                row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(label, 1)
                layout.addLayout(row)
                continue
            layout.addWidget(label)
            layout.addSpacing(LABEL_GAP)
            if isinstance(widget, TimesSpinBox):
                row = QHBoxLayout()
                row.addWidget(widget)
                row.addStretch(1)
                layout.addLayout(row)
            else:
                layout.addWidget(widget)

    def load(self, entry: DayEntry, today: dt.date) -> None:
        """Show ``entry``; whatever was pending for the previous day must have been flushed."""
        self._loading = True
        try:
            self.entry = entry
            self.day_heading.setText(day_heading(entry.day, today))
            self.title.setText(self._title(entry))
            future = entry.day > today
            for name, widget in self.inputs.items():
                self._show_value(widget, entry.values[name], entry.suggested_times_done)
                self._set_writable(widget, diary_field(name), writable=not future)
            self.highlight(None)
            self.future_note.setVisible(future)
            self.future_note.setText(FUTURE_DAY_REASON if future else "")
            self._show_check_in(entry.outcome, today)
            self.save_indicator.clear_state()
            self.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    @staticmethod
    def _set_writable(widget: FieldInput, field: DiaryField, *, writable: bool) -> None:
        """Open to writing, or read-only saying why: a screen reader reaching the field hears the reason."""
        if isinstance(widget, QCheckBox):
            widget.setEnabled(writable)
        else:
            widget.setReadOnly(not writable)
        if isinstance(widget, DiaryTextEdit):
            # On the window's colour rather than the page's white (or dark) of writing: it looks closed.
            role = QPalette.ColorRole.Base if writable else QPalette.ColorRole.Window
            widget.viewport().setBackgroundRole(role)
        widget.setAccessibleDescription(field.placeholder if writable else FUTURE_DAY_REASON)

    def highlight(self, pattern: re.Pattern[str] | None) -> None:
        """Mark the words of ``pattern`` in every text field, and bring the first of them into view."""
        first: tuple[DiaryTextEdit, int] | None = None
        for widget in self.inputs.values():
            if isinstance(widget, DiaryTextEdit):
                position = widget.highlight(pattern)
                if first is None and position is not None:
                    first = (widget, position)
        if first is not None:
            widget, position = first
            cursor = widget.textCursor()
            cursor.setPosition(position)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.setTextCursor(cursor)
            widget.reveal_cursor()

    @staticmethod
    def _title(entry: DayEntry) -> str:
        """The section's heading: "Kindness · day 3 of 7" in the try-on, "Kindness · day 9" after it."""
        title, number, lifecycle = entry.experiment.title, entry.day_number, entry.experiment.lifecycle
        if number is None:  # writing kept from before the try-on began
            return title
        if lifecycle.is_try_on_day(entry.day):
            return f"{title} · day {number} of {lifecycle.duration_days}"
        return f"{title} · day {number}"

    @staticmethod
    def _show_value(widget: FieldInput, value: DiaryValue, suggested_count: int) -> None:
        if isinstance(widget, DiaryTextEdit):
            text = str(value)
            if widget.toPlainText() != text:
                widget.setPlainText(text)
        elif isinstance(widget, TimesSpinBox):
            widget.show_count(value if isinstance(value, int) else None, suggested_count)
        else:
            widget.setChecked(bool(value))

    @staticmethod
    def _value_of(widget: FieldInput) -> DiaryValue:
        if isinstance(widget, DiaryTextEdit):
            return widget.toPlainText()
        if isinstance(widget, TimesSpinBox):
            return widget.count()
        return widget.isChecked()

    def _show_check_in(self, outcome: CheckInOutcome | None, today: dt.date) -> None:
        assert self.entry is not None
        future = self.entry.day > today
        self.outcome_group.setExclusive(False)
        for choice, button in self.outcome_buttons.items():
            button.setChecked(choice is outcome)
            button.setEnabled(not future)
        self.outcome_group.setExclusive(True)
        self.clear_check_in.setVisible(outcome is not None)

    def _edited(self) -> None:
        if not self._loading:
            self.autosaver.schedule()

    def _count_edited(self, box: TimesSpinBox) -> None:
        if not self._loading:
            box.set_suggested(False)
            self.autosaver.schedule()

    def _save(self) -> None:
        entry = self.entry
        if entry is None or self._services is None:
            return
        values = {name: self._value_of(widget) for name, widget in self.inputs.items()}
        has_entry = self._services.diary.save_entry(entry.experiment.id, entry.day, **values)
        # The calendar and progress change only when the day gains or loses its entry.
        if has_entry != entry.has_entry:
            self.entry = replace(entry, has_entry=has_entry)
            self.changed.emit()

    def _check_in(self, outcome: CheckInOutcome | None) -> None:
        entry = self.entry
        if entry is None or self._services is None:
            return
        try:
            self._services.diary.set_check_in(entry.experiment.id, entry.day, outcome)
        except ValuesDeskError as error:
            show_error(self, error)
            outcome = entry.outcome
        else:
            self.entry = entry = replace(entry, outcome=outcome)
            self.changed.emit()
        self._show_check_in(outcome, dates.today())


def day_heading(day: dt.date, today: dt.date) -> str:
    return long_day(day) + (" · today" if day == today else "")


class DayNoteEditor(ReadableColumnArea):
    """The day's own note, on any day (in a try-on or not), saved as the person types.

    It grows with its writing at the same readable width as the sections above it; past the height
    the day view gives it, this area scrolls (the field itself never does).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: dt.date | None = None
        self.has_note = False
        self._loading = False
        self.autosaver = Autosaver(self._save, self, delay_ms=DIARY_AUTOSAVE_MS)
        self.save_indicator = SaveIndicator(self.autosaver)
        self.text = DiaryTextEdit()
        self.text.setObjectName("dayNote")
        self.text.setAccessibleName(DAY_NOTE_LABEL)
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._edited)
        self.label = QLabel(DAY_NOTE_SCREEN_LABEL)
        self.label.setObjectName("fieldLabel")
        self.label.setBuddy(self.text)

        header = QHBoxLayout()
        header.addWidget(self.label, 1)
        header.addWidget(self.save_indicator, 0, Qt.AlignmentFlag.AlignBottom)
        self.column = QWidget()
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addSpacing(LABEL_GAP)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.show_column(self.column)

    def load(self, day: dt.date, note: str, today: dt.date) -> None:
        """Show the note of ``day``; whatever was pending for the day before must have been flushed."""
        self._loading = True
        try:
            self.day = day
            self.has_note = bool(note.strip())
            if self.text.toPlainText() != note:
                self.text.setPlainText(note)
            writable = day <= today
            self.text.setReadOnly(not writable)
            self.text.viewport().setBackgroundRole(QPalette.ColorRole.Base if writable else QPalette.ColorRole.Window)
            self.text.setPlaceholderText(DAY_NOTE_PLACEHOLDER if writable else FUTURE_DAY_REASON)
            self.text.setAccessibleDescription(DAY_NOTE_PLACEHOLDER if writable else FUTURE_DAY_REASON)
            self.text.highlight(None)
            self.save_indicator.clear_state()
            self.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    def highlight(self, pattern: re.Pattern[str] | None) -> None:
        """Mark the words of ``pattern`` in the note and put the cursor on the first of them."""
        position = self.text.highlight(pattern)
        if position is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(position)
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            self.text.setTextCursor(cursor)
            self.text.reveal_cursor()

    def _edited(self) -> None:
        if not self._loading:
            self.autosaver.schedule()

    def _save(self) -> None:
        if self.day is None or self._services is None:
            return
        has_note = self._services.diary.save_day_note(self.day, self.text.toPlainText())
        # The calendar changes only when the day gains or loses its note.
        if has_note != self.has_note:
            self.has_note = has_note
            self.changed.emit()


class DayView(QWidget):
    """The selected day: one section (a tab) per experiment kept that day, each headed by the date,
    and the day's own note under them.

    Sections are reused from day to day, one per place in the tabs, so browsing years of days
    builds no more editors than the most experiments on one day. Each section's autosaver is
    registered with the save coordinator, so closing the window or changing area saves it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        self._editors: list[ExperimentDayEditor] = []

        # The date over a day that has no section; a section shows the date in its own heading.
        self.heading = QLabel()
        self.heading.setObjectName("dayHeading")
        # A long date beside the dock on a small screen wraps rather than being cut off.
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Experiments of the day")
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setDocumentMode(True)
        self.empty_message = QLabel("Opening your data…")
        self.empty_message.setObjectName("placeholder")
        self.empty_message.setWordWrap(True)
        self.empty_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty_message)
        self.stack.setCurrentWidget(self.empty_message)
        self.note = DayNoteEditor()
        self.note.changed.connect(self.changed)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.stack, 1)
        self._layout.addWidget(self.note)

    def attach(self, context: AppContext) -> None:
        self._context = context
        for editor in self._editors:
            self._attach_editor(editor)
        self.note.attach(context.services)
        context.coordinator.register(self.note.autosaver)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_height()

    def _share_height(self) -> None:
        """The sections take the room and the note a share under them; on a day with no section the note
        takes it, under the short message saying why."""
        sections = self.stack.currentWidget() is self.tabs
        self._layout.setStretchFactor(self.stack, 1 if sections else 0)
        self._layout.setStretchFactor(self.note, 0 if sections else 1)
        self.note.setMaximumHeight(round(self.height() * DAY_NOTE_SHARE) if sections else NO_MAXIMUM)

    def editors(self) -> list[ExperimentDayEditor]:
        """The sections shown, in tab order."""
        return [
            editor
            for index in range(self.tabs.count())
            if isinstance(editor := self.tabs.widget(index), ExperimentDayEditor)
        ]

    def save(self) -> bool:
        """Save what is pending in every section; on failure say why and return False."""
        return flush_each((*(editor.autosaver for editor in self._editors), self.note.autosaver), self)

    def show_day(
        self, day: dt.date, entries: tuple[DayEntry, ...], today: dt.date, empty_message: str, note: str = ""
    ) -> None:
        """Show ``entries`` and the day's ``note``; whatever was pending for the day shown before must have
        been flushed."""
        self.heading.setText(day_heading(day, today))
        self.heading.setVisible(not entries)
        while len(self._editors) < len(entries):
            self._editors.append(self._new_editor())
        wanted = self._editors[: len(entries)]
        if self.editors() != wanted:
            self.tabs.clear()
            for editor in wanted:
                self.tabs.addTab(editor, "")
        for index, (editor, entry) in enumerate(zip(wanted, entries, strict=True)):
            self.tabs.setTabText(index, entry.experiment.title.replace("&", "&&"))
            editor.load(entry, today)
        self.empty_message.setText(empty_message)
        self.stack.setCurrentWidget(self.tabs if entries else self.empty_message)
        self.note.load(day, note, today)
        self._share_height()

    def focus_experiment(self, experiment_id: int) -> None:
        for editor in self.editors():
            if editor.entry is not None and editor.entry.experiment.id == experiment_id:
                self.tabs.setCurrentWidget(editor)

    def highlight(self, experiment_id: int | None, words: list[str]) -> None:
        """Mark ``words`` (any case, as the search found them) in the experiment's section, or with no
        experiment in the day's note."""
        pattern = search_pattern(words)
        if experiment_id is None:
            self.note.highlight(pattern)
            return
        for editor in self.editors():
            if editor.entry is not None and editor.entry.experiment.id == experiment_id:
                editor.highlight(pattern)

    def _new_editor(self) -> ExperimentDayEditor:
        editor = ExperimentDayEditor()
        editor.setParent(self)
        if self._context is not None:
            self._attach_editor(editor)
        editor.changed.connect(self.changed)
        return editor

    def _attach_editor(self, editor: ExperimentDayEditor) -> None:
        assert self._context is not None
        editor.attach(self._context.services)
        self._context.coordinator.register(editor.autosaver)


def search_pattern(words: list[str]) -> re.Pattern[str] | None:
    """The words as the diary's search matches them: literally, in any case, the longest first."""
    if not words:
        return None
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)), re.IGNORECASE)
