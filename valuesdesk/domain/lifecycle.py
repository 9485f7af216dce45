"""An experiment's life from plain values: its span of days, its phase today, its title.

The wizard, the list of experiments, the diary and every export ask this one place when the
try-on starts and ends, which day it is, and what an experiment is called.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from valuesdesk.domain import dates
from valuesdesk.domain.statuses import ExperimentStatus

# How an experiment whose value has no name yet is called, wherever it is shown.
UNNAMED_VALUE = "A value not yet named"


def value_title(value_name: str) -> str:
    return value_name.strip() or UNNAMED_VALUE


def begin_day(plan_at: dt.datetime | None, today: dt.date) -> dt.date:
    """The first day of a try-on begun ``today``: the plan's day, or today if that has passed."""
    return max(plan_at.date(), today) if plan_at else today


class Phase(enum.Enum):
    """Where an experiment stands on a given day."""

    DRAFT = "draft"  # the ten steps are being written
    UPCOMING = "upcoming"  # begun, the first day has not come
    RUNNING = "running"  # within the days of the try-on
    ENDED = "ended"  # the days are over: time to reflect and complete
    COMPLETED = "completed"
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class Lifecycle:
    status: ExperimentStatus
    start_date: dt.date | None
    duration_days: int
    plan_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None

    @property
    def end_date(self) -> dt.date | None:
        """The last day of the try-on, once it has begun."""
        if self.start_date is None:
            return None
        return dates.add_days(self.start_date, self.duration_days - 1)

    def planned_start(self, today: dt.date) -> dt.date:
        """The first day: the real one once begun, else the one a begin today would give."""
        return self.start_date if self.start_date is not None else begin_day(self.plan_at, today)

    def planned_end(self, today: dt.date) -> dt.date:
        return dates.add_days(self.planned_start(today), self.duration_days - 1)

    def day_of(self, day: dt.date) -> int | None:
        """Which day of the experiment ``day`` is: 1 on the first, on past the try-on's last; None before."""
        if self.start_date is None or day < self.start_date:
            return None
        return (day - self.start_date).days + 1

    def day_number(self, today: dt.date) -> int | None:
        """Which day of the try-on it is: 1 on the first day, at most ``duration_days``; None before it starts."""
        day = self.day_of(today)
        return None if day is None else min(day, self.duration_days)

    def overlaps(self, first: dt.date | None, last: dt.date | None) -> bool:
        """Whether any day of the try-on lies between ``first`` and ``last`` (None: no bound)."""
        start, end = self.start_date, self.end_date
        if start is None or end is None:
            return False
        return (last is None or start <= last) and (first is None or end >= first)

    def has_ended(self, today: dt.date) -> bool:
        end = self.end_date
        return end is not None and today > end

    def phase(self, today: dt.date) -> Phase:
        if self.status is ExperimentStatus.DRAFT:
            return Phase.DRAFT
        if self.status is ExperimentStatus.COMPLETED:
            return Phase.COMPLETED
        if self.status is ExperimentStatus.ABANDONED:
            return Phase.ABANDONED
        if self.start_date is not None and today < self.start_date:
            return Phase.UPCOMING
        return Phase.ENDED if self.has_ended(today) else Phase.RUNNING

    def completed_on(self, today: dt.date) -> dt.date:
        return self.completed_at.date() if self.completed_at else self.planned_end(today)

    def last_diary_day(self, today: dt.date) -> dt.date | None:
        """The last day to keep the diary on: an active experiment goes on until it is completed."""
        end = self.end_date
        if end is None:
            return None
        return max(end, today) if self.status is ExperimentStatus.ACTIVE else end

    def runs_on(self, day: dt.date, today: dt.date) -> bool:
        last = self.last_diary_day(today)
        return self.start_date is not None and last is not None and self.start_date <= day <= last

    def is_try_on_day(self, day: dt.date) -> bool:
        end = self.end_date
        return self.start_date is not None and end is not None and self.start_date <= day <= end


@dataclass(frozen=True)
class ExperimentRef:
    """What every screen and export shows of an experiment: which one, its value, its days.

    The services return this (or a view that holds it), never a database row.
    """

    id: int
    value_name: str
    lifecycle: Lifecycle

    @property
    def title(self) -> str:
        return value_title(self.value_name)

    @property
    def status(self) -> ExperimentStatus:
        return self.lifecycle.status
