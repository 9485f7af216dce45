"""The file formats ValuesDesk writes and reads, each declared once, in the order they are offered.

A format module describes its format with an :class:`ExportFormat` and calls
:func:`register_format` when it is imported; the command line, the Export dialog and the File
menu offer whatever is registered. Nothing here imports Qt: a format that needs it (the PDF)
imports it inside its ``render``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from valuesdesk.services import Services
    from valuesdesk.services.exchange import Snapshot

Data = TypeVar("Data")


@dataclass(frozen=True)
class Selection:
    """Which part of the data folder to export: one experiment or all, a range of days (both included),
    and whether a calendar's events name the value and the plan (else they have neutral titles)."""

    experiment_id: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    calendar_details: bool = False


@dataclass(frozen=True)
class Source(Generic[Data]):
    """What a format takes from the data folder: everything, or the diary chosen by a selection."""

    takes_experiment: bool
    takes_date_range: bool
    # The data, or a typed error when there is nothing to write (the same for every format of a source).
    gather: Callable[[Services, Selection], Data]
    # The words that name the data in a suggested file name, after the format's own title.
    name_parts: Callable[[Data], list[str]]
    takes_calendar_details: bool = False


@dataclass(frozen=True)
class ExportFormat(Generic[Data]):
    key: str  # what the command line's --format takes
    label: str  # what the Export dialog offers
    suffix: str  # the file name's ending, with its dot
    file_filter: str  # the file dialog's filter
    title: str  # how a suggested file name begins
    source: Source[Data]
    render: Callable[[Data], bytes]  # the whole file
    # Files of this format that can be imported: their bytes and name, to everything they hold.
    read: Callable[[bytes, str], Snapshot] | None = None
    # What the person should know of the file made (a character no font could draw, say); "" for nothing.
    notice: Callable[[Data], str] | None = None

    @property
    def takes_experiment(self) -> bool:
        return self.source.takes_experiment

    @property
    def takes_date_range(self) -> bool:
        return self.source.takes_date_range

    @property
    def takes_calendar_details(self) -> bool:
        return self.source.takes_calendar_details


_FORMATS: dict[str, ExportFormat[Any]] = {}


def register_format(export_format: ExportFormat[Any]) -> None:
    if export_format.key in _FORMATS:
        raise ValueError(f"an export format {export_format.key!r} is registered already")
    _FORMATS[export_format.key] = export_format


def formats() -> tuple[ExportFormat[Any], ...]:
    """Every format, in the order they were registered (the order in which they are offered)."""
    return tuple(_FORMATS.values())


def readable_formats() -> tuple[ExportFormat[Any], ...]:
    """The formats that can be imported."""
    return tuple(export_format for export_format in _FORMATS.values() if export_format.read is not None)


def format_by_key(key: str) -> ExportFormat[Any]:
    """The format with ``key``; KeyError names it when there is none."""
    return _FORMATS[key]
