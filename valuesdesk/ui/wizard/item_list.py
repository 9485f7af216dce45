"""An editable, reorderable list for behaviours (step 3) and things to arrange (step 6)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.errors import NotFound, ValuesDeskError
from valuesdesk.ui.save_coordinator import flush_each
from valuesdesk.ui.widgets.autosave import Autosaver
from valuesdesk.ui.widgets.labels import plain_label
from valuesdesk.ui.wizard.fields import caption, push_button
from valuesdesk.ui.wizard.page import attempt

ID_ROLE = Qt.ItemDataRole.UserRole
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


@dataclass(frozen=True)
class Row:
    id: int
    text: str
    checked: bool | None = None
    detail: str = ""


class AddedItem(Protocol):
    """What adding returns: the new item's view."""

    @property
    def id(self) -> int: ...


@dataclass(frozen=True)
class ListActions:
    """The service calls behind the list; each may raise ValuesDeskError."""

    rows: Callable[[], list[Row]]
    add: Callable[[str], AddedItem]
    rename: Callable[[int, str], object]
    remove: Callable[[int], object]
    move: Callable[[int, int], object]
    tick: Callable[[int, bool], object] | None = None


class PendingEntry(QObject):
    """The line typed under "Write a …": the list's newest item from its first autosave on.

    It saves with the same :class:`~valuesdesk.ui.widgets.autosave.Autosaver` timing as every
    editor (a pause, or the maximum wait after the first unsaved keystroke), so a half-typed line
    survives a crash: the first save adds it to the list, later ones edit that item, and emptying
    the line removes the item it made (the services refuse blank text). Enter, leaving the page and
    closing the window save it too and start a fresh line. It is
    :class:`~valuesdesk.ui.save_coordinator.PendingWork` for its page.
    """

    def __init__(self, field: QLineEdit, actions: ListActions, saved: Callable[[], None]) -> None:
        super().__init__(field)
        self._field = field
        self._actions = actions
        self._saved = saved
        # The item this line made and keeps editing, and its text as saved.
        self.item_id: int | None = None
        self._saved_text = ""
        self.last_item_id: int | None = None  # the item the last finished line became, if any
        self.error: ValuesDeskError | None = None
        self.autosaver = Autosaver(self._save_line, self)
        self.autosaver.failed.connect(self._failed)
        self.autosaver.saved.connect(lambda: self._failed(None))
        field.textEdited.connect(lambda _text: self.autosaver.schedule())

    @property
    def pending(self) -> bool:
        return self.autosaver.pending

    def save(self) -> bool:
        """Save the line as it is and keep editing the same item; False (``error`` says why) on failure."""
        return self.autosaver.flush()

    def _failed(self, error: ValuesDeskError | None) -> None:
        # A failed autosave keeps the line pending; the next keystroke, Enter or leaving tries again.
        self.error = error

    def flush(self) -> bool:
        """Save the line, then start a fresh one (Enter, leaving the page, closing); False on failure."""
        self.last_item_id = None
        if not self.save():
            return False
        if self.item_id is not None or self._field.text():
            self.last_item_id = self.item_id
            self._forget()
        return True

    def discard(self) -> None:
        """Drop the line, for when the list it was written for no longer exists."""
        self.autosaver.cancel()
        self._forget()

    def item_removed(self, item_id: int) -> None:
        """The person removed an item; if this line made it, the line goes with it."""
        if item_id == self.item_id:
            self.discard()

    def item_renamed(self, item_id: int, text: str) -> None:
        """The person edited an item in place; if this line made it, the line shows the new text."""
        if item_id == self.item_id:
            self.autosaver.cancel()
            self._field.setText(text)
            self._saved_text = text

    def _forget(self) -> None:
        self.item_id = None
        self._saved_text = ""
        self._field.clear()

    def _save_line(self) -> None:
        text = self._field.text()
        if text == self._saved_text:
            return
        changed = True
        if not text.strip():
            changed = self.item_id is not None
            if self.item_id is not None:
                with suppress(NotFound):  # gone already
                    self._actions.remove(self.item_id)
                self.item_id = None
        elif self.item_id is None:
            self.item_id = self._add(text)
        else:
            try:
                self._actions.rename(self.item_id, text)
            except NotFound:  # gone meanwhile (e.g. an import): the line makes a new one
                self.item_id = self._add(text)
        self._saved_text = text
        if changed:
            self._saved()

    def _add(self, text: str) -> int:
        added: AddedItem = self._actions.add(text)
        return added.id


