"""The printable Daily Reactions Diary: what a therapist reads on paper, on the locale's paper."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from pypdf import PdfReader
from sample_diary import CHECK_INS, DAYS, add_sample_experiment

from valuesdesk import exports
from valuesdesk.content import ten_steps
from valuesdesk.domain import diary_field
from valuesdesk.exports.diary_document import diary_pdf


def page_texts(path) -> list[str]:
    # Extraction may break lines anywhere and keep ligatures ("ﬁ"): fold both away.
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]


def comparable(written: str) -> str:
    """Right-to-left words may be extracted in visual order, and a machine without an emoji font
    draws an empty box: leave both out, and the spaces the reordering moves; the rest of the text
    must be there as written."""
    return "".join(
        char
        for char in written
        if ord(char) <= 0xFFFF and unicodedata.bidirectional(char) not in ("R", "AL", "NSM") and not char.isspace()
    )


def save_diary_pdf(report, path) -> None:
    path.write_bytes(diary_pdf(report))


@pytest.fixture
def pdf(qapp, services, tmp_path):
    experiment_id = add_sample_experiment(services)
    path = tmp_path / "diary.pdf"
    save_diary_pdf(services.reports.diary(experiment_id), path)
    return path


def test_the_first_page_holds_the_value_its_meaning_choices_plan_and_next_session(pdf) -> None:
    first = page_texts(pdf)[0]
    assert "Connection with my family" in first
    assert "Being there for the people I love, even when it feels awkward." in first
    assert "Call my sister" in first and "Write to an old friend" in first
    assert "Cook for my parents" not in first
    assert "Call my sister on Monday evening after dinner." in first and "Find her new number" in first
    bring = ten_steps().step(10).guidance.replace("_____", "").strip()
    assert f"{bring} Tuesday 1 December 2026" in first
    assert "Day 1" not in first


def test_every_day_and_every_written_field_is_in_the_pdf(pdf) -> None:
    text = " ".join(page_texts(pdf)[1:])
    letters = comparable(text)
    for number, day in enumerate(sorted(CHECK_INS), start=1):
        assert f"Day {number} · {day:%A} {day.day} {day:%B %Y}" in text
    for fields in DAYS.values():
        for name, written in fields.items():
            assert diary_field(name).label in text
            assert comparable(written) in letters
    assert "Times I have done it 1" in text and "I thanked my mind for those thoughts Yes" in text
    assert "Did I enact the value? Partly" in text


def test_every_page_has_its_number_and_the_date_range_in_the_footer(pdf) -> None:
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"Page {number} of {len(pages)}")
        assert "Daily Reactions Diary · 23 – 29 November 2026" in text


def test_a_chosen_range_is_what_the_footer_names(qapp, services, tmp_path) -> None:
    experiment_id = add_sample_experiment(services)
    report = services.reports.diary(experiment_id, dt.date(2026, 11, 24), dt.date(2026, 11, 25))
    save_diary_pdf(report, tmp_path / "range.pdf")
    pages = page_texts(tmp_path / "range.pdf")
    assert all("24 – 25 November 2026" in text for text in pages)
    assert "Day 1 ·" not in " ".join(pages) and "Day 3 ·" in " ".join(pages)


def test_a_folder_that_cannot_be_written_is_reported_and_leaves_no_file(qapp, services, tmp_path) -> None:
    from valuesdesk.errors import ExportFailed

    experiment_id = add_sample_experiment(services)
    with pytest.raises(ExportFailed, match=r"diary\.pdf could not be written"):
        exports.export(
            services, exports.DIARY_PDF, exports.Selection(experiment_id), tmp_path / "missing" / "diary.pdf"
        )
    assert not (tmp_path / "missing").exists()


def test_the_persons_words_are_text_on_paper_not_markup(qapp, services, tmp_path, clock) -> None:
    experiment_id = add_sample_experiment(services)
    clock.set(dt.date(2026, 11, 30))  # the sample's days have come: they can be written
    services.diary.save_entry(experiment_id, dt.date(2026, 11, 23), notes="<b>not bold</b> & <i>nor this</i>")
    path = tmp_path / "diary.pdf"
    save_diary_pdf(services.reports.diary(experiment_id), path)
    assert "<b>not bold</b> & <i>nor this</i>" in " ".join(page_texts(path))
