"""Writes are whole or not at all, and failures become typed errors."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, select

from valuesdesk.errors import DiskFull, StorageError
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
