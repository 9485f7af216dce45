"""What the Parallel Questions sheet shows: both columns, one of them, or one pair at a time.

Its own module, so that the remembered settings (valuesdesk.ui.settings) name the mode without
importing the sheet before the window's first frame.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication


class SheetMode(enum.StrEnum):
    BOTH = "both"
    THERAPIST = "therapist"
    CLIENT = "client"
    ONE_PAIR = "one-pair"

    @property
    def label(self) -> str:
        return {
            "both": QCoreApplication.translate("SheetMode", "Both columns"),
            "therapist": QCoreApplication.translate("SheetMode", "Therapist column"),
            "client": QCoreApplication.translate("SheetMode", "Client column"),
            "one-pair": QCoreApplication.translate("SheetMode", "One pair at a time"),
        }[self.value]

    @property
    def shows_therapist(self) -> bool:
        return self is not SheetMode.CLIENT

    @property
    def shows_client(self) -> bool:
        return self is not SheetMode.THERAPIST
