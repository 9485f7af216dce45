"""Backups are consistent, checked, private copies, kept on a schedule, listed safely and restored whole."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from valuesdesk.errors import DiskFull
from valuesdesk.paths import backups_folder, database_path
from valuesdesk.store import backups
from valuesdesk.store.backups import BackupFailed, BackupKind, CheckDepth, RestoreRefused
from valuesdesk.store.migrations import SCHEMA_REVISION, open_database
from valuesdesk.store.models import Value

SAMPLE_DIARY_DAYS = 3  # tests/sample_diary.py


def query(path: Path, statement: str) -> list[tuple]:
    """Rows read straight from a file, without leaving anything beside it."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return connection.execute(statement).fetchall()
    finally:
        connection.close()


def value_names(path: Path) -> list[str]:
    return [name for (name,) in query(path, "SELECT name FROM value ORDER BY id")]


def add_value(database: Path, name: str) -> None:
    """A committed write, as the program would make it (the file stays in WAL mode)."""
    connection = sqlite3.connect(database)
    with connection:
        connection.execute(
            "INSERT INTO value (name, meaning, life_domain, created_at, updated_at) "
            "VALUES (?, '', '', '2026-11-18 10:00:00', '2026-11-18 10:00:00')",
            (name,),
        )
    connection.close()


