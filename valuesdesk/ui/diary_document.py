"""The Daily Reactions Diary as a printed document: to a PDF file or to a printer.

Rendered with Qt alone onto any QPagedPaintDevice (QPdfWriter for files, QPrinter for the print
dialog): a QTextDocument lays out the text, and each page is drawn by hand so that every page
gets a footer with the date range and "Page n of m". Paper is white whatever the screen's
theme, so the colours here are fixed rather than taken from the palette.
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from valuesdesk import APP_NAME
from valuesdesk.content import ten_steps
from valuesdesk.dates import long_date, span_text
from valuesdesk.domain import CHECK_IN_LABEL, CheckInOutcome
from valuesdesk.errors import ExportFailed
from valuesdesk.files import export_error, temporary_beside

if TYPE_CHECKING:
    from valuesdesk.services.reports import DiaryReport, ExperimentDiary

DOCUMENT_TITLE = "Daily Reactions Diary"
PDF_RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 18, 20, 14)
FOOTER_HEIGHT_MM = 9
INK = "#222222"
QUIET = "#5f6b76"
ACCENT = "#2f5d62"
RULE = "#c9d3d6"

def _style() -> str:
    """The style sheet. Qt takes CSS lengths as pixels of 1/96 inch, so spacing is given in points and converted."""

    def space(*points: float) -> str:
        return " ".join(f"{round(value * 96 / 72)}px" for value in points)

    return f"""
body {{ color: {INK}; font-family: 'DejaVu Serif', 'Georgia', serif; font-size: 10.5pt; }}
h1 {{ font-family: 'DejaVu Sans', 'Helvetica', sans-serif; font-size: 22pt; font-weight: 600;
      color: {ACCENT}; margin: {space(0, 0, 14, 0)}; }}
h2 {{ font-family: 'DejaVu Sans', 'Helvetica', sans-serif; font-size: 13pt; font-weight: 600;
      color: {ACCENT}; margin: {space(26, 0, 2, 0)}; }}
p.kicker {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: {QUIET}; margin: {space(0, 0, 4, 0)}; }}
p.label {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; font-weight: 600; color: {QUIET};
      margin: {space(11, 0, 2, 0)}; }}
p.text {{ white-space: pre-wrap; margin: 0; line-height: 130%; }}
p.check {{ font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; margin: {space(2, 0, 2, 0)}; }}
p.bring {{ font-size: 11pt; margin: {space(22, 0, 0, 0)}; }}
p.empty {{ color: {QUIET}; font-style: italic; margin: {space(24, 0, 0, 0)}; }}
ul {{ margin: {space(2, 0, 0, 0)}; }}
li {{ white-space: pre-wrap; margin: {space(0, 0, 3, 0)}; }}
table {{ margin: {space(20, 0, 0, 0)}; }}
td {{ padding: {space(3, 16, 3, 0)}; vertical-align: top; }}
td.key {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; font-weight: 600; color: {QUIET}; }}
"""


def _text(text: str) -> str:
    return html.escape(text.strip())


def _direction(text: str) -> str:
    """Text that starts in a right-to-left script is set from the right, as the Unicode rules say."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return ' dir="rtl"'
        if kind == "L":
            break
    return ""


def _paragraph(text: str) -> str:
    return f'<p class="text"{_direction(text)}>{_text(text)}</p>'


