"""The day's entry: the worksheet's diary fields and the step-9 check-in, one section per experiment.

The fields, their labels, hints, groups and order come from the domain's ``DIARY_FIELDS``: each
kind of field has its widget (a text box, a count, a tick box), so a new field appears with no
change here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import (
    CHECK_IN_LABEL,
    DIARY_FIELDS,
    MAX_TIMES_DONE,
    MIN_TIMES_DONE,
    CheckInOutcome,
    DiaryField,
    FieldKind,
    dates,
)
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.diary.vertical_scroll_area import VerticalScrollArea
from valuesdesk.ui.local_dates import long_day
from valuesdesk.ui.save_coordinator import flush_each
from valuesdesk.ui.widgets.autosave import Autosaver, SaveIndicator

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.diary import DayEntry, DiaryValue
    from valuesdesk.ui.context import AppContext

# Narrower than this, the fields of a group (before / during / after) stand one under another.
SIDE_BY_SIDE_WIDTH = 440
# Saved at most this long after typing pauses: the issue allows a second.
DIARY_AUTOSAVE_MS = 500
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

    def textFromValue(self, value: int) -> str:
        return f"{ordinal(value)} time" + (" (suggested)" if self.suggested else "")

    def valueFromText(self, text: str) -> int:
        digits = "".join(character for character in text if character.isdigit())
        return int(digits) if digits else self.value()

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        digits = "".join(character for character in text if character.isdigit())
        return (QValidator.State.Acceptable if digits else QValidator.State.Intermediate, text, position)


class DiaryTextEdit(QPlainTextEdit):
    """A field a few lines high; longer writing scrolls inside it."""

    LINES = 4

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().lineSpacing() * self.LINES + 2 * self.frameWidth() + 8
        return QSize(super().sizeHint().width(), height)


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


class FieldGroup:
    """The fields of one group of the table under the group's heading (the worksheet's thoughts,
    feelings and body sensations before, during and after): side by side where there is room."""

    def __init__(self, heading: str, layout: QVBoxLayout) -> None:
        label = QLabel(heading)
        label.setObjectName("groupLabel")
        label.setWordWrap(True)
        label.setIndent(0)  # its styled padding would otherwise indent it from the fields
        layout.addWidget(label)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        layout.addLayout(self._grid)
        self._fields: list[tuple[QLabel, FieldInput]] = []

    def add(self, label: QLabel, widget: FieldInput) -> None:
        self._fields.append((label, widget))

    def arrange(self, *, side_by_side: bool) -> None:
        for index, (label, widget) in enumerate(self._fields):
            self._grid.removeWidget(label)
            self._grid.removeWidget(widget)
            row, column = (0, index) if side_by_side else (2 * index, 0)
            self._grid.addWidget(label, row, column)
            self._grid.addWidget(widget, row + 1, column)
            self._grid.setColumnStretch(index, 1 if side_by_side or index == 0 else 0)


def _field_input(field: DiaryField) -> FieldInput:
    """The widget a field of its kind is written in, named as the field's label says."""
    widget: FieldInput
    if field.kind is FieldKind.TEXT:
        widget = DiaryTextEdit()
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        widget.setPlaceholderText(field.placeholder)
        widget.setTabChangesFocus(True)
        widget.setMinimumHeight(54)
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


