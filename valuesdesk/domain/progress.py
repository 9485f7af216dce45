"""How the progress of a try-on is counted, in the spirit of ACT rather than of a habit tracker.

"Partly" is valued action too, and a missed day is a chance to return: so the picture counts the
days the person acted on the value (yes or partly), how often they came back after a missed day,
and the longest run of days acted on, in which "partly" never breaks the run. A streak that one
honest "partly" would end is what makes people fake check-ins in habit trackers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from valuesdesk.domain.statuses import DayState

# The days on which the person acted on the value.
ACTED = frozenset({DayState.ENACTED, DayState.PARTLY})
# The days checked in at all, whatever the answer.
ANSWERED = frozenset({DayState.ENACTED, DayState.PARTLY, DayState.NOT_ENACTED})
# A day gone by without acting on the value: the next day acted on is a return.
MISSED = frozenset({DayState.NOT_ENACTED, DayState.NO_CHECK_IN})


@dataclass(frozen=True)
class ProgressCounts:
    """What a try-on's days add up to, as the list of experiments and the progress picture say it."""

    acted_days: int  # yes or partly
    enacted_days: int  # yes
    partly_days: int
    not_enacted_days: int
    answered_days: int  # every check-in: yes, partly or no
    returns: int  # days acted on right after a missed day
    longest_run: int  # consecutive days acted on
    current_run: int  # the run going on today (0 once the try-on is over)


def count_progress(first_day: dt.date, days: Sequence[DayState], today: dt.date) -> ProgressCounts:
    """The counts of the try-on whose day ``first_day`` has state ``days[0]``, and so on, seen ``today``.

    Today not yet checked in does not end the current run (the day is not over); once the days are
    over there is no current run. Days after today are never counted.
    """
    # Counted by offset, never by date: the last days of the calendar have no day after them.
    past = max(0, min(len(days), (today - first_day).days + 1))
    longest = run = returns = 0
    missed_before = False
    for state in days[:past]:
        if state in ACTED:
            returns += missed_before
            run += 1
            longest = max(longest, run)
        elif state in MISSED:
            run = 0
        missed_before = state in MISSED
    # Today is among the days while the try-on goes on; after its last day no run is going on.
    going_on = 0 <= (today - first_day).days < len(days)
    return ProgressCounts(
        acted_days=sum(state in ACTED for state in days),
        enacted_days=days.count(DayState.ENACTED),
        partly_days=days.count(DayState.PARTLY),
        not_enacted_days=days.count(DayState.NOT_ENACTED),
        answered_days=sum(state in ANSWERED for state in days),
        returns=returns,
        longest_run=longest,
        current_run=_current_run(days[:past]) if going_on else 0,
    )


def _current_run(days: Sequence[DayState]) -> int:
    """The days acted on at the end of ``days``, today's unanswered day left out of the reckoning."""
    end = len(days)
    if end and days[-1] is DayState.NO_CHECK_IN:
        end -= 1
    run = 0
    while end > run and days[end - run - 1] in ACTED:
        run += 1
    return run
