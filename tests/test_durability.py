"""Asked to end (SIGTERM, SIGINT, SIGHUP, the session manager), the window saves what is typed and quits with 0.

The real signals reach this test's own process, through the same wake-up socket and notifier the
program uses; the quit itself is recorded instead of ending the test run. The program as a separate
process, killed and ended while typing, is in ``tests/process``.
"""

from __future__ import annotations

import logging
import os
import signal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from valuesdesk.domain import dates
from valuesdesk.errors import DiskFull
from valuesdesk.ui.session_end import ENDING_SIGNALS, SessionEnd, install_session_end


@pytest.fixture
def typed_diary(make_window, make_experiment, qtbot):
    """A window with "unsaved words" typed into today's diary and not yet saved."""
    window = make_window()
    experiment_id = make_experiment(services=window.context.services)
    window.diary_page.reload()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = window.diary_page.day_view.tabs.currentWidget()
    qtbot.keyClicks(editor.inputs["others_reactions"], "unsaved words")
    assert editor.autosaver.pending
    return window, editor, experiment_id


@pytest.fixture
def session_end_for(monkeypatch):
    """Installs the ending for a window, with the quit recorded instead of done; uninstalled after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    exits: list[int] = []
    monkeypatch.setattr(app, "exit", exits.append)
    installed: list[SessionEnd] = []

    def install(window) -> SessionEnd:
        ending = install_session_end(app, lambda: window)
        ending.exits = exits  # type: ignore[attr-defined]
        installed.append(ending)
        return ending

    yield install
    for ending in installed:
        ending.uninstall()


@pytest.fixture
def session_end(typed_diary, session_end_for):
    return session_end_for(typed_diary[0])


def on_disk(window, experiment_id: int) -> str:
    (entry,) = window.context.services.diary.day_entries(dates.today(), experiment_id, dates.today())
    return entry.values["others_reactions"]


@pytest.mark.parametrize("number", ENDING_SIGNALS, ids=lambda number: number.name)
def test_an_ending_signal_saves_what_is_typed_and_quits_with_0(
    typed_diary, session_end: SessionEnd, qtbot, number
) -> None:
    window, editor, experiment_id = typed_diary
    os.kill(os.getpid(), number)
    qtbot.waitUntil(lambda: session_end.exits == [0], timeout=3000)
    assert on_disk(window, experiment_id) == "unsaved words"
    assert not editor.autosaver.pending and not window.isVisible()


def test_the_platform_has_the_three_ending_signals() -> None:
    expected = {"SIGTERM", "SIGINT"} | ({"SIGHUP"} if hasattr(signal, "SIGHUP") else set())
    assert {number.name for number in ENDING_SIGNALS} == expected


@pytest.fixture
def dialogs(monkeypatch) -> list[str]:
    """The text of every dialog shown (none opens for real)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


@pytest.fixture
def full_disk(typed_diary, monkeypatch) -> None:
    def full(*_args, **_values):
        raise DiskFull("There is not enough free disk space to save your changes.")

    monkeypatch.setattr(typed_diary[0].context.services.diary, "save_entry", full)


def logged(caplog) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


def test_an_ending_signal_never_closes_over_text_it_could_not_save_and_opens_no_dialog(
    typed_diary, session_end: SessionEnd, qtbot, dialogs, full_disk, caplog
) -> None:
    # A dialog would keep a shutdown waiting: the status bar says why, the log says which failure.
    window, editor, experiment_id = typed_diary
    caplog.set_level(logging.INFO, logger="valuesdesk.ui.session_end")
    os.kill(os.getpid(), signal.SIGTERM)
    status = window.statusBar()
    qtbot.waitUntil(lambda: "not saved" in status.currentMessage(), timeout=3000)
    assert "There is not enough free disk space" in status.currentMessage()
    assert dialogs == []
    assert session_end.exits == [] and window.isVisible() and editor.autosaver.pending
    assert on_disk(window, experiment_id) == ""
    assert editor.inputs["others_reactions"].toPlainText() == "unsaved words"
    assert "DiskFull" in logged(caplog) and "unsaved words" not in logged(caplog)
    assert "disk space" not in logged(caplog)  # the type only


