"""A person walks all ten steps with keyboard and mouse, finishes, and finds it all after a restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from valuesdesk.content import ten_steps
from valuesdesk.domain import ExperimentStatus

Key = Qt.Key
REACTIONS = "My mind says this is silly 🙃 — שלום, e\u0301"
JUDGMENTS = "Will I enjoy it? مرحبا"
PLAN = "Sunday after lunch I phone Sam and just listen."
REFLECTION = "I felt closer to Sam; my mind called it awkward, and I thanked it."


def visible_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def walk_steps_one_to_nine(person) -> None:
    wizard = person.wizard
    # 1. Choose a Value: the cursor waits in the name; Tab moves through the form.
    assert person.focused() is wizard.value_step.name
    person.type("Courage 🌱")
    person.press(Key.Key_Tab)
    assert person.focused() is wizard.value_step.meaning
    person.type("Facing what matters to me.")
    person.alt("d")
    person.type("Work")
    person.alt("t")
    person.press(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    person.type("10")
    assert wizard.value_step.duration.value() == 10
    person.mnemonic("n", lambda: wizard.step == 2)

    # 2. Notice Reactions.
    person.type(REACTIONS)
    person.next()

    # 3. Make a List: Enter adds, the Add button adds, F2 edits in place, Alt+Up moves.
    editor = wizard.list_step.editor
    assert not wizard.next_button.isEnabled()
    person.type("Ask for feedback")
    person.press(Key.Key_Return)
    person.type("Speak up in the meeting")
    person.click(editor.add_button)
    person.type("Say no once")
    person.press(Key.Key_Return)
    editor.tree.setFocus()
    person.press(Key.Key_F2)
    person.press(Key.Key_End)
    person.type(" kindly")
    person.press(Key.Key_Return)
    # The item delegate commits an in-place edit on the next turn of the event loop.
    person.qtbot.waitUntil(lambda: editor.tree.currentItem().text(0) == "Say no once kindly")
    person.press(Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [editor.tree.topLevelItem(row).text(0) for row in range(3)] == [
        "Ask for feedback",
        "Say no once kindly",
        "Speak up in the meeting",
    ]
    person.next()

    # 4. Choose a Behavior: Space ticks the current one, the mouse ticks another.
    behaviours = wizard.choose_step.behaviours
    assert person.focused() is behaviours and not wizard.next_button.isEnabled()
    person.press(Key.Key_Space)
    behaviours.item(2).setCheckState(Qt.CheckState.Checked)
    person.next()

    # 5. Notice Judgments.
    person.type(JUDGMENTS)
    person.next()

    # 6. Make a Plan, with a checklist: one ticked, one with a due date.
    plan = wizard.plan_step
    person.type(PLAN)
    person.alt("g")
    person.type("Book the meeting room")
    person.press(Key.Key_Return)
    person.type("Write three points")
    person.press(Key.Key_Return)
    plan.checklist.tree.setFocus()
    person.press(Key.Key_Up)
    person.press(Key.Key_Space)
    person.click(plan.has_due)
    plan.due.setDate(QDate(2031, 1, 2))
    person.next()

    # 7. Just Behave.
    assert not wizard.next_button.isEnabled()
    person.press(Key.Key_Space)
    person.next()

    # 8. Keep a Daily Diary: the link opens the diary (this draft's days start once it begins);
    # Ctrl+1 comes back.
    person.click(wizard.diary_step.open_diary)
    assert person.window.pages.currentWidget() is person.window.diary_page
    person.press(Key.Key_1, Qt.KeyboardModifier.ControlModifier, widget=person.window)
    assert wizard.isVisible() and wizard.step == 8
    assert person.focused() is wizard.diary_step.open_diary
    person.next()

    # 9. Commit: a daily check-in time.
    person.press(Key.Key_Space, widget=wizard.commit_step.has_time)
    wizard.commit_step.time.setTime(wizard.commit_step.time.time().fromString("21:15", "HH:mm"))
    person.next()


def test_all_ten_steps_then_everything_is_found_in_a_new_window(person, restart, monkeypatch) -> None:
    page = person.page
    assert page.welcome.isVisible()
    person.start()
    walk_steps_one_to_nine(person)

    # 10. Reflect: the next session, begin, and (ending early) reflect and complete.
    wizard = person.wizard
    reflect = wizard.reflect_step
    assert person.focused() is reflect.next_session
    reflect.next_session.setDate(QDate(2031, 2, 3))
    person.click(reflect.begin_button)
    experiment_id = wizard.experiment_id
    assert person.window.context.services.experiments.get(experiment_id).status is ExperimentStatus.ACTIVE
    assert not reflect.reflection.isVisible()
    person.click(reflect.early_button)
    assert person.focused() is reflect.reflection
    assert not reflect.complete_button.isEnabled()
    person.type(REFLECTION)
    person.click(reflect.complete_button)
    assert "You completed trying on “Courage 🌱”" in reflect.status.text()
    assert reflect.reflection.isReadOnly()

    again = restart(person.window)
    page = again.experiments_page
    assert page.wizard.isVisible() and page.wizard.step == 10
    assert page.wizard.reflect_step.reflection.toPlainText() == REFLECTION
    person.window = again
    person.click(page.wizard.list_button)
    completed = page.experiment_list.model().index(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert completed.startswith("Courage 🌱, Completed: 10 days · ")

    experiment = again.context.services.experiments.get(experiment_id)
    assert (experiment.value.name, experiment.value.meaning, experiment.value.life_domain) == (
        "Courage 🌱",
        "Facing what matters to me.",
        "Work",
    )
    assert experiment.lifecycle.duration_days == 10
    assert (experiment.reactions, experiment.judgments, experiment.plan) == (REACTIONS, JUDGMENTS, PLAN)
    assert [(b.text, b.chosen) for b in experiment.behaviors] == [
        ("Ask for feedback", True),
        ("Say no once kindly", False),
        ("Speak up in the meeting", True),
    ]
    assert experiment.commit_until is not None
    assert [(i.text, i.done, i.due_date) for i in experiment.plan_items] == [
        ("Book the meeting room", True, dt.date(2031, 1, 2)),
        ("Write three points", False, None),
    ]
    assert experiment.behave_confirmed and experiment.checkin_time == dt.time(21, 15)
    assert experiment.next_session_date == dt.date(2031, 2, 3)
    assert experiment.reflection == REFLECTION and experiment.status is ExperimentStatus.COMPLETED

    # Reviewing it read-only, page by page, shows what was written.
    page.select(experiment_id)
    page.experiment_list.setFocus()
    person.press(Key.Key_Return)
    wizard = page.wizard
    assert wizard.step == 10 and "read only" in wizard.progress.text()
    person.mnemonic("b", lambda: wizard.step == 9)
    for step in range(9, 0, -1):
        if step < 9:
            person.back()
        assert ten_steps().step(step).title in visible_texts(wizard.current_page)
    assert wizard.value_step.name.text() == "Courage 🌱" and wizard.value_step.name.isReadOnly()
    assert not wizard.value_step.duration.isEnabled()
