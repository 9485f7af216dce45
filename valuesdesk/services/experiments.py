"""Experiments: runs of "Ten Steps to Trying on a Value"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from valuesdesk.domain import CheckInOutcome, ExperimentStatus
from valuesdesk.errors import NotFound
from valuesdesk.store.database import Database
from valuesdesk.store.models import CheckIn, DiaryEntry, Experiment, Value


@dataclass(frozen=True)
class ExperimentSummary:
    """One row of the list of experiments."""

    id: int
    value_name: str
    status: ExperimentStatus
    current_step: int
    start_date: dt.date | None
    end_date: dt.date | None
    duration_days: int
    check_ins_enacted: int
    diary_days: int

    def day_number(self, today: dt.date) -> int | None:
        if self.start_date is None or today < self.start_date:
            return None
        return min((today - self.start_date).days + 1, self.duration_days)

    def progress(self, today: dt.date) -> str:
        """For example "Day 3 of 7 · 2 check-ins"."""
        if self.status is ExperimentStatus.DRAFT:
            return f"Step {self.current_step} of 10"
        check_ins = f"{self.check_ins_enacted} check-in{'s' if self.check_ins_enacted != 1 else ''}"
        day = self.day_number(today)
        if day is None:
            return f"Starts {self.start_date:%d %b %Y} · {self.duration_days} days" if self.start_date else check_ins
        if self.status is ExperimentStatus.ACTIVE:
            return f"Day {day} of {self.duration_days} · {check_ins}"
        return f"{self.duration_days} days · {check_ins}"


class ExperimentService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_summaries(self) -> list[ExperimentSummary]:
        """Every experiment, newest first, with its counts, in one query."""
        enacted = (
            select(func.count(CheckIn.id))
            .where(CheckIn.experiment_id == Experiment.id, CheckIn.outcome == CheckInOutcome.YES)
            .scalar_subquery()
        )
        diary_days = (
            select(func.count(DiaryEntry.id)).where(DiaryEntry.experiment_id == Experiment.id).scalar_subquery()
        )
        query = (
            select(Experiment, Value.name, enacted, diary_days)
            .outerjoin(Value, Experiment.value_id == Value.id)
            .order_by(Experiment.created_at.desc(), Experiment.id.desc())
        )
        with self._database.reading() as session:
            return [
                ExperimentSummary(
                    id=experiment.id,
                    value_name=value_name or "",
                    status=experiment.status,
                    current_step=experiment.current_step,
                    start_date=experiment.start_date,
                    end_date=experiment.end_date,
                    duration_days=experiment.duration_days,
                    check_ins_enacted=enacted_count,
                    diary_days=diary_count,
                )
                for experiment, value_name, enacted_count, diary_count in session.execute(query)
            ]

    def get(self, experiment_id: int) -> Experiment:
        """The experiment with its value, behaviours and plan items loaded."""
        with self._database.reading() as session:
            experiment = session.scalar(
                select(Experiment)
                .where(Experiment.id == experiment_id)
                .options(
                    selectinload(Experiment.value),
                    selectinload(Experiment.behaviors),
                    selectinload(Experiment.plan_items),
                )
            )
            if experiment is None:
                raise NotFound("That experiment no longer exists.")
            return experiment

    def create_draft(self) -> Experiment:
        with self._database.transaction() as session:
            experiment = Experiment(status=ExperimentStatus.DRAFT, current_step=1)
            session.add(experiment)
            session.flush()
            return experiment

    def delete(self, experiment_id: int) -> None:
        """Delete an experiment with its behaviours, plan, diary and check-ins."""
        with self._database.transaction() as session:
            experiment = session.get(Experiment, experiment_id)
            if experiment is not None:
                session.delete(experiment)
