"""The main window: the work areas, the Parallel Questions dock, menus and status bar.

The work areas are declared in :data:`AREAS`; the sidebar, the View menu, the shortcuts and the
area remembered at quit all follow that declaration. A new area is one more :class:`Area`.

An encrypted diary's window can be concealed (:meth:`MainWindow.conceal`): the lock screen takes
the place of the areas, the dock and the session window are put away, and every menu action that
acts on data is disabled, until :meth:`MainWindow.reveal`.

The first window takes most of the free area of its screen, at any scaling, and is centred; on a
first start (no layout saved) :meth:`MainWindow.ask_first_use` asks who ValuesDesk is for in place
of the work areas, and the answer decides whether the Parallel Questions open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QWidget,
)

from valuesdesk import APP_NAME
from valuesdesk.paths import database_path
from valuesdesk.ui.backups_dialog import BackupActions
from valuesdesk.ui.dialogs import show_about
from valuesdesk.ui.exchange_actions import ExchangeActions
from valuesdesk.ui.first_start import FirstStartPage
from valuesdesk.ui.help import install_help_menu
from valuesdesk.ui.lock import Locker
from valuesdesk.ui.lock_screen import LockScreen
from valuesdesk.ui.settings import (
    AREA,
    OLD_SECTION_ROW,
    USED_FOR,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    Settings,
    UsedFor,
)
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.widgets import keyboard
from valuesdesk.ui.widgets.announce import announce
from valuesdesk.ui.widgets.fitting import fit_to_current_page, fit_width_to_entries
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuesdesk.ui.context import AppContext
    from valuesdesk.ui.diary.page import DiaryPage
    from valuesdesk.ui.experiments_page import ExperimentsPage
    from valuesdesk.ui.questions.panel import QuestionsPanel
    from valuesdesk.ui.settings_dialog import SettingsDialog

STATE_VERSION = 1
# The first window: most of the screen's free area (room left for the frame, the title bar and the
# windows around it), no larger than a large monitor needs, and centred on it.
FIRST_SHARE_OF_SCREEN = (0.9, 0.86)
LARGEST_FIRST_SIZE = QSize(1600, 1000)
# The smallest window the areas are laid out for; on a smaller screen, what that screen allows.
MINIMUM_SIZE = QSize(720, 480)
# On a first start the sheet gets about a third of the window, but the work areas (sections
# and page) keep the room they need to show a calendar beside a day's entry.
FIRST_DOCK_SHARE = 0.32
WORK_AREA_WIDTH = 820
# The areas not shown are built this long after the data is given to the one shown: after its frame.
HIDDEN_PAGES_DELAY_MS = 100
NO_ROOM_FOR_THE_DOCK = QT_TRANSLATE_NOOP(
    "MainWindow", "The Parallel Questions need a wider window: View ▸ Parallel Questions (Ctrl+3) opens them."
)

PageT = TypeVar("PageT", bound=QWidget)


@runtime_checkable
class AreaPage(Protocol):
    """What every area's page offers: it is given the opened data once, and takes it from there."""

    def attach(self, context: AppContext) -> None: ...


@dataclass(frozen=True)
class Area:
    """A work area: a page of the window, an entry in the sidebar and the View menu, a shortcut."""

    name: str  # remembered as the area shown at quit: never rename one
    title: str  # with its View menu mnemonic; a source text, translated where shown (QT_TRANSLATE_NOOP)
    shortcut: str
    factory: Callable[[Settings], QWidget]  # builds the page, an AreaPage


# The pages are imported as they are built: the first frame imports and builds the area shown only
# (docs/performance.md, "Frame first").
def experiments_page(settings: Settings) -> QWidget:
    from valuesdesk.ui.experiments_page import ExperimentsPage

    return ExperimentsPage(settings)


def diary_page(_settings: Settings) -> QWidget:
    from valuesdesk.ui.diary.page import DiaryPage

    return DiaryPage()


def values_page(settings: Settings) -> QWidget:
    from valuesdesk.ui.values.page import ValuesPage

    return ValuesPage(settings)


AREAS = (
    Area("experiments", QT_TRANSLATE_NOOP("MainWindow", "&Trying on a Value"), "Ctrl+1", experiments_page),
    Area("diary", QT_TRANSLATE_NOOP("MainWindow", "&Diary"), "Ctrl+2", diary_page),
    Area("values", QT_TRANSLATE_NOOP("MainWindow", "&Values"), "Ctrl+4", values_page),
)
# ValuesDesk 0.1 remembered the area by its row in the sidebar: these were its rows.
AREAS_OF_0_1 = ("experiments", "diary")


