"""The plan as calendar events (iCalendar): when to enact the value, the daily check-in, the next session."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Protocol

from valuesdesk import APP_NAME, __version__
from valuesdesk.domain import CHECK_IN_LABEL, ExperimentStatus, Lifecycle, dates
from valuesdesk.errors import NothingToExport
from valuesdesk.exports.diary_text import DOCUMENT_TITLE
from valuesdesk.exports.registry import ExportFormat, register_format
from valuesdesk.exports.sources import CALENDAR, CalendarPlan

if TYPE_CHECKING:
    from icalendar import Calendar

    from valuesdesk.services.reports import ExperimentDiary

# Stable identifiers, so that importing the same calendar file again updates events instead of doubling them.
CALENDAR_NAMESPACE = uuid.UUID("5d7c1d0e-3f0b-4a53-9a4c-6a1f0c0e9d11")
PLAN_EVENT_MINUTES = 60
CHECK_IN_EVENT_MINUTES = 15
# The kinds of event an experiment has, as its event ids name them.
PLAN, CHECK_IN, SESSION = "plan", "check-in", "session"
# Titles that say nothing of the person's value or plan: calendars are often kept in the cloud or shared.
NEUTRAL_CHECK_IN_TITLE = f"{APP_NAME} check-in"
NEUTRAL_SESSION_TITLE = "Therapy session"
# Each kind of event's title and description (empty: none).
EventWords = dict[str, tuple[str, str]]
NEUTRAL_WORDS: EventWords = {
    PLAN: (NEUTRAL_CHECK_IN_TITLE, ""),
    CHECK_IN: (NEUTRAL_CHECK_IN_TITLE, ""),
    SESSION: (NEUTRAL_SESSION_TITLE, ""),
}


class Scheduled(Protocol):
    """An experiment's days and identity, of one still here or one deleted."""

    @property
    def id(self) -> int: ...
    @property
    def created_at(self) -> dt.datetime: ...
    @property
    def lifecycle(self) -> Lifecycle: ...
    @property
    def checkin_time(self) -> dt.time | None: ...
    @property
    def next_session_date(self) -> dt.date | None: ...


def calendar_bytes(plan: CalendarPlan) -> bytes:
    """An .ics file with, per experiment: the planned time to enact the value (step 6), the
    daily check-in over the try-on days (step 9) and the next session (step 10).

    Titles are neutral unless ``plan.details`` asks for the value and the plan. An event's id comes
    from its experiment's id and creation time, never from words that can be edited, so a renamed
    value updates the same events. The events of an abandoned experiment, and of a deleted one
    (``plan.deleted``), are written as cancelled, so a calendar that imports the file removes them.

    The daily check-in is one event repeated with RRULE:FREQ=DAILY;COUNT=<days>: calendars show
    it on every day, and the person can move or delete all of them in one go. Times are
    "floating" (no time zone): 18:00 means 18:00 wherever the person is, as they wrote it.
    icalendar escapes the person's words, so a comma, semicolon or line break in them stays text.
    """
    # Imported here: icalendar costs a twentieth of a second that opening the data need not pay.
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = dates.utc_now().replace(tzinfo=dt.UTC)
    events = 0
    for section in plan.report.experiments:
        words = _detailed_words(section) if plan.details else NEUTRAL_WORDS
        cancelled = section.status is ExperimentStatus.ABANDONED
        events += _add_events(calendar, section, words, cancelled=cancelled, stamp=stamp)
    for deleted in plan.deleted:
        events += _add_events(calendar, deleted, NEUTRAL_WORDS, cancelled=True, stamp=stamp)
    if not events:
        raise NothingToExport(
            "There is nothing to put in a calendar yet.",
            detail="Choose a date and time in step 6, or start trying on the value, then try again.",
        )
    return calendar.to_ical()


def _uid(experiment: Scheduled, kind: str) -> str:
    identity = f"{experiment.id}/{experiment.created_at.isoformat()}/{kind}"
    return f"{uuid.uuid5(CALENDAR_NAMESPACE, identity)}@valuesdesk.invalid"


def _add_events(
    calendar: Calendar,
    experiment: Scheduled,
    words: EventWords,
    *,
    cancelled: bool,
    stamp: dt.datetime,
) -> int:
    """Add the experiment's events, with these titles and descriptions by kind; returns how many."""
    from icalendar import Event

    def event(kind: str, start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> Event:
        summary, description = words[kind]
        created = Event()
        created.add("uid", _uid(experiment, kind))
        created.add("dtstamp", stamp)
        created.add("summary", summary)
        if description:
            created.add("description", description)
        created.add("dtstart", start)
        created.add("dtend", end)
        if cancelled:
            created.add("status", "CANCELLED")
        calendar.add_component(created)
        return created

    lifecycle = experiment.lifecycle
    added = 0
    if lifecycle.plan_at is not None:
        event(PLAN, lifecycle.plan_at, _later(lifecycle.plan_at, PLAN_EVENT_MINUTES))
        added += 1
    if lifecycle.start_date is not None:
        if experiment.checkin_time is not None:
            start = dt.datetime.combine(lifecycle.start_date, experiment.checkin_time)
            check_in = event(CHECK_IN, start, _later(start, CHECK_IN_EVENT_MINUTES))
        else:
            check_in = event(CHECK_IN, lifecycle.start_date, dates.add_days(lifecycle.start_date, 1))
        check_in.add("rrule", {"freq": "daily", "count": lifecycle.duration_days})
        added += 1
    if experiment.next_session_date is not None:
        event(SESSION, experiment.next_session_date, dates.add_days(experiment.next_session_date, 1))
        added += 1
    return added


def _detailed_words(section: ExperimentDiary) -> EventWords:
    """The titles and descriptions that name the value and the plan, asked for by the person."""
    title = section.title
    return {
        PLAN: (f"Enact my value: {title}", _plan_description(section)),
        CHECK_IN: (
            f"Daily check-in: {title}",
            f"{CHECK_IN_LABEL} Notice anything that shows up, and write it in the {DOCUMENT_TITLE}.",
        ),
        SESSION: (f"Bring my {DOCUMENT_TITLE} to session", f"Value: {title}"),
    }


def _plan_description(section: ExperimentDiary) -> str:
    parts = [section.plan.strip()] if section.plan.strip() else []
    parts += [f"• {text}" for text in section.plan_items]
    return "\n".join(parts)


register_format(
    ExportFormat(
        key="ics",
        label="Plan and daily check-ins as calendar events",
        suffix=".ics",
        file_filter="iCalendar file (*.ics)",
        title="Values plan",
        source=CALENDAR,
        render=calendar_bytes,
    )
)


def _later(moment: dt.datetime, minutes: int) -> dt.datetime:
    """``minutes`` after ``moment``, or ``moment`` itself at the end of time (a day kept before the
    range of days was checked): an event of no length rather than a file that cannot be written."""
    try:
        return moment + dt.timedelta(minutes=minutes)
    except OverflowError:
        return moment
