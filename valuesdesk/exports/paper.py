"""Paper, for everything ValuesDesk prints or saves as a PDF: the diary and the question sheet.

One page layout (the locale's paper) for a PDF and for a printer alike, one way to draw a PDF
(into memory, then written whole by :func:`valuesdesk.files.write_atomically`) and one error for
a file that could not be made (:class:`~valuesdesk.errors.ExportFailed`). Importing this module
loads Qt; the exports that need no paper never import it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter

from valuesdesk import APP_NAME
from valuesdesk.errors import ExportFailed
from valuesdesk.files import write_atomically

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Where Letter is the usual paper rather than A4 (the territories on which the Unicode CLDR and
# glibc's locale data agree): the United States and Canada, Mexico, the Philippines and Puerto
# Rico, and much of Central and South America.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.Venezuela,
    }
)


def page_size(locale: QLocale | None = None) -> QPageSize:
    """The paper of ``locale`` (the system's by default): Letter where it is usual, A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    return QPageSize(QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4)


def page_layout(margins_mm: QMarginsF) -> QPageLayout:
    """A portrait page of the locale's paper with these margins."""
    return QPageLayout(page_size(), QPageLayout.Orientation.Portrait, margins_mm, QPageLayout.Unit.Millimeter)


def printer(title: str, margins_mm: QMarginsF) -> QPrinter:
    """A printer set to the locale's paper with these margins, as a PDF of the same document would be;
    the print dialog starts from it, and the person may choose other paper there."""
    # Print support loads only when someone prints.
    from PySide6.QtPrintSupport import QPrinter

    chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
    chosen.setDocName(title)
    chosen.setPageLayout(page_layout(margins_mm))
    return chosen


def ensure_gui_application() -> None:
    """Qt's font engine lays out the text and needs a GUI application. The window has one; the
    command line gets one offscreen, so that no display is ever needed."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # PySide keeps the application alive once made.
        QGuiApplication(sys.argv[:1])


def pdf_bytes(
    title: str, margins_mm: QMarginsF, draw: Callable[[QPdfWriter], object], *, resolution: int | None = None
) -> bytes:
    """A PDF drawn by ``draw`` on the locale's paper, as bytes."""
    ensure_gui_application()
    content = QByteArray()
    buffer = QBuffer(content)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    if resolution is not None:
        writer.setResolution(resolution)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setPageLayout(page_layout(margins_mm))
    draw(writer)
    del writer  # the document is finished only once the writer is gone
    buffer.close()
    data = bytes(content.data())
    if not data:
        raise ExportFailed(f"{title} could not be drawn.", detail="Qt drew no pages.")
    return data


def save_pdf(path: Path, title: str, margins_mm: QMarginsF, draw: Callable[[QPdfWriter], object]) -> None:
    """Draw a PDF and write it to ``path`` whole, or raise ExportFailed and leave what was there."""
    write_atomically(path, pdf_bytes(title, margins_mm, draw))
