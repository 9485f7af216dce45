"""Every screen of the wizard and the list: one Alt+letter per control, names as the labels read."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QWidget

from valuesdesk.domain import STEP_COUNT
from valuesdesk.ui.wizard.fields import plain_label

MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def screens(person):
    """The list (an abandoned experiment selected), then each of the ten steps of a new experiment."""
    experiments = person.window.context.services.experiments
    experiments.abandon(experiments.create_draft().id)
    person.page.refresh()
    yield "the list"
    person.start()
    for step in range(1, STEP_COUNT + 1):
        person.wizard.go_to(step)
        yield f"step {step}"


def test_no_two_controls_on_one_screen_share_an_alt_letter(person) -> None:
    window = person.window
    for screen in screens(person):
        owners: dict[str, list[str]] = defaultdict(list)
        for action in window.menuBar().actions():
            if mnemonic(action.text()):
                owners[mnemonic(action.text())].append(action.text())
        for widget in window.findChildren(QWidget):
            has_mnemonic = isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None
            )
            if has_mnemonic and widget.isVisibleTo(window) and mnemonic(widget.text()):
                owners[mnemonic(widget.text())].append(widget.text())
        clashes = {letter: texts for letter, texts in owners.items() if len(texts) > 1}
        assert not clashes, f"{screen}: {clashes}"


def test_every_field_is_named_as_its_label_reads_and_every_button_as_its_text(person) -> None:
    page = person.page
    for screen in screens(person):
        for label in page.findChildren(QLabel):
            if label.buddy() is not None and label.isVisibleTo(page):
                assert label.buddy().accessibleName() == plain_label(label.text()), screen
        for button in page.findChildren(QAbstractButton):
            shown = button.isVisibleTo(page) and button.text() and button.focusPolicy() != Qt.FocusPolicy.NoFocus
            if shown and not isinstance(button.parent(), (QAbstractSpinBox, QComboBox)):
                assert button.accessibleName() == plain_label(button.text()), screen
