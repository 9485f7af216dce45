"""Experiments: runs of "Ten Steps to Trying on a Value".

Everything returned is a frozen view (or an id) built inside the call's own session: no row of
the store leaves this module, so nothing returned can reach for data after its session closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from valuesdesk.domain import (
    MAX_DURATION_DAYS,
    STEP_COUNT,
    ExperimentRef,
    ExperimentStatus,
    Lifecycle,
    begin_day,
    dates,
)
from valuesdesk.domain.reminders import PlanItemDue, ReminderSource
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.checks import check_day, check_storable, check_text
from valuesdesk.services.values import ValueView, check_value_fields, value_view
from valuesdesk.store.database import Database
from valuesdesk.store.models import Behavior, CheckIn, DiaryEntry, Experiment, ExperimentTombstone, PlanItem, Value

TEXT_FIELDS = frozenset({"reactions", "judgments", "plan", "reflection"})
# The days and moments of the steps, with how a refusal names them.
DATE_FIELDS = {
    "commit_until": "the last day of the commitment",
    "plan_at": "the plan",
    "next_session_date": "the next session",
}
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
# Why a change of status that the transitions do not allow is refused, by the status the experiment
# has; completed and abandoned experiments are refused as read-only.
NOT_ALLOWED_FROM = {
    ExperimentStatus.DRAFT: "This experiment has not begun yet, so it cannot be completed.",
    ExperimentStatus.ACTIVE: "This experiment has already begun.",
}

Item = TypeVar("Item", Behavior, PlanItem)


@dataclass(frozen=True)
class BehaviorView:
    """A behaviour listed under step 3; ``chosen`` marks those committed to under step 4."""

    id: int
    text: str
    chosen: bool


@dataclass(frozen=True)
class PlanItemView:
    """Something to arrange before enacting the value (step 6)."""

    id: int
    text: str
    done: bool
    due_date: dt.date | None


class HoldsExperimentRef:
    """What a view holding an :class:`ExperimentRef` answers about the experiment."""

    ref: ExperimentRef

    @property
    def id(self) -> int:
        return self.ref.id

    @property
    def title(self) -> str:
        return self.ref.title

    @property
    def status(self) -> ExperimentStatus:
        return self.ref.status

    @property
    def value_name(self) -> str:
        return self.ref.value_name

    @property
    def lifecycle(self) -> Lifecycle:
        return self.ref.lifecycle


@dataclass(frozen=True)
class ExperimentSummary(HoldsExperimentRef):
    """One row of the list of experiments."""

    ref: ExperimentRef
    current_step: int
    check_ins: int  # days checked in, whatever the answer: "partly" and "no" are check-ins too
    diary_days: int
    next_session_date: dt.date | None  # step 10


@dataclass(frozen=True)
class ExperimentView(HoldsExperimentRef):
    """An experiment with everything its ten steps show; the planned time is in ``lifecycle.plan_at``."""

    ref: ExperimentRef
    value: ValueView | None  # step 1; None until one is chosen or the first word of a new one typed
    current_step: int
    reactions: str  # step 2
    behaviors: tuple[BehaviorView, ...]  # step 3, chosen under step 4
    commit_until: dt.date | None  # step 4
    judgments: str  # step 5
    plan: str  # step 6
    plan_items: tuple[PlanItemView, ...]
    behave_confirmed: bool  # step 7
    checkin_time: dt.time | None  # step 9
    next_session_date: dt.date | None  # step 10
    reflection: str


def experiment_ref(experiment: Experiment, value_name: str) -> ExperimentRef:
    """The shape of an experiment that leaves the services, from its row and its value's name."""
    return ExperimentRef(id=experiment.id, value_name=value_name, lifecycle=experiment.lifecycle)


