"""The question sheet itself: the eight pairs row by row, in one of four view modes.

Shared by the dock panel (with the therapist's private notes) and the session window (never
with notes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.content import ParallelQuestions, QuestionPair
from valuesdesk.ui.local_dates import number
from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.widgets.announce import announce

COLUMN_GAP = 18
MAX_MINIMUM_WIDTH = 420
# Side by side only while each column holds about this many characters a line; narrower, the
# client's question goes under the therapist's, so that neither wraps every few words.
MIN_COLUMN_CHARACTERS = 30
# A column no wider than this many characters a line reads well; beyond it the sheet stays centred.
MAX_COLUMN_CHARACTERS = 62
BODY_MARGIN = 10
# The notes and other things under a pair: their words a step smaller than the questions'.
SECONDARY_TEXT_SCALE = 0.9
TEXT_SIZES = (8, 9, 10, 11, 12, 13, 14, 16, 18, 20, 22, 24, 28, 32, 36, 42, 48, 56, 64, 72)


def default_text_size() -> float:
    return QApplication.font().pointSizeF()


def pair_text(sheet: ParallelQuestions, pair: QuestionPair) -> str:
    """A pair as plain text for the clipboard: each question under its column heading."""
    return f"{sheet.therapist_heading}\n{pair.therapist}\n\n{sheet.client_heading}\n{pair.client}"


class WrappingLabel(QLabel):
    """Wrapping text that asks for no more width than its longest word, so that the sheet's two
    columns share the width equally whatever their words (a label's usual width hint grows with its text)."""

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())


def _sheet_label(text: str, object_name: str) -> QLabel:
    label = WrappingLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setIndent(0)  # a styled border would otherwise indent it from the questions below
    label.setAccessibleName(text)
    return label


