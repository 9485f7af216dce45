"""Search results: newest first, the matching words in bold; choosing one opens that day."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.domain import DAY_NOTE_LABEL, diary_field
from valuesdesk.ui.domain_texts import shown_title
from valuesdesk.ui.local_dates import number, short_day
from valuesdesk.ui.widgets.announce import announce

if TYPE_CHECKING:
    from valuesdesk.services.diary import SearchHit, SearchResults

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
HIT_ROLE = Qt.ItemDataRole.UserRole + 2
# A snippet of the service's length fills three or four lines of a narrow list.
SNIPPET_LINES = 4


class RichTextDelegate(QStyledItemDelegate):
    """Paints an item's rich text (already escaped by the service) in the palette's colours.

    It asks its own view for the style and width: reading ``option.widget`` when it is None
    upsets None's reference count in PySide6 on Python 3.11.
    """

    PADDING = 6

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view
        # Laid-out documents by row and width: laying out rich text is the costly part of painting.
        self._documents: dict[tuple[int, int], QTextDocument] = {}

    def forget(self) -> None:
        """The items changed: lay them out anew."""
        self._documents.clear()

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        width = max(100, option.rect.width() - 2 * self.PADDING)
        document = self._documents.get((index.row(), width))
        if document is None:
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setHtml(index.data(HTML_ROLE))
            document.setTextWidth(width)
            self._documents[(index.row(), width)] = document
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        self._view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, self._view)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 2 * self.PADDING, option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        """The same for every hit: the heading and up to four lines of snippet."""
        line = option.fontMetrics.lineSpacing()
        return QSize(self._view.viewport().width(), line * (SNIPPET_LINES + 1) + 2 * self.PADDING)


class SearchResultsView(QWidget):
    """The hits of a search; Enter or a click on one asks to open its day (an entry's experiment, or the
    day's note)."""

    day_chosen = Signal(int, object)
    note_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.delegate = RichTextDelegate(self.results)
        self.results.setItemDelegate(self.delegate)
        self.results.setWordWrap(True)
        # Every hit takes the same few lines, so the list measures one and lays out at once.
        self.results.setUniformItemSizes(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)

    def show_results(self, query: str, results: SearchResults) -> None:
        self.results.setUpdatesEnabled(False)
        self.results.clear()
        self.delegate.forget()
        if results.total == 0:
            self.summary.setText(self.tr("No diary entry contains “{query}”.").format(query=query.strip()))
        elif results.total > len(results.hits):
            # %n is the total; the newest shown are always more than one.
            text = self.tr(
                "%Ln entries match; the newest {shown} are shown. Add words to narrow it down.", "", results.total
            )
            self.summary.setText(text.format(shown=number(len(results.hits))))
        else:
            self.summary.setText(self.tr("%Ln entries match.", "", results.total))
        for hit in results.hits:
            if hit.experiment_id is None:
                heading = self.tr("{day} · {field}").format(day=short_day(hit.day), field=DAY_NOTE_LABEL)
            else:
                heading = self.tr("{day} · {title} · {field}").format(
                    day=short_day(hit.day), title=shown_title(hit.title), field=diary_field(hit.field_name).label
                )
            item = QListWidgetItem()
            item.setData(
                HTML_ROLE, f"<div style='opacity:0.8'><small>{html.escape(heading)}</small></div>{hit.snippet_html}"
            )
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{heading}: {text}").format(heading=heading, text=_plain_text(hit.snippet_html)),
            )
            item.setData(HIT_ROLE, hit)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setUpdatesEnabled(True)
        # The count appears out of sight of a person in the search field: the screen reader says it.
        announce(self.results, self.summary.text())

    def _choose(self, item: QListWidgetItem) -> None:
        hit: SearchHit = item.data(HIT_ROLE)
        if hit.experiment_id is None:
            self.note_chosen.emit(hit.day)
        else:
            self.day_chosen.emit(hit.experiment_id, hit.day)


def _plain_text(rich: str) -> str:
    return html.unescape(rich.replace("<b>", "").replace("</b>", ""))