def _cover(section: ExperimentDiary, first: bool) -> list[str]:
    page_break = "" if first else ' style="page-break-before: always"'
    parts = [
        f'<p class="kicker"{page_break}>{DOCUMENT_TITLE.upper()}</p>',
        f"<h1>{_text(section.title)}</h1>",
    ]
    if section.value_meaning.strip():
        parts += ['<p class="label">What it means to me</p>', _paragraph(section.value_meaning)]
    if section.chosen_behaviors:
        parts.append('<p class="label">What I chose to do</p><ul>')
        parts += [f"<li>{_text(text)}</li>" for text in section.chosen_behaviors]
        parts.append("</ul>")
    if section.plan.strip() or section.plan_items:
        parts.append('<p class="label">My plan</p>')
        if section.plan.strip():
            parts.append(_paragraph(section.plan))
        if section.plan_items:
            parts.append("<ul>" + "".join(f"<li>{_text(text)}</li>" for text in section.plan_items) + "</ul>")

    facts = []
    if section.plan_at:
        facts.append(("Planned for", f"{long_date(section.plan_at.date())}, {section.plan_at:%H:%M}"))
    if section.start_date:
        span = span_text(section.start_date, section.end_date)
        facts.append(("Trying it on", f"{span} ({section.duration_days} days)"))
    if section.checkin_time:
        facts.append(("Daily check-in", f"{section.checkin_time:%H:%M}"))
    outcomes = Counter(day.check_in for day in section.days if day.check_in)
    if outcomes:
        counts = [f"{outcome.label}: {outcomes[outcome]}" for outcome in CheckInOutcome if outcomes[outcome]]
        facts.append(("Check-ins", ", ".join(counts)))
    facts.append(("Days written", str(sum(1 for day in section.days if day.written()))))
    parts.append('<table cellspacing="0">')
    parts += [f'<tr><td class="key">{key}</td><td>{html.escape(value)}</td></tr>' for key, value in facts]
    parts.append("</table>")
    if section.next_session_date:
        # Step 10's own words, with the blank filled in.
        bring = ten_steps().step(10).guidance.replace("_____", "")
        parts.append(f'<p class="bring">{html.escape(bring)} <b>{long_date(section.next_session_date)}</b></p>')
    return parts


def _days(section: ExperimentDiary) -> list[str]:
    if not section.days:
        return ['<p class="empty">No diary days written yet.</p>']
    parts = []
    for index, day in enumerate(section.days):
        page_break = ' style="page-break-before: always; margin-top: 0"' if index == 0 else ""
        parts += [
            f"<h2{page_break}>{html.escape(day.heading)}</h2>",
            f'<p class="check">{CHECK_IN_LABEL} <b>{day.check_in_text}</b></p>',
        ]
        for label, text in day.written():
            parts += [f'<p class="label">{html.escape(label)}</p>', _paragraph(text)]
    return parts


def diary_html(report: DiaryReport) -> str:
    parts = [f"<html><head><style>{_style()}</style></head><body>"]
    for index, section in enumerate(report.experiments):
        parts += _cover(section, first=index == 0)
        parts += _days(section)
    parts.append("</body></html>")
    return "\n".join(parts)


def footer_text(report: DiaryReport) -> str:
    return f"{DOCUMENT_TITLE} · {report.span}" if report.span else DOCUMENT_TITLE


def default_page_size() -> QPageSize:
    """Letter where the system measures in inches, A4 everywhere else."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def render_diary(report: DiaryReport, device: QPagedPaintDevice) -> int:
    """Draw the diary onto ``device`` page by page; returns the number of pages."""
    resolution = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(resolution)
    # Whole pixels: the layout breaks pages on whole lines only when page heights are exact.
    footer_height = round(FOOTER_HEIGHT_MM / 25.4 * resolution)
    body = QSizeF(page.width(), page.height() - footer_height)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setHtml(diary_html(report))
    document.setPageSize(body)
    page_count = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise ExportFailed("The diary could not be drawn.", detail="The printer or file refused to start a document.")
    try:
        footer_font = QFont("DejaVu Sans")
        footer_font.setPointSizeF(8)
        footer = footer_text(report)
        for number in range(page_count):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            # One pixel short: a line that starts exactly where the next page begins belongs to that page.
            context.clip = QRectF(0, number * body.height(), body.width(), body.height() - 1)
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()

            line_y = body.height() + footer_height * 0.25
            painter.setPen(QColor(RULE))
            painter.drawLine(0, int(line_y), int(body.width()), int(line_y))
            painter.setPen(QColor(QUIET))
            painter.setFont(footer_font)
            footer_box = QRectF(0, line_y, body.width(), footer_height * 0.75)
            painter.drawText(footer_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer)
            page_number = f"Page {number + 1} of {page_count}"
            painter.drawText(footer_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_number)
    finally:
        painter.end()
    return page_count


def save_diary_pdf(report: DiaryReport, path: Path) -> int:
    """Write the diary to a PDF file, whole or not at all; returns the number of pages."""
    path = Path(path)
    try:
        with temporary_beside(path) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setResolution(PDF_RESOLUTION)
            writer.setTitle(DOCUMENT_TITLE)
            writer.setCreator(APP_NAME)
            writer.setPageLayout(
                QPageLayout(
                    default_page_size(), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
                )
            )
            pages = render_diary(report, writer)
            del writer  # let go of the file before it is moved into place
    except OSError as error:
        raise export_error(path, error) from error
    return pages
