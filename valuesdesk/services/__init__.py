"""What ValuesDesk does, for the UI, the command line and the tests.

Each call runs in its own short session; writes are one transaction each. Failures are the
typed errors of :mod:`valuesdesk.errors`.

An encrypted diary (SQLCipher, see ``store/cipher.py``) is opened with its passphrase, which is
kept in memory only while it is open and unlocked: ``Services.lock`` closes every connection and
forgets it, ``unlock`` opens again. Setting, changing or removing the passphrase writes the
database and every backup again in place (``store.backups.change_key``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from valuesdesk.domain.passphrase import Passphrase, passphrase_problem
from valuesdesk.errors import InvalidInput, StorageError, ValuesDeskError
from valuesdesk.paths import database_path
from valuesdesk.services.backups import BackupInfo, BackupService
from valuesdesk.services.data_folder import DataFolderLock, ensure_writable_folder
from valuesdesk.services.diary import DiaryService
from valuesdesk.services.exchange import ExchangeService
from valuesdesk.services.experiments import ExperimentService
from valuesdesk.services.reports import ReportService
from valuesdesk.services.therapist_notes import TherapistNoteService
from valuesdesk.services.values import ValueService
from valuesdesk.services.values_check import ValuesCheckService
from valuesdesk.store import backups as backup_files
from valuesdesk.store import cipher
from valuesdesk.store.database import Database
from valuesdesk.store.migrations import open_database

log = logging.getLogger(__name__)


@dataclass
class Services:
    data_dir: Path
    database: Database
    values: ValueService
    experiments: ExperimentService
    therapist_notes: TherapistNoteService
    diary: DiaryService
    exchange: ExchangeService
    reports: ReportService
    backups: BackupService
    values_checks: ValuesCheckService
    _lock: DataFolderLock

    def close(self) -> None:
        """Release the database and the folder lock; closing twice is harmless."""
        self.database.close()
        self._lock.release()

    @property
    def encrypted(self) -> bool:
        """Whether the diary has a passphrase (also while it is locked)."""
        return self.database.encrypted

    @property
    def locked(self) -> bool:
        return self.database.locked

    def lock(self) -> None:
        """Close every connection and forget the passphrase; every call then raises
        ``PassphraseRequired`` until ``unlock``. A backup under way in the worker thread finishes
        with its own connections and the key it started with. The folder stays this process's."""
        self.database.lock()
        log.info("locked the diary")

    def unlock(self, passphrase: Passphrase) -> None:
        """Open the locked diary again (about 0.1 s to derive the key); ``WrongPassphrase`` keeps it locked."""
        self.database.unlock(passphrase)
        log.info("unlocked the diary")

    def set_passphrase(self, new: Passphrase) -> tuple[Path, ...]:
        """Encrypt the plaintext diary and its backups in place with ``new``; returns the backups
        that could not be encrypted (damaged ones, left as they were)."""
        if self.encrypted:
            raise InvalidInput("Your diary already has a passphrase.", detail="Change it instead.")
        return self._change_key(None, new)

    def change_passphrase(self, current: Passphrase, new: Passphrase) -> tuple[Path, ...]:
        """Write the diary and its backups again under ``new``; ``WrongPassphrase`` for a wrong ``current``."""
        self._check_current(current)
        return self._change_key(current, new)

    def remove_passphrase(self, current: Passphrase) -> tuple[Path, ...]:
        """Decrypt the diary and its backups in place; ``WrongPassphrase`` for a wrong ``current``."""
        self._check_current(current)
        return self._change_key(current, None)

    def _check_current(self, current: Passphrase) -> None:
        if not self.encrypted:
            raise InvalidInput("Your diary has no passphrase.", detail="Set one instead.")
        if current != self.database.key:  # the key that opened it: no need to derive one again
            raise cipher.wrong_passphrase(self.database.path)

    def _change_key(self, current: Passphrase | None, new: Passphrase | None) -> tuple[Path, ...]:
        """Close every connection, write everything under ``new``, open again (with ``current``
        when nothing could be changed). The caller saves pending typing first."""
        if new is not None:
            problem = passphrase_problem(new.reveal(), new.reveal())
            if problem is not None:
                raise InvalidInput("Please choose another passphrase.", detail=problem)
        self.database.close()
        opened_with = current
        try:
            left = backup_files.change_key(self.data_dir, current, new)
            opened_with = new
        finally:
            self.database.unlock(opened_with)
        log.info("the diary is now %s", "encrypted" if new is not None else "not encrypted")
        return left

    def restore(self, backup: Path) -> BackupInfo | None:
        """Put the copy at ``backup`` in place of the open database, keeping the folder lock.

        Every pooled connection is closed first; afterwards the file is opened again with
        ``open_database`` (which brings a copy from an older version up to date), and the same
        ``Database`` and services go on working on the restored file, each view read before now
        stale (its generation moves on). A refused restore (``RestoreRefused``, ``DiskFull``)
        changed nothing, and the database simply reconnects when next used. The caller saves
        pending typing first and tells every view to load again afterwards. Returns the copy of
        what was replaced (None when there was no data to keep).
        """
        key = self.database.key
        self.database.close()
        try:
            kept = self.backups.restore(backup)
            _open_restored(self.database.path, kept, key)
        finally:
            self.database.close()
            self.database.generation += 1
        log.info("restored the data folder from a backup")
        return kept