def _view(experiment: Experiment) -> ExperimentView:
    """Read inside the session: the value, behaviours and plan items are loaded as needed."""
    value = experiment.value
    return ExperimentView(
        ref=experiment_ref(experiment, value.name if value else ""),
        value=value_view(value) if value else None,
        current_step=experiment.current_step,
        reactions=experiment.reactions,
        behaviors=tuple(_behavior_view(behavior) for behavior in experiment.behaviors),
        commit_until=experiment.commit_until,
        judgments=experiment.judgments,
        plan=experiment.plan,
        plan_items=tuple(_plan_item_view(item) for item in experiment.plan_items),
        behave_confirmed=experiment.behave_confirmed,
        checkin_time=experiment.checkin_time,
        next_session_date=experiment.next_session_date,
        reflection=experiment.reflection,
    )


def _behavior_view(behavior: Behavior) -> BehaviorView:
    return BehaviorView(id=behavior.id, text=behavior.text, chosen=behavior.chosen)


def _plan_item_view(item: PlanItem) -> PlanItemView:
    return PlanItemView(id=item.id, text=item.text, done=item.done, due_date=item.due_date)


def _check_item_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInput("Please write something first.")
    check_text("one item", text)
    return text


def _check_transition(experiment: Experiment, target: ExperimentStatus) -> None:
    status = experiment.status
    if not status.can_become(target):
        raise InvalidInput(_read_only_message(status) if status.read_only else NOT_ALLOWED_FROM[status])


def _read_only_message(status: ExperimentStatus) -> str:
    return f"This experiment is {status.value} and can no longer be changed."


