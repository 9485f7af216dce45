"""Paper that reads well: pages break between whole lines, never after a heading or a label, hold
each line once, set right-to-left text from the right, and name the characters no font can draw."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFont, QTextDocument
from sample_diary import add_sample_experiment

from valuesdesk.domain import CHECK_IN_LABEL, DIARY_FIELDS
from valuesdesk.exports import diary_pdf, diary_text, paper
from valuesdesk.exports.diary_document import diary_pdf as diary_pdf_bytes
from valuesdesk.services.demo import write_demo_data
from valuesdesk.store.models import Behavior, Experiment, PlanItem

LABELS = {field.label for field in DIARY_FIELDS} | {
    diary_text.MEANING_LABEL,
    diary_text.CHOSEN_LABEL,
    diary_text.PLAN_LABEL,
    CHECK_IN_LABEL,
}
# The moment of tests/conftest.py's frozen clock, for the module's one year of data.
FROZEN_NOW = dt.datetime(2026, 11, 18, 10, 30, tzinfo=dt.UTC)
DAY_HEADING = re.compile(r"^Day \d+ · ")
FOOTER = re.compile(r"^Daily Reactions Diary( · |$)")


def page_lines(path: Path) -> list[list[str]]:
    """Each page's lines of text, ligatures as letters and one space between words."""
    pages = []
    for page in PdfReader(path).pages:
        text = unicodedata.normalize("NFKC", page.extract_text())
        pages.append([" ".join(line.split()) for line in text.splitlines() if line.strip()])
    return pages


def body(lines: list[str]) -> list[str]:
    """A page's lines above its footer."""
    return lines[: next(index for index, line in enumerate(lines) if FOOTER.match(line))]


def ends_alone(lines: list[str], next_lines: list[str]) -> bool:
    """Whether a page's text ends with something that introduces what the next page holds: a label, a
    day's heading, or its check-in line (whose answer is extracted as a line of its own) with the day's
    fields over the page."""
    last = lines[-1]
    if last in LABELS or DAY_HEADING.match(last):
        return True
    return len(lines) > 1 and lines[-2] == CHECK_IN_LABEL and next_lines[0] in LABELS


@pytest.fixture(scope="module")
def year_pages(qapp, tmp_path_factory) -> list[list[str]]:
    """The lines above the footer of each page of a diary PDF of a year of sample data, as
    `valuesdesk demo --years 1 --seed 3` writes it: its last four months (about 100 pages). Made once
    for the module, as the text extraction takes a while, in its own data folder on the frozen clock."""
    from valuesdesk.domain import dates
    from valuesdesk.services import open_services

    dates.set_clock(lambda: FROZEN_NOW)
    services = open_services(tmp_path_factory.mktemp("year") / "data")
    try:
        write_demo_data(services.database, years=1, seed=3)
        today = FROZEN_NOW.date()
        report = services.reports.diary(first=today - dt.timedelta(days=120), last=today)
        path = tmp_path_factory.mktemp("pdf") / "year.pdf"
        path.write_bytes(diary_pdf_bytes(report))
    finally:
        services.close()
        dates.set_clock(None)
    return [body(lines) for lines in page_lines(path)]


def test_no_page_ends_with_a_heading_or_a_label(year_pages) -> None:
    assert len(year_pages) > 80
    alone = [number for number, lines in enumerate(year_pages[:-1], start=1) if ends_alone(lines, year_pages[number])]
    assert alone == []


def test_the_line_at_each_page_break_is_in_the_text_once(year_pages) -> None:
    pairs = itertools.pairwise(year_pages)
    doubled = [number for number, (this, following) in enumerate(pairs, start=1) if this[-1] == following[0]]
    assert doubled == []
    # Each experiment numbers its days from 1: a heading comes again only after another experiment's cover.
    headings = [line for lines in year_pages for line in lines if DAY_HEADING.match(line)]
    covers = sum(1 for lines in year_pages for line in lines if line == diary_text.DOCUMENT_TITLE.upper())
    assert len(headings) - len(set(headings)) < covers


# Right to left


