"""Reminders: which are due, from the experiments, the person's reminder settings and the clock.

Plain rules, no Qt and no files. Times are the local wall clock (naive), as the wizard stores a
plan's time and a check-in time, and as :func:`dates.local_now` gives it.

- The daily check-in (step 9): at the experiment's check-in time, or the settings' when it has
  none, on each day of an active try-on that has no check-in yet; never after the try-on's last
  day, never for a completed or abandoned experiment.
- The plan's "when" (step 6): at the planned moment, for a draft or an active experiment.
- A checklist item of the plan, not yet ticked: in the morning of its due day.
- The next session (step 10): the evening before (at the check-in time) and in the morning of
  the day, for an active or completed experiment ("bring your diary").

Nothing fires on a quiet day. Reminders that came while nothing ran (the computer asleep or off,
the program closed) are :attr:`Due.missed`: the caller says them once, collected, never one by one.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from valuesdesk.domain import dates
from valuesdesk.domain.lifecycle import ExperimentRef
from valuesdesk.domain.statuses import ExperimentStatus

# A reminder this late is still said as itself (the timer woke a little late); later, it was missed.
ON_TIME = dt.timedelta(minutes=5)
# Missed reminders older than this are not counted: after a long break, "you missed 90" helps nobody.
MISSED_LOOKBACK = dt.timedelta(days=7)
# How far ahead the next reminder is looked for.
HORIZON = dt.timedelta(days=400)

DEFAULT_CHECK_IN_TIME = dt.time(20, 0)
DEFAULT_MORNING_TIME = dt.time(9, 0)
DEFAULT_SNOOZE_MINUTES = 15


class ReminderKind(enum.StrEnum):
    CHECK_IN = "check_in"
    PLAN = "plan"  # the plan's "when" (step 6)
    PLAN_ITEM = "plan_item"  # a checklist item's due day (step 6)
    SESSION_EVE = "session_eve"  # the day before the next session (step 10)
    SESSION_MORNING = "session_morning"  # the morning of the next session


@dataclass(frozen=True)
class PlanItemDue:
    """A checklist item of step 6 not yet ticked, with its due day."""

    id: int
    text: str
    due_date: dt.date


@dataclass(frozen=True)
class ReminderSource:
    """What the reminders need of one experiment (no diary text)."""

    ref: ExperimentRef
    checkin_time: dt.time | None
    checked_in_days: frozenset[dt.date]
    open_items: tuple[PlanItemDue, ...]
    next_session_date: dt.date | None


@dataclass(frozen=True)
class ReminderSettings:
    """The person's choices in Settings ▸ Reminders."""

    kinds: frozenset[ReminderKind] = frozenset(ReminderKind)
    check_in_time: dt.time = DEFAULT_CHECK_IN_TIME  # when an experiment has no check-in time of its own
    morning_time: dt.time = DEFAULT_MORNING_TIME  # due checklist items, the session's morning
    quiet_days: frozenset[int] = frozenset()  # weekdays, Monday 0 … Sunday 6


@dataclass(frozen=True)
class Reminder:
    kind: ReminderKind
    at: dt.datetime  # local wall clock, naive
    experiment_id: int
    value_name: str
    day: dt.date  # the day it is about: the check-in's, the plan's, the item's due day, the session's
    item: PlanItemDue | None = None  # a checklist item's reminder: which (its text shown only if chosen)

    @property
    def key(self) -> tuple[ReminderKind, int, dt.date, int]:
        """The same reminder, wherever and whenever it is computed (a snoozed one keeps it)."""
        return (self.kind, self.experiment_id, self.day, self.item.id if self.item else 0)


@dataclass(frozen=True)
class Due:
    """What to say now: the reminders on time, and how many were missed since the last run."""

    on_time: tuple[Reminder, ...]
    missed: tuple[Reminder, ...]


