"""A private note of 100,000 characters without a space is pasted and typed in without waiting."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from valuesdesk.ui.questions.notes import MAX_LINES, NoteTextEdit

UNBROKEN = ("ValuesDesk" * 10_000)[:100_000]


def test_a_pasted_100000_character_note_takes_no_time_and_keeps_its_dozen_lines(qtbot) -> None:
    field = NoteTextEdit("")
    qtbot.addWidget(field)
    field.resize(420, 100)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    QGuiApplication.clipboard().setText(UNBROKEN)
    began = time.perf_counter()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "abcde")
    field.resize(400, field.height())
    QGuiApplication.processEvents()
    # Wrapping it at word boundaries, and fitting the height at every change of it, took 1.9 s here.
    assert time.perf_counter() - began < 1.0
    assert field.toPlainText() == UNBROKEN + "abcde"
    lines = field.fontMetrics().lineSpacing()
    assert MAX_LINES * lines <= field.height() <= (MAX_LINES + 1) * lines + 2 * field.frameWidth() + 8
    assert field.verticalScrollBar().maximum() > 0