class ExperimentService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_summaries(self) -> tuple[ExperimentSummary, ...]:
        """Every experiment, newest first, with its counts, in one query."""
        check_ins = select(func.count(CheckIn.id)).where(CheckIn.experiment_id == Experiment.id).scalar_subquery()
        diary_days = (
            select(func.count(DiaryEntry.id)).where(DiaryEntry.experiment_id == Experiment.id).scalar_subquery()
        )
        query = (
            select(Experiment, Value.name, check_ins, diary_days)
            .outerjoin(Value, Experiment.value_id == Value.id)
            .order_by(Experiment.created_at.desc(), Experiment.id.desc())
        )
        with self._database.reading() as session:
            return tuple(
                ExperimentSummary(
                    ref=experiment_ref(experiment, value_name or ""),
                    current_step=experiment.current_step,
                    check_ins=check_in_count,
                    diary_days=diary_count,
                    next_session_date=experiment.next_session_date,
                )
                for experiment, value_name, check_in_count, diary_count in session.execute(query)
            )

    def reminder_sources(self) -> tuple[ReminderSource, ...]:
        """What the reminders need of every experiment that may still remind (not abandoned): the days
        checked in and the checklist items due, never diary text. Three queries."""
        query = (
            select(
                Experiment.id,
                Value.name,
                Experiment.checkin_time,
                Experiment.next_session_date,
                *Experiment.lifecycle_columns(),
            )
            .outerjoin(Value, Experiment.value_id == Value.id)
            .where(
                Experiment.status != ExperimentStatus.ABANDONED,
                # A completed experiment reminds of its next session only.
                (Experiment.status != ExperimentStatus.COMPLETED) | Experiment.next_session_date.is_not(None),
            )
        )
        checked_in = (
            select(CheckIn.experiment_id, CheckIn.day)
            .join(Experiment, CheckIn.experiment_id == Experiment.id)
            .where(Experiment.status == ExperimentStatus.ACTIVE)
        )
        items = (
            select(PlanItem.experiment_id, PlanItem.id, PlanItem.text, PlanItem.due_date)
            .join(Experiment, PlanItem.experiment_id == Experiment.id)
            .where(
                PlanItem.done.is_(False),
                PlanItem.due_date.is_not(None),
                Experiment.status.in_((ExperimentStatus.DRAFT, ExperimentStatus.ACTIVE)),
            )
        )
        with self._database.reading() as session:
            days: dict[int, set[dt.date]] = {}
            for experiment_id, day in session.execute(checked_in):
                days.setdefault(experiment_id, set()).add(day)
            due: dict[int, list[PlanItemDue]] = {}
            for experiment_id, item_id, text, due_date in session.execute(items.order_by(PlanItem.position)):
                assert due_date is not None, "the query keeps the items with a due day"
                due.setdefault(experiment_id, []).append(PlanItemDue(item_id, text, due_date))
            return tuple(
                ReminderSource(
                    ref=ExperimentRef(id=experiment_id, value_name=value_name or "", lifecycle=Lifecycle(*lifecycle)),
                    checkin_time=checkin_time,
                    checked_in_days=frozenset(days.get(experiment_id, ())),
                    open_items=tuple(due.get(experiment_id, ())),
                    next_session_date=next_session_date,
                )
                for experiment_id, value_name, checkin_time, next_session_date, *lifecycle in session.execute(query)
            )

    def get(self, experiment_id: int) -> ExperimentView:
        """The experiment with its value, behaviours and plan items."""
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
            return _view(experiment)

    def create_draft(self) -> ExperimentView:
        with self._database.transaction() as session:
            experiment = Experiment(status=ExperimentStatus.DRAFT, current_step=1)
            session.add(experiment)
            session.flush()
            return _view(experiment)

    def delete(self, experiment_id: int) -> None:
        """Delete an experiment with its behaviours, plan, diary and check-ins, leaving only its
        tombstone (its id and days), by which a calendar export cancels its events."""
        with self._database.transaction() as session:
            experiment = session.get(Experiment, experiment_id)
            if experiment is not None:
                session.add(
                    ExperimentTombstone(
                        experiment_id=experiment.id,
                        experiment_created_at=experiment.created_at,
                        start_date=experiment.start_date,
                        duration_days=experiment.duration_days,
                        plan_at=experiment.plan_at,
                        checkin_time=experiment.checkin_time,
                        next_session_date=experiment.next_session_date,
                    )
                )
                session.delete(experiment)

    # Writing the steps

    def update(self, experiment_id: int, **changes: object) -> None:
        """Save fields of the steps, e.g. ``update(id, reactions="…", current_step=3)``."""
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not editable: {sorted(unknown)}")
        for name in TEXT_FIELDS & set(changes):
            check_text("this field", str(changes[name]))
        step = changes.get("current_step")
        if step is not None and not (isinstance(step, int) and 1 <= step <= STEP_COUNT):
            raise InvalidInput(f"There is no step {step}.")
        for name, what in DATE_FIELDS.items():
            check_day(what, changes.get(name))  # type: ignore[arg-type]
        days = changes.get("duration_days")
        if days is not None and not (isinstance(days, int) and 1 <= days <= MAX_DURATION_DAYS):
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
        for what, text in (("the name", name), ("the meaning", meaning), ("the life domain", life_domain)):
            check_storable(what, text)
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

    def add_behavior(self, experiment_id: int, text: str) -> BehaviorView:
        return _behavior_view(self._add_item(Behavior, experiment_id, _check_item_text(text)))

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

    def add_plan_item(self, experiment_id: int, text: str, due_date: dt.date | None = None) -> PlanItemView:
        check_day("the plan item", due_date)
        return _plan_item_view(self._add_item(PlanItem, experiment_id, _check_item_text(text), due_date=due_date))

    def edit_plan_item(self, item_id: int, text: str) -> None:
        self._change_item(PlanItem, item_id, text=_check_item_text(text))

    def tick_plan_item(self, item_id: int, done: bool) -> None:
        self._change_item(PlanItem, item_id, done=done)

    def set_plan_item_due(self, item_id: int, due_date: dt.date | None) -> None:
        check_day("the plan item", due_date)
        self._change_item(PlanItem, item_id, due_date=due_date)

    def remove_plan_item(self, item_id: int) -> None:
        self._remove_item(PlanItem, item_id)

    def move_plan_item(self, item_id: int, offset: int) -> None:
        self._move_item(PlanItem, item_id, offset)

    # Status: every change goes through the transitions of ExperimentStatus.

    def begin(self, experiment_id: int) -> ExperimentView:
        """The plan is made: start trying the value on, on the plan's day (or today if that has passed)."""
        with self._database.transaction() as session:
            experiment = self._found(session, experiment_id)
            _check_transition(experiment, ExperimentStatus.ACTIVE)
            missing = self.missing_before_beginning(_view(experiment))
            if missing:
                raise InvalidInput("Some steps still need an answer.", detail="\n".join(missing))
            experiment.start_date = begin_day(experiment.plan_at, dates.today())
            check_day("the first day", experiment.start_date)
            check_day("the last day", experiment.lifecycle.end_date)
            if experiment.commit_until is None:
                experiment.commit_until = experiment.lifecycle.end_date
            experiment.status = ExperimentStatus.ACTIVE
            return _view(experiment)

    @staticmethod
    def missing_before_beginning(experiment: ExperimentView) -> list[str]:
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

    def complete(self, experiment_id: int) -> ExperimentView:
        with self._database.transaction() as session:
            experiment = self._found(session, experiment_id)
            _check_transition(experiment, ExperimentStatus.COMPLETED)
            if not experiment.reflection.strip():
                raise InvalidInput("Please write your reflection before completing the experiment.")
            experiment.status = ExperimentStatus.COMPLETED
            experiment.completed_at = dates.utc_now()
            return _view(experiment)

    def abandon(self, experiment_id: int) -> None:
        with self._database.transaction() as session:
            experiment = self._found(session, experiment_id)
            _check_transition(experiment, ExperimentStatus.ABANDONED)
            experiment.status = ExperimentStatus.ABANDONED

    # Helpers

    @staticmethod
    def _found(session: Session, experiment_id: int) -> Experiment:
        experiment = session.get(Experiment, experiment_id)
        if experiment is None:
            raise NotFound("That experiment no longer exists.")
        return experiment

    def _editable(self, session: Session, experiment_id: int) -> Experiment:
        experiment = self._found(session, experiment_id)
        if experiment.status.read_only:
            raise InvalidInput(_read_only_message(experiment.status))
        return experiment

    def _add_item(self, kind: type[Item], experiment_id: int, text: str, **fields: object) -> Item:
        with self._database.transaction() as session:
            self._editable(session, experiment_id)
            last = session.scalar(select(func.max(kind.position)).where(kind.experiment_id == experiment_id))
            item = kind(experiment_id=experiment_id, text=text, position=(last or 0) + 1, **fields)
            session.add(item)
            session.flush()
            return item

    def _item(self, session: Session, kind: type[Item], item_id: int) -> Item:
        item = session.get(kind, item_id)
        if item is None:
            raise NotFound("That item no longer exists.")
        self._editable(session, item.experiment_id)
        return item

    @staticmethod
    def _siblings(session: Session, kind: type[Item], item: Item) -> list[Item]:
        query = select(kind).where(kind.experiment_id == item.experiment_id).order_by(kind.position, kind.id)
        return list(session.scalars(query))

    def _change_item(self, kind: type[Item], item_id: int, **changes: object) -> None:
        with self._database.transaction() as session:
            item = self._item(session, kind, item_id)
            for name, value in changes.items():
                setattr(item, name, value)

    def _remove_item(self, kind: type[Item], item_id: int) -> None:
        with self._database.transaction() as session:
            item = self._item(session, kind, item_id)
            siblings = [sibling for sibling in self._siblings(session, kind, item) if sibling.id != item_id]
            session.delete(item)
            for position, sibling in enumerate(siblings, start=1):
                sibling.position = position

    def _move_item(self, kind: type[Item], item_id: int, offset: int) -> None:
        with self._database.transaction() as session:
            item = self._item(session, kind, item_id)
            siblings = self._siblings(session, kind, item)
            index = siblings.index(item)
            target = min(max(index + offset, 0), len(siblings) - 1)
            siblings.insert(target, siblings.pop(index))
            for position, sibling in enumerate(siblings, start=1):
                sibling.position = position
