"""The sheet on paper: title, the two column headings and eight aligned rows.

Laid out once as a QTextDocument and rendered on any paged device, so printing and saving a
PDF share one layout (and the PDF can be tested without a dialog). Private notes are never
printed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPagedPaintDevice, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from valuesdesk import APP_NAME
from valuesdesk.content import ParallelQuestions
from valuesdesk.errors import StorageError
from valuesdesk.files import temporary_beside

PRINT_POINT_SIZE = 11
PAGE_MARGINS_MM = QMarginsF(18, 18, 18, 18)


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
    """Write the sheet as a PDF; an existing file is replaced only by a complete new one."""
    try:
        with temporary_beside(path) as partial:
            writer = QPdfWriter(str(partial))
            writer.setTitle(sheet.title)
            writer.setCreator(APP_NAME)
            writer.setPageLayout(
                QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, PAGE_MARGINS_MM)
            )
            render_sheet(writer, sheet)
            del writer  # the file is complete only once the writer is gone
            if partial.stat().st_size == 0:
                raise OSError("nothing was written")
    except OSError as error:
        raise StorageError(
            "The PDF could not be saved.", detail=f"{path}\n{error.strerror or error}"
        ) from error
