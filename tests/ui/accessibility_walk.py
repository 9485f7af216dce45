"""What a screen reader finds in a window: its accessibility tree, walked as Orca walks it over AT-SPI."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
# The roles a person acts on: the harness in /work/shared/tools counts the same ones as defects when unnamed.
INTERACTIVE = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ComboBox,
        Role.EditableText,
        Role.SpinBox,
        Role.Slider,
        Role.PageTab,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.ListItem,
        Role.Cell,
        Role.TreeItem,
        Role.MenuItem,
        Role.Link,
        Role.Table,
        Role.List,
        Role.Tree,
        Role.PageTabList,
    }
)
# Deeper than any window of ValuesDesk; a guard against a cycle.
MAX_DEPTH = 40


@dataclass(frozen=True)
class Node:
    role: str
    name: str
    description: str
    where: str


def nodes(widget: QWidget) -> Iterator[Node]:
    """Every node shown under ``widget`` in the accessibility tree, with where it is (its ancestors' roles)."""
    root = QAccessible.queryAccessibleInterface(widget)
    if root is not None:
        yield from _walk(root, "", 0)


def _walk(node: QAccessibleInterface, where: str, depth: int) -> Iterator[Node]:
    if depth > MAX_DEPTH or not node.isValid() or node.state().invisible:
        return
    here = f"{where}/{node.role().name}"
    yield Node(node.role().name, node.text(QAccessible.Text.Name), node.text(QAccessible.Text.Description), here)
    for index in range(node.childCount()):
        child = node.child(index)
        if child is not None:
            yield from _walk(child, here, depth + 1)


def unnamed(widget: QWidget) -> list[Node]:
    """The interactive nodes shown under ``widget`` that a screen reader would read without a name."""
    return [node for node in nodes(widget) if Role[node.role] in INTERACTIVE and not node.name.strip()]
