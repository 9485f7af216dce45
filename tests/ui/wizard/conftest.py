"""Helpers for driving the wizard as a person would: keyboard first, mouse where people click."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

ASCII_RUNS = re.compile(r"[\x20-\x7e]+|[^\x20-\x7e]+")


class Person:
    """Types, tabs, presses mnemonics and clicks on one main window."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window

    @property
    def page(self):
        return self.window.experiments_page

    @property
    def wizard(self):
        return self.window.experiments_page.wizard

    def focused(self):
        return QApplication.focusWidget()

    def type(self, text: str, widget=None) -> None:
        """Keys for plain ASCII; the rest arrives as from an input method (emoji, Hebrew, accents)."""
        target = widget or self.focused()
        for run in ASCII_RUNS.findall(text):
            if run.isascii():
                self.qtbot.keyClicks(target, run)
            else:
                event = QInputMethodEvent("", [])
                event.setCommitString(run)
                QApplication.sendEvent(target, event)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, widget=None) -> None:
        self.qtbot.keyClick(widget or self.focused(), key, modifier)

    def alt(self, letter: str) -> None:
        self.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)

    def click(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"{widget.accessibleName()} cannot be clicked"
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def mnemonic(self, letter: str, done) -> None:
        """Alt+letter; a button's mnemonic clicks it after a short animation, so wait for the effect."""
        self.alt(letter)
        self.qtbot.waitUntil(done, timeout=2000)

    def next(self) -> None:
        """Ctrl+Enter, the quick way on (Alt+N works too, after the button's click animation)."""
        step = self.wizard.step
        self.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert self.wizard.step == step + 1

    def back(self) -> None:
        step = self.wizard.step
        self.click(self.wizard.back_button)
        assert self.wizard.step == step - 1

    def start(self) -> None:
        self.click(self.page.begin_button if self.page.welcome.isVisible() else self.page.start_button)
        assert self.wizard.isVisible() and self.wizard.step == 1

    def start_at_the_list_step(self, value: str) -> None:
        """Start an experiment, name its value and go on to step 3, Make a List."""
        self.start()
        self.type(value)
        self.next()
        self.next()

    def answer_steps_1_to_9(self, **changes: object) -> int:
        """Behind the scenes, answer what beginning needs in the open draft; returns its id."""
        experiments = self.window.context.services.experiments
        experiment_id = self.wizard.experiment_id
        experiments.save_value(experiment_id, name="Play", meaning="", life_domain="")
        behaviour = experiments.add_behavior(experiment_id, "Dance in the kitchen")
        experiments.choose_behaviors(experiment_id, [behaviour.id])
        experiments.update(experiment_id, plan="Tonight", behave_confirmed=True, current_step=10, **changes)
        return experiment_id


@pytest.fixture
def person(qtbot, make_window):
    """A person at a new main window on the test's data folder."""
    return Person(qtbot, make_window())
