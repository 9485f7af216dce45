"""Opening a database file safely: check it, back it up, then bring its schema up to date.

Nothing here writes to the file until every check has passed, so a file that is refused (not a
file, empty, damaged, foreign, newer, locked by another program) is left byte-for-byte as it was,
with nothing created beside it: the checks read it with ``mode=ro&immutable=1`` (see
``database.read_only``). A damaged or empty file is never overwritten or recreated; the
error names the newest good backup in ``backups/`` instead.

An encrypted file (see ``cipher``) is opened only with its passphrase: without one,
``PassphraseRequired``; with one that does not open it, ``WrongPassphrase`` — which is also what a
damaged first page looks like to SQLCipher, so the message says so. It is never taken for a new
diary, recreated or opened unencrypted.
"""

from __future__ import annotations

import logging
import shlex
from contextlib import closing
from pathlib import Path
from typing import cast

from sqlalchemy import text

from valuesdesk import paths
from valuesdesk.domain.passphrase import Passphrase
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
from valuesdesk.store import (
    backups,  # backups imports this module: use it as ``backups.X`` at call time
    cipher,
    data_file,
    search_index,
)
from valuesdesk.store.cipher import BUSY_TIMEOUT_MS, FileKind
from valuesdesk.store.database import (
    Database,
    has_log,
    make_engine,
    read_only,
    translate,
    translated_errors,
)

log = logging.getLogger(__name__)

ALEMBIC_DIR = Path(__file__).resolve().parent / "alembic"
# The newest migration's revision. A file already at it opens without importing Alembic,
# which would add a seventh of a second to every start; a test keeps this equal to the head.
SCHEMA_REVISION = "0006"


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


def read_revision(path: Path, key: Passphrase | None = None) -> str | None:
    """The schema revision of an existing file, or None for a missing or empty one.

    Opens the file read-only and raises a typed error for anything that is not ours.
    """
    kind = cipher.file_kind(path)
    if kind is FileKind.NONE:
        return None
    if kind is FileKind.FOREIGN:
        raise NotADatabase(
            f"“{path.name}” is not a ValuesDesk data file.",
            detail=f"It is not a SQLite database. ValuesDesk left it untouched:\n{path}",
        )
    cipher.check_key_given(path, key)
    try:
        with read_only(path, key) as connection:
            return _revision(connection, path)
    except cipher.DatabaseError as error:
        if cipher.is_wrong_key(error, path):
            raise cipher.wrong_passphrase(path) from None
        raise translate(error) from error


