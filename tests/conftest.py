"""Shared fixtures: every test gets its own data folder, and Qt runs headless."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

# Headless, on a laptop screen of 1280×800 with a second monitor beside it (for session mode).
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).parent / 'offscreen-screens.json'}")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale

from valuesdesk.domain import dates
from valuesdesk.paths import DATA_DIR_ENV, ui_state_path

# Every test runs on this moment unless it moves the clock: a Wednesday morning, far from midnight.
FROZEN_NOW = dt.datetime(2026, 11, 18, 10, 30, tzinfo=dt.UTC)


class FrozenClock:
    """The one clock of :mod:`valuesdesk.domain.dates`, standing still until a test moves it."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def set(self, moment: dt.datetime | dt.date) -> None:
        if not isinstance(moment, dt.datetime):
            moment = dt.datetime.combine(moment, self.moment.timetz())
        self.moment = moment

    def advance(self, delta: dt.timedelta) -> None:
        self.moment += delta

    @property
    def today(self) -> dt.date:
        return self.moment.date()


@pytest.fixture(autouse=True)
def clock() -> Iterator[FrozenClock]:
    """A frozen clock for every test: ``clock.today``, ``clock.set(day)``, ``clock.advance(delta)``."""
    frozen = FrozenClock(FROZEN_NOW)
    dates.set_clock(frozen)
    yield frozen
    dates.set_clock(None)


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Nothing a test does may reach the real user's data or settings."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "default-data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))


@pytest.fixture
def days_ago(clock):
    """The day ``count`` days before the frozen clock's today."""
    return lambda count: clock.today - dt.timedelta(days=count)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path) -> Iterator:
    from valuesdesk.services import open_services

    opened = open_services(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """The test's data folder, holding the sample experiment of ``sample_diary`` and closed again."""
    from sample_diary import add_sample_experiment

    from valuesdesk.services import open_services

    services = open_services(data_dir)
    try:
        add_sample_experiment(services)
    finally:
        services.close()
    return data_dir


@pytest.fixture
def make_window(qtbot, data_dir: Path):
    """Builds main windows on the test's data folder, as a restart of the program would; an
    encrypted folder is opened with the passphrase given, as the lock screen would."""
    from valuesdesk.app import application, make_context
    from valuesdesk.services import open_services
    from valuesdesk.ui.main_window import MainWindow
    from valuesdesk.ui.settings import Settings

    application()
    opened = []

    def make(passphrase=None):
        window = MainWindow(Settings(ui_state_path(data_dir)), data_dir)
        qtbot.addWidget(window)
        services = open_services(data_dir, passphrase)
        opened.append((window, services))
        window.attach(make_context(services, window))
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for window, services in opened:
        window.close()
        services.close()
    # Delete the closed windows now rather than let them slow down the next test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def restart(make_window):
    """Closes a window (saving as on quit), releases its data folder and opens a new one."""

    def do(window):
        window.close()
        window.context.services.close()
        return make_window()

    return do


@pytest.fixture
def british() -> Iterator[None]:
    """Days as a person in the United Kingdom reads them: 18/11/2026."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def make_experiment(request):
    """Starts an experiment directly in the store, as the wizard would once step 7 is done.

    In the test's ``services``, or in those given (a window's, for example).
    """
    from valuesdesk.domain import ExperimentStatus
    from valuesdesk.store.models import Experiment, Value

    def make(value_name="Kindness", start=None, days=7, status=ExperimentStatus.ACTIVE, services=None):
        services = services or request.getfixturevalue("services")
        with services.database.transaction() as session:
            value = Value(name=value_name)
            experiment = Experiment(
                value=value, status=status, current_step=8, start_date=start or dates.today(), duration_days=days
            )
            session.add(experiment)
            session.flush()
            return experiment.id

    return make


@pytest.fixture(autouse=True)
def _umask_restored() -> Iterator[None]:
    """``valuesdesk.__main__.main`` makes new files private (umask 077) for the process: undone after each test."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)
