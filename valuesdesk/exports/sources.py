"""What the formats take from a data folder: everything, the Daily Reactions Diary of a selection, or
the plan of a selection for a calendar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from valuesdesk.domain import dates
from valuesdesk.errors import NothingToExport
from valuesdesk.exports.registry import Selection, Source

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.exchange import Snapshot
    from valuesdesk.services.reports import DeletedExperiment, DiaryReport


def _no_diary() -> NothingToExport:
    return NothingToExport(
        "There is no diary to export.",
        detail="Choose other days or another experiment, or write in your diary first.",
    )


def diary_report(services: Services, selection: Selection) -> DiaryReport:
    """The diary of ``selection``, for every diary format and for printing."""
    report = services.reports.diary(selection.experiment_id, selection.first, selection.last)
    if report.is_empty:
        raise _no_diary()
    return services.values_checks.with_checks(report)


@dataclass(frozen=True)
class CalendarPlan:
    """What a calendar file holds: the diary's experiments, the deleted ones whose events it cancels
    (for all experiments only), and whether the events name the value and the plan."""

    report: DiaryReport
    deleted: tuple[DeletedExperiment, ...]
    details: bool


def calendar_plan(services: Services, selection: Selection) -> CalendarPlan:
    report = services.reports.diary(selection.experiment_id, selection.first, selection.last)
    deleted = services.reports.deleted_experiments(selection.first, selection.last)
    plan = CalendarPlan(report, deleted if selection.experiment_id is None else (), selection.calendar_details)
    # Notes of days are no events: a calendar of them alone would be empty.
    if not report.experiments and not plan.deleted:
        raise _no_diary()
    return plan


def _first_day_parts(report: DiaryReport) -> list[str]:
    return [report.first_day.strftime(dates.ISO_DAY)] if report.first_day else []


def _diary_name_parts(report: DiaryReport) -> list[str]:
    names = {section.value_name for section in report.experiments if section.value_name}
    return ([names.pop()] if len(names) == 1 else []) + _first_day_parts(report)


def _calendar_name_parts(plan: CalendarPlan) -> list[str]:
    """Without details, the file's name does not name the value either."""
    return _diary_name_parts(plan.report) if plan.details else _first_day_parts(plan.report)


def _everything(services: Services, selection: Selection) -> Snapshot:
    return services.exchange.snapshot()


DIARY: Source[DiaryReport] = Source(
    takes_experiment=True, takes_date_range=True, gather=diary_report, name_parts=_diary_name_parts
)
CALENDAR: Source[CalendarPlan] = Source(
    takes_experiment=True,
    takes_date_range=True,
    gather=calendar_plan,
    name_parts=_calendar_name_parts,
    takes_calendar_details=True,
)
EVERYTHING: Source[Snapshot] = Source(
    takes_experiment=False,
    takes_date_range=False,
    gather=_everything,
    name_parts=lambda _snapshot: [dates.today().strftime(dates.ISO_DAY)],
)
