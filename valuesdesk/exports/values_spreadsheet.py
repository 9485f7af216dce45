"""The values checks as a spreadsheet: one row per check and life domain, its ratings, gap and the
check's composite; the person's words in it neutralised as in the diary's CSV (``spreadsheet.neutralised``)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from valuesdesk.domain import dates
from valuesdesk.domain.life_domains import life_domain
from valuesdesk.errors import NothingToExport
from valuesdesk.exports.registry import ExportFormat, Selection, Source, register_format
from valuesdesk.exports.spreadsheet import neutralised

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.values_check import ValuesCheckView

TITLE = "ValuesDesk values checks"
HEADER = (
    "Date",
    "Try-on",
    "Taken as the try-on",
    "Life domain",
    "Importance (1-10)",
    "Consistency (1-10)",
    "Gap",
    "Composite (1-100)",
)
MOMENT_WORDS = {"start": "began", "end": "ended"}


def values_checks(services: Services, selection: Selection) -> tuple[ValuesCheckView, ...]:
    """The checks taken between the selection's days (both included, either open), oldest first."""
    checks = tuple(
        check
        for check in services.values_checks.list_checks()
        if (selection.first is None or check.taken_on >= selection.first)
        and (selection.last is None or check.taken_on <= selection.last)
    )
    if not checks:
        raise NothingToExport("There is no values check to export in those days.")
    return checks


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def rows(checks: tuple[ValuesCheckView, ...]) -> list[list[str]]:
    """A skipped domain has a row with empty ratings; a check's composite leaves skipped domains out."""
    table = [list(HEADER)]
    for check in checks:
        composite = "" if check.composite is None else f"{check.composite:.1f}"
        link = check.link
        for rating in check.ratings:
            # The value's name is the person's words: neutralised. The numbers are the program's own, and a
            # negative gap stays a number a spreadsheet can add up.
            table.append(
                [
                    check.taken_on.strftime(dates.ISO_DAY),
                    neutralised(link.experiment.title) if link else "",
                    MOMENT_WORDS[link.moment.value] if link else "",
                    life_domain(rating.key).name,
                    _number(rating.importance),
                    _number(rating.consistency),
                    _number(rating.gap),
                    composite,
                ]
            )
    return table


def csv_bytes(checks: tuple[ValuesCheckView, ...]) -> bytes:
    """UTF-8 with a byte-order mark and every cell quoted as CSV needs, as the diary's CSV."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows(checks))
    return buffer.getvalue().encode("utf-8-sig")


VALUES_CHECKS: Source[tuple[ValuesCheckView, ...]] = Source(
    takes_experiment=False,
    takes_date_range=True,
    gather=values_checks,
    name_parts=lambda checks: [checks[-1].taken_on.strftime(dates.ISO_DAY)],
)

register_format(
    ExportFormat(
        key="values-csv",
        label="Values checks as a spreadsheet (CSV)",
        suffix=".csv",
        file_filter="CSV spreadsheet (*.csv)",
        title=TITLE,
        source=VALUES_CHECKS,
        render=csv_bytes,
    )
)
