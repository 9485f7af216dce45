"""The plan as calendar events (iCalendar): when to enact the value, the daily check-in, the next session."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from valuesdesk import APP_NAME, __version__
from valuesdesk.domain import CHECK_IN_LABEL, dates
from valuesdesk.errors import NothingToExport
from valuesdesk.exports.diary_text import DOCUMENT_TITLE
from valuesdesk.exports.registry import ExportFormat, register_format
from valuesdesk.exports.sources import DIARY

if TYPE_CHECKING:
    from valuesdesk.services.reports import DiaryReport, ExperimentDiary

# Stable identifiers, so that importing the same calendar file again updates events instead of doubling them.
CALENDAR_NAMESPACE = uuid.UUID("5d7c1d0e-3f0b-4a53-9a4c-6a1f0c0e9d11")
PLAN_EVENT_MINUTES = 60
CHECK_IN_EVENT_MINUTES = 15


def calendar_bytes(report: DiaryReport) -> bytes:
    """An .ics file with, per experiment: the planned time to enact the value (step 6), the
    daily check-in over the try-on days (step 9) and the next session (step 10).

    The daily check-in is one event repeated with RRULE:FREQ=DAILY;COUNT=<days>: calendars show
    it on every day, and the person can move or delete all of them in one go. Times are
    "floating" (no time zone): 18:00 means 18:00 wherever the person is, as they wrote it.
    icalendar escapes the person's words, so a comma, semicolon or line break in them stays text.
    """
    # Imported here: icalendar costs a twentieth of a second that opening the data need not pay.
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = dates.utc_now().replace(tzinfo=dt.UTC)
    events = 0
    for section in report.experiments:
        title = section.title
        lifecycle = section.lifecycle

        def event(kind: str, summary: str, description: str, section: ExperimentDiary = section) -> Event:
            created = Event()
            identity = f"{section.created_at.isoformat()}/{section.value_name}/{kind}"
            created.add("uid", f"{uuid.uuid5(CALENDAR_NAMESPACE, identity)}@valuesdesk.invalid")
            created.add("dtstamp", stamp)
            created.add("summary", summary)
            if description:
                created.add("description", description)
            return created

        if lifecycle.plan_at is not None:
            plan = event("plan", f"Enact my value: {title}", _plan_description(section))
            plan.add("dtstart", lifecycle.plan_at)
            plan.add("dtend", _later(lifecycle.plan_at, PLAN_EVENT_MINUTES))
            calendar.add_component(plan)
            events += 1
        if lifecycle.start_date is not None:
            check_in = event(
                "check-in",
                f"Daily check-in: {title}",
                f"{CHECK_IN_LABEL} Notice anything that shows up, and write it in the {DOCUMENT_TITLE}.",
            )
            if section.checkin_time is not None:
                start = dt.datetime.combine(lifecycle.start_date, section.checkin_time)
                check_in.add("dtstart", start)
                check_in.add("dtend", _later(start, CHECK_IN_EVENT_MINUTES))
            else:
                check_in.add("dtstart", lifecycle.start_date)
                check_in.add("dtend", dates.add_days(lifecycle.start_date, 1))
            check_in.add("rrule", {"freq": "daily", "count": lifecycle.duration_days})
            calendar.add_component(check_in)
            events += 1
        if section.next_session_date is not None:
            session = event("session", f"Bring my {DOCUMENT_TITLE} to session", f"Value: {title}")
            session.add("dtstart", section.next_session_date)
            session.add("dtend", dates.add_days(section.next_session_date, 1))
            calendar.add_component(session)
            events += 1
    if not events:
        raise NothingToExport(
            "There is nothing to put in a calendar yet.",
            detail="Choose a date and time in step 6, or start trying on the value, then try again.",
        )
    return calendar.to_ical()


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
        source=DIARY,
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
