"""Experiments: saving each step, lists of behaviours and plan items, and the status flow."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from valuesdesk.domain import ExperimentStatus, Phase
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.store.models import Base, ExperimentTombstone


def ready_draft(services) -> int:
    """A draft with every step answered that beginning needs."""
    experiments = services.experiments
    experiment_id = experiments.create_draft().id
    experiments.save_value(experiment_id, name="Kindness", meaning="Being gentle", life_domain="Family")
    behavior = experiments.add_behavior(experiment_id, "Call my sister")
    experiments.choose_behaviors(experiment_id, [behavior.id])
    experiments.update(experiment_id, plan="Phone after dinner", behave_confirmed=True)
    return experiment_id


def test_step_fields_are_saved_and_read_back(services) -> None:
    experiments = services.experiments
    experiment_id = experiments.create_draft().id
    plan_at = dt.datetime(2026, 3, 3, 18, 30)
    experiments.update(
        experiment_id,
        reactions="doubt",
        judgments="it is silly",
        plan="after dinner",
        plan_at=plan_at,
        duration_days=10,
        checkin_time=dt.time(21, 0),
        next_session_date=dt.date(2026, 3, 20),
        current_step=6,
    )
    experiment = experiments.get(experiment_id)
    assert (experiment.reactions, experiment.judgments, experiment.plan) == ("doubt", "it is silly", "after dinner")
    assert experiment.lifecycle.plan_at == plan_at and experiment.lifecycle.duration_days == 10
    assert experiment.checkin_time == dt.time(21, 0) and experiment.current_step == 6
    assert experiment.next_session_date == dt.date(2026, 3, 20)


@pytest.mark.parametrize(
    "changes",
    [{"current_step": 11}, {"current_step": 0}, {"duration_days": 0}, {"reactions": "x" * 1_000_001}],
)
def test_out_of_range_input_is_refused_with_a_message(services, changes) -> None:
    experiment_id = services.experiments.create_draft().id
    with pytest.raises(InvalidInput):
        services.experiments.update(experiment_id, **changes)
    assert services.experiments.get(experiment_id).current_step == 1


def test_unusual_text_survives_a_round_trip(services) -> None:
    text = "x" * 100_000 + " 🌱👩🏽‍🚀 e\u0301 ש\u05b8לוֹם مرحبا \u202eRTL"
    experiment_id = services.experiments.create_draft().id
    services.experiments.update(experiment_id, reactions=text)
    services.experiments.save_value(experiment_id, name="שלום 🌱", meaning=text, life_domain="")
    experiment = services.experiments.get(experiment_id)
    assert experiment.reactions == text and experiment.value.meaning == text
    assert experiment.value.name == "שלום 🌱"


def test_a_new_value_is_made_on_the_first_keystroke_and_a_blank_name_keeps_the_last(services) -> None:
    experiments = services.experiments
    experiment_id = experiments.create_draft().id
    experiments.save_value(experiment_id, name="", meaning="", life_domain="")
    assert experiments.get(experiment_id).value is None
    experiments.save_value(experiment_id, name="Courage ", meaning="", life_domain="Work")
    experiments.save_value(experiment_id, name="  ", meaning="facing things", life_domain="Work")
    value = experiments.get(experiment_id).value
    assert (value.name, value.meaning, value.life_domain) == ("Courage", "facing things", "Work")
    assert [v.name for v in services.values.list_values()] == ["Courage"]


def test_choosing_an_existing_value_drops_an_unnamed_one_begun_in_the_draft(services) -> None:
    existing = services.values.create("Honesty")
    experiments = services.experiments
    experiment_id = experiments.create_draft().id
    experiments.save_value(experiment_id, name="", meaning="half a thought", life_domain="")
    assert [v.name for v in services.values.list_values()] == ["Honesty"]
    experiments.use_value(experiment_id, existing.id)
    assert experiments.get(experiment_id).value.name == "Honesty"
    experiments.use_value(experiment_id, None)
    assert experiments.get(experiment_id).value is None
    assert [v.name for v in services.values.list_values()] == ["Honesty"]


def test_behaviours_are_added_edited_moved_chosen_and_removed(services) -> None:
    experiments = services.experiments
    experiment_id = experiments.create_draft().id
    first, second, third = (experiments.add_behavior(experiment_id, text) for text in ("a", "b", "c"))
    experiments.move_behavior(third.id, -1)
    experiments.move_behavior(first.id, -1)
    experiments.edit_behavior(second.id, "  bee  ")
    experiments.choose_behaviors(experiment_id, [third.id])
    behaviors = experiments.get(experiment_id).behaviors
    assert [(b.text, b.chosen) for b in behaviors] == [("a", False), ("c", True), ("bee", False)]
    experiments.remove_behavior(third.id)
    assert [b.text for b in experiments.get(experiment_id).behaviors] == ["a", "bee"]
    # Moving goes on working among those left.
    experiments.move_behavior(second.id, -1)
    assert [b.text for b in experiments.get(experiment_id).behaviors] == ["bee", "a"]
    with pytest.raises(InvalidInput):
        experiments.add_behavior(experiment_id, "   ")
    with pytest.raises(InvalidInput):
        experiments.edit_behavior(first.id, "")
    with pytest.raises(NotFound):
        experiments.edit_behavior(third.id, "gone")


def test_plan_items_are_ticked_dated_and_removed(services) -> None:
    experiments = services.experiments
    experiment_id = experiments.create_draft().id
    call = experiments.add_plan_item(experiment_id, "Call Anna")
    clean = experiments.add_plan_item(experiment_id, "Clean the house", dt.date(2026, 3, 4))
    experiments.tick_plan_item(call.id, True)
    experiments.set_plan_item_due(clean.id, None)
    experiments.edit_plan_item(clean.id, "Tidy up")
    experiments.move_plan_item(clean.id, -5)
    items = experiments.get(experiment_id).plan_items
    assert [(i.text, i.done, i.due_date) for i in items] == [("Tidy up", False, None), ("Call Anna", True, None)]
    experiments.remove_plan_item(call.id)
    assert [i.text for i in experiments.get(experiment_id).plan_items] == ["Tidy up"]


def test_beginning_needs_every_required_step_and_says_which(services) -> None:
    experiment_id = services.experiments.create_draft().id
    with pytest.raises(InvalidInput) as raised:
        services.experiments.begin(experiment_id)
    assert "Step 1" in raised.value.detail and "Step 7" in raised.value.detail
    assert services.experiments.get(experiment_id).status is ExperimentStatus.DRAFT


def test_beginning_starts_on_the_plan_day_and_commits_until_the_end(services, clock) -> None:
    experiment_id = ready_draft(services)
    planned = clock.today + dt.timedelta(days=2)
    services.experiments.update(experiment_id, plan_at=dt.datetime.combine(planned, dt.time(9, 0)))
    experiment = services.experiments.begin(experiment_id)
    lifecycle = experiment.lifecycle
    assert experiment.status is ExperimentStatus.ACTIVE
    assert lifecycle.start_date == planned
    assert experiment.commit_until == lifecycle.end_date == planned + dt.timedelta(days=6)
    summary = services.experiments.list_summaries()[0]
    assert summary.lifecycle == lifecycle and summary.title == "Kindness"
    assert summary.lifecycle.phase(clock.today) is Phase.UPCOMING
    assert summary.lifecycle.day_number(planned + dt.timedelta(days=2)) == 3
    assert summary.lifecycle.phase(planned + dt.timedelta(days=7)) is Phase.ENDED


def test_a_plan_day_in_the_past_starts_today(services, clock) -> None:
    experiment_id = ready_draft(services)
    services.experiments.update(experiment_id, plan_at=dt.datetime(2026, 1, 1, 9, 0))
    assert services.experiments.begin(experiment_id).lifecycle.start_date == clock.today


def test_completing_needs_a_reflection_and_then_nothing_changes_any_more(services, clock) -> None:
    experiments = services.experiments
    experiment_id = ready_draft(services)
    with pytest.raises(InvalidInput):
        experiments.complete(experiment_id)
    experiments.begin(experiment_id)
    with pytest.raises(InvalidInput):
        experiments.complete(experiment_id)
    experiments.update(experiment_id, reflection="I felt closer to her.")
    clock.advance(dt.timedelta(days=8))
    experiment = experiments.complete(experiment_id)
    assert experiment.status is ExperimentStatus.COMPLETED
    assert experiment.lifecycle.completed_at == clock.moment.replace(tzinfo=None)
    with pytest.raises(InvalidInput):
        experiments.update(experiment_id, reflection="changed")
    with pytest.raises(InvalidInput):
        experiments.add_behavior(experiment_id, "more")
    assert experiments.get(experiment_id).reflection == "I felt closer to her."


def test_abandoned_and_deleted_experiments(services) -> None:
    experiments = services.experiments
    kept = ready_draft(services)
    gone = ready_draft(services)
    experiments.abandon(kept)
    assert experiments.get(kept).status is ExperimentStatus.ABANDONED
    with pytest.raises(InvalidInput):
        experiments.abandon(kept)
    experiments.delete(gone)
    with pytest.raises(NotFound):
        experiments.get(gone)
    assert [summary.id for summary in experiments.list_summaries()] == [kept]


@pytest.mark.parametrize(
    ("status", "change", "message"),
    [
        (ExperimentStatus.DRAFT, "complete", "This experiment has not begun yet, so it cannot be completed."),
        (ExperimentStatus.ACTIVE, "begin", "This experiment has already begun."),
        (ExperimentStatus.COMPLETED, "begin", "This experiment is completed and can no longer be changed."),
        (ExperimentStatus.COMPLETED, "abandon", "This experiment is completed and can no longer be changed."),
        (ExperimentStatus.ABANDONED, "complete", "This experiment is abandoned and can no longer be changed."),
    ],
)
def test_a_status_change_the_worksheet_does_not_allow_is_refused_with_why(services, status, change, message) -> None:
    experiments = services.experiments
    experiment_id = ready_draft(services)
    experiments.update(experiment_id, reflection="Done.")
    if status is not ExperimentStatus.DRAFT:
        experiments.begin(experiment_id)
    if status is ExperimentStatus.COMPLETED:
        experiments.complete(experiment_id)
    if status is ExperimentStatus.ABANDONED:
        experiments.abandon(experiment_id)
    with pytest.raises(InvalidInput) as refused:
        getattr(experiments, change)(experiment_id)
    assert refused.value.message == message
    assert experiments.get(experiment_id).status is status


def rows_in(found: object, path: str = "result") -> list[str]:
    """Where in a returned object (through frozen dataclasses and tuples) a row of the store hides."""
    if isinstance(found, Base):
        return [path]
    if isinstance(found, (list, set, dict)):
        return [f"{path} is a mutable {type(found).__name__}"]
    if isinstance(found, tuple):
        return [row for index, item in enumerate(found) for row in rows_in(item, f"{path}[{index}]")]
    if dataclasses.is_dataclass(found):
        if not type(found).__dataclass_params__.frozen:
            return [f"{path} is not frozen"]
        return [
            row
            for field in dataclasses.fields(found)
            for row in rows_in(getattr(found, field.name), f"{path}.{field.name}")
        ]
    return []


def test_nothing_returned_is_a_row_of_the_store_or_can_be_changed(services) -> None:
    experiments = services.experiments
    draft = experiments.create_draft()
    experiment_id = ready_draft(services)
    plan_item = experiments.add_plan_item(experiment_id, "Buy a card", dt.date(2026, 11, 20))
    behaviour = experiments.add_behavior(experiment_id, "Write to my aunt")
    value = services.values.create("Honesty", "Saying what I see", "Friendship")
    renamed = services.values.update(value.id, name="Candour", meaning="", life_domain="")
    begun = experiments.begin(experiment_id)
    experiments.update(experiment_id, reflection="Warm.")
    returned = {
        "create_draft": draft,
        "add_plan_item": plan_item,
        "add_behavior": behaviour,
        "begin": begun,
        "get": experiments.get(experiment_id),
        "complete": experiments.complete(experiment_id),
        "list_summaries": experiments.list_summaries(),
        "values.create": value,
        "values.update": renamed,
        "values.list_values": services.values.list_values(),
    }
    for name, found in returned.items():
        assert rows_in(found, name) == []
    assert begun.value is not None and begun.value.meaning == "Being gentle"
    assert [(b.text, b.chosen) for b in begun.behaviors] == [("Call my sister", True), ("Write to my aunt", False)]
    with pytest.raises(dataclasses.FrozenInstanceError):
        begun.reflection = "changed"


def test_deleting_leaves_a_tombstone_in_the_same_transaction(services, monkeypatch) -> None:
    experiments = services.experiments
    experiment_id = ready_draft(services)
    experiments.update(experiment_id, plan_at=dt.datetime(2026, 11, 20, 18, 0))
    plan_at = experiments.get(experiment_id).lifecycle.plan_at

    def tombstones() -> list[tuple[int, dt.datetime | None]]:
        with services.database.reading() as session:
            return [(row.experiment_id, row.plan_at) for row in session.scalars(select(ExperimentTombstone))]

    def refuse(session, instance) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(Session, "delete", refuse)
    with pytest.raises(RuntimeError):
        experiments.delete(experiment_id)
    assert tombstones() == [] and experiments.get(experiment_id)
    monkeypatch.undo()

    experiments.delete(experiment_id)
    experiments.delete(experiment_id)  # already gone: nothing more is kept
    assert tombstones() == [(experiment_id, plan_at)]


def test_a_summary_counts_every_answered_day_and_names_the_next_session(services, make_experiment, clock) -> None:
    from valuesdesk.domain import CheckInOutcome

    experiment_id = make_experiment(start=clock.today - dt.timedelta(days=3))
    for days_ago, outcome in ((3, CheckInOutcome.YES), (2, CheckInOutcome.PARTLY), (1, CheckInOutcome.NO)):
        services.diary.set_check_in(experiment_id, clock.today - dt.timedelta(days=days_ago), outcome)
    session_day = clock.today + dt.timedelta(days=5)
    services.experiments.update(experiment_id, next_session_date=session_day)
    [summary] = services.experiments.list_summaries()
    assert summary.check_ins == 3, "partly and no are check-ins too"
    assert summary.next_session_date == session_day
