"""What a screen reader is told of changes out of sight: a wizard step opening, a problem appearing, "Saved"
once the typing pauses, a search's count, the pair turned to and status-bar messages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from valuesdesk.content import ten_steps
from valuesdesk.ui.questions.sheet_mode import SheetMode
from valuesdesk.ui.widgets import announce

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def heard():
    """The words of the announcements made, in order."""
    said: list[str] = []
    announce.announcements.announced.connect(said.append)
    yield said
    announce.announcements.announced.disconnect(said.append)


def words(heard) -> list[str]:
    return heard


def test_a_step_is_announced_as_it_opens_and_its_guidance_describes_the_first_field(make_window, qtbot, heard) -> None:
    window = make_window()
    page = window.experiments_page
    qtbot.mouseClick(page.begin_button if page.welcome.isVisible() else page.start_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    step_one, step_two = ten_steps().steps[0], ten_steps().steps[1]
    assert f"Step 1 of 10: {step_one.title}" in words(heard)
    qtbot.keyClicks(wizard.value_step.name, "Courage")
    qtbot.keyClick(wizard.value_step.name, Key.Key_Return, CTRL)
    assert wizard.step == 2
    assert words(heard)[-1] == f"Step 2 of 10: {step_two.title}"
    first_field = wizard.current_page.first_input()
    assert first_field.accessibleDescription().startswith(step_two.guidance.replace("*", "")[:40])


def test_a_problem_is_said_once_as_it_appears_and_describes_its_field(make_window, qtbot, heard) -> None:
    window = make_window()
    page = window.experiments_page
    qtbot.mouseClick(page.begin_button if page.welcome.isVisible() else page.start_button, Qt.MouseButton.LeftButton)
    name = page.wizard.value_step.name
    own = name.accessibleDescription()
    qtbot.keyClick(name, Key.Key_N, Qt.KeyboardModifier.AltModifier)  # a try to go on without a name
    problem = "Give your value a name to go on."
    assert words(heard).count(problem) == 1
    assert name.accessibleDescription() == f"{problem} {own}".strip()
    qtbot.keyClicks(name, "Courage")
    assert name.accessibleDescription() == own, "the problem is gone from the field's description"


def open_diary(make_window, qtbot, setup):
    """The Diary of a window, with data made by ``setup(services)`` beforehand."""
    window = make_window()
    setup(window.context.services)
    window.diary_page.reload()
    qtbot.keyClick(window, Key.Key_2, CTRL)
    return window.diary_page


def test_saved_is_said_once_after_the_typing_pauses(make_window, make_experiment, qtbot, heard, clock) -> None:
    page = open_diary(make_window, qtbot, lambda services: make_experiment(start=clock.today, services=services))
    editor = page.day_view.tabs.currentWidget()
    field = editor.inputs["notes"]
    for word in ("one ", "two ", "three"):
        qtbot.keyClicks(field, word)
        qtbot.waitSignal(editor.autosaver.saved, timeout=2000).wait()
    assert "Saved" not in words(heard), "not while the person is still writing"
    qtbot.waitUntil(lambda: "Saved" in words(heard), timeout=announce.CALM_MS + 1000)
    assert words(heard).count("Saved") == 1


def test_a_searchs_count_is_said(make_window, make_experiment, qtbot, heard, clock) -> None:
    def setup(services):
        experiment = make_experiment(start=clock.today, services=services)
        services.diary.save_entry(experiment, clock.today, notes="a brave day")

    page = open_diary(make_window, qtbot, setup)
    qtbot.keyClicks(page.search_field, "brave")
    qtbot.keyClick(page.search_field, Key.Key_Return)
    assert words(heard)[-1] == page.search_results.summary.text()
    assert "1" in words(heard)[-1]


def test_the_pair_turned_to_and_status_messages_are_said(make_window, qtbot, heard) -> None:
    window = make_window()
    panel = window.questions_panel
    panel.mode_box.setCurrentIndex(list(SheetMode).index(SheetMode.ONE_PAIR))
    panel.sheet_view.next_pair()
    assert words(heard)[-1] == "Pair 2 of 8"
    window.statusBar().showMessage("Backed up your data.")
    assert words(heard)[-1] == "Backed up your data."
