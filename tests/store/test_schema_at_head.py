"""A new data file is made at the newest revision directly: the same schema as migrating from 0001."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from valuesdesk.store import migrations

Schema = dict[str, object]


def schema(path: Path) -> Schema:
    """Every table's columns, foreign keys and indexes, and every trigger, as SQLite reports them;
    independent of the order in which migrations added columns and indexes."""
    connection = sqlite3.connect(path)
    try:
        found: Schema = {}
        for kind, name in connection.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
            if kind == "table":
                columns = connection.execute(f'PRAGMA table_xinfo("{name}")').fetchall()
                found[f"table {name}"] = sorted((c[1], c[2].upper(), c[3], c[4], c[5], c[6]) for c in columns)
                found[f"foreign keys {name}"] = sorted(
                    row[2:] for row in connection.execute(f'PRAGMA foreign_key_list("{name}")')
                )
            elif kind == "index":
                unique = connection.execute(
                    "SELECT sql IS NULL, sql LIKE 'CREATE UNIQUE%' FROM sqlite_master WHERE name = ?", (name,)
                ).fetchone()
                columns = [row[2] for row in connection.execute(f'PRAGMA index_info("{name}")')]
                found[f"index {name}"] = (unique, columns)
            elif kind == "trigger":
                found[f"trigger {name}"] = True
        found["revision"] = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        return found
    finally:
        connection.close()


def test_a_new_file_has_the_schema_that_migrating_from_the_first_revision_builds(tmp_path: Path) -> None:
    created, migrated = tmp_path / "created.sqlite3", tmp_path / "migrated.sqlite3"
    migrations.create_at_head(created)
    migrations.upgrade(migrated, "0001")
    migrations.upgrade(migrated)
    assert schema(created) == schema(migrated)
    assert schema(created)["revision"] == [(migrations.SCHEMA_REVISION,)]
