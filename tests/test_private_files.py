"""Everything ValuesDesk writes is this user's only (files 0600, folders 0700) on macOS and Linux, also
in a folder that already existed open to others; such a folder is found, the person is told once, and
"Make Private" closes it, touching nothing else the person keeps there."""

from __future__ import annotations

import errno
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from test_no_network import run_journey

from valuesdesk.__main__ import main
from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.files import PRIVATE_UMASK, keep_new_files_private, write_atomically
from valuesdesk.logs import PrivateRotatingFileHandler, configure_logging
from valuesdesk.paths import (
    backups_folder,
    create_private_folder,
    database_path,
    default_data_dir,
    lock_path,
    log_dir,
    ui_state_path,
)
from valuesdesk.services import open_services
from valuesdesk.services.data_folder import DataFolderLock, make_private, shared_with_others
from valuesdesk.store.database import sidecars
from valuesdesk.ui.private_folder import LEAVE_AS_IT_IS, MAKE_PRIVATE, offer_privacy
from valuesdesk.ui.settings import AREA, SHARED_FOLDER_WARNED, Settings

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows gives a user's files to that user by its own rules"
)

LOOSE_FILE, LOOSE_FOLDER = 0o644, 0o755


@pytest.fixture
def login_umask() -> Iterator[None]:
    """A process as most systems start one: new files readable by everyone (umask 022). Whatever a test
    sets (ValuesDesk's own mask, say) is undone afterwards."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.fixture
def logging_undone() -> Iterator[None]:
    """The log files a test opens are closed, and no longer logged to, afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in [each for each in root.handlers if isinstance(each, PrivateRotatingFileHandler)]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def open_folder(path: Path) -> Path:
    """A folder that exists before ValuesDesk comes, open to everyone (the person's own choice)."""
    path.mkdir(mode=LOOSE_FOLDER)
    path.chmod(LOOSE_FOLDER)
    return path


def modes_below(*folders: Path) -> dict[Path, int]:
    return {path: mode(path) for folder in folders for path in folder.rglob("*")}


def private(paths: Iterable[Path]) -> dict[Path, int]:
    """Each of ``paths`` with the mode ValuesDesk gives it: 0700 for a folder, 0600 for a file."""
    return {path: 0o700 if path.is_dir() else 0o600 for path in paths}


def test_every_file_of_a_whole_journey_and_of_encrypting_is_private_in_a_folder_open_to_others(
    login_umask, logging_undone, qapp, tmp_path: Path, clock
) -> None:
    keep_new_files_private()  # as valuesdesk.__main__.main does first
    data_dir = open_folder(tmp_path / "data")
    exports_dir = open_folder(tmp_path / "exports")
    configure_logging(log_dir(data_dir))
    settings = Settings(ui_state_path(data_dir))
    settings.set(AREA, "diary")
    settings.sync()
    run_journey(data_dir, exports_dir, clock)
    services = open_services(data_dir)
    try:
        services.set_passphrase(Passphrase("a passphrase of mine"))  # the diary and its backups written anew
        services.values.create("Patience")
        wal, shm, _journal = sidecars(database_path(data_dir))
        written = modes_below(data_dir, exports_dir, data_dir.with_name("data-imported"))
    finally:
        services.close()

    names = {path.relative_to(tmp_path).as_posix() for path in written}
    kept = ("valuesdesk.sqlite3", wal.name, shm.name, lock_path(data_dir).name, "ui-state.ini", "logs/valuesdesk.log")
    assert {f"data/{name}" for name in kept} | {"data-imported/valuesdesk.sqlite3"} <= names
    assert any(name.startswith("data/backups/") for name in names)
    assert {path.suffix for path in written if path.parent == exports_dir} >= {".json", ".md", ".csv", ".pdf", ".ics"}
    assert written == private(written)
    assert mode(data_dir.with_name("data-imported")) == 0o700  # made by ValuesDesk
    # The person's own folders keep the mode they chose; the warning offers to change them.
    assert mode(data_dir) == mode(exports_dir) == LOOSE_FOLDER


def test_what_valuesdesk_creates_itself_is_private_whatever_the_process_umask(
    login_umask, logging_undone, tmp_path: Path
) -> None:
    shared = open_folder(tmp_path / "shared")
    create_private_folder(shared / "new" / "data")
    log_file = configure_logging(shared / "logs")
    assert log_file is not None
    logging.getLogger("valuesdesk").warning("a rotation to come")
    [handler] = [
        each
        for each in logging.getLogger().handlers
        if isinstance(each, PrivateRotatingFileHandler) and each.baseFilename == str(log_file)
    ]
    handler.doRollover()  # as when the log is full: the next file is made
    logging.getLogger("valuesdesk").warning("after the rotation")
    export = shared / "diary.md"
    export.write_text("an older export, open to all")
    export.chmod(LOOSE_FILE)
    write_atomically(export, b"the diary")
    lock = DataFolderLock(shared)
    lock.acquire()
    try:
        written = modes_below(shared)
    finally:
        lock.release()
    assert {path.name for path in written} == {
        "new",
        "data",
        "logs",
        "valuesdesk.log",
        "valuesdesk.log.1",
        "diary.md",
        lock_path(shared).name,
    }
    assert written == private(written)


