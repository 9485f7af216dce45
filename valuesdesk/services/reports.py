"""The Daily Reactions Diary to bring to session: chosen by experiment or dates, as Markdown, CSV or a calendar."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from valuesdesk import APP_NAME, __version__
from valuesdesk.dates import long_date, span_text
from valuesdesk.domain import (
    CHECK_IN_LABEL,
    DIARY_TEXT_FIELDS,
    THANKED_MIND_LABEL,
    TIMES_DONE_LABEL,
    CheckInOutcome,
)
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.store.database import Database
from valuesdesk.store.models import Experiment, utc_now

# Stable identifiers, so that importing the same calendar file again updates events instead of doubling them.
CALENDAR_NAMESPACE = uuid.UUID("5d7c1d0e-3f0b-4a53-9a4c-6a1f0c0e9d11")
PLAN_EVENT_MINUTES = 60
CHECK_IN_EVENT_MINUTES = 15


@dataclass(frozen=True)
class DiaryDay:
    day: dt.date
    number: int | None
    check_in: CheckInOutcome | None
    texts: dict[str, str]
    times_done: int | None
    thanked_mind: bool

    @property
    def heading(self) -> str:
        return f"Day {self.number} · {long_date(self.day)}" if self.number else long_date(self.day)

    @property
    def check_in_text(self) -> str:
        return self.check_in.label if self.check_in else "Not checked in"

    def written(self) -> list[tuple[str, str]]:
        """Every diary field that holds something, as (label, text)."""
        shown = []
        for name, label in DIARY_TEXT_FIELDS:
            # Step 8 asks how it feels the second, fifth or tenth time, right after "after".
            if name == "evaluations" and self.times_done is not None:
                shown.append((TIMES_DONE_LABEL, str(self.times_done)))
            if self.texts[name].strip():
                shown.append((label, self.texts[name]))
        if self.thanked_mind:
            shown.append((THANKED_MIND_LABEL, "Yes"))
        return shown


@dataclass(frozen=True)
class ExperimentDiary:
    experiment_id: int
    created_at: dt.datetime
    value_name: str
    value_meaning: str
    chosen_behaviors: tuple[str, ...]
    plan: str
    plan_items: tuple[str, ...]
    plan_at: dt.datetime | None
    checkin_time: dt.time | None
    start_date: dt.date | None
    end_date: dt.date | None
    duration_days: int
    next_session_date: dt.date | None
    days: tuple[DiaryDay, ...]

    @property
    def title(self) -> str:
        return self.value_name or "A value not yet named"


@dataclass(frozen=True)
class DiaryReport:
    experiments: tuple[ExperimentDiary, ...]
    first_day: dt.date | None
    last_day: dt.date | None

    @property
    def span(self) -> str:
        return span_text(self.first_day, self.last_day)

    @property
    def is_empty(self) -> bool:
        return not self.experiments


class ReportService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def diary(
        self, experiment_id: int | None = None, first: dt.date | None = None, last: dt.date | None = None
    ) -> DiaryReport:
        """One experiment's diary, or every experiment's days between ``first`` and ``last`` (both included)."""
        if first is not None and last is not None and first > last:
            raise InvalidInput("The first day comes after the last day.", detail=f"{first} is after {last}.")
        query = select(Experiment).options(
            selectinload(Experiment.value),
            selectinload(Experiment.behaviors),
            selectinload(Experiment.plan_items),
            selectinload(Experiment.diary_entries),
            selectinload(Experiment.check_ins),
        )
        if experiment_id is not None:
            query = query.where(Experiment.id == experiment_id)
        else:
            started_or_written = or_(
                Experiment.start_date.is_not(None), Experiment.diary_entries.any(), Experiment.check_ins.any()
            )
            query = query.where(started_or_written)
        with self._database.reading() as session:
            experiments = list(session.scalars(query.order_by(Experiment.start_date, Experiment.created_at)))
        if experiment_id is not None and not experiments:
            raise NotFound(f"There is no experiment {experiment_id}.")

        sections = []
        for experiment in experiments:
            section = _experiment_diary(experiment, first, last)
            if experiment_id is None and not section.days and not _overlaps(experiment, first, last):
                continue
            sections.append(section)
        spans = [day for section in sections for day in (section.start_date, section.end_date) if day]
        spans += [day.day for section in sections for day in section.days]
        return DiaryReport(
            experiments=tuple(sections),
            first_day=first or (min(spans) if spans else None),
            last_day=last or (max(spans) if spans else None),
        )


    @staticmethod
    def render(report: DiaryReport, kind: str) -> bytes:
        """The diary as Markdown ("md"), CSV ("csv") or calendar events of its plan ("ics")."""
        renderers = {
            "md": lambda: markdown(report).encode("utf-8"),
            "csv": lambda: csv_bytes(report),
            "ics": lambda: calendar_bytes(report),
        }
        return renderers[kind]()


def _overlaps(experiment: Experiment, first: dt.date | None, last: dt.date | None) -> bool:
    if experiment.start_date is None:
        return False
    return (first is None or experiment.end_date >= first) and (last is None or experiment.start_date <= last)


def _experiment_diary(experiment: Experiment, first: dt.date | None, last: dt.date | None) -> ExperimentDiary:
    entries = {entry.day: entry for entry in experiment.diary_entries}
    check_ins = {check_in.day: check_in.outcome for check_in in experiment.check_ins}
    days = []
    for day in sorted(entries.keys() | check_ins.keys()):
        if (first is not None and day < first) or (last is not None and day > last):
            continue
        entry = entries.get(day)
        number = (day - experiment.start_date).days + 1 if experiment.start_date else None
        days.append(
            DiaryDay(
                day=day,
                number=number if number is not None and number >= 1 else None,
                check_in=check_ins.get(day),
                texts={name: getattr(entry, name) if entry else "" for name, _label in DIARY_TEXT_FIELDS},
                times_done=entry.times_done if entry else None,
                thanked_mind=bool(entry and entry.thanked_mind),
            )
        )
    value = experiment.value
    return ExperimentDiary(
        experiment_id=experiment.id,
        created_at=experiment.created_at,
        value_name=value.name if value else "",
        value_meaning=value.meaning if value else "",
        chosen_behaviors=tuple(behavior.text for behavior in experiment.behaviors if behavior.chosen),
        plan=experiment.plan,
        plan_items=tuple(item.text for item in experiment.plan_items),
        plan_at=experiment.plan_at,
        checkin_time=experiment.checkin_time,
        start_date=experiment.start_date,
        end_date=experiment.end_date,
        duration_days=experiment.duration_days,
        next_session_date=experiment.next_session_date,
        days=tuple(days),
    )


def markdown(report: DiaryReport) -> str:
    lines = ["# Daily Reactions Diary", ""]
    if report.span:
        lines += [f"*{report.span}*", ""]
    for section in report.experiments:
        lines += [f"## {section.title}", ""]
        if section.value_meaning.strip():
            lines += ["**What it means to me**", "", section.value_meaning.strip(), ""]
        if section.chosen_behaviors:
            lines += ["**What I chose to do**", ""] + [f"- {text}" for text in section.chosen_behaviors] + [""]
        if section.plan.strip() or section.plan_items:
            lines += ["**My plan**", ""]
            if section.plan.strip():
                lines += [section.plan.strip(), ""]
            lines += [f"- {text}" for text in section.plan_items] + ([""] if section.plan_items else [])
        facts = []
        if section.plan_at:
            facts.append(f"- Planned for: {long_date(section.plan_at.date())}, {section.plan_at:%H:%M}")
        if section.start_date:
            facts.append(f"- Trying it on: {span_text(section.start_date, section.end_date)}")
        if section.next_session_date:
            facts.append(f"- Next session: {long_date(section.next_session_date)}")
        if facts:
            lines += facts + [""]
        if not section.days:
            lines += ["*No diary days written yet.*", ""]
        for day in section.days:
            lines += [f"### {day.heading}", "", f"**{CHECK_IN_LABEL}** {day.check_in_text}", ""]
            for label, text in day.written():
                lines += [f"**{label}**", "", text.strip(), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


CSV_HEADER = (
    ["Value", "Date", "Day", CHECK_IN_LABEL]
    + [label for _name, label in DIARY_TEXT_FIELDS[:4]]
    + [TIMES_DONE_LABEL, DIARY_TEXT_FIELDS[4][1], THANKED_MIND_LABEL, DIARY_TEXT_FIELDS[5][1]]
)


def csv_rows(report: DiaryReport) -> list[list[str]]:
    rows = [CSV_HEADER]
    for section in report.experiments:
        for day in section.days:
            texts = [day.texts[name] for name, _label in DIARY_TEXT_FIELDS]
            check_in = day.check_in.label if day.check_in else ""
            times_done = "" if day.times_done is None else str(day.times_done)
            rows.append(
                [section.value_name, day.day.isoformat(), str(day.number or ""), check_in]
                + texts[:4]
                + [times_done, texts[4], "Yes" if day.thanked_mind else "No", texts[5]]
            )
    return rows


def csv_bytes(report: DiaryReport) -> bytes:
    """One row per experiment and day. UTF-8 with a byte-order mark: without it Excel reads the
    file in the system's legacy code page and garbles every accent and emoji."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(csv_rows(report))
    return buffer.getvalue().encode("utf-8-sig")


