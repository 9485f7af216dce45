"""The Parallel Questions panel of the right-hand dock.

The "Parallel Values Processes: Client and Therapist" sheet with its view modes and text
size, the therapist's private notes (hidden with one toggle, e.g. while sharing the screen,
and then plainly said to be hidden), copy, print and PDF, and the way into session mode. What
the therapist chose comes back after a restart. While the program is locked, nothing of it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.content import ParallelQuestions, parallel_questions
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.dialogs import show_error
from valuesdesk.ui.questions.controls import action_button, menu_button, mode_chooser
from valuesdesk.ui.questions.notes import NotesSection
from valuesdesk.ui.questions.session_window import SessionWindow, screen_for_key, screen_key
from valuesdesk.ui.questions.sheet_view import SheetView, default_text_size
from valuesdesk.ui.save_coordinator import flush_each
from valuesdesk.ui.settings import (
    NOTES_HIDDEN,
    QUESTIONS_MODE,
    QUESTIONS_PAIR,
    QUESTIONS_TEXT_SIZE,
    SESSION_CLIENT_VIEW,
    SESSION_FULL_SCREEN_ON,
    SESSION_GEOMETRY,
    SESSION_MODE,
    SESSION_OPEN,
    SESSION_STAY_ON_TOP,
    SESSION_TEXT_SIZE,
    Settings,
)
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.widgets.labels import plain_label

if TYPE_CHECKING:
    from valuesdesk.services.therapist_notes import TherapistNoteService
    from valuesdesk.ui.context import AppContext

# Session mode shows the sheet larger than the dock does, until the therapist chooses a size.
SESSION_TEXT_SCALE = 1.5

# The private notes' one action says what it will do: hide them, or show them again (H both ways).
HIDE_NOTES = QT_TRANSLATE_NOOP("QuestionsPanel", "&Hide Private Notes")
SHOW_NOTES = QT_TRANSLATE_NOOP("QuestionsPanel", "S&how Private Notes")
NOTES_HIDDEN_BADGE = QT_TRANSLATE_NOOP("QuestionsPanel", "Private notes hidden")


class QuestionsPanel(QWidget):
    session_started = Signal()
    session_ended = Signal()
    status_message = Signal(str)

    def __init__(
        self, settings: Settings, sheet: ParallelQuestions | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sheet = sheet or parallel_questions()
        self.setObjectName("questionsPanel")
        self.setAccessibleName(self.sheet.title)
        self._settings = settings
        self.session_window: SessionWindow | None = None
        self._notes_service: TherapistNoteService | None = None
        self._notes_hidden = False
        self._concealed = False
        # The session window was open when the program locked, and comes back when it unlocks.
        self._session_concealed = False

        self.sheet_view = SheetView(self.sheet)
        self.notes_sections = [NotesSection(pair.number) for pair in self.sheet.pairs]
        for index, section in enumerate(self.notes_sections):
            self.sheet_view.add_below_therapist_question(index, section)
        self.view_actions = self.sheet_view.add_view_actions(self)

        # Not a checkable "Hide" (a tick beside it is easy to misread while sharing a screen): its
        # words say what it does next, and the badge says that the notes are hidden.
        self.hide_notes_action = QAction(QCoreApplication.translate("QuestionsPanel", HIDE_NOTES), self)
        self.hide_notes_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.hide_notes_action.triggered.connect(lambda: self.set_notes_hidden(not self._notes_hidden))
        self.addAction(self.hide_notes_action)
        self.session_action = QAction(self.tr("&Session Mode"), self)
        self.session_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.session_action.setToolTip(
            self.tr("Show the sheet in a window of its own, e.g. full screen (Ctrl+Shift+M)")
        )
        self.session_action.triggered.connect(self.start_session)
        self.addAction(self.session_action)
        self.print_action = QAction(self.tr("&Print Sheet…"), self)
        self.print_action.triggered.connect(self.print_sheet)
        self.pdf_action = QAction(self.tr("Save Sheet as P&DF…"), self)
        self.pdf_action.triggered.connect(self.save_pdf)

        mode_label, self.mode_box = mode_chooser(self.sheet_view, "questionsMode")
        more_menu = QMenu(self.tr("More"), self)
        for key in ("larger", "smaller", "reset"):
            more_menu.addAction(self.view_actions[key])
        more_menu.addSeparator()
        more_menu.addAction(self.print_action)
        more_menu.addAction(self.pdf_action)
        self.more_button = menu_button(self.tr("More"), more_menu)
        self.hide_notes_button = action_button(
            self.hide_notes_action, plain_label(QCoreApplication.translate("QuestionsPanel", HIDE_NOTES))
        )
        self.notes_hidden_badge = QLabel(QCoreApplication.translate("QuestionsPanel", NOTES_HIDDEN_BADGE))
        self.notes_hidden_badge.setObjectName("notesHiddenBadge")
        self.notes_hidden_badge.setAccessibleName(QCoreApplication.translate("QuestionsPanel", NOTES_HIDDEN_BADGE))
        self.notes_hidden_badge.hide()
        self.session_button = action_button(self.session_action, self.tr("Session Mode"))

        first_row = QHBoxLayout()
        first_row.addWidget(mode_label)
        first_row.addWidget(self.mode_box, 1)
        first_row.addWidget(self.more_button)
        second_row = QHBoxLayout()
        second_row.addWidget(self.hide_notes_button)
        second_row.addWidget(self.notes_hidden_badge)
        second_row.addStretch(1)
        second_row.addWidget(self.session_button)
        # Everything the panel shows, put away as one while the program is locked.
        self.contents = QWidget()
        contents_layout = QVBoxLayout(self.contents)
        contents_layout.setContentsMargins(6, 6, 6, 0)
        contents_layout.setSpacing(4)
        contents_layout.addLayout(first_row)
        contents_layout.addLayout(second_row)
        contents_layout.addWidget(self.sheet_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.contents)
        self.setTabOrder(self.mode_box, self.more_button)
        self.setTabOrder(self.more_button, self.hide_notes_button)
        self.setTabOrder(self.hide_notes_button, self.session_button)
        self.setTabOrder(self.session_button, self.sheet_view)

        self._restore_view()
        self.sheet_view.mode_changed.connect(lambda mode: settings.set(QUESTIONS_MODE, mode))
        self.sheet_view.pair_changed.connect(lambda index: settings.set(QUESTIONS_PAIR, index))
        self.sheet_view.text_size_changed.connect(lambda points: settings.set(QUESTIONS_TEXT_SIZE, points))

    def _restore_view(self) -> None:
        self.sheet_view.set_mode(self._settings.get(QUESTIONS_MODE))
        self.sheet_view.set_pair_index(self._settings.get(QUESTIONS_PAIR))
        self.sheet_view.set_text_size(self._settings.get(QUESTIONS_TEXT_SIZE) or default_text_size())
        self._show_notes_hidden(self._settings.get(NOTES_HIDDEN))

    def attach(self, context: AppContext) -> None:
        """Load the private notes, then bring back a session window that was open at the last quit.

        What is typed in the notes is saved through the coordinator; the notes load again when
        notes change elsewhere (an import).
        """
        self._notes_service = context.services.therapist_notes
        for section in self.notes_sections:
            context.coordinator.register(section)
        context.events.data_changed.connect(self._data_changed)
        self.reload_notes()
        if self._settings.get(SESSION_OPEN):
            self.start_session()

    def _data_changed(self, kind_name: str) -> None:
        # The notes are shown and changed only here: only an import changes them behind the panel's back.
        if DataKind(kind_name) is DataKind.ALL:
            self.reload_notes()

    def reload_notes(self) -> bool:
        """Show the notes as stored (after an import, say), once what was typed is saved."""
        service = self._notes_service
        if service is None or not flush_each(self.notes_sections, self):
            return False
        try:
            notes = service.notes_by_question()
        except ValuesDeskError as error:
            show_error(self, error)
            return False
        for section in self.notes_sections:
            section.load(service, notes[section.question_number])
        return True

    # Private notes

    def notes_hidden(self) -> bool:
        return self._notes_hidden

    def set_notes_hidden(self, hidden: bool) -> None:
        self._show_notes_hidden(hidden)
        self._settings.set(NOTES_HIDDEN, hidden)

    def _show_notes_hidden(self, hidden: bool) -> None:
        self._notes_hidden = hidden
        for section in self.notes_sections:
            section.setHidden(hidden)
        text = (
            QCoreApplication.translate("QuestionsPanel", SHOW_NOTES)
            if hidden
            else QCoreApplication.translate("QuestionsPanel", HIDE_NOTES)
        )
        label = plain_label(text)
        self.hide_notes_action.setText(text)
        self.hide_notes_action.setToolTip(
            self.tr("{label} and their counts again (Ctrl+Shift+H)").format(label=label)
            if hidden
            else self.tr("{label} and their counts, e.g. while sharing your screen (Ctrl+Shift+H)").format(label=label)
        )
        self.hide_notes_button.setAccessibleName(label)
        self.notes_hidden_badge.setVisible(hidden)

    # Locked

    def set_concealed(self, concealed: bool) -> None:
        """While the program is locked nothing of the panel shows, in the dock or in the session window,
        and neither can be brought back; unlocked, all is as it was (the session window too)."""
        if concealed == self._concealed:
            return
        self._concealed = concealed
        window = self.session_window
        if concealed:
            self._session_concealed = self.session_active()
            if window is not None:
                window.hide()
        elif self._session_concealed and window is not None:
            self._session_concealed = False
            window.show()
        # Hidden, the notes save what was typed in them (NotesSection.hideEvent).
        self.contents.setVisible(not concealed)
        for action in (self.hide_notes_action, self.session_action, self.print_action, self.pdf_action):
            action.setEnabled(not concealed)

    # Session mode

    def session_active(self) -> bool:
        return self.session_window is not None and self.session_window.isVisible()

    def start_session(self) -> None:
        """Show the sheet in its own window as it was last time, and put the dock away."""
        if self.session_window is None:
            self.session_window = SessionWindow(self.sheet, self)
            self.session_window.return_requested.connect(self.end_session)
            window = self.session_window
            geometry = self._settings.get(SESSION_GEOMETRY)
            if geometry is not None:
                window.restoreGeometry(geometry)
            window.sheet_view.set_mode(self._settings.get(SESSION_MODE))
            window.sheet_view.set_pair_index(self.sheet_view.pair_index())
            text_size = self._settings.get(SESSION_TEXT_SIZE) or default_text_size() * SESSION_TEXT_SCALE
            window.sheet_view.set_text_size(text_size)
            window.set_stay_on_top(self._settings.get(SESSION_STAY_ON_TOP))
        window = self.session_window
        screen = screen_for_key(self._settings.get(SESSION_FULL_SCREEN_ON))
        if screen is not None:
            window.show_full_screen_on(screen, client_view=self._settings.get(SESSION_CLIENT_VIEW))
        else:
            window.show()
            window.raise_()
            window.activateWindow()
        self._settings.set(SESSION_OPEN, True)
        self.session_started.emit()

    def end_session(self) -> None:
        """Back to the dock: the session window goes away, remembered as it was."""
        window = self.session_window
        if window is None or not window.isVisible():
            return
        mode, text_size = window.windowed_view()
        self._settings.set(SESSION_MODE, mode)
        self._settings.set(SESSION_TEXT_SIZE, text_size)
        self._settings.set(SESSION_STAY_ON_TOP, window.stays_on_top())
        self._settings.set(SESSION_FULL_SCREEN_ON, screen_key(window.screen()) if window.isFullScreen() else "")
        self._settings.set(SESSION_CLIENT_VIEW, window.client_view)
        window.leave_full_screen()
        self._settings.set(SESSION_GEOMETRY, window.saveGeometry())
        window.hide()
        self._settings.set(SESSION_OPEN, False)
        self.session_ended.emit()

    def put_away_for_quit(self) -> None:
        """Close the session window as the program quits, remembering to bring it back."""
        was_open = self.session_active() or self._session_concealed
        self.end_session()
        self._settings.set(SESSION_OPEN, was_open)

    # Paper

    def print_sheet(self) -> None:
        # Print support and the sheet's drawing load only when someone prints (not before the first frame).
        from PySide6.QtPrintSupport import QPrintDialog

        from valuesdesk.exports import paper
        from valuesdesk.ui.questions.sheet_pdf import PAGE_MARGINS_MM, render_sheet

        printer = paper.printer(self.sheet.title, PAGE_MARGINS_MM)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            render_sheet(printer, self.sheet)
            self.status_message.emit(self.tr("The sheet went to the printer."))

    def save_pdf(self) -> None:
        from valuesdesk.exports import DIARY_PDF
        from valuesdesk.ui.export_dialog import ask_save_path, documents_folder
        from valuesdesk.ui.questions.sheet_pdf import save_sheet_pdf

        suggested = documents_folder() / f"{self.sheet.title.split(':')[0]}{DIARY_PDF.suffix}"
        path = ask_save_path(self, self.tr("Save Sheet as PDF"), suggested, DIARY_PDF)
        if path is None:
            return
        try:
            save_sheet_pdf(path, self.sheet)
        except ValuesDeskError as error:
            show_error(self, error)
            return
        # The name alone: a status bar may be on a shared screen, and a path tells whose computer it is.
        self.status_message.emit(self.tr("Saved the sheet as {name}").format(name=path.name))
