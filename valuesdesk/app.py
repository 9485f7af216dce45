"""The QApplication and the start-up sequence: paint the window first, then open the data."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from valuesdesk import APP_ID, APP_NAME, __version__
from valuesdesk.content import resource_path
from valuesdesk.errors import ValuesDeskError
from valuesdesk.paths import ui_state_path
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.main_window import MainWindow
from valuesdesk.ui.ui_state import UiState

if TYPE_CHECKING:
    from valuesdesk.services import Services

log = logging.getLogger(__name__)


def application() -> QApplication:
    """The running QApplication, made and named on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon = resource_path("icons", "valuesdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = resource_path("styles", "app.qss").read_text(encoding="utf-8")
    if app.styleSheet() != style:
        # Setting it again would restyle every widget alive, which is slow.
        app.setStyleSheet(style)
    return app


def report_startup_error(window: MainWindow | None, error: ValuesDeskError) -> None:
    print(f"ValuesDesk: {error}", file=sys.stderr)
    show_error(window, error)


def run_gui(data_dir: Path) -> int:
    app = application()
    window = MainWindow(UiState(ui_state_path(data_dir)), data_dir)
    opened: list[Services] = []

    def on_first_paint() -> None:
        # The ORM and migrations cost a quarter of a second to import: only once the window shows.
        from valuesdesk.services import open_services

        try:
            services = open_services(data_dir)
        except ValuesDeskError as error:
            log.error("cannot open the data folder: %s", type(error).__name__)
            report_startup_error(window, error)
            window.discard()
            app.exit(error.exit_code)
            return
        opened.append(services)
        window.attach(services)

    window.first_painted.connect(on_first_paint)
    window.show()
    code = app.exec()
    for services in opened:
        services.close()
    return code

