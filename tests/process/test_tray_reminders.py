"""The real program with a real system tray (``trayer``, an XEmbed tray host, on a bare Xvfb): the person
closes the window with the title bar's button, ValuesDesk keeps running in the tray and reminds at the
check-in's time; a start at login (``--in-tray``) never shows the window. Offscreen Qt has no tray.

Qt shows its notifications itself over an XEmbed tray when no D-Bus session is there (the session bus is
left out here). Skipped where Xvfb, xdotool or trayer is missing (Debian: apt install xvfb xdotool trayer).
About 15 s.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from valuesdesk.__main__ import window_problem
from valuesdesk.domain import ExperimentStatus
from valuesdesk.services import open_services
from valuesdesk.store.models import Experiment, Value

pytestmark = pytest.mark.skipif(
    not (sys.platform.startswith("linux") and all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "trayer"))),
    reason="needs Linux with Xvfb, xdotool and trayer (Debian: apt install xvfb xdotool trayer)",
)

WAIT = 30.0
REMINDER_IN = dt.timedelta(seconds=10)  # the check-in's time, from the start: after the window is closed
NOTIFIED = "reminders: notified (check_in)"


def until(condition: Callable[[], bool], what: str, wait: float = WAIT) -> None:
    deadline = time.monotonic() + wait
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {wait:.0f} s for {what}")
        time.sleep(0.05)


@pytest.fixture
def tray_display() -> Iterator[dict[str, str]]:
    """A bare X server with a tray host; the environment to run ValuesDesk there (no D-Bus session)."""
    # A display of its own well above :0, which other X servers on this machine (and sessions that
    # hide their lock files) take first; -noreset: probing it must not reset it under the tray host.
    number = next(
        number
        for number in range(100 + os.getpid() % 500, 1000)
        if not any(Path(path).exists() for path in (f"/tmp/.X{number}-lock", f"/tmp/.X11-unix/X{number}"))
    )
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"], stderr=subprocess.DEVNULL
    )
    environment = os.environ | {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        environment.pop(name, None)
    until(lambda: opens(display) or server.poll() is not None, "the X server")
    assert server.poll() is None, f"Xvfb on {display} ended"
    tray = subprocess.Popen(
        ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request", "--height", "28"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        problem = window_problem(environment)
        if problem is not None:
            pytest.skip(problem)
        # The tray is there once it owns the X selection that tray icons look for.
        until(lambda: tray_owned(display) or tray.poll() is not None, "the tray host")
        assert tray.poll() is None, f"trayer ended: {tray.communicate()[1]}"
        yield environment
    finally:
        for process in (tray, server):
            process.terminate()
            process.wait(timeout=10)


def opens(display: str) -> bool:
    xlib = x11()
    connection = xlib.XOpenDisplay(display.encode())
    if connection:
        xlib.XCloseDisplay(connection)
    return bool(connection)


def tray_owned(display: str) -> bool:
    xlib = x11()
    connection = xlib.XOpenDisplay(display.encode())
    if not connection:
        return False
    try:
        return bool(xlib.XGetSelectionOwner(connection, xlib.XInternAtom(connection, b"_NET_SYSTEM_TRAY_S0", 0)))
    finally:
        xlib.XCloseDisplay(connection)


class ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]


def x11() -> ctypes.CDLL:
    xlib = ctypes.cdll.LoadLibrary("libX11.so.6")
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xlib.XInternAtom.restype = ctypes.c_ulong
    xlib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    xlib.XGetSelectionOwner.restype = ctypes.c_ulong
    xlib.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    xlib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
    return xlib


def click_close_button(display: str, window: int) -> None:
    """What a window manager sends when the title bar's close button is clicked: WM_DELETE_WINDOW."""
    xlib = x11()
    connection = xlib.XOpenDisplay(display.encode())
    event = XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window
    event.xclient.message_type = xlib.XInternAtom(connection, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = xlib.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
    xlib.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
    xlib.XCloseDisplay(connection)  # flushes the event


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A try-on running today whose check-in comes :data:`REMINDER_IN` from now (the real clock: the
    program runs on it); keeping running in the tray chosen before, nothing missed since the last run."""
    now = dt.datetime.now().replace(microsecond=0)
    if (now + REMINDER_IN + dt.timedelta(seconds=WAIT)).date() != now.date():
        pytest.skip("too close to midnight: the check-in's day would change under the test")
    folder = tmp_path / "data"
    services = open_services(folder)
    try:
        with services.database.transaction() as session:
            session.add(
                Experiment(
                    value=Value(name="Kindness"),
                    status=ExperimentStatus.ACTIVE,
                    current_step=8,
                    start_date=now.date() - dt.timedelta(days=1),
                    duration_days=7,
                    checkin_time=(now + REMINDER_IN).time(),
                )
            )
    finally:
        services.close()
    (folder / "ui-state.ini").write_text(
        f"[window]\nused_for=myself\n[reminders]\nkeep_running=yes\nlast_check={now.isoformat()}\n"
    )
    return folder


def start(folder: Path, environment: dict[str, str], *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "valuesdesk", "--data-dir", str(folder), *arguments],
        env=environment | {"HOME": str(folder.parent)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def shown_windows(environment: dict[str, str]) -> list[int]:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "^ValuesDesk$"],
        env=environment,
        capture_output=True,
        text=True,
    )
    return [int(window) for window in found.stdout.split()]


def end(program: subprocess.Popen[str], log: Path) -> None:
    program.send_signal(signal.SIGTERM)  # as a session's end: saves and quits with 0
    _out, errors = program.communicate(timeout=30)
    assert program.returncode == 0, errors + (log.read_text() if log.exists() else "no log")
    assert "Traceback" not in errors


def test_closed_into_the_tray_it_keeps_running_and_reminds(tray_display, folder: Path) -> None:
    log = folder / "logs" / "valuesdesk.log"
    program = start(folder, tray_display)
    try:
        until(lambda: bool(shown_windows(tray_display)), "the window")
        until(lambda: log.exists() and "opened data folder" in log.read_text(), "the diary to open")
        time.sleep(1.0)  # the reminders started after the areas
        assert NOTIFIED not in log.read_text(), "the reminder came before the window could be closed"
        click_close_button(tray_display["DISPLAY"], shown_windows(tray_display)[0])
        until(lambda: not shown_windows(tray_display), "the window to go into the tray", wait=5)
        until(lambda: NOTIFIED in log.read_text(), "the check-in's reminder")
        assert program.poll() is None, "it kept running in the tray"
    finally:
        end(program, log)


def test_a_start_at_login_never_shows_the_window(tray_display, folder: Path) -> None:
    log = folder / "logs" / "valuesdesk.log"
    program = start(folder, tray_display, "--in-tray")
    try:
        seen = []

        def opened() -> bool:
            seen.extend(shown_windows(tray_display))
            return log.exists() and "opened data folder" in log.read_text()

        until(opened, "the diary to open")
        time.sleep(1.0)
        assert seen == [] and shown_windows(tray_display) == []
        assert program.poll() is None
    finally:
        end(program, log)
