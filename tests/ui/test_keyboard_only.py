"""A person without a mouse: the wizard to a completed experiment, a diary entry with a check-in, a search and an
export, with key presses only, each on whatever has the focus (no clicks, no focus set by the test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from valuesdesk.domain import CheckInOutcome, ExperimentStatus
from valuesdesk.ui.export_dialog import ExportDialog

Key = Qt.Key
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Presses keys on the widget that has the focus, as a keyboard does."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    @property
    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "something has the focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        self.qtbot.keyClick(self.focused, key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focused, text)

    def tab_to(self, name: str, limit: int = 40) -> QWidget:
        """Tab until the focus is on the control a screen reader calls ``name``."""
        for _ in range(limit):
            if self.focused.accessibleName() == name:
                return self.focused
            self.press(Key.Key_Tab)
        chain = []
        for _ in range(limit):
            chain.append(f"{type(self.focused).__name__}:{self.focused.accessibleName()}")
            self.press(Key.Key_Tab)
        pytest.fail(f"Tab does not reach {name!r}; it went {chain}")

    def activate(self, name: str) -> None:
        """Tab to a button and press Return on it (a click's animation takes a moment)."""
        button = self.tab_to(name)
        self.press(Key.Key_Return)
        self.qtbot.waitUntil(lambda: not button.isDown(), timeout=2000)


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


def complete_the_wizard(window, keys: Keyboard, qtbot) -> int:
    keys.press(Key.Key_1, CTRL)
    page = window.experiments_page
    keys.activate("Begin trying on a value")
    wizard = page.wizard
    assert wizard.step == 1 and keys.focused is wizard.value_step.name
    keys.type("Courage")
    keys.press(Key.Key_Tab)
    keys.type("Facing what matters.")
    keys.tab_to("Life domain (optional)")
    keys.type("Work")
    keys.press(Key.Key_Return, CTRL)
    # 2. Notice Reactions, 3. Make a List (Return adds a line), 4. Choose (Space ticks), 5. Notice Judgments.
    keys.type("My mind says it is silly.")
    keys.press(Key.Key_Return, CTRL)
    for line in ("Speak up once", "Ask for feedback"):
        keys.type(line)
        keys.press(Key.Key_Return)
    keys.press(Key.Key_Return, CTRL)
    assert wizard.step == 4
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Return, CTRL)
    keys.type("Will they laugh?")
    keys.press(Key.Key_Return, CTRL)
    # 6. Make a Plan, 7. Just Behave (Space), 8. the diary's step, 9. Commit.
    keys.type("Monday's meeting.")
    keys.press(Key.Key_Return, CTRL)
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Return, CTRL)
    keys.press(Key.Key_Return, CTRL)
    keys.press(Key.Key_Return, CTRL)
    assert wizard.step == 10
    # 10. The next session's date is one Tab stop: the arrows change it, Tab goes on to the buttons.
    reflect = wizard.reflect_step
    assert keys.focused is reflect.next_session
    keys.press(Key.Key_Up)
    keys.press(Key.Key_Tab)
    assert keys.focused is not reflect.next_session
    keys.activate("Begin trying it on")
    experiment_id = wizard.experiment_id
    experiments = window.context.services.experiments
    assert experiments.get(experiment_id).status is ExperimentStatus.ACTIVE
    keys.activate("End the try-on early and reflect")
    assert keys.focused is reflect.reflection
    keys.type("I spoke up, and my mind called it awkward.")
    keys.activate("Complete")
    qtbot.waitUntil(lambda: experiments.get(experiment_id).status is ExperimentStatus.COMPLETED, timeout=2000)
    return experiment_id


def keep_the_diary_and_search(window, keys: Keyboard, qtbot, experiment_id: int) -> None:
    keys.press(Key.Key_2, CTRL)
    page = window.diary_page
    assert keys.focused is page.calendar.day_grid, "the Diary opens on its selected day"
    # Tab goes from the search through the experiment and the calendar to the day's check-in and fields.
    keys.press(Key.Key_F, CTRL)
    assert keys.focused is page.search_field
    keys.tab_to("Calendar")
    keys.press(Key.Key_Left)
    keys.press(Key.Key_T, CTRL)  # back to today, the try-on's only day
    assert page.calendar.selected_day() == window.context.services.diary.experiments()[0].lifecycle.start_date
    keys.tab_to("Yes")
    keys.press(Key.Key_Space)
    keys.tab_to("Notes")
    keys.type("Spoke up at the meeting.")
    [entry] = window.context.services.diary.day_entries(
        page.calendar.selected_day(), experiment_id, page.calendar.selected_day()
    )
    assert entry.outcome is CheckInOutcome.YES
    # Ctrl+F, the words, Return: the results; Down goes into them and Return opens the day at the words.
    keys.press(Key.Key_F, CTRL)
    keys.type("spoke")
    keys.press(Key.Key_Return)
    assert page.right.currentWidget() is page.search_results
    keys.press(Key.Key_Down)
    assert keys.focused is page.search_results.results
    keys.press(Key.Key_Return)
    assert keys.focused.accessibleName() == "Notes"
    assert keys.focused.textCursor().position() == 0  # at the word found
    # Alt+G shows the progress and goes into it: each experiment's days are a Tab stop, read with its counts.
    keys.press(Key.Key_G, ALT)
    qtbot.waitUntil(lambda: keys.focused is page.progress_view.cards[0].heat_map, timeout=2000)
    assert keys.focused.accessibleName() == "Days of Courage"
    assert keys.focused.accessibleDescription()
    keys.press(Key.Key_D, ALT)
    qtbot.waitUntil(lambda: keys.focused is page.day_view.tabs.currentWidget().focus_order[0], timeout=2000)


def export_the_diary(window, keys: Keyboard, qtbot, monkeypatch, tmp_path: Path) -> Path:
    saved = tmp_path / "diary.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_args: (str(saved), "Markdown (*.md)")))

    def exec_(dialog: ExportDialog) -> int:
        # The dialog's own keys: Down to the next format, Tab to the button, Return.
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        keys.press(Key.Key_Down)
        assert dialog.choice().format.key == "md"
        keys.tab_to("Export…")
        keys.press(Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    keys.press(Key.Key_F, ALT)
    menu = QApplication.activePopupWidget()
    assert menu is not None, "Alt+F opens the File menu"
    qtbot.keyClick(menu, Key.Key_E)
    return saved


def test_the_wizard_a_diary_day_a_search_and_an_export_by_keyboard_alone(
    make_window, keys, qtbot, monkeypatch, tmp_path
) -> None:
    window = make_window()
    experiment_id = complete_the_wizard(window, keys, qtbot)
    keep_the_diary_and_search(window, keys, qtbot, experiment_id)
    saved = export_the_diary(window, keys, qtbot, monkeypatch, tmp_path)
    assert "Spoke up at the meeting." in saved.read_text(encoding="utf-8")
