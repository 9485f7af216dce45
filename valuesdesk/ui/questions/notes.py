"""The therapist's private, dated notes beside each "ask yourself" question.

Each question gets a small "Notes (n)" toggle that opens its notes, newest first, each
editable in place and saved as it is typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import dates
from valuesdesk.errors import ValuesDeskError
from valuesdesk.ui.dialogs import confirm, show_error
from valuesdesk.ui.local_dates import number, short_day
from valuesdesk.ui.save_coordinator import first_failure
from valuesdesk.ui.widgets.autosave import Autosaver, SaveIndicator
from valuesdesk.ui.widgets.growing_text import LongWordWrap

if TYPE_CHECKING:
    from valuesdesk.services.therapist_notes import Note, TherapistNoteService

MIN_LINES = 2
MAX_LINES = 12


class NoteTextEdit(QTextEdit):
    """Plain text that grows with what is written, up to a dozen lines, then scrolls."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.wrapping = LongWordWrap(self)
        self.wrapping.prepare(text)
        self.setPlainText(text)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.wrapping.prepare(source.text())
        super().insertFromMimeData(source)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Only a new width wraps the text anew; a new height is this field's own doing (below).
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        line = self.fontMetrics().lineSpacing()
        content = self.document().size().height()
        frame = self.frameWidth() * 2 + self.contentsMargins().top() + self.contentsMargins().bottom()
        height = int(max(MIN_LINES * line + 8, min(content, MAX_LINES * line + 8))) + frame
        if height != self.height() or self.minimumHeight() != self.maximumHeight():
            self.setFixedHeight(height)


class NoteEditor(QFrame):
    """One dated note: its date, "Saved", Delete, and its text, saved as it is typed."""

    saved = Signal()
    deleted = Signal()

    def __init__(
        self,
        service: TherapistNoteService,
        question_number: int,
        note: Note | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("therapistNote")
        self._service = service
        self._question_number = question_number
        self.note_id = note.id if note else None
        self.noted_on = note.noted_on if note else dates.today()

        self.date_label = QLabel(short_day(self.noted_on))
        self.date_label.setObjectName("noteDate")
        self.editor = NoteTextEdit(note.text if note else "")
        self.editor.setAccessibleName(self.tr("Note of {day}").format(day=short_day(self.noted_on)))
        self.editor.setPlaceholderText(self.tr("Your private note…"))
        self.autosaver = Autosaver(self._save, self)
        self.autosaver.saved.connect(self.saved)
        self.editor.textChanged.connect(self.autosaver.schedule)
        indicator = SaveIndicator(self.autosaver)
        self.delete_button = QToolButton()
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the note of {day}").format(day=short_day(self.noted_on)))
        self.delete_button.clicked.connect(self.ask_to_delete)

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.date_label)
        header.addWidget(indicator, 1)
        header.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.editor)

    def text(self) -> str:
        return self.editor.toPlainText()

    def _save(self) -> None:
        text = self.text()
        if self.note_id is not None:
            self._service.update(self.note_id, text)
        elif text:
            # Stored from its first character on; an untouched new note leaves nothing behind.
            self.note_id = self._service.add(self._question_number, text, self.noted_on).id

    def ask_to_delete(self) -> None:
        if self.note_id is None and not self.text():
            self._remove()
            return
        question = self.tr("Delete your note of {day}? This cannot be undone.").format(day=short_day(self.noted_on))
        if not confirm(self, self.tr("Delete Note"), question, self.tr("Delete")):
            return
        self.autosaver.cancel()
        if self.note_id is not None:
            try:
                self._service.delete(self.note_id)
            except ValuesDeskError as error:
                show_error(self, error)
                return
        self._remove()

    def _remove(self) -> None:
        self.autosaver.cancel()
        self.hide()
        self.deleted.emit()
        self.deleteLater()


class NotesSection(QWidget):
    """Under one therapist question: the "Notes (n)" toggle and, when open, its notes.

    Its notes' unsaved typing is pending work (:class:`~valuesdesk.ui.save_coordinator.PendingWork`).
    """

    def __init__(self, question_number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesSection")
        self.question_number = question_number
        self._service: TherapistNoteService | None = None
        self.editors: list[NoteEditor] = []
        self._unopened: tuple[Note, ...] = ()
        self.error: ValuesDeskError | None = None

        self.toggle = QToolButton()
        self.toggle.setObjectName("notesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setEnabled(False)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setAccessibleDescription(
            self.tr("Your private notes on question {question_number}").format(question_number=question_number)
        )
        self.toggle.toggled.connect(self._open)

        self.add_button = QPushButton(self.tr("Add Note"))
        self.add_button.setAccessibleName(self.tr("Add Note"))
        self.add_button.clicked.connect(self.add_note)
        self.notes_box = QWidget()
        self.notes_layout = QVBoxLayout(self.notes_box)
        self.notes_layout.setContentsMargins(14, 0, 0, 4)
        self.notes_layout.setSpacing(6)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.notes_layout.addLayout(add_row)
        self.notes_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notes_box)
        self._show_count()

    def load(self, service: TherapistNoteService, notes: tuple[Note, ...]) -> None:
        """Show ``notes`` in place of any shown before; what was typed must have been flushed."""
        self._service = service
        for editor in self.editors:
            editor.autosaver.cancel()
            editor.deleteLater()
        self.editors = []
        # Editors are built when the notes are first opened: hundreds would slow the start.
        self._unopened = notes
        self.toggle.setEnabled(True)
        self._open(self.toggle.isChecked())
        self._show_count()

    def flush(self) -> bool:
        """Save what was typed in every note; False when one failed, and ``error`` says why."""
        failed = first_failure(editor.autosaver for editor in self.editors)
        self.error = None if failed is None else failed.error
        return failed is None

    def note_count(self) -> int:
        return len(self._unopened) + sum(1 for editor in self.editors if editor.note_id is not None)

    def add_note(self) -> None:
        """A new note at the top, dated today; an untouched new one is reused, not repeated."""
        if self._service is None:
            return
        self.toggle.setChecked(True)
        fresh = next((editor for editor in self.editors if editor.note_id is None), None)
        if fresh is None:
            fresh = NoteEditor(self._service, self.question_number)
            self._add_editor(fresh, at_top=True)
        fresh.editor.setFocus()

    def _add_editor(self, editor: NoteEditor, at_top: bool = False) -> None:
        editor.saved.connect(self._show_count)
        editor.deleted.connect(lambda: self._forget(editor))
        if at_top:
            self.editors.insert(0, editor)
            self.notes_layout.insertWidget(1, editor)
        else:
            self.editors.append(editor)
            self.notes_layout.addWidget(editor)
        editor.show()  # at once, so that focus and typing go to a visible field

    def _forget(self, editor: NoteEditor) -> None:
        self.editors.remove(editor)
        self._show_count()

    def _open(self, opened: bool) -> None:
        if opened and self._unopened and self._service is not None:
            for note in self._unopened:
                self._add_editor(NoteEditor(self._service, self.question_number, note))
            self._unopened = ()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        self.notes_box.setVisible(opened)

    def hideEvent(self, event: QHideEvent) -> None:
        # Notes put out of sight (hidden for sharing, the dock closed, session mode) are saved
        # at once; one that cannot be saved says so when it is shown or the program closes.
        for editor in self.editors:
            editor.autosaver.flush()
        super().hideEvent(event)

    def _show_count(self) -> None:
        label = (
            self.tr("Notes")
            if self._service is None
            else self.tr("Notes ({count})").format(count=number(self.note_count()))
        )
        self.toggle.setText(label)
        self.toggle.setAccessibleName(label)
