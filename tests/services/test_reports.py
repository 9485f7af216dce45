"""The diary chosen by experiment or by days, as Markdown, CSV and calendar events."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from icalendar import Calendar
from sample_diary import CHECK_INS, DAYS, START, add_sample_experiment

from valuesdesk.domain import DIARY_TEXT_FIELDS
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.reports import calendar_bytes, csv_bytes, markdown
from valuesdesk.store.models import Experiment, Value


@pytest.fixture
def experiment_id(services) -> int:
    return add_sample_experiment(services)


def test_one_experiment_holds_every_day_with_a_check_in_or_an_entry(services, experiment_id) -> None:
    report = services.reports.diary(experiment_id)
    (section,) = report.experiments
    assert section.value_name == "Connection with my family"
    assert section.chosen_behaviors == ("Call my sister", "Write to an old friend")
    assert [day.day for day in section.days] == sorted(CHECK_INS)
    assert [day.number for day in section.days] == [1, 2, 3, 4]
    assert report.span == "23 – 29 November 2026"
    silent_day = section.days[2]
    assert silent_day.written() == [] and silent_day.check_in_text == "No"


def test_a_range_of_days_keeps_only_those_days_and_names_the_range(services, experiment_id) -> None:
    report = services.reports.diary(first=START + dt.timedelta(days=1), last=START + dt.timedelta(days=2))
    assert [day.day for day in report.experiments[0].days] == [START + dt.timedelta(days=1), START + dt.timedelta(days=2)]
    assert report.span == "24 – 25 November 2026"


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


def test_markdown_has_the_value_each_day_and_each_field(services, experiment_id) -> None:
    text = markdown(services.reports.diary(experiment_id))
    assert text.startswith("# Daily Reactions Diary\n")
    assert "## Connection with my family" in text
    assert "Next session: Tuesday 1 December 2026" in text
    for number, day in enumerate(sorted(CHECK_INS), start=1):
        assert f"### Day {number} · {day:%A} {day.day} {day:%B %Y}" in text
    for fields in DAYS.values():
        for name, written in fields.items():
            assert written in text
            assert f"**{dict(DIARY_TEXT_FIELDS)[name]}**" in text


def test_csv_is_one_row_per_day_and_parses_back_exactly(services, experiment_id) -> None:
    report = services.reports.diary(experiment_id)
    data = services.reports.render(report, "csv")
    assert data.startswith("\ufeff".encode()) and data == csv_bytes(report)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row["Date"] for row in rows] == [day.isoformat() for day in sorted(CHECK_INS)]
    assert [row["Did I enact the value?"] for row in rows] == ["Yes", "Partly", "No", "Yes"]
    for row in rows:
        assert row["Value"] == "Connection with my family"
        written = DAYS.get(dt.date.fromisoformat(row["Date"]), {})
        for name, label in DIARY_TEXT_FIELDS:
            assert row[label] == written.get(name, "")
    assert rows[0]["Times I have done it"] == "1" and rows[0]["I gently thanked my mind"] == "Yes"


def test_the_calendar_has_the_plan_the_daily_check_in_and_the_session(services, experiment_id) -> None:
    data = calendar_bytes(services.reports.diary(experiment_id))
    events = {event["summary"]: event for event in Calendar.from_ical(data).walk("VEVENT")}
    plan = events["Enact my value: Connection with my family"]
    assert plan.decoded("dtstart") == dt.datetime(2026, 11, 23, 19, 30)
    assert "Call my sister on Monday evening" in plan["description"] and "Find her new number" in plan["description"]
    check_in = events["Daily check-in: Connection with my family"]
    assert check_in.decoded("dtstart") == dt.datetime(2026, 11, 23, 21, 0)
    assert check_in["rrule"]["freq"] == ["DAILY"] and check_in["rrule"]["count"] == [7]
    session = events["Bring my Daily Reactions Diary to session"]
    assert session.decoded("dtstart") == dt.date(2026, 12, 1)
    again = {event["summary"]: event["uid"] for event in Calendar.from_ical(calendar_bytes(services.reports.diary(experiment_id))).walk("VEVENT")}
    assert again == {summary: event["uid"] for summary, event in events.items()}


def test_a_calendar_without_any_date_is_refused(services) -> None:
    with services.database.transaction() as session:
        experiment = Experiment(value=Value(name="Not planned yet"))
        session.add(experiment)
        session.flush()
        experiment_id = experiment.id
    with pytest.raises(InvalidInput, match="nothing to put in a calendar"):
        calendar_bytes(services.reports.diary(experiment_id))
