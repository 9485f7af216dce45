"""One paper for the diary and the question sheet: the locale's size, one way to write, one error."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from sample_diary import add_sample_experiment

from valuesdesk.content import parallel_questions
from valuesdesk.errors import ExportFailed
from valuesdesk.exports.diary_document import diary_pdf
from valuesdesk.ui.questions.sheet_pdf import save_sheet_pdf

# Page sizes in PDF points (1/72 inch), rounded.
A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture
def locale():
    """Sets the locale for the test and puts the system's back afterwards."""
    system = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(system)


def page_size(path) -> tuple[int, int]:
    box = PdfReader(path).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.mark.parametrize(
    ("name", "size"),
    [("en_US", LETTER), ("fr_CA", LETTER), ("es_MX", LETTER), ("en_GB", A4), ("de_DE", A4), ("ja_JP", A4)],
)
def test_the_diary_and_the_sheet_are_printed_on_the_locales_paper(qapp, services, tmp_path, locale, name, size) -> None:
    locale(name)
    diary = tmp_path / "diary.pdf"
    diary.write_bytes(diary_pdf(services.reports.diary(add_sample_experiment(services))))
    sheet = tmp_path / "sheet.pdf"
    save_sheet_pdf(sheet, parallel_questions())
    assert page_size(diary) == size
    assert page_size(sheet) == size


def test_a_sheet_that_cannot_be_written_keeps_the_old_file_and_says_which(qapp, tmp_path, monkeypatch) -> None:
    import os

    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(b"the earlier sheet")

    def refuse(*_args) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportFailed, match=r"sheet\.pdf could not be written") as failed:
        save_sheet_pdf(sheet, parallel_questions())
    assert "Permission denied" in failed.value.detail
    assert sheet.read_bytes() == b"the earlier sheet"
    assert [path.name for path in tmp_path.iterdir()] == ["sheet.pdf"]
