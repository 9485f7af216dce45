"""Room for what shows: a stack of pages that needs only the room of the page it shows, and a list as wide
as its entries at any text size.

A QStackedWidget asks for the room of its largest page, shown or not, so that a scroll area round it
scrolls the Diary sideways because another area is wider. Pages not shown ask for none here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QListWidget, QSizePolicy, QStackedWidget


def fit_to_current_page(stack: QStackedWidget) -> None:
    """From now on, ``stack`` needs the room of its current page only (its pages' own size policies kept)."""
    pages = [page for index in range(stack.count()) if (page := stack.widget(index)) is not None]
    policies = {id(page): page.sizePolicy() for page in pages}
    ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def fit(current: int) -> None:
        shown = stack.widget(current)
        for page in pages:
            page.setSizePolicy(policies[id(page)] if page is shown else ignored)
        stack.updateGeometry()

    stack.currentChanged.connect(fit)
    fit(stack.currentIndex())


class _WidthOfEntries(QObject):
    """Fits a list's width to its widest entry whenever its font or style changes (Settings ▸ Appearance)."""

    def __init__(self, view: QListWidget, least: int) -> None:
        super().__init__(view)
        self.view = view
        self.least = least
        view.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.fit()
        return False

    def fit(self) -> None:
        frame = 2 * self.view.frameWidth()
        self.view.setFixedWidth(max(self.least, self.view.sizeHintForColumn(0) + frame))


def fit_width_to_entries(view: QListWidget, least: int) -> None:
    """Keep ``view`` as wide as its widest entry at any text size, and at least ``least`` wide."""
    _WidthOfEntries(view, least)
