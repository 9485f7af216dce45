"""What the formats take from a data folder: everything, or the Daily Reactions Diary of a selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from valuesdesk.domain import dates
from valuesdesk.errors import NothingToExport
from valuesdesk.exports.registry import Selection, Source

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.exchange import Snapshot
    from valuesdesk.services.reports import DiaryReport


def diary_report(services: Services, selection: Selection) -> DiaryReport:
    """The diary of ``selection``, for every diary format and for printing."""
    report = services.reports.diary(selection.experiment_id, selection.first, selection.last)
    if report.is_empty:
        raise NothingToExport(
            "There is no diary to export.",
            detail="Choose other days or another experiment, or write in your diary first.",
        )
    return report


def _diary_name_parts(report: DiaryReport) -> list[str]:
    names = {section.value_name for section in report.experiments if section.value_name}
    parts = [names.pop()] if len(names) == 1 else []
    if report.first_day:
        parts.append(report.first_day.strftime(dates.ISO_DAY))
    return parts


def _everything(services: Services, selection: Selection) -> Snapshot:
    return services.exchange.snapshot()


DIARY: Source[DiaryReport] = Source(
    takes_experiment=True, takes_date_range=True, gather=diary_report, name_parts=_diary_name_parts
)
EVERYTHING: Source[Snapshot] = Source(
    takes_experiment=False,
    takes_date_range=False,
    gather=_everything,
    name_parts=lambda _snapshot: [dates.today().strftime(dates.ISO_DAY)],
)
