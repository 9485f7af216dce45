"""Small pieces every step page uses: guidance text, captions, text areas, dates, inline problems."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.ui.local_dates import date_edit_format
from valuesdesk.ui.widgets.announce import announce, describe_problem
from valuesdesk.ui.widgets.growing_text import LongWordWrap
from valuesdesk.ui.widgets.labels import plain_label

EMPHASIS = re.compile(r"\*([^*]+)\*")
# The widest a column of guidance and fields gets, in average characters of the font: lines of
# 1,000 pixels at 1920 are hard to follow back to their start.
READABLE_CHARS = 100


def readable_width(widget: QWidget) -> int:
    return widget.fontMetrics().averageCharWidth() * READABLE_CHARS


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
    LongWordWrap(area)  # a pasted run of 100,000 characters without a space lays out in linear time
    area.setPlaceholderText(placeholder)
    # Tab moves on to the next field, as everywhere else in a form.
    area.setTabChangesFocus(True)
    line = area.fontMetrics().lineSpacing()
    area.setMinimumHeight(line * min_lines + 16)
    if max_lines is not None:
        area.setMaximumHeight(line * max_lines + 16)
    return area


# How the keyboard focus leaves a field when the person moves on from it.
PERSON_MOVED_ON = frozenset(
    {
        Qt.FocusReason.TabFocusReason,
        Qt.FocusReason.BacktabFocusReason,
        Qt.FocusReason.MouseFocusReason,
        Qt.FocusReason.ShortcutFocusReason,
    }
)


class InlineProblem(QLabel):
    """Why the person cannot go on yet, said under its field, never in a pop-up.

    Its line is always there, empty until needed, so that nothing moves when it appears or goes;
    and it speaks only once the person has left ``field`` for somewhere outside ``region`` (the
    field itself unless given) or tried to go on: a form that says "give a name" before a key was
    pressed scolds instead of helping.
    """

    def __init__(self, field: QWidget | None = None, region: QWidget | None = None) -> None:
        super().__init__()
        self.setObjectName("inlineProblem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.field = field
        self._region = region or field
        self._message: str | None = None
        self.revealed = False
        self.setMinimumHeight(self.fontMetrics().lineSpacing())
        watched = [field] if field is not None else []
        if region is not None:
            watched += [region, *region.findChildren(QWidget)]
        for widget in watched:
            widget.installEventFilter(self)

    def changeEvent(self, event: QEvent) -> None:
        # One line even while empty, in the font the style sheet gives: the space is kept for the problem.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.setMinimumHeight(self.fontMetrics().lineSpacing())
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The person moved on (not the window losing focus, nor a page change moving the focus); Qt
        # has already given the focus to where it goes.
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() in PERSON_MOVED_ON
            and isinstance(watched, QWidget)
            and (watched is self.field or self._holds(watched))
            and not self._holds(QApplication.focusWidget())
        ):
            self.reveal()
        return False

    def _holds(self, widget: QWidget | None) -> bool:
        region = self._region
        return widget is not None and region is not None and (widget is region or region.isAncestorOf(widget))

    @property
    def shown(self) -> bool:
        """Whether a problem is said now."""
        return bool(self.text())

    def show_problem(self, message: str | None) -> bool:
        """The problem now (None: none); said once revealed. True when there is no problem."""
        self._message = message
        self._update()
        return not message

    def reveal(self) -> None:
        """The person left the field or tried to go on: say the problem from now on."""
        self.revealed = True
        self._update()

    def conceal(self) -> None:
        """A page shown afresh says nothing until the person has had a go."""
        self.revealed = False
        self._update()

    def _update(self) -> None:
        said = self._message if self.revealed else None
        newly = bool(said) and self.text() != f"⚠ {said}"
        before = self.text()
        self.setText(f"⚠ {said}" if said else "")
        self.setAccessibleName(said or "")
        if self.text() != before:
            # A line gained or lost: the layouts above keep the heights they worked out for their width, and
            # without being asked again would squeeze a wrapped text beside this one (a longer translation's).
            holder = self.parentWidget()
            while holder is not None and not holder.isWindow():
                if (layout := holder.layout()) is not None:
                    layout.invalidate()
                holder = holder.parentWidget()
        if self.field is not None:
            # Read with the field it is about, and said once as it appears.
            describe_problem(self.field, said)
            if newly:
                announce(self.field, said or "")


class DisabledMnemonicGuard(QObject):
    """Keeps Alt+letter out of a text field when no enabled control answers to it.

    Qt hands Alt+N to the focused field when the button it names (Next) is disabled or hidden,
    and a line edit types a literal "n" and saves it. A key that no shortcut took and that gives
    its own letter is such a missed mnemonic; a character an Option or AltGr key composes (ø, @)
    gives another text and is typed as usual.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text, key = event.text(), int(event.key())
        return (
            event.modifiers() == Qt.KeyboardModifier.AltModifier
            and Qt.Key.Key_0 <= key <= Qt.Key.Key_Z
            and text.upper() == chr(key)
        )


class DisabledClick(QObject):
    """Calls back when the person clicks ``button`` while it is disabled: they tried, so say why not."""

    def __init__(self, button: QAbstractButton, tried: Callable[[], None]) -> None:
        super().__init__(button)
        self._button = button
        self._tried = tried
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._button and event.type() == QEvent.Type.MouseButtonRelease and not self._button.isEnabled():
            self._tried()
        return False