def reminders_of(
    source: ReminderSource, settings: ReminderSettings, first: dt.date, last: dt.date
) -> Iterator[Reminder]:
    """Every reminder of ``source`` that fires on the days ``first`` to ``last``, whatever the kinds
    chosen and the quiet days."""
    ref = source.ref
    status, lifecycle = ref.status, ref.lifecycle

    def reminder(kind: ReminderKind, day: dt.date, at: dt.datetime, item: PlanItemDue | None = None) -> Reminder | None:
        return Reminder(kind, at, ref.id, ref.value_name, day, item) if first <= at.date() <= last else None

    found: list[Reminder | None] = []
    start, end = lifecycle.start_date, lifecycle.end_date
    if status is ExperimentStatus.ACTIVE and start is not None and end is not None:
        time = source.checkin_time or settings.check_in_time
        day = max(start, first)
        while day <= min(end, last):
            if day not in source.checked_in_days:
                found.append(reminder(ReminderKind.CHECK_IN, day, dt.datetime.combine(day, time)))
            day = dates.add_days(day, 1)
    if status in (ExperimentStatus.DRAFT, ExperimentStatus.ACTIVE):
        if (plan_at := lifecycle.plan_at) is not None:
            found.append(reminder(ReminderKind.PLAN, plan_at.date(), plan_at.replace(second=0, microsecond=0)))
        for item in source.open_items:
            at = dt.datetime.combine(item.due_date, settings.morning_time)
            found.append(reminder(ReminderKind.PLAN_ITEM, item.due_date, at, item))
    session = source.next_session_date
    if status in (ExperimentStatus.ACTIVE, ExperimentStatus.COMPLETED) and session is not None:
        eve = dt.datetime.combine(dates.add_days(session, -1), settings.check_in_time)
        found.append(reminder(ReminderKind.SESSION_EVE, session, eve))
        found.append(
            reminder(ReminderKind.SESSION_MORNING, session, dt.datetime.combine(session, settings.morning_time))
        )
    yield from (one for one in found if one is not None)


def reminders_between(
    sources: Iterable[ReminderSource], settings: ReminderSettings, after: dt.datetime, until: dt.datetime
) -> list[Reminder]:
    """The reminders that fire after ``after`` and up to ``until`` (both local, naive), in order:
    those of the kinds chosen, on days that are not quiet."""
    found = [
        reminder
        for source in sources
        for reminder in reminders_of(source, settings, after.date(), until.date())
        if reminder.kind in settings.kinds
        and after < reminder.at <= until
        and reminder.at.weekday() not in settings.quiet_days
    ]
    return sorted(found, key=lambda reminder: (reminder.at, reminder.experiment_id, reminder.kind))


def due(
    sources: Iterable[ReminderSource],
    settings: ReminderSettings,
    last_run: dt.datetime | None,
    now: dt.datetime,
    snoozed: Iterable[Reminder] = (),
) -> Due:
    """What is due at ``now`` since ``last_run`` (None: the first run ever, so nothing was missed).

    A snoozed reminder is due again at its new time, if what it is about still needs doing.
    """
    sources = tuple(sources)
    since = max(last_run or now, now - MISSED_LOOKBACK)
    found = reminders_between(sources, settings, since, now)
    found += [reminder for reminder in snoozed if reminder.at <= now and still_needed(reminder, sources, settings)]
    found.sort(key=lambda reminder: reminder.at)
    on_time = tuple(reminder for reminder in found if reminder.at >= now - ON_TIME)
    missed = tuple(reminder for reminder in found if reminder.at < now - ON_TIME)
    return Due(on_time, missed)


def still_needed(reminder: Reminder, sources: Iterable[ReminderSource], settings: ReminderSettings) -> bool:
    """Whether what ``reminder`` is about still needs doing: the day not checked in since, the item not
    ticked, the experiment not ended or set aside, the kind still chosen."""
    if reminder.kind not in settings.kinds:
        return False
    first, last = dates.add_days(reminder.day, -1), reminder.day
    return any(
        other.key == reminder.key
        for source in sources
        if source.ref.id == reminder.experiment_id
        for other in reminders_of(source, settings, first, last)
    )


def next_at(
    sources: Iterable[ReminderSource], settings: ReminderSettings, now: dt.datetime, snoozed: Iterable[Reminder] = ()
) -> dt.datetime | None:
    """When the next reminder after ``now`` fires, a snoozed one included; None when none is coming."""
    coming = reminders_between(sources, settings, now, now + HORIZON)
    moments = [reminder.at for reminder in coming[:1]] + [reminder.at for reminder in snoozed if reminder.at > now]
    return min(moments, default=None)


def snooze(reminder: Reminder, now: dt.datetime, minutes: int) -> Reminder:
    """The same reminder again ``minutes`` after ``now``."""
    return replace(reminder, at=now.replace(second=0, microsecond=0) + dt.timedelta(minutes=minutes))


def check_in_due_today(sources: Iterable[ReminderSource], today: dt.date) -> tuple[ExperimentRef, ...]:
    """The experiments whose try-on day ``today`` has no check-in yet: what "Check in now" answers."""
    return tuple(
        source.ref
        for source in sources
        if source.ref.status is ExperimentStatus.ACTIVE
        and source.ref.lifecycle.is_try_on_day(today)
        and today not in source.checked_in_days
    )
