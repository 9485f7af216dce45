"""File ▸ Back Up Now…, File ▸ Restore From Backup… and the daily backup, driven as a person would."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from valuesdesk.errors import BackupFailed
from valuesdesk.paths import database_path
from valuesdesk.ui.backups_dialog import BackupsDialog
from valuesdesk.ui.widgets.labels import plain_label

BACK_UP_NOW = "Back &Up Now…"
RESTORE = "&Restore From Backup…"


def file_menu_action(window, text: str):
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&File")
    return next(action for action in menu.actions() if action.text() == text)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backups_in(data_dir: Path, kind: str = "*") -> list[Path]:
    return sorted((data_dir / "backups").glob(f"valuesdesk-*.{kind}.sqlite3"))


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """What information boxes said (they are answered at once)."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: said.append(text)))
    return said


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """What questions and errors said; a question to restore is answered "Restore"."""
    said: list[str] = []

    def exec_(box: QMessageBox) -> int:
        said.append(box.text())
        for button in box.buttons():
            if button.text() == "&Restore":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return said


@pytest.fixture
def in_dialog(monkeypatch, qtbot):
    """Shows the real dialog when it opens, runs ``steps(dialog)`` on it, and records it."""
    seen: list[BackupsDialog] = []

    def use(steps):
        def exec_(dialog: BackupsDialog) -> int:
            qtbot.addWidget(dialog)
            dialog.show()
            seen.append(dialog)
            steps(dialog)
            return dialog.result()

        monkeypatch.setattr(BackupsDialog, "exec", exec_)
        return seen

    return use


def back_up_now(window, qtbot, told) -> None:
    before = len(told)
    file_menu_action(window, BACK_UP_NOW).trigger()
    qtbot.waitUntil(lambda: len(told) > before, timeout=5000)


def test_back_up_now_keeps_a_checked_copy_in_the_backups_folder_and_says_where(
    make_window, filled, qtbot, told
) -> None:
    window = make_window()
    back_up_now(window, qtbot, told)

    [made] = backups_in(filled, "manual")
    assert made.stat().st_size > 0
    assert str(made) in told[-1]
    assert f"({made.stat().st_size / 1000:.1f} kB)" in told[-1]  # and how big
    # The status bar shows while the screen is shared: how big, but no path.
    assert window.statusBar().currentMessage() == f"Backed up your data ({made.stat().st_size / 1000:.1f} kB)."
    assert file_menu_action(window, BACK_UP_NOW).isEnabled()