class QuestionLabel(WrappingLabel):
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
        self.setAccessibleDescription(self.tr("Pair {number}, {heading}").format(number=pair.number, heading=heading))

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
            menu.addAction(self.tr("Copy &Selection"), lambda: QGuiApplication.clipboard().setText(selection))
        menu.addAction(self.tr("&Copy Question"), self.copy_question)
        menu.addAction(self.tr("Copy &Pair"), self.copy_pair)
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
        # What Ctrl+0 goes back to: the program's text size, unless a view sets its own (the client view).
        self._actual_text_size: float | None = None

        self.title = _sheet_label(sheet.title, "questionsTitle")
        self.therapist_heading = _sheet_label(sheet.therapist_heading, "columnHeading")
        self.client_heading = _sheet_label(sheet.client_heading, "columnHeading")
        self.client_heading.setProperty("client", True)

        self.therapist_labels: list[QuestionLabel] = []
        self.client_labels: list[QuestionLabel] = []
        # Under each pair, across the sheet's full width: the therapist's things (the private notes).
        self._below_pairs: list[QWidget] = []
        self._separators: list[QFrame] = []
        for index, pair in enumerate(sheet.pairs):
            if index:
                separator = QFrame()
                separator.setFrameShape(QFrame.Shape.HLine)
                separator.setFrameShadow(QFrame.Shadow.Plain)
                separator.setForegroundRole(QPalette.ColorRole.Mid)
                self._separators.append(separator)
            self.therapist_labels.append(QuestionLabel(sheet, pair, therapist=True))
            self.client_labels.append(QuestionLabel(sheet, pair, therapist=False))
            below = QWidget()
            below.setObjectName("belowPair")
            below_layout = QVBoxLayout(below)
            below_layout.setContentsMargins(0, 0, 0, 0)
            below_layout.setSpacing(4)
            self._below_pairs.append(below)

        # The title and the questions, no wider than reads well, centred in a wider sheet.
        self.page = QWidget()
        self.page.setObjectName("questionsPage")
        self.page.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._page_layout = QVBoxLayout(self.page)
        self._page_layout.setContentsMargins(0, 0, 0, 0)
        self._page_layout.setSpacing(10)
        self._page_layout.addWidget(self.title)
        self._stacked = False
        self.grid = self._arranged_grid()
        self._page_layout.addLayout(self.grid)
        body = QWidget()
        body.setObjectName("questionsSheet")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(BODY_MARGIN, 8, BODY_MARGIN, 10)
        # The page takes the width first (it expands); what is left over beyond its maximum goes to
        # the two sides alike. (An alignment would shrink it to its size hint.)
        centred = QHBoxLayout()
        centred.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum))
        centred.addWidget(self.page)
        centred.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum))
        body_layout.addLayout(centred)
        body_layout.addStretch(1)
        self.body = body
        # What is under a pair can grow wider when shown (opened notes): the sheet's least width follows.
        body.installEventFilter(self)

        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("questionsScroll")
        self.scroll_area.setAccessibleName(sheet.title)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # Words longer than a very narrow dock scroll rather than being cut off.
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(body)

        arrows = self.style()
        self.previous_button = QPushButton(arrows.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous pair (Left or Page Up)"))
        self.previous_button.clicked.connect(self.previous_pair)
        self.position_label = QLabel()
        self.position_label.setObjectName("pairPosition")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(arrows.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
        self.next_button.setToolTip(self.tr("Next pair (Right or Page Down)"))
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
        announce(self.position_label, self.position_label.text())
        self.pair_changed.emit(index)

    def next_pair(self) -> None:
        self.set_pair_index(self._pair_index + 1)

    def previous_pair(self) -> None:
        self.set_pair_index(self._pair_index - 1)

    def add_below_therapist_question(self, index: int, widget: QWidget) -> None:
        """``widget`` goes across the full width under pair ``index``, shown with the therapist's column."""
        layout = self._below_pairs[index].layout()
        assert layout is not None
        layout.addWidget(widget)
        # Tab reaches it after its pair's questions, where it is seen, not after the whole sheet.
        QWidget.setTabOrder(self.client_labels[index], widget)
        self._apply_mode()

    def is_stacked(self) -> bool:
        """Whether the client's questions stand under the therapist's rather than beside them."""
        return self._stacked

    def _arranged_grid(self) -> QGridLayout:
        """The headings, questions, separators and what is under each pair, in one column or two."""
        grid = QGridLayout()
        grid.setVerticalSpacing(10)
        stacked = self._stacked
        grid.addWidget(self.therapist_heading, 0, 0)
        grid.addWidget(self.client_heading, 1 if stacked else 0, 0 if stacked else 1)
        row = 2 if stacked else 1
        for index, (therapist, client) in enumerate(zip(self.therapist_labels, self.client_labels, strict=True)):
            if index:
                grid.addWidget(self._separators[index - 1], row, 0, 1, 2)
                row += 1
            grid.addWidget(therapist, row, 0, Qt.AlignmentFlag.AlignTop)
            if stacked:
                row += 1
            grid.addWidget(client, row, 0 if stacked else 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._below_pairs[index], row + 1, 0, 1, 2)
            row += 2
        return grid

    def _set_stacked(self, stacked: bool) -> None:
        if stacked == self._stacked:
            return
        self._stacked = stacked
        # A new grid rather than the old one rearranged: rearranged in place, the grid went on giving
        # the heights of before, and a larger text size then cut questions off.
        while self.grid.count():
            self.grid.takeAt(0)
        self._page_layout.removeItem(self.grid)
        self.grid.deleteLater()
        self.grid = self._arranged_grid()
        self._page_layout.addLayout(self.grid)
        self._apply_mode()
        self._apply_fonts()

    def _apply_mode(self) -> None:
        mode = self._mode
        one_pair = mode is SheetMode.ONE_PAIR
        self.therapist_heading.setVisible(mode.shows_therapist)
        self.client_heading.setVisible(mode.shows_client)
        for index, (therapist, client) in enumerate(zip(self.therapist_labels, self.client_labels, strict=True)):
            row_shown = not one_pair or index == self._pair_index
            therapist.setVisible(row_shown and mode.shows_therapist)
            client.setVisible(row_shown and mode.shows_client)
            below = self._below_pairs[index]
            layout = below.layout()
            below.setVisible(row_shown and mode.shows_therapist and layout is not None and layout.count() > 0)
        for separator in self._separators:
            separator.setVisible(not one_pair)
        # A hidden column gives all its width, and the gap beside it, to the other one; stacked, all is in the first.
        side_by_side = mode.shows_therapist and mode.shows_client and not self._stacked
        stretches = (1, 0) if self._stacked else (int(mode.shows_therapist), int(mode.shows_client))
        for column, stretch in enumerate(stretches):
            self.grid.setColumnStretch(column, stretch)
        self.grid.setHorizontalSpacing(COLUMN_GAP if side_by_side else 0)
        self.pair_bar.setVisible(one_pair)
        position = self.tr("Pair {pair} of {pairs}").format(
            pair=number(self._pair_index + 1), pairs=number(len(self.sheet.pairs))
        )
        self.position_label.setText(position)
        self.position_label.setAccessibleName(position)
        self.previous_button.setEnabled(self._pair_index > 0)
        self.next_button.setEnabled(self._pair_index < len(self.sheet.pairs) - 1)
        self._fit_page_width()
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
        self._fit_columns()
        self.text_size_changed.emit(points)

    def larger_text(self) -> None:
        self.set_text_size(next((size for size in TEXT_SIZES if size > self._text_size), TEXT_SIZES[-1]))

    def smaller_text(self) -> None:
        self.set_text_size(next((size for size in reversed(TEXT_SIZES) if size < self._text_size), TEXT_SIZES[0]))

    def reset_text_size(self) -> None:
        self.set_text_size(self._actual_text_size or default_text_size())

    def set_actual_text_size(self, points: float | None) -> None:
        """The size Ctrl+0 goes back to; None for the program's own."""
        self._actual_text_size = points

    def _apply_fonts(self) -> None:
        # A style sheet, not setFont: the application's style sheet would win over a set font.
        # Headings are padded like the questions' focus frame so that all text lines up. Stacked in one
        # column, the client's questions and their heading carry a bar at their side, to tell them apart.
        size = self._text_size
        secondary = max(TEXT_SIZES[0], size * SECONDARY_TEXT_SCALE)
        client_bar = "border-left: 2px solid palette(text); padding-left: 8px;" if self._stacked else ""
        self.body.setStyleSheet(
            f"QLabel#therapistQuestion, QLabel#clientQuestion {{ font-size: {size:.1f}pt;"
            " border: 1px solid transparent; border-radius: 3px; padding: 1px 2px; }"
            "QLabel#therapistQuestion:focus, QLabel#clientQuestion:focus { border-color: palette(highlight); }"
            f"QLabel#clientQuestion {{ {client_bar} }}"
            f"QLabel#columnHeading {{ font-size: {size:.1f}pt; font-weight: 600; padding: 0 3px 4px 3px;"
            " border: 0 solid transparent; }"
            f'QLabel#columnHeading[client="true"] {{ {client_bar} }}'
            f"QLabel#questionsTitle {{ font-size: {size * 1.3:.1f}pt; font-weight: 600; padding: 0 3px; }}"
            f"QWidget#belowPair QTextEdit {{ font-size: {size:.1f}pt; }}"
            f"QWidget#belowPair QLabel, QWidget#belowPair QAbstractButton {{ font-size: {secondary:.1f}pt; }}"
        )
        self._fit_page_width()
        self._fit_minimum_width()

    def _character_width(self) -> float:
        """The average width of a character of the questions at their present size."""
        font = QFont(self.therapist_labels[0].font())
        font.setPointSizeF(self._text_size)
        return QFontMetricsF(font).averageCharWidth()

    def _fit_page_width(self) -> None:
        side_by_side = self._mode.shows_therapist and self._mode.shows_client and not self._stacked
        columns = 2 if side_by_side else 1
        column = MAX_COLUMN_CHARACTERS * self._character_width()
        self.page.setMaximumWidth(int(columns * column + (COLUMN_GAP if side_by_side else 0)))

    def _fit_columns(self) -> None:
        """Two columns where both fit their shortest readable line, else one."""
        scroll_bar = self.scroll_area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # The scroll bar's room is always kept, so that its coming and going cannot flip the layout.
        available = self.width() - 2 * self.scroll_area.frameWidth() - scroll_bar - 2 * BODY_MARGIN
        needed = 2 * MIN_COLUMN_CHARACTERS * self._character_width() + COLUMN_GAP
        self._set_stacked(available < needed)

    def _fit_minimum_width(self) -> None:
        # Wide enough for the longest word, so that the sheet wraps rather than scrolls; in one column
        # when two would not fit (see _fit_columns).
        scroll_bar = self.scroll_area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        parts: list[QWidget] = [self.title, self.therapist_heading, self.client_heading]
        parts += self.therapist_labels + self.client_labels + self._below_pairs
        longest = max(part.minimumSizeHint().width() for part in parts)
        needed = longest + 2 * BODY_MARGIN + scroll_bar + 2 * self.scroll_area.frameWidth()
        self.scroll_area.setMinimumWidth(min(needed, MAX_MINIMUM_WIDTH))

    def showEvent(self, event: QShowEvent) -> None:
        # Sizes are final only once the style has polished the labels.
        self._fit_minimum_width()
        self._fit_columns()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.body and event.type() == QEvent.Type.LayoutRequest:
            self._fit_minimum_width()
        return super().eventFilter(watched, event)

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
            "previous": action(self.tr("&Previous Pair"), ("Left", "PgUp"), self.previous_pair),
            "next": action(self.tr("&Next Pair"), ("Right", "PgDown"), self.next_pair),
            "larger": action(self.tr("&Larger Text"), (QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.larger_text),
            "smaller": action(self.tr("&Smaller Text"), (QKeySequence.StandardKey.ZoomOut,), self.smaller_text),
            "reset": action(self.tr("&Actual Text Size"), ("Ctrl+0",), self.reset_text_size),
        }

        def enable_turning() -> None:
            # Outside one-pair mode Page Up/Down scroll the sheet as usual.
            for key in ("previous", "next"):
                actions[key].setEnabled(self._mode is SheetMode.ONE_PAIR)

        self.mode_changed.connect(enable_turning)
        enable_turning()
        return actions
