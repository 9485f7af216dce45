"""The Qt binding must not leak or drop references to None.

PySide6 6.12.0 on Python 3.11 loses a reference to None on each call of a method without a
result; a month of the diary calendar makes hundreds, and None is then freed and the
program aborts. pyproject.toml excludes that release; this test notices if one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor


def test_calls_without_a_result_keep_the_reference_count_of_none() -> None:
    color = QColor()
    before = sys.getrefcount(None)
    for _ in range(200):
        color.setAlphaF(1.0)
    assert abs(sys.getrefcount(None) - before) < 50