def test_after_a_failed_ending_the_next_signal_saves_and_quits(
    typed_diary, session_end: SessionEnd, qtbot, dialogs, monkeypatch
) -> None:
    window, _editor, experiment_id = typed_diary
    diary = window.context.services.diary
    save_entry = diary.save_entry

    def full(*_args, **_values):
        raise DiskFull("There is not enough free disk space to save your changes.")

    monkeypatch.setattr(diary, "save_entry", full)
    session_end.end()
    assert session_end.exits == [] and window.isVisible()
    monkeypatch.setattr(diary, "save_entry", save_entry)  # space was freed
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: session_end.exits == [0], timeout=3000)
    assert on_disk(window, experiment_id) == "unsaved words" and dialogs == []


class SessionManager:
    """Stands in for QSessionManager, which only Qt makes."""

    def __init__(self, interaction: bool) -> None:
        self.interaction = interaction
        self.cancelled = False

    def allowsInteraction(self) -> bool:
        return self.interaction

    def cancel(self) -> None:
        self.cancelled = True

    def release(self) -> None:
        pass


@pytest.mark.parametrize("interaction", [True, False])
def test_the_end_of_the_session_saves_what_is_typed(typed_diary, session_end: SessionEnd, interaction, dialogs) -> None:
    # On Windows Qt turns WM_QUERYENDSESSION into this same commitDataRequest.
    window, editor, experiment_id = typed_diary
    manager = SessionManager(interaction)
    session_end.commit_data(manager)  # type: ignore[arg-type]
    assert on_disk(window, experiment_id) == "unsaved words"
    assert not editor.autosaver.pending and not manager.cancelled and dialogs == []


def test_a_failed_save_at_the_end_of_an_interactive_session_is_said_and_cancels_it(
    typed_diary, session_end: SessionEnd, dialogs, full_disk
) -> None:
    editor = typed_diary[1]
    manager = SessionManager(interaction=True)
    session_end.commit_data(manager)  # type: ignore[arg-type]
    assert dialogs == ["There is not enough free disk space to save your changes."]
    assert manager.cancelled and editor.autosaver.pending


def test_a_failed_save_at_the_end_of_a_session_without_interaction_is_logged_by_type_only(
    typed_diary, session_end: SessionEnd, dialogs, full_disk, caplog
) -> None:
    editor = typed_diary[1]
    caplog.set_level(logging.INFO, logger="valuesdesk.ui.session_end")
    manager = SessionManager(interaction=False)
    session_end.commit_data(manager)  # type: ignore[arg-type]
    assert dialogs == [] and not manager.cancelled and editor.autosaver.pending
    assert "DiskFull" in logged(caplog)
    assert "unsaved words" not in logged(caplog) and "disk space" not in logged(caplog)


def test_a_half_typed_wizard_list_line_is_saved_by_an_ending_signal(
    make_window, session_end_for, qtbot, dialogs
) -> None:
    window = make_window()
    page = window.experiments_page
    (page.begin_button if page.welcome.isVisible() else page.start_button).click()
    wizard = page.wizard
    experiments = window.context.services.experiments
    experiments.save_value(wizard.experiment_id, name="Play", meaning="", life_domain="")
    wizard.go_to(3)
    editor = wizard.list_step.editor
    qtbot.keyClicks(editor.new_item, "Build a kite")
    assert editor.pending_entry.pending
    ending = session_end_for(window)
    os.kill(os.getpid(), signal.SIGTERM)
    qtbot.waitUntil(lambda: ending.exits == [0], timeout=3000)
    assert [item.text for item in experiments.get(wizard.experiment_id).behaviors] == ["Build a kite"]
    assert dialogs == []