def needs_passphrase(data_dir: Path) -> bool:
    """Whether the data folder's database exists and is encrypted (read from its first bytes: cheap).
    A folder or file that cannot be read is not: opening it says what is wrong."""
    try:
        return cipher.file_kind(database_path(data_dir)) is cipher.FileKind.ENCRYPTED
    except OSError:
        return False


def open_services(data_dir: Path, passphrase: Passphrase | None = None) -> Services:
    """Open the data folder for this process: lock it, migrate its database, wire the services.

    An encrypted database needs ``passphrase``: ``PassphraseRequired`` without one,
    ``WrongPassphrase`` for one that does not open it; either way the file was only read and the
    folder's lock is released. A new database is encrypted when ``passphrase`` is given; a
    plaintext one opens as it is (``Services.encrypted`` says which)."""
    ensure_writable_folder(data_dir)
    lock = DataFolderLock(data_dir)
    lock.acquire()
    try:
        database = open_database(database_path(data_dir), passphrase)
    except BaseException:
        lock.release()
        raise
    log.info("opened data folder")
    return Services(
        data_dir=data_dir,
        database=database,
        values=ValueService(database),
        experiments=ExperimentService(database),
        therapist_notes=TherapistNoteService(database),
        diary=DiaryService(database),
        exchange=ExchangeService(database),
        reports=ReportService(database),
        backups=BackupService(data_dir, database),
        values_checks=ValuesCheckService(database),
        _lock=lock,
    )


def restore_data_folder(data_dir: Path, backup: Path, passphrase: Passphrase | None = None) -> BackupInfo | None:
    """``valuesdesk restore FILE``: the folder locked but its database not opened (it may be the
    damaged one being replaced); restored, then opened once with ``open_database`` to bring a copy
    from an older version up to date. Returns the copy of what was replaced, if there was data.

    An encrypted diary needs ``passphrase`` (``PassphraseRequired``), and the restored copy is
    encrypted with it, whatever the backup was; so it must be the diary's own (``WrongPassphrase``
    unless it opens the diary, or the chosen copy when the diary's first page is damaged). A
    plaintext diary stays plaintext."""
    database = database_path(data_dir)
    cipher.check_key_given(database, passphrase)
    ensure_writable_folder(data_dir)
    lock = DataFolderLock(data_dir)
    lock.acquire()
    try:
        if passphrase is not None and needs_passphrase(data_dir):
            if not (cipher.opens(database, passphrase) or cipher.opens(backup, passphrase)):
                raise cipher.wrong_passphrase(database)
        else:
            passphrase = cipher.key_for(database, passphrase)
        kept = BackupService(data_dir).restore(backup, passphrase)
        _open_restored(database, kept, passphrase)
    finally:
        lock.release()
    log.info("restored the data folder from a backup")
    return kept


def _open_restored(database: Path, kept: BackupInfo | None, key: Passphrase | None) -> None:
    """Open the file a restore has just put in place (bringing an older copy up to date). It is
    in place whatever happens now, so a failure says so, and where the data from before is."""
    try:
        open_database(database, key).close()
    except ValuesDeskError as error:
        back = f" Your data as it was before is kept in {kept.path}: restore that copy to go back." if kept else ""
        raise StorageError(
            "The backup was put in place, but ValuesDesk could not open it.",
            detail=f"{error.message}{back}",
        ) from error
