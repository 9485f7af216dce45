"""Dates written out for people, the same on every screen and export."""

from __future__ import annotations

import datetime as dt


def long_date(day: dt.date) -> str:
    """For example "Thursday 26 November 2026"."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def span_text(first: dt.date | None, last: dt.date | None) -> str:
    """For example "26 November – 2 December 2026"; empty when either end is unknown."""
    if first is None or last is None:
        return ""
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if first.year == last.year:
        start = f"{first.day} {first:%B}" if first.month != last.month else f"{first.day}"
        return f"{start} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"
