"""The Daily Reactions Diary as a PDF, to print or bring to session.

Declared without Qt: the document is drawn by :mod:`valuesdesk.exports.diary_document`, which
loads Qt only when a PDF is made, so that the other exports and imports never load it.
:data:`DIARY_PDF` is also the format of everything else ValuesDesk puts on paper: File ▸ Save
Diary as PDF… and Print Diary… choose its diary, and the question sheet is saved as a file of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from valuesdesk.exports import diary_text
from valuesdesk.exports.registry import ExportFormat, register_format
from valuesdesk.exports.sources import DIARY

if TYPE_CHECKING:
    from valuesdesk.services.reports import DiaryReport


def pdf_bytes(report: DiaryReport) -> bytes:
    from valuesdesk.exports.diary_document import diary_pdf

    return diary_pdf(report)


def undrawable_notice(report: DiaryReport) -> str:
    """What the PDF's footer says of characters no font on this computer can draw, for the window
    and the command line to say too; empty when every character can be drawn."""
    from valuesdesk.exports import paper
    from valuesdesk.exports.diary_document import undrawable_characters

    return paper.undrawable_notice(undrawable_characters(report))


DIARY_PDF: ExportFormat[DiaryReport] = ExportFormat(
    key="pdf",
    label="Diary as a PDF, to print or bring to session",
    suffix=".pdf",
    file_filter="PDF document (*.pdf)",
    title=diary_text.DOCUMENT_TITLE,
    source=DIARY,
    render=pdf_bytes,
    notice=undrawable_notice,
)
register_format(DIARY_PDF)
