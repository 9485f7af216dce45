"""Steps the migration tests share: the file's tables, rows written straight into it, a downgrade."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from alembic import command

from valuesdesk.store import migrations
from valuesdesk.store.database import make_engine


def tables(path: Path) -> dict[str, int]:
    """Every table of the file with its number of rows."""
    connection = sqlite3.connect(path)
    try:
        names = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}
    finally:
        connection.close()


def execute(path: Path, statements: Iterable[str]) -> None:
    """Run ``statements`` on the file in one transaction, as an older ValuesDesk would have written."""
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def downgrade(path: Path, revision: str) -> None:
    """Take the file's schema back to ``revision``, with foreign keys off as ``migrations.upgrade`` has them."""
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = migrations.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
