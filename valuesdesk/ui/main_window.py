"""The main window: the work areas, the Parallel Questions dock, menus and status bar.

The work areas are declared in :data:`AREAS`; the sidebar, the View menu, the shortcuts and the
area remembered at quit all follow that declaration. A new area is one more :class:`Area`.

An encrypted diary's window can be concealed (:meth:`MainWindow.conceal`): the lock screen takes
the place of the areas, the dock and the session window are put away, and every menu action that
acts on data is disabled, until :meth:`MainWindow.reveal`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, runtime_checkable

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from valuesdesk.paths import database_path
from valuesdesk.ui.backups_dialog import BackupActions
from valuesdesk.ui.dialogs import show_about
from valuesdesk.ui.diary.page import DiaryPage
from valuesdesk.ui.exchange_actions import ExchangeActions
from valuesdesk.ui.experiments_page import ExperimentsPage
from valuesdesk.ui.help import install_help_menu
from valuesdesk.ui.lock import Locker
from valuesdesk.ui.lock_screen import LockScreen
from valuesdesk.ui.privacy_dialog import PrivacyDialog
from valuesdesk.ui.questions.panel import QuestionsPanel
from valuesdesk.ui.settings import AREA, OLD_SECTION_ROW, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuesdesk.ui.context import AppContext

STATE_VERSION = 1
# On a first start the sheet gets about a third of the window, but the work areas (sections
# and page) keep the room they need to show a calendar beside a day's entry.
FIRST_DOCK_SHARE = 0.32
WORK_AREA_WIDTH = 820

PageT = TypeVar("PageT", bound=QWidget)


@runtime_checkable
class AreaPage(Protocol):
    """What every area's page offers: it is given the opened data once, and takes it from there."""

    def attach(self, context: AppContext) -> None: ...


@dataclass(frozen=True)
class Area:
    """A work area: a page of the window, an entry in the sidebar and the View menu, a shortcut."""

    name: str  # remembered as the area shown at quit: never rename one
    title: str  # with its View menu mnemonic
    shortcut: str
    factory: Callable[[Settings], QWidget]  # builds the page, an AreaPage


