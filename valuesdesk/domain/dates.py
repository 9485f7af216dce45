"""The one clock, and the named date formats of files and machine-read text.

Only :func:`now` reads the system clock; everything else asks it (tests freeze it with
:func:`set_clock`). What a person reads on screen is formatted by the UI with QLocale
(``valuesdesk.ui.local_dates``); the written-out English days of the Markdown and PDF exports,
which have no Qt, are :func:`long_date` and :func:`span_text` here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from valuesdesk.domain.limits import FIRST_YEAR, LAST_YEAR

# Machine-read formats (files, file names); never shown to a person as prose.
ISO_DAY = "%Y-%m-%d"  # a day in exports, the command line and file names
FILE_STAMP = "%Y%m%d-%H%M%S"  # a moment in a backup's file name, sortable
_ISO_DAY_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
CLOCK_TIME = "%H:%M"  # a time of day in the Markdown and PDF exports (24-hour, as the worksheet's plan)
EXPORT_TIMESTAMP = "%Y-%m-%dT%H:%M:%S.%fZ"  # a UTC moment in the JSON export, always with microseconds


def _system_clock() -> dt.datetime:
    return dt.datetime.now().astimezone()


_clock: Callable[[], dt.datetime] = _system_clock


def set_clock(clock: Callable[[], dt.datetime] | None) -> None:
    """Replace the clock (an aware datetime each call); ``None`` restores the system's."""
    global _clock
    _clock = clock or _system_clock


def now() -> dt.datetime:
    """The local time now, aware of its UTC offset."""
    return _clock()


def local_now() -> dt.datetime:
    """The local wall-clock time now, naive (as the wizard stores a plan's time)."""
    return now().replace(tzinfo=None)


def today() -> dt.date:
    """The local calendar day."""
    return now().date()


def utc_now() -> dt.datetime:
    """Now in UTC, naive, as the store keeps timestamps."""
    return now().astimezone(dt.UTC).replace(tzinfo=None)


def parse_iso_day(text: str) -> dt.date:
    """A day written exactly as YYYY-MM-DD; ValueError otherwise (``date.fromisoformat`` takes more)."""
    if not _ISO_DAY_PATTERN.fullmatch(text):
        raise ValueError(f"not a day as YYYY-MM-DD: {text!r}")
    return dt.date.fromisoformat(text)


# English names, whatever locale Qt has set for the C library: the exports' wording is English.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _day_month(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]}"


def long_date(day: dt.date) -> str:
    """For example "Thursday 26 November 2026"."""
    return f"{WEEKDAYS[day.weekday()]} {_day_month(day)} {day.year}"


def span_text(first: dt.date | None, last: dt.date | None) -> str:
    """For example "26 November – 2 December 2026"; empty when either end is unknown."""
    if first is None or last is None:
        return ""
    if first == last:
        return f"{_day_month(first)} {first.year}"
    if first.year == last.year:
        start = _day_month(first) if first.month != last.month else f"{first.day}"
        return f"{start} – {_day_month(last)} {last.year}"
    return f"{_day_month(first)} {first.year} – {_day_month(last)} {last.year}"


def first_day() -> dt.date:
    """The first day ValuesDesk keeps (``limits.FIRST_YEAR``)."""
    return dt.date(FIRST_YEAR, 1, 1)


def last_day() -> dt.date:
    """The last day ValuesDesk keeps (``limits.LAST_YEAR``)."""
    return dt.date(LAST_YEAR, 12, 31)


def range_text() -> str:
    """The days ValuesDesk keeps, as messages and docs/export-format.md say them."""
    return f"from {first_day():{ISO_DAY}} to {last_day():{ISO_DAY}}"


def check_day_in_range(day: dt.date) -> str | None:
    """Why ``day`` (or a moment's day) cannot be kept, or None when it lies in the range."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if first_day() <= day <= last_day():
        return None
    return f"{day.isoformat()} is outside the days ValuesDesk keeps ({range_text()})"


def add_days(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, stopping at the first or last day Python has instead of failing
    (for days stored before the range was checked, so that no view or export ever overflows)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min
