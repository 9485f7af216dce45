"""`valuesdesk backup` and `valuesdesk restore`: checked copies, restores that keep what they
replace, and refusals that say why and change nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from valuesdesk.__main__ import main
from valuesdesk.paths import database_path
from valuesdesk.services import open_services
from valuesdesk.store import migrations

ROOT = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_digests(data_dir: Path) -> dict[str, str]:
    """Every file of the data folder but the logs and the lock file, by name."""
    return {
        str(path.relative_to(data_dir)): digest(path)
        for path in sorted(data_dir.rglob("*"))
        if path.is_file() and "logs" not in path.parts and not path.name.endswith(".lock")
    }


def backups_in(data_dir: Path, kind: str = "*") -> list[Path]:
    return sorted((data_dir / "backups").glob(f"valuesdesk-*.{kind}.sqlite3"))


def diary_texts_of(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT others_reactions FROM diary_entry ORDER BY day")]
    finally:
        connection.close()


def diary_texts(data_dir: Path) -> list[str]:
    return diary_texts_of(database_path(data_dir))


def rewrite_first_entry(data_dir: Path, text: str) -> None:
    services = open_services(data_dir)
    try:
        with services.database.transaction() as session:
            session.connection().exec_driver_sql(
                "UPDATE diary_entry SET others_reactions = ? WHERE id = (SELECT MIN(id) FROM diary_entry)", (text,)
            )
    finally:
        services.close()


def test_backup_keeps_a_manual_copy_in_the_backups_folder(filled, capsys) -> None:
    before = digest(database_path(filled))
    assert main(["--data-dir", str(filled), "backup"]) == 0
    [made] = backups_in(filled, "manual")
    out = capsys.readouterr().out
    assert str(made) in out and "3 diary days" in out
    assert digest(database_path(filled)) == before
    connection = sqlite3.connect(made)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT COUNT(*) FROM diary_entry").fetchone() == (3,)
    finally:
        connection.close()


def test_backup_to_a_file_writes_a_checked_copy_there(filled, tmp_path, capsys) -> None:
    target = tmp_path / "elsewhere" / "my copy.sqlite3"
    target.parent.mkdir()
    assert main(["backup", "-o", str(target), "--data-dir", str(filled)]) == 0
    assert str(target) in capsys.readouterr().out
    assert backups_in(filled) == []  # outside the backups folder: nothing there
    assert diary_texts_of(target) == diary_texts(filled)


def test_restore_brings_back_the_copy_and_keeps_what_it_replaced(filled, tmp_path, capsys) -> None:
    original = diary_texts(filled)
    copy = tmp_path / "copy.sqlite3"
    assert main(["--data-dir", str(filled), "backup", "-o", str(copy)]) == 0
    rewrite_first_entry(filled, "Written after the copy")
    capsys.readouterr()

    assert main(["--data-dir", str(filled), "restore", str(copy)]) == 0

    assert diary_texts(filled) == original
    [kept] = backups_in(filled, "before-restore")
    assert str(kept) in capsys.readouterr().out
    assert "Written after the copy" in diary_texts_of(kept)
    # The restored folder opens as usual.
    open_services(filled).close()


def test_restore_brings_an_older_version_s_backup_up_to_date(data_dir, tmp_path, capsys) -> None:
    from tests.store.test_migrations import FIRST_REVISION, insert_rows

    old = tmp_path / "old.sqlite3"
    migrations.upgrade(old, FIRST_REVISION)
    insert_rows(old)
    assert main(["--data-dir", str(data_dir), "restore", str(old)]) == 0
    assert "kept in" not in capsys.readouterr().out  # there was no data to keep
    assert migrations.read_revision(database_path(data_dir)) == migrations.SCHEMA_REVISION
    assert diary_texts(data_dir) == ["She smiled"]


def not_valuesdesk(tmp_path: Path) -> Path:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    return path


def newer(tmp_path: Path, backup: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(backup, path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.commit()
    connection.close()
    return path


def damaged(tmp_path: Path, backup: Path) -> Path:
    path = tmp_path / "damaged.sqlite3"
    shutil.copyfile(backup, path)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)
    return path


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda tmp, _backup: tmp / "missing.sqlite3", "there is no such file"),
        (lambda tmp, _backup: (tmp / "notes.txt", (tmp / "notes.txt").write_text("hello"))[0], "not a ValuesDesk"),
        (lambda tmp, _backup: not_valuesdesk(tmp), "not a ValuesDesk backup"),
        (newer, "newer version"),
        (damaged, "is damaged"),
        (lambda _tmp, _backup: Path("valuesdesk.sqlite3"), "your current data file"),
    ],
    ids=["missing", "text", "foreign", "newer", "damaged", "itself"],
)
def test_restore_refuses_with_the_reason_and_changes_nothing(filled, tmp_path, capsys, make, said) -> None:
    assert main(["--data-dir", str(filled), "backup"]) == 0
    [backup] = backups_in(filled, "manual")
    chosen = make(tmp_path, backup)
    if not chosen.is_absolute():
        chosen = filled / chosen
    before = folder_digests(filled)
    capsys.readouterr()

    assert main(["--data-dir", str(filled), "restore", str(chosen)]) != 0

    error = capsys.readouterr().err
    assert error.startswith("valuesdesk restore: ") and said in error and "Traceback" not in error
    assert folder_digests(filled) == before
    assert not any(name.endswith(("-wal", "-shm")) for name in os.listdir(filled))


def test_backup_refusals_say_why_and_change_nothing(filled, tmp_path, capsys) -> None:
    before = folder_digests(filled)
    assert main(["--data-dir", str(filled), "backup", "-o", str(tmp_path / "no such folder" / "copy")]) != 0
    assert "does not exist" in capsys.readouterr().err
    assert main(["--data-dir", str(filled), "backup", "-o", str(database_path(filled))]) != 0
    assert "one of ValuesDesk's own files" in capsys.readouterr().err
    assert main(["--data-dir", str(tmp_path / "empty"), "backup"]) != 0
    assert "there is no ValuesDesk data" in capsys.readouterr().err
    assert folder_digests(filled) == before


def test_both_commands_wait_for_no_one_and_refuse_a_folder_in_use(filled, tmp_path, capsys) -> None:
    copy = tmp_path / "copy.sqlite3"
    assert main(["--data-dir", str(filled), "backup", "-o", str(copy)]) == 0
    services = open_services(filled)  # as an open window holds it
    try:
        before = digest(database_path(filled))
        capsys.readouterr()
        assert main(["--data-dir", str(filled), "backup"]) != 0
        assert main(["--data-dir", str(filled), "restore", str(copy)]) != 0
        assert capsys.readouterr().err.count("already open with this data folder") == 2
        assert digest(database_path(filled)) == before
        assert backups_in(filled) == []
    finally:
        services.close()


def test_the_commands_run_as_a_program(filled, tmp_path) -> None:
    copy = tmp_path / "copy.sqlite3"
    run = [sys.executable, "-m", "valuesdesk", "--data-dir", str(filled)]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    made = subprocess.run([*run, "backup", "-o", str(copy)], capture_output=True, text=True, env=environment)
    assert made.returncode == 0, made.stderr
    restored = subprocess.run([*run, "restore", str(copy)], capture_output=True, text=True, env=environment)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    refused = subprocess.run(
        [*run, "restore", str(tmp_path / "nothing")], capture_output=True, text=True, env=environment
    )
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
