"""What ValuesDesk does, for the UI, the command line and the tests.

Each call runs in its own short session; writes are one transaction each. Failures are the
typed errors of :mod:`valuesdesk.errors`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from valuesdesk.errors import StorageError, ValuesDeskError
from valuesdesk.paths import database_path
from valuesdesk.services.backups import BackupInfo, BackupService
from valuesdesk.services.data_folder import DataFolderLock, ensure_writable_folder
from valuesdesk.services.diary import DiaryService
from valuesdesk.services.exchange import ExchangeService
from valuesdesk.services.experiments import ExperimentService
from valuesdesk.services.reports import ReportService
from valuesdesk.services.therapist_notes import TherapistNoteService
from valuesdesk.services.values import ValueService
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
    _lock: DataFolderLock

    def close(self) -> None:
        """Release the database and the folder lock; closing twice is harmless."""
        self.database.close()
        self._lock.release()

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
        self.database.close()
        try:
            kept = self.backups.restore(backup)
            _open_restored(self.database.path, kept)
        finally:
            self.database.close()
            self.database.generation += 1
        log.info("restored the data folder from a backup")
        return kept


def open_services(data_dir: Path) -> Services:
    """Open the data folder for this process: lock it, migrate its database, wire the services."""
    ensure_writable_folder(data_dir)
    lock = DataFolderLock(data_dir)
    lock.acquire()
    try:
        database = open_database(database_path(data_dir))
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
        backups=BackupService(data_dir),
        _lock=lock,
    )


def restore_data_folder(data_dir: Path, backup: Path) -> BackupInfo | None:
    """``valuesdesk restore FILE``: the folder locked but its database not opened (it may be the
    damaged one being replaced); restored, then opened once with ``open_database`` to bring a copy
    from an older version up to date. Returns the copy of what was replaced, if there was data."""
    ensure_writable_folder(data_dir)
    lock = DataFolderLock(data_dir)
    lock.acquire()
    try:
        kept = BackupService(data_dir).restore(backup)
        _open_restored(database_path(data_dir), kept)
    finally:
        lock.release()
    log.info("restored the data folder from a backup")
    return kept


def _open_restored(database: Path, kept: BackupInfo | None) -> None:
    """Open the file a restore has just put in place (bringing an older copy up to date). It is
    in place whatever happens now, so a failure says so, and where the data from before is."""
    try:
        open_database(database).close()
    except ValuesDeskError as error:
        back = f" Your data as it was before is kept in {kept.path}: restore that copy to go back." if kept else ""
        raise StorageError(
            "The backup was put in place, but ValuesDesk could not open it.",
            detail=f"{error.message}{back}",
        ) from error