AREAS = (
    Area("experiments", "&Trying on a Value", "Ctrl+1", ExperimentsPage),
    Area("diary", "&Diary", "Ctrl+2", lambda _settings: DiaryPage()),
)
# ValuesDesk 0.1 remembered the area by its row in the sidebar: these were its rows.
AREAS_OF_0_1 = ("experiments", "diary")


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, settings: Settings, data_dir: Path) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("ValuesDesk")
        self.setMinimumSize(720, 480)
        self._settings = settings
        self._data_dir = data_dir
        self._painted = False
        self._keep_state = True
        self.context: AppContext | None = None

        self.pages = QStackedWidget()
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setAccessibleName("Sections")
        self.sections.setFixedWidth(168)
        for area in AREAS:
            self.pages.addWidget(area.factory(settings))
            self.sections.addItem(plain_label(area.title))
        self.sections.currentRowChanged.connect(self._switch_area)
        self.experiments_page = self.area_page(ExperimentsPage)
        self.experiments_page.diary_requested.connect(self.open_diary)
        self.experiments_page.diary_pdf_requested.connect(self.export_diary_pdf)
        self.diary_page = self.area_page(DiaryPage)

        work = QWidget()
        layout = QHBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections)
        layout.addWidget(self.pages, 1)
        self.lock_screen = LockScreen()
        self.lock_screen.quit_requested.connect(self.close)
        # The lock screen takes the place of the areas: hidden in the stack, none of their text shows.
        self.screens = QStackedWidget()
        self.screens.addWidget(work)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        # The window's layout as it was before it was concealed, kept at quit rather than the concealed one.
        self._layout_before_conceal: QByteArray | None = None

        self.questions_panel = QuestionsPanel(settings)
        self.questions_dock = QDockWidget("Parallel Questions", self)
        self.questions_dock.setObjectName("questionsDock")
        self.questions_dock.setWidget(self.questions_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.questions_dock)
        # Session mode takes the sheet out of the dock into a window of its own, and back.
        self.questions_panel.session_started.connect(self.questions_dock.hide)
        self.questions_panel.session_ended.connect(self._return_questions_to_dock)
        self.questions_panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))

        self.exchange = ExchangeActions(self, settings)
        self.backups = BackupActions(self)
        self.locker = Locker(self, settings)
        self.privacy_action = QAction("Pri&vacy…", self)
        self.privacy_action.setEnabled(False)
        self.privacy_action.triggered.connect(self.edit_privacy)
        # Everything that shows or changes data: disabled together while the window is concealed.
        self.data_actions = QActionGroup(self)
        self.data_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self._build_menus()
        self.statusBar().showMessage("Opening your data…")
        self._restore_state()
        self.show_area(self._saved_area(), focus=False)
        self.setTabOrder(self.sections, self.pages)

    def area_page(self, kind: type[PageT]) -> PageT:
        """The page of the area whose page is a ``kind``."""
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, kind):
                return page
        raise LookupError(f"no area shows a {kind.__name__}")

    def current_area(self) -> str:
        return AREAS[self.pages.currentIndex()].name

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.exchange.export_action, self.exchange.import_action])
        file_menu.addSeparator()
        file_menu.addActions([self.exchange.save_pdf_action, self.exchange.print_action])
        file_menu.addSeparator()
        file_menu.addActions(self.backups.actions())
        file_menu.addSeparator()
        file_menu.addActions([self.privacy_action, self.locker.lock_action])
        file_menu.setToolTipsVisible(True)  # Lock Now's tooltip says why it is disabled
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu("&View")
        for area in AREAS:
            action = QAction(area.title, self, shortcut=QKeySequence(area.shortcut))
            action.triggered.connect(lambda _checked=False, name=area.name: self.show_area(name))
            view_menu.addAction(action)
        view_menu.addSeparator()
        dock_action = self.questions_dock.toggleViewAction()
        dock_action.setText("&Parallel Questions")
        dock_action.setShortcut(QKeySequence("Ctrl+3"))
        view_menu.addAction(dock_action)
        view_menu.addAction(self.questions_panel.session_action)
        view_menu.addAction(self.questions_panel.hide_notes_action)

        for menu in (file_menu, view_menu):
            for action in menu.actions():
                if action not in (quit_action, self.locker.lock_action) and not action.isSeparator():
                    self.data_actions.addAction(action)

        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About ValuesDesk", self)
        about_action.setMenuRole(QAction.MenuRole.AboutRole)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)
        install_help_menu(self, help_menu)  # Guide (F1) and Keyboard Shortcuts (Ctrl+/) above About

    def show_about(self) -> None:
        encrypted = None if self.context is None else self.context.services.encrypted
        show_about(self, database_path(self._data_dir), encrypted)

    def _switch_area(self, row: int) -> None:
        # What was typed is saved on leaving, not some time later behind the other area. A save
        # that fails says why; the typing stays pending in its area, and quitting will not lose it.
        self.save_pending()
        self.pages.setCurrentIndex(row)

    def show_area(self, name: str, *, focus: bool = True) -> None:
        self.sections.setCurrentRow(next(row for row, area in enumerate(AREAS) if area.name == name))
        if focus and (page := self.pages.currentWidget()) is not None:
            page.setFocus()

    def open_diary(self, experiment_id: int) -> None:
        """Step 8's link: the Diary area, showing this experiment's diary."""
        self.show_area("diary")
        self.diary_page.show_experiment(experiment_id)

    def _return_questions_to_dock(self) -> None:
        self.questions_dock.show()
        self.questions_dock.raise_()
        self.activateWindow()
        self.questions_panel.sheet_view.setFocus()

    def attach(self, context: AppContext) -> None:
        """Give every area the opened data; until then the window shows that the data is opening."""
        self.context = context
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            assert isinstance(page, AreaPage), f"the page {page!r} has no attach(context)"
            page.attach(context)
        self.exchange.attach(context)
        self.backups.attach(context)
        self.questions_panel.attach(context)
        self.locker.attach(context)
        self.privacy_action.setEnabled(True)
        # Never the data file's path: the status bar shows while the screen is shared (About names it).
        self.statusBar().showMessage("Your data stays on this computer")

    def edit_privacy(self) -> None:
        """File ▸ Privacy…, once everything typed is saved (a passphrase converts the data file)."""
        if self.context is None or not self.save_pending():
            return
        dialog = PrivacyDialog(self.context.services, self._settings, self.backups.runner.wait, self)
        dialog.changed.connect(self.locker.update)
        dialog.exec()

    @property
    def concealed(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def conceal(self) -> None:
        """Hide every text of the diary behind the lock screen: the areas, the dock, the session
        window, open dialogs (cancelled) and menus; the menu actions on data are disabled."""
        if self.concealed:
            return
        if (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, QDialog) and window.isVisible():
                window.reject()  # as if cancelled: the safe answer of every dialog
        self._layout_before_conceal = self.saveState(STATE_VERSION)
        self.questions_panel.set_concealed(True)
        self.questions_dock.hide()
        self.data_actions.setEnabled(False)
        self.statusBar().clearMessage()
        self.lock_screen.reset()
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.field.setFocus()

    def reveal(self) -> None:
        """Show again what :meth:`conceal` hid."""
        if not self.concealed:
            return
        self.screens.setCurrentIndex(0)
        if self._layout_before_conceal is not None:
            self.restoreState(self._layout_before_conceal, STATE_VERSION)  # the dock where it was
            self._layout_before_conceal = None
        self.questions_panel.set_concealed(False)
        self.data_actions.setEnabled(True)
        self.lock_screen.reset()
        if (page := self.pages.currentWidget()) is not None:
            page.setFocus()

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

    def _saved_area(self) -> str:
        """The area shown at the last quit; the first area when none (or none known) was saved."""
        names = [area.name for area in AREAS]
        saved = self._settings.get(AREA)
        if not saved:
            row = self._settings.get(OLD_SECTION_ROW)
            saved = AREAS_OF_0_1[row] if 0 <= row < len(AREAS_OF_0_1) else ""
        return saved if saved in names else names[0]

    def _restore_state(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 760)
        state = self._settings.get(WINDOW_STATE)
        self._first_layout = state is None or not self.restoreState(state, STATE_VERSION)

    def _save_state(self) -> None:
        self.questions_panel.put_away_for_quit()
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set(WINDOW_STATE, self._layout_before_conceal or self.saveState(STATE_VERSION))
        self._settings.set(AREA, self.current_area())
        self._settings.remove(OLD_SECTION_ROW)
        self._settings.sync()

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
        return self.context is None or self.context.coordinator.flush(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._keep_state:
            # Never close over unsaved writing: the person keeps the window and their text.
            if not self.save_pending():
                event.ignore()
                return
            self._save_state()
        super().closeEvent(event)
