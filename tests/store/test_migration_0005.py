"""Migration 0005 adds the values checks and their ratings, keeping every row, and takes them away again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from migration_steps import downgrade, execute, tables
from test_migration_0004 import ROWS

from valuesdesk.store import migrations

DAY_NOTES_REVISION = "0004"
NEW_TABLES = ("values_check", "domain_rating")


def test_upgrading_adds_empty_check_tables_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, DAY_NOTES_REVISION)
    execute(
        path,
        [
            *ROWS,
            "INSERT INTO day_note (day, text, created_at, updated_at) VALUES ('2026-01-04', 'x', "
            "'2026-01-04 08:00:00', '2026-01-04 08:00:00')",
        ],
    )
    before = tables(path)

    migrations.upgrade(path, "0005")

    after = tables(path)
    assert [after.pop(name) for name in NEW_TABLES] == [0, 0]
    assert after == before
    assert migrations.read_revision(path) == "0005"


def test_ratings_are_one_per_domain_and_from_1_to_10(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, "0005")
    execute(
        path,
        [
            "INSERT INTO values_check (id, taken_on, created_at, updated_at) VALUES (1, '2026-01-05', "
            "'2026-01-05 08:00:00', '2026-01-05 08:00:00')"
        ],
    )
    connection = sqlite3.connect(path)
    insert = "INSERT INTO domain_rating (check_id, domain, importance, consistency) VALUES (1, ?, ?, ?)"
    with connection:
        connection.execute(insert, ("work", 10, None))
    for row in (("work", 3, 3), ("family", 0, 5), ("family", 5, 11)):
        with pytest.raises(sqlite3.IntegrityError), connection:
            connection.execute(insert, row)
    connection.close()


def test_downgrading_removes_the_checks(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, "0005")
    downgrade(path, DAY_NOTES_REVISION)
    assert not set(NEW_TABLES) & set(tables(path))
    assert migrations.read_revision(path) == DAY_NOTES_REVISION
