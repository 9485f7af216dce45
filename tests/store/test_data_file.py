"""The data file's check made ahead of opening it: used when it passed and nothing changed since,
never in place of finding damage."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_backups import corrupt

from valuesdesk.errors import DamagedDatabase
from valuesdesk.paths import database_path
from valuesdesk.services import open_services
from valuesdesk.store import data_file, migrations


@pytest.fixture
def data_file_path(data_dir: Path, make_experiment) -> Path:
    services = open_services(data_dir)
    make_experiment(services=services)
    services.close()
    return database_path(data_dir)


def test_a_file_checked_ahead_opens_without_being_checked_again(data_file_path: Path, monkeypatch) -> None:
    data_file.check_ahead(data_file_path)
    monkeypatch.setattr(migrations, "_check", lambda *_args: pytest.fail("checked a second time"))
    migrations.open_database(data_file_path).close()


def test_a_file_damaged_after_its_check_ahead_is_refused(data_file_path: Path) -> None:
    data_file.check_ahead(data_file_path)
    corrupt(data_file_path)
    with pytest.raises(DamagedDatabase):
        migrations.open_database(data_file_path)


def test_a_damaged_file_checked_ahead_is_refused(data_file_path: Path) -> None:
    corrupt(data_file_path)
    data_file.check_ahead(data_file_path)
    with pytest.raises(DamagedDatabase):
        migrations.open_database(data_file_path)


def test_checking_ahead_loads_no_sqlalchemy() -> None:
    # It runs while Qt loads: SQLAlchemy would take the first frame's time.
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, valuesdesk.store.data_file; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "sqlalchemy" not in loaded