def _revision(connection: cipher.Connection, path: Path) -> str | None:
    """``read_revision`` on an open connection to ``path``."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        if any(not name.startswith("sqlite_") for name in tables):
            raise ForeignDatabase(
                f"“{path.name}” belongs to another program.",
                detail=f"It is a SQLite database, but not one ValuesDesk made. ValuesDesk left it untouched:\n{path}",
            )
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
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


def upgrade(path: Path, revision: str = "head", key: Passphrase | None = None) -> None:
    """Apply migrations in one transaction, with foreign keys off so table rebuilds cascade nothing."""
    from alembic import command

    engine = make_engine(path, key, foreign_keys=False)
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


def create_at_head(path: Path, key: Passphrase | None = None) -> None:
    """Make a new database's schema as it is at the newest revision, and stamp it so: the models'
    tables and the full-text index, in one transaction. Migrations are for existing files; running
    all of them on a new one cost a first start 0.2 s (Alembic's import and five steps). A test keeps
    this schema equal to the one the migrations build from 0001."""
    from valuesdesk.store.models import Base

    engine = make_engine(path, key, foreign_keys=False)
    try:
        with translated_errors(), engine.begin() as connection:
            Base.metadata.create_all(connection)
            for statement in search_index.create_statements():
                connection.exec_driver_sql(statement)
            # Alembic's own table, as ``alembic stamp`` makes it, without importing Alembic.
            connection.exec_driver_sql(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
            connection.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:head)"), {"head": SCHEMA_REVISION}
            )
    finally:
        engine.dispose()


def open_database(path: Path, key: Passphrase | None = None) -> Database:
    """Check, back up if needed, migrate and open the database file at ``path``.

    ``key`` opens an encrypted file, or makes a new one encrypted; a plaintext file is opened as it
    is whatever ``key`` is (the returned database says which: ``Database.encrypted``)."""
    current = check_before_opening(path, key)
    key = cipher.key_for(path, key)
    if current is not None and current != SCHEMA_REVISION:
        check_known(current, path)
    if current != SCHEMA_REVISION:
        if path.exists():
            refuse_if_locked(path, key)
        if current is None:
            log.info("creating a new database at %s", SCHEMA_REVISION)
            create_at_head(path, key)
        else:
            # Older: only now is Alembic needed.
            backups.make_backup(path, path.parent, backups.BackupKind.BEFORE_UPGRADE, key)
            log.info("migrating database from %s to %s", current, SCHEMA_REVISION)
            upgrade(path, key=key)
    database = Database(path, key)
    try:
        _refuse_if_locked_on_first_connection(database)
        backups.remove_leftovers(path)
    except BaseException:
        database.close()
        raise
    return database


# How long start-up waits for another program's write lock on the data file to go away.
LOCK_WAIT_MS = 2000


def check_before_opening(path: Path, key: Passphrase | None = None) -> str | None:
    """Refuse, reading only, a data file that is not a file, is empty or is damaged
    (``PRAGMA quick_check``: about 15 ms at ten years of writing, 0.6 s encrypted: see
    ``backups.check_database``), and an encrypted one without its passphrase or with a wrong one. Returns its schema
    revision (``read_revision``), read on the connection that checked it, so that an encrypted
    file's key is derived (0.1 s) once for both. A missing file is fine: it is a new diary (None)."""
    if not path.exists() and not path.is_symlink():
        return None
    passed, revision = data_file.checked_ahead(path)
    return revision if passed else _check(path, key)


def _check(path: Path, key: Passphrase | None) -> str | None:
    """``check_before_opening`` of an existing ``path``, made now."""
    if not path.is_file():
        raise DataFileNotAFile(
            f"There is a folder (or something else that is not a file) named “{path.name}” where "
            "ValuesDesk keeps your data file.",
            detail="Move it out of the data folder or rename it, then start ValuesDesk again. "
            f"ValuesDesk left it untouched:\n{path}",
        )
    if _is_empty(path):
        offered = _newest_good_backup(path, key)
        raise EmptyDatabase(
            f"Your data file “{path.name}” is empty (0 bytes): it holds no diary.",
            detail="It may have been cut short by a crash, a full disk or a copy that did not finish. "
            f"ValuesDesk left it untouched:\n{path}\n\n"
            + _offer(path, offered, "To start a new diary instead, delete the empty file first.", keeps_current=False),
            backup_path=offered,
        )
    cipher.check_key_given(path, key)
    try:
        with read_only(path, key) as connection:
            problem = backups.findings(connection, backups.CheckDepth.QUICK)
            if problem is None:
                return _revision(connection, path)
    except cipher.Error as error:  # cannot even be opened: not a database, a wrong key, a folder
        problem = str(error)
    lowered = problem.lower()
    if cipher.is_wrong_key(problem, path):
        raise cipher.wrong_passphrase(path)
    if _says_locked(lowered):
        raise _locked(path)
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
        return read_revision(path, key)  # not a finding about the file: opening it says what is wrong
    if cipher.file_kind(path) is FileKind.FOREIGN:
        return read_revision(path, key)  # not SQLite at all: it says that it is not a ValuesDesk file
    offered = _newest_good_backup(path, key)
    raise DamagedDatabase(
        f"Your data file “{path.name}” is damaged.",
        detail=f"SQLite's check found: {problem.splitlines()[-1][:200]}\n"
        f"ValuesDesk left it exactly as it is and will not write to it:\n{path}\n\n"
        + _offer(path, offered, "Keep the damaged file: it may still be repaired.", keeps_current=True),
        backup_path=offered,
    )


def refuse_if_locked(path: Path, key: Passphrase | None = None) -> None:
    """Refuse a data file that another program holds a write lock on (it would block every save)."""
    try:
        connection = cipher.connect(path, key, options="mode=rw", timeout_ms=LOCK_WAIT_MS, isolation_level=None)
    except cipher.OperationalError as error:
        raise _lock_failure(error, path) from error
    with closing(connection):
        _refuse_if_write_locked(connection, path)


def _refuse_if_locked_on_first_connection(database: Database) -> None:
    """``refuse_if_locked`` on the engine's first connection, which its pool keeps, and with it the
    key SQLCipher derived for it: one derivation (0.1 s) less at every start of an encrypted diary."""
    with translated_errors():
        pooled = database.engine.raw_connection()
    try:
        connection = cast(cipher.Connection, pooled.driver_connection)
        connection.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
        try:
            _refuse_if_write_locked(connection, database.path)
        finally:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    finally:
        pooled.close()


def _refuse_if_write_locked(connection: cipher.Connection, path: Path) -> None:
    """Take the write lock and give it back at once (the connection has no transaction open)."""
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    except cipher.OperationalError as error:
        raise _lock_failure(error, path) from error


def _lock_failure(error: cipher.OperationalError, path: Path) -> Exception:
    return _locked(path) if _says_locked(str(error).lower()) else translate(error)


def _says_locked(lowered_error: str) -> bool:
    return "locked" in lowered_error or "busy" in lowered_error


def _locked(path: Path) -> DataFileLocked:
    return DataFileLocked(
        f"Another program is writing to your data file “{path.name}”.",
        detail="Close the other program that has it open (a database browser, a sync or backup tool), "
        f"then start ValuesDesk again. Nothing was changed:\n{path}",
    )


def _is_empty(path: Path) -> bool:
    """0 bytes, with no write-ahead log holding what was written to it."""
    return path.stat().st_size == 0 and not has_log(path)


def _newest_good_backup(path: Path, key: Passphrase | None = None) -> Path | None:
    found = backups.newest_good_backup(path.parent, key)
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
