"""The engine, its PRAGMAs and the one way to write: a transaction per operation."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from valuesdesk.errors import DatabaseLocked, DiskFull, NotADatabase, StorageError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that DDL
        # in migrations is transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed diary line survives a power cut, not just a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def sidecars(path: Path) -> tuple[Path, Path, Path]:
    """The files SQLite keeps beside ``path``: its write-ahead log, the log's index, a rollback journal."""
    wal, shm, journal = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
    return wal, shm, journal


def has_log(path: Path) -> bool:
    """Whether a write-ahead log beside ``path`` holds data not yet in the file (left by a crash, say)."""
    wal = sidecars(path)[0]
    return wal.is_file() and wal.stat().st_size > 0


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot change ``path`` and leaves nothing beside it (no ``-wal``, no
    ``-shm``): ``immutable`` also skips locking, which is right for a file no one is writing. Only
    a file with a write-ahead log beside it (left by a crash, or another program writing) is
    opened as a reader of that log instead, since its newest data is in the log; the ``-shm``
    index SQLite then makes is removed again if it was not there before."""
    shm = sidecars(path)[1]
    with_log = has_log(path)
    shm_existed = shm.exists()
    options = "mode=ro" if with_log else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?{options}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        yield connection
    finally:
        connection.close()
        if with_log and not shm_existed:
            shm.unlink(missing_ok=True)


def _message_of(error: BaseException) -> str:
    return str(getattr(error, "orig", error)).lower()


def translate(error: BaseException) -> Exception:
    """Turn a database failure into the typed error the person is shown."""
    text = _message_of(error)
    if "locked" in text or "busy" in text:
        return DatabaseLocked(
            "Your data is being used by another program right now.",
            detail="Close any other program that has the ValuesDesk data file open, then try again.",
        )
    if "full" in text:
        return DiskFull(
            "There is not enough free disk space to save your changes.",
            detail="Free some space on this computer; nothing you already saved was changed.",
        )
    if "not a database" in text or "malformed" in text:
        return NotADatabase(
            "The ValuesDesk data file is damaged.",
            detail="Keep the file as it is and restore the newest good backup from the “backups” folder "
            "in the data folder (File ▸ Restore From Backup…, or valuesdesk restore FILE).",
        )
    return StorageError("Your change could not be saved.", detail=str(getattr(error, "orig", error)))


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    try:
        yield
    except (DBAPIError, sqlite3.Error) as error:
        log.warning("database error: %s", type(error).__name__)
        raise translate(error) from error


class Database:
    """An open ValuesDesk database file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Counts the transactions that have ended, committed or not: a view read while it had
        # one value may be kept until it changes (every write goes through ``transaction``).
        self.generation = 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole at the end, or rolled back whole on any error."""
        try:
            with translated_errors(), self._sessions.begin() as session:
                yield session
        finally:
            self.generation += 1

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with translated_errors(), self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
