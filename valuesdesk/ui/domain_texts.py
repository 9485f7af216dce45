"""The words of the layers below the window — statuses, answers, export formats, kinds of backup —
translated where the window shows them.

The domain, the exports and the store are plain Python and name these in English
(``ExperimentStatus.label`` is "Active"), as the exports print them. The window says them in the
person's language: each is declared here for ``pyside6-lupdate`` and looked up by its member, or
by its English label (:func:`translate`; tests/ui/test_translations.py checks that none is missing). The worksheet's
own words (the diary's fields, the check-in's question, the life domains) stay as the worksheet has
them, like the rest of its text (see valuesdesk.content).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from valuesdesk.domain import CheckInOutcome, DayState, ExperimentStatus
from valuesdesk.domain.lifecycle import UNNAMED_VALUE
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

CONTEXT = "DomainTexts"

STATUSES = {
    ExperimentStatus.DRAFT: QT_TRANSLATE_NOOP("DomainTexts", "Draft"),
    ExperimentStatus.ACTIVE: QT_TRANSLATE_NOOP("DomainTexts", "Active"),
    ExperimentStatus.COMPLETED: QT_TRANSLATE_NOOP("DomainTexts", "Completed"),
    ExperimentStatus.ABANDONED: QT_TRANSLATE_NOOP("DomainTexts", "Abandoned"),
}
DAY_STATES = {
    DayState.ENACTED: QT_TRANSLATE_NOOP("DomainTexts", "Enacted"),
    DayState.PARTLY: QT_TRANSLATE_NOOP("DomainTexts", "Partly"),
    DayState.NOT_ENACTED: QT_TRANSLATE_NOOP("DomainTexts", "Not enacted"),
    DayState.NO_CHECK_IN: QT_TRANSLATE_NOOP("DomainTexts", "No check-in"),
    DayState.UPCOMING: QT_TRANSLATE_NOOP("DomainTexts", "Upcoming"),
}
# As they read inside a sentence: "3 enacted, 1 no check-in", "Courage (active)".
DAY_STATES_IN_SENTENCE = {
    DayState.ENACTED: QT_TRANSLATE_NOOP("DomainTexts", "enacted"),
    DayState.PARTLY: QT_TRANSLATE_NOOP("DomainTexts", "partly"),
    DayState.NOT_ENACTED: QT_TRANSLATE_NOOP("DomainTexts", "not enacted"),
    DayState.NO_CHECK_IN: QT_TRANSLATE_NOOP("DomainTexts", "no check-in"),
    DayState.UPCOMING: QT_TRANSLATE_NOOP("DomainTexts", "upcoming"),
}
STATUSES_IN_SENTENCE = {
    ExperimentStatus.DRAFT: QT_TRANSLATE_NOOP("DomainTexts", "draft"),
    ExperimentStatus.ACTIVE: QT_TRANSLATE_NOOP("DomainTexts", "active"),
    ExperimentStatus.COMPLETED: QT_TRANSLATE_NOOP("DomainTexts", "completed"),
    ExperimentStatus.ABANDONED: QT_TRANSLATE_NOOP("DomainTexts", "abandoned"),
}
# The check-in's answers as buttons, with the letter Alt+letter chooses each by.
OUTCOME_BUTTONS = {
    CheckInOutcome.YES: QT_TRANSLATE_NOOP("DomainTexts", "&Yes"),
    CheckInOutcome.PARTLY: QT_TRANSLATE_NOOP("DomainTexts", "&Partly"),
    CheckInOutcome.NO: QT_TRANSLATE_NOOP("DomainTexts", "N&o"),
}
UNNAMED = QT_TRANSLATE_NOOP("DomainTexts", "A value not yet named")
# valuesdesk.exports.formats(): each format's label.
FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("DomainTexts", "Diary as a PDF, to print or bring to session"),
    QT_TRANSLATE_NOOP("DomainTexts", "Diary as Markdown text"),
    QT_TRANSLATE_NOOP("DomainTexts", "Diary as a spreadsheet (CSV)"),
    QT_TRANSLATE_NOOP("DomainTexts", "Values checks as a spreadsheet (CSV)"),
    QT_TRANSLATE_NOOP("DomainTexts", "Plan and daily check-ins as calendar events"),
    QT_TRANSLATE_NOOP("DomainTexts", "Everything, to keep a copy or move to another computer"),
)
# Each format's file filter in the save and open dialogs (the pattern in brackets is left as it is).
FILE_FILTERS = (
    QT_TRANSLATE_NOOP("DomainTexts", "PDF document (*.pdf)"),
    QT_TRANSLATE_NOOP("DomainTexts", "Markdown text (*.md)"),
    QT_TRANSLATE_NOOP("DomainTexts", "CSV spreadsheet (*.csv)"),
    QT_TRANSLATE_NOOP("DomainTexts", "iCalendar file (*.ics)"),
    QT_TRANSLATE_NOOP("DomainTexts", "ValuesDesk export (*.json)"),
)
# The kinds of backup (BackupInfo.kind.label).
BACKUP_KINDS = (
    QT_TRANSLATE_NOOP("DomainTexts", "Daily"),
    QT_TRANSLATE_NOOP("DomainTexts", "Made by you"),
    QT_TRANSLATE_NOOP("DomainTexts", "Before an update"),
    QT_TRANSLATE_NOOP("DomainTexts", "Before an import"),
    QT_TRANSLATE_NOOP("DomainTexts", "Before a restore"),
)


def translate(text: str) -> str:
    """One of the English labels declared here, in the person's language."""
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: ExperimentStatus) -> str:
    """ "Active", in the person's language."""
    return translate(STATUSES[status])


def status_in_sentence(status: ExperimentStatus) -> str:
    return translate(STATUSES_IN_SENTENCE[status])


def day_state_label(state: DayState) -> str:
    """ "No check-in", in the person's language."""
    return translate(DAY_STATES[state])


def day_state_in_sentence(state: DayState) -> str:
    return translate(DAY_STATES_IN_SENTENCE[state])


def outcome_button(outcome: CheckInOutcome) -> str:
    """ "&Yes", in the person's language."""
    return translate(OUTCOME_BUTTONS[outcome])


def outcome_label(outcome: CheckInOutcome) -> str:
    """ "Yes", in the person's language: the button's text without its mnemonic."""
    return outcome_button(outcome).replace("&", "")


def shown_title(title: str) -> str:
    """An experiment's title as :func:`valuesdesk.domain.value_title` gives it, with the words for a value
    not named yet in the person's language."""
    return translate(UNNAMED) if title == UNNAMED_VALUE else title
