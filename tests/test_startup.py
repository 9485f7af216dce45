"""Start-up from the command line: a good start, and every fault shown clearly and harmlessly."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from valuesdesk import __version__
from valuesdesk.__main__ import main
from valuesdesk.paths import LOCK_FILENAME, database_path
from valuesdesk.store import migrations
from valuesdesk.ui.main_window import MainWindow


@pytest.fixture
def shown_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Error dialogs are recorded instead of waiting for a click."""
    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def close_when_attached(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    attached: list[MainWindow] = []
    original = MainWindow.attach

    def attach(window: MainWindow, context) -> None:
        original(window, context)
        attached.append(window)
        QTimer.singleShot(0, window.close)

    monkeypatch.setattr(MainWindow, "attach", attach)
    return attached


def start_holder(data_dir: Path) -> subprocess.Popen[str]:
    """Another ValuesDesk process: it opens the data folder, says "ready", and holds it until told to close."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from valuesdesk.services import open_services
        services = open_services(Path({str(data_dir)!r}))
        print("ready", flush=True)
        sys.stdin.readline()
        services.close()
        """
    )
    return subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as version_exit:
        main(["--version"])
    assert version_exit.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--data-dir" in capsys.readouterr().out


def test_first_start_creates_the_database_and_a_second_start_keeps_it(
    qapp, tmp_path: Path, close_when_attached, shown_dialogs
) -> None:
    data_dir = tmp_path / "new" / "folder"
    assert main(["--data-dir", str(data_dir)]) == 0
    assert len(close_when_attached) == 1
    assert migrations.read_revision(database_path(data_dir)) == migrations.head_revision()
    connection = sqlite3.connect(database_path(data_dir))
    with connection:
        connection.execute(
            "INSERT INTO value (name, meaning, life_domain, created_at, updated_at) "
            "VALUES ('Patience', '', '', '2026-01-01', '2026-01-01')"
        )
    connection.close()

    assert main(["--data-dir", str(data_dir)]) == 0
    connection = sqlite3.connect(database_path(data_dir))
    assert connection.execute("SELECT name FROM value").fetchall() == [("Patience",)]
    connection.close()
    assert shown_dialogs == []
    assert not list(data_dir.glob("*.bak")), "an up-to-date file needs no backup"


def test_the_environment_variable_chooses_the_data_folder(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, close_when_attached
) -> None:
    monkeypatch.setenv("VALUESDESK_DATA_DIR", str(tmp_path / "from-env"))
    assert main([]) == 0
    assert database_path(tmp_path / "from-env").exists()


def assert_refused(
    data_dir: Path, shown_dialogs, capsys: pytest.CaptureFixture[str], expected: str, exit_code: int = 2
) -> None:
    assert main(["--data-dir", str(data_dir)]) == exit_code
    assert len(shown_dialogs) == 1
    message, detail = shown_dialogs[0]
    assert expected in message
    stderr = capsys.readouterr().err
    assert message in stderr
    assert detail.splitlines()[0] in stderr


def assert_refused_untouched(
    data_dir: Path, shown_dialogs, capsys: pytest.CaptureFixture[str], expected: str, exit_code: int = 2
) -> None:
    """Refused as :func:`assert_refused` says, with the data file left byte for byte as it was."""
    before = digest(database_path(data_dir))
    assert_refused(data_dir, shown_dialogs, capsys, expected, exit_code)
    assert digest(database_path(data_dir)) == before


def test_a_data_folder_that_cannot_be_written_is_refused(qapp, tmp_path: Path, shown_dialogs, capsys) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert_refused(blocker / "data", shown_dialogs, capsys, "cannot write to its data folder")
    assert blocker.read_text() == "not a folder"


def test_a_file_that_is_not_sqlite_is_refused_untouched(qapp, data_dir: Path, shown_dialogs, capsys) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    path.write_bytes(b"My diary, typed in another program.\n" * 100)
    assert_refused_untouched(data_dir, shown_dialogs, capsys, "is not a ValuesDesk data file")


