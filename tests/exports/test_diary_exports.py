"""The diary as Markdown, CSV and calendar events: every day and field, and the person's words never
changing a file's structure."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from icalendar import Calendar
from markdown_it import MarkdownIt
from sample_diary import CHECK_INS, DAYS, START, add_sample_experiment

from valuesdesk import exports
from valuesdesk.domain import CHECK_IN_LABEL, DIARY_FIELDS, UNNAMED_VALUE, DayState, diary_field
from valuesdesk.errors import NothingToExport
from valuesdesk.exports.markdown import markdown
from valuesdesk.exports.spreadsheet import csv_bytes
from valuesdesk.store.models import Experiment, Value


@pytest.fixture(autouse=True)
def _after_the_written_days(clock) -> None:
    """Every day these tests write about has come (a day to come cannot be written)."""
    clock.set(START + dt.timedelta(days=60))


# What a person may write that means something to Markdown, CSV or iCalendar.
MARKUP = (
    "# Not a heading\n"
    "- not a list\n"
    "> not a quote\n"
    "1. not numbered\n"
    "| not | a table |\n"
    "|---|---|\n"
    "---\n"
    "===\n"
    "```\nnot code\n```\n"
    "*not emphasis* _nor this_ `nor code` [not a link](https://example.org) ![no image](x.png)\n"
    "<b>not bold</b> &amp; <script>alert(1)</script> \\ backslash ~~not struck~~\n"
    "\n"
    "    not indented code\n"
    'Commas, "quotes"; semicolons: and a line break\r\nEND:VEVENT'
)


@pytest.fixture
def experiment_id(services) -> int:
    return add_sample_experiment(services)


def calendar_bytes(services, experiment_id: int) -> bytes:
    """The experiment's calendar with its value and plan named, as the person may ask."""
    selection = exports.Selection(experiment_id, calendar_details=True)
    return exports.prepare(services, exports.format_by_key("ics"), selection).data


def test_markdown_has_the_value_each_day_and_each_field(services, experiment_id) -> None:
    text = markdown(services.reports.diary(experiment_id))
    assert text.startswith("# Daily Reactions Diary\n")
    assert "*23 – 29 November 2026*" in text
    assert "## Connection with my family" in text
    assert "Next session: Tuesday 1 December 2026" in text
    for number, day in enumerate(sorted(CHECK_INS), start=1):
        assert f"### Day {number} · {day:%A} {day.day} {day:%B %Y}" in text
    for fields in DAYS.values():
        for name, written in fields.items():
            # Each line break stays one: a backslash at the end of a line (CommonMark's hard break).
            assert written.replace("\n", "\\\n") in text
            assert f"**{diary_field(name).label}**" in text
    assert "**Did I enact the value?** No" in text


def test_csv_is_one_row_per_day_and_parses_back_exactly(services, experiment_id) -> None:
    report = services.reports.diary(experiment_id)
    data = exports.prepare(services, exports.format_by_key("csv"), exports.Selection(experiment_id)).data
    assert data.startswith("\ufeff".encode()) and data == csv_bytes(report)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row["Date"] for row in rows] == [day.isoformat() for day in sorted(CHECK_INS)]
    assert [row["Did I enact the value?"] for row in rows] == ["Yes", "Partly", "No", "Yes"]
    for row in rows:
        assert row["Value"] == "Connection with my family"
        written = DAYS.get(dt.date.fromisoformat(row["Date"]), {})
        for field in DIARY_FIELDS:
            if field.name in written:
                assert row[field.label] == written[field.name]
    assert rows[0]["Times I have done it"] == "1" and rows[0]["I thanked my mind for those thoughts"] == "Yes"
    assert rows[2]["Times I have done it"] == "" and rows[2]["I thanked my mind for those thoughts"] == "No"


def test_the_calendar_has_the_plan_the_daily_check_in_and_the_session(services, experiment_id, clock) -> None:
    data = calendar_bytes(services, experiment_id)
    events = {event["summary"]: event for event in Calendar.from_ical(data).walk("VEVENT")}
    plan = events["Enact my value: Connection with my family"]
    assert plan.decoded("dtstart") == dt.datetime(2026, 11, 23, 19, 30)
    assert plan.decoded("dtstamp") == clock.moment
    assert "Call my sister on Monday evening" in plan["description"] and "Find her new number" in plan["description"]
    check_in = events["Daily check-in: Connection with my family"]
    assert str(check_in["description"]).startswith(f"{CHECK_IN_LABEL} Notice anything")
    assert check_in.decoded("dtstart") == dt.datetime(2026, 11, 23, 21, 0)
    assert check_in["rrule"]["freq"] == ["DAILY"] and check_in["rrule"]["count"] == [7]
    session = events["Bring my Daily Reactions Diary to session"]
    assert session.decoded("dtstart") == dt.date(2026, 12, 1)
    clock.advance(dt.timedelta(days=1))
    again = Calendar.from_ical(calendar_bytes(services, experiment_id)).walk("VEVENT")
    assert {event["summary"]: event["uid"] for event in again} == {
        summary: event["uid"] for summary, event in events.items()
    }


