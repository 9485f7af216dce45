"""What the Diary's tests read off the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt


def current_editor(page):
    """The experiment's day editor shown in the Day tab."""
    return page.day_view.tabs.currentWidget()


def described(page) -> str:
    """What a screen reader says of the day selected in the calendar: its date and marks in words."""
    grid = page.calendar.day_grid
    return grid.currentIndex().data(Qt.ItemDataRole.AccessibleTextRole)
