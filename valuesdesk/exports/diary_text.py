"""The words of the Daily Reactions Diary on paper, shared by its Markdown, CSV and PDF.

Each diary field appears under its label from ``DIARY_FIELDS``, in the table's order, and the day's
note after them. The diary is grouped by experiment, so a note goes with each experiment that has its
day (an entry, a check-in, or a day of its try-on); a note on a day no experiment has is printed once,
under :data:`OTHER_NOTES_TITLE` after the experiments, in date order, so no note of the chosen days is
left out and none is filed under a value it was not about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from valuesdesk.domain import DAY_NOTE_LABEL, DIARY_FIELDS, DayState, DiaryField, FieldKind, dates
from valuesdesk.domain.dates import long_date, span_text

if TYPE_CHECKING:
    from valuesdesk.services.diary import DiaryValue
    from valuesdesk.services.reports import DiaryDay, DiaryReport, ExperimentDiary

DOCUMENT_TITLE = "Daily Reactions Diary"
MEANING_LABEL = "What it means to me"
CHOSEN_LABEL = "What I chose to do"
PLAN_LABEL = "My plan"
NO_DAYS = "No diary days written yet."
NOTE_LABEL = DAY_NOTE_LABEL
OTHER_NOTES_TITLE = "Notes on other days"


def span(report: DiaryReport) -> str:
    """The days the report covers, e.g. "23 – 29 November 2026"; empty when it has none."""
    return span_text(report.first_day, report.last_day)


def day_heading(day: DiaryDay) -> str:
    return f"Day {day.number} · {long_date(day.day)}" if day.number else long_date(day.day)


def check_in_text(day: DiaryDay) -> str:
    return day.check_in.label if day.check_in else DayState.NO_CHECK_IN.label


def field_text(field: DiaryField, value: DiaryValue) -> str:
    """What a field holds, as a spreadsheet cell shows it: empty when a count was not given."""
    if field.kind is FieldKind.FLAG:
        return "Yes" if value else "No"
    return "" if value is None else str(value)


def written(day: DiaryDay) -> list[tuple[DiaryField, str]]:
    """Every field that holds something that day, with its text; a tick left empty holds nothing."""
    return [
        (field, field_text(field, day.fields[field.name]))
        for field in DIARY_FIELDS
        if not field.is_empty(day.fields[field.name])
    ]


def planned_for(section: ExperimentDiary) -> str:
    """When step 6 plans to enact the value; empty before a time was chosen."""
    plan_at = section.lifecycle.plan_at
    return f"{long_date(plan_at.date())}, {plan_at.strftime(dates.CLOCK_TIME)}" if plan_at else ""


def trying_on(section: ExperimentDiary) -> str:
    """The days of the try-on; empty before it began."""
    return span_text(section.lifecycle.start_date, section.lifecycle.end_date)