def word_positions(path: Path, page: int) -> dict[str, float]:
    """Where each right-to-left word starts on a page (PDF points from the left), by its logical spelling.

    Qt writes a right-to-left word as its glyphs in visual order, Arabic in presentation forms:
    read back, folded and reversed, it is the word as typed."""
    positions: dict[str, float] = {}

    def remember(text: str, cm, tm, _font, _size) -> None:
        for word in text.split():
            if any(unicodedata.bidirectional(char) in ("R", "AL") for char in word):
                positions[unicodedata.normalize("NFKC", word[::-1])] = cm[0] * tm[4] + cm[4]

    PdfReader(path).pages[page].extract_text(visitor_text=remember)
    return positions


def assert_right_to_left(positions: dict[str, float], sentence: str, page_width: float) -> None:
    xs = [positions[word] for word in sentence.split()]
    # The first word starts at the right, and every next word stands to the left of the one before.
    assert xs[0] > page_width / 2, sentence
    assert xs == sorted(xs, reverse=True), sentence


HEBREW_BEHAVIOUR = "להתקשר לאחותי בערב"
ARABIC_PLAN_ITEM = "أتصل بأختي مساء الاثنين"
HEBREW_PLAN = "לקנות פרחים ביום שני"


@pytest.fixture
def right_to_left_pdf(qapp, services, tmp_path) -> Path:
    experiment_id = add_sample_experiment(services, value_name="קשר עם המשפחה")
    with services.database.transaction() as session:
        experiment = session.get(Experiment, experiment_id)
        experiment.behaviors.append(Behavior(position=3, text=HEBREW_BEHAVIOUR, chosen=True))
        experiment.plan_items.append(PlanItem(position=1, text=ARABIC_PLAN_ITEM))
        experiment.plan = HEBREW_PLAN
    path = tmp_path / "rtl.pdf"
    path.write_bytes(diary_pdf_bytes(services.reports.diary(experiment_id)))
    return path


def test_right_to_left_behaviours_plan_and_plan_items_are_set_from_the_right(right_to_left_pdf) -> None:
    width = float(PdfReader(right_to_left_pdf).pages[0].mediabox.width)
    cover = word_positions(right_to_left_pdf, 0)
    for sentence in (HEBREW_BEHAVIOUR, HEBREW_PLAN, ARABIC_PLAN_ITEM):
        assert_right_to_left(cover, sentence, width)
    # Left-to-right items beside them stay at the left margin.
    assert "Call my sister" in " ".join(page_lines(right_to_left_pdf)[0])


def test_a_right_to_left_diary_field_is_set_from_the_right(right_to_left_pdf) -> None:
    pages = page_lines(right_to_left_pdf)
    width = float(PdfReader(right_to_left_pdf).pages[0].mediabox.width)
    # The sample's fourth day holds "كان ذلك جيدًا" under Evaluations and judgments.
    page = next(number for number, lines in enumerate(pages) if any(line.startswith("Day 4 ·") for line in lines))
    positions = {**word_positions(right_to_left_pdf, page), **word_positions(right_to_left_pdf, len(pages) - 1)}
    assert_right_to_left(positions, "كان ذلك", width)


# Characters no font can draw


def test_characters_no_font_can_draw_are_found_by_name(qapp) -> None:
    # Spaces, the emoji variation selector and joiners are not drawn themselves; Hebrew is in DejaVu Sans.
    text = "Proud 🌱 and 한 ❤\ufe0f a\u200db שלום"
    assert paper.undrawable_characters(text, families=["DejaVu Sans"]) == ["🌱", "한"]
    assert paper.undrawable_characters(text, families=["DejaVu Sans", "Noto Emoji"]) == ["한"]
    assert paper.undrawable_notice(["🌱", "한"]) == (
        "□ stands for what no font on the computer that made this could draw: "
        "Seedling (U+1F331), Hangul Syllable Han (U+D55C)."
    )
    assert paper.undrawable_notice([]) == ""


def test_emoji_print_in_the_font_that_ships_with_valuesdesk(qapp, services, tmp_path) -> None:
    experiment_id = add_sample_experiment(services)  # its second day ends with "🌱"
    report = services.reports.diary(experiment_id)
    path = tmp_path / "diary.pdf"
    path.write_bytes(diary_pdf_bytes(report))
    assert "Noto Emoji" in paper.use_bundled_fonts()
    assert diary_pdf.undrawable_notice(report) == ""
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(path).pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any("NotoEmoji" in font for font in fonts), fonts
    assert not any(paper.BOX in line for lines in page_lines(path) for line in lines)


