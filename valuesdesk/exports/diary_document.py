"""The Daily Reactions Diary as a printed document: to a PDF or to a printer.

Rendered with Qt alone onto any QPagedPaintDevice (QPdfWriter for files, QPrinter for the print
dialog): a QTextDocument lays out the text on one endless page, :func:`paper.page_spans` cuts it
into pages between whole lines (a day's heading, the check-in line and every field label stay
with what follows them), and each page is drawn by hand, with a footer naming the date range and
"Page n of m", and any characters no font here can draw. Text that starts in a right-to-left
script is set from the right. Paper is white whatever the screen's theme, so the colours here are
fixed rather than taken from the palette. Importing this module loads Qt: the PDF format
(``diary_pdf``) imports it only when a PDF is made.
"""

from __future__ import annotations

import html
import unicodedata
from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QTextDocument

from valuesdesk.content import ten_steps
from valuesdesk.domain import CHECK_IN_LABEL, CheckInOutcome, dates
from valuesdesk.domain.dates import long_date
from valuesdesk.errors import ExportFailed
from valuesdesk.exports import diary_text, paper
from valuesdesk.exports.diary_text import DOCUMENT_TITLE
from valuesdesk.exports.values_check_text import checks_html
from valuesdesk.services.reports import DiaryReport, ExperimentDiary

PDF_RESOLUTION = 300
MARGINS_MM = QMarginsF(20, 18, 20, 14)
FOOTER_HEIGHT_MM = 9
# With a line more, for the characters no font here can draw.
FOOTER_WITH_NOTICE_MM = 13
INK = "#222222"
QUIET = "#5f6b76"
ACCENT = "#2f5d62"
RULE = "#c9d3d6"


def _style() -> str:
    """The style sheet. Qt takes CSS lengths as pixels of 1/96 inch, so spacing is given in points and converted."""

    def space(*points: float) -> str:
        return " ".join(f"{round(value * 96 / 72)}px" for value in points)

    keep = f"-qt-user-state: {paper.KEEP_WITH_NEXT};"
    return f"""
body {{ color: {INK}; font-family: 'DejaVu Serif', 'Georgia', serif; font-size: 10.5pt; }}
h1 {{ font-family: 'DejaVu Sans', 'Helvetica', sans-serif; font-size: 22pt; font-weight: 600;
      color: {ACCENT}; margin: {space(0, 0, 14, 0)}; {keep} }}
h2 {{ font-family: 'DejaVu Sans', 'Helvetica', sans-serif; font-size: 13pt; font-weight: 600;
      color: {ACCENT}; margin: {space(26, 0, 2, 0)}; {keep} }}
p.kicker {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: {QUIET};
      margin: {space(0, 0, 4, 0)}; {keep} }}
p.label {{ font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; font-weight: 600; color: {QUIET};
      margin: {space(11, 0, 2, 0)}; {keep} }}
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


def _items(texts: Sequence[str]) -> str:
    """A list of the person's lines, each set in its own direction."""
    return "<ul>" + "".join(f"<li{_direction(text)}>{_text(text)}</li>" for text in texts) + "</ul>"


def _cover(section: ExperimentDiary, first: bool) -> list[str]:
    page_break = "" if first else ' style="page-break-before: always"'
    parts = [
        f'<p class="kicker"{page_break}>{DOCUMENT_TITLE.upper()}</p>',
        f"<h1{_direction(section.title)}>{_text(section.title)}</h1>",
    ]
    if section.value_meaning.strip():
        parts += [f'<p class="label">{diary_text.MEANING_LABEL}</p>', _paragraph(section.value_meaning)]
    if section.chosen_behaviors:
        parts += [f'<p class="label">{diary_text.CHOSEN_LABEL}</p>', _items(section.chosen_behaviors)]
    if section.plan.strip() or section.plan_items:
        parts.append(f'<p class="label">{diary_text.PLAN_LABEL}</p>')
        if section.plan.strip():
            parts.append(_paragraph(section.plan))
        if section.plan_items:
            parts.append(_items(section.plan_items))

    facts = []
    if diary_text.planned_for(section):
        facts.append(("Planned for", diary_text.planned_for(section)))
    if diary_text.trying_on(section):
        facts.append(("Trying it on", f"{diary_text.trying_on(section)} ({section.lifecycle.duration_days} days)"))
    if section.checkin_time:
        facts.append(("Daily check-in", section.checkin_time.strftime(dates.CLOCK_TIME)))
    outcomes = Counter(day.check_in for day in section.days if day.check_in)
    if outcomes:
        counts = [f"{outcome.label}: {outcomes[outcome]}" for outcome in CheckInOutcome if outcomes[outcome]]
        facts.append(("Check-ins", ", ".join(counts)))
    facts.append(("Days written", str(sum(1 for day in section.days if diary_text.written(day) or day.note.strip()))))
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
        return [f'<p class="empty">{diary_text.NO_DAYS}</p>']
    parts = []
    for index, day in enumerate(section.days):
        page_break = ' style="page-break-before: always; margin-top: 0"' if index == 0 else ""
        fields = [(field.label, text) for field, text in diary_text.written(day)]
        if day.note.strip():
            fields.append((diary_text.NOTE_LABEL, day.note))
        # The check-in line keeps with the day's first field; a day of a check-in alone may end a page.
        keep = f' style="-qt-user-state: {paper.KEEP_WITH_NEXT}"' if fields else ""
        parts += [
            f"<h2{page_break}>{html.escape(diary_text.day_heading(day))}</h2>",
            f'<p class="check"{keep}>{CHECK_IN_LABEL} <b>{diary_text.check_in_text(day)}</b></p>',
        ]
        for label, text in fields:
            parts += [f'<p class="label">{html.escape(label)}</p>', _paragraph(text)]
    return parts


