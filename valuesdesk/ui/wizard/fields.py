"""Small pieces every step page uses: guidance text, captions, text areas, dates, inline problems."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from valuesdesk.ui.local_dates import date_edit_format
from valuesdesk.ui.widgets.labels import plain_label

EMPHASIS = re.compile(r"\*([^*]+)\*")


def date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_edit_format(weekday=True))
    return edit


def guidance_html(text: str) -> str:
    """The sheet's text with its ``*emphasis*`` markers shown in italics."""
    return EMPHASIS.sub(r"<i>\1</i>", html.escape(text, quote=False))


def wrapping_label(text: str, object_name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    if object_name:
        label.setObjectName(object_name)
    return label


def caption(text: str, buddy: QWidget) -> QLabel:
    """A field's visible label; its mnemonic moves the focus to the field, which is named after it."""
    label = QLabel(text)
    label.setObjectName("fieldCaption")
    label.setBuddy(buddy)
    buddy.setAccessibleName(plain_label(text))
    return label


def push_button(text: str) -> QPushButton:
    """A button named for screen readers after its visible text."""
    button = QPushButton(text)
    button.setAccessibleName(plain_label(text))
    return button


def column(*widgets: QWidget) -> QWidget:
    """Widgets stacked tightly, e.g. a field with its problem line under it."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def text_area(placeholder: str = "", min_lines: int = 4, max_lines: int | None = None) -> QPlainTextEdit:
    """A multi-line field; with ``max_lines`` it leaves room for the fields after it and scrolls inside."""
    area = QPlainTextEdit()
    area.setPlaceholderText(placeholder)
    # Tab moves on to the next field, as everywhere else in a form.
    area.setTabChangesFocus(True)
    line = area.fontMetrics().lineSpacing()
    area.setMinimumHeight(line * min_lines + 16)
    if max_lines is not None:
        area.setMaximumHeight(line * max_lines + 16)
    return area


class InlineProblem(QLabel):
    """Why the person cannot go on yet, said next to the field, never in a pop-up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineProblem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_problem(self, message: str | None) -> bool:
        """Show ``message`` (or hide when None); True when there is no problem."""
        if message:
            self.setText(f"⚠ {message}")
            self.setAccessibleName(message)
        self.setVisible(bool(message))
        return not message
