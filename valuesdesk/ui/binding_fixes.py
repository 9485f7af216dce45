"""Work-arounds for faults of the Qt binding that cannot wait for its next release."""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

# Past any count a session could use up: a little under what a 32-bit count can hold.
NONE_REFERENCES = 1 << 30


def keep_none_alive() -> None:
    """Stop PySide6 from deallocating None on Python 3.11.

    PySide6 6.12 on Python 3.11 drops a reference to None each time a method without a
    result (``QPainter.save()``, ``QLabel.setText()``, …) returns; None is then deallocated
    and the program aborts after some thousands of calls, painting a calendar uses hundreds.
    From Python 3.12 None is immortal; this gives it an equally endless count where the
    fault is seen, and does nothing elsewhere.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    from PySide6.QtGui import QColor

    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(8):
        color.setAlphaF(1.0)
    if sys.getrefcount(None) >= before:
        return
    log.info("working around PySide6 dropping references to None")
    ctypes.c_ssize_t.from_address(id(None)).value += NONE_REFERENCES
