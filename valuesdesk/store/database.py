"""The engine, its PRAGMAs and the one way to write: a transaction per operation."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.errors import DatabaseLocked, DiskFull, NotADatabase, PassphraseRequired, StorageError
from valuesdesk.store import cipher
from valuesdesk.store.cipher import BUSY_TIMEOUT_MS

# At home in data_file, which start-up imports without SQLAlchemy; still importable from here.
from valuesdesk.store.data_file import has_log as has_log
from valuesdesk.store.data_file import read_only as read_only
from valuesdesk.store.data_file import sidecars as sidecars

log = logging.getLogger(__name__)


def make_engine(path: Path, key: Passphrase | None = None, *, foreign_keys: bool = True) -> Engine:
    """The engine of ``path``, through SQLCipher: keyed by the ``sqlite+pysqlcipher`` dialect (which
    runs ``PRAGMA key`` before any listener here; its SingletonThreadPool keeps one connection a
    thread, so the key is derived, about 0.1 s, once and not for every session), or plaintext through
    the same library (see ``cipher``)."""
    key = cipher.key_for(path, key)
    connect_args = {"timeout": BUSY_TIMEOUT_MS / 1000}
    if key is None:
        url = URL.create("sqlite", database=str(path))
        engine = create_engine(url, module=cipher.sqlcipher, connect_args=connect_args)
    else:
        # The URL's password is the passphrase; SQLAlchemy never shows it (repr, logs).
        url = URL.create("sqlite+pysqlcipher", password=key.reveal(), database=str(path))
        engine = create_engine(url, connect_args=connect_args)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: cipher.Connection, _record: object) -> None:
        cipher.prepare(dbapi_connection, None)  # keyed already: checks the key, temporary data in memory
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that DDL
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
    except (DBAPIError, cipher.Error) as error:
        raise _logged(error) from error


def _logged(error: DBAPIError | cipher.Error) -> Exception:
    """``translate(error)``, with a warning in the log (its type only: the text may quote the data)."""
    log.warning("database error: %s", type(error).__name__)
    return translate(error)


class Database:
    """An open ValuesDesk database file, encrypted with ``key`` (None: plaintext).

    ``lock`` closes every connection and forgets the key; until ``unlock`` every use raises
    ``PassphraseRequired``. ``close`` only closes the connections: the next use opens them again.
    """

    def __init__(self, path: Path, key: Passphrase | None = None) -> None:
        self.path = path
        self.encrypted = key is not None
        self._key = key
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        # Counts the transactions that have ended, committed or not: a view read while it had
        # one value may be kept until it changes (every write goes through ``transaction``).
        self.generation = 0
        self._connect()

    def _connect(self) -> None:
        self._engine = make_engine(self.path, self._key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    @property
    def key(self) -> Passphrase | None:
        """The key every copy of this database is written with (None: plaintext);
        ``PassphraseRequired`` while an encrypted one is locked."""
        if self.encrypted and self._key is None:
            raise _locked()
        return self._key

    @property
    def locked(self) -> bool:
        return self._engine is None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise _locked()
        return self._engine

    def lock(self) -> None:
        """Close every connection and forget the key (and the engine, whose URL holds it)."""
        if self._engine is not None:
            self._engine.dispose()
        self._engine = self._sessions = None
        self._key = None

    def unlock(self, key: Passphrase | None) -> None:
        """Open again with ``key`` (None: the file is plaintext now), connecting at once, so that
        the key is derived and checked here: ``WrongPassphrase`` leaves it locked. The views read
        before are stale (the generation moves on)."""
        self.lock()
        self._key = key
        self.encrypted = key is not None
        self._connect()
        self.generation += 1
        try:
            self.engine.connect().close()  # the pool keeps the connection, and with it the derived key
        except (DBAPIError, cipher.Error) as error:
            self.lock()
            if key is not None and cipher.is_wrong_key(error, self.path):
                # A mistyped passphrase, not a fault: no warning, and never the passphrase itself.
                log.info("unlocking: the passphrase did not open the diary")
                raise cipher.wrong_passphrase(self.path) from None
            raise _logged(error) from error

    def _sessionmaker(self) -> sessionmaker[Session]:
        if self._sessions is None:
            raise _locked()
        return self._sessions

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole at the end, or rolled back whole on any error."""
        try:
            with translated_errors(), self._sessionmaker().begin() as session:
                yield session
        finally:
            self.generation += 1

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        with translated_errors(), self._sessionmaker()() as session:
            yield session

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _locked() -> PassphraseRequired:
    return PassphraseRequired(
        "Your diary is locked.",
        detail="Unlock it with your passphrase; nothing was read or changed while it was locked.",
    )