def _other_notes(report: DiaryReport) -> list[str]:
    """The notes on days of no experiment, after the experiments on a page of their own, in date order."""
    if not report.other_notes:
        return []
    page_break = ' style="page-break-before: always"' if report.experiments else ""
    parts = [
        f'<p class="kicker"{page_break}>{DOCUMENT_TITLE.upper()}</p>',
        f"<h1>{html.escape(diary_text.OTHER_NOTES_TITLE)}</h1>",
    ]
    for note in report.other_notes:
        parts += [f"<h2>{html.escape(long_date(note.day))}</h2>", _paragraph(note.text)]
    return parts


def diary_html(report: DiaryReport) -> str:
    parts = [f"<html><head><style>{_style()}</style></head><body>"]
    for index, section in enumerate(report.experiments):
        parts += _cover(section, first=index == 0)
        parts += checks_html(section)
        parts += _days(section)
    parts += _other_notes(report)
    parts.append("</body></html>")
    return "\n".join(parts)


def footer_text(report: DiaryReport) -> str:
    span = diary_text.span(report)
    return f"{DOCUMENT_TITLE} · {span}" if span else DOCUMENT_TITLE


def undrawable_characters(report: DiaryReport) -> list[str]:
    """The characters of the diary that no font on this computer can draw (they print as boxes)."""
    return paper.undrawable_characters(diary_html(report))


def render_diary(report: DiaryReport, device: QPagedPaintDevice) -> int:
    """Draw the diary onto ``device`` page by page; returns the number of pages."""
    paper.use_bundled_fonts()
    resolution = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(resolution)
    markup = diary_html(report)
    undrawable = paper.undrawable_characters(markup)
    footer_height = (FOOTER_WITH_NOTICE_MM if undrawable else FOOTER_HEIGHT_MM) / 25.4 * resolution
    body_height = page.height() - footer_height

    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(QFont("DejaVu Serif", 10))
    document.setHtml(markup)
    document.setTextWidth(page.width())
    spans = paper.page_spans(document, body_height)

    painter = QPainter()
    if not painter.begin(device):
        raise ExportFailed("The diary could not be drawn.", detail="The printer or file refused to start a document.")
    try:
        footer_font = QFont("DejaVu Sans")
        footer_font.setPointSizeF(8)
        footer = footer_text(report)
        line_height = 4 / 25.4 * resolution
        for number, span in enumerate(spans):
            if number:
                device.newPage()
            paper.draw_page(painter, document, span, page.width())

            rule_y = body_height + 2 / 25.4 * resolution
            painter.setPen(QColor(RULE))
            painter.drawLine(0, int(rule_y), page.width(), int(rule_y))
            painter.setPen(QColor(QUIET))
            painter.setFont(footer_font)
            footer_box = QRectF(0, rule_y, page.width(), line_height * 1.5)
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            on_page = [char for char in undrawable if char in span.text(document)]
            if on_page:
                # Drawn first, under the footer: the footer's page number stays the page's last words.
                painter.drawText(footer_box.translated(0, line_height), left, paper.undrawable_notice(on_page))
            painter.drawText(footer_box, left, footer)
            page_number = f"Page {number + 1} of {len(spans)}"
            painter.drawText(footer_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_number)
    finally:
        painter.end()
    return len(spans)


def diary_pdf(report: DiaryReport) -> bytes:
    """The diary as a PDF on the locale's paper."""
    return paper.pdf_bytes(
        DOCUMENT_TITLE, MARGINS_MM, lambda writer: render_diary(report, writer), resolution=PDF_RESOLUTION
    )
