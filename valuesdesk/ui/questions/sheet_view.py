"""The question sheet itself: the eight pairs row by row, in one of four view modes.

Shared by the dock panel (with the therapist's private notes) and the session window (never
with notes).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.content import ParallelQuestions, QuestionPair

COLUMN_GAP = 18
MAX_MINIMUM_WIDTH = 420
TEXT_SIZES = (8, 9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32, 36, 42, 48, 56, 64, 72)


class SheetMode(enum.StrEnum):
    BOTH = "both"
    THERAPIST = "therapist"
    CLIENT = "client"
    ONE_PAIR = "one-pair"

    @property
    def label(self) -> str:
        return {
            "both": "Both columns",
            "therapist": "Therapist column",
            "client": "Client column",
            "one-pair": "One pair at a time",
        }[self.value]

    @property
    def shows_therapist(self) -> bool:
        return self is not SheetMode.CLIENT

    @property
    def shows_client(self) -> bool:
        return self is not SheetMode.THERAPIST


def default_text_size() -> float:
    return QApplication.font().pointSizeF()


def pair_text(sheet: ParallelQuestions, pair: QuestionPair) -> str:
    """A pair as plain text for the clipboard: each question under its column heading."""
    return f"{sheet.therapist_heading}\n{pair.therapist}\n\n{sheet.client_heading}\n{pair.client}"


def _sheet_label(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setIndent(0)  # a styled border would otherwise indent it from the questions below
    label.setAccessibleName(text)
    return label


class QuestionLabel(QLabel):
    """One question, verbatim: selectable, focusable, and copied whole with Ctrl+C or its menu."""

    def __init__(self, sheet: ParallelQuestions, pair: QuestionPair, therapist: bool) -> None:
        text = pair.therapist if therapist else pair.client
        super().__init__(text)
        self.sheet = sheet
        self.pair = pair
        self.setObjectName("therapistQuestion" if therapist else "clientQuestion")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Selectable by mouse only: arrow keys stay free to turn pairs while a question has focus.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setIndent(0)
        self.setAccessibleName(text)
        heading = sheet.therapist_heading if therapist else sheet.client_heading
        self.setAccessibleDescription(f"Pair {pair.number}, {heading}")

    def copy_question(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def copy_pair(self) -> None:
        QGuiApplication.clipboard().setText(pair_text(self.sheet, self.pair))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            if self.hasSelectedText():
                QGuiApplication.clipboard().setText(self.selectedText())
            else:
                self.copy_question()
            return
        super().keyPressEvent(event)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        if self.hasSelectedText():
            selection = self.selectedText()
            menu.addAction("Copy &Selection", lambda: QGuiApplication.clipboard().setText(selection))
        menu.addAction("&Copy Question", self.copy_question)
        menu.addAction("Copy &Pair", self.copy_pair)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_menu().exec(event.globalPos())


class SheetView(QWidget):
    """Title, the two column headings and the eight rows, aligned, wrapping at any width."""

    mode_changed = Signal(object)
    pair_changed = Signal(int)
    text_size_changed = Signal(float)

    def __init__(self, sheet: ParallelQuestions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self._mode = SheetMode.BOTH
        self._pair_index = 0
        self._text_size = default_text_size()
        self._headings_shown = True

        self.title = _sheet_label(sheet.title, "questionsTitle")
        self.therapist_heading = _sheet_label(sheet.therapist_heading, "columnHeading")
        self.client_heading = _sheet_label(sheet.client_heading, "columnHeading")

        self.grid = QGridLayout()
        self.grid.setVerticalSpacing(10)
        self.grid.addWidget(self.therapist_heading, 0, 0)
        self.grid.addWidget(self.client_heading, 0, 1)
        self.therapist_labels: list[QuestionLabel] = []
        self.client_labels: list[QuestionLabel] = []
        # Each therapist question sits in a cell, shown with its column, that can take more below it.
        self._therapist_cells: list[QWidget] = []
        self._below_therapist: list[QVBoxLayout] = []
        self._separators: list[QFrame] = []
        for index, pair in enumerate(sheet.pairs):
            row = 1 + 2 * index
            if index:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.HLine)
                separator.setFrameShadow(QFrame.Shadow.Plain)
                separator.setForegroundRole(QPalette.ColorRole.Mid)
                self.grid.addWidget(separator, row - 1, 0, 1, 2)
                self._separators.append(separator)
            therapist = QuestionLabel(sheet, pair, therapist=True)
            client = QuestionLabel(sheet, pair, therapist=False)
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            cell_layout.setSpacing(4)
            cell_layout.addWidget(therapist)
            self.grid.addWidget(cell, row, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(client, row, 1, Qt.AlignmentFlag.AlignTop)
            self.therapist_labels.append(therapist)
            self.client_labels.append(client)
            self._therapist_cells.append(cell)
            self._below_therapist.append(cell_layout)

        body = QWidget()
        body.setObjectName("questionsSheet")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(10, 8, 10, 10)
        body_layout.setSpacing(10)
        body_layout.addWidget(self.title)
        body_layout.addLayout(self.grid)
        body_layout.addStretch(1)
        self.body = body

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("questionsScroll")
        self.scroll_area.setAccessibleName(sheet.title)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Words longer than a very narrow dock scroll rather than being cut off.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(body)

        arrows = self.style()
        self.previous_button = QPushButton(arrows.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "Previous")
        self.previous_button.setAccessibleName("Previous")
        self.previous_button.setToolTip("Previous pair (Left or Page Up)")
        self.previous_button.clicked.connect(self.previous_pair)
        self.position_label = QLabel()
        self.position_label.setObjectName("pairPosition")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(arrows.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "Next")
        self.next_button.setAccessibleName("Next")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
        self.next_button.setToolTip("Next pair (Right or Page Down)")
        self.next_button.clicked.connect(self.next_pair)
        self.pair_bar = QWidget()
        bar_layout = QHBoxLayout(self.pair_bar)
        bar_layout.setContentsMargins(8, 4, 8, 6)
        bar_layout.addWidget(self.previous_button)
        bar_layout.addWidget(self.position_label, 1)
        bar_layout.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.pair_bar)

        self.setFocusProxy(self.scroll_area)
        self._apply_fonts()
        self._apply_mode()

    # Mode and pair

    def mode(self) -> SheetMode:
        return self._mode

    def set_mode(self, mode: SheetMode) -> None:
        if mode is self._mode:
            return
        self._mode = mode
        self._apply_mode()
        self.mode_changed.emit(mode)

    def pair_index(self) -> int:
        return self._pair_index

    def set_pair_index(self, index: int) -> None:
        index = max(0, min(index, len(self.sheet.pairs) - 1))
        if index == self._pair_index:
            return
        self._pair_index = index
        self._apply_mode()
        self.pair_changed.emit(index)

    def next_pair(self) -> None:
        self.set_pair_index(self._pair_index + 1)

    def previous_pair(self) -> None:
        self.set_pair_index(self._pair_index - 1)

    def show_headings(self, shown: bool) -> None:
        """Title and column headings; the client-facing view leaves them out."""
        self._headings_shown = shown
        self._apply_mode()

    def add_below_therapist_question(self, index: int, widget: QWidget) -> None:
        self._below_therapist[index].addWidget(widget)

    def _apply_mode(self) -> None:
        mode = self._mode
        one_pair = mode is SheetMode.ONE_PAIR
        self.title.setVisible(self._headings_shown)
        self.therapist_heading.setVisible(self._headings_shown and mode.shows_therapist)
        self.client_heading.setVisible(self._headings_shown and mode.shows_client)
        for index, (therapist_cell, client) in enumerate(zip(self._therapist_cells, self.client_labels, strict=True)):
            row_shown = not one_pair or index == self._pair_index
            therapist_cell.setVisible(row_shown and mode.shows_therapist)
            client.setVisible(row_shown and mode.shows_client)
        for separator in self._separators:
            separator.setVisible(not one_pair)
        # A hidden column gives all its width, and the gap beside it, to the other one.
        self.grid.setColumnStretch(0, 1 if mode.shows_therapist else 0)
        self.grid.setColumnStretch(1, 1 if mode.shows_client else 0)
        both_columns = mode.shows_therapist and mode.shows_client
        self.grid.setHorizontalSpacing(COLUMN_GAP if both_columns else 0)
        self.pair_bar.setVisible(one_pair)
        position = f"Pair {self._pair_index + 1} of {len(self.sheet.pairs)}"
        self.position_label.setText(position)
        self.position_label.setAccessibleName(position)
        self.previous_button.setEnabled(self._pair_index > 0)
        self.next_button.setEnabled(self._pair_index < len(self.sheet.pairs) - 1)
        if one_pair:
            self.scroll_area.verticalScrollBar().setValue(0)

    # Text size

    def text_size(self) -> float:
        return self._text_size

    def set_text_size(self, points: float) -> None:
        points = max(TEXT_SIZES[0], min(float(points), TEXT_SIZES[-1]))
        if points == self._text_size:
            return
        self._text_size = points
        self._apply_fonts()
        self.text_size_changed.emit(points)

    def larger_text(self) -> None:
        self.set_text_size(next((size for size in TEXT_SIZES if size > self._text_size), TEXT_SIZES[-1]))

    def smaller_text(self) -> None:
        self.set_text_size(next((size for size in reversed(TEXT_SIZES) if size < self._text_size), TEXT_SIZES[0]))

    def reset_text_size(self) -> None:
        self.set_text_size(default_text_size())

    def _apply_fonts(self) -> None:
        # A style sheet, not setFont: the application's style sheet would win over a set font.
        # Headings are padded like the questions' focus frame so that all text lines up.
        size = self._text_size
        self.body.setStyleSheet(
            f"QLabel#therapistQuestion, QLabel#clientQuestion {{ font-size: {size:.1f}pt;"
            " border: 1px solid transparent; border-radius: 3px; padding: 1px 2px; }"
            "QLabel#therapistQuestion:focus, QLabel#clientQuestion:focus { border-color: palette(highlight); }"
            f"QLabel#columnHeading {{ font-size: {size:.1f}pt; font-weight: 600; padding: 0 3px 4px 3px; }}"
            f"QLabel#questionsTitle {{ font-size: {size * 1.3:.1f}pt; font-weight: 600; padding: 0 3px; }}"
        )
        self._fit_minimum_width()

    def _fit_minimum_width(self) -> None:
        # Wide enough for the longest words of both columns, so that the sheet wraps rather than scrolls.
        scroll_bar = self.scroll_area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        needed = self.body.minimumSizeHint().width() + scroll_bar + 2 * self.scroll_area.frameWidth()
        self.scroll_area.setMinimumWidth(min(needed, MAX_MINIMUM_WIDTH))

    def showEvent(self, event: QShowEvent) -> None:
        # Sizes are final only once the style has polished the labels.
        self._fit_minimum_width()
        super().showEvent(event)

    # Keyboard

    def add_view_actions(self, owner: QWidget) -> dict[str, QAction]:
        """Pair turning and text size as shortcuts that work while focus is anywhere in ``owner``."""

        def action(text: str, keys: tuple[QKeySequence.StandardKey | str, ...], slot: Callable[[], None]) -> QAction:
            created = QAction(text, owner)
            created.setShortcuts([QKeySequence(key) for key in keys])
            created.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            created.triggered.connect(slot)
            owner.addAction(created)
            return created

        actions = {
            "previous": action("&Previous Pair", ("Left", "PgUp"), self.previous_pair),
            "next": action("&Next Pair", ("Right", "PgDown"), self.next_pair),
            "larger": action("&Larger Text", (QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.larger_text),
            "smaller": action("&Smaller Text", (QKeySequence.StandardKey.ZoomOut,), self.smaller_text),
            "reset": action("&Actual Text Size", ("Ctrl+0",), self.reset_text_size),
        }

        def enable_turning() -> None:
            # Outside one-pair mode Page Up/Down scroll the sheet as usual.
            for key in ("previous", "next"):
                actions[key].setEnabled(self._mode is SheetMode.ONE_PAIR)

        self.mode_changed.connect(enable_turning)
        enable_turning()
        return actions
