"""A line typed under "Write a behaviour" or "Something to arrange" is on disk within a second, Enter or not.

The first autosave adds the half-typed line as the list's newest item; later keystrokes edit that
item, Enter starts a fresh line, and emptying the line takes back the item it made. What is on
disk is read back through the services, as a new start after a crash would read it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from valuesdesk.errors import DiskFull
from valuesdesk.ui.widgets.autosave import AUTOSAVE_MAX_WAIT_MS


def behaviours(person) -> list[str]:
    return [item.text for item in person.window.context.services.experiments.get(person.wizard.experiment_id).behaviors]


def plan_items(person) -> list[str]:
    experiment = person.window.context.services.experiments.get(person.wizard.experiment_id)
    return [item.text for item in experiment.plan_items]


def shown(editor) -> list[str]:
    return [item.text(0) for item in editor.items()]


def test_a_half_typed_behaviour_is_on_disk_within_a_second_without_enter(person) -> None:
    person.start_at_the_list_step("Play")
    editor = person.wizard.list_step.editor
    started = time.monotonic()
    person.type("Build a kite with Mia")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Build a kite with Mia"], timeout=1000)
    assert time.monotonic() - started < 1.0
    assert shown(editor) == ["Build a kite with Mia"]
    assert editor.new_item.text() == "Build a kite with Mia" and person.focused() is editor.new_item
    assert person.wizard.next_button.isEnabled()  # the list has its item

    # Enter finishes the line: the same item, shown once, selected; the cursor waits on a fresh line.
    person.press(Qt.Key.Key_Return)
    assert behaviours(person) == ["Build a kite with Mia"]
    assert shown(editor) == ["Build a kite with Mia"]
    assert editor.tree.currentItem().text(0) == "Build a kite with Mia"
    assert editor.new_item.text() == "" and person.focused() is editor.new_item


def test_typing_on_after_the_first_save_edits_the_same_item(person) -> None:
    person.start_at_the_list_step("Play")
    editor = person.wizard.list_step.editor
    person.type("Build")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Build"], timeout=1000)
    person.type(" a kite")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Build a kite"], timeout=1000)
    assert shown(editor) == ["Build a kite"]
    person.press(Qt.Key.Key_Return)
    person.type("Fly it")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Build a kite", "Fly it"], timeout=1000)
    person.press(Qt.Key.Key_Return)
    assert behaviours(person) == shown(editor) == ["Build a kite", "Fly it"]


def test_a_line_typed_without_pause_is_saved_within_a_second_of_the_first_keystroke(person) -> None:
    # A key every 100 ms never leaves the 600 ms pause: the maximum wait saves it.
    person.start_at_the_list_step("Play")
    started = time.monotonic()
    typed = ""
    while time.monotonic() - started < 1.5:
        person.type("k")
        typed += "k"
        person.qtbot.wait(100)
        if time.monotonic() - started > 1.0:
            assert behaviours(person), "nothing on disk a second after the first keystroke"
    saved = behaviours(person)[0]
    assert typed.startswith(saved) and len(saved) >= 1
    assert AUTOSAVE_MAX_WAIT_MS < 1000


def test_emptying_the_line_takes_back_the_item_it_made(person, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    person.start_at_the_list_step("Play")
    editor = person.wizard.list_step.editor
    person.type("Ask for feedback")
    person.press(Qt.Key.Key_Return)
    person.type("Oops")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Ask for feedback", "Oops"], timeout=1000)
    person.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.press(Qt.Key.Key_Backspace)
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Ask for feedback"], timeout=1000)
    assert shown(editor) == ["Ask for feedback"]
    person.type("   ")  # blank: the services refuse it, so nothing is added and nothing is said
    person.qtbot.wait(AUTOSAVE_MAX_WAIT_MS + 100)
    person.press(Qt.Key.Key_Return)
    assert behaviours(person) == shown(editor) == ["Ask for feedback"]
    assert said == [] and not editor.pending_entry.pending


def test_removing_the_item_a_line_made_clears_the_line(person) -> None:
    person.start_at_the_list_step("Play")
    editor = person.wizard.list_step.editor
    person.type("Not this")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Not this"], timeout=1000)
    editor.tree.setCurrentItem(editor.items()[0])
    person.click(editor.remove_button)
    assert behaviours(person) == [] and shown(editor) == []
    assert editor.new_item.text() == ""


def test_a_half_typed_line_is_shown_once_after_leaving_and_coming_back(person) -> None:
    person.start_at_the_list_step("Play")
    editor = person.wizard.list_step.editor
    person.type("Dance")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Dance"], timeout=1000)
    person.type(" in the kitchen")
    person.next()
    person.back()
    assert behaviours(person) == shown(editor) == ["Dance in the kitchen"]
    assert editor.new_item.text() == ""


def test_a_failed_autosave_keeps_the_line_and_enter_says_why(person, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    person.start_at_the_list_step("Play")
    experiments = person.window.context.services.experiments
    add_behavior = experiments.add_behavior

    def full(*_args, **_values):
        raise DiskFull("There is not enough free disk space to save your changes.")

    monkeypatch.setattr(experiments, "add_behavior", full)
    editor = person.wizard.list_step.editor
    person.type("Sing")
    person.qtbot.waitUntil(lambda: editor.pending_entry.error is not None, timeout=1000)
    assert said == [] and editor.new_item.text() == "Sing" and editor.pending_entry.pending
    person.press(Qt.Key.Key_Return)  # Enter may say it: the person asked
    assert said == ["There is not enough free disk space to save your changes."]
    monkeypatch.setattr(experiments, "add_behavior", add_behavior)
    person.press(Qt.Key.Key_Return)
    assert behaviours(person) == shown(editor) == ["Sing"]


def test_a_half_typed_plan_item_is_on_disk_within_a_second_without_enter(person) -> None:
    person.start_at_the_list_step("Play")
    person.type("Dance in the kitchen")
    person.press(Qt.Key.Key_Return)
    person.next()
    person.press(Qt.Key.Key_Space)
    person.next()
    person.next()
    checklist = person.wizard.plan_step.checklist
    checklist.new_item.setFocus()
    person.type("Clear the floor", widget=checklist.new_item)
    person.qtbot.waitUntil(lambda: plan_items(person) == ["Clear the floor"], timeout=1000)
    assert shown(checklist) == ["Clear the floor"]
    person.type(" and the table", widget=checklist.new_item)
    person.press(Qt.Key.Key_Return, widget=checklist.new_item)
    assert plan_items(person) == shown(checklist) == ["Clear the floor and the table"]
    assert checklist.new_item.text() == ""


def test_editing_the_lines_item_in_place_shows_in_the_line(person) -> None:
    person.start_at_the_list_step("Play")
    editor = person.wizard.list_step.editor
    person.type("Draw")
    person.qtbot.waitUntil(lambda: behaviours(person) == ["Draw"], timeout=1000)
    editor.items()[0].setText(0, "Draw a map")
    assert editor.new_item.text() == "Draw a map"
    person.type(" together", widget=editor.new_item)
    person.press(Qt.Key.Key_Return, widget=editor.new_item)
    assert behaviours(person) == shown(editor) == ["Draw a map together"]
