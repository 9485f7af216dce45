"""Locking an encrypted diary: Lock Now (Ctrl+L), the idle time, the screen locking and sleep hide every
text of the diary behind the lock screen, and the passphrase typed there brings everything back."""

from __future__ import annotations

import ctypes
import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTreeView,
    QWidget,
)

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.paths import ui_state_path
from valuesdesk.ui import lock, screen_lock
from valuesdesk.ui.settings import IDLE_LOCK_MINUTES, Settings

SECRET = "blue heron at dawn"
# What the sample diary holds: a value's name, a diary entry's text, a therapist's note.
DIARY_TEXTS = (
    "Connection with my family",
    "My sister smiled when I called, and asked twice whether everything was all right.",
    "Client's values seem to echo mine.",
)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def encrypted(filled: Path, clock) -> Path:
    """The sample diary, encrypted with :data:`SECRET` and closed again; today is its fifth day."""
    from sample_diary import START

    from valuesdesk.services import open_services

    clock.set(START + dt.timedelta(days=4))
    services = open_services(filled)
    try:
        services.set_passphrase(Passphrase(SECRET))
    finally:
        services.close()
    return filled


@pytest.fixture
def open_window(make_window, encrypted: Path):
    """Opens a main window on the encrypted diary, unlocked with :data:`SECRET`, as start-up does."""
    return lambda: make_window(Passphrase(SECRET))


def texts_on_screen() -> set[str]:
    """Every text a person could see in any window: labels, fields, buttons, and every item of every
    list, tree and table, of every widget that shows."""
    texts: set[str] = set()
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.add(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
            texts.update(str(text) for text in _model_texts(model, tree=isinstance(widget, QTreeView)))
    return {text for text in texts if text}


def _model_texts(model, parent=None, *, tree: bool) -> Iterator[object]:
    """Every item's text, tooltip and spoken text (a view that paints its own rows shows what it says);
    the items under each item too, in a tree."""
    from PySide6.QtCore import QModelIndex

    parent = QModelIndex() if parent is None else parent
    for row in range(model.rowCount(parent)):
        column = 0
        while (index := model.index(row, column, parent)).isValid():
            yield model.data(index, Qt.ItemDataRole.DisplayRole)
            yield model.data(index, Qt.ItemDataRole.ToolTipRole)
            yield model.data(index, Qt.ItemDataRole.AccessibleTextRole)
            column += 1
        if tree:
            yield from _model_texts(model, model.index(row, 0, parent), tree=tree)


def diary_shown(texts: set[str]) -> set[str]:
    """Which of the diary's texts occur in ``texts`` (also within a longer one)."""
    return {wanted for wanted in DIARY_TEXTS if any(wanted in text for text in texts)}


def show_everything(window, qtbot) -> None:
    """The sample experiment's first diary day in the Diary, its note open in the dock."""
    from sample_diary import START

    window.open_diary(window.context.services.diary.experiments()[0].id)
    window.diary_page.select_day(START)
    section = window.questions_panel.notes_sections[2]
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert diary_shown(texts_on_screen()) == set(DIARY_TEXTS), "the test must see the diary before the lock"


def idle_time_of(milliseconds: int, window, data_dir: Path, monkeypatch) -> None:
    """From now on the window locks after ``milliseconds`` without use (one "minute" that short)."""
    monkeypatch.setattr(lock, "MINUTE_MS", milliseconds)
    Settings(ui_state_path(data_dir)).set(IDLE_LOCK_MINUTES, 1)
    window.locker.update()  # as after File ▸ Privacy


def unlock_with(window, secret: str, qtbot) -> None:
    qtbot.keyClicks(window.lock_screen.field, secret)
    qtbot.keyClick(window.lock_screen.field, Qt.Key.Key_Return)


def test_ctrl_l_hides_every_text_and_the_passphrase_brings_it_back(open_window, qtbot) -> None:
    window = open_window()
    show_everything(window, qtbot)
    assert window.locker.lock_action.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)

    assert window.context.services.locked
    assert diary_shown(texts_on_screen()) == set()
    assert window.lock_screen.isVisible() and not window.questions_dock.isVisible()
    assert window.lock_screen.title.text() == "ValuesDesk is locked"
    assert QApplication.focusWidget() is window.lock_screen.field
    assert not window.locker.lock_action.isEnabled()
    assert not any(action.isEnabled() for action in window.data_actions.actions())
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)  # the dock's shortcut
    assert not window.questions_dock.isVisible()

    unlock_with(window, SECRET, qtbot)

    assert not window.context.services.locked
    assert not window.lock_screen.isVisible() and window.questions_dock.isVisible()
    assert diary_shown(texts_on_screen()) == set(DIARY_TEXTS)
    assert window.locker.lock_action.isEnabled()


def test_a_wrong_passphrase_is_said_on_the_lock_screen_and_the_next_try_unlocks(open_window, qtbot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)

    unlock_with(window, "blue heron at dusk", qtbot)

    assert window.context.services.locked and window.lock_screen.isVisible()
    assert window.lock_screen.message.isVisible() and window.lock_screen.message.text()
    assert window.lock_screen.field.text() == "" and QApplication.focusWidget() is window.lock_screen.field
    assert diary_shown(texts_on_screen()) == set()
    unlock_with(window, SECRET, qtbot)
    assert not window.context.services.locked and not window.lock_screen.message.isVisible()


