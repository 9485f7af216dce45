"""A group of File-menu actions: made disabled, enabled once the data is open, each saving what is typed first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from valuesdesk.ui.context import AppContext


class MenuActions(QObject):
    """Actions for ``window``, in the order made; :meth:`attach` gives them the opened data."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._context: AppContext | None = None
        self._actions: list[QAction] = []

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self._window)
        action.setEnabled(False)
        action.triggered.connect(slot)
        self._actions.append(action)
        return action

    def actions(self) -> list[QAction]:
        return list(self._actions)

    def attach(self, context: AppContext) -> None:
        self._context = context
        for action in self._actions:
            action.setEnabled(True)

    def _saved(self) -> AppContext | None:
        """The context, once everything typed is saved; None before the data is open or when saving failed."""
        if self._context is None or not self._context.coordinator.flush(self._window):
            return None
        return self._context
