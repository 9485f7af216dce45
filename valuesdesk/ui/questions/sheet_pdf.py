"""The sheet on paper: title, the two column headings and eight aligned rows, on one page.

Laid out once as a QTextDocument and rendered on any paged device, so printing and saving a
PDF share one layout (and the PDF can be tested without a dialog). The paper and its margins
(for the printer as for the PDF), the cutting into pages, the writing of the file and its one
error are the diary's too (``valuesdesk.exports.paper``). The sheet is a one-page handout: on
shorter paper (Letter) its text is set a little smaller so that it stays one page. Private notes
are never printed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication

from valuesdesk.content import ParallelQuestions
from valuesdesk.exports import paper

PRINT_POINT_SIZE = 11.0
# Where the text stops getting smaller to stay on one page; a sheet longer than that goes on to a second.
SMALLEST_POINT_SIZE = 8.0
# A quarter of an inch (18 points) all round, as the sheet always had, and 2 cm around the sheet
# inside them (what Qt's printing of a document always added). Printed and saved alike.
PAGE_MARGINS_MM = QMarginsF(6.35, 6.35, 6.35, 6.35)
SHEET_MARGIN_MM = 20


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


def sheet_document(sheet: ParallelQuestions, point_size: float = PRINT_POINT_SIZE) -> QTextDocument:
    document = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    document.setDefaultFont(font)
    document.setHtml(sheet_html(sheet))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, sheet.title)
    return document


def render_sheet(device: QPagedPaintDevice, sheet: ParallelQuestions) -> None:
    """Lay the sheet out on ``device``'s pages (a printer or a PDF writer): one page, whatever the paper."""
    resolution = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(resolution)
    point_size = PRINT_POINT_SIZE
    while True:
        document = sheet_document(sheet, point_size)
        document.documentLayout().setPaintDevice(device)
        # In CSS pixels (1/96 inch), as every length of a document is; the layout scales them to the device.
        document.setDocumentMargin(SHEET_MARGIN_MM / 25.4 * 96)
        document.setTextWidth(page.width())
        if document.size().height() <= page.height() or point_size <= SMALLEST_POINT_SIZE:
            break
        point_size -= 0.5
    painter = QPainter(device)
    try:
        for number, span in enumerate(paper.page_spans(document, page.height())):
            if number:
                device.newPage()
            paper.draw_page(painter, document, span, page.width())
    finally:
        painter.end()


def save_sheet_pdf(path: Path, sheet: ParallelQuestions) -> None:
    """Write the sheet as a PDF on the locale's paper; an existing file is replaced only by a complete
    new one (ExportFailed says why not)."""
    paper.save_pdf(path, sheet.title, PAGE_MARGINS_MM, lambda writer: render_sheet(writer, sheet))
