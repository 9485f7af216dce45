"""Backups of the database: written with SQLite's backup API, checked, listed, pruned and restored.

Every copy lives in ``<data folder>/backups/`` (0700) as one file (0600) named for the moment it
was taken and why, sortable by name::

    valuesdesk-20261118-103000.daily.sqlite3
    valuesdesk-20261118-103000-2.before-import.sqlite3   (a second copy in the same second)

A copy is written beside its final name, checked with ``PRAGMA integrity_check`` and only then
given that name, so a file with the name is always a whole, checked copy; a copy that fails is
deleted and the failure raised. Copies are plain single files (rollback journal, not WAL), so
reading one read-only leaves nothing beside it.

Encryption: the copies of an encrypted diary (daily, manual, before an import, an update or a
restore) are encrypted with the diary's own key, which every call here is given (``key``, None for a
plaintext diary); ``change_key`` writes the database and every copy again under a new key (or
none), so that one passphrase always opens everything. A copy under another key is listed as one
that cannot be opened, and refused for a restore with its own message.

Threads: every function opens its own connections and closes them before it returns,
and shares no SQLAlchemy session, so ``make_backup`` may run in a worker thread while the window
keeps writing through its ``Database``: in WAL mode the copy reads one committed snapshot and
neither blocks nor is blocked by a writer (an open, uncommitted transaction is simply not in the
copy). SQLite releases the GIL while it copies and checks. One lock in this module lets a single
backup, prune or restore run at a time in the process; the data folder's lock keeps other
processes out.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Hashable, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from valuesdesk import paths
from valuesdesk.domain import dates
from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.errors import BackupFailed, DiskFull, RestoreRefused, ValuesDeskError
from valuesdesk.store import cipher, migrations
from valuesdesk.store.cipher import FileKind
from valuesdesk.store.database import read_only, sidecars, translate

log = logging.getLogger(__name__)


_NAME = re.compile(r"valuesdesk-(?P<stamp>[0-9]{8}-[0-9]{6})(?:-(?P<sequence>[0-9]+))?\.(?P<kind>[a-z-]+)\.sqlite3")
# The files SQLite may keep beside a database; the write-ahead log also beside the byte copy of a
# damaged database that a restore replaced.
_PART_SUFFIX = ".part"

# Retention: the newest good regular (daily or manual) copy of each of the last DAYS_KEPT days that
# have one, and of each of the last WEEKS_KEPT calendar weeks (Monday to Sunday) that have one; every
# copy made before a change for OCCASION_COPIES_KEPT_FOR; and always the newest good copy of any kind.
DAYS_KEPT = 7
WEEKS_KEPT = 5
OCCASION_COPIES_KEPT_FOR = dt.timedelta(days=30)

_one_at_a_time = threading.Lock()


class BackupKind(enum.StrEnum):
    """Why a copy was made; the middle part of its file name."""

    DAILY = "daily"
    MANUAL = "manual"  # File ▸ Back Up Now…, or the ``backup`` command
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"

    @property
    def regular(self) -> bool:
        """Daily and manual copies share the one-a-day, one-a-week schedule; the others are kept 30 days."""
        return self in (BackupKind.DAILY, BackupKind.MANUAL)

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    BackupKind.DAILY: "Daily",
    BackupKind.MANUAL: "Made by you",
    BackupKind.BEFORE_UPGRADE: "Before an update",
    BackupKind.BEFORE_IMPORT: "Before an import",
    BackupKind.BEFORE_RESTORE: "Before a restore",
}


class CheckDepth(enum.Enum):
    """``QUICK`` reads every page and checks each b-tree's structure (fast enough for every start);
    ``FULL`` also checks that every index matches its table and every constraint holds."""

    QUICK = "quick_check"
    FULL = "integrity_check"


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the backups folder, as read (read-only) from the file itself."""

    path: Path
    kind: BackupKind
    taken_at: dt.datetime  # local wall-clock time, naive, from the file name
    size: int  # bytes
    diary_days: int | None  # days with a diary entry; None when it cannot be read
    revision: str | None  # the schema revision of the copy
    problem: str | None = None  # why it cannot be restored (unreadable, cut short, not ours); None when fine

    @property
    def damaged(self) -> bool:
        return self.problem is not None