def test_restore_from_the_dialog_brings_back_the_older_text_in_the_diary(
    make_window, make_experiment, qtbot, told, asked, in_dialog, days_ago
) -> None:
    from tests.ui.diary.test_diary_page import current_editor

    window = make_window()
    make_experiment(start=days_ago(2), services=window.context.services)
    window.diary_page.reload()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    field = current_editor(window.diary_page).inputs["others_reactions"]
    qtbot.keyClicks(field, "The first words")
    back_up_now(window, qtbot, told)  # saves what was typed first
    qtbot.keyClicks(field, ", and later ones")  # still pending: the restore saves it first

    def choose_the_manual_backup(dialog: BackupsDialog) -> None:
        row = next(row for row, backup in enumerate(dialog._backups) if backup.kind == "manual")
        dialog.list.setCurrentItem(dialog.items[row])
        dialog.list.setFocus()
        qtbot.keyClick(dialog.restore_button, Qt.Key.Key_Space)

    in_dialog(choose_the_manual_backup)
    file_menu_action(window, RESTORE).trigger()

    assert any(question.startswith("Replace your data with the backup from") for question in asked)
    shown = current_editor(window.diary_page).inputs["others_reactions"]
    assert shown.toPlainText() == "The first words"
    assert "Restored the backup" in told[-1]
    [kept] = backups_in(window.context.services.data_dir, "before-restore")
    assert str(kept) in told[-1]
    # Nothing was lost: the text replaced is in the copy kept before the restore, and can be restored too.
    assert b"The first words, and later ones" in kept.read_bytes()
    # The window goes on writing to the restored file.
    qtbot.keyClick(shown, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(shown, " again")
    assert window.save_pending()
    [entry] = window.context.services.diary.day_entries(days_ago(0), None, days_ago(0))
    assert entry.values["others_reactions"] == "The first words again"


def test_a_damaged_backup_is_listed_as_such_and_cannot_be_restored(
    make_window, filled, qtbot, told, asked, in_dialog
) -> None:
    window = make_window()
    back_up_now(window, qtbot, told)
    [good] = backups_in(filled, "manual")
    damaged = filled / "backups" / "valuesdesk-20261117-090000.daily.sqlite3"
    shutil.copyfile(good, damaged)
    with damaged.open("r+b") as handle:  # cut short
        handle.truncate(damaged.stat().st_size // 3)
    window.save_pending()
    before = digest(database_path(filled))

    def try_the_damaged_one(dialog: BackupsDialog) -> None:
        assert [item.text(1) for item in dialog.items] == ["Made by you", "Daily — damaged"]
        assert dialog.list.topLevelItemCount() == 2
        dialog.list.setCurrentItem(dialog.items[1])
        assert not dialog.restore_button.isEnabled()
        assert dialog.note.isVisible() and "damaged and cannot be restored" in dialog.note.text()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # activating it does nothing either
        dialog.reject()

    seen = in_dialog(try_the_damaged_one)
    file_menu_action(window, RESTORE).trigger()
    [dialog] = seen

    assert asked == []
    assert digest(database_path(filled)) == before
    assert backups_in(filled, "before-restore") == []
    for button in dialog.findChildren(type(dialog.restore_button)):
        assert button.accessibleName() == plain_label(button.text())
    assert dialog.list.accessibleName() == "Backups"


def test_the_start_up_step_makes_today_s_backup_in_the_background_once_a_day(make_window, filled, qtbot, clock) -> None:
    import datetime as dt

    from valuesdesk.app import STARTUP_STEPS, Startup, application, back_up_daily

    names = [step.__name__ for step in STARTUP_STEPS]
    assert names.index("back_up_daily") == names.index("attach_areas") + 1
    window = make_window()
    back_up_daily(Startup(application(), filled, window=window, services=window.context.services))
    assert window.backups.runner.busy  # in the worker: the step does not wait for it
    qtbot.waitUntil(lambda: not window.backups.runner.busy, timeout=5000)
    [daily] = backups_in(filled, "daily")
    assert daily.name.startswith("valuesdesk-20261118-")
    assert not window.backups.back_up_if_due()  # today has one
    clock.advance(dt.timedelta(days=1))  # the window stayed open overnight: the hourly look finds a new day
    assert window.backups.back_up_if_due()
    qtbot.waitUntil(lambda: not window.backups.runner.busy, timeout=5000)
    assert len(backups_in(filled, "daily")) == 2


def test_a_failed_daily_backup_is_said_in_the_status_bar_not_in_a_dialog(
    make_window, filled, qtbot, monkeypatch, caplog
) -> None:
    window = make_window()
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)

    def fail() -> None:
        raise BackupFailed("ValuesDesk could not make a good copy of “valuesdesk.sqlite3”.", detail="private")

    monkeypatch.setattr(window.context.services.backups, "back_up_if_due", fail)
    assert window.backups.back_up_if_due()
    qtbot.waitUntil(lambda: "Today's backup could not be made" in window.statusBar().currentMessage(), timeout=5000)
    assert shown == []
    assert backups_in(filled) == []
    assert "BackupFailed" in caplog.text and "private" not in caplog.text


def test_another_file_that_is_not_a_backup_is_refused_from_the_window_with_nothing_changed(
    make_window, filled, qtbot, monkeypatch, asked, in_dialog, tmp_path
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = make_window()
    window.save_pending()
    before = digest(database_path(filled))
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear diary", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(letter), "")))

    def choose_a_file(dialog: BackupsDialog) -> None:
        assert dialog.file_button.text() == "Choose a &File…"
        dialog.file_button.setFocus()
        qtbot.keyClick(dialog.file_button, Qt.Key.Key_Space)

    in_dialog(choose_a_file)

    file_menu_action(window, RESTORE).trigger()

    assert asked[0].startswith("Replace your data with “letter.sqlite3”?")
    assert asked[-1] == "“letter.sqlite3” is not a ValuesDesk backup."
    assert digest(database_path(filled)) == before
    assert backups_in(filled) == []
    # The window goes on reading and writing its data.
    assert window.context.services.diary.experiments()
