"""Counted words ("1 day", "3 days") in the plural forms of the person's language, one home for each.

A count is translated with ``%Ln`` (its number in the locale's digits), so that each language says it
with its own plural forms (English has two, Polish three, Japanese one); English's own singular comes
from ``valuesdesk_en.qm``. ``pyside6-lupdate`` marks a text as counted only in ``self.tr(text, "", n)``,
hence a QObject here rather than functions calling ``QCoreApplication.translate``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def days(self, count: int) -> str:
        return self.tr("%Ln days", "", count)

    def times(self, count: int) -> str:
        return self.tr("%Ln times", "", count)

    def check_ins(self, count: int) -> str:
        return self.tr("%Ln check-ins", "", count)


_COUNTS = Counts()


def days(count: int) -> str:
    """ "1 day", "2 days"."""
    return _COUNTS.days(count)


def times(count: int) -> str:
    """ "once", "3 times"."""
    return _COUNTS.times(count)


def check_ins(count: int) -> str:
    """ "1 check-in", "2 check-ins"."""
    return _COUNTS.check_ins(count)
