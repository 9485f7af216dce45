"""A growing field takes a pasted 100,000 characters without a space at once, wrapped within its width."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from valuesdesk.ui.widgets.growing_text import GrowingTextEdit

UNBROKEN = ("ValuesDesk" * 10_000)[:100_000]
PROSE = "I noticed a thought and let it be. " * 40


def growing_field(qtbot) -> tuple[QScrollArea, GrowingTextEdit]:
    """A growing field in a scrolling page, as the diary has them; the page is kept with it."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    column = QWidget()
    field = GrowingTextEdit()
    QVBoxLayout(column).addWidget(field)
    area.setWidget(column)
    qtbot.addWidget(area)
    area.resize(640, 480)
    area.show()
    qtbot.waitExposed(area)
    field.setFocus()
    return area, field


def lines_of(field: GrowingTextEdit) -> list[str]:
    """The text of each line as the field shows it."""
    block = field.document().begin()
    layout = block.layout()
    text = block.text()
    lines = (layout.lineAt(index) for index in range(layout.lineCount()))
    return [text[line.textStart() : line.textStart() + line.textLength()] for line in lines]


def test_pasting_and_typing_after_100000_characters_without_a_space_takes_no_time_and_wraps(qtbot) -> None:
    _page, field = growing_field(qtbot)
    QGuiApplication.clipboard().setText(UNBROKEN)
    began = time.perf_counter()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "abcde")
    QGuiApplication.processEvents()
    # Laid out anew at every keystroke, wrapping at word boundaries took 0.5 s a key here.
    assert time.perf_counter() - began < 1.0
    assert field.toPlainText() == UNBROKEN + "abcde"
    lines = lines_of(field)
    assert len(lines) > 100
    widest = max(field.document().begin().layout().lineAt(index).naturalTextWidth() for index in range(len(lines)))
    assert widest <= field.viewport().width()
    assert field.height() > len(lines) * field.fontMetrics().lineSpacing()


def test_once_the_long_run_is_gone_lines_break_between_words_again(qtbot) -> None:
    _page, field = growing_field(qtbot)
    QGuiApplication.clipboard().setText(UNBROKEN)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().setText(PROSE)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    lines = lines_of(field)
    assert len(lines) > 3
    assert all(line.endswith(" ") for line in lines[:-1])