def test_the_idle_time_locks_and_hides_every_text_also_the_session_window(
    open_window, encrypted, qtbot, monkeypatch
) -> None:
    window = open_window()
    show_everything(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)  # session mode
    session = window.questions_panel.session_window
    qtbot.waitUntil(session.isVisible)
    idle_time_of(300, window, encrypted, monkeypatch)

    qtbot.waitUntil(lambda: window.context.services.locked, timeout=3000)

    assert not session.isVisible()
    assert diary_shown(texts_on_screen()) == set()
    assert {"ValuesDesk is locked"} <= texts_on_screen()
    unlock_with(window, SECRET, qtbot)
    qtbot.waitUntil(session.isVisible)


def test_typing_keeps_the_idle_lock_away(open_window, encrypted, qtbot, monkeypatch) -> None:
    window = open_window()
    idle_time_of(800, window, encrypted, monkeypatch)
    for _ in range(8):  # 1.6 s of typing, twice the idle time
        qtbot.wait(200)
        qtbot.keyClick(window.sections, Qt.Key.Key_Down)
    assert not window.context.services.locked
    qtbot.waitUntil(lambda: window.context.services.locked, timeout=3000)


def test_typing_pending_when_it_locks_is_saved_first(open_window, qtbot, clock) -> None:
    from sample_diary import START

    window = open_window()
    show_everything(window, qtbot)
    editor = window.diary_page.day_view.tabs.currentWidget()
    field = editor.inputs["notes"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(field, " And a last line.")

    window.locker.lock_action.trigger()

    unlock_with(window, SECRET, qtbot)
    (entry,) = window.context.services.diary.day_entries(START, None, clock.today)
    assert str(entry.values["notes"]).endswith(" And a last line.")


def test_the_computer_waking_from_sleep_finds_it_locked(open_window, qtbot, clock, monkeypatch) -> None:
    monkeypatch.setattr(screen_lock, "SLEEP_CHECK_MS", 50)
    window = open_window()
    qtbot.wait(120)
    assert not window.context.services.locked, "time standing still is no sleep"
    clock.advance(dt.timedelta(hours=7))  # the wall clock moved on while the monotonic one stood still
    qtbot.waitUntil(lambda: window.context.services.locked, timeout=3000)
    assert diary_shown(texts_on_screen()) == set()


def windows_message(message: int, parameter: int) -> screen_lock.WindowsMessage:
    return screen_lock.WindowsMessage(None, message, parameter, 0)


def test_windows_says_when_the_session_locks_and_the_computer_suspends() -> None:
    cases = {
        (screen_lock.WM_WTSSESSION_CHANGE, screen_lock.WTS_SESSION_LOCK): "the session was locked",
        (screen_lock.WM_WTSSESSION_CHANGE, 0x8): None,  # unlocked
        (screen_lock.WM_POWERBROADCAST, screen_lock.PBT_APMSUSPEND): "the computer is going to sleep",
        (screen_lock.WM_POWERBROADCAST, 0x7): None,  # resumed
    }
    for (message, parameter), reason in cases.items():
        msg = windows_message(message, parameter)
        assert screen_lock.windows_away_reason(b"windows_generic_MSG", ctypes.addressof(msg)) == reason
    assert screen_lock.windows_away_reason(b"xcb_generic_event_t", 1234) is None


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A D-Bus session bus of the test's own, as the desktop's."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("no dbus-daemon here")
    process = subprocess.Popen([daemon, "--session", "--nofork", "--print-address"], stdout=subprocess.PIPE, text=True)
    try:
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_desktops_screen_saver_locks_it(open_window, private_bus, qtbot) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    window = open_window()
    desktop = QDBusConnection.connectToBus(private_bus, "desktop")
    listening = QDBusConnection.connectToBus(private_bus, "valuesdesk")
    try:
        window.locker.away_watcher.listen_to_bus(listening, QDBusConnection("not connected"))
        for active in (False, True):
            signal = QDBusMessage.createSignal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged")
            signal.setArguments([active])
            assert desktop.send(signal)
            qtbot.wait(100)
            assert window.context.services.locked is active
    finally:
        QDBusConnection.disconnectFromBus("desktop")
        QDBusConnection.disconnectFromBus("valuesdesk")


def test_a_dialog_open_when_it_locks_is_cancelled(open_window, encrypted, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog

    window = open_window()
    idle_time_of(300, window, encrypted, monkeypatch)

    # The list of backups, left open as the person walks away: this returns once a lock closed it. (In a
    # long test run, a window another test left behind may lock first: its lock cancels every dialog too.)
    window.backups.restore_action.trigger()

    qtbot.waitUntil(lambda: window.context.services.locked and window.lock_screen.isVisible(), timeout=3000)
    assert not [
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QDialog) and widget.isVisible()
    ]


def test_a_diary_without_passphrase_never_locks_and_says_why(make_window, qtbot) -> None:
    window = make_window()
    assert not window.locker.lock_action.isEnabled()
    assert "File ▸ Privacy" in window.locker.lock_action.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert not window.lock_screen.isVisible()


def test_quitting_while_locked_keeps_the_layout_from_before(open_window, qtbot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    qtbot.mouseClick(window.lock_screen.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    window.context.services.close()
    again = open_window()
    assert again.questions_dock.isVisible() and not again.lock_screen.isVisible()


def test_every_control_of_the_lock_screen_has_an_accessible_name(open_window, qtbot) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    controls = [
        widget
        for widget in window.lock_screen.findChildren(QWidget)
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert {widget.accessibleName() for widget in controls} == {"Passphrase", "Unlock", "Quit ValuesDesk"}
    qtbot.keyClick(window.lock_screen.field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.lock_screen.unlock_button


def test_about_says_the_diary_is_encrypted(open_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = open_window()
    window.show_about()
    assert "Your diary is encrypted with your passphrase." in shown[0]
