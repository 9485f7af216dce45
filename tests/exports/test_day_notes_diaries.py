"""The notes of days in the Markdown, CSV and PDF diaries: a note on a day of a try-on with that day,
a note on a day of no experiment under "Notes on other days" in date order, within the chosen days,
escaped and neutralised as the rest of the person's words."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from sample_diary import START, add_sample_experiment
from test_diary_pdf import page_texts
from test_safe_exports import HOSTILE, TOKENS_OF_THE_PERSONS_TEXT, parser

from valuesdesk import exports
from valuesdesk.domain import CHECK_IN_LABEL
from valuesdesk.errors import NothingToExport
from valuesdesk.exports.diary_document import diary_pdf

WRITTEN_DAY = START + dt.timedelta(days=1)  # Day 2 of the sample's try-on: an entry and a check-in
QUIET_TRY_ON_DAY = START + dt.timedelta(days=5)  # Day 6: neither an entry nor a check-in
# Days of no experiment, before and after the try-on (23 – 29 November 2026).
OTHER_DAYS = {
    dt.date(2026, 12, 5): "After the week: still calling her.",
    dt.date(2026, 3, 14): "Rain all day 🌧",
    dt.date(2026, 11, 10): "Told my therapist about my sister.",
}
ALL_DAYS = exports.Selection()
NOVEMBER = exports.Selection(first=dt.date(2026, 11, 1), last=dt.date(2026, 11, 30))


@pytest.fixture(autouse=True)
def _after_the_noted_days(clock) -> None:
    """Every day these tests write about has come (a day to come cannot have a note)."""
    clock.set(dt.date(2026, 12, 20))


@pytest.fixture
def experiment_id(services) -> int:
    experiment_id = add_sample_experiment(services)
    services.diary.save_day_note(WRITTEN_DAY, "Slept badly, called anyway.")
    services.diary.save_day_note(QUIET_TRY_ON_DAY, "A quiet Saturday.\nNo call today.")
    for day, text in OTHER_DAYS.items():
        services.diary.save_day_note(day, text)
    return experiment_id


def exported(services, key: str, selection: exports.Selection) -> bytes:
    return exports.prepare(services, exports.format_by_key(key), selection).data


def headings_and_paragraphs(document: str) -> list[str]:
    """What a reader sees of the Markdown, block by block: each heading and paragraph as text."""
    tokens = parser().parse(document)
    return [
        "".join("\n" if child.type == "hardbreak" else child.content for child in token.children or ())
        for token in tokens
        if token.type == "inline"
    ]


def test_markdown_puts_a_note_with_its_day_of_the_try_on(services, experiment_id) -> None:
    blocks = headings_and_paragraphs(exported(services, "md", exports.Selection(experiment_id)).decode())

    day_two = blocks.index("Day 2 · Tuesday 24 November 2026")
    day_three = blocks.index("Day 3 · Wednesday 25 November 2026")
    assert blocks[day_three - 2 : day_three] == ["Note for the day", "Slept badly, called anyway."]
    assert day_two < day_three - 2
    # A day of the try-on with only a note is a day of the diary too.
    day_six = blocks.index("Day 6 · Saturday 28 November 2026")
    assert blocks[day_six + 1 : day_six + 4] == [
        f"{CHECK_IN_LABEL} No check-in",
        "Note for the day",
        "A quiet Saturday.\nNo call today.",
    ]
    # One experiment chosen: the notes of other days are not about it.
    assert "Notes on other days" not in blocks
    assert not set(OTHER_DAYS.values()) & set(blocks)


def test_markdown_of_every_experiment_ends_with_the_other_days_notes_in_date_order(services, experiment_id) -> None:
    blocks = headings_and_paragraphs(exported(services, "md", ALL_DAYS).decode())

    other = blocks.index("Notes on other days")
    assert blocks[other + 1 :] == [
        "Saturday 14 March 2026",
        "Rain all day 🌧",
        "Tuesday 10 November 2026",
        "Told my therapist about my sister.",
        "Saturday 5 December 2026",
        "After the week: still calling her.",
    ]
    # The notes of the try-on's days are with their days only, once.
    assert blocks.count("Slept badly, called anyway.") == 1


def test_the_chosen_days_bound_the_other_notes(services, experiment_id) -> None:
    blocks = headings_and_paragraphs(exported(services, "md", NOVEMBER).decode())
    other = blocks.index("Notes on other days")
    assert blocks[other + 1 :] == ["Tuesday 10 November 2026", "Told my therapist about my sister."]


def test_days_with_notes_alone_are_a_diary_to_export(services) -> None:
    services.diary.save_day_note(dt.date(2026, 3, 14), "Rain all day")
    text = exported(services, "md", exports.Selection(first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31))).decode()
    assert headings_and_paragraphs(text)[-3:] == ["Notes on other days", "Saturday 14 March 2026", "Rain all day"]


def test_a_calendar_of_days_with_notes_alone_is_nothing_to_export(services) -> None:
    services.diary.save_day_note(dt.date(2026, 3, 14), "Rain all day")
    with pytest.raises(NothingToExport):
        exported(services, "ics", exports.Selection(first=dt.date(2026, 3, 1), last=dt.date(2026, 3, 31)))


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_markdown_keeps_a_hostile_note_as_text(services, text) -> None:
    services.diary.save_day_note(dt.date(2026, 3, 14), text)
    services.diary.save_day_note(dt.date(2026, 3, 15), "The day after.")

    document = exported(services, "md", ALL_DAYS).decode()
    tokens = parser().parse(document)
    structure = [(token.type, token.tag) for token in tokens if token.type != "inline"]
    # Title, the span, the section's heading, then per note its heading and one paragraph: nothing else.
    note_blocks = [("heading_open", "h3"), ("heading_close", "h3"), ("paragraph_open", "p"), ("paragraph_close", "p")]
    assert structure[-8:] == note_blocks * 2
    note = [token for token in tokens if token.type == "inline"][-3]
    assert {child.type for child in note.children} <= TOKENS_OF_THE_PERSONS_TEXT
    assert headings_and_paragraphs(document)[-1] == "The day after."
    rendered = parser().render(document)
    for raw in ("<script", "<!--", "<img", "<a ", "<div", "<b>", "<pre", "<code", "<table", "<hr", "<blockquote"):
        assert raw not in rendered


def csv_table(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_the_note_last_and_a_row_for_each_other_day(services, experiment_id) -> None:
    header, *rows = csv_table(exported(services, "csv", ALL_DAYS))

    assert header[-1] == "Note for the day"
    by_date = {row[header.index("Date")]: row for row in rows if row[header.index("Value")]}
    assert by_date["2026-11-24"][-1] == "Slept badly, called anyway."
    assert by_date["2026-11-28"][header.index("Day")] == "6"
    assert by_date["2026-11-28"][-1] == "A quiet Saturday.\nNo call today."
    assert by_date["2026-11-23"][-1] == ""
    # After the experiment's rows, in date order, with no value, day, check-in or field.
    others = rows[len(by_date) :]
    assert [(row[header.index("Date")], row[-1]) for row in others] == [
        ("2026-03-14", "Rain all day 🌧"),
        ("2026-11-10", "Told my therapist about my sister."),
        ("2026-12-05", "After the week: still calling her."),
    ]
    assert {cell for row in others for cell in row[:-1] if cell != row[header.index("Date")]} == {""}


def test_a_note_a_spreadsheet_would_run_begins_with_an_apostrophe(services, experiment_id) -> None:
    services.diary.save_day_note(WRITTEN_DAY, '=HYPERLINK("https://evil.example","help")')
    services.diary.save_day_note(dt.date(2026, 3, 14), "@SUM(1+1)")
    _header, *rows = csv_table(exported(services, "csv", ALL_DAYS))
    notes = [row[-1] for row in rows]
    assert '\'=HYPERLINK("https://evil.example","help")' in notes
    assert "'@SUM(1+1)" in notes


def test_the_pdf_prints_notes_with_their_day_and_the_others_on_a_page_after(
    qapp, services, experiment_id, tmp_path
) -> None:
    path = tmp_path / "diary.pdf"
    path.write_bytes(diary_pdf(services.reports.diary(first=dt.date(2026, 11, 1), last=dt.date(2026, 12, 31))))
    pages = page_texts(path)

    days = " ".join(pages[1:-1])
    assert "Day 2 · Tuesday 24 November 2026" in days
    assert "Note for the day Slept badly, called anyway." in days
    assert (
        f"Day 6 · Saturday 28 November 2026 {CHECK_IN_LABEL} No check-in "
        "Note for the day A quiet Saturday. No call today." in days
    )
    assert "Told my therapist" not in days
    # The days a person wrote about count as written on the cover, a note alone too.
    assert "Days written 4" in pages[0]
    assert pages[-1].startswith("DAILY REACTIONS DIARY Notes on other days")
    assert "Tuesday 10 November 2026 Told my therapist about my sister. Saturday 5 December 2026" in pages[-1]
    assert "March" not in pages[-1]
