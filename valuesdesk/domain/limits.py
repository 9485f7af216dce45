"""The limits of what a person can write and choose: one home for each, which the services
check, the importer enforces and docs/export-format.md states."""

import re

DEFAULT_DURATION_DAYS = 7
MAX_DURATION_DAYS = 366
MAX_VALUE_NAME_CHARS = 200
MAX_LIFE_DOMAIN_CHARS = 100
STEP_COUNT = 10
THERAPIST_QUESTION_COUNT = 8
THERAPIST_NOTE_MAX_CHARS = 100_000
# The longest text of a value's meaning, an experiment's field, a behaviour, a plan item or a diary
# field: far above anything a person writes in one field, far below what would slow the program down.
MAX_TEXT_CHARS = 1_000_000
# "How many times have I done it": the diary's spin box and the importer take the same range.
MIN_TIMES_DONE = 1
MAX_TIMES_DONE = 9_999
DEMO_MAX_YEARS = 50
# A new passphrase is at least this long (an existing one is taken as it is).
MIN_PASSPHRASE_CHARS = 8
# The years a day may lie in (both included): wide enough for any diary and any plan, narrow enough
# that every day derived from one (an experiment's last day, a week, a month of the calendar, a
# moment in another time zone) is still a day Python and SQLite can hold. dates.check_day_in_range
# checks it; the importer, the services and docs/export-format.md use it.
FIRST_YEAR = 1900
LAST_YEAR = 2200

_SURROGATE = re.compile("[\ud800-\udfff]")


def unstorable_text(text: str) -> str | None:
    """Why ``text`` cannot be stored or written to a file, or None when it can: a NUL character
    (which CSV, Markdown, calendar files and C libraries cut text at) or a lone surrogate (half of
    a character, which is not text in UTF-8 and cannot be saved)."""
    if "\x00" in text:
        return "it holds a NUL character (U+0000), which cannot be stored"
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        return f"it holds half a character (U+{ord(surrogate[0]):04X}, a lone surrogate), which cannot be stored"
    return None
