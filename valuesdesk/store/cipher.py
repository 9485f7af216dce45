"""One home for opening a database file: every connection ValuesDesk makes (the engine, the
read-only checks, backups, restore, migrations, encrypting) goes through SQLCipher (``sqlcipher3``)
and is keyed and checked here. A plaintext diary is opened by the same library, so that one SQLite,
with one set of file locks, ever touches the data folder.

How a file is told apart (``file_kind``): a SQLite file starts with its header; an encrypted one
has no header, is not empty and is whole pages (its size a multiple of 512). Anything else without
the header is not a ValuesDesk file.

Wrong passphrase or damage: SQLCipher says "file is not a database" both for a wrong key and for
an encrypted file whose first page is damaged (page 1 holds the salt, and its check fails either
way), so those two cannot be told apart. With the right key, damage anywhere else shows as a failed
``PRAGMA quick_check`` (each page's checksum fails as it is read) or in ``PRAGMA
cipher_integrity_check``, which names the damaged pages.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.errors import PassphraseRequired, WrongPassphrase

if TYPE_CHECKING:
    # sqlcipher3 ships no types; its API is the sqlite3 module's, whose stubs stand in for it.
    import sqlite3 as sqlcipher
else:
    import sqlcipher3.dbapi2 as sqlcipher

Error = sqlcipher.Error
DatabaseError = sqlcipher.DatabaseError
OperationalError = sqlcipher.OperationalError
Connection = sqlcipher.Connection

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher writes whole pages, and every page size it allows is a multiple of this.
_PAGE_SIZE_UNIT = 512
BUSY_TIMEOUT_MS = 5000
# What SQLCipher and SQLite say when a key does not open a file (or its first page is damaged).
NOT_A_DATABASE = "file is not a database"


class FileKind(enum.Enum):
    NONE = "none"  # missing or 0 bytes: a new diary
    PLAIN = "plain"  # a SQLite file
    ENCRYPTED = "encrypted"  # a SQLCipher file (by its shape: no header, whole pages)
    FOREIGN = "foreign"  # neither


def file_kind(path: Path) -> FileKind:
    """What ``path`` is, from its first bytes and its size alone (cheap: no key is derived).
    Raises ``OSError`` for a file that cannot be read (or a folder); missing is ``NONE``."""
    try:
        size = path.stat().st_size
        if size == 0:
            return FileKind.NONE
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return FileKind.NONE
    if header == SQLITE_HEADER:
        return FileKind.PLAIN
    return FileKind.ENCRYPTED if size % _PAGE_SIZE_UNIT == 0 else FileKind.FOREIGN


def key_for(path: Path, key: Passphrase | None) -> Passphrase | None:
    """The key ``path`` is opened with: ``key``, except for a plaintext file, which is read as it
    is (a backup made before the diary was encrypted, a plaintext file to restore). A missing or
    empty file given a key becomes an encrypted one."""
    return None if file_kind(path) is FileKind.PLAIN else key


def key_pragma(key: Passphrase) -> str:
    """``PRAGMA key`` quoted exactly as SQLAlchemy's ``sqlite+pysqlcipher`` dialect quotes it (as an
    identifier), so that the engine and every other connection derive the same key."""
    return 'PRAGMA key = "{}"'.format(key.reveal().replace('"', '""'))


def connect(
    path: Path,
    key: Passphrase | None,
    *,
    options: str = "",
    timeout_ms: int = BUSY_TIMEOUT_MS,
    isolation_level: Literal["DEFERRED", "IMMEDIATE", "EXCLUSIVE"] | None = "DEFERRED",
) -> Connection:
    """A connection to ``path`` (``options``: SQLite URI parameters such as ``mode=ro``), keyed
    with ``key_for(path, key)`` and checked with a first query, so that a wrong key fails here with
    ``NOT_A_DATABASE`` rather than later, half way through some work."""
    uri = path.absolute().as_uri() + (f"?{options}" if options else "")
    connection = sqlcipher.connect(uri, uri=True, timeout=timeout_ms / 1000, isolation_level=isolation_level)
    try:
        prepare(connection, key_for(path, key))
    except BaseException:
        connection.close()
        raise
    return connection


def prepare(connection: Connection, key: Passphrase | None) -> None:
    """Key a new connection (unless the caller's driver did), check the key, keep temporary data in memory."""
    if key is not None:
        connection.execute(key_pragma(key))
    check_key(connection)
    # Sorts and temporary tables of an encrypted diary must not reach a plaintext temporary file.
    connection.execute("PRAGMA temp_store = MEMORY")


def check_key(connection: Connection) -> None:
    """The first query after keying: raises ``DatabaseError(NOT_A_DATABASE)`` for a wrong key."""
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def export(source: Connection, target: Path, key: Passphrase | None) -> None:
    """Write the whole of ``source`` into the new empty file ``target``, encrypted with ``key``
    (plaintext with None): SQLCipher's ``sqlcipher_export``, the only way between an encrypted and
    a plaintext file or between two keys (the backup API needs both sides alike)."""
    source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), key.reveal() if key else ""))
    try:
        # The export writes table by table; the caller flushes the whole file once, before using it.
        source.execute("PRAGMA converted.synchronous = OFF")
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
    finally:
        source.execute("DETACH DATABASE converted")


def is_wrong_key(error: BaseException | str, path: Path) -> bool:
    """Whether ``error`` (or a check's finding), met opening ``path``, means the key is wrong or
    the first page damaged (SQLCipher cannot tell which): only ever for an encrypted file."""
    return NOT_A_DATABASE in str(error).lower() and file_kind(path) is FileKind.ENCRYPTED


def opens(path: Path, key: Passphrase) -> bool:
    """Whether ``key`` opens the encrypted file ``path`` (False for any other file). Only the key
    is in question: a file it opens that is damaged further on counts, and nothing is written."""
    try:
        if file_kind(path) is not FileKind.ENCRYPTED:
            return False
        connect(path, key, options="mode=ro&immutable=1").close()
    except OSError:
        return False
    except Error as error:
        return not is_wrong_key(error, path)
    return True


def check_key_given(path: Path, key: Passphrase | None) -> None:
    """Refuse to open an encrypted file without a passphrase: never as a new or unencrypted diary."""
    if key is None and file_kind(path) is FileKind.ENCRYPTED:
        raise PassphraseRequired(
            "Your diary is encrypted: enter its passphrase to open it.",
            detail=f"ValuesDesk did not read or change it:\n{path}",
        )


def wrong_passphrase(path: Path) -> WrongPassphrase:
    """What a passphrase that does not open ``path`` is told (a damaged first page looks the same)."""
    return WrongPassphrase(
        "That passphrase does not open your diary.",
        detail="Check it (capital letters, the keyboard layout) and try again. Your diary was not changed. "
        "If you are sure it is right, the start of the file may be damaged: SQLCipher cannot tell the "
        "two apart. Then restore the newest backup, which opens with the same passphrase "
        f"(valuesdesk restore FILE).\n{path}",
    )


def _quiet() -> None:
    # SQLCipher writes its own log to stderr by default (a wrong key logs three lines); the level
    # is global to the library, so setting it once, on a throwaway connection, quiets them all.
    connection = sqlcipher.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


_quiet()
