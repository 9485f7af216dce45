"""The first start's one question: who ValuesDesk is for. Asked once, in place of the work areas and never
over the lock screen; "for myself" keeps the Parallel Questions closed, "with clients" opens them; View ▸
Use ValuesDesk For changes it later."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from test_lock import SECRET, diary_shown, encrypted, texts_on_screen  # noqa: F401 (a fixture)
from test_unlock import Person, asks_for_passphrase, start_up, type_passphrase  # noqa: F401 (a fixture)

from valuesdesk.app import STARTUP_STEPS, application, ask_who_for, make_context, unlock
from valuesdesk.paths import ui_state_path
from valuesdesk.ui.main_window import MainWindow
from valuesdesk.ui.settings import USED_FOR, Settings, UsedFor

QUESTION = "How will you use it?"
MYSELF = "I'm using ValuesDesk for myself"
CLIENTS = "I'm using ValuesDesk with clients, as a therapist"


def shown_labels(window: MainWindow) -> set[str]:
    return {label.text() for label in window.findChildren(QLabel) if label.isVisible()}


def used_for_on_disk(data_dir: Path) -> UsedFor:
    return Settings(ui_state_path(data_dir)).get(USED_FOR)


@pytest.fixture
def start_window(qtbot, data_dir: Path, services):
    """Starts a main window as start-up does (``paint``, then the data, then ``ask_who_for``); each call is
    the program started again on the same data folder. Returns the window and whether it asked."""
    application()
    windows: list[MainWindow] = []

    def start() -> tuple[MainWindow, bool]:
        for earlier in windows:
            earlier.close()
        window = MainWindow(Settings(ui_state_path(data_dir)), data_dir, ask_who_for=True)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitExposed(window):
            window.show()
        window.attach(make_context(services, window))
        asked = window.ask_first_use() is not None
        return window, asked

    yield start
    for window in windows:
        window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_question_is_a_start_up_step_after_the_unlock() -> None:
    assert STARTUP_STEPS.index(unlock) < STARTUP_STEPS.index(ask_who_for)


def test_a_first_start_asks_and_for_myself_the_questions_stay_closed(start_window, data_dir, qtbot) -> None:
    window, asked = start_window()

    assert asked
    assert {"Welcome to ValuesDesk", QUESTION} <= shown_labels(window)
    answers = window.first_start.answers
    assert answers[UsedFor.MYSELF].isVisible() and answers[UsedFor.CLIENTS].title.text()
    assert not window.questions_dock.isVisible(), "a client never meets the therapist's sheet"
    assert not window.sections.isVisible()
    with qtbot.waitSignal(window.first_start_answered):
        qtbot.mouseClick(window.first_start.answers[UsedFor.MYSELF], Qt.MouseButton.LeftButton)

    assert window.sections.isVisible() and not window.first_start.isVisible()
    assert not window.questions_dock.isVisible()
    assert used_for_on_disk(data_dir) is UsedFor.MYSELF
    assert window.used_for_actions[UsedFor.MYSELF].isChecked()

    again, asked_again = start_window()
    assert not asked_again and again.sections.isVisible() and not again.questions_dock.isVisible()


def test_a_therapist_gets_the_questions_beside_the_work_and_is_not_asked_again(start_window, data_dir, qtbot) -> None:
    window, _asked = start_window()
    qtbot.mouseClick(window.first_start.answers[UsedFor.CLIENTS], Qt.MouseButton.LeftButton)

    assert window.questions_dock.isVisible() and window.sections.isVisible()
    assert window.questions_dock.width() >= window.questions_dock.minimumSizeHint().width()
    assert used_for_on_disk(data_dir) is UsedFor.CLIENTS

    again, asked_again = start_window()
    assert not asked_again and again.questions_dock.isVisible()
    assert again.used_for_actions[UsedFor.CLIENTS].isChecked()


def test_the_keyboard_answers_tab_then_space(start_window, qtbot) -> None:
    window, _asked = start_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.first_start.answers[UsedFor.MYSELF])

    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.first_start.answers[UsedFor.CLIENTS]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)

    assert window.questions_dock.isVisible() and not window.first_start.isVisible()


def test_while_asking_the_view_menu_cannot_open_the_sheet(start_window) -> None:
    window, _asked = start_window()

    view = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    entries = {action.text(): action.isEnabled() for action in view.actions() if not action.isSeparator()}
    assert entries["&Parallel Questions"] is False and entries["&Use ValuesDesk For"] is False


def test_quitting_at_the_question_asks_it_again(start_window, data_dir) -> None:
    window, _asked = start_window()
    window.close()

    again, asked_again = start_window()
    assert asked_again and again.first_start.isVisible() and not again.questions_dock.isVisible()
    assert used_for_on_disk(data_dir) is UsedFor.NOT_ASKED


def test_view_use_valuesdesk_for_changes_the_answer_later(start_window, data_dir, qtbot) -> None:
    window, _asked = start_window()
    qtbot.mouseClick(window.first_start.answers[UsedFor.MYSELF], Qt.MouseButton.LeftButton)
    view = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    submenu = next(action.menu() for action in view.actions() if action.text() == "&Use ValuesDesk For")
    titles = [action.text() for action in submenu.actions()]
    assert titles == ["&Myself", "&Clients, as a Therapist"]

    window.used_for_actions[UsedFor.CLIENTS].trigger()
    assert window.questions_dock.isVisible() and used_for_on_disk(data_dir) is UsedFor.CLIENTS
    window.used_for_actions[UsedFor.MYSELF].trigger()
    assert not window.questions_dock.isVisible() and used_for_on_disk(data_dir) is UsedFor.MYSELF
    assert window.used_for_actions[UsedFor.MYSELF].isChecked()
    assert not window.used_for_actions[UsedFor.CLIENTS].isChecked()


def test_an_encrypted_diary_is_unlocked_before_the_question_and_nothing_of_it_shows_with_it(
    encrypted: Path,  # noqa: F811
    start_up,  # noqa: F811
) -> None:
    def look_then_unlock(window: MainWindow) -> None:
        person.noted["asked while locked"] = window.first_start.isVisible()
        type_passphrase(window, SECRET)

    def look_then_answer(window: MainWindow) -> None:
        person.noted["diary with the question"] = diary_shown(texts_on_screen())
        person.noted["dock with the question"] = window.questions_dock.isVisible()
        QTest.mouseClick(window.first_start.answers[UsedFor.MYSELF], Qt.MouseButton.LeftButton)

    def look_and_quit(window: MainWindow) -> None:
        person.noted["diary once answered"] = diary_shown(texts_on_screen())
        window.close()

    person = Person(
        [
            (asks_for_passphrase, look_then_unlock),
            (lambda window: window.first_start.isVisible(), look_then_answer),
            (lambda window: window.sections.isVisible(), look_and_quit),
        ]
    )

    assert start_up(encrypted, person) == 0

    assert person.noted["asked while locked"] is False
    assert person.noted["diary with the question"] == set() and person.noted["dock with the question"] is False
    assert "Connection with my family" in person.noted["diary once answered"]
    assert used_for_on_disk(encrypted) is UsedFor.MYSELF