class ExperimentDayEditor(VerticalScrollArea):
    """One experiment's diary and check-in for one day, saved as the person types."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self.entry: DayEntry | None = None
        self._loading = False

        body = QWidget()
        body.setObjectName("entryBody")
        self.autosaver = Autosaver(self._save, self, delay_ms=DIARY_AUTOSAVE_MS)
        self.save_indicator = SaveIndicator(self.autosaver)

        self.title = QLabel()
        self.title.setObjectName("entryTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)

        # The day it asks about is in the day's heading above.
        self.check_in_question = QLabel(CHECK_IN_LABEL)
        self.check_in_question.setWordWrap(True)
        self.check_in_question.setObjectName("checkInQuestion")
        self.outcome_buttons: dict[CheckInOutcome, QRadioButton] = {}
        self.outcome_group = QButtonGroup(self)
        check_in_row = QHBoxLayout()
        for outcome in CheckInOutcome:
            button = QRadioButton(outcome.screen_label)
            button.setAccessibleName(outcome.label)
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            check_in_row.addWidget(button)
            button.clicked.connect(lambda _checked=False, outcome=outcome: self._check_in(outcome))
        self.clear_check_in = QPushButton("Clear")
        self.clear_check_in.setAccessibleName("Clear")
        self.clear_check_in.setToolTip("Forget this day's answer")
        self.clear_check_in.setFlat(True)
        self.clear_check_in.clicked.connect(lambda: self._check_in(None))
        check_in_row.addStretch(1)
        self.check_in_note = QLabel()
        self.check_in_note.setObjectName("checkInNote")
        self.check_in_note.setWordWrap(True)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_indicator)

        layout = QVBoxLayout(body)
        layout.setSpacing(6)
        layout.addLayout(header)
        question_row = QHBoxLayout()
        question_row.addWidget(self.check_in_question, 1)
        question_row.addWidget(self.clear_check_in)
        layout.addLayout(question_row)
        layout.addLayout(check_in_row)
        layout.addWidget(self.check_in_note)

        self.inputs: dict[str, FieldInput] = {}
        self._groups: dict[str, FieldGroup] = {}
        self._groups_side_by_side: bool | None = None
        self._add_fields(layout)
        self._arrange_groups(side_by_side=True)
        layout.addStretch(1)
        self.setWidget(body)

        # Tab order follows the worksheet: the check-in, then the fields in the table's order.
        order = [*self.outcome_buttons.values(), self.clear_check_in, *self.inputs.values()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    def _add_fields(self, layout: QVBoxLayout) -> None:
        """The diary's fields, in the worksheet's order, each saved as it is edited."""
        for field in DIARY_FIELDS:
            widget = self.inputs[field.name] = _field_input(field)
            label = _field_label(field, widget)
            if isinstance(widget, DiaryTextEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, TimesSpinBox):
                widget.valueChanged.connect(lambda _value, box=widget: self._count_edited(box))
            else:
                widget.toggled.connect(self._edited)
            if field.group:
                if field.group not in self._groups:
                    self._groups[field.group] = FieldGroup(field.group, layout)
                self._groups[field.group].add(label, widget)
            elif isinstance(widget, QCheckBox):
                row = QHBoxLayout()
                row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(label, 1)
                layout.addLayout(row)
            elif isinstance(widget, TimesSpinBox):
                layout.addWidget(label)
                row = QHBoxLayout()
                row.addWidget(widget)
                row.addStretch(1)
                layout.addLayout(row)
            else:
                layout.addWidget(label)
                layout.addWidget(widget)

    def attach(self, services: Services) -> None:
        self._services = services

    def _arrange_groups(self, *, side_by_side: bool) -> None:
        """Each group's fields side by side where there is room, else one under another."""
        if side_by_side == self._groups_side_by_side:
            return
        self._groups_side_by_side = side_by_side
        for group in self._groups.values():
            group.arrange(side_by_side=side_by_side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange_groups(side_by_side=event.size().width() >= SIDE_BY_SIDE_WIDTH)
        super().resizeEvent(event)

    def load(self, entry: DayEntry, today: dt.date) -> None:
        """Show ``entry``; whatever was pending for the previous day must have been flushed."""
        self._loading = True
        try:
            self.entry = entry
            self.title.setText(self._title(entry))
            for name, widget in self.inputs.items():
                self._show_value(widget, entry.values[name], entry.suggested_times_done)
            self._show_check_in(entry.outcome, today)
            self.save_indicator.clear()
        finally:
            self._loading = False

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
        self.check_in_note.setVisible(future)
        self.check_in_note.setText(
            "This day has not come yet. You can check in on the day itself, or any day after." if future else ""
        )

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


class DayView(QWidget):
    """The selected day: its date, and one section (a tab) per experiment kept that day.

    Sections are reused from day to day, one per place in the tabs, so browsing years of days
    builds no more editors than the most experiments on one day. Each section's autosaver is
    registered with the save coordinator, so closing the window or changing area saves it.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context: AppContext | None = None
        self._editors: list[ExperimentDayEditor] = []

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)

    def attach(self, context: AppContext) -> None:
        self._context = context
        for editor in self._editors:
            self._attach_editor(editor)

    def editors(self) -> list[ExperimentDayEditor]:
        """The sections shown, in tab order."""
        return [
            editor
            for index in range(self.tabs.count())
            if isinstance(editor := self.tabs.widget(index), ExperimentDayEditor)
        ]

    def save(self) -> bool:
        """Save what is pending in every section; on failure say why and return False."""
        return flush_each(tuple(editor.autosaver for editor in self._editors), self)

    def show_day(self, day: dt.date, entries: tuple[DayEntry, ...], today: dt.date, empty_message: str) -> None:
        """Show ``entries``; whatever was pending for the day shown before must have been flushed."""
        self.heading.setText(long_day(day) + (" · today" if day == today else ""))
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

    def focus_experiment(self, experiment_id: int) -> None:
        for editor in self.editors():
            if editor.entry is not None and editor.entry.experiment.id == experiment_id:
                self.tabs.setCurrentWidget(editor)

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