def calendar_bytes(report: DiaryReport, *, now: dt.datetime | None = None) -> bytes:
    """An .ics file with, per experiment: the planned time to enact the value (step 6), the
    daily check-in over the try-on days (step 9) and the next session (step 10).

    The daily check-in is one event repeated with RRULE:FREQ=DAILY;COUNT=<days>: calendars show
    it on every day, and the person can move or delete all of them in one go. Times are
    "floating" (no time zone): 18:00 means 18:00 wherever the person is, as they wrote it.
    """
    # Imported here: icalendar costs a twentieth of a second that opening the data need not pay.
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = (now or utc_now()).replace(tzinfo=dt.UTC)
    events = 0
    for section in report.experiments:
        value = section.value_name or "my value"

        def event(kind: str, summary: str, description: str) -> Event:
            created = Event()
            identity = f"{section.created_at.isoformat()}/{section.value_name}/{kind}"
            created.add("uid", f"{uuid.uuid5(CALENDAR_NAMESPACE, identity)}@valuesdesk.invalid")
            created.add("dtstamp", stamp)
            created.add("summary", summary)
            if description:
                created.add("description", description)
            return created

        if section.plan_at is not None:
            plan = event("plan", f"Enact my value: {value}", _plan_description(section))
            plan.add("dtstart", section.plan_at)
            plan.add("dtend", section.plan_at + dt.timedelta(minutes=PLAN_EVENT_MINUTES))
            calendar.add_component(plan)
            events += 1
        if section.start_date is not None:
            check_in = event(
                "check-in",
                f"Daily check-in: {value}",
                "Did I enact the value today? Notice anything that shows up, "
                "and write it in the Daily Reactions Diary.",
            )
            if section.checkin_time is not None:
                start = dt.datetime.combine(section.start_date, section.checkin_time)
                check_in.add("dtstart", start)
                check_in.add("dtend", start + dt.timedelta(minutes=CHECK_IN_EVENT_MINUTES))
            else:
                check_in.add("dtstart", section.start_date)
                check_in.add("dtend", section.start_date + dt.timedelta(days=1))
            check_in.add("rrule", {"freq": "daily", "count": section.duration_days})
            calendar.add_component(check_in)
            events += 1
        if section.next_session_date is not None:
            session = event("session", "Bring my Daily Reactions Diary to session", f"Value: {value}")
            session.add("dtstart", section.next_session_date)
            session.add("dtend", section.next_session_date + dt.timedelta(days=1))
            calendar.add_component(session)
            events += 1
    if not events:
        raise InvalidInput(
            "There is nothing to put in a calendar yet.",
            detail="Choose a date and time in step 6, or start trying on the value, then try again.",
        )
    return calendar.to_ical()


def _plan_description(section: ExperimentDiary) -> str:
    parts = [section.plan.strip()] if section.plan.strip() else []
    parts += [f"• {text}" for text in section.plan_items]
    return "\n".join(parts)
