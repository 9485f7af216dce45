"""Saying what changes out of sight: a screen reader speaks it without moving the person's focus.

Qt 6.8's ``QAccessibleAnnouncementEvent`` reaches Orca (AT-SPI), NVDA and Narrator (UI Automation
notifications) and VoiceOver; when no screen reader is listening it costs nothing. Every
announcement also goes out on :data:`announcements`, which the tests listen to.

- :func:`announce` says a message now: "Step 2 of 10: Choose a Value", "3 entries match".
- :class:`Calm` says it once the changes have paused: "Saved" after the person stops typing, not
  after every save while they type.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

# How long the changes must pause before a calm announcement is made.
CALM_MS = 2000


class Announcements(QObject):
    """Each announcement's words as it is made."""

    announced = Signal(str)


announcements = Announcements()


def announce(widget: QWidget, message: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``message`` about ``widget``: after what it is saying, or at once if ``urgent``
    (a problem that stops the person's work)."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive if urgent else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    announcements.announced.emit(message)


class Calm(QObject):
    """Announces the last message given to :meth:`later` once ``delay_ms`` pass with no newer one."""

    def __init__(self, widget: QWidget, delay_ms: int = CALM_MS) -> None:
        super().__init__(widget)
        self._widget = widget
        self._message = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(lambda: announce(self._widget, self._message))

    def later(self, message: str) -> None:
        self._message = message
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()


def describe_problem(field: QWidget, problem: str | None) -> None:
    """Tie a problem to its field: the field's description says it, before the field's own description."""
    own = field.property("descriptionWithoutProblem")
    if own is None:
        own = field.accessibleDescription()
        field.setProperty("descriptionWithoutProblem", own)
    field.setAccessibleDescription(f"{problem} {own}".strip() if problem else own)


def describe_first(field: QWidget, text: str) -> None:
    """Put ``text`` before the field's own description (a problem said now stays first)."""
    own = field.property("descriptionWithoutProblem")
    if own is None:
        own = field.accessibleDescription()
    field.setProperty("descriptionWithoutProblem", f"{text} {own}".strip())
    field.setAccessibleDescription(f"{text} {own}".strip())
