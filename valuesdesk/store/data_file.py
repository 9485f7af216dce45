"""The data file as SQLite sees it, without SQLAlchemy: the files beside it, a read-only connection,
and its check made ahead of opening it.

``check_ahead`` runs in a worker thread that start-up begins once the window has painted its first
frame (``valuesdesk.__main__`` hands it to ``app.run_gui``): ``PRAGMA quick_check`` of a plaintext
file (0.1-0.4 s at ten years of writing) then runs while the main thread imports the services and
the ORM, since SQLite leaves Python's lock while it reads. ``open_database``
waits for it and uses its result (``checked_ahead``) if it passed and the file has not changed
since; anything else, and an encrypted file (checked once unlocked), is checked there as before.
Importing this module loads no SQLAlchemy (tests/test_startup.py).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.store import cipher
from valuesdesk.store.cipher import FileKind

log = logging.getLogger(__name__)


def sidecars(path: Path) -> tuple[Path, Path, Path]:
    """The files SQLite keeps beside ``path``: its write-ahead log, the log's index, a rollback journal."""
    wal, shm, journal = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))
    return wal, shm, journal


def has_log(path: Path) -> bool:
    """Whether a write-ahead log beside ``path`` holds data not yet in the file (left by a crash, say)."""
    wal = sidecars(path)[0]
    return wal.is_file() and wal.stat().st_size > 0


@contextlib.contextmanager
def read_only(path: Path, key: Passphrase | None = None) -> Iterator[cipher.Connection]:
    """A connection that cannot change ``path`` and leaves nothing beside it (no ``-wal``, no
    ``-shm``): ``immutable`` also skips locking, which is right for a file no one is writing. Only
    a file with a write-ahead log beside it (left by a crash, or another program writing) is
    opened as a reader of that log instead, since its newest data is in the log; the ``-shm``
    index SQLite then makes is removed again if it was not there before."""
    shm = sidecars(path)[1]
    with_log = has_log(path)
    shm_existed = shm.exists()
    options = "mode=ro" if with_log else "mode=ro&immutable=1"
    connection = cipher.connect(path, key, options=options)
    try:
        yield connection
    finally:
        connection.close()
        if with_log and not shm_existed:
            shm.unlink(missing_ok=True)


# What the check passed with: the file's and its log's inode, size and time, and its revision.
Signature = tuple[object, ...]


class _CheckAhead:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.passed: tuple[Signature, str] | None = None


_checks: dict[Path, _CheckAhead] = {}


def check_ahead(path: Path) -> None:
    """Check the plaintext data file at ``path`` now (call it in a worker thread), for ``checked_ahead``."""
    check = _CheckAhead()
    _checks[path] = check
    try:
        if cipher.file_kind(path) is FileKind.PLAIN:
            before = signature(path)
            revision = _quick_check(path)
            if revision is not None and signature(path) == before:
                check.passed = (before, revision)
    except Exception as error:  # whatever it is, the check when opening finds it again and says it
        log.info("the check ahead of opening stopped: %s", type(error).__name__)
    finally:
        check.done.set()


def _quick_check(path: Path) -> str | None:
    """The schema revision of a file that passes ``PRAGMA quick_check``; None for any other."""
    with read_only(path) as connection:
        if connection.execute("PRAGMA quick_check(5)").fetchall() != [("ok",)]:
            return None
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None


def checked_ahead(path: Path) -> tuple[bool, str | None]:
    """(True, its revision) when a check ahead of ``path`` passed and the file is as it was then;
    (False, None) when there was none or it did not pass. Waits for a check still under way."""
    check = _checks.pop(path, None)
    if check is None:
        return False, None
    check.done.wait()
    if check.passed is None or check.passed[0] != signature(path):
        return False, None
    return True, check.passed[1]


def signature(path: Path) -> Signature:
    """The inode, size and modification time of ``path`` and of its write-ahead log (None: absent)."""
    found: list[object] = []
    for file in (path, sidecars(path)[0]):
        try:
            status = file.stat()
        except FileNotFoundError:
            found.append(None)
        else:
            found.append((status.st_ino, status.st_size, status.st_mtime_ns))
    return tuple(found)
