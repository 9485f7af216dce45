"""Experiments: runs of "Ten Steps to Trying on a Value"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from valuesdesk.domain import MAX_DURATION_DAYS, MAX_TEXT_CHARS, STEP_COUNT, CheckInOutcome, ExperimentStatus
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.values import check_value_fields
from valuesdesk.store.database import Database
from valuesdesk.store.models import Behavior, CheckIn, DiaryEntry, Experiment, PlanItem, Value, utc_now

TEXT_FIELDS = frozenset({"reactions", "judgments", "plan", "reflection"})
# What the wizard may change field by field; status and dates of the try-on change by transitions.
EDITABLE_FIELDS = TEXT_FIELDS | {
    "current_step",
    "duration_days",
    "commit_until",
    "plan_at",
    "behave_confirmed",
    "checkin_time",
    "next_session_date",
}
READ_ONLY_STATUSES = frozenset({ExperimentStatus.COMPLETED, ExperimentStatus.ABANDONED})

ListItem = Behavior | PlanItem
Item = TypeVar("Item", Behavior, PlanItem)


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

    def has_ended(self, today: dt.date) -> bool:
        return self.end_date is not None and today > self.end_date

    def progress(self, today: dt.date) -> str:
        """For example "Day 3 of 7 · 2 check-ins"."""
        if self.status is ExperimentStatus.DRAFT:
            return f"Step {self.current_step} of 10"
        check_ins = f"{self.check_ins_enacted} check-in{'s' if self.check_ins_enacted != 1 else ''}"
        day = self.day_number(today)
        if day is None:
            return f"Starts {self.start_date:%d %b %Y} · {self.duration_days} days" if self.start_date else check_ins
        if self.status is ExperimentStatus.ACTIVE:
            if self.has_ended(today):
                return f"Ended · {check_ins} · ready to reflect"
            return f"Day {day} of {self.duration_days} · {check_ins}"
        return f"{self.duration_days} days · {check_ins}"


def _check_text(name: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(
            f"That text is too long to save ({len(text):,} characters).",
            detail=f"Please keep {name} under {MAX_TEXT_CHARS:,} characters.",
        )


def _check_item_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInput("Please write something first.")
    _check_text("one item", text)
    return text


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

    # Writing the steps

    def update(self, experiment_id: int, **changes: object) -> None:
        """Save fields of the steps, e.g. ``update(id, reactions="…", current_step=3)``."""
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        for name in TEXT_FIELDS & set(changes):
            _check_text("this field", str(changes[name]))
        step = changes.get("current_step")
        if step is not None and not 1 <= int(step) <= STEP_COUNT:
            raise InvalidInput(f"There is no step {step}.")
        days = changes.get("duration_days")
        if days is not None and not 1 <= int(days) <= MAX_DURATION_DAYS:
            raise InvalidInput(f"Please choose between 1 and {MAX_DURATION_DAYS} days.")
        with self._database.transaction() as session:
            experiment = self._editable(session, experiment_id)
            for name, value in changes.items():
                setattr(experiment, name, value)

    def save_value(self, experiment_id: int, *, name: str, meaning: str, life_domain: str) -> None:
        """Write step 1's value: the experiment's own value, made on the first keystroke.

        A blank name keeps the one saved before; the wizard asks for a name before going on.
        """
        name, life_domain = name.strip(), life_domain.strip()
        check_value_fields(name, meaning, life_domain)
        with self._database.transaction() as session:
            experiment = self._editable(session, experiment_id)
            value = experiment.value
            if value is None:
                if not (name or meaning.strip() or life_domain):
                    return
                value = experiment.value = Value(name="")
            if name:
                value.name = name
            value.meaning, value.life_domain = meaning, life_domain

    def use_value(self, experiment_id: int, value_id: int | None) -> None:
        """Try on one of the person's values, or (``None``) start writing a new one."""
        with self._database.transaction() as session:
            experiment = self._editable(session, experiment_id)
            if value_id is not None and session.get(Value, value_id) is None:
                raise NotFound("That value no longer exists.")
            previous = experiment.value
            experiment.value_id = value_id
            session.flush()
            # A value begun in this draft and left behind is not one of the person's values.
            if previous is not None and not previous.name and previous.id != value_id:
                session.delete(previous)

    def add_behavior(self, experiment_id: int, text: str) -> Behavior:
        return self._add_item(Behavior, experiment_id, _check_item_text(text))

    def edit_behavior(self, behavior_id: int, text: str) -> None:
        self._change_item(Behavior, behavior_id, text=_check_item_text(text))

    def remove_behavior(self, behavior_id: int) -> None:
        self._remove_item(Behavior, behavior_id)

    def move_behavior(self, behavior_id: int, offset: int) -> None:
        self._move_item(Behavior, behavior_id, offset)

    def choose_behaviors(self, experiment_id: int, chosen_ids: Iterable[int]) -> None:
        """Step 4: commit to exactly these of the listed behaviours."""
        chosen = set(chosen_ids)
        with self._database.transaction() as session:
            experiment = self._editable(session, experiment_id)
            for behavior in experiment.behaviors:
                behavior.chosen = behavior.id in chosen

    def add_plan_item(self, experiment_id: int, text: str, due_date: dt.date | None = None) -> PlanItem:
        return self._add_item(PlanItem, experiment_id, _check_item_text(text), due_date=due_date)

    def edit_plan_item(self, item_id: int, text: str) -> None:
        self._change_item(PlanItem, item_id, text=_check_item_text(text))

    def tick_plan_item(self, item_id: int, done: bool) -> None:
        self._change_item(PlanItem, item_id, done=done)

    def set_plan_item_due(self, item_id: int, due_date: dt.date | None) -> None:
        self._change_item(PlanItem, item_id, due_date=due_date)

    def remove_plan_item(self, item_id: int) -> None:
        self._remove_item(PlanItem, item_id)

    def move_plan_item(self, item_id: int, offset: int) -> None:
        self._move_item(PlanItem, item_id, offset)

    # Status

    def begin(self, experiment_id: int, today: dt.date | None = None) -> Experiment:
        """The plan is made: start trying the value on, on the plan's day (or today if that has passed)."""
        today = today or dt.date.today()
        with self._database.transaction() as session:
            experiment = self._editable(session, experiment_id)
            if experiment.status is not ExperimentStatus.DRAFT:
                raise InvalidInput("This experiment has already begun.")
            missing = self.missing_before_beginning(experiment)
            if missing:
                raise InvalidInput("Some steps still need an answer.", detail="\n".join(missing))
            planned = experiment.plan_at.date() if experiment.plan_at else today
            experiment.start_date = max(planned, today)
            if experiment.commit_until is None:
                experiment.commit_until = experiment.end_date
            experiment.status = ExperimentStatus.ACTIVE
            return experiment

    @staticmethod
    def missing_before_beginning(experiment: Experiment) -> list[str]:
        """What the worksheet needs before the try-on begins, step by step."""
        missing = []
        if experiment.value is None or not experiment.value.name.strip():
            missing.append("Step 1: choose or name a value.")
        if not experiment.behaviors:
            missing.append("Step 3: list at least one behaviour.")
        elif not any(behavior.chosen for behavior in experiment.behaviors):
            missing.append("Step 4: choose at least one behaviour.")
        if not experiment.plan.strip():
            missing.append("Step 6: write how you will enact the value.")
        if not experiment.behave_confirmed:
            missing.append("Step 7: confirm that you will just behave.")
        return missing

    def complete(self, experiment_id: int) -> Experiment:
        with self._database.transaction() as session:
            experiment = self._editable(session, experiment_id)
            if experiment.status is not ExperimentStatus.ACTIVE:
                raise InvalidInput("Only an experiment you are trying on can be completed.")
            if not experiment.reflection.strip():
                raise InvalidInput("Please write your reflection before completing the experiment.")
            experiment.status = ExperimentStatus.COMPLETED
            experiment.completed_at = utc_now()
            return experiment

    def abandon(self, experiment_id: int) -> None:
        with self._database.transaction() as session:
            self._editable(session, experiment_id).status = ExperimentStatus.ABANDONED

    # Helpers

    @staticmethod
    def _editable(session: Session, experiment_id: int) -> Experiment:
        experiment = session.get(Experiment, experiment_id)
        if experiment is None:
            raise NotFound("That experiment no longer exists.")
        if experiment.status in READ_ONLY_STATUSES:
            raise InvalidInput(f"This experiment is {experiment.status.value} and can no longer be changed.")
        return experiment

    def _add_item(self, kind: type[Item], experiment_id: int, text: str, **fields: object) -> Item:
        with self._database.transaction() as session:
            self._editable(session, experiment_id)
            last = session.scalar(select(func.max(kind.position)).where(kind.experiment_id == experiment_id))
            item = kind(experiment_id=experiment_id, text=text, position=(last or 0) + 1, **fields)
            session.add(item)
            session.flush()
            return item

    def _item(self, session: Session, kind: type[ListItem], item_id: int) -> ListItem:
        item = session.get(kind, item_id)
        if item is None:
            raise NotFound("That item no longer exists.")
        self._editable(session, item.experiment_id)
        return item

    def _siblings(self, session: Session, item: ListItem) -> list[ListItem]:
        kind = type(item)
        query = select(kind).where(kind.experiment_id == item.experiment_id).order_by(kind.position, kind.id)
        return list(session.scalars(query))

    def _change_item(self, kind: type[ListItem], item_id: int, **changes: object) -> None:
        with self._database.transaction() as session:
            item = self._item(session, kind, item_id)
            for name, value in changes.items():
                setattr(item, name, value)

    def _remove_item(self, kind: type[ListItem], item_id: int) -> None:
        with self._database.transaction() as session:
            item = self._item(session, kind, item_id)
            siblings = [sibling for sibling in self._siblings(session, item) if sibling.id != item_id]
            session.delete(item)
            for position, sibling in enumerate(siblings, start=1):
                sibling.position = position

    def _move_item(self, kind: type[ListItem], item_id: int, offset: int) -> None:
        with self._database.transaction() as session:
            item = self._item(session, kind, item_id)
            siblings = self._siblings(session, item)
            index = siblings.index(item)
            target = min(max(index + offset, 0), len(siblings) - 1)
            siblings.insert(target, siblings.pop(index))
            for position, sibling in enumerate(siblings, start=1):
                sibling.position = position
