"""File ▸ Privacy…: a passphrase set (asked twice, the warning shown first), changed and removed
through the real dialogs, the diary's file encrypted and decrypted in place, and the idle minutes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QWidget

from valuesdesk.paths import database_path, ui_state_path
from valuesdesk.services import needs_passphrase
from valuesdesk.ui.privacy_dialog import FORGOTTEN_WARNING, PassphraseDialog, PrivacyDialog
from valuesdesk.ui.settings import IDLE_LOCK_MINUTES, Settings

FIRST = "blue heron at dawn"
SECOND = "grey heron at dusk"
VALUE = "Connection with my family"


DialogT = TypeVar("DialogT", bound=QWidget)


def when_shown(kind: type[DialogT], act: Callable[[DialogT], None]) -> None:
    """Once a ``kind`` is the modal dialog, ``act`` on it; a failing ``act`` closes it, so the test ends."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(10, look)
            return
        try:
            act(dialog)
        except BaseException:
            dialog.close()
            raise

    QTimer.singleShot(0, look)


def open_privacy(window, qtbot, act: Callable[[PrivacyDialog], None]) -> None:
    """File ▸ Privacy…, ``act`` in it, then Close."""

    def act_and_close(dialog: PrivacyDialog) -> None:
        act(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_shown(PrivacyDialog, act_and_close)
    window.privacy_action.trigger()


def change_passphrase(privacy: PrivacyDialog, button, fields: dict[str, str], qtbot) -> list[str]:
    """Click ``button`` of the Privacy dialog, type ``fields`` (by accessible name) in the passphrase
    dialog and apply; what the dialog said each time, until it closed or said something."""
    said: list[str] = []

    def fill(dialog: PassphraseDialog) -> None:
        said.append(" ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible()))
        for name, text in fields.items():
            field = next(
                field for field in (dialog.current, dialog.new, dialog.repeated) if field.accessibleName() == name
            )
            qtbot.keyClicks(field, text)
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            said.append(dialog.problem.text())
            dialog.reject()

    when_shown(PassphraseDialog, fill)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return said


def stored_plainly(data_dir: Path) -> bool:
    return VALUE.encode() in database_path(data_dir).read_bytes()


def test_a_passphrase_is_set_with_the_warning_shown_first_and_the_diary_is_encrypted(
    filled: Path, make_window, qtbot
) -> None:
    window = make_window()
    assert stored_plainly(filled)
    said: dict[str, list[str]] = {}

    def set_it(privacy: PrivacyDialog) -> None:
        said["state before"] = [privacy.state.text()]
        said["mismatch"] = change_passphrase(
            privacy, privacy.set_button, {"New passphrase": FIRST, "Repeat the new passphrase": SECOND}, qtbot
        )
        said["set"] = change_passphrase(
            privacy, privacy.set_button, {"New passphrase": FIRST, "Repeat the new passphrase": FIRST}, qtbot
        )
        said["state after"] = [privacy.state.text()]

    open_privacy(window, qtbot, set_it)

    assert "not encrypted" in said["state before"][0]
    first_look, problem = said["mismatch"]
    assert FORGOTTEN_WARNING in first_look, "the warning comes before the passphrase is set"
    assert problem == "The two passphrases are not the same."
    assert len(said["set"]) == 1 and FORGOTTEN_WARNING in said["set"][0]
    assert said["state after"] == ["Your diary is encrypted. It opens only with your passphrase."]
    assert needs_passphrase(filled) and not stored_plainly(filled)
    assert window.locker.lock_action.isEnabled()
    assert window.context.services.experiments.list_summaries()[0].value_name == VALUE


def test_the_passphrase_is_changed_after_a_wrong_current_one_and_then_removed(filled: Path, make_window, qtbot) -> None:
    window = make_window()
    said: dict[str, list[str]] = {}

    def set_change_remove(privacy: PrivacyDialog) -> None:
        change_passphrase(
            privacy, privacy.set_button, {"New passphrase": FIRST, "Repeat the new passphrase": FIRST}, qtbot
        )
        new = {"New passphrase": SECOND, "Repeat the new passphrase": SECOND}
        said["wrong"] = change_passphrase(privacy, privacy.change_button, {"Current passphrase": SECOND, **new}, qtbot)
        said["right"] = change_passphrase(privacy, privacy.change_button, {"Current passphrase": FIRST, **new}, qtbot)

    open_privacy(window, qtbot, set_change_remove)

    assert "passphrase" in said["wrong"][-1].lower() and len(said["right"]) == 1
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.lock_screen.field, FIRST)
    qtbot.keyClick(window.lock_screen.field, Qt.Key.Key_Return)
    assert window.context.services.locked, "the old passphrase opens nothing any more"
    qtbot.keyClicks(window.lock_screen.field, SECOND)
    qtbot.keyClick(window.lock_screen.field, Qt.Key.Key_Return)
    assert not window.context.services.locked

    open_privacy(
        window,
        qtbot,
        lambda privacy: said.setdefault(
            "removed", change_passphrase(privacy, privacy.remove_button, {"Current passphrase": SECOND}, qtbot)
        ),
    )

    assert len(said["removed"]) == 1 and "unencrypted" in said["removed"][0]
    assert not needs_passphrase(filled) and stored_plainly(filled)
    assert not window.locker.lock_action.isEnabled()


def test_the_idle_minutes_are_kept_and_never_is_zero(make_window, data_dir: Path, qtbot) -> None:
    window = make_window()

    def choose(privacy: PrivacyDialog) -> None:
        assert privacy.idle_minutes.value() == 10 and not privacy.idle_minutes.isEnabled(), "nothing to lock yet"
        change_passphrase(
            privacy, privacy.set_button, {"New passphrase": FIRST, "Repeat the new passphrase": FIRST}, qtbot
        )
        assert privacy.idle_minutes.isEnabled()
        privacy.idle_minutes.setFocus()
        qtbot.keyClick(privacy.idle_minutes, Qt.Key.Key_PageDown)  # ten minutes less
        assert privacy.idle_minutes.text() == "Never"

    open_privacy(window, qtbot, choose)
    assert Settings(ui_state_path(data_dir)).get(IDLE_LOCK_MINUTES) == 0


def test_every_control_of_the_privacy_dialogs_has_an_accessible_name(make_window, qtbot) -> None:
    window = make_window()
    names: list[str] = []

    def look(dialog: QWidget) -> None:
        for control in dialog.findChildren(QWidget):
            speaks_for_it = isinstance(control.parent(), QAbstractSpinBox)  # the spin box's own line edit
            if control.isVisible() and control.focusPolicy() != Qt.FocusPolicy.NoFocus and not speaks_for_it:
                assert control.accessibleName(), f"{control!r} has no accessible name"
                names.append(control.accessibleName())

    def look_at_both(privacy: PrivacyDialog) -> None:
        look(privacy)
        when_shown(PassphraseDialog, lambda dialog: (look(dialog), dialog.reject()))
        qtbot.mouseClick(privacy.set_button, Qt.MouseButton.LeftButton)

    open_privacy(window, qtbot, look_at_both)
    assert {"Set Passphrase", "Lock after minutes without use", "New passphrase", "Cancel"} <= set(names)
