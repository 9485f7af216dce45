"""What each step needs before Next: said beside the field once the person has had a go, Next
disabled until it is there, and nothing on the page moving when a problem is said or goes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from valuesdesk.content import ten_steps
from valuesdesk.ui.wizard.fields import guidance_html

NAME_MISSING = "⚠ Give your value a name to go on."


def problem_shown(page) -> str:
    labels = [label for label in page.findChildren(QLabel, "inlineProblem") if label.isVisibleTo(page)]
    return " ".join(label.text() for label in labels if label.text())


def place(widget: QWidget) -> QPoint:
    """Where the widget is in its window: what the person's next click aims at."""
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_step_1_says_a_name_is_missing_only_once_the_person_moves_on_and_nothing_moves(person) -> None:
    person.start()
    wizard = person.wizard
    step = wizard.value_step
    below = [step.meaning, step.life_domain, step.duration]
    places = [place(widget) for widget in below]
    assert not wizard.next_button.isEnabled()
    assert problem_shown(step) == ""  # nothing typed yet: nothing to reproach
    person.type("   ")
    assert problem_shown(step) == "" and not wizard.next_button.isEnabled()
    person.press(Qt.Key.Key_Tab)
    assert problem_shown(step) == NAME_MISSING
    assert [place(widget) for widget in below] == places
    person.press(Qt.Key.Key_Backtab)
    person.type("Trust")
    assert wizard.next_button.isEnabled() and problem_shown(step) == ""
    assert [place(widget) for widget in below] == places
    person.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.press(Qt.Key.Key_Delete)
    assert not wizard.next_button.isEnabled() and problem_shown(step) == NAME_MISSING
    person.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.step == 1


def test_trying_next_says_what_is_missing_and_puts_the_keyboard_there(person) -> None:
    person.start()
    wizard = person.wizard
    step = wizard.value_step
    person.alt("m")  # on to "What it means to me", without ever leaving the name by Tab
    person.type("Being there")
    assert problem_shown(step) == NAME_MISSING  # the name was left by its mnemonic
    assert wizard.open(wizard.experiment_id)
    assert problem_shown(step) == ""  # the page shown afresh says nothing until the person has a go
    person.qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # disabled: a try all the same
    assert problem_shown(step) == NAME_MISSING and person.focused() is step.name
    assert wizard.step == 1


def test_alt_n_and_alt_b_type_nothing_while_next_and_back_cannot_be_pressed(person) -> None:
    """Qt gives a disabled button's Alt+letter to the focused field, which typed a value named "n"."""
    person.start()
    wizard = person.wizard
    assert person.focused() is wizard.value_step.name
    person.alt("n")
    person.alt("b")
    assert wizard.value_step.name.text() == ""
    assert problem_shown(wizard.value_step) == NAME_MISSING  # Alt+N was a try to go on
    person.alt("m")
    person.alt("b")
    person.alt("n")
    assert wizard.value_step.meaning.toPlainText() == ""
    assert wizard.save_now()
    assert person.window.context.services.values.list_values() == ()
    # On the last step Next is hidden: Alt+N types nothing into the reflection either.
    experiment_id = person.answer_steps_1_to_9()
    person.window.context.services.experiments.begin(experiment_id)
    wizard.open(experiment_id, reflect=True)
    assert person.focused() is wizard.reflect_step.reflection
    person.alt("n")
    assert wizard.reflect_step.reflection.toPlainText() == ""


def test_a_letter_composed_with_alt_is_typed(person) -> None:
    """Option+O gives ø on a Mac keyboard: a character, not a missed mnemonic."""
    person.start()
    name = person.wizard.value_step.name
    QApplication.sendEvent(name, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier, "ø"))
    assert name.text() == "ø"


def test_fewer_than_seven_days_is_allowed_with_a_word_from_the_worksheet(person) -> None:
    person.start()
    person.type("Rest")
    person.alt("t")
    person.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.type("3")
    assert problem_shown(person.wizard.value_step) == "⚠ The worksheet asks for at least a week."
    person.next()


