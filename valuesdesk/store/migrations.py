"""Opening a database file safely: check it, back it up, then bring its schema up to date.

Nothing here writes to the file until every check has passed, so a file that is refused (not a
file, empty, damaged, foreign, newer, locked by another program) is left byte-for-byte as it was,
with nothing created beside it: the checks read it with ``mode=ro&immutable=1`` (see
``database.read_only``). A damaged or empty file is never overwritten or recreated; the
error names the newest good backup in ``backups/`` instead.
"""

from __future__ import annotations

import logging
import shlex
import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import text

from valuesdesk import paths
from valuesdesk.errors import (
    DamagedDatabase,
    DataFileLocked,
    DataFileNotAFile,
    EmptyDatabase,
    ForeignDatabase,
    NewerDatabase,
    NotADatabase,
    StorageError,
)
from valuesdesk.store import backups  # backups imports this module: use it as ``backups.X`` at call time
from valuesdesk.store.database import (
    Database,
    has_log,
    make_engine,
    read_only,
    translate,
    translated_errors,
)

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
        with read_only(path) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables:
                if any(not name.startswith("sqlite_") for name in tables):
                    raise ForeignDatabase(
                        f"“{path.name}” belongs to another program.",
                        detail=f"It is a SQLite database, but not one ValuesDesk made. "
                        f"ValuesDesk left it untouched:\n{path}",
                    )
                return None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise translate(error) from error
    return row[0] if row else None


def check_known(revision: str, path: Path | None = None) -> None:
    from alembic.util.exc import CommandError

    try:
        script_directory().get_revision(revision)
    except CommandError:
        where = f":\n{path}" if path is not None else "."
        raise NewerDatabase(
            "Your data was saved by a newer version of ValuesDesk.",
            detail=f"Install the newest ValuesDesk to open it. This version left the file untouched{where}",
        ) from None


def backup(path: Path, occasion: str) -> Path:
    """Transitional: ``services/exchange.py`` still calls this for its before-import copy. It
    now goes to ``backups/`` like every copy; call ``backups.make_backup`` directly instead."""
    kind = backups.BackupKind.BEFORE_IMPORT if "import" in occasion else backups.BackupKind.BEFORE_UPGRADE
    return backups.make_backup(path, path.parent, kind).path


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
    check_before_opening(path)
    current = read_revision(path)
    if current is not None and current != SCHEMA_REVISION:
        check_known(current, path)
    if path.exists():
        refuse_if_locked(path)
    if current != SCHEMA_REVISION:
        # New or older: only now is Alembic needed.
        if current is not None:
            backups.make_backup(path, path.parent, backups.BackupKind.BEFORE_UPGRADE)
        log.info("migrating database from %s to %s", current, SCHEMA_REVISION)
        upgrade(path)
    return Database(path)


# How long start-up waits for another program's write lock on the data file to go away.
LOCK_WAIT_MS = 2000


def check_before_opening(path: Path) -> None:
    """Refuse, reading only, a data file that is not a file, is empty or is damaged
    (``PRAGMA quick_check``: about 15 ms at ten years of writing). A missing file is fine: it
    is a new diary."""
    if not path.exists() and not path.is_symlink():
        return
    if not path.is_file():
        raise DataFileNotAFile(
            f"There is a folder (or something else that is not a file) named “{path.name}” where "
            "ValuesDesk keeps your data file.",
            detail="Move it out of the data folder or rename it, then start ValuesDesk again. "
            f"ValuesDesk left it untouched:\n{path}",
        )
    if _is_empty(path):
        offered = _newest_good_backup(path)
        raise EmptyDatabase(
            f"Your data file “{path.name}” is empty (0 bytes): it holds no diary.",
            detail="It may have been cut short by a crash, a full disk or a copy that did not finish. "
            f"ValuesDesk left it untouched:\n{path}\n\n"
            + _offer(path, offered, "To start a new diary instead, delete the empty file first.", keeps_current=False),
            backup_path=offered,
        )
    problem = backups.check_database(path, backups.CheckDepth.QUICK)
    if problem is None:
        return
    lowered = problem.lower()
    if "locked" in lowered or "busy" in lowered:
        raise _locked(path)
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
        return  # not a finding about the file: opening it says what is wrong
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return  # not SQLite at all: read_revision says that it is not a ValuesDesk file
    offered = _newest_good_backup(path)
    raise DamagedDatabase(
        f"Your data file “{path.name}” is damaged.",
        detail=f"SQLite's check found: {problem.splitlines()[-1][:200]}\n"
        f"ValuesDesk left it exactly as it is and will not write to it:\n{path}\n\n"
        + _offer(path, offered, "Keep the damaged file: it may still be repaired.", keeps_current=True),
        backup_path=offered,
    )


def refuse_if_locked(path: Path) -> None:
    """Refuse a data file that another program holds a write lock on (it would block every save)."""
    try:
        connection = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=rw", uri=True, timeout=LOCK_WAIT_MS / 1000, isolation_level=None
        )
        with closing(connection):
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        text_ = str(error).lower()
        if "locked" in text_ or "busy" in text_:
            raise _locked(path) from error
        raise translate(error) from error


def _locked(path: Path) -> DataFileLocked:
    return DataFileLocked(
        f"Another program is writing to your data file “{path.name}”.",
        detail="Close the other program that has it open (a database browser, a sync or backup tool), "
        f"then start ValuesDesk again. Nothing was changed:\n{path}",
    )


def _is_empty(path: Path) -> bool:
    """0 bytes, with no write-ahead log holding what was written to it."""
    return path.stat().st_size == 0 and not has_log(path)


def _newest_good_backup(path: Path) -> Path | None:
    found = backups.newest_good_backup(path.parent)
    return found.path if found is not None else None


def restore_command(data_dir: Path, backup_path: Path) -> str:
    """The command line that restores ``backup_path`` into ``data_dir``."""
    folder = "" if paths.is_default_data_dir(data_dir) else f" --data-dir {shlex.quote(str(data_dir))}"
    return f"valuesdesk{folder} restore {shlex.quote(str(backup_path))}"


def _offer(path: Path, backup_path: Path | None, otherwise: str, *, keeps_current: bool) -> str:
    kept = " (which is kept, as it is, in the backups folder)" if keeps_current else ""
    if backup_path is None:
        return (
            f"There is no good backup in {paths.backups_folder(path.parent)}. {otherwise} "
            "To restore a copy kept elsewhere: valuesdesk restore FILE"
        )
    return (
        f"The newest good backup is “{backup_path.name}”. To put it in place of this file{kept}, "
        "choose “Restore This Backup”, or run:\n"
        f"{restore_command(path.parent, backup_path)}"
    )
