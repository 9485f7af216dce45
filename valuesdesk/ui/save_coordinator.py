"""The pending-work protocol: what has been typed but not yet saved, found without searching widgets.

Each screen that holds unsaved typing registers a :class:`PendingWork` (an ``Autosaver``, or the
screen itself) with the one :class:`SaveCoordinator` of the application context. Closing the window,
changing area and importing ask the coordinator to save everything first, and stop if anything failed.
When nobody can answer a dialog (a signal, the end of the session), a quiet flush
(:meth:`SaveCoordinator.flush_quietly`) saves the same way without one and hands back what failed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.dialogs import show_error


class PendingWork(Protocol):
    error: ValuesDeskError | None  # why the last flush failed, or None

    def flush(self) -> bool:
        """Save now whatever is pending; False when that failed (it stays pending)."""
        ...


class SaveCoordinator:
    def __init__(self) -> None:
        self._work: list[PendingWork] = []

    def register(self, work: PendingWork) -> None:
        if work not in self._work:
            self._work.append(work)

    def unregister(self, work: PendingWork) -> None:
        if work in self._work:
            self._work.remove(work)

    def flush(self, parent: QWidget | None) -> bool:
        """Save all pending work; if any failed, say why (the first failure) over ``parent`` and return False."""
        return flush_each(self._work, parent)

    def flush_quietly(self) -> ValuesDeskError | None:
        """Save all pending work without a dialog; the first failure's error, or None when all is saved.

        For when nobody may be there to answer a dialog: a signal, the end of the session.
        """
        failed = first_failure(self._work)
        if failed is None:
            return None
        return failed.error or ValuesDeskError(
            QCoreApplication.translate("SaveCoordinator", "What was typed could not be saved.")
        )


def first_failure(works: Iterable[PendingWork]) -> PendingWork | None:
    """Flush every one, also after one failed: what one editor could not save (a pasted NUL, say)
    must not keep the others' typing from the disk. The first that failed (its ``error`` says
    why), or None."""
    failures = [work for work in tuple(works) if not work.flush()]
    return failures[0] if failures else None


def flush_each(works: Iterable[PendingWork], parent: QWidget | None) -> bool:
    """Flush every one; if any failed, say why (the first failure) over ``parent`` and return False."""
    failed = first_failure(works)
    if failed is not None and failed.error is not None:
        show_error(parent, failed.error)
    return failed is None