def test_steps_3_4_6_and_7_each_say_what_is_missing_when_next_is_tried(person) -> None:
    person.start_at_the_list_step("Openness")
    wizard = person.wizard
    assert not wizard.next_button.isEnabled() and problem_shown(wizard.list_step) == ""
    person.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert problem_shown(wizard.list_step) == "⚠ List at least one behaviour to go on."
    assert person.focused() is wizard.list_step.editor.new_item
    person.type("Try a new food")
    person.press(Qt.Key.Key_Return)
    assert problem_shown(wizard.list_step) == ""
    person.next()
    assert problem_shown(wizard.choose_step) == ""
    person.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert problem_shown(wizard.choose_step) == "⚠ Choose at least one behaviour to go on."
    assert not wizard.next_button.isEnabled()
    person.press(Qt.Key.Key_Space)
    person.next()
    person.next()
    person.press(Qt.Key.Key_Tab)
    assert problem_shown(wizard.plan_step) == "⚠ Write how you will enact the value to go on."
    assert not wizard.next_button.isEnabled()
    person.press(Qt.Key.Key_Backtab)
    person.type("Friday lunch")
    person.next()
    person.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert problem_shown(wizard.behave_step) == "⚠ Tick this to go on."
    person.press(Qt.Key.Key_Space)
    person.next()


def test_the_list_step_says_what_is_missing_once_the_person_leaves_the_list_not_when_adding(person) -> None:
    person.start_at_the_list_step("Openness")
    wizard = person.wizard
    editor = wizard.list_step.editor
    person.press(Qt.Key.Key_Tab)  # from the new line to its Add button: still in the list
    assert person.focused() is editor.add_button and problem_shown(wizard.list_step) == ""
    while person.focused() is not wizard.list_button:
        person.press(Qt.Key.Key_Tab)
    assert problem_shown(wizard.list_step) == "⚠ List at least one behaviour to go on."
    person.qtbot.mouseClick(editor.new_item, Qt.MouseButton.LeftButton)
    person.type("Listen first")
    person.click(editor.add_button)
    assert problem_shown(wizard.list_step) == "" and wizard.next_button.isEnabled()


def test_completing_needs_a_reflection(person, clock) -> None:
    person.start()
    wizard = person.wizard
    experiment_id = person.answer_steps_1_to_9(duration_days=2)
    person.window.context.services.experiments.begin(experiment_id)
    clock.advance(dt.timedelta(days=3))
    wizard.open(experiment_id)
    reflect = wizard.reflect_step
    assert "ended on" in reflect.status.text()
    assert reflect.reflection.isVisible() and not reflect.early_button.isVisible()
    assert not reflect.complete_button.isEnabled() and problem_shown(reflect) == ""
    person.qtbot.mouseClick(reflect.complete_button, Qt.MouseButton.LeftButton)
    assert problem_shown(reflect) == "⚠ Write your reflection to complete."
    person.type("It felt free.")
    assert reflect.complete_button.isEnabled()


def test_the_beginning_is_refused_with_the_reasons_if_a_step_was_skipped(person, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    person.start()
    wizard = person.wizard
    person.window.context.services.experiments.update(wizard.experiment_id, current_step=10)
    wizard.open(wizard.experiment_id)
    person.click(wizard.reflect_step.begin_button)
    assert "Step 1: choose or name a value." in shown[0]
    assert wizard.reflect_step.begin_button.isVisible()


def test_every_page_shows_its_title_and_guidance_from_the_sheet(person) -> None:
    person.start()
    sheet = ten_steps()
    for number, page in enumerate(person.wizard.pages, start=1):
        assert page.title.text() == sheet.step(number).title
        assert page.guidance.text() in guidance_html(sheet.step(number).guidance)
    assert "<i>you</i>" in person.wizard.value_step.guidance.text()
    assert "<i>do not tell them what you are doing</i>" in person.wizard.behave_step.guidance.text()
    assert person.wizard.reflect_step.guidance.text() == "Please bring your Daily Reactions Diary back to session on:"


def test_tab_goes_through_a_page_in_order_and_then_to_the_buttons(person) -> None:
    person.start_at_the_list_step("Curiosity")
    wizard = person.wizard
    editor = wizard.list_step.editor
    person.type("Ask one question")
    person.press(Qt.Key.Key_Return)
    order = []
    for _ in range(6):
        person.press(Qt.Key.Key_Tab)
        order.append(person.focused())
    assert order == [
        editor.add_button,
        editor.tree,
        editor.remove_button,
        wizard.list_button,
        wizard.back_button,
        wizard.next_button,
    ]


def test_a_try_on_planned_for_a_later_day_says_when_it_starts(person, clock) -> None:
    person.start()
    wizard = person.wizard
    later = dt.datetime.combine(clock.today + dt.timedelta(days=3), dt.time(9, 0))
    experiment_id = person.answer_steps_1_to_9(plan_at=later)
    wizard.open(experiment_id)
    person.click(wizard.reflect_step.begin_button)
    assert wizard.reflect_step.status.text().startswith("You will try on “Play” from ")
    assert person.window.context.services.experiments.get(experiment_id).lifecycle.start_date == later.date()
    assert wizard.reflect_step.early_button.isVisible()
