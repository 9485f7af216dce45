"""An experiment's life from plain values: its days, its phase on a given day, its title."""

from __future__ import annotations

import datetime as dt

import pytest

from valuesdesk.domain import UNNAMED_VALUE, ExperimentRef, ExperimentStatus, Lifecycle, Phase, begin_day, value_title

START = dt.date(2026, 11, 20)  # a Friday; the try-on runs to Thursday 26 November
END = dt.date(2026, 11, 26)


def begun(status: ExperimentStatus = ExperimentStatus.ACTIVE, **fields) -> Lifecycle:
    return Lifecycle(status=status, start_date=START, duration_days=7, **fields)


def test_the_try_on_begins_on_the_plans_day_or_today_if_that_has_passed() -> None:
    today = dt.date(2026, 11, 18)
    assert begin_day(None, today) == today
    assert begin_day(dt.datetime(2026, 11, 20, 18, 0), today) == dt.date(2026, 11, 20)
    assert begin_day(dt.datetime(2026, 11, 1, 18, 0), today) == today


def test_a_draft_plans_its_days_from_a_begin_today() -> None:
    draft = Lifecycle(ExperimentStatus.DRAFT, None, 7, plan_at=dt.datetime(2026, 11, 20, 18, 0))
    assert draft.end_date is None and draft.day_number(START) is None
    assert (draft.planned_start(dt.date(2026, 11, 18)), draft.planned_end(dt.date(2026, 11, 18))) == (START, END)
    # Once the planned day has passed, beginning would start on the day it is done.
    assert draft.planned_end(dt.date(2026, 12, 1)) == dt.date(2026, 12, 7)
    assert draft.last_diary_day(START) is None and not draft.runs_on(START, START)


@pytest.mark.parametrize(
    ("today", "phase", "day_number"),
    [
        (dt.date(2026, 11, 19), Phase.UPCOMING, None),
        (START, Phase.RUNNING, 1),
        (dt.date(2026, 11, 22), Phase.RUNNING, 3),
        (END, Phase.RUNNING, 7),
        (dt.date(2026, 11, 27), Phase.ENDED, 7),
        (dt.date(2027, 3, 1), Phase.ENDED, 7),
    ],
)
def test_an_active_try_on_is_upcoming_running_then_ended(today: dt.date, phase: Phase, day_number: int | None) -> None:
    lifecycle = begun()
    assert lifecycle.phase(today) is phase
    assert lifecycle.day_number(today) == day_number
    assert lifecycle.has_ended(today) is (phase is Phase.ENDED)
    assert lifecycle.end_date == lifecycle.planned_end(today) == END


@pytest.mark.parametrize(
    ("status", "phase"),
    [
        (ExperimentStatus.DRAFT, Phase.DRAFT),
        (ExperimentStatus.COMPLETED, Phase.COMPLETED),
        (ExperimentStatus.ABANDONED, Phase.ABANDONED),
    ],
)
def test_the_status_decides_the_phase_whatever_the_day(status: ExperimentStatus, phase: Phase) -> None:
    lifecycle = begun(status)
    for today in (dt.date(2026, 11, 1), START, dt.date(2027, 1, 1)):
        assert lifecycle.phase(today) is phase


def test_a_completed_try_on_ends_on_the_day_it_was_completed() -> None:
    early = begun(ExperimentStatus.COMPLETED, completed_at=dt.datetime(2026, 11, 23, 20, 15))
    assert early.completed_on(dt.date(2027, 1, 1)) == dt.date(2026, 11, 23)
    # Completed before this was recorded (an old file): the end of its days.
    assert begun(ExperimentStatus.COMPLETED).completed_on(dt.date(2027, 1, 1)) == END


def test_the_diary_of_an_active_try_on_goes_on_until_it_is_completed() -> None:
    later = dt.date(2026, 12, 3)
    active, completed = begun(), begun(ExperimentStatus.COMPLETED)
    assert active.last_diary_day(later) == later and active.runs_on(later, later)
    assert completed.last_diary_day(later) == END and not completed.runs_on(later, later)
    assert not active.runs_on(dt.date(2026, 11, 19), later)
    assert active.is_try_on_day(END) and not active.is_try_on_day(later)


def test_the_day_of_the_experiment_is_counted_from_its_first_day_and_goes_on_after_the_try_on() -> None:
    lifecycle = begun()
    assert lifecycle.day_of(START - dt.timedelta(days=1)) is None
    assert (lifecycle.day_of(START), lifecycle.day_of(END), lifecycle.day_of(dt.date(2026, 12, 3))) == (1, 7, 14)
    # The day number of "today" stops at the last day of the try-on.
    assert lifecycle.day_number(dt.date(2026, 12, 3)) == 7
    assert Lifecycle(ExperimentStatus.DRAFT, None, 7).day_of(START) is None


@pytest.mark.parametrize(
    ("first", "last", "overlaps"),
    [
        (dt.date(2026, 11, 1), dt.date(2026, 11, 19), False),
        (dt.date(2026, 11, 1), START, True),
        (END, dt.date(2026, 12, 31), True),
        (dt.date(2026, 11, 27), dt.date(2026, 12, 31), False),
        (dt.date(2026, 11, 22), dt.date(2026, 11, 23), True),
        (None, START, True),
        (None, dt.date(2026, 11, 19), False),
        (END, None, True),
        (dt.date(2026, 11, 27), None, False),
        (None, None, True),
    ],
)
def test_a_span_of_days_overlaps_the_try_on_when_they_share_a_day(
    first: dt.date | None, last: dt.date | None, overlaps: bool
) -> None:
    assert begun().overlaps(first, last) is overlaps
    assert not Lifecycle(ExperimentStatus.DRAFT, None, 7).overlaps(first, last)


def test_an_unnamed_value_has_one_title_everywhere() -> None:
    assert value_title("  Kindness ") == "Kindness"
    assert value_title("") == value_title("   ") == UNNAMED_VALUE
    ref = ExperimentRef(7, "", begun())
    assert (ref.title, ref.status) == (UNNAMED_VALUE, ExperimentStatus.ACTIVE)
