"""Paper, for everything ValuesDesk prints or saves as a PDF: the diary and the question sheet.

One page layout (the locale's paper) for a PDF and for a printer alike, one way to draw a PDF
(into memory, then written whole by :func:`valuesdesk.files.write_atomically`) and one error for
a file that could not be made (:class:`~valuesdesk.errors.ExportFailed`). Text is cut into pages
here too (:func:`page_spans`), between whole lines, keeping headings and labels with what they
introduce, and every page draws only its own lines, so that a PDF's text holds each line once.
Characters that no font on the computer can draw are found (:func:`undrawable_characters`), so
that paper can say so instead of printing empty boxes. Importing this module loads Qt; the
exports that need no paper never import it.
"""

from __future__ import annotations

import functools
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMarginsF, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextBlockFormat,
    QTextDocument,
)

from valuesdesk import APP_NAME
from valuesdesk.content import resource_path
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


@functools.cache
def use_bundled_fonts() -> tuple[str, ...]:
    """Make the fonts that ship in resources/fonts known to Qt (once), so that text in them prints
    whatever fonts the computer has: Noto Emoji, for emoji in black and white. The families added."""
    ensure_gui_application()
    families: list[str] = []
    for font in sorted(resource_path("fonts").glob("*.ttf")):
        families += QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(font)))
    return tuple(families)


def pdf_bytes(
    title: str, margins_mm: QMarginsF, draw: Callable[[QPdfWriter], object], *, resolution: int | None = None
) -> bytes:
    """A PDF drawn by ``draw`` on the locale's paper, as bytes."""
    use_bundled_fonts()
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


# The user state (CSS ``-qt-user-state``) of a block that must not be the last thing on a page:
# a heading or a label is printed with at least the first lines of what follows it.
KEEP_WITH_NEXT = 1
# Rows of a table cell start at the same height; they are one row of the page.
_SAME_ROW = 0.5


@dataclass(frozen=True)
class PageSpan:
    """One page of a document laid out on one endless page: its top and bottom there, and the
    numbers of the blocks that have lines on it."""

    top: float
    bottom: float
    blocks: frozenset[int]
    # The paragraph whose first lines were on the page before, if the page starts within one.
    continued: int | None = None

    def text(self, document: QTextDocument) -> str:
        return "\n".join(document.findBlockByNumber(number).text() for number in sorted(self.blocks))


class _Line(NamedTuple):
    """One line of a block, where it lies on the endless page."""

    top: float
    bottom: float
    block: int
    # Its place in the block: the first is 0, and the block has ``lines_in_block``.
    place: int
    lines_in_block: int
    keep_with_next: bool
    break_before: bool


@dataclass(frozen=True)
class _Row:
    """Lines that start at one height: one line of a paragraph, or one row of a table."""

    top: float
    bottom: float
    blocks: tuple[int, ...]
    # For a row of one line: its place in its paragraph, as (index, number of lines).
    place: tuple[int, int] | None
    keep_with_next: bool
    break_before: bool

    @classmethod
    def of(cls, lines: list[_Line]) -> _Row:
        return cls(
            top=lines[0].top,
            bottom=max(line.bottom for line in lines),
            blocks=tuple(line.block for line in lines),
            place=(lines[0].place, lines[0].lines_in_block) if len(lines) == 1 else None,
            keep_with_next=any(line.keep_with_next for line in lines),
            break_before=any(line.break_before and line.place == 0 for line in lines),
        )


