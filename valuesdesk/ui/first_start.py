"""The first start's one question: who ValuesDesk is for.

A client keeping a private diary should not meet the therapist's question sheet; a therapist wants
it open beside the work. The page takes the place of the work areas until the person picks one of
two answers; it says nothing of the diary, and it is never shown over the lock screen (start-up
asks only once the data is open). What the answer changes is the main window's business: the page
only emits :attr:`FirstStartPage.chosen`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from valuesdesk.ui.settings import UsedFor
from valuesdesk.ui.widgets.centred import centre_column

ICON_SIZE = 64
# Wide enough for each answer's explanation on one line, narrow enough to read at a glance. Every
# text here is one line: lines that wrap would leave the column's height to guesswork.
COLUMN_WIDTH = 560

# Each answer as the person reads it: what they say, and what it does to the window.
ANSWERS = (
    (
        UsedFor.MYSELF,
        "I'm using ValuesDesk for myself",
        "My own values and diary; the therapist's Parallel Questions stay closed.",
    ),
    (
        UsedFor.CLIENTS,
        "I'm using ValuesDesk with clients, as a therapist",
        "The Parallel Questions open beside the work, ready for a session.",
    ),
)
NOTES = ("Everything you write stays on this computer.", "You can change this later in View ▸ Use ValuesDesk For.")


class FirstStartPage(QWidget):
    chosen = Signal(object)  # a UsedFor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Welcome to ValuesDesk")

        self.icon = icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName("ValuesDesk")
        title = QLabel("Welcome to ValuesDesk")
        title.setObjectName("pageHeading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        question = QLabel("How will you use it?")
        question.setObjectName("welcomeText")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)

        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(icon)
        column.addWidget(title)
        column.addWidget(question)
        column.addSpacing(4)
        self.answers: dict[UsedFor, QCommandLinkButton] = {}
        for used_for, text, description in ANSWERS:
            button = QCommandLinkButton(text, description)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)
            button.clicked.connect(lambda _checked=False, answer=used_for: self.chosen.emit(answer))
            column.addWidget(button)
            self.answers[used_for] = button
        column.addSpacing(4)
        for text in NOTES:
            note = QLabel(text)
            note.setObjectName("hint")
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(note)

        centre_column(self, column, COLUMN_WIDTH)
        # The height the page needs with its icon; on a lower window (a small screen at 150%) the icon
        # makes room for the answers.
        self._tall_enough = self.sizeHint().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.icon.setVisible(event.size().height() >= self._tall_enough)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The keyboard starts on the first answer: Tab goes to the other, Space chooses.
        self.answers[UsedFor.MYSELF].setFocus()