class ItemListEditor(QWidget):
    """Add with Enter, edit in place with F2 or a double click, Delete to remove, Alt+Up/Down to move."""

    rows_changed = Signal()
    current_changed = Signal(object)

    def __init__(
        self,
        label: str,
        new_label: str,
        actions: ListActions,
        detail_header: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._texts: dict[int, str] = {}
        self._checked: dict[int, bool] = {}
        self._read_only = False

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Item"), detail_header] if detail_header else [plain_label(label)])
        self.tree.setHeaderHidden(not detail_header)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setEditTriggers(EDIT_TRIGGERS)
        self.tree.setMinimumHeight(self.tree.fontMetrics().lineSpacing() * 6)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._current_moved())
        self.list_caption = caption(label, self.tree)

        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("Write one, then press Enter"))
        self.new_item.returnPressed.connect(self.add_typed)
        self.new_caption = caption(new_label, self.new_item)
        self.pending_entry = PendingEntry(self.new_item, actions, self.reload)

        self.add_button = self._button(self.tr("&Add"), self.add_typed)
        self.remove_button = self._button(self.tr("&Remove"), self.remove_current)
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_current(-1))
        self.down_button = self._button(self.tr("Move &down"), lambda: self.move_current(1))
        for keys, slot, what in (
            (QKeySequence.StandardKey.Delete, self.remove_current, "Remove the selected line (in a list)"),
            (QKeySequence("Alt+Up"), lambda: self.move_current(-1), "Move the selected line up (in a list)"),
            (QKeySequence("Alt+Down"), lambda: self.move_current(1), "Move the selected line down (in a list)"),
        ):
            QShortcut(keys, self.tree, slot, context=Qt.ShortcutContext.WidgetShortcut).setWhatsThis(what)

        entry = QHBoxLayout()
        entry.addWidget(self.new_item, 1)
        entry.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.new_caption)
        layout.addLayout(entry)
        layout.addWidget(self.list_caption)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        for earlier, later in (
            (self.new_item, self.add_button),
            (self.add_button, self.tree),
            (self.tree, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.remove_button),
        ):
            QWidget.setTabOrder(earlier, later)
        self._update_buttons()

    @staticmethod
    def _button(text: str, slot: Callable[[], object]) -> QPushButton:
        button = push_button(text)
        button.clicked.connect(slot)
        return button

    # Showing

    def reload(self) -> None:
        rows = self._actions.rows()
        current = self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        self._texts, self._checked = {}, {}
        for row in rows:
            item = QTreeWidgetItem([row.text, row.detail])
            item.setData(0, ID_ROLE, row.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsEditable
            if row.checked is not None:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(0, Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked)
            item.setFlags(flags)
            self._texts[row.id] = row.text
            self._checked[row.id] = bool(row.checked)
            self.tree.addTopLevelItem(item)
            if row.id == current:
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self._current_moved()
        self.rows_changed.emit()

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, ID_ROLE)

    def items(self) -> list[QTreeWidgetItem]:
        return [item for index in range(self.count()) if (item := self.tree.topLevelItem(index)) is not None]

    def set_read_only(self, read_only: bool) -> None:
        editing = (
            self.new_caption,
            self.new_item,
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )
        for widget in editing:
            widget.setVisible(not read_only)
        self._read_only = read_only
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS)
        for item in self.items():
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable if read_only else item.flags())
        self._update_buttons()

    # Changing

    def add_typed(self) -> None:
        """Enter or Add: the line, saved already or not, becomes an item; a fresh line follows."""
        if self._read_only or not flush_each((self.pending_entry,), self):
            return
        added = next((item for item in self.items() if item.data(0, ID_ROLE) == self.pending_entry.last_item_id), None)
        if added is not None:
            self.tree.setCurrentItem(added)
            self.tree.scrollToItem(added)
        self.new_item.setFocus()

    def remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or self._read_only:
            return
        item_id = item.data(0, ID_ROLE)
        row = self.tree.indexOfTopLevelItem(item)
        if attempt(self, lambda: self._actions.remove(item_id)):
            self.pending_entry.item_removed(item_id)
            self.reload()
            remaining = self.items()
            if remaining:
                self.tree.setCurrentItem(remaining[min(row, len(remaining) - 1)])

    def move_current(self, offset: int) -> None:
        item_id = self.current_id()
        if item_id is not None and not self._read_only and attempt(self, lambda: self._actions.move(item_id, offset)):
            self.reload()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        item_id = item.data(0, ID_ROLE)
        text = item.text(0)
        if text != self._texts.get(item_id):
            # Emptying an item in place undoes the edit; Remove is there to remove it.
            if text.strip() and attempt(self, lambda: self._actions.rename(item_id, text)):
                self._texts[item_id] = text.strip()
                self.pending_entry.item_renamed(item_id, self._texts[item_id])
            self.tree.blockSignals(True)
            item.setText(0, self._texts[item_id])
            self.tree.blockSignals(False)
            self.rows_changed.emit()
        checked = item.checkState(0) == Qt.CheckState.Checked
        tick = self._actions.tick
        if tick is not None and checked != self._checked.get(item_id) and attempt(self, lambda: tick(item_id, checked)):
            self._checked[item_id] = checked

    def _current_moved(self) -> None:
        self._update_buttons()
        self.current_changed.emit(self.current_id())

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        row = -1 if item is None else self.tree.indexOfTopLevelItem(item)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.count() - 1)
