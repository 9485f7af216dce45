"""The Daily Reactions Diary as a spreadsheet: one row per experiment and day, one column per diary field,
and the day's note last; a note on a day of no experiment has a row of its own with no value, after them."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from valuesdesk.domain import CHECK_IN_LABEL, DIARY_FIELDS, dates
from valuesdesk.exports import diary_text
from valuesdesk.exports.registry import ExportFormat, register_format
from valuesdesk.exports.sources import DIARY

if TYPE_CHECKING:
    from valuesdesk.services.reports import DiaryReport

HEADER = ("Value", "Date", "Day", CHECK_IN_LABEL, *(field.label for field in DIARY_FIELDS), diary_text.NOTE_LABEL)
# What makes a spreadsheet read a cell as a formula (OWASP, "CSV injection"): such a cell gets a leading apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(cell: str) -> str:
    """The cell as a spreadsheet shows it as text: ``=1+1`` stays ``=1+1`` (after an apostrophe) instead
    of becoming 2, and a crafted ``=HYPERLINK(…)`` never becomes a working link."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def rows(report: DiaryReport) -> list[list[str]]:
    table = [list(HEADER)]
    for section in report.experiments:
        for day in section.days:
            cells = [
                section.title,
                day.day.strftime(dates.ISO_DAY),
                str(day.number or ""),
                day.check_in.label if day.check_in else "",
                *(diary_text.field_text(field, day.fields[field.name]) for field in DIARY_FIELDS),
                day.note,
            ]
            table.append([neutralised(cell) for cell in cells])
    for note in report.other_notes:
        cells = ["", note.day.strftime(dates.ISO_DAY), "", "", *("" for _field in DIARY_FIELDS), note.text]
        table.append([neutralised(cell) for cell in cells])
    return table


def csv_bytes(report: DiaryReport) -> bytes:
    """UTF-8 with a byte-order mark: without it Excel reads the file in the system's legacy code
    page and garbles every accent and emoji. Every cell is quoted as CSV needs, so that commas,
    quotes and line breaks in the person's words stay inside their cell, and no cell is a formula
    (:func:`neutralised`)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows(report))
    return buffer.getvalue().encode("utf-8-sig")


register_format(
    ExportFormat(
        key="csv",
        label="Diary as a spreadsheet (CSV)",
        suffix=".csv",
        file_filter="CSV spreadsheet (*.csv)",
        title=diary_text.DOCUMENT_TITLE,
        source=DIARY,
        render=csv_bytes,
    )
)
