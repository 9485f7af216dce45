"""Migration 0003 adds the tombstones of deleted experiments, keeping every row, and takes them away again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from valuesdesk.store import migrations
from valuesdesk.store.database import make_engine

SEARCH_REVISION = "0002"
TOMBSTONES_REVISION = "0003"
TOMBSTONES = "experiment_tombstone"
ROWS = [
    "INSERT INTO value (id, name, meaning, life_domain, created_at, updated_at) "
    "VALUES (1, 'Kindness', '', '', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO experiment (id, value_id, status, current_step, start_date, duration_days, reactions, "
    "judgments, plan, behave_confirmed, reflection, created_at, updated_at) VALUES (1, 1, 'active', 9, "
    "'2026-01-02', 7, '', '', 'call my sister', 1, '', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
]


def tables(path: Path) -> dict[str, int]:
    """Every table of the file with its number of rows."""
    connection = sqlite3.connect(path)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


def test_upgrading_adds_an_empty_tombstone_table_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, SEARCH_REVISION)
    connection = sqlite3.connect(path)
    with connection:
        for statement in ROWS:
            connection.execute(statement)
    connection.close()
    before = tables(path)
    assert TOMBSTONES not in before

    migrations.upgrade(path, TOMBSTONES_REVISION)

    after = tables(path)
    assert after.pop(TOMBSTONES) == 0
    assert after == before
    assert migrations.read_revision(path) == TOMBSTONES_REVISION


def test_downgrading_removes_the_tombstones(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path)
    engine = make_engine(path, foreign_keys=False)
    with engine.begin() as connection:
        config = migrations.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, SEARCH_REVISION)
    engine.dispose()
    assert TOMBSTONES not in tables(path)
    assert migrations.read_revision(path) == SEARCH_REVISION