class _Unfit(Exception):
    """A database that cannot be copied or restored as it is: damaged or not ValuesDesk's; says why."""


# Reading


def list_backups(data_dir: Path, key: Passphrase | None = None) -> tuple[BackupInfo, ...]:
    """Every copy in the backups folder, newest first. Never raises: a copy that cannot be read
    (cut short, say), fails ``PRAGMA quick_check`` or is not ValuesDesk's is listed with its
    ``problem``. (``restore`` makes the full check.) About 20 ms a copy at ten years of writing,
    0.6 s encrypted (see ``check_database``); it waits for a backup under way, whose pruning
    could delete a copy while it is read."""
    with _one_at_a_time:
        return _listed(data_dir, key, checked=True)


def _listed(data_dir: Path, key: Passphrase | None, *, checked: bool) -> tuple[BackupInfo, ...]:
    """The copies, newest first; without ``checked``, only a copy that cannot be read is damaged."""
    folder = paths.backups_folder(data_dir)
    try:
        names = os.listdir(folder)
    except OSError:
        return ()  # no backups folder yet, or none that can be read: nothing to offer
    found = []
    for name in names:
        parsed = _parse_name(name)
        if parsed is not None:
            taken_at, sequence, kind = parsed
            found.append(((taken_at, sequence), _inspect(folder / name, kind, taken_at, key, checked=checked)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return tuple(info for _order, info in found)


def newest_good_backup(data_dir: Path, key: Passphrase | None = None) -> BackupInfo | None:
    """The newest copy that passes ``PRAGMA quick_check`` and is not from a newer version, or None."""
    with _one_at_a_time:
        return _newest_good(_listed(data_dir, key, checked=False), key)


def daily_backup_due(data_dir: Path) -> bool:
    """Whether today (local time) has no daily or manual copy yet; read from the names alone."""
    today = dates.local_now().date()
    try:
        names = os.listdir(paths.backups_folder(data_dir))
    except OSError:
        return True
    return not any(
        parsed is not None and parsed[2].regular and parsed[0].date() == today for parsed in map(_parse_name, names)
    )


def check_database(path: Path, depth: CheckDepth = CheckDepth.QUICK, key: Passphrase | None = None) -> str | None:
    """What SQLite finds wrong with the database at ``path`` (its first findings, in its words), or
    None when the check passes. For a file no one is writing, as at start before it is opened; it
    is read without being changed and nothing is left beside it. An encrypted file with a wrong key
    (or a damaged first page: SQLCipher cannot tell them apart) finds ``cipher.NOT_A_DATABASE``.

    At ten years of demo data (22 MB, file in the disk cache) a quick check takes about 17 ms and a
    full one about 20 ms. Encrypted, a quick check takes about 0.6 s: 0.1 s to derive the key,
    the rest to decrypt every page.
    """
    try:
        with read_only(path, key) as connection:
            return findings(connection, depth)
    except cipher.Error as error:  # cannot even be opened: not a database, a wrong key, a folder, missing
        return str(error)


# Writing


def make_backup(database_path: Path, data_dir: Path, kind: BackupKind, key: Passphrase | None = None) -> BackupInfo:
    """Copy the live database (encrypted with ``key``) into the backups folder, check the copy,
    keep it (encrypted with the same key), then prune.

    Safe from a worker thread while the program writes (see the module's notes). Raises
    ``DiskFull``, ``DatabaseLocked``, or ``BackupFailed`` (the copy failed its check, which means
    the database itself is damaged, or there is no ValuesDesk database to copy); a failed copy
    leaves nothing behind.
    """
    with _one_at_a_time:
        try:
            made = _make_backup(database_path, data_dir, kind, key)
        except _Unfit as unfit:
            raise _damaged_database(database_path, str(unfit)) from unfit
        _prune(data_dir, key)
    log.info("kept a %s backup of %d bytes", kind, made.size)
    return made


def save_copy(database_path: Path, target: Path, key: Passphrase | None = None) -> Path:
    """Write a checked copy of the live database to ``target`` (``valuesdesk backup -o FILE``),
    replacing a file there whole; outside the backups folder, so no retention applies. The copy of
    an encrypted diary is encrypted with the same key."""
    target = target.absolute()
    if paths.is_own_file(database_path.parent, target):
        raise BackupFailed(
            f"“{target.name}” is one of ValuesDesk's own files.",
            detail=f"Choose another name or folder for the copy:\n{target}",
        )
    with _one_at_a_time:
        try:
            _copy_live_database(database_path, target, key)
        except _Unfit as unfit:
            raise _damaged_database(database_path, str(unfit)) from unfit
    return target


def prune_backups(data_dir: Path, key: Passphrase | None = None) -> tuple[Path, ...]:
    """Delete the copies the retention rule no longer keeps (``make_backup`` and ``restore`` do
    this themselves); returns what was deleted."""
    with _one_at_a_time:
        return _prune(data_dir, key)


def restore(data_dir: Path, backup_path: Path, key: Passphrase | None = None) -> BackupInfo | None:
    """Put the copy at ``backup_path`` in place of the data folder's database.

    The caller must first close every connection to the database (``Database.close()``) while it
    keeps holding the data folder's lock, and afterwards open it again with
    ``migrations.open_database``, which brings a copy made by an older version up to date.

    In this order: the chosen file is checked (a SQLite database, ValuesDesk's, not from a newer
    version, opened by ``key`` when it is encrypted) and copied beside the database, encrypted
    with ``key`` (the data folder's; a plaintext copy becomes encrypted, so restoring never
    decrypts a diary), where the copy passes ``PRAGMA integrity_check``;
    the current database is kept as a before-restore copy (byte for byte when it is damaged or
    not ValuesDesk's, so nothing is lost either way); its leftover ``-wal``/``-shm`` files are
    removed (their content is in that copy) and the checked copy takes its place atomically.
    A refused restore raises ``RestoreRefused`` (or ``DiskFull``) with nothing changed.

    Returns the before-restore copy, or None when there was no data to keep (no file, an empty one).
    """
    database = paths.database_path(data_dir)
    backup_path = backup_path.absolute()
    with _one_at_a_time:
        _check_restorable(backup_path, database, key)
        candidate = _checked_copy_beside(backup_path, database, key)
        try:
            kept = _keep_before_restore(database, data_dir, key)
            for sidecar in sidecars(database):
                sidecar.unlink(missing_ok=True)
            _install(candidate, database)
        except OSError as error:
            raise _write_failure(error, database) from error
        finally:
            candidate.unlink(missing_ok=True)
        _prune(data_dir, key)
    log.info("restored the database from a %d-byte backup", database.stat().st_size)
    return kept


# The parts


def _parse_name(name: str) -> tuple[dt.datetime, int, BackupKind] | None:
    match = _NAME.fullmatch(name)
    if match is None:
        return None
    try:
        kind = BackupKind(match["kind"])
        taken_at = dt.datetime.strptime(match["stamp"], dates.FILE_STAMP)
    except ValueError:  # another kind, or a day that does not exist: not one of ours
        return None
    return taken_at, int(match["sequence"] or 1), kind


def _new_backup_path(folder: Path, kind: BackupKind) -> tuple[Path, dt.datetime]:
    """A name no copy has, for now: a copy in the same second as others gets the next sequence
    number, so that the names sort in the order the copies were taken."""
    taken_at = dates.local_now().replace(microsecond=0)
    stamp = taken_at.strftime(dates.FILE_STAMP)
    taken = [parsed[1] for parsed in map(_parse_name, os.listdir(folder)) if parsed and parsed[0] == taken_at]
    sequence = max(taken, default=0) + 1
    number = f"-{sequence}" if sequence > 1 else ""
    return folder / f"valuesdesk-{stamp}{number}.{kind}.sqlite3", taken_at


def findings(connection: cipher.Connection, depth: CheckDepth) -> str | None:
    """What the check of ``depth`` finds on an open connection (None: it passes); the full check
    of an encrypted file also checks every page's checksum (``cipher_integrity_check``, which names
    the damaged pages; nothing for a plaintext one)."""
    try:
        pages = connection.execute("PRAGMA cipher_integrity_check").fetchall() if depth is CheckDepth.FULL else []
        rows = connection.execute(f"PRAGMA {depth.value}(5)").fetchall()
    except cipher.DatabaseError as error:  # too damaged to walk
        return str(error)
    found = [str(row[0]) for row in (*pages[:5], *rows)]
    return None if found == ["ok"] else "; ".join(found)


def _contents(connection: cipher.Connection) -> tuple[str, int]:
    """The schema revision and the number of diary days; ``_Unfit`` for a database not ValuesDesk's."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    row = (
        connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if "alembic_version" in tables
        else None
    )
    if row is None or "diary_entry" not in tables:
        raise _Unfit("not a ValuesDesk database")
    (diary_days,) = connection.execute("SELECT COUNT(DISTINCT day) FROM diary_entry").fetchone()
    return str(row[0]), int(diary_days)


def _inspect(
    path: Path, kind: BackupKind, taken_at: dt.datetime, key: Passphrase | None, *, checked: bool = True
) -> BackupInfo:
    """What ``path`` holds: whatever goes wrong becomes its ``problem``."""
    try:
        size = path.stat().st_size
    except OSError as error:  # deleted while listing, say
        return BackupInfo(path, kind, taken_at, 0, diary_days=None, revision=None, problem=str(error))
    try:
        if cipher.file_kind(path) not in (FileKind.PLAIN, FileKind.ENCRYPTED):
            raise _Unfit("not a SQLite database")
        with read_only(path, key) as connection:
            problem = findings(connection, CheckDepth.QUICK) if checked else None
            if problem is not None:
                raise _Unfit(problem)
            revision, diary_days = _contents(connection)
    except (_Unfit, cipher.Error, OSError) as error:
        problem = _OTHER_KEY if cipher.is_wrong_key(error, path) else str(error)
        return BackupInfo(path, kind, taken_at, size, diary_days=None, revision=None, problem=problem)
    return BackupInfo(path, kind, taken_at, size, diary_days=diary_days, revision=revision)


# What a copy that the diary's passphrase does not open is listed with.
_OTHER_KEY = "encrypted with another passphrase (or its first page is damaged)"


def _restorable_revision(revision: str | None) -> bool:
    """Whether this version knows ``revision`` (so it is not from a newer version)."""
    if revision is None:
        return False
    if revision == migrations.SCHEMA_REVISION:
        return True  # the common case, without loading Alembic
    try:
        migrations.check_known(revision)
    except ValuesDeskError:
        return False
    return True


def _newest_good(backups: Sequence[BackupInfo], key: Passphrase | None) -> BackupInfo | None:
    for backup in backups:
        if backup.damaged or not _restorable_revision(backup.revision):
            continue
        if check_database(backup.path, key=key) is None:
            return backup
    return None


def _make_backup(database: Path, data_dir: Path, kind: BackupKind, key: Passphrase | None) -> BackupInfo:
    folder = paths.backups_folder(data_dir)
    try:
        paths.create_private_folder(folder)
        _remove_leftovers(folder)
        target, taken_at = _new_backup_path(folder, kind)
    except OSError as error:
        raise _write_failure(error, folder) from error
    revision, diary_days = _copy_live_database(database, target, key)
    return BackupInfo(target, kind, taken_at, target.stat().st_size, diary_days=diary_days, revision=revision)


def _copy_live_database(database: Path, target: Path, key: Passphrase | None) -> tuple[str, int]:
    """Copy ``database`` to ``target`` with the backup API, both with the same key (the API copies
    pages as they are); returns the copy's revision and diary days."""
    if not database.is_file():
        raise BackupFailed(f"There is no ValuesDesk data file to back up at “{database.name}”.", detail=str(database))
    try:
        part = _temporary_beside(target)
    except OSError as error:
        raise _write_failure(error, target.parent) from error
    try:
        # Read-write only so that, as the last connection of a program that has closed it, closing
        # this one folds the write-ahead log back in and removes it; query_only keeps it a reader.
        key = cipher.key_for(database, key)
        with closing(cipher.connect(database, key, options="mode=rw")) as source:
            source.execute("PRAGMA query_only=1")
            contents = _checked_copy(source, part, key)
        _install(part, target)
    except (cipher.Error, OSError) as error:
        raise _copy_failure(error, database, target.parent) from error
    finally:
        part.unlink(missing_ok=True)
    return contents


def _checked_copy(source: cipher.Connection, part: Path, key: Passphrase | None) -> tuple[str, int]:
    """Copy ``source`` (opened with ``key``) into the empty file ``part`` in one step (one
    consistent snapshot), as a single file with the same key, and check it; ``_Unfit`` when the
    copy is damaged or not ValuesDesk's."""
    with closing(cipher.connect(part, key)) as copy:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        return _checked(copy)


def _checked_export(source: cipher.Connection, part: Path, key: Passphrase | None) -> tuple[str, int]:
    """Like ``_checked_copy``, but ``part`` is encrypted with ``key`` (None: plaintext) whatever
    ``source`` is: for a restore and for a change of key."""
    cipher.export(source, part, key)
    with closing(cipher.connect(part, key)) as copy:
        return _checked(copy)


def _checked(copy: cipher.Connection) -> tuple[str, int]:
    """The full check of a new copy, then its revision and diary days; ``_Unfit`` when it fails."""
    problem = findings(copy, CheckDepth.FULL)
    if problem is not None:
        raise _Unfit(problem)
    return _contents(copy)


def _temporary_beside(target: Path) -> Path:
    """A new empty file, readable by this user only, in ``target``'s folder."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=_PART_SUFFIX)
    os.close(handle)
    return Path(name)


def _install(part: Path, target: Path) -> None:
    """Give ``part`` the name ``target`` durably: its bytes on disk, then the rename, then the folder."""
    with part.open("r+b") as handle:
        os.fsync(handle.fileno())
    os.replace(part, target)
    if os.name != "nt":  # Windows cannot open a folder to flush it; its renames are journalled
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _remove_leftovers(folder: Path, name: str = "*") -> None:
    """Copies of ``name`` half-written (or replaced, not yet overwritten) when a process was killed:
    private writing must not stay behind, and may be plaintext, so it is overwritten first."""
    for leftover in folder.glob(f".{name}.*{_PART_SUFFIX}"):
        _remove_leftover(leftover)


def remove_leftovers(database: Path) -> None:
    """Those of the database and of the copies in the backups folder (a change of key killed half
    way leaves plaintext ones there too), once the database opened: nothing is written before."""
    try:
        with _one_at_a_time:
            _remove_leftovers(database.parent, database.name)
            _remove_leftovers(paths.backups_folder(database.parent))
    except OSError as error:  # tried again at the next start
        log.warning("could not remove a leftover copy: %s", error.strerror or type(error).__name__)


def _remove_leftover(path: Path) -> None:
    """Overwrite and delete ``path``, unless it is a second name of a file that has another (a
    crash in ``_replace`` between the link and the swap leaves the live file's second name, whose
    bytes are the diary itself): that name is only deleted."""
    try:
        another_name = path.stat().st_nlink > 1
    except FileNotFoundError:
        return
    if another_name:
        path.unlink(missing_ok=True)
    else:
        _shred(path)


def _shred(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush, then delete it: its old bytes do not stay on a disk
    that writes in place (a copy-on-write file system or an SSD may still keep them: README)."""
    try:
        with path.open("r+b") as handle:
            remaining = os.fstat(handle.fileno()).st_size
            zeros = bytes(min(remaining, _SHRED_CHUNK))
            while remaining > 0:
                remaining -= handle.write(zeros[: min(remaining, _SHRED_CHUNK)])
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


_SHRED_CHUNK = 1 << 20


def _prune(data_dir: Path, key: Passphrase | None) -> tuple[Path, ...]:
    # Each copy was fully checked when it was made; only the one that must be kept whatever the
    # schedule says is checked again (quick-checking them all would take 20 ms a copy at ten years).
    backups = _listed(data_dir, key, checked=False)
    kept = _kept_by_schedule(backups, dates.local_now())
    newest_good = _newest_good(backups, key)
    if newest_good is not None:
        kept.add(newest_good.path)
    deleted = []
    for backup in backups:
        # A copy the key does not open is never deleted here: it may be the way back for someone
        # who still knows an older passphrase (and without the key, every copy looks like that).
        if backup.path in kept or backup.problem == _OTHER_KEY:
            continue
        try:
            for path in (backup.path, *sidecars(backup.path)):
                path.unlink(missing_ok=True)
        except OSError as error:  # pruning again next time is enough; the backup itself was made
            log.warning("could not delete an old backup: %s", error.strerror or type(error).__name__)
            continue
        deleted.append(backup.path)
    if deleted:
        log.info("deleted %d old backups", len(deleted))
    return tuple(deleted)


def _kept_by_schedule(backups: Sequence[BackupInfo], now: dt.datetime) -> set[Path]:
    """The copies the retention rule keeps, of ``backups`` listed newest first. Days and weeks are
    counted among those that have a readable copy, so a diary left alone for months keeps its last
    copies, and a regular copy that cannot be read is deleted. A copy made before a change is kept
    its 30 days even then: the byte copy of a damaged database that a restore replaced is one."""
    regular = [backup for backup in backups if backup.kind.regular and not backup.damaged]
    return (
        _newest_of_each(regular, lambda backup: backup.taken_at.date(), DAYS_KEPT)
        | _newest_of_each(regular, lambda backup: backup.taken_at.isocalendar()[:2], WEEKS_KEPT)
        | {
            backup.path
            for backup in backups
            if not backup.kind.regular and now - backup.taken_at <= OCCASION_COPIES_KEPT_FOR
        }
    )


def _newest_of_each(backups: Sequence[BackupInfo], period: Callable[[BackupInfo], Hashable], count: int) -> set[Path]:
    """The newest copy of each of the ``count`` latest periods that have one."""
    newest: dict[Hashable, Path] = {}
    for backup in backups:
        key = period(backup)
        if key not in newest:
            if len(newest) == count:
                break
            newest[key] = backup.path
    return set(newest.values())


# Changing the key


def change_key(data_dir: Path, current: Passphrase | None, new: Passphrase | None) -> tuple[Path, ...]:
    """Write the database, then every copy in the backups folder, again under ``new`` (None:
    plaintext), so that one passphrase opens them all. Each is exported (``sqlcipher_export``)
    into a file beside it, fully checked, flushed and put in its place; the file it replaces is
    overwritten with zeros before it is deleted where the file system allows (``_replace``). The
    write-ahead log is not: SQLite folds it in and deletes it itself when the last connection
    closes, before this starts, so its blocks are freed without being overwritten.

    The caller has closed every connection to the database and holds the data folder's lock.
    A database that cannot be rewritten raises (``BackupFailed``, ``DiskFull``) with nothing
    changed. A copy that cannot (damaged, under another key) is left as it is; those are returned.
    """
    database = paths.database_path(data_dir)
    with _one_at_a_time:
        try:
            _remove_leftovers(database.parent, database.name)
            _rewrite(database, current, new)
        except _Unfit as unfit:
            raise _damaged_database(database, str(unfit)) from unfit
        except (cipher.Error, OSError) as error:
            raise _copy_failure(error, database, database.parent) from error
        left = []
        for backup in _listed(data_dir, current, checked=False):
            try:
                _rewrite(backup.path, current, new)
            except (_Unfit, cipher.Error, OSError) as error:
                log.warning("a backup could not be written under the new key: %s", type(error).__name__)
                left.append(backup.path)
    log.info("wrote the database and its backups under a new key; %d backups left as they were", len(left))
    return tuple(left)


def _rewrite(path: Path, current: Passphrase | None, new: Passphrase | None) -> None:
    """Put a checked copy of ``path`` (opened with ``current``) under ``new`` in its place."""
    part = _temporary_beside(path)
    try:
        with closing(cipher.connect(path, current, options="mode=rw")) as source:
            _checked_export(source, part, new)
        _replace(part, path)
    finally:
        _shred(part)  # gone already when it took the place; else it must not stay, plaintext or not


def _replace(part: Path, target: Path) -> None:
    """Give ``part`` the name ``target`` like ``_install``, then overwrite the replaced file's
    bytes: a second name (a hard link) keeps them reachable across the swap, so that a crash at
    any moment leaves the whole old or the whole new file under ``target`` (and at worst the old
    one as a leftover, overwritten at the next start). Without hard links (FAT), they are freed
    without being overwritten."""
    replaced = target.with_name(f".{target.name}.replaced{_PART_SUFFIX}")
    _remove_leftover(replaced)
    try:
        os.link(target, replaced)
    except OSError:
        log.info("the file system has no hard links: the replaced file is deleted without being overwritten")
    for sidecar in sidecars(target):
        _shred(sidecar)  # only left by a crash: it must not be read as part of the new file
    _install(part, target)
    _shred(replaced)


# Restoring


def _check_restorable(backup_path: Path, database: Path, key: Passphrase | None) -> None:
    """Refuse, before anything is written, a file that is not a ValuesDesk copy this version can open."""
    name = backup_path.name
    nothing_changed = f"Choose a file from the backups folder. Nothing was changed:\n{backup_path}"
    if database.exists() and not database.is_file():
        raise RestoreRefused(
            f"There is something other than a file in place of your data file “{database.name}”.",
            detail=f"Move it out of the data folder, then restore again. Nothing was changed:\n{database}",
        )
    if backup_path.exists() and database.exists() and backup_path.samefile(database):
        raise RestoreRefused(
            f"“{name}” is your current data file.", detail="Choose one of the backups instead. Nothing was changed."
        )
    if not backup_path.is_file():
        raise RestoreRefused(f"“{name}” cannot be restored: there is no such file.", detail=nothing_changed)
    try:
        kind = cipher.file_kind(backup_path)
    except OSError as error:
        raise RestoreRefused(
            f"“{name}” cannot be read.", detail=f"{error.strerror or error}. {nothing_changed}"
        ) from error
    if kind not in (FileKind.PLAIN, FileKind.ENCRYPTED):
        raise RestoreRefused(
            f"“{name}” is not a ValuesDesk backup.", detail=f"It is not a SQLite database. {nothing_changed}"
        )
    if kind is FileKind.ENCRYPTED and key is None:
        raise RestoreRefused(
            f"“{name}” is encrypted, and your diary has no passphrase.",
            detail="Set the passphrase it was made with for your diary first (Privacy…), then restore it. "
            f"{nothing_changed}",
        )
    try:
        with read_only(backup_path, key) as connection:
            revision, _diary_days = _contents(connection)
    except _Unfit as unfit:
        raise RestoreRefused(
            f"“{name}” is not a ValuesDesk backup.",
            detail=f"It is a SQLite database, but not one ValuesDesk made. {nothing_changed}",
        ) from unfit
    except cipher.Error as error:
        if cipher.is_wrong_key(error, backup_path):
            raise RestoreRefused(
                f"“{name}” is encrypted with another passphrase.",
                detail="ValuesDesk restores a backup only with your diary's own passphrase; a copy made before "
                "the passphrase was changed elsewhere, or from another diary, does not open with it. (SQLCipher "
                f"cannot tell this from a damaged start of the file.) {nothing_changed}",
            ) from error
        raise _damaged_backup(backup_path, str(error)) from error
    if not _restorable_revision(revision):
        raise RestoreRefused(
            f"“{name}” was made by a newer version of ValuesDesk.",
            detail=f"Install the newest ValuesDesk to restore it. Nothing was changed:\n{backup_path}",
        )


def _checked_copy_beside(backup_path: Path, database: Path, key: Passphrase | None) -> Path:
    """The chosen copy, copied beside the database (encrypted with the folder's ``key``) and
    checked there: the very bytes that will take the database's place."""
    try:
        _remove_leftovers(database.parent, database.name)
        part = _temporary_beside(database)
    except OSError as error:
        raise _write_failure(error, database) from error
    try:
        with read_only(backup_path, key) as source:
            _checked_export(source, part, key)
    except _Unfit as unfit:
        _shred(part)
        raise _damaged_backup(backup_path, str(unfit)) from unfit
    except (cipher.Error, OSError) as error:
        _shred(part)
        if _is_full(error):
            raise _write_failure(error, database) from error
        raise _damaged_backup(backup_path, str(error)) from error
    return part


def _keep_before_restore(database: Path, data_dir: Path, key: Passphrase | None) -> BackupInfo | None:
    if not database.is_file() or database.stat().st_size == 0:
        return None  # nothing written yet, so nothing to keep
    try:
        return _make_backup(database, data_dir, BackupKind.BEFORE_RESTORE, key)
    except (_Unfit, BackupFailed):
        # Damaged, not ValuesDesk's, or unreadable as a database: keep its bytes as they are.
        return _keep_as_found(database, data_dir, key)


def _keep_as_found(database: Path, data_dir: Path, key: Passphrase | None) -> BackupInfo:
    """A byte-for-byte copy of a database that cannot be backed up as a database, with its
    write-ahead log, so that nothing in it is lost when the restore replaces it."""
    folder = paths.backups_folder(data_dir)
    paths.create_private_folder(folder)
    target, taken_at = _new_backup_path(folder, BackupKind.BEFORE_RESTORE)
    wal = sidecars(database)[0]
    if wal.is_file() and wal.stat().st_size > 0:
        # The log goes first: once the copy has its name, it is whole.
        _copy_bytes(wal, sidecars(target)[0])
    _copy_bytes(database, target)
    log.info("kept the replaced database byte for byte: it could not be backed up as a database")
    return _inspect(target, BackupKind.BEFORE_RESTORE, taken_at, key)


def _copy_bytes(source: Path, target: Path) -> None:
    part = _temporary_beside(target)
    try:
        shutil.copyfile(source, part)
        _install(part, target)
    finally:
        part.unlink(missing_ok=True)


# Failures, in words for the person


def _is_full(error: cipher.Error | OSError) -> bool:
    if isinstance(error, OSError):
        return error.errno == errno.ENOSPC
    return "full" in str(error).lower()


def _write_failure(error: OSError | cipher.Error, where: Path) -> ValuesDeskError:
    if _is_full(error):
        return DiskFull(
            "There is not enough free disk space to keep a copy of your data.",
            detail=f"Free some space on this computer and try again; your data was not changed.\n{where}",
        )
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return BackupFailed(
        "ValuesDesk could not write a copy of your data.",
        detail=f"{where}\n{reason}. Check that the data folder is on a working disk you may write to.",
    )


def _copy_failure(error: cipher.Error | OSError, database: Path, folder: Path) -> Exception:
    if isinstance(error, OSError) or _is_full(error):
        return _write_failure(error, folder)
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return translate(error)
    if "malformed" in text or "not a database" in text:
        return _Unfit(str(error))
    return BackupFailed(f"ValuesDesk could not read “{database.name}” to back it up.", detail=f"{database}\n{error}")


def _damaged_database(database: Path, finding: str) -> ValuesDeskError:
    return BackupFailed(
        f"ValuesDesk could not make a good copy of “{database.name}”.",
        detail=f"The copy failed its check ({finding}), so it was not kept. Your data file may be "
        f"damaged: keep it as it is and restore the newest good backup (File ▸ Restore From Backup…).\n{database}",
    )


def _damaged_backup(backup_path: Path, finding: str) -> ValuesDeskError:
    return RestoreRefused(
        f"“{backup_path.name}” is damaged.",
        detail=f"It failed its check ({finding}). Choose an older backup. Nothing was changed:\n{backup_path}",
    )
