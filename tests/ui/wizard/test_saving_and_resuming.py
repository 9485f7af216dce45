"""Typing is saved within a second; closing mid-way resumes at the same page, text and cursor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from valuesdesk.domain import STEP_COUNT
from valuesdesk.errors import DiskFull
from valuesdesk.ui.context import DataKind

# 100,000 characters of writing, then emoji (with a skin tone and a joiner), combining marks,
# Hebrew with points, Arabic and an explicit right-to-left override.
UNUSUAL = ("I noticed a thought and let it be. " * 2_900)[:100_000] + (
    "\n🌱👩🏽‍🚀 e\u0301 n\u0303 שָׁלוֹם עולם مرحبا بالعالم \u202eRTL\u202c end"
)


def test_typing_is_saved_within_a_second_without_leaving_the_page(person) -> None:
    person.start()
    person.type("Honesty")
    experiments = person.window.context.services.experiments
    experiment_id = person.wizard.experiment_id
    person.qtbot.waitUntil(lambda: (experiments.get(experiment_id).value or None) is not None, timeout=1000)
    assert experiments.get(experiment_id).value.name == "Honesty"
    assert person.wizard.save_indicator.text() == "Saved"


def test_closing_mid_way_resumes_the_draft_at_the_same_page_with_the_cursor_ready(person, restart) -> None:
    person.start()
    person.type("Patience")
    person.next()
    person.type("My mind says I have none")
    again = restart(person.window)
    wizard = again.experiments_page.wizard
    assert wizard.isVisible() and wizard.step == 2
    reactions = wizard.current_page.text
    assert reactions.toPlainText() == "My mind says I have none"
    assert QApplication.focusWidget() is reactions
    assert reactions.textCursor().position() == len("My mind says I have none")
    person.window = again
    person.type(", or do I?")
    assert reactions.toPlainText() == "My mind says I have none, or do I?"


def test_a_half_written_list_entry_is_kept_when_the_program_closes(person, restart) -> None:
    person.start_at_the_list_step("Play")
    person.type("Build a kite with Mia")
    again = restart(person.window)
    wizard = again.experiments_page.wizard
    assert wizard.step == 3
    assert wizard.list_step.editor.tree.topLevelItem(0).text(0) == "Build a kite with Mia"
    assert wizard.next_button.isEnabled()


def test_back_and_next_keep_everything(person) -> None:
    person.start()
    person.type("Presence")
    person.next()
    person.type("doubts")
    person.next()
    person.type("Put the phone away")
    person.press(Qt.Key.Key_Return)
    person.back()
    person.back()
    assert person.wizard.value_step.name.text() == "Presence"
    person.next()
    assert person.wizard.current_page.text.toPlainText() == "doubts"
    person.next()
    assert person.wizard.list_step.editor.tree.topLevelItem(0).text(0) == "Put the phone away"


def test_long_text_emoji_combining_and_right_to_left_text_survive_a_round_trip(person, restart) -> None:
    person.start()
    person.type("שלום 🌱 e\u0301")
    person.press(Qt.Key.Key_Tab)
    # A person pastes the long text; the rest is typed through the input method.
    person.focused().insertPlainText(UNUSUAL)
    person.next()
    person.focused().insertPlainText(UNUSUAL)
    again = restart(person.window)
    wizard = again.experiments_page.wizard
    assert wizard.current_page.text.toPlainText() == UNUSUAL
    experiment = again.context.services.experiments.get(wizard.experiment_id)
    assert experiment.reactions == UNUSUAL
    assert experiment.value.name == "שלום 🌱 e\u0301" and experiment.value.meaning == UNUSUAL
    wizard.go_back()
    assert wizard.value_step.meaning.toPlainText() == UNUSUAL


def test_a_failed_save_is_said_and_keeps_the_person_on_the_page(person, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    person.start()
    person.type("Courage")
    experiments = person.window.context.services.experiments

    def full_disk(*_args, **_kwargs) -> None:
        raise DiskFull("There is not enough free disk space to save your changes.")

    monkeypatch.setattr(experiments, "save_value", full_disk)
    person.click(person.wizard.next_button)
    assert person.wizard.step == 1
    assert shown == ["There is not enough free disk space to save your changes."]
    assert person.wizard.save_indicator.text().startswith("Not saved:")
    assert person.wizard.value_step.name.text() == "Courage"


def test_resuming_puts_the_cursor_at_the_end_of_the_first_field(person, restart) -> None:
    person.start()
    person.type("Care")
    person.press(Qt.Key.Key_Home)
    again = restart(person.window)
    wizard = again.experiments_page.wizard
    assert wizard.step == 1
    assert QApplication.focusWidget() is wizard.value_step.name
    assert wizard.value_step.name.cursorPosition() == len("Care")


def test_one_of_my_values_can_be_chosen_by_keyboard_and_ctrl_enter_goes_on(person) -> None:
    person.window.context.services.values.create("Honesty", "Saying what I see", "Friendship")
    person.start()
    wizard = person.wizard
    assert wizard.value_step.my_values.isVisible()
    person.alt("o")
    assert person.focused() is wizard.value_step.my_values
    person.press(Qt.Key.Key_Down)
    assert wizard.value_step.name.text() == "Honesty"
    assert wizard.value_step.meaning.toPlainText() == "Saying what I see"
    assert wizard.value_step.life_domain.currentText() == "Friendship"
    person.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.step == 2
    experiment = person.window.context.services.experiments.get(wizard.experiment_id)
    assert experiment.value.name == "Honesty"
    assert [value.name for value in person.window.context.services.values.list_values()] == ["Honesty"]


def test_emptying_a_behaviour_in_place_keeps_it(person) -> None:
    person.start_at_the_list_step("Calm")
    person.type("Breathe before answering")
    person.press(Qt.Key.Key_Return)
    editor = person.wizard.list_step.editor
    item = editor.tree.topLevelItem(0)
    item.setText(0, "   ")
    assert item.text(0) == "Breathe before answering"
    assert person.window.context.services.experiments.get(person.wizard.experiment_id).behaviors[0].text == item.text(0)


def test_a_behaviour_being_edited_in_place_is_kept_when_the_program_closes(person, restart) -> None:
    person.start_at_the_list_step("Calm")
    person.type("Breathe")
    person.press(Qt.Key.Key_Return)
    person.wizard.list_step.editor.tree.setFocus()
    person.press(Qt.Key.Key_F2)
    person.press(Qt.Key.Key_End)
    person.type(" before answering")
    again = restart(person.window)
    tree = again.experiments_page.wizard.list_step.editor.tree
    assert tree.topLevelItem(0).text(0) == "Breathe before answering"


def meaning_changed_elsewhere(person, meaning: str):
    """Step 1 typed and saved, then its meaning changed behind the page, as an import does."""
    person.start()
    person.type("Courage")
    assert person.wizard.save_now()
    experiments = person.window.context.services.experiments
    experiment_id = person.wizard.experiment_id
    experiments.save_value(experiment_id, name="Courage", meaning=meaning, life_domain="")
    return experiments, experiment_id


def test_an_import_that_changed_the_open_page_is_shown_and_never_written_over(person) -> None:
    experiments, experiment_id = meaning_changed_elsewhere(person, "Written on the other computer")
    person.page.context.events.changed(DataKind.ALL)
    assert person.wizard.value_step.meaning.toPlainText() == "Written on the other computer"
    person.next()
    assert experiments.get(experiment_id).value.meaning == "Written on the other computer"


@pytest.mark.parametrize(
    ("step", "field"),
    [(1, "meaning"), (2, "text"), (5, "text"), (6, "plan"), (10, "reflection")],
)
def test_every_text_typed_just_before_closing_is_there_after_a_restart(person, restart, step, field) -> None:
    person.start()
    person.click(person.wizard.list_button)
    experiment_id = person.answer_steps_1_to_9()
    experiments = person.window.context.services.experiments
    experiments.update(experiment_id, current_step=step)
    if step == STEP_COUNT:
        experiments.begin(experiment_id)
    person.page.open_experiment(experiment_id, reflect=step == STEP_COUNT)
    assert person.wizard.step == step
    person.type("Last words 🌱", getattr(person.wizard.current_page, field))
    again = restart(person.window)
    again.experiments_page.open_experiment(experiment_id, reflect=step == STEP_COUNT)
    page = again.experiments_page.wizard.page(step)
    assert getattr(page, field).toPlainText().endswith("Last words 🌱")


def test_choosing_one_of_my_values_keeps_the_length_just_typed(person) -> None:
    person.window.context.services.values.create("Honesty", "Saying what I see", "Friendship")
    person.start()
    step = person.wizard.value_step
    step.duration.setFocus()
    step.duration.selectAll()
    person.type("14")
    step.my_values.setFocus()
    person.press(Qt.Key.Key_Down)
    assert step.name.text() == "Honesty" and step.duration.value() == 14
    assert person.wizard.save_now()
    assert person.window.context.services.experiments.get(person.wizard.experiment_id).lifecycle.duration_days == 14


def test_ending_early_keeps_the_session_date_just_changed(person) -> None:
    person.start()
    person.click(person.wizard.list_button)
    experiment_id = person.answer_steps_1_to_9()
    experiments = person.window.context.services.experiments
    experiments.begin(experiment_id)
    person.page.open_experiment(experiment_id)
    reflect = person.wizard.reflect_step
    chosen = reflect.next_session.date().addDays(3)
    reflect.next_session.setFocus()
    reflect.next_session.setDate(chosen)
    person.click(reflect.early_button)
    assert reflect.reflecting and reflect.next_session.date() == chosen
    assert person.wizard.save_now()
    assert experiments.get(experiment_id).next_session_date == chosen.toPython()


def test_going_on_without_typing_writes_nothing_over_the_saved_page(person) -> None:
    experiments, experiment_id = meaning_changed_elsewhere(person, "Kept")
    person.next()
    person.back()
    assert experiments.get(experiment_id).value.meaning == "Kept"


def test_another_experiment_opens_without_the_last_ones_saved_state(person) -> None:
    experiments = person.window.context.services.experiments
    finished = experiments.create_draft().id
    experiments.abandon(finished)
    person.start()
    person.type("Warmth")
    person.qtbot.waitUntil(lambda: person.wizard.save_indicator.text() == "Saved", timeout=2000)
    person.click(person.wizard.list_button)
    person.page.open_experiment(finished)
    assert person.wizard.save_indicator.text() == ""
