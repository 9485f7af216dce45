"""Two keyboard conventions Qt leaves out, for the whole application.

- Return or Enter presses the focused push or tool button, as Space does. In a dialog Qt already does
  this (a push button there is an auto-default one); outside dialogs it ignores Return on a focused
  button, and a person working by keyboard presses it and nothing happens. A tick box or a choice
  keeps to Space, as everywhere.
- Tab leaves a date field. Qt's date fields take Tab to go from the weekday to the day, the month
  and the year, so a date costs four Tabs to pass; Left and Right move between those parts instead
  (Up and Down change the one the cursor is in), and the field is one Tab stop like any other.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QPushButton, QToolButton, QWidget

RETURN_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
TAB_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class KeyboardConventions(QObject):
    """An application-wide event filter for the conventions above."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if (
            key in RETURN_KEYS
            and event.modifiers() in PLAIN
            and isinstance(watched, (QPushButton, QToolButton))
            and watched is QApplication.focusWidget()
            and watched.isEnabled()
            and not isinstance(watched.window(), QDialog)
        ):
            watched.animateClick()
            return True
        if key in TAB_KEYS and isinstance(watched, QDateTimeEdit) and watched is QApplication.focusWidget():
            forward = key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            # QWidget's own focusNextPrevChild, not the date field's, which moves between its parts.
            QWidget.focusNextPrevChild(watched, forward)
            return True
        return False


def install(app: QApplication) -> None:
    """Once per application."""
    if app.findChild(KeyboardConventions) is None:
        app.installEventFilter(KeyboardConventions(app))