def test_a_calendar_without_any_date_has_nothing_to_export(services) -> None:
    with services.database.transaction() as session:
        experiment = Experiment(value=Value(name="Not planned yet"))
        session.add(experiment)
        session.flush()
        experiment_id = experiment.id
    with pytest.raises(NothingToExport, match="nothing to put in a calendar") as nothing:
        exports.prepare(services, exports.format_by_key("ics"), exports.Selection(experiment_id))
    assert nothing.value.title == "Nothing to export"


def test_every_diary_format_says_the_same_when_there_is_nothing_to_export(services, experiment_id) -> None:
    empty = exports.Selection(first=dt.date(2020, 1, 1), last=dt.date(2020, 1, 31))
    messages = set()
    for export_format in exports.formats():
        # The values checks' spreadsheet is not a diary: it says that there is no check.
        if export_format.takes_date_range and export_format.key != "values-csv":
            with pytest.raises(NothingToExport) as nothing:
                exports.prepare(services, export_format, empty)
            messages.add((nothing.value.title, nothing.value.message, nothing.value.detail))
    assert messages == {
        (
            "Nothing to export",
            "There is no diary to export.",
            "Choose other days or another experiment, or write in your diary first.",
        )
    }


def test_a_value_not_yet_named_and_a_day_without_a_check_in_read_as_on_screen(services) -> None:
    draft = services.experiments.create_draft().id
    services.experiments.save_value(draft, name="", meaning="Something about courage", life_domain="")
    services.experiments.update(draft, plan_at=dt.datetime(2026, 11, 20, 18, 0))
    with services.database.transaction() as session:
        session.get(Experiment, draft).start_date = START
    services.diary.save_entry(draft, START, notes="Nervous.")
    report = services.reports.diary(draft)

    assert f"## {UNNAMED_VALUE}" in markdown(report)
    assert f"**{CHECK_IN_LABEL}** {DayState.NO_CHECK_IN.label}" in markdown(report)
    [row] = csv.DictReader(io.StringIO(csv_bytes(report).decode("utf-8-sig"), newline=""))
    assert row["Value"] == UNNAMED_VALUE
    summaries = {str(event["summary"]) for event in Calendar.from_ical(calendar_bytes(services, draft)).walk("VEVENT")}
    assert summaries == {f"Enact my value: {UNNAMED_VALUE}", f"Daily check-in: {UNNAMED_VALUE}"}


def mark_up(services, experiment_id: int) -> None:
    services.diary.save_entry(experiment_id, START, notes=MARKUP, before="*" + MARKUP)
    with services.database.transaction() as session:
        experiment = session.get(Experiment, experiment_id)
        experiment.value.name = "# Courage | <b>bold</b>"
        experiment.plan = MARKUP


@pytest.fixture
def marked_up(services, experiment_id):
    mark_up(services, experiment_id)
    return services.reports.diary(experiment_id)


def test_markdown_escapes_the_persons_words_so_they_stay_text(marked_up) -> None:
    tokens = MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(markdown(marked_up))
    kinds = {token.type for token in tokens}
    # Only what the document itself is made of: its headings, paragraphs, and the lists of choices and plan.
    assert kinds <= {
        "heading_open",
        "heading_close",
        "paragraph_open",
        "paragraph_close",
        "inline",
        "bullet_list_open",
        "bullet_list_close",
        "list_item_open",
        "list_item_close",
    }
    headings = [tokens[index + 1].content for index, token in enumerate(tokens) if token.type == "heading_open"]
    assert headings[:2] == ["Daily Reactions Diary", "\\# Courage \\| \\<b\\>bold\\</b\\>"]
    assert all(heading.startswith(("Daily", "\\#", "Day ")) for heading in headings)
    inline = [child for token in tokens if token.type == "inline" for child in token.children or []]
    assert {child.type for child in inline} <= {
        "text",
        "softbreak",
        "hardbreak",
        "strong_open",
        "strong_close",
        "em_open",
        "em_close",
    }
    # Emphasis is the document's own: the span of days under the title.
    emphasised = [inline[index + 1].content for index, child in enumerate(inline) if child.type == "em_open"]
    assert emphasised == ["23 – 29 November 2026"]
    rendered = MarkdownIt("commonmark").render(markdown(marked_up))
    for plain in (
        "# Not a heading",
        "&lt;b&gt;not bold&lt;/b&gt;",
        "*not emphasis*",
        "[not a link](https://example.org)",
    ):
        assert plain in rendered


def test_csv_keeps_commas_quotes_and_line_breaks_inside_their_cell(marked_up) -> None:
    rows = list(csv.DictReader(io.StringIO(csv_bytes(marked_up).decode("utf-8-sig"), newline="")))
    assert len(rows) == len(CHECK_INS)
    assert rows[0]["Notes"] == MARKUP and rows[0]["Before"] == "*" + MARKUP
    assert rows[0]["Value"] == "# Courage | <b>bold</b>"


def test_calendar_events_keep_the_persons_words_as_text(services, experiment_id) -> None:
    mark_up(services, experiment_id)
    events = Calendar.from_ical(calendar_bytes(services, experiment_id)).walk("VEVENT")
    assert len(events) == 3
    plan = next(event for event in events if str(event["summary"]).startswith("Enact my value"))
    assert str(plan["summary"]) == "Enact my value: # Courage | <b>bold</b>"
    assert str(plan["description"]).startswith(MARKUP.replace("\r\n", "\n"))
