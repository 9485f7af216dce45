"""The view state ValuesDesk remembers (window layout, the area shown, the sheet's view, …): every
setting declared once below, with its key, type and default, and read and written typed.

Kept in an INI file in the data folder rather than the system's settings store, so that each data
folder, including each test's temporary one, has its own, and nothing of ValuesDesk is left
elsewhere. A value that cannot be read as its type (an INI file edited by hand, or written by a
future version) counts as not set: its setting's default is used, and the log names the key.

A new setting is one line below; never rename a key, or the value kept under it is forgotten.
"""

from __future__ import annotations

import enum
import logging
import math
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from valuesdesk.domain.reminders import DEFAULT_CHECK_IN_TIME, DEFAULT_MORNING_TIME, DEFAULT_SNOOZE_MINUTES
from valuesdesk.ui.look import TEXT_SIZE_DEFAULT, ColourScheme
from valuesdesk.ui.questions.sheet_mode import SheetMode

log = logging.getLogger(__name__)

T = TypeVar("T")
E = TypeVar("E", bound=enum.StrEnum)

# Every declared setting by its key: what the settings file may hold.
SCHEMA: dict[str, Setting[Any]] = {}


class Setting(Generic[T]):
    """One remembered value: its key in the INI file, and what it is when nothing is kept."""

    def __init__(self, key: str, default: T) -> None:
        if key in SCHEMA:
            raise ValueError(f"the setting {key!r} is declared twice")
        self.key = key
        self.default = default
        SCHEMA[key] = self

    def decode(self, stored: object) -> T:
        """The value kept, from what QSettings gives back; ValueError when it is not a ``T``."""
        raise NotImplementedError

    def encode(self, value: T) -> object:
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, {self.default!r})"


class BoolSetting(Setting[bool]):
    def decode(self, stored: object) -> bool:
        if isinstance(stored, bool):
            return stored
        # An INI file gives booleans back as the words QSettings wrote.
        if isinstance(stored, str) and stored.lower() in ("true", "false"):
            return stored.lower() == "true"
        raise ValueError(stored)


class IntSetting(Setting[int]):
    def decode(self, stored: object) -> int:
        if isinstance(stored, bool) or not isinstance(stored, int | str):
            raise ValueError(stored)
        return int(stored)


class FloatSetting(Setting[float | None]):
    """A number; ``None`` (the usual default) when the default is not known before the program runs,
    such as a text size that follows the system's font."""

    def decode(self, stored: object) -> float | None:
        if isinstance(stored, bool) or not isinstance(stored, int | float | str):
            raise ValueError(stored)
        number = float(stored)
        if not math.isfinite(number):
            raise ValueError(stored)
        return number


class TextSetting(Setting[str]):
    def decode(self, stored: object) -> str:
        if not isinstance(stored, str):
            raise ValueError(stored)
        return stored


class ChoiceSetting(Setting[E]):
    """One member of a string enumeration, kept as its value."""

    def decode(self, stored: object) -> E:
        if not isinstance(stored, str):
            raise ValueError(stored)
        return type(self.default)(stored)

    def encode(self, value: E) -> object:
        return value.value


class BytesSetting(Setting[QByteArray | None]):
    """Qt's saved geometry and layout blobs; ``None`` when none was saved."""

    def __init__(self, key: str) -> None:
        super().__init__(key, None)

    def decode(self, stored: object) -> QByteArray | None:
        if not isinstance(stored, QByteArray):
            raise ValueError(stored)
        return stored


class UsedFor(enum.StrEnum):
    """Who ValuesDesk is for, as answered at the first start (View ▸ Use ValuesDesk For changes it)."""

    NOT_ASKED = "not asked"  # a data folder of ValuesDesk 0.1, or a start that ended before the answer
    MYSELF = "myself"  # a client's own diary: the therapist's Parallel Questions stay closed
    CLIENTS = "clients"  # a therapist in session: the Parallel Questions open beside the work


# The main window
WINDOW_GEOMETRY = BytesSetting("window/geometry")
WINDOW_STATE = BytesSetting("window/state")
AREA = TextSetting("window/area", "")  # the name of the area shown at the last quit
# ValuesDesk 0.1 kept the row of that area instead: read once, then replaced by AREA.
OLD_SECTION_ROW = IntSetting("section", -1)
# The first start's one question: who ValuesDesk is for (the dock starts open for a therapist only).
USED_FOR = ChoiceSetting("window/used_for", UsedFor.NOT_ASKED)

# Trying on a Value: the experiment open in the wizard at the last quit; 0 for none.
OPEN_EXPERIMENT = IntSetting("experiments/open", 0)

