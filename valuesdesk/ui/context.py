"""What the application shell hands every area once the data is open.

- ``services``: the opened services (Qt-free; they return immutable views).
- ``events``: one ``data_changed(kind)`` signal. An area that changes data emits it with the
  kind it changed; areas that show that kind subscribe and load again. An import emits ``ALL``.
- ``coordinator``: the save coordinator; an area registers its pending work with it, and
  close, area change and import ask it to save everything first.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from valuesdesk.ui.save_coordinator import SaveCoordinator

if TYPE_CHECKING:
    from valuesdesk.services import Services


class DataKind(enum.StrEnum):
    """What changed. The therapist's private notes have no kind of their own: the questions panel is
    the one place that shows them and the one that changes them, so only an import (``ALL``) changes
    them behind its back."""

    EXPERIMENTS = "experiments"  # an experiment, its value, steps, status, behaviours, plan
    DIARY = "diary"  # diary entries and check-ins
    VALUES_CHECKS = "values_checks"  # a values check taken or deleted
    ALL = "all"  # everything may have changed (an import)

    def concerns(self, kind: DataKind) -> bool:
        """Whether a change of ``self`` means that what shows ``kind`` must load again."""
        return self is DataKind.ALL or self is kind


class DataEvents(QObject):
    data_changed = Signal(str)  # a DataKind's value

    def changed(self, kind: DataKind) -> None:
        self.data_changed.emit(kind.value)


@dataclass(frozen=True)
class AppContext:
    services: Services
    events: DataEvents
    coordinator: SaveCoordinator
