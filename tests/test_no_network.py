"""ValuesDesk never uses the network: a whole journey (the wizard's steps, the diary, a check-in, every
export, an import and a backup) runs with every way to make a network socket or ask a name server
made to fail, and not one is tried. Unix sockets (the single-instance channel, D-Bus) stay allowed."""

from __future__ import annotations

import _socket
import datetime as dt
import socket
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from valuesdesk import exports
from valuesdesk.domain import CheckInOutcome
from valuesdesk.domain.life_domains import DOMAIN_KEYS
from valuesdesk.exports.operations import EVERYTHING_SELECTED
from valuesdesk.exports.registry import Selection
from valuesdesk.services import open_services

VALUE = "Courage with my father"
ENTRY = "I told him the diagnosis at last"
NOTE = "My own fear of his anger came up"

# Whatever makes a socket, or asks a name server (which needs one), in Python's socket modules.
NAME_LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo")
SOCKET_MAKERS = ("create_connection", "create_server")
# Local sockets, which never leave the computer (Windows has none in Python).
UNIX = getattr(socket, "AF_UNIX", None)
AUDIT_EVENTS = frozenset({"socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
AUDIT_EVENTS |= {f"socket.{name}" for name in NAME_LOOKUPS}


class NetworkAttempt(OSError):
    pass


class Guard:
    """Records every attempt at the network while ``watching``, and makes it fail."""

    def __init__(self) -> None:
        self.attempts: list[str] = []
        self.watching = False

    def attempt(self, what: str) -> None:
        if self.watching:
            self.attempts.append(what)
            raise NetworkAttempt(f"no network for ValuesDesk: {what}")

    def audit(self, event: str, arguments: tuple[object, ...]) -> None:
        # The interpreter's own report of a socket made or used, also by a module that took
        # socket.socket before the patches below, or that uses _socket itself.
        if self.watching and event in AUDIT_EVENTS and not self._unix(event, arguments):
            self.attempt(event)

    @staticmethod
    def _unix(event: str, arguments: tuple[object, ...]) -> bool:
        if event == "socket.__new__":  # (socket, family, type, proto)
            return arguments[1] == UNIX
        if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):  # (socket, address, …)
            return getattr(arguments[0], "family", None) == UNIX
        return False  # a name lookup


_guard = Guard()
sys.addaudithook(_guard.audit)  # an audit hook cannot be removed: it watches only during the test


class RefusingSocket(socket.socket):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family != UNIX:  # -1: the default, AF_INET
            _guard.attempt(f"socket.socket(family={family})")
        super().__init__(family, *args, **kwargs)


def refusing(name: str) -> Callable[..., object]:
    def refuse(*_args: object, **_kwargs: object) -> object:
        _guard.attempt(name)
        raise AssertionError("unreachable")

    return refuse


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[Guard]:
    """Every network socket and name lookup fails and is recorded in the guard's ``attempts``."""
    # (_socket.socket itself stays: socket.socket is made from it; the audit hook covers a direct use.)
    monkeypatch.setattr(socket, "socket", RefusingSocket)
    for name in SOCKET_MAKERS:
        monkeypatch.setattr(socket, name, refusing(f"socket.{name}"))
    for name in NAME_LOOKUPS:
        monkeypatch.setattr(socket, name, refusing(f"socket.{name}"))
        monkeypatch.setattr(_socket, name, refusing(f"_socket.{name}"))
    _guard.attempts.clear()
    _guard.watching = True
    try:
        yield _guard
    finally:
        _guard.watching = False


def run_journey(data_dir: Path, exports_dir: Path, clock) -> list[Path]:
    """A person's whole way through ValuesDesk, by the services the window and the command line call:
    the wizard's steps to a running experiment, two diary days with check-ins, a therapist's note,
    a values check, every export format, a backup, and the JSON export imported into a new data folder (beside
    ``data_dir``). Returns the exported files."""
    services = open_services(data_dir)
    try:
        experiments = services.experiments
        experiment_id = experiments.create_draft().id
        experiments.save_value(experiment_id, name=VALUE, meaning="Saying what is true", life_domain="Family")
        behavior = experiments.add_behavior(experiment_id, "Tell him plainly")
        experiments.choose_behaviors(experiment_id, [behavior.id])
        experiments.add_plan_item(experiment_id, "Ask for an hour on Sunday")
        experiments.update(experiment_id, plan="Visit him on Sunday", behave_confirmed=True)
        experiments.begin(experiment_id)
        for outcome in (CheckInOutcome.PARTLY, CheckInOutcome.YES):
            services.diary.save_entry(experiment_id, clock.today, before=ENTRY, notes=ENTRY)
            services.diary.set_check_in(experiment_id, clock.today, outcome)
            clock.advance(dt.timedelta(days=1))
        services.therapist_notes.add(3, NOTE)
        check = services.values_checks.start(clock.today)
        services.values_checks.rate(check.id, DOMAIN_KEYS[0], importance=9, consistency=4)

        exported = []
        one_experiment = Selection(experiment_id=experiment_id)
        for export_format in exports.formats():
            selection = one_experiment if export_format.takes_experiment else EVERYTHING_SELECTED
            prepared = exports.prepare(services, export_format, selection)
            target = exports_dir / prepared.suggested_name
            prepared.write(target)
            exported.append(target)
        services.backups.back_up_now()
    finally:
        services.close()

    json_export = next(path for path in exported if path.suffix == ".json")
    fresh = open_services(data_dir.with_name(f"{data_dir.name}-imported"))
    try:
        assert exports.import_file(fresh, json_export).changed_anything
        assert [summary.value_name for summary in fresh.experiments.list_summaries()] == [VALUE]
    finally:
        fresh.close()
    return exported


def test_a_whole_journey_never_tries_the_network(
    no_network: Guard, qapp, data_dir: Path, tmp_path: Path, clock
) -> None:
    exports_dir = tmp_path / "exports"
    exports_dir.mkdir()
    exported = run_journey(data_dir, exports_dir, clock)
    assert {path.suffix for path in exported} == {export_format.suffix for export_format in exports.formats()}
    assert ENTRY in next(path for path in exported if path.suffix == ".md").read_text(encoding="utf-8")
    assert no_network.attempts == []


def test_the_program_started_as_it_starts_and_used_never_tries_the_network(
    no_network: Guard, qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's start-up steps as the program runs them (the data opened, the privacy offer, the
    daily backup in its worker, the single-instance channel), a private note typed, the sheet saved
    as a PDF, and the window closed as on quit."""
    from PySide6.QtWidgets import QFileDialog

    from valuesdesk.app import STARTUP_STEPS, Startup, application, run_steps
    from valuesdesk.ui.activation import ActivationServer

    start = Startup(application(), data_dir)
    run_steps(start, STARTUP_STEPS)
    # The last step listens for a second start.
    qtbot.waitUntil(lambda: start.window is not None and start.window.findChild(ActivationServer) is not None)
    assert start.exit_code is None
    window = start.window
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not window.backups.runner.busy)  # the day's backup, in its worker
        assert len(start.services.backups.list_backups()) == 1
        section = window.questions_panel.notes_sections[0]
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(section.editors[0].editor, NOTE)
        sheet = tmp_path / "sheet.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(sheet), "")))
        window.questions_panel.pdf_action.trigger()
        window.close()
        assert [note.text for note in start.services.therapist_notes.notes_for(1)] == [NOTE]
        assert sheet.stat().st_size > 0
    finally:
        start.services.close()
    assert no_network.attempts == []


def test_the_guard_stops_and_records_every_kind_of_network_attempt(no_network: Guard, tmp_path: Path) -> None:
    """The guard itself, so that an empty list above means no attempt, not a guard that saw nothing."""
    attempts: list[Callable[[], object]] = [
        lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM),
        lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM),
        lambda: socket.create_connection(("example.org", 443)),
        lambda: socket.getaddrinfo("example.org", 443),
        lambda: _socket.socket(socket.AF_INET, socket.SOCK_STREAM),
    ]
    for attempt in attempts:
        with pytest.raises(NetworkAttempt):
            attempt()
    assert len(no_network.attempts) == len(attempts)
    if UNIX is not None:  # Unix sockets stay allowed
        local, other = socket.socketpair(UNIX)
        with local, other, socket.socket(UNIX) as listener:
            listener.bind(str(tmp_path / "local.sock"))
    assert len(no_network.attempts) == len(attempts)
