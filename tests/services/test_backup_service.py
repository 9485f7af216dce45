"""The backup service as the window and the command line use it: in a worker thread, and to restore."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

import valuesdesk.services as services_module
from valuesdesk.errors import StorageError
from valuesdesk.services import open_services
from valuesdesk.services.backups import BackupInfo, BackupKind, BackupService


def test_the_days_backup_is_made_in_a_worker_thread_while_the_diary_is_written(
    services, data_dir: Path, make_experiment, clock
) -> None:
    experiment = make_experiment(start=clock.today - dt.timedelta(days=29), days=30)
    backups = BackupService(data_dir)
    made: list[BackupInfo | None] = []
    worker = threading.Thread(target=lambda: made.append(backups.back_up_if_due()))

    services.diary.save_entry(experiment, clock.today, before="calm")
    worker.start()
    for day in range(1, 30):  # the days before today (a day to come cannot be written)
        services.diary.save_entry(experiment, clock.today - dt.timedelta(days=day), before="still writing")
    worker.join(timeout=10)

    [daily] = made
    assert daily is not None and daily.kind is BackupKind.DAILY
    assert daily.diary_days is not None and 1 <= daily.diary_days <= 30
    assert backups.back_up_if_due() is None, "one a day"
    manual = backups.back_up_now()
    assert manual.kind is BackupKind.MANUAL and manual.diary_days == 30
    assert backups.list_backups() == (manual,), "the day's newest regular copy stands for the day"
    assert backups.newest_good_backup() == manual
    assert backups.check() is None


def test_a_restore_brings_back_the_diary_as_it_was(data_dir: Path, make_experiment, clock) -> None:
    services = open_services(data_dir)
    experiment = make_experiment(services=services)
    services.diary.save_entry(experiment, clock.today, before="the first day")
    chosen = BackupService(data_dir).back_up_now()
    services.diary.save_entry(experiment, clock.today, before="written over later")
    services.close()

    replaced = BackupService(data_dir).restore(chosen.path)

    services = open_services(data_dir)
    try:
        [entry] = services.diary.day_entries(clock.today, None, clock.today)
        assert entry.values["before"] == "the first day"
    finally:
        services.close()
    assert replaced is not None and replaced.kind is BackupKind.BEFORE_RESTORE and replaced.diary_days == 1


def test_a_restored_file_that_cannot_be_opened_says_it_is_in_place_and_where_the_old_data_is(
    services, data_dir: Path, make_experiment, clock, monkeypatch
) -> None:
    experiment = make_experiment()
    services.diary.save_entry(experiment, clock.today, before="older")
    backup = services.backups.back_up_now()

    def fails(path: Path, key: object):
        raise StorageError("Updating your data failed a consistency check; nothing was changed.")

    monkeypatch.setattr(services_module, "open_database", fails)
    with pytest.raises(StorageError) as refused:
        services.restore(backup.path)
    assert refused.value.message == "The backup was put in place, but ValuesDesk could not open it."
    kept = [info for info in services.backups.list_backups() if info.kind is BackupKind.BEFORE_RESTORE]
    assert len(kept) == 1 and str(kept[0].path) in refused.value.detail
