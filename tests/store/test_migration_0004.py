"""Migration 0004 adds the notes of days, keeping every row, and takes them away again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from migration_steps import downgrade, execute, tables

from valuesdesk.store import migrations

TOMBSTONES_REVISION = "0003"
DAY_NOTES = "day_note"
ROWS = [
    "INSERT INTO value (id, name, meaning, life_domain, created_at, updated_at) "
    "VALUES (1, 'Kindness', '', '', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO experiment (id, value_id, status, current_step, start_date, duration_days, reactions, "
    "judgments, plan, behave_confirmed, reflection, created_at, updated_at) VALUES (1, 1, 'active', 9, "
    "'2026-01-02', 7, '', '', 'call my sister', 1, '', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO diary_entry (id, experiment_id, day, others_reactions, before, during, after, evaluations, "
    "thanked_mind, notes, created_at, updated_at) VALUES (1, 1, '2026-01-03', 'a smile', '', '', '', '', 0, "
    "'', '2026-01-03 20:00:00', '2026-01-03 20:00:00')",
    "INSERT INTO experiment_tombstone (id, experiment_id, experiment_created_at, deleted_at, duration_days) "
    "VALUES (1, 7, '2025-12-01 09:00:00', '2026-01-01 09:00:00', 7)",
]


def test_upgrading_adds_an_empty_day_note_table_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, TOMBSTONES_REVISION)
    execute(path, ROWS)
    before = tables(path)
    assert DAY_NOTES not in before

    migrations.upgrade(path, "0004")

    after = tables(path)
    assert after.pop(DAY_NOTES) == 0
    assert after == before
    assert migrations.read_revision(path) == "0004"


def test_one_note_a_day(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path)
    connection = sqlite3.connect(path)
    insert = "INSERT INTO day_note (day, text, created_at, updated_at) VALUES ('2026-01-05', ?, ?, ?)"
    with connection:
        connection.execute(insert, ("first", "2026-01-05 08:00:00", "2026-01-05 08:00:00"))
    with pytest.raises(sqlite3.IntegrityError), connection:
        connection.execute(insert, ("second", "2026-01-05 09:00:00", "2026-01-05 09:00:00"))
    connection.close()


def test_downgrading_removes_the_day_notes(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, "0004")
    downgrade(path, TOMBSTONES_REVISION)
    assert DAY_NOTES not in tables(path)
    assert migrations.read_revision(path) == TOMBSTONES_REVISION
