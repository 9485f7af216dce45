"""The note of a day: on any day that has come, in a try-on or not; marked, searched, removed when emptied."""

from __future__ import annotations

import datetime as dt

import pytest

from valuesdesk.domain import DAY_NOTE_LABEL, MAX_TEXT_CHARS
from valuesdesk.errors import InvalidInput
from valuesdesk.services.diary import DAY_NOTE_FIELD

# Far from any experiment: no try-on ran then.
QUIET_DAY = dt.date(2026, 3, 14)


def test_a_note_is_saved_read_back_and_removed_when_emptied(services, clock) -> None:
    diary = services.diary
    assert diary.experiments() == ()

    assert diary.save_day_note(QUIET_DAY, "rain all day 🌧, read שלום")

    assert diary.day_note(QUIET_DAY) == "rain all day 🌧, read שלום"
    assert diary.month_marks(QUIET_DAY, QUIET_DAY, None).marks[QUIET_DAY].has_entry
    assert diary.save_day_note(QUIET_DAY, "rain, then sun")
    assert diary.day_note(QUIET_DAY) == "rain, then sun"

    assert not diary.save_day_note(QUIET_DAY, "  \n ")

    assert diary.day_note(QUIET_DAY) == ""
    assert QUIET_DAY not in diary.month_marks(QUIET_DAY, QUIET_DAY, None).marks


def test_a_note_marks_its_day_whichever_experiment_is_chosen(services, make_experiment, clock) -> None:
    experiment = make_experiment(start=clock.today - dt.timedelta(days=2))
    services.diary.save_day_note(clock.today, "a note of the day, not of the experiment")
    assert services.diary.month_marks(clock.today, clock.today, experiment).marks[clock.today].has_entry


def test_a_day_to_come_has_no_note(services, clock) -> None:
    tomorrow = clock.today + dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match="once it has come"):
        services.diary.save_day_note(tomorrow, "plans")
    # Emptying one is no writing, and the day has none.
    assert not services.diary.save_day_note(tomorrow, "")
    assert services.diary.save_day_note(clock.today, "today is fine")


@pytest.mark.parametrize(
    ("day", "text", "message"),
    [
        (QUIET_DAY, "a\x00b", "cannot be saved"),
        (QUIET_DAY, "\ud800", "cannot be saved"),
        (QUIET_DAY, "x" * (MAX_TEXT_CHARS + 1), "too long"),
        (dt.date(1899, 12, 31), "long ago", "another day"),
    ],
)
def test_a_note_keeps_to_the_domain_limits(services, day, text, message) -> None:
    with pytest.raises(InvalidInput, match=message) as refused:
        services.diary.save_day_note(day, text)
    assert services.diary.day_note(day) == ""
    if message != "another day":
        assert DAY_NOTE_LABEL in refused.value.detail


def test_search_finds_words_in_day_notes_with_no_experiment(services, make_experiment, clock) -> None:
    experiment = make_experiment(start=clock.today - dt.timedelta(days=3))
    services.diary.save_entry(experiment, clock.today, notes="a walk by the river")
    services.diary.save_day_note(QUIET_DAY, "Walked by the RIVER & fed <ducks>")
    services.diary.save_day_note(clock.today, "walked to the river again")
    services.diary.save_day_note(QUIET_DAY - dt.timedelta(days=1), "only ducks")

    results = services.diary.search("river walk")

    assert results.total == 3
    # Newest first; on one day the note before the entries.
    assert [(hit.day, hit.experiment_id) for hit in results.hits] == [
        (clock.today, None),
        (clock.today, experiment),
        (QUIET_DAY, None),
    ]
    note_hit = next(hit for hit in results.hits if hit.experiment_id is None and hit.day == QUIET_DAY)
    assert note_hit.field_name == DAY_NOTE_FIELD
    assert note_hit.title == DAY_NOTE_LABEL
    assert note_hit.snippet_html == "<b>Walk</b>ed by the <b>RIVER</b> &amp; fed &lt;ducks&gt;"
    # A short word (under three characters) is found too, and a removed note no longer.
    assert [hit.day for hit in services.diary.search("fe").hits] == [QUIET_DAY]
    services.diary.save_day_note(QUIET_DAY, "")
    assert all(hit.day != QUIET_DAY for hit in services.diary.search("river").hits)


def test_search_counts_every_note_but_shows_the_limit(services, clock) -> None:
    for offset in range(5):
        services.diary.save_day_note(QUIET_DAY + dt.timedelta(days=offset), f"tea number {offset}")
    results = services.diary.search("tea", limit=3)
    assert results.total == 5
    assert [hit.day for hit in results.hits] == [QUIET_DAY + dt.timedelta(days=offset) for offset in (4, 3, 2)]
