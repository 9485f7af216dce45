"""Days, numbers, and experiments by their days, as every screen shows them: in the words and order of the locale."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from valuesdesk.domain import ExperimentRef, ExperimentStatus, Lifecycle
from valuesdesk.ui.domain_texts import shown_title, status_in_sentence


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    """A QDate between 1 January 1 and 31 December 9999 (the calendar's range) as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


def number(value: int) -> str:
    """A count in the locale's digits and grouping ("1,234", "1.234")."""
    return QLocale().toString(value)


def long_day(day: dt.date) -> str:
    """The day with its weekday, as in a heading."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_day(day: dt.date) -> str:
    """The day in few characters but with its month's name, e.g. "26 Nov 2026" or "Nov 26, 2026"."""
    locale = QLocale()
    return locale.toString(qdate(day), medium_format(locale))


def medium_format(locale: QLocale) -> str:
    """The locale's long date format without the weekday and with the month's name abbreviated.

    Qt has no medium format; its short one is all digits ("11/26/26"), which reads as a different
    day in another country, and "26 11 2026" in the C locale.
    """
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[^dMy']*", "", pattern).strip(" ,")
    return pattern.replace("MMMM", "MMM")


def date_edit_format(*, weekday: bool = False) -> str:
    """The display format of a date field: the locale's medium date, or its long one abbreviated.

    The weekday helps where a person picks a day to do something on ("Sat, 28 Nov 2026").
    """
    locale = QLocale()
    if not weekday:
        return medium_format(locale)
    pattern = re.sub(r"(?<!d)d{4}(?!d)", "ddd", locale.dateFormat(QLocale.FormatType.LongFormat))
    return pattern.replace("MMMM", "MMM")


def time_edit_format() -> str:
    """The display format of a clock-time field: the locale's short time ("14:30" or "2:30 PM")."""
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def date_time_edit_format() -> str:
    """The display format of a field holding a day, with its weekday, and a clock time."""
    return f"{date_edit_format(weekday=True)}, {time_edit_format()}"


def short_span(first: dt.date | None, last: dt.date | None) -> str:
    """The first and last day of a try-on; empty when either is not known."""
    if first is None or last is None:
        return ""
    return QCoreApplication.translate("LocalDates", "{first} – {last}").format(
        first=short_day(first), last=short_day(last)
    )


def try_on_span(lifecycle: Lifecycle) -> str:
    """The try-on's first and last day, or that it has not started."""
    return short_span(lifecycle.start_date, lifecycle.end_date) or QCoreApplication.translate(
        "LocalDates", "not started"
    )


def experiment_label(experiment: ExperimentRef) -> str:
    """For example "Courage · 2 Mar 2026 – 8 Mar 2026 (active)": a completed one needs no status."""
    title, span = shown_title(experiment.title), try_on_span(experiment.lifecycle)
    if experiment.status is ExperimentStatus.COMPLETED:
        return QCoreApplication.translate("LocalDates", "{title} · {span}").format(title=title, span=span)
    status = status_in_sentence(experiment.status)
    return QCoreApplication.translate("LocalDates", "{title} · {span} ({status})").format(
        title=title, span=span, status=status
    )
