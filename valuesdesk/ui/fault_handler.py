"""The one handler of faults nobody foresaw: an exception that reaches the top of the window.

:func:`install` makes it ``sys.excepthook``, which is also where PySide6 sends an exception raised
inside a slot (a button's click, a timer). It logs the exception's type and place
(``module:function:line``), never its message, which may quote what the person wrote; saves
whatever is typed and pending through the window's :class:`SaveCoordinator`; and says in a dialog
what failed and that their writing is safe. The event loop goes on, so the rest of the window keeps
working. A fault while the dialog is up is only logged: one dialog at a time.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui import error_texts
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# Translated where they are shown.
TITLE = QT_TRANSLATE_NOOP("FaultHandler", "Something went wrong")
SAVED = QT_TRANSLATE_NOOP("FaultHandler", "Your writing is safe: everything you typed has been saved.")
NOT_SAVED = QT_TRANSLATE_NOOP(
    "FaultHandler",
    "Your writing saved before this is safe, but what you typed last could not be saved yet: please copy it.",
)
NEXT = QT_TRANSLATE_NOOP("FaultHandler", "You can go on working. If this happens again, please restart ValuesDesk.")

# The window whose pending work is saved first, found when a fault happens (it may not exist yet).
WindowFinder = Callable[[], QWidget | None]


def place(trace: TracebackType | None) -> str:
    """Where an exception was raised, as ``module:function:line``: the innermost frame of its traceback."""
    frames = traceback.extract_tb(trace)
    if not frames:
        return "unknown place"
    frame = frames[-1]
    module = _module_name(frame.filename)
    return f"{module}:{frame.name}:{frame.lineno}"


def _module_name(filename: str) -> str:
    for name, module in list(sys.modules.items()):
        if getattr(module, "__file__", None) == filename:
            return name
    return filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]


def what_failed(error: BaseException) -> str:
    """What the dialog says failed: the person's own message for a typed error, else the kind of fault."""
    if isinstance(error, ValuesDeskError):
        return error_texts.message(error)
    return QCoreApplication.translate(
        "FaultHandler", "ValuesDesk met an unexpected problem ({kind}) and stopped what it was doing."
    ).format(kind=type(error).__name__)


def translate(text: str) -> str:
    return QCoreApplication.translate("FaultHandler", text)


class FaultHandler:
    def __init__(self, find_window: WindowFinder) -> None:
        self._find_window = find_window
        self._showing = False
        self.previous = sys.excepthook

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self.previous(kind, error, trace)
            return
        log.error("unexpected %s at %s", kind.__name__, place(trace))
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            window = self._find_window()
            saved = self._save_pending(window)
            box = QMessageBox(
                QMessageBox.Icon.Warning, translate(TITLE), what_failed(error), QMessageBox.StandardButton.Ok, window
            )
            box.setInformativeText(f"{translate(SAVED if saved else NOT_SAVED)}\n{translate(NEXT)}")
            box.exec()
        except Exception as failure:  # the handler itself must never raise into Qt
            log.error("the fault dialog failed: %s at %s", type(failure).__name__, place(failure.__traceback__))
        finally:
            self._showing = False

    @staticmethod
    def _save_pending(window: QWidget | None) -> bool:
        save = getattr(window, "save_pending", None)
        if save is None:
            return True
        try:
            return bool(save())
        except Exception as failure:
            log.error("saving after a fault failed: %s at %s", type(failure).__name__, place(failure.__traceback__))
            return False


def install(find_window: WindowFinder) -> FaultHandler:
    """Make the one handler ``sys.excepthook``; ``find_window`` gives the window to save and to show over."""
    handler = FaultHandler(find_window)
    sys.excepthook = handler
    return handler
