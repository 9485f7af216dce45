"""The main window: the two work areas, the Parallel Questions dock, menus and status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from valuesdesk.paths import database_path
from valuesdesk.ui.diary.page import DiaryPage
from valuesdesk.ui.dialogs import show_about
from valuesdesk.ui.exchange_actions import ExchangeActions
from valuesdesk.ui.experiments_page import ExperimentsPage
from valuesdesk.ui.questions.panel import QuestionsPanel
from valuesdesk.ui.ui_state import UiState
from valuesdesk.ui.widgets.autosave import Autosaver, flush_all

if TYPE_CHECKING:
    from valuesdesk.services import Services

STATE_VERSION = 1
# On a first start the sheet gets about a third of the window, but the work areas (sections
# and page) keep the room they need to show a calendar beside a day's entry.
FIRST_DOCK_SHARE = 0.32
WORK_AREA_WIDTH = 820


class MainWindow(QMainWindow):
    first_painted = Signal()
    # Data came in from an imported file: pages showing data should load it again.
    data_imported = Signal()

    def __init__(self, ui_state: UiState, data_dir: Path) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("ValuesDesk")
        self.setMinimumSize(720, 480)
        self._ui_state = ui_state
        self._data_dir = data_dir
        self._painted = False
        self._keep_state = True
        self.services: Services | None = None

        self.experiments_page = ExperimentsPage(ui_state)
        self.experiments_page.diary_requested.connect(self.open_diary)
        self.experiments_page.diary_pdf_requested.connect(self.export_diary_pdf)
        self.diary_page = DiaryPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.experiments_page)
        self.pages.addWidget(self.diary_page)

        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setAccessibleName("Sections")
        self.sections.addItems(["Trying on a Value", "Diary"])
        self.sections.setFixedWidth(168)
        self.sections.currentRowChanged.connect(self._switch_section)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.questions_panel = QuestionsPanel(ui_state)
        self.questions_dock = QDockWidget("Parallel Questions", self)
        self.questions_dock.setObjectName("questionsDock")
        self.questions_dock.setWidget(self.questions_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.questions_dock)
        # Session mode takes the sheet out of the dock into a window of its own, and back.
        self.questions_panel.session_started.connect(self.questions_dock.hide)
        self.questions_panel.session_ended.connect(self._return_questions_to_dock)
        self.questions_panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        self.exchange = ExchangeActions(self, ui_state, self.save_pending)
        self.exchange.imported.connect(self.experiments_page.reload)
        self.exchange.imported.connect(self.diary_page.reload)
        self.exchange.imported.connect(self.questions_panel.reload_notes)
        self.exchange.imported.connect(self.data_imported)
        self._build_menus()
        self.statusBar().showMessage("Opening your data…")
        self._restore_state()
        self.sections.setCurrentRow(int(self._ui_state.value("section", 0) or 0))
        self.setTabOrder(self.sections, self.pages)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.exchange.export_action, self.exchange.import_action])
        file_menu.addSeparator()
        file_menu.addActions([self.exchange.save_pdf_action, self.exchange.print_action])
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for row, (name, key) in enumerate((("&Trying on a Value", "Ctrl+1"), ("&Diary", "Ctrl+2"))):
            action = QAction(name, self, shortcut=QKeySequence(key))
            action.triggered.connect(lambda _checked=False, row=row: self.show_section(row))
            view_menu.addAction(action)
        view_menu.addSeparator()
        dock_action = self.questions_dock.toggleViewAction()
        dock_action.setText("&Parallel Questions")
        dock_action.setShortcut(QKeySequence("Ctrl+3"))
        view_menu.addAction(dock_action)
        view_menu.addAction(self.questions_panel.session_action)
        view_menu.addAction(self.questions_panel.hide_notes_action)

        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About ValuesDesk", self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(lambda: show_about(self, database_path(self._data_dir)))
        help_menu.addAction(about_action)

    def _switch_section(self, row: int) -> None:
        # What was typed is saved on leaving, not some time later behind the other area.
        self.save_pending()
        self.pages.setCurrentIndex(row)

    def show_section(self, row: int) -> None:
        self.sections.setCurrentRow(row)
        self.pages.currentWidget().setFocus()

    def open_diary(self, experiment_id: int) -> None:
        """Step 8's link: the Diary area, showing this experiment's diary."""
        self.show_section(1)
        self.diary_page.show_experiment(experiment_id)

    def _return_questions_to_dock(self) -> None:
        self.questions_dock.show()
        self.questions_dock.raise_()
        self.activateWindow()
        self.questions_panel.sheet_view.setFocus()

    def attach(self, services: Services) -> None:
        """Give the window the opened data; until then it shows that the data is opening."""
        self.services = services
        self.experiments_page.attach(services)
        self.diary_page.attach(services)
        self.exchange.attach(services)
        self.questions_panel.attach(services)
        self.statusBar().showMessage(f"Your data stays on this computer · {database_path(self._data_dir)}")

    def export_diary_pdf(self, experiment_id: int) -> None:
        """Save one experiment's Daily Reactions Diary as a PDF, asking only where ("Bring to session")."""
        self.exchange.export_diary_pdf(experiment_id)

    def bring_to_front(self) -> None:
        """Another start on this data folder asked for the window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def discard(self) -> None:
        """Put the window away without saving anything into a data folder that could not be opened.

        Hidden rather than closed: closing the last window would post a second request to quit.
        """
        self._keep_state = False
        self.hide()

    def _restore_state(self) -> None:
        geometry = self._ui_state.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        state = self._ui_state.bytes("window/state")
        self._first_layout = state is None or not self.restoreState(state, STATE_VERSION)

    def _save_state(self) -> None:
        self.questions_panel.put_away_for_quit()
        self._ui_state.set("window/geometry", self.saveGeometry())
        self._ui_state.set("window/state", self.saveState(STATE_VERSION))
        self._ui_state.set("section", self.sections.currentRow())
        self._ui_state.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_layout:
            self._first_layout = False
            share = min(int(self.width() * FIRST_DOCK_SHARE), self.width() - WORK_AREA_WIDTH)
            width = max(self.questions_dock.minimumSizeHint().width(), share)
            self.resizeDocks([self.questions_dock], [width], Qt.Orientation.Horizontal)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Leave the event loop free to put the first frame on screen before the heavy work.
            QTimer.singleShot(0, self.first_painted.emit)

    def save_pending(self) -> bool:
        """Save everything typed but not yet saved; on failure say why and return False."""
        return flush_all(self.findChildren(Autosaver), self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keep_state:
            # Never close over unsaved writing: the person keeps the window and their text.
            if not self.save_pending():
                event.ignore()
                return
            self._save_state()
        super().closeEvent(event)