def test_another_programs_sqlite_file_is_refused_untouched(qapp, data_dir: Path, shown_dialogs, capsys) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    assert_refused_untouched(data_dir, shown_dialogs, capsys, "belongs to another program")


def test_a_file_from_a_newer_version_is_refused_untouched(qapp, data_dir: Path, shown_dialogs, capsys) -> None:
    data_dir.mkdir()
    path = database_path(data_dir)
    migrations.upgrade(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    _message, detail = assert_refused_leaving_everything(data_dir, shown_dialogs, capsys, "newer version of ValuesDesk")
    assert "Install the newest ValuesDesk" in detail and str(path) in detail


def test_a_folder_held_by_another_running_valuesdesk_is_refused(qapp, data_dir: Path, shown_dialogs, capsys) -> None:
    holder = start_holder(data_dir)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert_refused_untouched(data_dir, shown_dialogs, capsys, "already open with this data folder", exit_code=3)
    finally:
        holder.communicate("\n", timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is not a Windows signal")
def test_a_folder_left_by_a_killed_valuesdesk_opens(qapp, data_dir: Path, close_when_attached, shown_dialogs) -> None:
    holder = start_holder(data_dir)
    assert holder.stdout.readline().strip() == "ready"
    os.kill(holder.pid, signal.SIGKILL)
    assert holder.wait(timeout=30) == -signal.SIGKILL
    assert (data_dir / LOCK_FILENAME).exists(), "the killed process left its lock file behind"
    assert main(["--data-dir", str(data_dir)]) == 0
    assert len(close_when_attached) == 1 and shown_dialogs == []


def test_an_unexpected_failure_stops_start_up_and_says_why(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, shown_dialogs, capsys
) -> None:
    def broken(data_dir: Path, passphrase: object = None):
        raise RuntimeError("a part of ValuesDesk is missing")

    monkeypatch.setattr("valuesdesk.services.open_services", broken)
    assert main(["--data-dir", str(data_dir)]) == 2
    assert shown_dialogs == [("ValuesDesk could not start.", "RuntimeError: a part of ValuesDesk is missing")]
    assert "ValuesDesk could not start." in capsys.readouterr().err
    assert not [widget for widget in qapp.topLevelWidgets() if widget.isVisible()], "a window was left open"


def test_start_up_holds_the_installers_mutex(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, close_when_attached
) -> None:
    held: list[bool] = []
    monkeypatch.setattr("valuesdesk.app.hold_app_mutex", lambda: held.append(True))
    assert main(["--data-dir", str(data_dir)]) == 0
    assert held == [True]


def test_a_second_start_brings_the_running_window_to_the_front(qtbot, data_dir: Path) -> None:
    from valuesdesk.ui.activation import ActivationServer, request_activation

    server = ActivationServer(data_dir)
    with qtbot.waitSignal(server.activated, timeout=3000):
        assert request_activation(data_dir)
    assert not request_activation(data_dir.parent / "another-folder")


# Every start-up fault has its own message, and leaves every file as it was, with nothing beside it.

# What a refused start may add to the data folder: the lock file and the logs of a chosen folder.
ADDED_BY_ANY_START = {LOCK_FILENAME, "logs"}


def snapshot(folder: Path) -> dict[str, str | None]:
    """Every entry under ``folder``: a file's SHA-256, None for a folder."""
    return {
        str(path.relative_to(folder)): (digest(path) if path.is_file() else None)
        for path in sorted(folder.rglob("*"))
        if path.relative_to(folder).parts[0] not in ADDED_BY_ANY_START
    }


def assert_refused_leaving_everything(
    data_dir: Path, shown_dialogs, capsys, expected: str, exit_code: int = 2
) -> tuple[str, str]:
    """Refused with its own message, the same on stderr as in the dialog; every file byte for byte
    as it was, and nothing new beside them (no ``-wal``, no ``-shm``, no new database)."""
    before = snapshot(data_dir)
    assert_refused(data_dir, shown_dialogs, capsys, expected, exit_code)
    assert snapshot(data_dir) == before
    assert not [path.name for path in data_dir.iterdir() if path.name.endswith(("-wal", "-shm", "-journal"))]
    return shown_dialogs[0]


def make_diary(data_dir: Path, note: str = "stay present") -> None:
    """A data folder with one therapist note in it."""
    from valuesdesk.services import open_services

    services = open_services(data_dir)
    services.close()
    connection = sqlite3.connect(database_path(data_dir))
    with connection:
        connection.execute(
            "INSERT INTO therapist_note (question_number, noted_on, text, created_at, updated_at) "
            "VALUES (3, '2026-01-05', ?, '2026-01-05 09:00:00', '2026-01-05 09:00:00')",
            (note,),
        )
    connection.close()


def keep_backup(data_dir: Path) -> Path:
    from valuesdesk.store.backups import BackupKind, make_backup

    return make_backup(database_path(data_dir), data_dir, BackupKind.MANUAL).path


def notes(data_dir: Path) -> list[str]:
    connection = sqlite3.connect(database_path(data_dir))
    try:
        return [row[0] for row in connection.execute("SELECT text FROM therapist_note")]
    finally:
        connection.close()


def spoil_header(path: Path, offset: int, replacement: bytes) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + len(replacement)] = replacement
    path.write_bytes(bytes(data))


def test_a_folder_in_place_of_the_data_file_is_refused_untouched(qapp, data_dir: Path, shown_dialogs, capsys) -> None:
    database_path(data_dir).mkdir(parents=True)
    (database_path(data_dir) / "inside.txt").write_text("kept")
    message, detail = assert_refused_leaving_everything(data_dir, shown_dialogs, capsys, "There is a folder")
    assert "valuesdesk.sqlite3" in message and "Move it out of the data folder" in detail
    assert str(database_path(data_dir)) in detail


def test_an_empty_data_file_is_refused_untouched_and_never_becomes_a_new_diary(
    qapp, data_dir: Path, shown_dialogs, capsys
) -> None:
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"")
    message, detail = assert_refused_leaving_everything(data_dir, shown_dialogs, capsys, "is empty (0 bytes)")
    assert "valuesdesk.sqlite3" in message
    assert "no good backup" in detail and "delete the empty file" in detail
    assert database_path(data_dir).stat().st_size == 0


