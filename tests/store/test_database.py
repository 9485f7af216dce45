"""Writes are whole or not at all, and failures become typed errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select

from valuesdesk.errors import DiskFull, NotADatabase, StorageError
from valuesdesk.paths import database_path, is_own_file
from valuesdesk.store import cipher
from valuesdesk.store.database import read_only, translate
from valuesdesk.store.models import DiaryEntry, Experiment, Value


def test_foreign_keys_and_wal_are_on(services) -> None:
    with services.database.reading() as session:
        connection = session.connection()
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with pytest.raises(StorageError), services.database.transaction() as session:
        session.add(DiaryEntry(experiment_id=999, day=dt.date(2026, 1, 1)))


def test_a_failed_write_leaves_nothing_behind(services) -> None:
    with pytest.raises(RuntimeError), services.database.transaction() as session:
        session.add(Value(name="Courage"))
        session.flush()
        raise RuntimeError("interrupted")
    assert not services.values.list_values()


def test_a_full_disk_is_reported_and_rolls_back(services) -> None:
    services.values.create("Honesty")

    @event.listens_for(services.database.engine, "connect")
    def shrink(dbapi_connection, _record) -> None:
        # A file that may not grow stands in for a full disk.
        page_count = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={page_count}")

    services.database.engine.dispose()
    with pytest.raises(DiskFull), services.database.transaction() as session:
        for number in range(200):
            session.add(Experiment(reflection="x" * 10_000 + str(number)))
    event.remove(services.database.engine, "connect", shrink)
    services.database.engine.dispose()
    with services.database.reading() as session:
        assert session.scalars(select(Experiment)).all() == []
    assert [value.name for value in services.values.list_values()] == ["Honesty"]


def test_each_transaction_that_ends_counts_a_generation(services) -> None:
    generation = services.database.generation
    with services.database.reading() as session:
        session.scalars(select(Value)).all()
    assert services.database.generation == generation
    services.values.create("Courage")
    assert services.database.generation == generation + 1
    with pytest.raises(RuntimeError), services.database.transaction():
        raise RuntimeError("interrupted")
    assert services.database.generation == generation + 2


def test_reading_a_closed_file_read_only_creates_nothing_beside_it(services, data_dir: Path) -> None:
    services.close()
    before = sorted(path.name for path in data_dir.iterdir())
    with read_only(database_path(data_dir)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM alembic_version").fetchone() == (1,)
        with pytest.raises(cipher.OperationalError):
            connection.execute("DELETE FROM value")
    assert sorted(path.name for path in data_dir.iterdir()) == before
    assert not [name for name in before if name.endswith(("-wal", "-shm"))]


def test_reading_a_file_a_crash_left_with_its_log_reads_the_log_and_leaves_no_index(tmp_path: Path) -> None:
    writer = sqlite3.connect(tmp_path / "live.sqlite3")
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE entry (text TEXT)")
    writer.execute("INSERT INTO entry VALUES ('only in the log')")
    writer.commit()
    # What a crash leaves: the file and its log, copied without the shared-memory index.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        (crashed / f"db.sqlite3{suffix}").write_bytes((tmp_path / f"live.sqlite3{suffix}").read_bytes())
    writer.close()
    with read_only(crashed / "db.sqlite3") as connection:
        assert connection.execute("SELECT text FROM entry").fetchall() == [("only in the log",)]
    assert sorted(path.name for path in crashed.iterdir()) == ["db.sqlite3", "db.sqlite3-wal"]


def test_a_damaged_file_points_to_the_backups_folder() -> None:
    error = translate(sqlite3.DatabaseError("database disk image is malformed"))
    assert isinstance(error, NotADatabase)
    assert "“backups” folder" in error.detail and "next to" not in error.detail


def test_the_backups_folder_holds_the_programs_own_files(data_dir: Path, tmp_path: Path) -> None:
    assert is_own_file(data_dir, data_dir / "backups" / "valuesdesk-20260101-000000.daily.sqlite3")
    assert is_own_file(data_dir, data_dir / "backups" / "anything.json")
    assert is_own_file(data_dir, database_path(data_dir))
    assert not is_own_file(data_dir, data_dir / "my-export.json")
    assert not is_own_file(data_dir, tmp_path / "backups" / "valuesdesk.sqlite3")
