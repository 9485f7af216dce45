"""The first start's one question: who ValuesDesk is for.

A client keeping a private diary should not meet the therapist's question sheet; a therapist wants
it open beside the work. The page takes the place of the work areas until the person picks one of
two answers; it says nothing of the diary, and it is never shown over the lock screen (start-up
asks only once the data is open). What the answer changes is the main window's business: the page
only emits :attr:`FirstStartPage.chosen`.

An answer is an :class:`AnswerButton` rather than Qt's command link, whose title and explanation
stay at 9 points whatever the text size, and whose arrow comes from the desktop's theme.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from valuesdesk.ui import icons
from valuesdesk.ui.look import Space
from valuesdesk.ui.settings import UsedFor
from valuesdesk.ui.translations import QT_TRANSLATE_NOOP
from valuesdesk.ui.widgets.centred import centre_column

ICON_SIZE = 64
# Wide enough for each answer's explanation on one line, narrow enough to read at a glance; wider only
# when larger text needs it. Every text here is one line: lines that wrap would leave the column's
# height to guesswork.
COLUMN_WIDTH = 560

# Each answer as the person reads it: what they say, and what it does to the window.
ANSWERS = (
    (
        UsedFor.MYSELF,
        QT_TRANSLATE_NOOP("FirstStartPage", "I'm using ValuesDesk for myself"),
        QT_TRANSLATE_NOOP("FirstStartPage", "My own values and diary; the therapist's Parallel Questions stay closed."),
    ),
    (
        UsedFor.CLIENTS,
        QT_TRANSLATE_NOOP("FirstStartPage", "I'm using ValuesDesk with clients, as a therapist"),
        QT_TRANSLATE_NOOP("FirstStartPage", "The Parallel Questions open beside the work, ready for a session."),
    ),
)
NOTES = (
    QT_TRANSLATE_NOOP("FirstStartPage", "Everything you write stays on this computer."),
    QT_TRANSLATE_NOOP("FirstStartPage", "You can change this later in View ▸ Use ValuesDesk For."),
)


class AnswerButton(QPushButton):
    """One answer: the set's arrow, what the person says (bold) and what it does, in the text's own sizes."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description)
        self.arrow = QLabel()
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(description)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.description)
        row = QHBoxLayout(self)
        row.setContentsMargins(Space.MEDIUM, Space.SMALL, Space.MEDIUM, Space.SMALL)
        row.setSpacing(Space.MEDIUM)
        row.addWidget(self.arrow, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)
        for label in (self.arrow, self.title, self.description):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._draw_arrow()

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new colour scheme or text size: the arrow in the new text colour, as tall as the title.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw_arrow()

    def _draw_arrow(self) -> None:
        side = self.title.fontMetrics().height()
        self.arrow.setPixmap(icons.icon(icons.Icon.ARROW_RIGHT).pixmap(QSize(side, side), self.devicePixelRatioF()))


class FirstStartPage(QWidget):
    chosen = Signal(object)  # a UsedFor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Welcome to ValuesDesk"))

        self.icon = icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        icon.setAccessibleName(self.tr("ValuesDesk"))
        title = QLabel(self.tr("Welcome to ValuesDesk"))
        title.setObjectName("pageHeading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        question = QLabel(self.tr("How will you use it?"))
        question.setObjectName("welcomeText")
        question.setAlignment(Qt.AlignmentFlag.AlignCenter)

        column = QVBoxLayout()
        column.setSpacing(Space.MEDIUM)
        column.setContentsMargins(0, 0, 0, 0)  # the page's own margins are round it: the column is its lines
        column.addWidget(icon)
        column.addWidget(title)
        column.addWidget(question)
        column.addSpacing(Space.TIGHT)
        self.answers: dict[UsedFor, AnswerButton] = {}
        for used_for, text, description in ANSWERS:
            button = AnswerButton(self.tr(text), self.tr(description))
            button.clicked.connect(lambda _checked=False, answer=used_for: self.chosen.emit(answer))
            column.addWidget(button)
            self.answers[used_for] = button
        column.addSpacing(Space.TIGHT)
        for text in NOTES:
            note = QLabel(self.tr(text))
            note.setObjectName("hint")
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(note)

        self.column = column
        centre_column(self, column, self._column_width())
        # The height the page needs with its icon; on a lower window (a small screen at 150%) the icon
        # makes room for the answers.
        self._tall_enough = self.sizeHint().height()

    def _column_width(self) -> int:
        widths = []
        for index in range(self.column.count()):
            item = self.column.itemAt(index)
            line = item.widget() if item is not None else None
            if line is not None and line is not self.icon:
                line.ensurePolished()  # in the style sheet's type scale
                widths.append(line.sizeHint().width())
        return max(COLUMN_WIDTH, *widths)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new text size: a column wide enough for its lines, and the height that leaves room for the icon.
        if event.type() is QEvent.Type.FontChange and (holder := self.column.parentWidget()) is not None:
            holder.setFixedWidth(self._column_width())
            self._tall_enough = self.sizeHint().height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.icon.setVisible(event.size().height() >= self._tall_enough)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The keyboard starts on the first answer: Tab goes to the other, Space chooses.
        self.answers[UsedFor.MYSELF].setFocus()
