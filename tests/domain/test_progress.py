"""Progress that does not punish: "partly" is acted on, a missed day is a chance to return."""

from __future__ import annotations

import datetime as dt

import pytest

from valuesdesk.domain import DayState
from valuesdesk.domain.progress import count_progress

FIRST = dt.date(2026, 11, 2)
# One letter a day: Yes, Partly, No, a day without a check-in (-), an upcoming day (.).
LETTERS = {
    "Y": DayState.ENACTED,
    "P": DayState.PARTLY,
    "N": DayState.NOT_ENACTED,
    "-": DayState.NO_CHECK_IN,
    ".": DayState.UPCOMING,
}


def days(pattern: str) -> tuple[DayState, ...]:
    return tuple(LETTERS[letter] for letter in pattern)


def counted(pattern: str, today_index: int | None = None):
    """The counts of ``pattern`` seen on its day ``today_index`` (default: the day after it, when it is over)."""
    today = FIRST + dt.timedelta(days=len(pattern) if today_index is None else today_index)
    return count_progress(FIRST, days(pattern), today)


def test_partly_is_acted_on_and_does_not_break_the_run() -> None:
    progress = counted("YPYPY")
    assert (progress.acted_days, progress.enacted_days, progress.partly_days) == (5, 3, 2)
    assert progress.longest_run == 5


@pytest.mark.parametrize("miss", ["N", "-"])
def test_a_no_or_a_day_without_a_check_in_ends_a_run_and_the_next_day_acted_on_is_a_return(miss: str) -> None:
    progress = counted(f"YY{miss}PYY{miss}{miss}Y")
    assert progress.longest_run == 3
    assert progress.returns == 2
    assert progress.acted_days == 6


def test_the_first_day_is_no_return_and_a_miss_without_a_comeback_is_none() -> None:
    assert counted("PYN").returns == 0
    assert counted("NNN").returns == 0
    assert counted("NP").returns == 1


def test_answered_days_count_every_check_in_whatever_the_answer() -> None:
    progress = counted("YPN-YN")
    assert progress.answered_days == 5
    assert progress.not_enacted_days == 2


def test_today_not_yet_checked_in_keeps_the_current_run() -> None:
    assert counted("NYP-...", today_index=3).current_run == 2
    assert counted("NYPY...", today_index=3).current_run == 3
    assert counted("NYPN...", today_index=3).current_run == 0


def test_a_try_on_that_is_over_has_no_current_run_but_keeps_its_longest() -> None:
    progress = counted("YYYN")
    assert (progress.current_run, progress.longest_run) == (0, 3)


def test_upcoming_days_count_for_nothing() -> None:
    progress = counted(".......", today_index=-2)
    assert progress == count_progress(FIRST, (), FIRST)
    assert progress.acted_days == progress.longest_run == progress.current_run == 0


def test_the_last_day_of_the_calendar_is_counted_without_overflow() -> None:
    last = dt.date.max
    progress = count_progress(last - dt.timedelta(days=2), days("YPY"), last)
    assert (progress.longest_run, progress.current_run) == (3, 3)
