"""Start-up from the command line: a good start, and every fault shown clearly and harmlessly."""

from __future__ import annotations

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
    assert_refused_untouched(data_dir, shown_dialogs, capsys, "newer version of ValuesDesk")
    assert not list(data_dir.glob("*.bak"))


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
    def broken(data_dir: Path):
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