def test_the_footer_of_a_page_with_a_character_no_font_can_draw_names_it(qapp, services, tmp_path, clock) -> None:
    hangul = "한"  # Korean: no font that ValuesDesk ships, and none on a machine without Korean fonts
    if not paper.undrawable_characters(hangul):
        pytest.skip("a font on this computer draws Korean")
    experiment_id = add_sample_experiment(services)
    clock.set(dt.date(2026, 11, 30))  # the sample's days have come: they can be written
    services.diary.save_entry(experiment_id, dt.date(2026, 11, 25), notes=f"Learnt a word: {hangul}")
    report = services.reports.diary(experiment_id)
    path = tmp_path / "diary.pdf"
    path.write_bytes(diary_pdf_bytes(report))
    notice = paper.undrawable_notice([hangul])
    assert diary_pdf.undrawable_notice(report) == notice
    pages = page_lines(path)
    with_hangul = {number for number, lines in enumerate(pages) if any("Learnt a word" in line for line in lines)}
    assert len(with_hangul) == 1
    for number, lines in enumerate(pages):
        text = " ".join(lines)
        assert (notice in text) == (number in with_hangul), number
        assert text.endswith(f"Page {number + 1} of {len(pages)}")


# Page breaks, line by line


def laid_out(html: str) -> tuple[QTextDocument, list[float]]:
    """A document on one endless page of 400 px wide, with the top of every line, in order."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    style = f"<style>p.label {{ -qt-user-state: {paper.KEEP_WITH_NEXT}; }} p {{ margin: 0; }}</style>"
    document.setHtml(f"<html><head>{style}</head><body>{html}</body></html>")
    document.setTextWidth(400)
    tops = []
    block = document.begin()
    while block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        tops += [top + block.layout().lineAt(index).y() for index in range(block.layout().lineCount())]
        block = block.next()
    return document, tops


def lines_of(count: int, word: str) -> str:
    return "<br>".join(f"{word} {number}" for number in range(count))


def test_a_label_at_the_foot_of_a_page_goes_to_the_next_with_its_text(qapp) -> None:
    document, tops = laid_out(f"<p>{lines_of(5, 'first')}</p><p class='label'>Label</p><p>{lines_of(5, 'text')}</p>")
    line = tops[1] - tops[0]
    # Room for the five lines and the label, not for the label's text.
    spans = paper.page_spans(document, tops[5] + line * 1.5)
    assert [span.top for span in spans] == [tops[0], tops[5]]


def test_a_paragraphs_first_line_is_not_left_alone_at_a_foot_nor_its_last_alone_at_a_top(qapp) -> None:
    document, tops = laid_out(f"<p>{lines_of(5, 'first')}</p><p>{' '.join(['word'] * 200)}</p>")
    line = tops[1] - tops[0]
    # Room for the first paragraph and one line of the second: that line goes with the rest of its paragraph.
    assert [span.top for span in paper.page_spans(document, tops[5] + line * 1.5)][:2] == [tops[0], tops[5]]
    # Room for all but the second paragraph's last line: the line before it goes over too.
    last = len(tops) - 1
    assert [span.top for span in paper.page_spans(document, tops[last] - tops[0] + line * 0.5)] == [
        tops[0],
        tops[last - 1],
    ]


def test_a_page_break_asked_for_is_kept_and_a_label_too_long_to_keep_still_breaks(qapp) -> None:
    document, tops = laid_out(f"<p>one</p><p style='page-break-before: always'>two</p><p>{lines_of(3, 'x')}</p>")
    assert [span.top for span in paper.page_spans(document, 1000)] == [tops[0], tops[1]]
    document, tops = laid_out(f"<p class='label'>Label</p><p>{lines_of(6, 'text')}</p>")
    line = tops[1] - tops[0]
    # A page holds the label and one line only: keeping them with more would leave no page that fits.
    spans = paper.page_spans(document, line * 1.9)
    assert len(spans) > 1 and all(span.top < following.top for span, following in itertools.pairwise(spans))
