"""Migrations keep every row, back the file up first (into ``backups/``), and match the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from migration_steps import downgrade, execute

from valuesdesk.paths import backups_folder
from valuesdesk.store import migrations
from valuesdesk.store.backups import BackupKind, list_backups
from valuesdesk.store.database import make_engine
from valuesdesk.store.models import Base
from valuesdesk.store.search_index import include_name

FIRST_REVISION = "0001"

ROWS_AT_FIRST_REVISION = [
    "INSERT INTO value (id, name, meaning, life_domain, created_at, updated_at) "
    "VALUES (1, 'Kindness', 'Being gentle 🌱', 'Family', '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO experiment (id, value_id, status, current_step, start_date, duration_days, reactions, "
    "judgments, plan, behave_confirmed, reflection, created_at, updated_at) VALUES (1, 1, 'active', 9, "
    "'2026-01-02', 7, 'it felt odd', 'too small', 'call my sister', 1, '', "
    "'2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO behavior (id, experiment_id, position, text, chosen, created_at, updated_at) "
    "VALUES (1, 1, 0, 'Listen without fixing', 1, '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO plan_item (id, experiment_id, position, text, done, created_at, updated_at) "
    "VALUES (1, 1, 0, 'Find her number', 0, '2026-01-01 10:00:00', '2026-01-01 10:00:00')",
    "INSERT INTO diary_entry (id, experiment_id, day, others_reactions, before, during, after, "
    "evaluations, thanked_mind, notes, created_at, updated_at) VALUES (1, 1, '2026-01-02', "
    "'She smiled', 'nervous', 'calm', 'glad', 'good', 1, '', '2026-01-02 20:00:00', '2026-01-02 20:00:00')",
    "INSERT INTO check_in (id, experiment_id, day, outcome, created_at, updated_at) "
    "VALUES (1, 1, '2026-01-02', 'yes', '2026-01-02 20:00:00', '2026-01-02 20:00:00')",
    "INSERT INTO therapist_note (id, question_number, noted_on, text, created_at, updated_at) "
    "VALUES (1, 3, '2026-01-05', 'stay present', '2026-01-05 09:00:00', '2026-01-05 09:00:00')",
]


def insert_rows(path: Path) -> None:
    execute(path, ROWS_AT_FIRST_REVISION)


def query(path: Path, statement: str, parameters: tuple = ()) -> list[tuple]:
    """The rows of one statement, read straight from the SQLite file."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute(statement, parameters).fetchall()
    finally:
        connection.close()


def table_rows(path: Path) -> dict[str, list[tuple]]:
    tables = ["value", "experiment", "behavior", "plan_item", "diary_entry", "check_in", "therapist_note"]
    return {table: query(path, f"SELECT id FROM {table} ORDER BY id") for table in tables}


def test_upgrade_from_the_first_revision_keeps_every_row_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, FIRST_REVISION)
    insert_rows(path)
    before = table_rows(path)

    database = migrations.open_database(path)
    database.close()

    assert table_rows(path) == before
    assert all(rows for rows in before.values())
    assert migrations.read_revision(path) == migrations.head_revision()
    if migrations.head_revision() != FIRST_REVISION:
        (copy,) = list_backups(tmp_path)
        assert copy.kind is BackupKind.BEFORE_UPGRADE and not copy.damaged
        assert copy.revision == FIRST_REVISION and copy.path.parent == backups_folder(tmp_path)
        assert table_rows(copy.path) == before
        assert sorted(path.name for path in tmp_path.iterdir()) == ["backups", "valuesdesk.sqlite3"]


def test_an_up_to_date_file_opens_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.open_database(path).close()
    migrations.open_database(path).close()
    assert list_backups(tmp_path) == ()


def search_hits(path: Path, phrase: str) -> list[tuple]:
    return query(path, "SELECT rowid FROM diary_search WHERE diary_search MATCH ?", (phrase,))


def test_diary_rows_written_before_the_search_index_existed_are_found_after_upgrading(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path, FIRST_REVISION)
    insert_rows(path)

    migrations.open_database(path).close()

    assert search_hits(path, '"She smiled"') == [(1,)]
    assert search_hits(path, '"nervous"') == [(1,)]
    assert search_hits(path, '"absent"') == []


def test_the_search_index_follows_inserts_updates_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path)
    insert_rows(path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE diary_entry SET notes = 'a walk by the river' WHERE id = 1")
    assert search_hits(path, '"river"') == [(1,)]
    with connection:
        connection.execute("DELETE FROM diary_entry WHERE id = 1")
    connection.close()
    assert search_hits(path, '"river"') == []
    assert search_hits(path, '"smiled"') == []


def test_downgrading_removes_the_search_index(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path)
    downgrade(path, FIRST_REVISION)
    connection = sqlite3.connect(path)
    try:
        leftovers = connection.execute("SELECT name FROM sqlite_master WHERE name LIKE 'diary_search%'").fetchall()
    finally:
        connection.close()
    assert leftovers == []


def test_the_schema_revision_constant_is_the_newest_migration() -> None:
    assert migrations.head_revision() == migrations.SCHEMA_REVISION


def test_migrations_build_exactly_the_schema_of_the_models(tmp_path: Path) -> None:
    path = tmp_path / "valuesdesk.sqlite3"
    migrations.upgrade(path)
    engine = make_engine(path)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []
