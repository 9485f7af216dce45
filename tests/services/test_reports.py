"""The diary chosen by experiment or by days: every day with a check-in or an entry, as frozen views."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sample_diary import CHECK_INS, DAYS, START, add_sample_experiment

from valuesdesk.domain import DIARY_FIELDS, CheckInOutcome
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.store.models import Experiment, Value


@pytest.fixture
def experiment_id(services) -> int:
    return add_sample_experiment(services)


def test_one_experiment_holds_every_day_with_a_check_in_or_an_entry(services, experiment_id) -> None:
    report = services.reports.diary(experiment_id)
    (section,) = report.experiments
    assert section.value_name == "Connection with my family" and section.title == "Connection with my family"
    assert section.chosen_behaviors == ("Call my sister", "Write to an old friend")
    assert [day.day for day in section.days] == sorted(CHECK_INS)
    assert [day.number for day in section.days] == [1, 2, 3, 4]
    assert (report.first_day, report.last_day) == (START, dt.date(2026, 11, 29))
    silent_day = section.days[2]
    assert silent_day.check_in is CheckInOutcome.NO
    assert dict(silent_day.fields) == {
        "others_reactions": "",
        "before": "",
        "during": "",
        "after": "",
        "times_done": None,
        "evaluations": "",
        "thanked_mind": False,
        "notes": "",
    }
    first = section.days[0]
    assert list(first.fields) == [field.name for field in DIARY_FIELDS]
    assert {name: first.fields[name] for name in DAYS[START]} == DAYS[START]


def test_days_are_numbered_from_the_first_day_of_the_try_on_and_go_on_after_it(services, experiment_id, clock) -> None:
    # Written before the try-on began (an import of an old diary) and after its seven days (still active).
    before, later = START - dt.timedelta(days=1), START + dt.timedelta(days=8)
    clock.set(later)
    for day in (before, later):
        services.diary.save_entry(experiment_id, day, notes="kept")
    [section] = services.reports.diary(experiment_id).experiments
    assert [(day.day, day.number) for day in section.days if day.day in (before, START, later)] == [
        (before, None),
        (START, 1),
        (later, 9),
    ]


def test_the_views_are_frozen(services, experiment_id) -> None:
    report = services.reports.diary(experiment_id)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.experiments[0].plan = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        report.experiments[0].days[0].fields["before"] = "changed"  # type: ignore[index]


def test_a_range_of_days_keeps_only_those_days_and_names_the_range(services, experiment_id) -> None:
    report = services.reports.diary(first=START + dt.timedelta(days=1), last=START + dt.timedelta(days=2))
    assert [day.day for day in report.experiments[0].days] == [
        START + dt.timedelta(days=1),
        START + dt.timedelta(days=2),
    ]
    assert (report.first_day, report.last_day) == (START + dt.timedelta(days=1), START + dt.timedelta(days=2))


def test_all_experiments_leave_out_drafts_and_other_weeks(services, experiment_id) -> None:
    with services.database.transaction() as session:
        session.add(Experiment(value=Value(name="Draft only")))
        session.add(Experiment(value=Value(name="Last spring"), start_date=dt.date(2026, 4, 1), duration_days=7))
    assert [section.value_name for section in services.reports.diary().experiments] == [
        "Last spring",
        "Connection with my family",
    ]
    november = services.reports.diary(first=dt.date(2026, 11, 1), last=dt.date(2026, 11, 30))
    assert [section.value_name for section in november.experiments] == ["Connection with my family"]
    assert services.reports.diary(first=dt.date(2025, 1, 1), last=dt.date(2025, 1, 2)).is_empty


def test_backwards_ranges_and_unknown_experiments_are_refused(services, experiment_id) -> None:
    with pytest.raises(InvalidInput, match="first day comes after the last"):
        services.reports.diary(first=START, last=START - dt.timedelta(days=1))
    with pytest.raises(NotFound):
        services.reports.diary(experiment_id + 100)
