"""A plain-text field as tall as what is written in it: the page around it scrolls, never the field.

Boxes with their own scrollbars inside a scrolling page make a person scroll twice and cut the
text mid-line; this field grows (and shrinks) a line at a time with its content, from a few
empty lines up, and keeps the caret in view of the scroll area that holds it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QResizeEvent, QTextLayout
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QSizePolicy, QWidget

# Room for a sentence or two before the field grows: an empty field invites writing.
DEFAULT_MIN_LINES = 3


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
        self.document().contentsChanged.connect(self._fit)
        self.cursorPositionChanged.connect(self.reveal_cursor)
        self._fit()

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
