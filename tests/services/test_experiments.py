"""Experiments: saving each step, lists of behaviours and plan items, and the status flow."""

from __future__ import annotations

import datetime as dt

import pytest

from valuesdesk.domain import ExperimentStatus
from valuesdesk.errors import InvalidInput, NotFound

TODAY = dt.date(2026, 3, 2)


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
    assert experiment.plan_at == plan_at and experiment.duration_days == 10
    assert experiment.checkin_time == dt.time(21, 0) and experiment.current_step == 6


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
    assert [(b.text, b.position) for b in experiments.get(experiment_id).behaviors] == [("a", 1), ("bee", 2)]
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
        services.experiments.begin(experiment_id, TODAY)
    assert "Step 1" in raised.value.detail and "Step 7" in raised.value.detail
    assert services.experiments.get(experiment_id).status is ExperimentStatus.DRAFT


def test_beginning_starts_on_the_plan_day_and_commits_until_the_end(services) -> None:
    experiment_id = ready_draft(services)
    services.experiments.update(experiment_id, plan_at=dt.datetime(2026, 3, 4, 9, 0))
    experiment = services.experiments.begin(experiment_id, TODAY)
    assert experiment.status is ExperimentStatus.ACTIVE
    assert experiment.start_date == dt.date(2026, 3, 4)
    assert experiment.commit_until == experiment.end_date == dt.date(2026, 3, 10)
    summary = services.experiments.list_summaries()[0]
    assert summary.progress(dt.date(2026, 3, 6)) == "Day 3 of 7 · 0 check-ins"
    assert summary.progress(dt.date(2026, 3, 11)).startswith("Ended")


def test_a_plan_day_in_the_past_starts_today(services) -> None:
    experiment_id = ready_draft(services)
    services.experiments.update(experiment_id, plan_at=dt.datetime(2026, 1, 1, 9, 0))
    assert services.experiments.begin(experiment_id, TODAY).start_date == TODAY


def test_completing_needs_a_reflection_and_then_nothing_changes_any_more(services) -> None:
    experiments = services.experiments
    experiment_id = ready_draft(services)
    with pytest.raises(InvalidInput):
        experiments.complete(experiment_id)
    experiments.begin(experiment_id, TODAY)
    with pytest.raises(InvalidInput):
        experiments.complete(experiment_id)
    experiments.update(experiment_id, reflection="I felt closer to her.")
    experiment = experiments.complete(experiment_id)
    assert experiment.status is ExperimentStatus.COMPLETED and experiment.completed_at is not None
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
