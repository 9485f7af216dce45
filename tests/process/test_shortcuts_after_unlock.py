"""The real program on a real X server without a window manager: after the passphrase is typed on the
lock screen, the window's shortcuts work at once (they did only after a click: Qt did not count the
window active, while typed letters still reached the focused field). Offscreen Qt cannot show this:
there every shown window is active.

The same after a start without a passphrase. Skipped where Xvfb or xdotool is missing. About 12 s.
"""

from __future__ import annotations

import configparser
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from valuesdesk.__main__ import window_problem
from valuesdesk.services import open_services

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Linux with Xvfb and xdotool (Debian: apt install xvfb xdotool)",
)

PASSPHRASE = "correct horse battery"
# The log's lines as this start begins, and once the diary is unlocked and open.
STARTING = " starting\n"
OPENED = "opened data folder"
WAIT = 30.0


def until(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {WAIT:.0f} s for {what}")
        time.sleep(0.1)


@pytest.fixture
def display() -> Iterator[str]:
    """A bare X server, as in CI or over VNC: no window manager, so keys go where the pointer is."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as chosen:
        number = chosen.readline().strip()
    try:
        problem = window_problem({"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"})
        if problem is not None:
            pytest.skip(problem)  # README's Linux packages are not installed here
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def encrypted_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    open_services(folder).close()
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n")
    command = [sys.executable, "-m", "valuesdesk", "--data-dir", str(folder), "encrypt", "--new-passphrase-file"]
    subprocess.run([*command, str(secret)], check=True, capture_output=True, timeout=60)
    answered(folder)
    return folder


def answered(folder: Path) -> None:
    """The first start's question answered before, and quit in the first area: a start goes to the work."""
    (folder / "ui-state.ini").write_text("[window]\nused_for=myself\narea=experiments\n")


def run_and_press_ctrl_2(folder: Path, display: str, home: Path, passphrase: str | None) -> str:
    """Start ValuesDesk on ``folder``, type ``passphrase`` on its lock screen (if given), press Ctrl+2
    once the diary is open, end it as a session's end does, and return the area it remembered."""
    environment = os.environ | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home)}
    environment.pop("WAYLAND_DISPLAY", None)
    program = subprocess.Popen(
        [sys.executable, "-m", "valuesdesk", "--data-dir", str(folder)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = folder / "logs" / "valuesdesk.log"

    def xdotool(*arguments: str) -> int:
        return subprocess.run(["xdotool", *arguments], env=environment, stdout=subprocess.DEVNULL).returncode

    try:
        until(lambda: xdotool("search", "--onlyvisible", "--name", "ValuesDesk") == 0, "the window")
        time.sleep(1.0)  # its first frame painted, the passphrase field focused
        if passphrase is not None:
            # Typed with XTEST, as a person types: no click, and no focus set by the test.
            assert xdotool("type", "--delay", "15", passphrase) == 0
            assert xdotool("key", "Return") == 0
        until(lambda: log.exists() and OPENED in log.read_text().rpartition(STARTING)[2], "the diary to open")
        time.sleep(1.5)  # the areas attached
        assert xdotool("key", "ctrl+2") == 0
        time.sleep(0.5)
    finally:
        program.send_signal(signal.SIGTERM)  # saves and quits, remembering the area shown
        _out, errors = program.communicate(timeout=30)
    assert program.returncode == 0, errors + (log.read_text() if log.exists() else "no log")
    settings = configparser.ConfigParser()
    settings.read(folder / "ui-state.ini")
    return settings.get("window", "area")


def test_ctrl_2_switches_area_right_after_unlocking(display, encrypted_folder: Path, tmp_path: Path) -> None:
    assert run_and_press_ctrl_2(encrypted_folder, display, tmp_path, PASSPHRASE) == "diary"


def test_ctrl_2_switches_area_right_after_a_start_without_passphrase(display, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_services(folder).close()
    answered(folder)
    assert run_and_press_ctrl_2(folder, display, tmp_path, None) == "diary"
