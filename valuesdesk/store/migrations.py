"""Opening a database file safely: check it, back it up, then bring its schema up to date.

Nothing here writes to the file until every check has passed, so a foreign, damaged or newer
file is left byte-for-byte as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import text

from valuesdesk.domain import dates
from valuesdesk.errors import DiskFull, ForeignDatabase, NewerDatabase, NotADatabase, StorageError
from valuesdesk.store.database import Database, make_engine, translate, translated_errors

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
ALEMBIC_DIR = Path(__file__).resolve().parent / "alembic"
# The newest migration's revision. A file already at it opens without importing Alembic,
# which would add a seventh of a second to every start; a test keeps this equal to the head.
SCHEMA_REVISION = "0002"


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(ALEMBIC_DIR))
    return config


def script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def read_revision(path: Path) -> str | None:
    """The schema revision of an existing file, or None for a missing or empty one.

    Opens the file read-only and raises a typed error for anything that is not ours.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise NotADatabase(
                f"“{path.name}” is not a ValuesDesk data file.",
                detail=f"It is not a SQLite database. ValuesDesk left it untouched:\n{path}",
            )
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        try:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "alembic_version" not in tables:
                if any(not name.startswith("sqlite_") for name in tables):
                    raise ForeignDatabase(
                        f"“{path.name}” belongs to another program.",
                        detail=f"It is a SQLite database, but not one ValuesDesk made. "
                        f"ValuesDesk left it untouched:\n{path}",
                    )
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise translate(error) from error
    return row[0] if row else None


def check_known(revision: str) -> None:
    from alembic.util.exc import CommandError

    try:
        script_directory().get_revision(revision)
    except CommandError:
        raise NewerDatabase(
            "Your data was saved by a newer version of ValuesDesk.",
            detail="Install the newest ValuesDesk to open it. This version left the file untouched.",
        ) from None


def backup(path: Path, occasion: str) -> Path:
    """Copy the database next to itself with SQLite's online backup API, named for the ``occasion``
    (e.g. "before-upgrade-from-0001"). Only committed data is copied, so it may run while a
    transaction that has not committed yet is open on the file."""
    stamp = dates.local_now().strftime(dates.FILE_STAMP)
    target = path.with_name(f"{path.name}.{stamp}.{occasion}.bak")
    copies = 1
    while target.exists():
        # A second copy in the same second must not overwrite the first.
        copies += 1
        target = path.with_name(f"{path.name}.{stamp}-{copies}.{occasion}.bak")
    try:
        source = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
    except (sqlite3.Error, OSError) as error:
        target.unlink(missing_ok=True)
        if isinstance(error, OSError) or "full" in str(error).lower():
            raise DiskFull(
                "There is not enough free disk space to keep a copy of your data before changing it.",
                detail="Free some space and try again; your data was not changed.",
            ) from error
        raise translate(error) from error
    log.info("backed up the database %s", occasion)
    return target


def upgrade(path: Path, revision: str = "head") -> None:
    """Apply migrations in one transaction, with foreign keys off so table rebuilds cascade nothing."""
    from alembic import command

    engine = make_engine(path, foreign_keys=False)
    try:
        with translated_errors(), engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            violations = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if violations:
                raise StorageError(
                    "Updating your data failed a consistency check; nothing was changed.",
                    detail=f"{len(violations)} rows refer to missing rows.",
                )
    finally:
        engine.dispose()


def open_database(path: Path) -> Database:
    """Check, back up if needed, migrate and open the database file at ``path``."""
    current = read_revision(path)
    if current != SCHEMA_REVISION:
        # New, older, or written by a newer ValuesDesk: only now is Alembic needed.
        if current is not None:
            check_known(current)
            backup(path, f"before-upgrade-from-{current}")
        log.info("migrating database from %s to %s", current, SCHEMA_REVISION)
        upgrade(path)
    return Database(path)
