"""The day's entry: the worksheet's diary fields and the step-9 check-in, one section per experiment,
and the day's own note, on every day: in the one scroll of the day, under the fields of the section
shown, or alone (first) on a day with no try-on.

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

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt, Signal
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
    QTabBar,
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
from valuesdesk.domain.life_domains import CheckMoment
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.diary.marks import blend
from valuesdesk.ui.diary.vertical_scroll_area import VerticalScrollArea
from valuesdesk.ui.domain_texts import outcome_button, outcome_label, shown_title
from valuesdesk.ui.local_dates import long_day, number
from valuesdesk.ui.save_coordinator import flush_each
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.values.offer import CheckOffer
from valuesdesk.ui.widgets.autosave import Autosaver, SaveIndicator
from valuesdesk.ui.widgets.growing_text import GrowingTextEdit

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.diary import DayEntry, DiaryValue
    from valuesdesk.services.values_check import SuggestedCheck
    from valuesdesk.ui.context import AppContext

# Saved at most this long after typing pauses: the issue allows a second.
DIARY_AUTOSAVE_MS = 500
# The rhythm of the day: a label sits this close over its field, and each field this far from the next.
LABEL_GAP = 4
FIELD_GAP = 16
CHOICE_GAP = 12
PAGE_MARGIN = 16
# A line of writing stays readable: about this many characters at most.
READABLE_CHARACTERS = 88
# An empty text field has room for a few sentences before it grows: it invites writing.
FIELD_LINES = 4
# The date over the day's fields, in the type scale's heading size.
DAY_HEADING_SCALE = 1.35
FUTURE_DAY_REASON = QT_TRANSLATE_NOOP(
    "EntryEditor",
    "This day has not come yet, so it cannot be written in: you can check in and write about it on the day itself, "
    "or any day after.",
)
# How strongly the accent tints the words of an opened search hit.
SEARCH_TINT = 0.4
SUGGESTED_COUNT_HINT = QT_TRANSLATE_NOOP(
    "EntryEditor", "Suggested from the earlier days you enacted this value, fully or partly"
)


class TimesSpinBox(QSpinBox):
    """How many times so far, as a number in the locale's digits ("2"; no ordinal, which each language
    forms its own way), marked while it is only a suggestion ("2 (suggested)").

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
        hint = QCoreApplication.translate("EntryEditor", SUGGESTED_COUNT_HINT)
        self.setToolTip(f"{self._hint}\n{hint}" if suggested else self._hint)
        self.lineEdit().setText(self.textFromValue(self.value()))

    def sizeHint(self) -> QSize:
        """Wide enough for its longest text, "(suggested)" included: Qt measures only the range's ends, as
        they read when it first asked, and cut off "3 (suggested)"."""
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        metrics = self.fontMetrics()
        # Numbers of one length differ in width only by their digits: a few stand for all.
        samples = {*range(MIN_TIMES_DONE, min(MAX_TIMES_DONE, 30) + 1), MAX_TIMES_DONE}
        widest = max(metrics.horizontalAdvance(self._text(value, suggested=True)) for value in samples)
        # As Qt adds: room for the text cursor, and the line edit's own frame and margins.
        content = QSize(widest + 2 + 2 * self.lineEdit().textMargins().left(), self.lineEdit().sizeHint().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, content, self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def textFromValue(self, value: int) -> str:
        return self._text(value, suggested=self.suggested)

    def _text(self, value: int, *, suggested: bool) -> str:
        return self.tr("{number} (suggested)").format(number=number(value)) if suggested else number(value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(character for character in text if character.isdigit())
        return int(digits) if digits else self.value()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        digits = "".join(character for character in text if character.isdigit())
        return (QValidator.State.Acceptable if digits else QValidator.State.Intermediate, text, position)


class DiaryTextEdit(GrowingTextEdit):
    """A diary field as tall as its writing; the words of an opened search hit are highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, min_lines=FIELD_LINES)

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


def readable_width(widget: QWidget) -> int:
    """A readable line's width in ``widget``'s font: about ``READABLE_CHARACTERS`` characters."""
    return widget.fontMetrics().averageCharWidth() * READABLE_CHARACTERS


class ReadableColumnArea(VerticalScrollArea):
    """A scroll area showing one column of writing beside the calendar, at most a readable line wide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        # Tab goes to the fields; the area scrolls to show the one focused. Focused itself it would be a
        # nameless stop that the keys do not act in.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_column(self, column: QWidget, body_name: str = "") -> None:
        self.column = column
        body = QWidget()
        body.setObjectName(body_name)
        # Next to the calendar, where the eye goes from the day chosen; a wide pane's room stays on the right.
        row = QHBoxLayout(body)
        row.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN // 2, PAGE_MARGIN, PAGE_MARGIN)
        row.addWidget(column, 1)
        row.addStretch(0)
        self.setWidget(body)
        self._fit_column()

    def _fit_column(self) -> None:
        """At most a readable line's width."""
        self.column.setMaximumWidth(readable_width(self))

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
            button = QRadioButton(outcome_button(outcome))
            button.setAccessibleName(outcome_label(outcome))
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            check_in_row.addWidget(button)
            button.clicked.connect(lambda _checked=False, outcome=outcome: self._check_in(outcome))
        # A quiet text button, as narrow as its word: the answers and it fit beside the question dock.
        self.clear_check_in = QToolButton()
        self.clear_check_in.setText(self.tr("Clear"))
        self.clear_check_in.setAccessibleName(self.tr("Clear"))
        self.clear_check_in.setToolTip(self.tr("Forget this day's answer"))
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
        # When the try-on's days are over, a values check shows what changed (DayView offers it).
        self.check_offer = CheckOffer()
        layout.addWidget(self.check_offer)
        layout.addSpacing(FIELD_GAP)
        layout.addWidget(self.check_in_question)
        layout.addSpacing(LABEL_GAP)
        layout.addLayout(check_in_row)

        self.inputs: dict[str, FieldInput] = {}
        self._add_fields(layout)
        # The day's note, under the fields of the section shown (DayView moves it here), at the same rhythm.
        layout.addSpacing(FIELD_GAP)
        self.note_place = QVBoxLayout()
        layout.addLayout(self.note_place)
        layout.addStretch(1)

        self.show_column(self.column, "entryBody")

        # Tab order follows the worksheet: the check-in, then the fields in the table's order; the offer, when
        # shown, comes before them as it does on screen.
        self.focus_order: list[QWidget] = [*self.outcome_buttons.values(), self.clear_check_in, *self.inputs.values()]
        for first, second in pairwise(
            (self.check_offer.take_button, self.check_offer.dismiss_button, *self.focus_order)
        ):
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
            self.future_note.setText(QCoreApplication.translate("EntryEditor", FUTURE_DAY_REASON) if future else "")
            self._show_check_in(entry.outcome, today)
            self.save_indicator.clear_state()
            self.verticalScrollBar().setValue(0)
        finally:
            self._loading = False

    def hold_note(self, note: DayNoteEditor) -> None:
        """Take the day's note under the fields."""
        self.note_place.addWidget(note)

    def first_empty_field(self) -> DiaryTextEdit | None:
        """The first text field with nothing written in it, where writing the day would begin."""
        return next(
            (
                widget
                for widget in self.inputs.values()
                if isinstance(widget, DiaryTextEdit) and not widget.isReadOnly() and not widget.toPlainText().strip()
            ),
            None,
        )

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
        widget.setAccessibleDescription(
            field.placeholder if writable else QCoreApplication.translate("EntryEditor", FUTURE_DAY_REASON)
        )

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
        title, day, lifecycle = shown_title(entry.experiment.title), entry.day_number, entry.experiment.lifecycle
        if day is None:  # writing kept from before the try-on began
            return title
        if lifecycle.is_try_on_day(entry.day):
            text = QCoreApplication.translate("ExperimentDayEditor", "{title} · day {day} of {days}")
            return text.format(title=title, day=number(day), days=number(lifecycle.duration_days))
        return QCoreApplication.translate("ExperimentDayEditor", "{title} · day {day}").format(
            title=title, day=number(day)
        )

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
    if day == today:
        return QCoreApplication.translate("DayView", "{day} · today").format(day=long_day(day))
    return long_day(day)


class DayNoteEditor(QWidget):
    """The day's own note, on any day (in a try-on or not), saved as the person types.

    It stands in the one scroll of the day, as wide as the fields and growing as they do: under the
    fields of the section shown, or alone on a day with no try-on, where it has the room of a page.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addSpacing(LABEL_GAP)
        layout.addWidget(self.text)

    def attach(self, services: Services) -> None:
        self._services = services

    def set_min_lines(self, lines: int) -> None:
        """Empty, the note is this many lines tall: a field's few under the fields, a page's alone."""
        self.text.set_min_lines(max(lines, FIELD_LINES))

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
            self.text.setPlaceholderText(
                DAY_NOTE_PLACEHOLDER if writable else QCoreApplication.translate("EntryEditor", FUTURE_DAY_REASON)
            )
            self.text.setAccessibleDescription(
                DAY_NOTE_PLACEHOLDER if writable else QCoreApplication.translate("EntryEditor", FUTURE_DAY_REASON)
            )
            self.text.highlight(None)
            self.save_indicator.clear_state()
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
    """The selected day in one scroll: one section per experiment kept that day, each headed by the date,
    and the day's own note under the fields of the section shown; on a day with none, the date, why
    there is no section, and the note with the room of a page.

    The sections' bar (``section_bar``, hidden with one section) is the page's to place: it shares the
    row of the Day and Progress tabs. Sections are reused from day to day, one per place in the bar,
    so browsing years of days builds no more editors than the most experiments on one day. Each
    section's autosaver is registered with the save coordinator, so closing the window or changing
    area saves it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        self._editors: list[ExperimentDayEditor] = []

        self.section_bar = QTabBar()
        self.section_bar.setAccessibleName(self.tr("Experiments of the day"))
        self.section_bar.setDocumentMode(True)
        self.section_bar.setDrawBase(False)
        self.section_bar.setExpanding(False)
        self.section_bar.setAutoHide(True)
        self.section_bar.currentChanged.connect(self._section_chosen)
        # The sections, one shown at a time (the bar chooses which).
        self.tabs = QStackedWidget()

        # A day with no section: its date, why, and the note under them.
        self.heading = QLabel()
        self.heading.setObjectName("dayHeading")
        self.heading.setIndent(0)  # its styled padding would otherwise indent it from the note under it
        # A long date beside the dock on a small screen wraps rather than being cut off.
        self.heading.setWordWrap(True)
        self.empty_message = QLabel(self.tr("Opening your data…"))
        self.empty_message.setObjectName("placeholder")
        self.empty_message.setWordWrap(True)
        self.undated = ReadableColumnArea()
        undated_column = QWidget()
        undated_layout = self._undated_layout = QVBoxLayout(undated_column)
        undated_layout.setContentsMargins(0, 0, 0, 0)
        undated_layout.setSpacing(0)
        undated_layout.addWidget(self.heading)
        undated_layout.addSpacing(LABEL_GAP)
        undated_layout.addWidget(self.empty_message)
        undated_layout.addSpacing(FIELD_GAP)
        self._undated_note_place = QVBoxLayout()
        undated_layout.addLayout(self._undated_note_place)
        undated_layout.addStretch(1)
        self.undated.show_column(undated_column, "undatedBody")

        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.undated)
        self.stack.setCurrentWidget(self.undated)
        self.note = DayNoteEditor()
        self.note.changed.connect(self.changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.section_bar)
        layout.addWidget(self.stack, 1)
        self._place_note()

    def attach(self, context: AppContext) -> None:
        self._context = context
        for editor in self._editors:
            self._attach_editor(editor)
        self.note.attach(context.services)
        context.coordinator.register(self.note.autosaver)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_note()

    def _section_chosen(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)
            self._place_note()

    def current_editor(self) -> ExperimentDayEditor | None:
        """The section shown, if the day has one."""
        editor = self.tabs.currentWidget()
        return editor if self.stack.currentWidget() is self.tabs and isinstance(editor, ExperimentDayEditor) else None

    def _place_note(self) -> None:
        """The note under the fields of the section shown, or alone under the day's date."""
        editor = self.current_editor()
        if editor is not None:
            editor.hold_note(self.note)
        else:
            self._undated_note_place.addWidget(self.note)
        self.note.show()
        self._fit_note()
        self._chain_focus()

    def _fit_note(self) -> None:
        """Alone, the empty note reaches down to the foot of the view, as a page to write on; under the fields,
        it is as tall as they are."""
        if self.current_editor() is not None:
            self.note.set_min_lines(FIELD_LINES)
            return
        self._undated_layout.activate()
        column = self.undated.column
        top = column.y() + self.note.text.mapTo(column, QPoint(0, 0)).y()
        room = self.undated.viewport().height() - top - PAGE_MARGIN - 2 * self.note.text.frameWidth()
        # A line short of the foot: rounding must not make the page scroll for an empty note.
        self.note.set_min_lines(room // self.note.text.fontMetrics().lineSpacing() - 1)

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
        while len(self._editors) < len(entries):
            self._editors.append(self._new_editor())
        wanted = self._editors[: len(entries)]
        self.section_bar.blockSignals(True)
        if self.editors() != wanted:
            while (shown := self.tabs.widget(0)) is not None:
                self.tabs.removeWidget(shown)
            while self.section_bar.count():
                self.section_bar.removeTab(0)
            for editor in wanted:
                self.tabs.addWidget(editor)
                self.section_bar.addTab("")
        self.section_bar.setCurrentIndex(self.tabs.currentIndex())
        self.section_bar.blockSignals(False)
        for index, (editor, entry) in enumerate(zip(wanted, entries, strict=True)):
            self.section_bar.setTabText(index, entry.experiment.title.replace("&", "&&"))
            editor.load(entry, today)
        self.empty_message.setText(empty_message)
        self.stack.setCurrentWidget(self.tabs if entries else self.undated)
        self.note.load(day, note, today)
        self.undated.verticalScrollBar().setValue(0)
        self._place_note()

    def offer_checks(self, suggestions: tuple[SuggestedCheck, ...]) -> None:
        """In each section, the values check suggested for its try-on now that its days are over, if any."""
        ended = tuple(suggestion for suggestion in suggestions if suggestion.moment is CheckMoment.END)
        for editor in self.editors():
            if editor.entry is not None:
                editor.check_offer.offer(ended, editor.entry.experiment.id)

    def first_empty_field(self) -> DiaryTextEdit | None:
        """Where writing the day would begin: the section's first empty text field, else an empty note."""
        editor = self.current_editor()
        field = editor.first_empty_field() if editor is not None else None
        if field is None and not self.note.text.isReadOnly() and not self.note.text.toPlainText().strip():
            return self.note.text
        return field

    def _chain_focus(self) -> None:
        """Tab goes from the sections' bar through the fields of the section shown (the others are hidden and
        skipped), then to the day's note."""
        order: list[QWidget] = [self.section_bar]
        for editor in self._editors:
            order.extend(editor.focus_order)
        order.append(self.note.text)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def focus_experiment(self, experiment_id: int) -> None:
        for index, editor in enumerate(self.editors()):
            if editor.entry is not None and editor.entry.experiment.id == experiment_id:
                self.section_bar.setCurrentIndex(index)

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