# File menu: the folder of the last export or import.
EXPORT_FOLDER = TextSetting("export/folder", "")

# The Parallel Questions dock
QUESTIONS_MODE = ChoiceSetting("questions/mode", SheetMode.BOTH)
QUESTIONS_PAIR = IntSetting("questions/pair", 0)
QUESTIONS_TEXT_SIZE = FloatSetting("questions/text_size", None)
NOTES_HIDDEN = BoolSetting("questions/notes_hidden", False)

# Session mode, as it was when it last ended
SESSION_OPEN = BoolSetting("questions/session/open", False)
SESSION_GEOMETRY = BytesSetting("questions/session/geometry")
SESSION_MODE = ChoiceSetting("questions/session/mode", SheetMode.BOTH)
SESSION_TEXT_SIZE = FloatSetting("questions/session/text_size", None)
SESSION_STAY_ON_TOP = BoolSetting("questions/session/stay_on_top", False)
SESSION_FULL_SCREEN_ON = TextSetting("questions/session/full_screen_on", "")  # a screen's key; "" for windowed
SESSION_CLIENT_VIEW = BoolSetting("questions/session/client_view", False)

# File ▸ Privacy: minutes without input before an encrypted diary locks itself (0: never).
IDLE_LOCK_MINUTES = IntSetting("privacy/idle_lock_minutes", 10)
# The data folder was found readable by others and the person was told (once).
SHARED_FOLDER_WARNED = BoolSetting("privacy/shared_folder_warned", False)
# File ▸ Export, calendar: put the value's name and the plan in the events (off: neutral titles).
CALENDAR_DETAILS = BoolSetting("export/calendar_details", False)
# Settings ▸ Appearance: Light, Dark or System colours, and the text size in percent (90–200).
COLOUR_SCHEME = ChoiceSetting("appearance/colour_scheme", ColourScheme.SYSTEM)
TEXT_SIZE = IntSetting("appearance/text_size", TEXT_SIZE_DEFAULT)
# Settings ▸ Language: the language of the window, a code such as "de"; "" follows the system. Read at start.
LANGUAGE = TextSetting("ui/language", "")
# Values: the offers of a check at a try-on's start or end put aside ("Not Now"), as "12:start 14:end".
VALUES_OFFERS_DISMISSED = TextSetting("values/offers_dismissed", "")


class KeepRunning(enum.StrEnum):
    """Whether closing the window keeps ValuesDesk running in the tray to remind (asked once)."""

    NOT_ASKED = "not asked"
    YES = "yes"
    NO = "no"


# Settings ▸ Reminders (valuesdesk/ui/reminders): which kinds, when, quiet days, snooze, what they show.
REMIND_CHECK_IN = BoolSetting("reminders/check_in", True)
REMIND_PLAN = BoolSetting("reminders/plan", True)  # the plan's "when" and its checklist's due days
REMIND_SESSION = BoolSetting("reminders/session", True)  # the day before and the morning of the session
# HH:MM; the check-in's when a plan sets none
REMINDER_CHECK_IN_TIME = TextSetting("reminders/check_in_time", DEFAULT_CHECK_IN_TIME.isoformat("minutes"))
REMINDER_MORNING_TIME = TextSetting("reminders/morning_time", DEFAULT_MORNING_TIME.isoformat("minutes"))
REMINDER_QUIET_DAYS = TextSetting("reminders/quiet_days", "")  # weekdays, "5,6" for Saturday and Sunday
REMINDER_SNOOZE_MINUTES = IntSetting("reminders/snooze_minutes", DEFAULT_SNOOZE_MINUTES)
REMINDER_DETAILS = BoolSetting("reminders/show_details", False)  # off: neutral text, never the value or plan
REMINDERS_PAUSED = BoolSetting("reminders/paused", False)
KEEP_RUNNING = ChoiceSetting("reminders/keep_running", KeepRunning.NOT_ASKED)
REMINDERS_LAST_CHECK = TextSetting("reminders/last_check", "")  # local time, ISO: what came since was missed


class Settings:
    """The settings file of one data folder."""

    def __init__(self, path: Path) -> None:
        self._file = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        stored = self._file.value(setting.key)
        if stored is None:
            return setting.default
        try:
            return setting.decode(stored)
        except ValueError:
            log.warning("the setting %s holds no %s; using its default", setting.key, type(setting).__name__)
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._file.setValue(setting.key, setting.encode(value))

    def remove(self, setting: Setting[Any]) -> None:
        self._file.remove(setting.key)

    def sync(self) -> None:
        """Write what was set to the file now, rather than when Qt gets round to it."""
        self._file.sync()
