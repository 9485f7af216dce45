"""The diary service: entries, check-ins, marks, suggestions, literal search and runs."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from valuesdesk.domain import (
    DIARY_FIELDS,
    MAX_TEXT_CHARS,
    MAX_TIMES_DONE,
    MIN_TIMES_DONE,
    UNNAMED_VALUE,
    CheckInOutcome,
    DayState,
    ExperimentStatus,
    FieldKind,
)
from valuesdesk.errors import InvalidInput
from valuesdesk.services.diary import runs_of_enacted_days

YES, PARTLY, NO = CheckInOutcome.YES, CheckInOutcome.PARTLY, CheckInOutcome.NO


def test_an_entry_is_saved_read_back_and_removed_when_emptied(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(2))
    diary = services.diary
    today = clock.today
    diary.save_entry(experiment, today, before="nervous 😬", notes="שלום e\u0301", times_done=2, thanked_mind=True)
    [entry] = diary.day_entries(today, None, today)
    values = entry.values
    assert (values["before"], values["notes"], values["times_done"], values["thanked_mind"]) == (
        "nervous 😬",
        "שלום e\u0301",
        2,
        True,
    )
    assert diary.month_marks(today, today, None).marks[today].has_entry

    diary.save_entry(experiment, today)

    assert today not in diary.month_marks(today, today, None).marks
    assert diary.day_entries(today, None, today)[0].values["before"] == ""


def test_a_huge_entry_is_kept_whole(services, make_experiment, clock) -> None:
    experiment = make_experiment()
    text = "breathe " * 12_500
    services.diary.save_entry(experiment, clock.today, notes=text)
    assert services.diary.day_entries(clock.today, experiment, clock.today)[0].values["notes"] == text


def test_check_ins_mark_the_day(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(1))
    diary = services.diary
    diary.set_check_in(experiment, days_ago(1), PARTLY)
    diary.set_check_in(experiment, days_ago(1), YES)
    marks = diary.month_marks(days_ago(1), clock.today, None).marks
    assert marks[days_ago(1)].outcomes == {YES} and not marks[days_ago(1)].has_entry

    diary.set_check_in(experiment, days_ago(1), None)
    assert diary.month_marks(days_ago(1), clock.today, None).marks == {}


def test_a_day_can_be_checked_in_once_the_clock_reaches_it(services, make_experiment, clock) -> None:
    experiment = make_experiment(start=clock.today)
    tomorrow = clock.today + dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match="once it has come"):
        services.diary.set_check_in(experiment, tomorrow, YES)
    assert services.diary.month_marks(tomorrow, tomorrow, None).marks == {}

    # Just before midnight it is still refused; at midnight the day has come.
    clock.set(dt.datetime.combine(clock.today, dt.time(23, 59, 59), dt.UTC))
    with pytest.raises(InvalidInput):
        services.diary.set_check_in(experiment, tomorrow, YES)
    clock.advance(dt.timedelta(seconds=1))
    services.diary.set_check_in(experiment, tomorrow, YES)
    assert services.diary.month_marks(tomorrow, tomorrow, None).marks[tomorrow].outcomes == {YES}


def test_a_day_can_be_written_about_once_the_clock_reaches_it(services, make_experiment, clock) -> None:
    experiment = make_experiment(start=clock.today)
    tomorrow = clock.today + dt.timedelta(days=1)
    with pytest.raises(InvalidInput, match="once it has come"):
        services.diary.save_entry(experiment, tomorrow, before="not yet")
    assert services.diary.month_marks(tomorrow, tomorrow, None).marks == {}
    assert services.diary.save_entry(experiment, tomorrow) is False  # emptying a day is always allowed

    clock.set(dt.datetime.combine(tomorrow, dt.time(0, 0), dt.UTC))
    assert services.diary.save_entry(experiment, tomorrow, before="now") is True


def test_every_field_of_the_table_is_saved_and_read_back(services, make_experiment, clock) -> None:
    experiment = make_experiment()
    written = {
        FieldKind.TEXT: lambda field: f"{field.name} 🌱",
        FieldKind.COUNT: lambda _field: MAX_TIMES_DONE,
        FieldKind.FLAG: lambda _field: True,
    }
    values = {field.name: written[field.kind](field) for field in DIARY_FIELDS}
    assert services.diary.save_entry(experiment, clock.today, **values)
    [entry] = services.diary.day_entries(clock.today, None, clock.today)
    assert dict(entry.values) == values
    assert list(entry.values) == [field.name for field in DIARY_FIELDS]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"times_done": MIN_TIMES_DONE - 1}, "counted from 1 to 9,999"),
        ({"times_done": MAX_TIMES_DONE + 1}, "counted from 1 to 9,999"),
        ({"notes": "w" * (MAX_TEXT_CHARS + 1)}, "too long to save"),
        ({"before": "ok", "during": "w" * (MAX_TEXT_CHARS + 1)}, "too long to save"),
    ],
)
def test_saving_keeps_to_the_domain_limits(services, make_experiment, values, message, clock) -> None:
    experiment = make_experiment()
    services.diary.save_entry(experiment, clock.today, notes="kept")
    with pytest.raises(InvalidInput, match=message):
        services.diary.save_entry(experiment, clock.today, **values)
    [entry] = services.diary.day_entries(clock.today, None, clock.today)
    assert entry.values["notes"] == "kept" and entry.values["times_done"] is None


def test_the_limits_themselves_are_saved(services, make_experiment, clock) -> None:
    experiment = make_experiment()
    for count in (MIN_TIMES_DONE, MAX_TIMES_DONE):
        services.diary.save_entry(experiment, clock.today, times_done=count, notes="w" * MAX_TEXT_CHARS)
        assert services.diary.day_entries(clock.today, None, clock.today)[0].values["times_done"] == count


def test_a_name_that_is_no_diary_field_is_refused(services, make_experiment, clock) -> None:
    experiment = make_experiment()
    with pytest.raises(TypeError, match="not diary fields: mood"):
        services.diary.save_entry(experiment, clock.today, mood="fine")


def test_what_the_diary_returns_cannot_be_changed(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(2))
    services.diary.save_entry(experiment, clock.today, notes="walk")
    services.diary.set_check_in(experiment, clock.today, YES)
    diary = services.diary
    experiments = diary.experiments()
    entries = diary.day_entries(clock.today, None, clock.today)
    marks = diary.month_marks(days_ago(2), clock.today, None)
    progresses = diary.progress(None, clock.today)
    results = diary.search("walk")
    assert all(isinstance(views, tuple) for views in (experiments, entries, progresses, results.hits))
    [entry], [progress] = entries, progresses
    with pytest.raises(TypeError):
        entry.values["notes"] = "changed"  # type: ignore[index]
    with pytest.raises(TypeError):
        marks.marks[clock.today] = None  # type: ignore[index]
    with pytest.raises(TypeError):
        progress.counts[DayState.ENACTED] = 0  # type: ignore[index]
    for view in (experiments[0], experiments[0].lifecycle, entry, marks, progress, results, results.hits[0]):
        with pytest.raises(dataclasses.FrozenInstanceError):
            view.day = clock.today  # type: ignore[misc]


def test_experiments_are_the_domains_refs_with_its_dates_and_titles(services, make_experiment, days_ago, clock) -> None:
    named = make_experiment("Kindness", start=days_ago(10), days=7)
    unnamed = make_experiment("  ", start=days_ago(3), days=5, status=ExperimentStatus.COMPLETED)
    make_experiment("Draft", status=ExperimentStatus.DRAFT)
    refs = services.diary.experiments()
    assert [(ref.id, ref.title, ref.status) for ref in refs] == [
        (unnamed, UNNAMED_VALUE, ExperimentStatus.COMPLETED),
        (named, "Kindness", ExperimentStatus.ACTIVE),
    ]
    assert refs[1].lifecycle.end_date == days_ago(4)
    # An active experiment is kept until it is completed, a completed one only on its days.
    assert refs[1].lifecycle.last_diary_day(clock.today) == clock.today
    assert refs[0].lifecycle.last_diary_day(clock.today) == days_ago(-1)


def test_try_on_days_are_those_of_the_chosen_experiment(services, make_experiment) -> None:
    first = make_experiment("Kindness", start=dt.date(2026, 3, 2), days=7, status=ExperimentStatus.COMPLETED)
    make_experiment("Courage", start=dt.date(2026, 3, 20), days=3, status=ExperimentStatus.COMPLETED)
    month = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    only_first = services.diary.month_marks(*month, first).try_on_days
    both = services.diary.month_marks(*month, None).try_on_days
    assert sorted(only_first) == [dt.date(2026, 3, day) for day in range(2, 9)]
    assert len(both) == 10


def test_the_day_shows_each_experiment_running_then_and_suggests_the_count(
    services, make_experiment, days_ago, clock
) -> None:
    kindness = make_experiment("Kindness", start=days_ago(5))
    courage = make_experiment("Courage", start=days_ago(1))
    make_experiment("Old", start=days_ago(40), days=7, status=ExperimentStatus.COMPLETED)
    diary = services.diary
    for back, outcome in ((5, YES), (4, NO), (3, PARTLY), (2, YES)):
        diary.set_check_in(kindness, days_ago(back), outcome)

    entries = diary.day_entries(clock.today, None, clock.today)

    assert [entry.experiment.id for entry in entries] == [kindness, courage]
    assert [entry.suggested_times_done for entry in entries] == [4, 1]
    assert [entry.day_number for entry in entries] == [6, 2]
    # On an earlier day, only the days before it count.
    assert [entry.suggested_times_done for entry in diary.day_entries(days_ago(3), kindness, clock.today)] == [2]
    assert diary.day_entries(days_ago(3), None, clock.today)[0].experiment.id == kindness


def test_an_active_experiment_goes_on_past_its_planned_days(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(10), days=7)
    assert [entry.experiment.id for entry in services.diary.day_entries(clock.today, None, clock.today)] == [experiment]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "*",
        "-",
        "-sister",
        "NEAR",
        "NEAR(a b)",
        "OR",
        "a OR",
        "AND NOT",
        "(",
        ")",
        "[x]",
        "{",
        "^",
        ":",
        "col:sister",
        "sister*",
        "%",
        "_",
        "\\",
        "😬",
        "e\u0301",
        "שלום",
        "你好",
        "  ",
        "",
        "\x00",
        "sis\x00ter",
        "\u202e",
        "x" * 10_000,
        "👩\u200d👩\u200d👧",
    ],
)
def test_any_query_is_searched_literally_without_error(services, make_experiment, query, clock) -> None:
    experiment = make_experiment()
    services.diary.save_entry(experiment, clock.today, notes="my sister smiled")
    results = services.diary.search(query)
    assert results.total == len(results.hits)
    if not query.replace("\x00", "").strip():
        assert results.total == 0


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ('she said "wait" (twice)', '"wait"'),
        ('she said "wait" (twice)', "(twice)"),
        ("50% better_than before", "50%"),
        ("50% better_than before", "_than"),
        ("tea*cups", "tea*"),
        ("NEAR the door", "NEAR"),
        ("this OR that", "OR"),
        ("a -minus sign", "-minus"),
        ("felt 🌱 growing", "🌱"),
        ("we 👩\u200d👩\u200d👧 went out", "👩\u200d👩\u200d👧"),
        ("Я устал", "я"),
        ("今日は姉に電話した", "姉に電話"),
        ("今日は姉に電話した", "姉"),
        ("Café au lait", "CAFÉ"),
        ("o'clock", "o'clock"),
        ("back\\slash", "back\\slash"),
    ],
)
def test_awkward_text_is_found_by_its_literal_words(services, make_experiment, text, query, days_ago, clock) -> None:
    experiment = make_experiment()
    services.diary.save_entry(experiment, clock.today, evaluations=text)
    services.diary.save_entry(experiment, days_ago(1), evaluations="nothing to see")
    results = services.diary.search(query)
    assert [hit.day for hit in results.hits] == [clock.today]
    assert results.hits[0].field_name == "evaluations"
    assert "<b>" in results.hits[0].snippet_html


def test_search_needs_every_word_and_lists_the_newest_first(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(3))
    diary = services.diary
    diary.save_entry(experiment, days_ago(3), others_reactions="my sister smiled")
    diary.save_entry(experiment, days_ago(1), after="calm, then my sister called")
    diary.save_entry(experiment, clock.today, notes="calm day")
    assert [hit.day for hit in diary.search("sister").hits] == [days_ago(1), days_ago(3)]
    assert [hit.day for hit in diary.search("calm sister").hits] == [days_ago(1)]
    assert diary.search("sister OR calm").total == 0


def test_snippets_escape_the_text_and_bold_only_the_matches(services, make_experiment, clock) -> None:
    experiment = make_experiment()
    services.diary.save_entry(experiment, clock.today, notes="<script>alert(1)</script> & my <b>sister</b>")
    [hit] = services.diary.search("sister").hits
    assert hit.snippet_html == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; my &lt;b&gt;<b>sister</b>&lt;/b&gt;"


def test_search_shows_at_most_the_limit_but_counts_all(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(9), days=10)
    for back in range(10):
        services.diary.save_entry(experiment, days_ago(back), notes="walk")
    results = services.diary.search("walk", limit=3)
    assert results.total == 10
    assert [hit.day for hit in results.hits] == [clock.today, days_ago(1), days_ago(2)]


def test_editing_and_deleting_keep_the_search_in_step(services, make_experiment, clock) -> None:
    experiment = make_experiment()
    services.diary.save_entry(experiment, clock.today, notes="river")
    services.diary.save_entry(experiment, clock.today, notes="mountain")
    assert services.diary.search("river").total == 0
    assert services.diary.search("mountain").total == 1
    services.experiments.delete(experiment)
    assert services.diary.search("mountain").total == 0


FIRST = dt.date(2026, 1, 1)


def outcomes(*days: tuple[int, CheckInOutcome]) -> dict[dt.date, CheckInOutcome]:
    return {FIRST + dt.timedelta(days=offset): outcome for offset, outcome in days}


@pytest.mark.parametrize(
    ("checked", "last", "today", "expected"),
    [
        ((), 6, 3, (0, 0)),
        (((0, YES), (1, YES), (2, YES)), 6, 2, (3, 3)),
        # Today not checked in yet: the run up to yesterday still counts.
        (((0, YES), (1, YES)), 6, 2, (2, 2)),
        # A gap (no check-in), "partly" and "no" all end a run.
        (((0, YES), (2, YES), (3, YES)), 6, 4, (2, 2)),
        (((0, YES), (1, YES), (2, PARTLY), (3, YES)), 6, 3, (1, 2)),
        (((0, YES), (1, NO), (2, YES)), 6, 5, (0, 1)),
        # An experiment that ended has no current run; its longest stays.
        (((0, YES), (1, YES), (2, YES), (6, YES)), 6, 30, (0, 3)),
        # Check-ins after the last day (an active experiment past its plan) are not lost.
        (((5, YES), (6, YES), (7, YES)), 9, 7, (3, 3)),
    ],
)
def test_runs_of_enacted_days(checked, last, today, expected) -> None:
    result = runs_of_enacted_days(
        outcomes(*checked), FIRST, FIRST + dt.timedelta(days=last), FIRST + dt.timedelta(days=today)
    )
    assert result == expected


def test_progress_pictures_each_day_and_counts_the_diary(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(2), days=5)
    diary = services.diary
    diary.set_check_in(experiment, days_ago(2), YES)
    diary.set_check_in(experiment, days_ago(1), PARTLY)
    diary.save_entry(experiment, days_ago(1), notes="hard")
    [progress] = diary.progress(experiment, clock.today)
    assert progress.days == (
        DayState.ENACTED,
        DayState.PARTLY,
        DayState.NO_CHECK_IN,
        DayState.UPCOMING,
        DayState.UPCOMING,
    )
    assert (progress.current_run, progress.longest_run, progress.diary_days, progress.ended) == (0, 1, 1, False)


def test_a_completed_experiment_has_ended(services, make_experiment, days_ago, clock) -> None:
    experiment = make_experiment(start=days_ago(30), days=7, status=ExperimentStatus.COMPLETED)
    services.diary.set_check_in(experiment, days_ago(24), YES)
    [progress] = services.diary.progress(None, clock.today)
    assert progress.ended and progress.experiment.id == experiment
    assert (progress.current_run, progress.longest_run) == (0, 1)
    assert len(progress.days) == 7


def test_a_search_hit_of_an_unnamed_value_is_called_as_everywhere(services, make_experiment, clock) -> None:
    experiment = make_experiment("")
    services.diary.save_entry(experiment, clock.today, during="rain on the window")
    [hit] = services.diary.search("rain").hits
    assert (hit.title, hit.field_name) == (UNNAMED_VALUE, "during")


def test_the_first_and_last_months_of_the_calendar_are_read_without_error(
    services, make_experiment, days_ago, clock
) -> None:
    make_experiment(start=days_ago(1))
    for first, last in ((dt.date.min, dt.date(1, 1, 31)), (dt.date(9999, 12, 1), dt.date.max)):
        month = services.diary.month_marks(first, last, None)
        assert month.marks == {} and month.try_on_days == frozenset()
        assert services.diary.day_entries(first, None, clock.today) == ()
        assert services.diary.day_entries(last, None, clock.today) == ()


def test_the_experiments_are_read_again_after_any_write(services, make_experiment, days_ago) -> None:
    from valuesdesk.store.models import Experiment

    experiment = make_experiment("Kindness", start=days_ago(1))
    diary = services.diary
    assert diary.experiments() is diary.experiments()
    # Whichever service writes, through the one transaction: here as the wizard would.
    with services.database.transaction() as session:
        row = session.get(Experiment, experiment)
        row.value.name = "Courage"
        row.status = ExperimentStatus.COMPLETED
    [ref] = diary.experiments()
    assert (ref.title, ref.status) == ("Courage", ExperimentStatus.COMPLETED)
    services.experiments.delete(experiment)
    assert diary.experiments() == ()
