"""Days as every screen shows them to a person: in the words and order of their locale (QLocale)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """A QDate between 1 January 1 and 31 December 9999 (the calendar's range) as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


def long_day(day: dt.date) -> str:
    """The day with its weekday, as in a heading."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_day(day: dt.date) -> str:
    return QLocale().toString(qdate(day), QLocale.FormatType.ShortFormat)


def short_span(first: dt.date | None, last: dt.date | None) -> str:
    """The first and last day of a try-on; empty when either is not known."""
    if first is None or last is None:
        return ""
    return f"{short_day(first)} – {short_day(last)}"