def _lines(document: QTextDocument) -> list[_Line]:
    layout = document.documentLayout()
    lines = []
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        top = layout.blockBoundingRect(block).top()
        keep = block.userState() == KEEP_WITH_NEXT
        forced = bool(block.blockFormat().pageBreakPolicy() & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        count = text_layout.lineCount()
        for index in range(count):
            line = text_layout.lineAt(index)
            line_top = top + line.y()
            lines.append(_Line(line_top, line_top + line.height(), block.blockNumber(), index, count, keep, forced))
        block = block.next()
    return sorted(lines, key=lambda line: (line.top, line.block))


def _rows(document: QTextDocument) -> list[_Row]:
    rows: list[_Row] = []
    group: list[_Line] = []
    for line in _lines(document):
        if group and line.top - group[0].top > _SAME_ROW:
            rows.append(_Row.of(group))
            group = []
        group.append(line)
    if group:
        rows.append(_Row.of(group))
    return rows


def _earlier_break(rows: list[_Row], first_row_of: dict[int, int], at: int) -> int | None:
    """Where a page break before ``rows[at]`` should move to keep things together; None where it may stay."""
    before, after = rows[at - 1], rows[at]
    if before.keep_with_next:
        return first_row_of[before.blocks[0]]
    if before.place and after.place and before.blocks == after.blocks:
        if before.place[0] == 0:
            # The first line of a paragraph alone at the foot goes over with the rest.
            return at - 1
        index, count = after.place
        if index == count - 1 and count >= 3:
            # Nor does the last line go over alone: one more goes with it.
            return at - 1
    return None


def page_spans(document: QTextDocument, page_height: float) -> list[PageSpan]:
    """Cut ``document`` (laid out on one endless page) into pages of ``page_height``.

    Breaks fall between whole lines and where a block asks for one (``page-break-before``); a block
    marked :data:`KEEP_WITH_NEXT` never ends a page, a paragraph leaves neither its first nor its
    last line alone, unless keeping them together would leave a page empty.
    """
    rows = _rows(document)
    first_row_of: dict[int, int] = {}
    for index, row in enumerate(rows):
        for block in row.blocks:
            first_row_of.setdefault(block, index)
    # The first page starts at the document's top, with its margin; every other at the top of its first line.
    tops: list[float] = []
    starts: list[int] = []
    start = 0
    while start < len(rows):
        top = rows[start].top if starts else 0.0
        tops.append(top)
        starts.append(start)
        end = start + 1
        while end < len(rows) and not rows[end].break_before and rows[end].bottom - top <= page_height:
            end += 1
        if end < len(rows) and not rows[end].break_before:
            kept = end
            while (earlier := _earlier_break(rows, first_row_of, kept)) is not None and earlier > start:
                kept = earlier
            # A chain that reaches the page's top cannot be kept: the page breaks where it is full.
            end = kept if _earlier_break(rows, first_row_of, kept) is None else end
        start = end
    ends = [*starts[1:], len(rows)]
    return [
        PageSpan(
            top=top,
            bottom=rows[end].top if end < len(rows) else top + page_height,
            blocks=frozenset(block for row in rows[start:end] for block in row.blocks),
            continued=_continued(rows[start]),
        )
        for top, start, end in zip(tops, starts, ends, strict=True)
    ]


def _continued(row: _Row) -> int | None:
    """The paragraph a page that starts with ``row`` goes on with, if it starts within one."""
    return row.blocks[0] if row.place and row.place[0] > 0 else None


def draw_page(painter: QPainter, document: QTextDocument, span: PageSpan, width: float) -> None:
    """Draw the lines of one page at the painter's origin: only those, so none is in two pages' text."""
    painter.save()
    painter.translate(0, -span.top)
    painter.setClipRect(QRectF(0, span.top, width, span.bottom - span.top))
    layout = document.documentLayout()
    top = span.top
    if span.continued is not None:
        # Qt draws a paragraph from one line above the clip (QTextLayout::draw takes the last line
        # above it as the first), which would print the page before's last line again: the lines
        # of a paragraph that goes on from the page before are drawn here one by one instead.
        block = document.findBlockByNumber(span.continued)
        origin = layout.blockBoundingRect(block).topLeft()
        text_layout = block.layout()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            if span.top <= origin.y() + line.y() < span.bottom:
                line.draw(painter, origin)
        top = max(top, layout.blockBoundingRect(block).bottom())
    context = QAbstractTextDocumentLayout.PaintContext()
    # A hair inside the page: the layout draws every block that touches its clip.
    context.clip = QRectF(0, top + 0.5, width, span.bottom - top - 1)
    if context.clip.height() > 0:
        layout.draw(painter, context)
    painter.restore()


# What a character no font can draw looks like on paper.
BOX = "□"
# Characters that are not looked for on their own: spaces, controls, joiners, emoji variation
# selectors and combining marks (drawn with the letter they sit on, by its font).
_NOT_DRAWN = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})


@functools.cache
def _installed_fonts(families: tuple[str, ...]) -> tuple[QRawFont, ...]:
    fonts = (QRawFont.fromFont(QFont(family)) for family in families)
    return tuple(font for font in fonts if font.isValid())


def undrawable_characters(text: str, families: Iterable[str] | None = None) -> list[str]:
    """The characters of ``text`` that no font (of ``families``, every installed one by default) can
    draw, in the order they first appear: on paper they would be empty boxes."""
    use_bundled_fonts()
    fonts = _installed_fonts(tuple(QFontDatabase.families() if families is None else families))
    missing: dict[str, None] = {}
    for char in dict.fromkeys(text):
        if ord(char) < 0x80 or char in missing or unicodedata.category(char) in _NOT_DRAWN:
            continue
        if not any(font.supportsCharacter(ord(char)) for font in fonts):
            missing[char] = None
    return list(missing)


def undrawable_notice(characters: Iterable[str]) -> str:
    """Says which characters are printed as boxes, by their Unicode names; empty when there are none."""
    names = [f"{unicodedata.name(char, 'unnamed').title()} (U+{ord(char):04X})" for char in characters]
    if not names:
        return ""
    return f"{BOX} stands for what no font on the computer that made this could draw: {', '.join(names)}."
