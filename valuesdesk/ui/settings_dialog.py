"""Settings (Ctrl+,): one dialog, a page per subject, listed on the left.

A page is a widget built by one of :data:`PAGES`' factories from what every page may need
(:class:`SettingsScope`). A page applies a change as soon as it is made (a desktop program's
settings do not wait for an OK button) and remembers it through :class:`Settings`; the dialog
only hosts the pages. A new page is one line in :data:`PAGES`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.ui.settings import Settings
from valuesdesk.ui.settings_pages import appearance, language, reminders

if TYPE_CHECKING:
    from valuesdesk.ui.context import AppContext
    from valuesdesk.ui.main_window import MainWindow


@dataclass(frozen=True)
class SettingsScope:
    """What a settings page is built from: the remembered settings, the window, and the open data
    (None while the data is not open yet, or locked)."""

    settings: Settings
    window: MainWindow
    context: AppContext | None


@dataclass(frozen=True)
class SettingsPage:
    """One page of the dialog: its title in the list (translated when shown) and how it is built."""

    title: str  # a source text for QCoreApplication.translate("SettingsDialog", …)
    build: Callable[[SettingsScope], QWidget]


# The pages, in the order the list shows them: a page's module is imported above and listed here.
PAGES: tuple[SettingsPage, ...] = (
    SettingsPage(language.TITLE, language.build),
    SettingsPage(appearance.TITLE, appearance.build),
    SettingsPage(reminders.TITLE, reminders.build),
)


class SettingsDialog(QDialog):
    def __init__(self, scope: SettingsScope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QStackedWidget()
        self.page_list = QListWidget()
        self.page_list.setObjectName("settingsPages")
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        for page in PAGES:
            self.page_list.addItem(QCoreApplication.translate("SettingsDialog", page.title))
            self.pages.addWidget(page.build(scope))
        self.page_list.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.page_list.setFixedWidth(max(140, self.page_list.sizeHintForColumn(0) + 24))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        if PAGES:
            self.page_list.setCurrentRow(0)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def show_page(self, title: str) -> None:
        """Open the page called ``title`` (its source text)."""
        for row, page in enumerate(PAGES):
            if page.title == title:
                self.page_list.setCurrentRow(row)
                return
        raise LookupError(f"no settings page is called {title!r}")
