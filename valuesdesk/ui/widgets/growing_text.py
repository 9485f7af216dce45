"""A plain-text field as tall as what is written in it: the page around it scrolls, never the field.

Boxes with their own scrollbars inside a scrolling page make a person scroll twice and cut the
text mid-line; this field grows (and shrinks) a line at a time with its content, from a few
empty lines up, and keeps the caret in view of the scroll area that holds it.

Every text field wraps with :class:`LongWordWrap`, so that pasting a "word" longer than any line
(a link, a row of symbols, 100,000 letters without a space) is laid out in linear time.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QMimeData, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QSizePolicy, QTextEdit, QWidget

# Room for a sentence or two before the field grows: an empty field invites writing.
DEFAULT_MIN_LINES = 3


# Longer than any line can hold: such a run is broken wherever the line ends. Below it, text wraps
# at word boundaries as everywhere else.
UNBREAKABLE_RUN = 400
_UNBREAKABLE = re.compile(rf"\S{{{UNBREAKABLE_RUN}}}")


class LongWordWrap(QObject):
    """Wraps an editor's text at word boundaries, or anywhere while it holds an unbreakable run.

    Qt's WrapAtWordBoundaryOrAnywhere looks for a word boundary across the whole of a word that does
    not fit, again for each line it makes of it: quadratic, 0.6 s for 100,000 characters without a
    space, at each keystroke. WrapAnywhere lays the same text out in 27 ms. The mode is chosen before
    pasted text goes in (the editor calls :meth:`prepare`) and after every change: a keystroke's by
    looking around it only (searching all of 100,000 characters would take 3 ms a key).
    """

    def __init__(self, editor: QPlainTextEdit | QTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        editor.document().contentsChange.connect(self._changed)
        self.prepare("")

    def _changed(self, position: int, _removed: int, added: int) -> None:
        if added > UNBREAKABLE_RUN or self._editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere:
            self.prepare("")  # a paste, or a run there was: is there one now?
            return
        # Typing or deleting makes a run only where it happened: within a run's length of it.
        block = self._editor.document().findBlock(position)
        at = position - block.position()
        if _UNBREAKABLE.search(block.text()[max(0, at - UNBREAKABLE_RUN) : at + added + UNBREAKABLE_RUN]):
            self._editor.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)

    def prepare(self, incoming: str) -> None:
        """Choose the wrapping for the editor's text with ``incoming`` about to be added to it."""
        document = self._editor.document()
        unbreakable = bool(_UNBREAKABLE.search(incoming)) or (
            document.characterCount() > UNBREAKABLE_RUN and bool(_UNBREAKABLE.search(document.toPlainText()))
        )
        mode = QTextOption.WrapMode.WrapAnywhere if unbreakable else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        if self._editor.wordWrapMode() != mode:
            self._editor.setWordWrapMode(mode)


class GrowingTextEdit(QPlainTextEdit):
    """A QPlainTextEdit whose height is its content's, at least ``min_lines`` lines; no inner scrollbar."""

    def __init__(self, parent: QWidget | None = None, *, min_lines: int = DEFAULT_MIN_LINES) -> None:
        super().__init__(parent)
        self._min_lines = min_lines
        self._content_height = 0
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.wrapping = LongWordWrap(self)
        self.document().contentsChanged.connect(self._fit)
        self.cursorPositionChanged.connect(self.reveal_cursor)
        self._fit()

    def set_min_lines(self, lines: int) -> None:
        """Empty, the field is ``lines`` lines tall."""
        if lines != self._min_lines:
            self._min_lines = lines
            self._fit()

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.wrapping.prepare(source.text())
        super().insertFromMimeData(source)

    def line_count(self) -> int:
        """The lines the text takes at the field's width (wrapped lines count), at least one."""
        return max(sum(layout.lineCount() for layout in self._block_layouts()), 1)

    def _block_layouts(self) -> list[QTextLayout]:
        """Each paragraph's layout, laid out at the field's width if it was not yet."""
        document_layout = self.document().documentLayout()
        layouts = []
        block = self.document().begin()
        while block.isValid():
            document_layout.blockBoundingRect(block)  # lays the block out if it is not yet
            layouts.append(block.layout())
            block = block.next()
        return layouts

    def _fit(self) -> None:
        """Take the height of the text's lines; the view inside never scrolls."""
        line = QFontMetricsF(self.font()).lineSpacing()
        text = sum(layout.boundingRect().height() for layout in self._block_layouts())
        margins = self.contentsMargins()
        # Two pixels more than the lines need: the view counts a line as shown only with room to spare.
        height = (
            math.ceil(max(text, line * self._min_lines) + 2 * self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 2
        )
        if height != self._content_height:
            self._content_height = height
            self.setFixedHeight(height)
        # A line added at the bottom scrolled the view by a line before the field grew to show it.
        self.verticalScrollBar().setValue(0)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._content_height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._content_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Narrower, the text wraps onto more lines; wider, onto fewer.
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self._fit()

    def reveal_cursor(self) -> None:
        """Keep the caret in view of the page's scroll area, once the page has made room for a new line."""
        if self.hasFocus():
            QTimer.singleShot(0, self._reveal_cursor_now)

    def _reveal_cursor_now(self) -> None:
        area = self._scroll_area()
        content = area.widget() if area is not None else None
        if area is None or content is None:
            return
        caret = self.cursorRect()
        centre = self.viewport().mapTo(content, caret.center())
        area.ensureVisible(centre.x(), centre.y(), 0, caret.height())

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent
