"""Saving as the person types: a debounced save with a maximum wait, flushed on demand and when the window closes.

What is typed is committed at most a second after the first unsaved keystroke, also while the
person keeps typing: the save happens when typing pauses (``delay_ms``) or when the deadline set
at the first unsaved edit comes (``max_wait_ms``), whichever is first. The deadline is below a
second so that the save itself (a SQLite commit) also ends within the second.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui import error_texts
from valuesdesk.ui.widgets.announce import Calm

AUTOSAVE_DELAY_MS = 600
# The longest that typing stays unsaved, counted from the first unsaved edit: 800 ms leaves the
# rest of the second for the save and for a busy event loop.
AUTOSAVE_MAX_WAIT_MS = 800
# After a failed save (the data file busy for a moment, say), it is tried again this often while
# it stays pending, also when the person has stopped typing.
AUTOSAVE_RETRY_MS = 2000


class Autosaver(QObject):
    """Calls ``save`` once typing pauses, or ``max_wait_ms`` after the first unsaved edit if it does not.

    ``flush`` saves at once whatever is pending.

    It is :class:`~valuesdesk.ui.save_coordinator.PendingWork`: a screen registers it (or itself,
    flushing its Autosavers) with the save coordinator, which flushes it before close, area change
    and import.
    """

    saving = Signal()
    saved = Signal()
    failed = Signal(object)

    def __init__(
        self,
        save: Callable[[], None],
        parent: QObject,
        delay_ms: int = AUTOSAVE_DELAY_MS,
        max_wait_ms: int = AUTOSAVE_MAX_WAIT_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending = False
        self.error: ValuesDeskError | None = None
        self._timer = self._single_shot(min(delay_ms, max_wait_ms))
        # Set at the first unsaved edit and not moved by later ones.
        self._deadline = self._single_shot(max_wait_ms)
        self._retry = self._single_shot(AUTOSAVE_RETRY_MS)

    def _single_shot(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        # A coarse timer may fire 5 % late; the second is a promise.
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.flush)
        return timer

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        """Something changed: save it once the person pauses, and within the maximum wait in any case."""
        self._pending = True
        self.saving.emit()
        self._timer.start()
        # After a failed save the work is still pending but has no deadline: the next edit sets one.
        if not self._deadline.isActive():
            self._deadline.start()

    def cancel(self) -> None:
        """Forget a pending save, for when what it would save no longer exists."""
        self._pending = False
        self._stop_timers()

    def _stop_timers(self) -> None:
        self._timer.stop()
        self._deadline.stop()
        self._retry.stop()

    def flush(self) -> bool:
        """Save now if anything is pending. False when the save failed; it stays pending."""
        self._stop_timers()
        if not self._pending:
            return True
        try:
            self._save()
        except ValuesDeskError as error:
            self.error = error
            self.failed.emit(error)
            self._retry.start()
            return False
        self.error = None
        self._pending = False
        self.saved.emit()
        return True


class SaveIndicator(QLabel):
    """A quiet "Saved" beside the fields, instead of a Save button."""

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveIndicator")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Room for "Saving…" from the start: the words beside it do not move when it appears.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.tr("Saving…")) + 8)
        autosaver.saving.connect(lambda: self._show(self.tr("Saving…")))
        autosaver.saved.connect(lambda: self._show(self.tr("Saved")))
        # A screen reader hears "Saved" once the person has paused, not after each save while they type.
        self._calm = Calm(self)
        autosaver.saving.connect(self._calm.cancel)
        autosaver.saved.connect(lambda: self._calm.later(self.tr("Saved")))
        autosaver.failed.connect(
            lambda error: self._show(self.tr("Not saved: {message}").format(message=error_texts.message(error)))
        )

    def clear_state(self) -> None:
        """Nothing saved or pending yet, e.g. in another experiment just opened."""
        self._show("")

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