class MainWindow(QMainWindow):
    first_painted = Signal()
    first_start_answered = Signal()  # who ValuesDesk is for, the question of :meth:`ask_first_use`

    def __init__(self, settings: Settings, data_dir: Path, *, ask_who_for: bool = False) -> None:
        """``ask_who_for``: on a first start, keep the Parallel Questions closed until
        :meth:`ask_first_use` has asked who ValuesDesk is for. Without it (a window built for a test,
        say), a window that was never told lays out as before there was a question: the dock open."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self._settings = settings
        self._data_dir = data_dir
        self._painted = False
        self._keep_state = True
        self.context: AppContext | None = None
        # The reminder service's answer to the person closing the window: True when it was put in the tray.
        self.close_to_tray: Callable[[], bool] | None = None

        self.pages = QStackedWidget()
        self.sections = QListWidget()
        self.sections.setObjectName("sections")
        self.sections.setAccessibleName(self.tr("Sections"))
        # Frame first: the area shown is built now, the others (an empty place each until then) right after
        # the data is on screen, or as soon as anything asks for them (:meth:`build_all_pages`).
        shown = self._saved_area()
        self._unbuilt: dict[int, QWidget] = {}
        for index, area in enumerate(AREAS):
            if area.name == shown:
                self.pages.addWidget(self._built(area.factory(settings)))
            else:
                self._unbuilt[index] = QWidget()
                self.pages.addWidget(self._unbuilt[index])
            self.sections.addItem(plain_label(self.tr(area.title)))
        self.pages.setCurrentIndex(next(row for row, area in enumerate(AREAS) if area.name == shown))
        fit_width_to_entries(self.sections, 168)  # wider only for larger text (Settings ▸ Appearance)
        self.sections.currentRowChanged.connect(self._switch_area)

        work = QWidget()
        layout = QHBoxLayout(work)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sections)
        # On a screen lower or narrower than a page needs (a 1280×800 laptop at 150%), the page scrolls
        # as a whole rather than being squeezed; at every other size this scroll area is invisible.
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidget(self.pages)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.page_scroll, 1)
        self.lock_screen = LockScreen()
        self.lock_screen.quit_requested.connect(self.close)
        # The lock screen takes the place of the areas: hidden in the stack, none of their text shows.
        self.screens = QStackedWidget()
        self.screens.addWidget(work)
        self.screens.addWidget(self.lock_screen)
        self.first_start = FirstStartPage()
        self.first_start.chosen.connect(self.use_for)
        self.screens.addWidget(self.first_start)
        self.setCentralWidget(self.screens)
        # The window's layout as it was before it was concealed, kept at quit rather than the concealed one.
        self._layout_before_conceal: QByteArray | None = None
        self._screen_before_conceal = self.screens.indexOf(work)
        self.work = work  # the sidebar and the pages, which the lock screen and the first start's question replace

        # Frame first: the dock shows an empty place in the first frame; the Parallel Questions sheet (about half
        # of the window's construction) is built after it, or at once when anything asks for it.
        self._questions_panel: QuestionsPanel | None = None
        self.questions_dock = QDockWidget(self.tr("Parallel Questions"), self)
        self.questions_dock.setObjectName("questionsDock")
        self.questions_dock.setWidget(QWidget())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.questions_dock)

        self.exchange = ExchangeActions(self, settings)
        self.backups = BackupActions(self)
        self.locker = Locker(self, settings)
        self.privacy_action = QAction(self.tr("Pri&vacy…"), self)
        self.privacy_action.setEnabled(False)
        self.privacy_action.triggered.connect(self.edit_privacy)
        # Everything that shows or changes data: disabled together while the window is concealed.
        self.data_actions = QActionGroup(self)
        self.data_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self.used_for_actions: dict[UsedFor, QAction] = {}
        self._build_menus()
        # A status message is out of sight of the focus: a screen reader says it. Return presses a focused button.
        self.statusBar().messageChanged.connect(lambda text: announce(self.statusBar(), text))
        keyboard.install(cast(QApplication, QApplication.instance()))
        self.statusBar().showMessage(self.tr("Opening your data…"))
        self._restore_state()
        # A first start: nobody has said yet whether the therapist's sheet belongs on this screen.
        self._question_pending = ask_who_for and self._first_layout and settings.get(USED_FOR) is UsedFor.NOT_ASKED
        if self._question_pending or (self._first_layout and settings.get(USED_FOR) is UsedFor.MYSELF):
            self.questions_dock.hide()
        self._check_used_for(settings.get(USED_FOR))
        self.show_area(self._saved_area(), focus=False)
        self.setTabOrder(self.sections, self.pages)

    @property
    def questions_panel(self) -> QuestionsPanel:
        """The Parallel Questions panel in the dock (built now if it was not yet)."""
        return self.build_questions_panel()

    def build_questions_panel(self) -> QuestionsPanel:
        """Build the Parallel Questions panel into the dock, in place of the first frame's empty place, once."""
        if self._questions_panel is None:
            from valuesdesk.ui.questions.panel import QuestionsPanel

            panel = QuestionsPanel(self._settings)
            self._questions_panel = panel
            self.questions_dock.widget().deleteLater()
            self.questions_dock.setWidget(panel)
            # Session mode takes the sheet out of the dock into a window of its own, and back.
            panel.session_started.connect(self.questions_dock.hide)
            panel.session_ended.connect(self._return_questions_to_dock)
            panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            # Its two actions go in the View menu after Parallel Questions, disabled with the others while locked.
            self._view_menu.insertActions(self._questions_actions_end, [panel.session_action, panel.hide_notes_action])
            self.data_actions.addAction(panel.session_action)
            self.data_actions.addAction(panel.hide_notes_action)
            panel.set_concealed(self.concealed)
        return self._questions_panel

    def area_page(self, kind: type[PageT]) -> PageT:
        """The page of the area whose page is a ``kind`` (built now if it was not yet)."""
        self.build_all_pages()
        for index in range(self.pages.count()):
            page = self.pages.widget(index)
            if isinstance(page, kind):
                return page
        raise LookupError(f"no area shows a {kind.__name__}")

    @property
    def experiments_page(self) -> ExperimentsPage:
        from valuesdesk.ui.experiments_page import ExperimentsPage

        return self.area_page(ExperimentsPage)

    @property
    def diary_page(self) -> DiaryPage:
        from valuesdesk.ui.diary.page import DiaryPage

        return self.area_page(DiaryPage)

    def _built(self, page: QWidget) -> QWidget:
        """A page just built: joined to the window, and given the data if it is open."""
        from valuesdesk.ui.experiments_page import ExperimentsPage

        if isinstance(page, ExperimentsPage):
            page.diary_requested.connect(self.open_diary)
            page.diary_pdf_requested.connect(self.export_diary_pdf)
        if self.context is not None:
            assert isinstance(page, AreaPage), f"the page {page!r} has no attach(context)"
            page.attach(self.context)
        return page

    def build_all_pages(self) -> None:
        """Build the areas not built yet, each in its place; from then on the pages need the room of the
        area shown only, as when all were built at once."""
        if not self._unbuilt:
            return
        current = self.pages.currentIndex()
        for index, empty in sorted(self._unbuilt.items()):
            self.pages.insertWidget(index, self._built(AREAS[index].factory(self._settings)))
            self.pages.removeWidget(empty)
            empty.deleteLater()
        self._unbuilt.clear()
        self.pages.setCurrentIndex(current)
        fit_to_current_page(self.pages)  # the scroll round the pages scrolls for the area shown, not the widest

    def current_area(self) -> str:
        return AREAS[self.pages.currentIndex()].name

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.exchange.export_action, self.exchange.import_action])
        file_menu.addSeparator()
        file_menu.addActions([self.exchange.save_pdf_action, self.exchange.print_action])
        file_menu.addSeparator()
        file_menu.addActions(self.backups.actions())
        file_menu.addSeparator()
        settings_action = QAction(
            self.tr("Se&ttings…"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Preferences)
        )
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(lambda: self.show_settings())  # not triggered's "checked" as the page
        file_menu.addAction(settings_action)
        file_menu.addActions([self.privacy_action, self.locker.lock_action])
        file_menu.setToolTipsVisible(True)  # Lock Now's tooltip says why it is disabled
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for area in AREAS:
            action = QAction(self.tr(area.title), self, shortcut=QKeySequence(area.shortcut))
            action.triggered.connect(lambda _checked=False, name=area.name: self.show_area(name))
            view_menu.addAction(action)
        view_menu.addSeparator()
        dock_action = self.questions_dock.toggleViewAction()
        dock_action.setText(self.tr("&Parallel Questions"))
        dock_action.setShortcut(QKeySequence("Ctrl+3"))
        view_menu.addAction(dock_action)
        # Session Mode and Hide Private Notes come here with the panel (``questions_panel``).
        self._view_menu = view_menu
        self._questions_actions_end = view_menu.addSeparator()
        used_for_menu = view_menu.addMenu(self.tr("&Use ValuesDesk For"))
        used_for_group = QActionGroup(self)
        for used_for, text in (
            (UsedFor.MYSELF, self.tr("&Myself")),
            (UsedFor.CLIENTS, self.tr("&Clients, as a Therapist")),
        ):
            action = QAction(text, self, checkable=True)
            action.triggered.connect(lambda _checked=False, answer=used_for: self.use_for(answer))
            used_for_group.addAction(action)
            used_for_menu.addAction(action)
            self.used_for_actions[used_for] = action

        for menu in (file_menu, view_menu):
            for action in menu.actions():
                if action not in (quit_action, self.locker.lock_action) and not action.isSeparator():
                    self.data_actions.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About ValuesDesk"), self)
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
        if row in self._unbuilt:
            self.build_all_pages()
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
            if index in self._unbuilt:
                continue  # given the data as it is built
            page = self.pages.widget(index)
            assert isinstance(page, AreaPage), f"the page {page!r} has no attach(context)"
            page.attach(context)
        self.exchange.attach(context)
        self.backups.attach(context)
        self.questions_panel.attach(context)
        self.locker.attach(context)
        self.privacy_action.setEnabled(True)
        # Never the data file's path: the status bar shows while the screen is shared (About names it).
        self.statusBar().showMessage(self.tr("Your data stays on this computer"))
        # The other areas once the data shown has painted (a zero timer would run before that frame).
        QTimer.singleShot(HIDDEN_PAGES_DELAY_MS, self._build_pages_if_shown)

    def _build_pages_if_shown(self) -> None:
        # Locked, the data cannot be read: the areas are built as the window is revealed.
        if not self.concealed:
            self.build_all_pages()

    def show_settings(self, page: str | None = None) -> SettingsDialog:
        """File ▸ Settings… (Ctrl+,), open at ``page`` (a page's title) when one is given."""
        from valuesdesk.ui.settings_dialog import SettingsDialog, SettingsScope

        dialog = SettingsDialog(SettingsScope(self._settings, self, self.context), self)
        if page is not None:
            dialog.show_page(page)
        dialog.show()
        return dialog

    def edit_privacy(self) -> None:
        """File ▸ Privacy…, once everything typed is saved (a passphrase converts the data file)."""
        if self.context is None or not self.save_pending():
            return
        from valuesdesk.ui.privacy_dialog import PrivacyDialog

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
        self._screen_before_conceal = self.screens.currentIndex()
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
        self.screens.setCurrentIndex(self._screen_before_conceal)  # the first start's question, if it was asked
        if self._layout_before_conceal is not None:
            self.restoreState(self._layout_before_conceal, STATE_VERSION)  # the dock where it was
            self._layout_before_conceal = None
        self.questions_panel.set_concealed(False)
        self.data_actions.setEnabled(not self.asking)
        self.lock_screen.reset()
        if self.context is not None:
            QTimer.singleShot(HIDDEN_PAGES_DELAY_MS, self._build_pages_if_shown)
        # The person just typed here, yet Qt may not count the window active (an X server without a window
        # manager, where keys follow the pointer): typing would reach the focused field but no shortcut would
        # work until a click. Asking for activation makes it the active window whichever way the keys came.
        self.raise_()
        self.activateWindow()
        if self.asking:
            self.first_start.answers[UsedFor.MYSELF].setFocus()
        elif (page := self.pages.currentWidget()) is not None:
            page.setFocus()

    @property
    def asking(self) -> bool:
        """The first start's question shows in place of the work areas."""
        return self.screens.currentWidget() is self.first_start

    def ask_first_use(self) -> SignalInstance | None:
        """On a first start, ask who ValuesDesk is for in place of the work areas, and return the
        signal of the answer; None when there is nothing to ask."""
        if not self._question_pending:
            return None
        self._question_pending = False
        self.screens.setCurrentWidget(self.first_start)
        self.data_actions.setEnabled(False)  # the View menu's dock toggle would answer for the person
        self.first_start.answers[UsedFor.MYSELF].setFocus()
        return self.first_start_answered

    def use_for(self, used_for: UsedFor) -> None:
        """The first start's answer, or View ▸ Use ValuesDesk For: remembered, and the Parallel Questions
        opened for a therapist and closed for someone using ValuesDesk for themselves."""
        self._settings.set(USED_FOR, used_for)
        self._settings.sync()  # a start that ends before the quit does not ask again
        self._check_used_for(used_for)
        answered_now = self.asking
        if answered_now:
            self.screens.setCurrentIndex(0)
            self.data_actions.setEnabled(True)
            if (page := self.pages.currentWidget()) is not None:
                page.setFocus()
        if used_for is UsedFor.MYSELF:
            self.questions_dock.hide()  # a session window, if one is open, stays: it was opened on purpose
        elif not self.questions_panel.session_active():
            self.questions_dock.show()
            self._give_dock_its_share()
            if self.questions_dock.isHidden():
                self.statusBar().showMessage(QCoreApplication.translate("MainWindow", NO_ROOM_FOR_THE_DOCK), 15000)
        if answered_now:
            self.first_start_answered.emit()

    def _check_used_for(self, used_for: UsedFor) -> None:
        for answer, action in self.used_for_actions.items():
            action.setChecked(answer is used_for)

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
        available = self.screen().availableGeometry()
        width_share, height_share = FIRST_SHARE_OF_SCREEN
        room = QSize(int(available.width() * width_share), int(available.height() * height_share))
        # Never narrower than the work areas need, as long as the screen is wide enough for them.
        room.setWidth(max(room.width(), min(self.work_width_needed(), available.width())))
        # Set before the saved geometry is restored: Qt fits a window saved on a larger screen to this one.
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(room))
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.setGeometry(first_geometry(available, room.boundedTo(LARGEST_FIRST_SIZE)))
        state = self._settings.get(WINDOW_STATE)
        self._first_layout = state is None or not self.restoreState(state, STATE_VERSION)

    def _save_state(self) -> None:
        if self._questions_panel is not None:
            self._questions_panel.put_away_for_quit()
        # Shown once and hidden now, it is in the tray: its layout was saved as it went there.
        if self.isVisible() or not self._painted:
            self.save_layout()
        self._settings.sync()

    def save_layout(self) -> None:
        """Remember the window's size and place, its docks and its area: at quit, and as it goes into the
        tray (a session that ends while it is hidden there keeps them)."""
        self._settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        if not self.asking:  # a start that ended at the question asks it again, with the layout of a first start
            self._settings.set(WINDOW_STATE, self._layout_before_conceal or self.saveState(STATE_VERSION))
        self._settings.set(AREA, self.current_area())
        self._settings.remove(OLD_SECTION_ROW)
        self._settings.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_layout:
            self._first_layout = False
            self._give_dock_its_share()

    def work_width_needed(self) -> int:
        """The width the sidebar and the widest page need without scrolling sideways."""
        return self.sections.width() + self.pages.minimumSizeHint().width()

    def _give_dock_its_share(self) -> None:
        """About a third of the window for the dock, less on a narrow one; and where the work areas
        would not fit beside even the narrowest dock (a small screen at 150%), no dock: it would
        squeeze every page into a strip. View ▸ Parallel Questions still opens it."""
        if self.questions_dock.isHidden():
            return
        self.build_questions_panel()  # the dock's narrowest is the panel's
        narrowest = self.questions_dock.minimumSizeHint().width()
        room_beside_work = self.width() - self.work_width_needed()
        if room_beside_work < narrowest:
            self.questions_dock.hide()
            return
        share = min(int(self.width() * FIRST_DOCK_SHARE), self.width() - WORK_AREA_WIDTH)
        self.resizeDocks([self.questions_dock], [max(narrowest, share)], Qt.Orientation.Horizontal)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Leave the event loop free to put the first frame on screen before the heavy work.
            QTimer.singleShot(0, self.first_painted.emit)
            # The Parallel Questions after it, if start-up (``attach``, ``conceal``) has not built them by then.
            QTimer.singleShot(0, self.build_questions_panel)

    def save_pending(self) -> bool:
        """Save everything typed but not yet saved; on failure say why and return False."""
        return self.context is None or self.context.coordinator.flush(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the person's own close (the title bar's button) may keep reminders running in the tray;
        # File ▸ Quit and the end of the session close() the window themselves, and quit.
        if event.spontaneous() and self.close_to_tray is not None and self.close_to_tray():
            event.ignore()
            return
        if self._keep_state:
            # Never close over unsaved writing: the person keeps the window and their text.
            if not self.save_pending():
                event.ignore()
                return
            self._save_state()
        super().closeEvent(event)


def first_geometry(available: QRect, size: QSize) -> QRect:
    """A window of ``size`` centred on a screen's ``available`` area."""
    return QStyle.alignedRect(Qt.LayoutDirection.LeftToRight, Qt.AlignmentFlag.AlignCenter, size, available)
