"""What Settings ▸ Reminders offers, shared by the page (built with the window), the service and the
start-up (light: read before the first frame)."""

from __future__ import annotations

from valuesdesk.domain.reminders import ReminderKind
from valuesdesk.ui.settings import REMIND_CHECK_IN, REMIND_PLAN, REMIND_SESSION, REMINDERS_PAUSED, Settings

SNOOZE_CHOICES = (5, 10, 15, 30, 60)  # minutes
# The kinds each switch of Settings ▸ Reminders turns on.
KINDS_OF = {
    REMIND_CHECK_IN: frozenset({ReminderKind.CHECK_IN}),
    REMIND_PLAN: frozenset({ReminderKind.PLAN, ReminderKind.PLAN_ITEM}),
    REMIND_SESSION: frozenset({ReminderKind.SESSION_EVE, ReminderKind.SESSION_MORNING}),
}


def quiet_days(text: str) -> frozenset[int]:
    """Weekdays (Monday 0) from the setting's "5,6"; anything else in it is ignored."""
    return frozenset(int(part) for part in text.split(",") if part.strip() in {str(day) for day in range(7)})


def kinds_on(settings: Settings) -> frozenset[ReminderKind]:
    """The kinds of reminder the person has switched on."""
    return frozenset().union(*(kinds for switch, kinds in KINDS_OF.items() if settings.get(switch)))


def reminders_on(settings: Settings) -> bool:
    """Whether any kind of reminder is on and they are not paused: what the tray icon is there for."""
    return bool(kinds_on(settings)) and not settings.get(REMINDERS_PAUSED)