def test_the_program_makes_every_new_file_private_from_its_start(login_umask, logging_undone, tmp_path: Path) -> None:
    data_dir = open_folder(tmp_path / "data")
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    assert os.umask(0o022) == PRIVATE_UMASK  # the mask the program runs with (the fixture puts it back)
    written = modes_below(data_dir)
    assert database_path(data_dir) in written
    assert written == private(written)


@pytest.fixture
def loose_folder(login_umask, tmp_path: Path) -> Path:
    """A data folder as an older ValuesDesk left it: the database, a backup, the view state and a log,
    all open to everyone; beside them the person's own letter and photos."""
    data_dir = open_folder(tmp_path / "data")
    services = open_services(data_dir)
    try:
        services.values.create("Honesty")
        services.backups.back_up_now()
    finally:
        services.close()
    (data_dir / "logs").mkdir()
    (data_dir / "logs" / "valuesdesk.log").write_text("opened data folder\n")
    ui_state_path(data_dir).write_text("[window]\n")
    (data_dir / "letter.txt").write_text("the person's own")
    (data_dir / "photos").mkdir()
    for path in data_dir.rglob("*"):
        path.chmod(LOOSE_FOLDER if path.is_dir() else LOOSE_FILE)
    return data_dir


def own_paths(data_dir: Path) -> set[Path]:
    others = {data_dir / "letter.txt", data_dir / "photos"}
    return {data_dir, *(path for path in data_dir.rglob("*") if path not in others)}


def test_a_folder_open_to_others_is_found_and_made_private_without_touching_the_persons_files(
    loose_folder: Path,
) -> None:
    data_dir = loose_folder
    ours = own_paths(data_dir)
    assert {database_path(data_dir), backups_folder(data_dir), ui_state_path(data_dir), data_dir / "logs"} <= ours
    assert any(path.parent == backups_folder(data_dir) for path in ours)
    assert set(shared_with_others(data_dir)) == ours

    assert make_private(data_dir) == ()
    assert {path: mode(path) for path in ours} == private(ours)
    assert mode(data_dir / "letter.txt") == LOOSE_FILE and mode(data_dir / "photos") == LOOSE_FOLDER
    assert shared_with_others(data_dir) == ()


@pytest.mark.parametrize(
    ("folder_mode", "shared"),
    [
        pytest.param(0o700, "nothing", id="0700"),  # no one else may enter: what is inside is out of reach
        pytest.param(0o744, "the folder", id="0744"),  # others may list the names, but open nothing in it
        pytest.param(0o711, "everything", id="0711"),  # others may open each file by its (well-known) name
        pytest.param(0o750, "everything", id="0750"),  # the folder's group may
    ],
)
def test_files_open_to_others_count_only_where_others_may_reach_them(
    loose_folder: Path, folder_mode: int, shared: str
) -> None:
    loose_folder.chmod(folder_mode)
    expected = {"nothing": set(), "the folder": {loose_folder}, "everything": own_paths(loose_folder)}[shared]
    assert set(shared_with_others(loose_folder)) == expected
    make_private(loose_folder)
    assert shared_with_others(loose_folder) == ()
    assert mode(database_path(loose_folder)) == 0o600  # also where no one could reach it


def test_the_default_folder_s_logs_in_the_system_s_log_folder_count_too(login_umask, logging_undone) -> None:
    data_dir = default_data_dir()
    open_services(data_dir).close()
    logs = log_dir(data_dir)
    assert logs.parent != data_dir
    configure_logging(logs)
    (logs / "valuesdesk.log").chmod(LOOSE_FILE)
    logs.chmod(LOOSE_FOLDER)
    assert shared_with_others(data_dir) == (logs, logs / "valuesdesk.log")
    assert make_private(data_dir) == ()
    assert mode(logs) == 0o700 and mode(logs / "valuesdesk.log") == 0o600


