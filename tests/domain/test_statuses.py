"""Statuses of an experiment: which may follow which, and what each allows."""

from __future__ import annotations

import pytest

from valuesdesk.domain import CheckInOutcome, DayState, ExperimentStatus

DRAFT, ACTIVE, COMPLETED, ABANDONED = ExperimentStatus


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (DRAFT, {ACTIVE, ABANDONED}),
        (ACTIVE, {COMPLETED, ABANDONED}),
        (COMPLETED, set()),
        (ABANDONED, set()),
    ],
)
def test_only_the_worksheets_transitions_are_allowed(status: ExperimentStatus, allowed: set) -> None:
    assert {other for other in ExperimentStatus if status.can_become(other)} == allowed


def test_completed_and_abandoned_are_kept_as_they_were() -> None:
    assert [status for status in ExperimentStatus if status.read_only] == [COMPLETED, ABANDONED]
    assert [status for status in ExperimentStatus if status.unfinished] == [DRAFT, ACTIVE]
    # Nothing leaves a read-only status, and nothing goes back to being a draft.
    assert not any(status.can_become(other) for status in (COMPLETED, ABANDONED) for other in ExperimentStatus)
    assert not any(status.can_become(DRAFT) for status in ExperimentStatus)


def test_labels_and_day_states() -> None:
    assert [status.label for status in ExperimentStatus] == ["Draft", "Active", "Completed", "Abandoned"]
    assert [outcome.label for outcome in CheckInOutcome] == ["Yes", "Partly", "No"]
    # On screen each answer has a mnemonic; without it, it reads as the label.
    assert [outcome.screen_label for outcome in CheckInOutcome] == ["&Yes", "&Partly", "N&o"]
    assert all(outcome.screen_label.replace("&", "") == outcome.label for outcome in CheckInOutcome)
    assert [state.label for state in DayState] == ["Enacted", "Partly", "Not enacted", "No check-in", "Upcoming"]
    assert [DayState.of(outcome) for outcome in CheckInOutcome] == [
        DayState.ENACTED,
        DayState.PARTLY,
        DayState.NOT_ENACTED,
    ]