@pytest.fixture
def restore_clicked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box is recorded; in the restore offer, "Restore This Backup" is clicked."""
    shown: list[tuple[str, str]] = []

    def click_restore(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text() == "Restore This Backup":
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_restore)
    return shown


def test_an_empty_data_file_offers_the_newest_good_backup(
    qapp, data_dir: Path, close_when_attached, restore_clicked, capsys
) -> None:
    make_diary(data_dir)
    backup = keep_backup(data_dir)
    database_path(data_dir).write_bytes(b"")

    assert main(["--data-dir", str(data_dir)]) == 0

    ((message, detail),) = restore_clicked
    assert "is empty (0 bytes)" in message and backup.name in detail
    assert f"restore {backup}" in detail
    assert message in capsys.readouterr().err
    assert len(close_when_attached) == 1
    assert notes(data_dir) == ["stay present"]


def test_a_full_disk_at_start_is_told_apart_from_another_running_valuesdesk(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, shown_dialogs, capsys
) -> None:
    make_diary(data_dir)
    (data_dir / LOCK_FILENAME).unlink()
    lock = str(data_dir / LOCK_FILENAME)
    real_open = os.open

    def full(path, flags, *args, **kwargs):
        if os.fspath(path) == lock and flags & os.O_CREAT:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), lock)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", full)
    message, detail = assert_refused_leaving_everything(data_dir, shown_dialogs, capsys, "not enough free disk space")
    assert "already open" not in message + detail
    assert "Free some space" in detail and str(data_dir) in detail
    assert not (data_dir / LOCK_FILENAME).exists()


@pytest.mark.parametrize(
    ("offset", "replacement"),
    [(16, b"\x20\x00"), (21, b"\x00\x00\x00"), (52, b"\x00\x00\x7f\xff")],
    ids=["page size", "payload fractions", "largest root page"],
)
def test_a_damaged_header_is_explained_and_kept_exactly_as_it_is(
    qapp, data_dir: Path, shown_dialogs, capsys, offset: int, replacement: bytes
) -> None:
    make_diary(data_dir)
    spoil_header(database_path(data_dir), offset, replacement)
    message, detail = assert_refused_leaving_everything(data_dir, shown_dialogs, capsys, "is damaged")
    assert "already exists" not in message + detail
    assert "valuesdesk.sqlite3" in message and "left it exactly as it is" in detail
    assert "no good backup" in detail


def test_a_damaged_data_file_offers_the_newest_good_backup_and_quit_changes_nothing(
    qapp, data_dir: Path, shown_dialogs, capsys
) -> None:
    make_diary(data_dir)
    backup = keep_backup(data_dir)
    spoil_header(database_path(data_dir), 16, b"\x20\x00")
    _message, detail = assert_refused_leaving_everything(data_dir, shown_dialogs, capsys, "is damaged")
    assert backup.name in detail and f"restore {backup}" in detail


def test_restoring_the_offered_backup_keeps_the_damaged_file_and_opens_the_diary(
    qapp, data_dir: Path, close_when_attached, restore_clicked, capsys
) -> None:
    from valuesdesk.store.backups import BackupKind, list_backups

    make_diary(data_dir)
    keep_backup(data_dir)
    spoil_header(database_path(data_dir), 16, b"\x20\x00")
    damaged = digest(database_path(data_dir))

    assert main(["--data-dir", str(data_dir)]) == 0

    assert "is damaged" in restore_clicked[0][0]
    assert len(close_when_attached) == 1
    assert notes(data_dir) == ["stay present"]
    kept = [info for info in list_backups(data_dir) if info.kind is BackupKind.BEFORE_RESTORE]
    assert [digest(info.path) for info in kept] == [damaged], "the damaged file is kept byte for byte"


def test_the_command_line_names_the_backup_and_the_restore_command(data_dir: Path, tmp_path: Path, capsys) -> None:
    make_diary(data_dir)
    backup = keep_backup(data_dir)
    spoil_header(database_path(data_dir), 16, b"\x20\x00")
    before = snapshot(data_dir)
    assert main(["--data-dir", str(data_dir), "export", "--format", "json", "-o", str(tmp_path / "out.json")]) != 0
    err = capsys.readouterr().err
    assert "is damaged" in err and backup.name in err
    assert f"valuesdesk --data-dir {data_dir} restore {backup}" in err
    assert snapshot(data_dir) == before


def test_a_data_file_another_program_is_writing_is_refused_untouched(
    qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch, shown_dialogs, capsys
) -> None:
    make_diary(data_dir)
    monkeypatch.setattr(migrations, "LOCK_WAIT_MS", 100)
    path = database_path(data_dir)
    before = snapshot(data_dir)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('ready', flush=True)\n"
            "sys.stdin.readline()\n"
            "c.execute('ROLLBACK')\n"
            "c.close()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert_refused(data_dir, shown_dialogs, capsys, "Another program is writing to your data file")
    finally:
        holder.communicate("\n", timeout=30)
    message, detail = shown_dialogs[0]
    assert "valuesdesk.sqlite3" in message and "Close the other program" in detail
    assert snapshot(data_dir) == before, "every file as it was, no -wal or -shm left once the other program is gone"


def test_a_first_start_makes_the_data_file_at_the_newest_revision_without_alembic(tmp_path: Path) -> None:
    # Migrations are for existing files: a new one is made at the head directly (Alembic and six
    # migrations would cost a first start 0.2 s). A fresh process, since this one has Alembic loaded.
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from valuesdesk.services import open_services
        open_services(Path({str(tmp_path / "data")!r})).close()
        print(sorted(name for name in sys.modules if name.split(".")[0] in ("alembic", "mako")))
        """
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
    assert migrations.read_revision(database_path(tmp_path / "data")) == migrations.head_revision()
