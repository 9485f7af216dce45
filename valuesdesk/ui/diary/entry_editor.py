"""The day's entry: the worksheet's diary fields and the step-9 check-in, one section per experiment."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
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

from valuesdesk.domain import CheckInOutcome
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.diary.vertical_scroll_area import VerticalScrollArea
from valuesdesk.ui.widgets.autosave import Autosaver, SaveIndicator, flush_all
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.diary import DayEntry

# Narrower than this, the before / during / after fields stand one under another.
SIDE_BY_SIDE_WIDTH = 440
# Saved at most this long after typing pauses: the issue allows a second.
DIARY_AUTOSAVE_MS = 500

TEXT_FIELD_LABELS = {
    "others_reactions": "Others' &reactions to me",
    "before": "&Before",
    "during": "D&uring",
    "after": "&After",
    "evaluations": "Eva&luations noticed",
    "notes": "&Notes",
}
PLACEHOLDERS = {
    "others_reactions": "How did people respond to you?",
    "before": "Thoughts, feelings, body sensations before",
    "during": "… while you did it",
    "after": "… and afterwards",
    "evaluations": "Was it “good” or “bad”? Judgments of others, or of yourself?",
    "notes": "Anything else",
}
OUTCOME_LABELS = {CheckInOutcome.YES: "&Yes", CheckInOutcome.PARTLY: "&Partly", CheckInOutcome.NO: "N&o"}


def ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


class TimesSpinBox(QSpinBox):
    """How many times so far, shown as "2nd time", marked while it is only a suggestion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.suggested = False
        super().__init__(parent)
        self.setRange(1, 9999)

    def set_suggested(self, suggested: bool) -> None:
        self.suggested = suggested
        self.setToolTip("Suggested from the earlier days you enacted this value, fully or partly" if suggested else "")
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
        self.setWordWrap(True)
        self.setBuddy(check_box)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self.buddy().setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.buddy().animateClick()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.buddy().click()
        super().mouseReleaseEvent(event)


def _text_field(name: str) -> tuple[QLabel, QPlainTextEdit]:
    edit = DiaryTextEdit()
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    edit.setObjectName(name)
    edit.setAccessibleName(plain_label(TEXT_FIELD_LABELS[name]))
    edit.setPlaceholderText(PLACEHOLDERS[name])
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(54)
    label = QLabel(TEXT_FIELD_LABELS[name])
    label.setWordWrap(True)
    label.setBuddy(edit)
    label.setObjectName("fieldLabel")
    return label, edit


