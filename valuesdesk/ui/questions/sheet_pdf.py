"""The sheet on paper: title, the two column headings and eight aligned rows.

Laid out once as a QTextDocument and rendered on any paged device, so printing and saving a
PDF share one layout (and the PDF can be tested without a dialog). The paper and its margins
(for the printer as for the PDF), the writing of the file and its one error are the diary's too
(``valuesdesk.exports.paper``). Private notes are never printed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPagedPaintDevice, QTextDocument
from PySide6.QtWidgets import QApplication

from valuesdesk.content import ParallelQuestions
from valuesdesk.exports import paper

PRINT_POINT_SIZE = 11
# A quarter of an inch (18 points) all round, as the sheet always had: the eight rows fit one page of A4.
# Printed and saved alike.
PAGE_MARGINS_MM = QMarginsF(6.35, 6.35, 6.35, 6.35)


def sheet_html(sheet: ParallelQuestions) -> str:
    cell = 'width="50%" valign="top" align="left"'
    rows = "".join(
        f"<tr><td {cell}>{html.escape(pair.therapist)}</td><td {cell}>{html.escape(pair.client)}</td></tr>"
        for pair in sheet.pairs
    )
    return (
        f"<h2>{html.escape(sheet.title)}</h2>"
        '<table width="100%" cellspacing="0" cellpadding="8" border="1"'
        ' style="border-collapse: collapse; border-color: #999999;">'
        f"<thead><tr><th {cell}>{html.escape(sheet.therapist_heading)}</th>"
        f"<th {cell}>{html.escape(sheet.client_heading)}</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def sheet_document(sheet: ParallelQuestions) -> QTextDocument:
    document = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSize(PRINT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(sheet_html(sheet))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, sheet.title)
    return document


def render_sheet(device: QPagedPaintDevice, sheet: ParallelQuestions) -> None:
    """Lay the sheet out on ``device``'s pages (a printer or a PDF writer)."""
    sheet_document(sheet).print_(device)


def save_sheet_pdf(path: Path, sheet: ParallelQuestions) -> None:
    """Write the sheet as a PDF on the locale's paper; an existing file is replaced only by a complete
    new one (ExportFailed says why not)."""
    paper.save_pdf(path, sheet.title, PAGE_MARGINS_MM, lambda writer: render_sheet(writer, sheet))
