"""What ValuesDesk does, for the UI, the command line and the tests.

Each call runs in its own short session; writes are one transaction each. Failures are the
typed errors of :mod:`valuesdesk.errors`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from valuesdesk.paths import database_path
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
    _lock: DataFolderLock

    def close(self) -> None:
        """Release the database and the folder lock; closing twice is harmless."""
        self.database.close()
        self._lock.release()


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
        _lock=lock,
    )
