"""The Daily Reactions Diary to bring to session, chosen by experiment or by days, as frozen views.

``valuesdesk.exports`` writes these views as Markdown, CSV, PDF or calendar events; the calendar
also cancels the events of deleted experiments (:meth:`ReportService.deleted_experiments`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from valuesdesk.domain import CheckInOutcome, ExperimentRef, ExperimentStatus, Lifecycle
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.diary import DiaryValue, diary_values
from valuesdesk.services.experiments import HoldsExperimentRef, experiment_ref
from valuesdesk.store.database import Database
from valuesdesk.store.models import DayNote, Experiment, ExperimentTombstone

if TYPE_CHECKING:
    from valuesdesk.services.values_check import ChecksAround


@dataclass(frozen=True)
class DiaryDay:
    day: dt.date
    number: int | None  # the experiment's day (``Lifecycle.day_of``): from 1, None before it began
    check_in: CheckInOutcome | None
    # Every field of DIARY_FIELDS by name, with what it holds that day.
    fields: Mapping[str, DiaryValue]
    # The day's note (``DayNote``): shown with every experiment whose diary has the day.
    note: str = ""


@dataclass(frozen=True)
class ExperimentDiary(HoldsExperimentRef):
    ref: ExperimentRef
    created_at: dt.datetime
    value_meaning: str
    chosen_behaviors: tuple[str, ...]
    plan: str
    plan_items: tuple[str, ...]
    checkin_time: dt.time | None
    next_session_date: dt.date | None
    days: tuple[DiaryDay, ...]
    # The values checks before and after the try-on (``ValuesCheckService.with_checks``); None: not asked.
    values_checks: ChecksAround | None = None


@dataclass(frozen=True)
class DeletedExperiment:
    """What is known of a deleted experiment: which one it was and its days (as for ExperimentDiary)."""

    id: int
    created_at: dt.datetime
    # Its days; its status reads as abandoned, which a deleted experiment is as good as.
    lifecycle: Lifecycle
    checkin_time: dt.time | None
    next_session_date: dt.date | None


@dataclass(frozen=True)
class OtherDayNote:
    """The note of a day that no experiment of the report has among its days."""

    day: dt.date
    text: str


@dataclass(frozen=True)
class DiaryReport:
    experiments: tuple[ExperimentDiary, ...]
    first_day: dt.date | None
    last_day: dt.date | None
    # Notes on days outside every experiment's days, oldest first; only in a report of every experiment.
    other_notes: tuple[OtherDayNote, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.experiments and not self.other_notes


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
            notes_query = select(DayNote.day, DayNote.text).order_by(DayNote.day)
            if first is not None:
                notes_query = notes_query.where(DayNote.day >= first)
            if last is not None:
                notes_query = notes_query.where(DayNote.day <= last)
            notes: dict[dt.date, str] = {day: text for day, text in session.execute(notes_query)}
            sections = [_experiment_diary(experiment, first, last, notes) for experiment in experiments]
        if experiment_id is None:
            sections = [section for section in sections if section.days or section.lifecycle.overlaps(first, last)]
        noted = {day.day for section in sections for day in section.days}
        other_notes = (
            tuple(OtherDayNote(day, text) for day, text in notes.items() if day not in noted)
            if experiment_id is None
            else ()
        )
        spans = [day.day for section in sections for day in section.days] + [note.day for note in other_notes]
        for section in sections:
            spans += [day for day in (section.lifecycle.start_date, section.lifecycle.end_date) if day]
        return DiaryReport(
            experiments=tuple(sections),
            first_day=first or (min(spans) if spans else None),
            last_day=last or (max(spans) if spans else None),
            other_notes=other_notes,
        )

    def deleted_experiments(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> tuple[DeletedExperiment, ...]:
        """The deleted experiments, oldest first; with days given, those whose try-on had a day between them."""
        with self._database.reading() as session:
            tombstones = session.scalars(select(ExperimentTombstone).order_by(ExperimentTombstone.id))
            deleted = tuple(
                DeletedExperiment(
                    id=tombstone.experiment_id,
                    created_at=tombstone.experiment_created_at,
                    lifecycle=Lifecycle(
                        ExperimentStatus.ABANDONED, tombstone.start_date, tombstone.duration_days, tombstone.plan_at
                    ),
                    checkin_time=tombstone.checkin_time,
                    next_session_date=tombstone.next_session_date,
                )
                for tombstone in tombstones
            )
        if first is None and last is None:
            return deleted
        return tuple(experiment for experiment in deleted if experiment.lifecycle.overlaps(first, last))


def _experiment_diary(
    experiment: Experiment, first: dt.date | None, last: dt.date | None, notes: Mapping[dt.date, str]
) -> ExperimentDiary:
    """The experiment's written days: those with an entry or a check-in, and its try-on's days with a note."""
    entries = {entry.day: entry for entry in experiment.diary_entries}
    check_ins = {check_in.day: check_in.outcome for check_in in experiment.check_ins}
    value = experiment.value
    ref = experiment_ref(experiment, value.name if value else "")
    noted_in_try_on = {day for day in notes if ref.lifecycle.is_try_on_day(day)}
    days = [
        DiaryDay(
            day=day,
            number=ref.lifecycle.day_of(day),
            check_in=check_ins.get(day),
            fields=diary_values(entries.get(day)),
            note=notes.get(day, ""),
        )
        for day in sorted(entries.keys() | check_ins.keys() | noted_in_try_on)
        if (first is None or day >= first) and (last is None or day <= last)
    ]
    return ExperimentDiary(
        ref=ref,
        created_at=experiment.created_at,
        value_meaning=value.meaning if value else "",
        chosen_behaviors=tuple(behavior.text for behavior in experiment.behaviors if behavior.chosen),
        plan=experiment.plan,
        plan_items=tuple(item.text for item in experiment.plan_items),
        checkin_time=experiment.checkin_time,
        next_session_date=experiment.next_session_date,
        days=tuple(days),
    )
