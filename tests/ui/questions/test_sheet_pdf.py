"""Print and PDF: the title, both headings and every question, verbatim, and no private notes."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox

from valuesdesk.content import parallel_questions
from valuesdesk.exports import DIARY_PDF
from valuesdesk.ui.questions.sheet_pdf import save_sheet_pdf

SHEET = parallel_questions()


def normalised(text: str) -> str:
    """Ligatures as letters, one space between words, and no break after a hyphen at a line end."""
    return re.sub(r"-\s+", "-", " ".join(unicodedata.normalize("NFKC", text).split()))


def pdf_text(path: Path) -> str:
    return normalised(" ".join(page.extract_text() for page in PdfReader(path).pages))


def assert_whole_sheet(text: str) -> None:
    for expected in (SHEET.title, SHEET.therapist_heading, SHEET.client_heading):
        assert normalised(expected) in text
    for pair in SHEET.pairs:
        assert normalised(pair.therapist) in text, pair.number
        assert normalised(pair.client) in text, pair.number


def test_the_pdf_holds_the_whole_sheet_verbatim(qapp, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    save_sheet_pdf(path, SHEET)
    reader = PdfReader(path)
    assert reader.metadata.title == SHEET.title
    assert_whole_sheet(pdf_text(path))
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("locale", ["en_GB", "en_US"])  # A4 and the shorter Letter
def test_the_sheet_is_one_page_on_the_locales_paper_with_every_question_once(qapp, tmp_path, locale) -> None:
    system = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        save_sheet_pdf(tmp_path / "sheet.pdf", SHEET)
    finally:
        QLocale.setDefault(system)
    pages = PdfReader(tmp_path / "sheet.pdf").pages
    assert len(pages) == 1
    text = pdf_text(tmp_path / "sheet.pdf")
    for pair in SHEET.pairs:
        assert text.count(normalised(pair.therapist)) == 1, pair.number


def test_the_two_columns_sit_side_by_side(qapp, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    save_sheet_pdf(path, SHEET)
    lines: list[tuple[str, float, float]] = []

    def remember(text, cm, tm, _font, _size) -> None:
        # Page coordinates: the text matrix placed by the current transformation matrix.
        lines.append((" ".join(text.split()), cm[0] * tm[4] + cm[4], cm[3] * tm[5] + cm[5]))

    PdfReader(path).pages[0].extract_text(visitor_text=remember)
    therapist = next((x, y) for text, x, y in lines if text.startswith("Can I make contact"))
    client = next((x, y) for text, x, y in lines if text.startswith("Can you make contact"))
    assert client[1] == pytest.approx(therapist[1])  # the same row
    assert client[0] > therapist[0] + 150  # the next column, to the right (points)


def test_save_as_pdf_from_the_panel_adds_the_extension_and_leaves_notes_out(
    make_window, tmp_path, monkeypatch, qtbot
) -> None:
    offered = []

    def get_save_file_name(parent, caption, suggested, file_filter):
        offered.append((caption, Path(suggested).name, file_filter))
        return str(tmp_path / "for supervision"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    window = make_window()
    window.context.services.therapist_notes.add(1, "SECRET private reflection")
    window.questions_panel.pdf_action.trigger()
    # The PDFs of ValuesDesk are one kind of file, offered alike.
    assert offered == [("Save Sheet as PDF", "Parallel Values Processes.pdf", DIARY_PDF.file_filter)]
    saved = tmp_path / "for supervision.pdf"
    text = pdf_text(saved)
    assert_whole_sheet(text)
    assert "SECRET" not in text
    # The name only: the status bar may be on a shared screen.
    assert window.statusBar().currentMessage() == "Saved the sheet as for supervision.pdf"


def test_a_pdf_that_cannot_be_written_says_so(make_window, tmp_path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "missing" / "x.pdf"), "")
    )
    window = make_window()
    window.questions_panel.pdf_action.trigger()
    assert shown == ["x.pdf could not be written."]
    assert not (tmp_path / "missing").exists()


def printed_page_size(window, printed_pdf: Path, locale: str) -> tuple[int, int]:
    """Print the sheet as a person in ``locale`` would; the size of its first page, in points."""
    system = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        window.questions_panel.print_action.trigger()
    finally:
        QLocale.setDefault(system)
    box = PdfReader(printed_pdf).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_print_lays_out_the_same_sheet(make_window, printed_pdf) -> None:
    window = make_window()
    assert printed_page_size(window, printed_pdf, "en_GB") == (595, 842)  # A4
    assert_whole_sheet(pdf_text(printed_pdf))
    assert window.statusBar().currentMessage() == "The sheet went to the printer."


def test_print_starts_from_the_locales_paper(make_window, printed_pdf) -> None:
    assert printed_page_size(make_window(), printed_pdf, "en_US") == (612, 792)  # Letter


@pytest.fixture
def qapp():
    from valuesdesk.app import application

    return application()