def refuse_chmod_of(refused: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Changing the mode of ``refused`` fails, as for a file that belongs to another user."""
    chmod = Path.chmod

    def chmod_unless_refused(path: Path, new_mode: int) -> None:
        if path == refused:
            raise PermissionError(errno.EPERM, os.strerror(errno.EPERM), str(path))
        chmod(path, new_mode)

    monkeypatch.setattr(Path, "chmod", chmod_unless_refused)


def test_links_are_left_alone_and_what_cannot_be_changed_is_named(
    loose_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("not ValuesDesk's")
    elsewhere.chmod(LOOSE_FILE)
    link = backups_folder(loose_folder) / "linked"
    link.symlink_to(elsewhere)
    refused = ui_state_path(loose_folder)
    refuse_chmod_of(refused, monkeypatch)
    assert link not in shared_with_others(loose_folder)
    assert make_private(loose_folder) == (refused,)
    assert mode(elsewhere) == LOOSE_FILE and mode(refused) == LOOSE_FILE


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[str], list[str]]]:
    """Stands in for the person reading each message box: its text is recorded and the button named
    first in ``answers`` is clicked (else the box is closed with Esc's button)."""
    shown: list[str] = []
    answers: list[str] = []

    def read_and_answer(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        button = next((each for each in box.buttons() if each.text() == (answers or [""])[0]), box.escapeButton())
        if answers:
            answers.pop(0)
        if button is not None:
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", read_and_answer)
    yield shown, answers


def test_make_private_in_the_warning_closes_the_folder_and_it_is_not_asked_again(
    loose_folder: Path, answered, qtbot
) -> None:
    shown, answers = answered
    settings = Settings(ui_state_path(loose_folder))
    answers.append(MAKE_PRIVATE)
    offer_privacy(None, loose_folder, settings)
    assert len(shown) == 1
    assert "Other people who use this computer can open your ValuesDesk data folder" in shown[0]
    assert str(loose_folder) in shown[0]
    assert shared_with_others(loose_folder) == ()
    assert mode(loose_folder) == 0o700 and mode(database_path(loose_folder)) == 0o600
    assert mode(loose_folder / "letter.txt") == LOOSE_FILE

    loose_folder.chmod(LOOSE_FOLDER)  # opened again later: the person was told once, and chose
    offer_privacy(None, loose_folder, Settings(ui_state_path(loose_folder)))
    assert len(shown) == 1


def test_leaving_the_folder_as_it_is_changes_nothing_and_is_remembered(loose_folder: Path, answered, qtbot) -> None:
    shown, answers = answered
    before = modes_below(loose_folder)
    answers.append(LEAVE_AS_IT_IS)
    offer_privacy(None, loose_folder, Settings(ui_state_path(loose_folder)))
    assert len(shown) == 1
    assert modes_below(loose_folder) == before
    offer_privacy(None, loose_folder, Settings(ui_state_path(loose_folder)))
    assert len(shown) == 1
    assert Settings(ui_state_path(loose_folder)).get(SHARED_FOLDER_WARNED)


def test_a_private_folder_is_not_mentioned(login_umask, answered, data_dir: Path, qtbot) -> None:
    shown, _answers = answered
    open_services(data_dir).close()
    settings = Settings(ui_state_path(data_dir))
    offer_privacy(None, data_dir, settings)
    assert shown == []
    assert not settings.get(SHARED_FOLDER_WARNED)  # a folder opened to others later is still told about


def test_what_could_not_be_made_private_is_named(
    loose_folder: Path, answered, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    shown, answers = answered
    refused = database_path(loose_folder)
    refuse_chmod_of(refused, monkeypatch)
    answers.append(MAKE_PRIVATE)
    offer_privacy(None, loose_folder, Settings(ui_state_path(loose_folder)))
    assert len(shown) == 2
    assert str(refused) in shown[1]


def test_the_window_started_on_a_folder_open_to_others_offers_to_make_it_private(
    loose_folder: Path, answered, qtbot
) -> None:
    from valuesdesk.app import STARTUP_STEPS, Startup, application, run_steps
    from valuesdesk.paths import ui_state_path
    from valuesdesk.ui.activation import ActivationServer
    from valuesdesk.ui.settings import USED_FOR, Settings, UsedFor

    shown, answers = answered
    answers.append(MAKE_PRIVATE)
    settings = Settings(ui_state_path(loose_folder))  # the first start's question is answered: test_first_start.py
    settings.set(USED_FOR, UsedFor.MYSELF)
    settings.sync()
    start = Startup(application(), loose_folder)
    run_steps(start, STARTUP_STEPS)
    qtbot.waitUntil(lambda: start.window is not None and start.window.findChild(ActivationServer) is not None)
    qtbot.addWidget(start.window)
    try:
        assert [text.splitlines()[0] for text in shown] == [
            "Other people who use this computer can open your ValuesDesk data folder, or files in it."
        ]
        assert shared_with_others(loose_folder) == ()
    finally:
        qtbot.waitUntil(lambda: not start.window.backups.runner.busy)  # the day's backup, in its worker
        start.window.close()
        start.services.close()
