"""Saving as the person types: a debounced save, flushed on demand and when the window closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from valuesdesk.errors import ValuesDeskError

AUTOSAVE_DELAY_MS = 600


class Autosaver(QObject):
    """Calls ``save`` once typing pauses; ``flush`` saves at once whatever is pending.

    It is :class:`~valuesdesk.ui.save_coordinator.PendingWork`: a screen registers it (or itself,
    flushing its Autosavers) with the save coordinator, which flushes it before close, area change
    and import.
    """

    saving = Signal()
    saved = Signal()
    failed = Signal(object)

    def __init__(self, save: Callable[[], None], parent: QObject, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._pending = False
        self.error: ValuesDeskError | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending

    def schedule(self) -> None:
        """Something changed: save it once the person pauses."""
        self._pending = True
        self.saving.emit()
        self._timer.start()

    def cancel(self) -> None:
        """Forget a pending save, for when what it would save no longer exists."""
        self._pending = False
        self._timer.stop()

    def flush(self) -> bool:
        """Save now if anything is pending. False when the save failed; it stays pending."""
        self._timer.stop()
        if not self._pending:
            return True
        try:
            self._save()
        except ValuesDeskError as error:
            self.error = error
            self.failed.emit(error)
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
        autosaver.saving.connect(lambda: self._show("Saving…"))
        autosaver.saved.connect(lambda: self._show("Saved"))
        autosaver.failed.connect(lambda error: self._show(f"Not saved: {error.message}"))

    def clear_state(self) -> None:
        """Nothing saved or pending yet, e.g. in another experiment just opened."""
        self._show("")

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(text)
