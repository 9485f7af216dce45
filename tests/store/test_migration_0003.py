"""Migration 0003 adds the tombstones of deleted experiments, keeping every row, and takes them away again."""

from __future__ import annotations

from pathlib import Path

from migration_steps import downgrade, execute, tables

from valuesdesk.store import migrations

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


def test_upgrading_adds_an_empty_tombstone_table_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, SEARCH_REVISION)
    execute(path, ROWS)
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
    downgrade(path, SEARCH_REVISION)
    assert TOMBSTONES not in tables(path)
    assert migrations.read_revision(path) == SEARCH_REVISION
