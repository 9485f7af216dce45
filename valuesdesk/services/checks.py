"""What every service checks in what a person writes before it is stored: one home for each rule."""

from __future__ import annotations

import datetime as dt

from valuesdesk.domain import MAX_TEXT_CHARS, dates, unstorable_text
from valuesdesk.errors import InvalidInput


def check_text(name: str, text: str) -> None:
    """Refuse written text that is too long to keep (``MAX_TEXT_CHARS``) or cannot be stored."""
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInput(
            f"That text is too long to save ({len(text):,} characters).",
            detail=f"Please keep {name} under {MAX_TEXT_CHARS:,} characters.",
        )
    check_storable(name, text)


def check_storable(name: str, text: str) -> None:
    """Refuse text that cannot be stored or written to a file (a NUL, half a character), as pasted text may hold."""
    problem = unstorable_text(text)
    if problem is not None:
        raise InvalidInput("That text cannot be saved.", detail=f"In {name}, {problem}. Please remove that character.")


def check_day(name: str, day: dt.date | None) -> None:
    """Refuse a day (or a moment) outside the days ValuesDesk keeps (``domain.limits.FIRST_YEAR``…``LAST_YEAR``)."""
    problem = None if day is None else dates.check_day_in_range(day)
    if problem is not None:
        raise InvalidInput(f"Please choose another day for {name}.", detail=f"{problem[0].upper()}{problem[1:]}.")