def corrupt(path: Path, table: str = "diary_entry") -> None:
    """Scribble over the first page of ``table``, as a failing disk might."""
    (page_size,) = query(path, "PRAGMA page_size")[0]
    (root_page,) = query(path, f"SELECT rootpage FROM sqlite_master WHERE name = '{table}'")[0]
    with path.open("r+b") as handle:
        handle.seek((root_page - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def fingerprints(*folders: Path) -> dict[Path, str]:
    """Every file under ``folders`` with a hash of its bytes."""
    return {
        path: hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in folders
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def backup_names(data_dir: Path) -> list[str]:
    return sorted(path.name for path in backups_folder(data_dir).iterdir())


@pytest.fixture
def database(filled: Path) -> Path:
    """The sample diary's database file, closed."""
    return database_path(filled)


def test_a_backup_is_a_private_checked_single_file_named_for_its_moment(database: Path) -> None:
    data_dir = database.parent

    made = backups.make_backup(database, data_dir, BackupKind.DAILY)

    folder = backups_folder(data_dir)
    assert made.path == folder / "valuesdesk-20261118-103000.daily.sqlite3"
    assert backup_names(data_dir) == [made.path.name], "nothing half-written or journalled beside it"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert (made.kind, made.taken_at) == (BackupKind.DAILY, dt.datetime(2026, 11, 18, 10, 30))
    assert made.size == made.path.stat().st_size
    assert (made.diary_days, made.revision, made.damaged) == (SAMPLE_DIARY_DAYS, SCHEMA_REVISION, False)
    assert query(made.path, "PRAGMA journal_mode") == [("delete",)]
    assert value_names(made.path) == value_names(database)
    assert backups.list_backups(data_dir) == (made,)


def test_copies_made_in_the_same_second_keep_their_order(database: Path) -> None:
    made = [backups.make_backup(database, database.parent, kind) for kind in BackupKind]

    assert [info.path.name for info in made] == [
        "valuesdesk-20261118-103000.daily.sqlite3",
        "valuesdesk-20261118-103000-2.manual.sqlite3",
        "valuesdesk-20261118-103000-3.before-upgrade.sqlite3",
        "valuesdesk-20261118-103000-4.before-import.sqlite3",
        "valuesdesk-20261118-103000-5.before-restore.sqlite3",
    ]
    assert backups.list_backups(database.parent)[0] == made[-1]
    assert backups.newest_good_backup(database.parent) == made[-1]


def test_a_backup_in_a_worker_thread_holds_what_was_committed_while_a_writer_holds_its_transaction(
    services, data_dir: Path
) -> None:
    services.values.create("Honesty")
    made = []
    with services.database.transaction() as session:
        session.add(Value(name="Courage"))
        session.flush()  # the write lock is held until the block ends
        worker = threading.Thread(
            target=lambda: made.append(backups.make_backup(services.database.path, data_dir, BackupKind.DAILY))
        )
        worker.start()
        worker.join(timeout=10)
        assert not worker.is_alive(), "the backup waited for the writer"

    assert value_names(made[0].path) == ["Honesty"]
    assert [value.name for value in services.values.list_values()] == ["Courage", "Honesty"]


def test_writing_goes_on_while_backups_are_made_and_each_copy_is_consistent(services, data_dir: Path) -> None:
    made = []

    def back_up() -> None:
        for _ in range(5):
            made.append(backups.make_backup(services.database.path, data_dir, BackupKind.BEFORE_IMPORT))

    worker = threading.Thread(target=back_up)
    worker.start()
    for number in range(200):
        services.values.create(f"Value {number}")
    worker.join(timeout=30)

    assert len(services.values.list_values()) == 200
    assert len(made) == 5
    counts = [len(value_names(info.path)) for info in made]
    assert counts == sorted(counts)
    assert all(backups.check_database(info.path, CheckDepth.FULL) is None for info in made)


def test_a_copy_that_fails_its_check_is_not_kept_and_the_database_is_left_as_it_is(database: Path) -> None:
    corrupt(database)
    before = fingerprints(database.parent)

    with pytest.raises(BackupFailed) as refused:
        backups.make_backup(database, database.parent, BackupKind.DAILY)

    assert "valuesdesk.sqlite3" in refused.value.message
    assert "Restore From Backup" in refused.value.detail
    assert backup_names(database.parent) == [], "the failed copy was deleted"
    assert fingerprints(database.parent) == before


def test_there_is_nothing_to_back_up_without_a_database(data_dir: Path) -> None:
    with pytest.raises(BackupFailed):
        backups.make_backup(database_path(data_dir), data_dir, BackupKind.DAILY)
    assert not database_path(data_dir).exists(), "no empty database was made"


def test_the_check_finds_damage_without_changing_or_adding_a_file(database: Path, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database")
    assert backups.check_database(database) is None
    assert backups.check_database(database, CheckDepth.FULL) is None

    corrupt(database)
    before = fingerprints(tmp_path)

    assert backups.check_database(database)
    assert backups.check_database(database, CheckDepth.FULL)
    assert backups.check_database(text_file) == "file is not a database"
    assert backups.check_database(tmp_path / "missing.sqlite3")
    assert fingerprints(tmp_path) == before


def test_a_daily_backup_is_due_once_a_day_and_a_manual_one_counts(database: Path, clock) -> None:
    data_dir = database.parent
    assert backups.daily_backup_due(data_dir)
    backups.make_backup(database, data_dir, BackupKind.BEFORE_IMPORT)
    assert backups.daily_backup_due(data_dir), "a copy before a change is no daily copy"
    backups.make_backup(database, data_dir, BackupKind.MANUAL)
    assert not backups.daily_backup_due(data_dir)
    clock.advance(dt.timedelta(days=1))
    assert backups.daily_backup_due(data_dir)


def test_sixty_days_keep_one_a_day_for_a_week_one_a_week_for_five_weeks_and_changes_for_thirty_days(
    database: Path, clock
) -> None:
    data_dir = database.parent
    first_day = clock.today  # Wednesday 18 November 2026
    regular: dict[dt.date, list[Path]] = {}
    occasions: dict[dt.date, Path] = {}
    for number in range(60):
        day = first_day + dt.timedelta(days=number)
        clock.set(dt.datetime.combine(day, dt.time(9), dt.UTC))
        regular[day] = [backups.make_backup(database, data_dir, BackupKind.DAILY).path]
        if number % 10 == 0:
            clock.set(dt.datetime.combine(day, dt.time(12), dt.UTC))
            occasions[day] = backups.make_backup(database, data_dir, BackupKind.BEFORE_IMPORT).path
        if number % 3 == 0:
            clock.set(dt.datetime.combine(day, dt.time(18), dt.UTC))
            regular[day].append(backups.make_backup(database, data_dir, BackupKind.MANUAL).path)
        kept = {info.path for info in backups.list_backups(data_dir)}
        assert regular[day][-1] in kept
        assert len(kept) <= backups.DAYS_KEPT + backups.WEEKS_KEPT + 4

    last_day = first_day + dt.timedelta(days=59)
    assert last_day == dt.date(2027, 1, 16)  # a Saturday
    last_week = [last_day - dt.timedelta(days=back) for back in range(7)]
    # The newest copy of the four weeks before this one (this week's is Saturday's, among the days).
    sundays = [dt.date(2027, 1, 10), dt.date(2027, 1, 3), dt.date(2026, 12, 27), dt.date(2026, 12, 20)]
    within_thirty_days = [dt.date(2026, 12, 18), dt.date(2026, 12, 28), dt.date(2027, 1, 7)]
    expected = {regular[day][-1] for day in last_week + sundays} | {occasions[day] for day in within_thirty_days}
    assert {info.path for info in backups.list_backups(data_dir)} == expected


def test_a_diary_left_alone_for_months_keeps_its_last_copies(database: Path, clock) -> None:
    data_dir = database.parent
    made = []
    for _ in range(3):
        made.append(backups.make_backup(database, data_dir, BackupKind.DAILY).path)
        clock.advance(dt.timedelta(days=1))
    old_import = backups.make_backup(database, data_dir, BackupKind.BEFORE_IMPORT).path
    clock.advance(dt.timedelta(days=200))

    made.append(backups.make_backup(database, data_dir, BackupKind.DAILY).path)

    assert {info.path for info in backups.list_backups(data_dir)} == set(made)
    assert not old_import.exists()


def test_pruning_never_deletes_the_newest_good_backup(database: Path, clock) -> None:
    data_dir = database.parent
    good = backups.make_backup(database, data_dir, BackupKind.BEFORE_IMPORT)
    clock.advance(dt.timedelta(days=40))
    damaged = backups_folder(data_dir) / "valuesdesk-20261229-103000.daily.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 4000)

    assert backups.prune_backups(data_dir) == (damaged,)
    assert backups.list_backups(data_dir) == (good,)


def test_a_damaged_backup_is_listed_as_damaged(database: Path) -> None:
    data_dir = database.parent
    folder = backups_folder(data_dir)
    good = backups.make_backup(database, data_dir, BackupKind.DAILY)
    garbage = folder / "valuesdesk-20261119-080000.daily.sqlite3"
    garbage.write_bytes(b"\x00" * 4000)  # not whole pages, so not taken for an encrypted copy
    cut_short = folder / "valuesdesk-20261120-080000.manual.sqlite3"
    cut_short.write_bytes(good.path.read_bytes()[: good.size // 2])
    scribbled = folder / "valuesdesk-20261121-080000.before-import.sqlite3"
    shutil.copyfile(good.path, scribbled)
    corrupt(scribbled)
    foreign = folder / "valuesdesk-20261122-080000.daily.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.close()
    (folder / "holiday-photo.sqlite3").write_bytes(b"not ours by name")
    before = fingerprints(folder)

    listed = backups.list_backups(data_dir)

    assert [info.path for info in listed] == [foreign, scribbled, cut_short, garbage, good.path]
    assert [info.kind for info in listed] == [
        BackupKind.DAILY, BackupKind.BEFORE_IMPORT, BackupKind.MANUAL, BackupKind.DAILY, BackupKind.DAILY
    ]  # fmt: skip
    problems = {info.path: info.problem for info in listed}
    assert problems[foreign] == "not a ValuesDesk database"
    assert problems[scribbled]
    assert problems[cut_short] == "database disk image is malformed"
    assert problems[garbage] == "not a SQLite database"
    assert problems[good.path] is None
    assert all(info.diary_days is None for info in listed[:4])
    assert backups.newest_good_backup(data_dir) == good
    assert fingerprints(folder) == before, "listing reads, and leaves nothing beside the copies"


def test_restore_brings_the_data_back_and_keeps_what_it_replaced(database: Path, clock) -> None:
    data_dir = database.parent
    chosen = backups.make_backup(database, data_dir, BackupKind.MANUAL)
    clock.advance(dt.timedelta(hours=2))
    add_value(database, "Written after the backup")
    written = value_names(database)

    kept = backups.restore(data_dir, chosen.path)

    assert value_names(database) == value_names(chosen.path) == written[:-1]
    assert kept is not None
    assert (kept.kind, kept.taken_at, kept.damaged) == (
        BackupKind.BEFORE_RESTORE,
        dt.datetime(2026, 11, 18, 12, 30),
        False,
    )
    assert value_names(kept.path) == written
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert backups.check_database(database, CheckDepth.FULL) is None
    assert sorted(path.name for path in data_dir.iterdir() if path.name.startswith(".")) == []
    open_database(database).close()


def test_restore_keeps_what_only_the_write_ahead_log_held_and_removes_the_log(database: Path, tmp_path: Path) -> None:
    data_dir = database.parent
    chosen = backups.make_backup(database, data_dir, BackupKind.MANUAL)
    # A program that died with a write only in its log: copy the files while a connection has them open.
    writer = sqlite3.connect(database)
    writer.execute("SELECT COUNT(*) FROM value").fetchall()  # it holds the log open from now on
    add_value(database, "Only in the log")
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{database}{suffix}", tmp_path / f"crashed{suffix}")
    writer.close()
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(tmp_path / f"crashed{suffix}", f"{database}{suffix}")
    assert Path(f"{database}-wal").stat().st_size > 0

    kept = backups.restore(data_dir, chosen.path)

    assert kept is not None and "Only in the log" in value_names(kept.path)
    assert not Path(f"{database}-wal").exists() and not Path(f"{database}-shm").exists()
    assert value_names(database) == value_names(chosen.path)


def test_restore_over_a_damaged_database_keeps_its_bytes(database: Path) -> None:
    data_dir = database.parent
    chosen = backups.make_backup(database, data_dir, BackupKind.DAILY)
    corrupt(database)
    damaged_bytes = database.read_bytes()

    kept = backups.restore(data_dir, chosen.path)

    assert kept is not None and kept.kind is BackupKind.BEFORE_RESTORE
    assert kept.path.read_bytes() == damaged_bytes
    assert kept.damaged
    assert backups.check_database(database, CheckDepth.FULL) is None
    assert backups.newest_good_backup(data_dir) == chosen


def test_restore_into_a_folder_without_a_database(database: Path, tmp_path: Path) -> None:
    chosen = backups.make_backup(database, database.parent, BackupKind.DAILY)
    empty_folder = tmp_path / "new"
    empty_folder.mkdir()

    assert backups.restore(empty_folder, chosen.path) is None
    assert value_names(database_path(empty_folder)) == value_names(database)


def newer(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()


def foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipe (name TEXT)")
    connection.close()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (foreign, "is not a ValuesDesk backup"),
        (lambda path: path.write_text("Dear diary"), "is not a ValuesDesk backup"),
        (lambda path: path.write_bytes(b""), "is not a ValuesDesk backup"),
        (newer, "was made by a newer version of ValuesDesk"),
        (corrupt, "is damaged"),
        (lambda path: path.unlink(), "cannot be restored: there is no such file"),
    ],
    ids=["foreign-sqlite", "text", "empty", "newer", "damaged", "missing"],
)
def test_a_refused_restore_changes_nothing(database: Path, tmp_path: Path, spoil, message: str) -> None:
    data_dir = database.parent
    made = backups.make_backup(database, data_dir, BackupKind.DAILY)
    chosen = tmp_path / "chosen.sqlite3"
    shutil.copyfile(made.path, chosen)
    spoil(chosen)
    before = fingerprints(tmp_path)

    with pytest.raises(RestoreRefused) as refused:
        backups.restore(data_dir, chosen)

    assert f"“chosen.sqlite3” {message}" in refused.value.message
    assert "Nothing was changed" in refused.value.detail
    assert fingerprints(tmp_path) == before


def test_the_current_database_is_no_backup_to_restore(database: Path) -> None:
    before = fingerprints(database.parent)
    with pytest.raises(RestoreRefused, match="is your current data file"):
        backups.restore(database.parent, database)
    assert fingerprints(database.parent) == before


def test_a_copy_can_be_saved_anywhere_but_over_the_programs_own_files(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "my-diary.sqlite3"
    target.parent.mkdir()

    assert backups.save_copy(database, target) == target

    assert value_names(target) == value_names(database)
    assert sorted(path.name for path in target.parent.iterdir()) == ["my-diary.sqlite3"]
    with pytest.raises(BackupFailed, match="one of ValuesDesk's own files"):
        backups.save_copy(database, database.parent / "valuesdesk.sqlite3.copy")
    with pytest.raises((BackupFailed, DiskFull)):
        backups.save_copy(database, tmp_path / "no-such-folder" / "copy.sqlite3")
