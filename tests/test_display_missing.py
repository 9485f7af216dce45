"""Without a display, or without the system libraries of Qt's X11 plugin, ValuesDesk says what is missing and
how to get it, and exits with 2: never Qt's abort (exit 134, "Reinstalling the application may fix this
problem")."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from valuesdesk.__main__ import NO_DISPLAY, X11_LIBRARIES, window_problem, x_server_answers

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")

QT_ABORT = "Reinstalling the application may fix this problem"
# A library no system has, with the packages a person would be told to install for it.
NOWHERE = ("libvaluesdesk-nowhere.so.7", "libvaluesdesk-nowhere7", "valuesdesk-nowhere-libs")


def stripped_environment(home: Path, **extra: str) -> dict[str, str]:
    """What a login without a desktop session has: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM."""
    kept = {name: os.environ[name] for name in ("PATH", "LANG", "PYTHONPATH") if name in os.environ}
    return kept | {"HOME": str(home), "XDG_RUNTIME_DIR": str(home)} | extra


@pytest.fixture
def display() -> Iterator[str]:
    """A local display at which something listens, as an X server does (Xlib's abstract socket)."""
    number = 3000 + os.getpid() % 1000
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")
        server.listen()
        yield f":{number}"


def start_valuesdesk(home: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "valuesdesk", "--data-dir", str(home / "data")],
        env=stripped_environment(home, **environment),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[1],
    )


def test_without_a_display_it_says_so_and_exits_with_2(tmp_path: Path) -> None:
    result = start_valuesdesk(tmp_path)

    assert result.returncode == 2
    assert "no display to show it on" in result.stderr and "DISPLAY" in result.stderr
    assert QT_ABORT not in result.stderr and "qt.qpa" not in result.stderr


def test_a_display_nothing_answers_at_is_said_and_exits_with_2(tmp_path: Path) -> None:
    absent = next(f":{number}" for number in range(987, 1100) if not x_server_answers(f":{number}"))

    result = start_valuesdesk(tmp_path, DISPLAY=absent)

    assert result.returncode == 2
    assert f"no display answers at DISPLAY={absent}" in result.stderr
    assert QT_ABORT not in result.stderr and "qt.qpa" not in result.stderr


def test_the_commands_need_no_display(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "valuesdesk", "--version"],
        env=stripped_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[1],
    )

    assert result.returncode == 0 and result.stderr == ""


def test_a_missing_library_is_named_with_the_packages_that_bring_it(display: str) -> None:
    problem = window_problem({"DISPLAY": display}, (*X11_LIBRARIES, NOWHERE))

    assert problem is not None
    assert "libvaluesdesk-nowhere.so.7" in problem
    assert "sudo apt install libvaluesdesk-nowhere7" in problem
    assert "sudo dnf install valuesdesk-nowhere-libs" in problem


def test_packages_shared_by_several_libraries_are_named_once(display: str) -> None:
    missing = (("liba.so.1", "libxcb1", "libxcb"), ("libb.so.1", "libxcb-shm0", "libxcb"))

    problem = window_problem({"DISPLAY": display}, missing)

    assert problem is not None and "sudo dnf install libxcb\n" in problem + "\n"
    assert "sudo apt install libxcb1 libxcb-shm0" in problem


@pytest.mark.parametrize(
    "environment",
    [
        {"WAYLAND_DISPLAY": "wayland-0"},  # Qt takes Wayland first
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":0"},
        {"QT_QPA_PLATFORM": "vnc:size=800x600"},
    ],
)
def test_other_platforms_are_left_to_qt(environment: dict[str, str]) -> None:
    assert window_problem(environment, (NOWHERE,)) is None


def test_a_display_on_another_computer_is_left_to_qt() -> None:
    assert window_problem({"DISPLAY": "localhost:10.0"}, ()) is None


def test_x11_asked_for_without_a_display_is_said() -> None:
    assert window_problem({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, (NOWHERE,)) == NO_DISPLAY