class ExperimentDayEditor(VerticalScrollArea):
    """One experiment's diary and check-in for one day, saved as the person types."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self.entry: DayEntry | None = None
        self._times_done_chosen = False
        self._loading = False

        body = QWidget()
        body.setObjectName("entryBody")
        self.autosaver = Autosaver(self._save, self, delay_ms=DIARY_AUTOSAVE_MS)
        self.save_indicator = SaveIndicator(self.autosaver)

        self.title = QLabel()
        self.title.setObjectName("entryTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)

        self.check_in_question = QLabel("Did you enact your value today?")
        self.check_in_question.setWordWrap(True)
        self.check_in_question.setObjectName("checkInQuestion")
        self.outcome_buttons: dict[CheckInOutcome, QRadioButton] = {}
        self.outcome_group = QButtonGroup(self)
        check_in_row = QHBoxLayout()
        for outcome, label in OUTCOME_LABELS.items():
            button = QRadioButton(label)
            button.setAccessibleName(plain_label(label))
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

        self.times_done = TimesSpinBox()
        self.times_done.setAccessibleName("Times so far")
        self.times_done.lineEdit().setAccessibleName("Times so far")
        times_label = QLabel("Ti&mes so far")
        times_label.setBuddy(self.times_done)
        self.times_done.valueChanged.connect(self._times_done_edited)

        self.text_edits: dict[str, QPlainTextEdit] = {}
        labels: dict[str, QLabel] = {}
        for name in TEXT_FIELD_LABELS:
            labels[name], self.text_edits[name] = _text_field(name)
            self.text_edits[name].textChanged.connect(self._edited)

        self.thanked_mind = QCheckBox()
        self.thanked_mind.setAccessibleName("I thanked my mind for those thoughts")
        thanked_mind_label = CheckBoxLabel("I &thanked my mind for those thoughts", self.thanked_mind)
        self.thanked_mind.toggled.connect(self._edited)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_indicator)

        times_row = QHBoxLayout()
        times_row.addWidget(self.times_done)
        times_row.addStretch(1)

        sensations = QLabel("Thoughts, feelings and body sensations")
        sensations.setObjectName("groupLabel")
        sensations.setWordWrap(True)
        sensations.setIndent(0)  # its styled padding would otherwise indent it from the fields
        self._phase_widgets = [(labels[name], self.text_edits[name]) for name in ("before", "during", "after")]
        self._phases_side_by_side: bool | None = None
        phases = self._phases = QGridLayout()
        phases.setHorizontalSpacing(8)
        phases.setVerticalSpacing(2)
        self._arrange_phases(side_by_side=True)

        layout = QVBoxLayout(body)
        layout.setSpacing(6)
        layout.addLayout(header)
        question_row = QHBoxLayout()
        question_row.addWidget(self.check_in_question, 1)
        question_row.addWidget(self.clear_check_in)
        layout.addLayout(question_row)
        layout.addLayout(check_in_row)
        layout.addWidget(self.check_in_note)
        layout.addWidget(times_label)
        layout.addLayout(times_row)
        layout.addWidget(labels["others_reactions"])
        layout.addWidget(self.text_edits["others_reactions"])
        layout.addWidget(sensations)
        layout.addLayout(phases)
        layout.addWidget(labels["evaluations"])
        layout.addWidget(self.text_edits["evaluations"])
        thanked_mind_row = QHBoxLayout()
        thanked_mind_row.addWidget(self.thanked_mind, 0, Qt.AlignmentFlag.AlignTop)
        thanked_mind_row.addWidget(thanked_mind_label, 1)
        layout.addLayout(thanked_mind_row)
        layout.addWidget(labels["notes"])
        layout.addWidget(self.text_edits["notes"])
        layout.addStretch(1)
        self.setWidget(body)

        # Tab order follows the worksheet: check-in, count, then the fields top to bottom.
        order = [
            *self.outcome_buttons.values(),
            self.clear_check_in,
            self.times_done,
            self.text_edits["others_reactions"],
            self.text_edits["before"],
            self.text_edits["during"],
            self.text_edits["after"],
            self.text_edits["evaluations"],
            self.thanked_mind,
            self.text_edits["notes"],
        ]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

    def attach(self, services: Services) -> None:
        self._services = services

    def _arrange_phases(self, *, side_by_side: bool) -> None:
        """Before, during and after side by side where there is room, else one under another."""
        if side_by_side == self._phases_side_by_side:
            return
        self._phases_side_by_side = side_by_side
        for index, (label, edit) in enumerate(self._phase_widgets):
            self._phases.removeWidget(label)
            self._phases.removeWidget(edit)
            row, column = (0, index) if side_by_side else (2 * index, 0)
            self._phases.addWidget(label, row, column)
            self._phases.addWidget(edit, row + 1, column)
            self._phases.setColumnStretch(index, 1 if side_by_side or index == 0 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange_phases(side_by_side=event.size().width() >= SIDE_BY_SIDE_WIDTH)
        super().resizeEvent(event)

    def load(self, entry: DayEntry, today: dt.date) -> None:
        """Show ``entry``; whatever was pending for the previous day must have been flushed."""
        self._loading = True
        try:
            self.entry = entry
            experiment = entry.experiment
            day_number = entry.day_number()
            span = experiment.duration_days
            where = f"day {day_number} of {span}" if day_number <= span else f"day {day_number}"
            self.title.setText(f"{experiment.title} · {where}")
            for name, edit in self.text_edits.items():
                text = getattr(entry, name)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
            self.thanked_mind.setChecked(entry.thanked_mind)
            self._times_done_chosen = entry.times_done is not None
            self.times_done.setValue(entry.times_done or entry.suggested_times_done)
            self.times_done.set_suggested(not self._times_done_chosen)
            self._show_check_in(entry.outcome, today)
            self.save_indicator.clear()
        finally:
            self._loading = False

    def _show_check_in(self, outcome: CheckInOutcome | None, today: dt.date) -> None:
        assert self.entry is not None
        day = self.entry.day
        future = day > today
        self.check_in_question.setText(
            "Did you enact your value today?" if day == today else "Did you enact your value that day?"
        )
        self.outcome_group.setExclusive(False)
        for choice, button in self.outcome_buttons.items():
            button.setChecked(choice is outcome)
            button.setEnabled(not future)
        self.outcome_group.setExclusive(True)
        self.clear_check_in.setVisible(outcome is not None)
        self.check_in_note.setVisible(future)
        self.check_in_note.setText(
            "This day has not come yet. You can check in on the day itself, or any day after."
            if future
            else ""
        )

    def _edited(self) -> None:
        if not self._loading:
            self.autosaver.schedule()

    def _times_done_edited(self) -> None:
        if not self._loading:
            self._times_done_chosen = True
            self.times_done.set_suggested(False)
            self.autosaver.schedule()

    def _save(self) -> None:
        entry = self.entry
        if entry is None or self._services is None:
            return
        fields = {name: edit.toPlainText() for name, edit in self.text_edits.items()}
        has_entry = self._services.diary.save_entry(
            entry.experiment.id,
            entry.day,
            times_done=self.times_done.value() if self._times_done_chosen else None,
            thanked_mind=self.thanked_mind.isChecked(),
            **fields,
        )
        # The calendar and progress change only when the day gains or loses its entry.
        if has_entry != entry.has_entry:
            self.entry = replace(entry, has_entry=has_entry)
            self.changed.emit()

    def _check_in(self, outcome: CheckInOutcome | None) -> None:
        entry = self.entry
        if entry is None or self._services is None:
            return
        today = dt.date.today()
        try:
            self._services.diary.set_check_in(entry.experiment.id, entry.day, outcome, today)
        except ValuesDeskError as error:
            show_error(self, error)
            outcome = entry.outcome
        else:
            self.entry = entry = replace(entry, outcome=outcome)
            self.changed.emit()
        self._show_check_in(outcome, today)


class DayView(QWidget):
    """The selected day: its date, and one section (a tab) per experiment kept that day.

    Sections are reused from day to day, one per place in the tabs, so browsing years of days
    builds no more editors than the most experiments on one day.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
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

    def attach(self, services: Services) -> None:
        self._services = services

    def editors(self) -> list[ExperimentDayEditor]:
        """The sections shown, in tab order."""
        return [self.tabs.widget(index) for index in range(self.tabs.count())]

    def flush(self) -> bool:
        """Save what is pending in every section; on failure say why and return False."""
        return flush_all((editor.autosaver for editor in self._editors), self)

    def show_day(self, day: dt.date, entries: list[DayEntry], today: dt.date, empty_message: str) -> None:
        """Show ``entries``; whatever was pending for the day shown before must have been flushed."""
        self.heading.setText(f"{day:%A} {day.day} {day:%B %Y}" + (" · today" if day == today else ""))
        while len(self._editors) < len(entries):
            self._editors.append(self._new_editor())
        wanted = self._editors[: len(entries)]
        if self.editors() != wanted:
            self.tabs.clear()
            for editor in wanted:
                self.tabs.addTab(editor, "")
        for index, (editor, entry) in enumerate(zip(wanted, entries)):
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
        if self._services is not None:
            editor.attach(self._services)
        editor.changed.connect(self.changed)
        return editor
