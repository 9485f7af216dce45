"""Noticing that the person has left the computer: the screen locks, or the computer goes to sleep.

:class:`AwayWatcher` emits ``away(reason)`` for each way the system tells:

- everywhere, a sleep detector: a timer compares how far the wall clock and the monotonic clock
  moved since its last tick. The monotonic clock stands still while the computer sleeps (Linux's
  CLOCK_MONOTONIC, macOS's mach time); a wall clock far ahead of it means the computer slept, or
  its clock was put forward, and locking then does no harm;
- on Linux and the BSDs, through D-Bus: the desktop's screen saver (``ActiveChanged(true)`` of
  ``org.freedesktop.ScreenSaver``, or GNOME's ``org.gnome.ScreenSaver``) and logind's
  ``PrepareForSleep(true)``;
- on Windows, the session-lock notification (``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``,
  once the window is registered for it) and suspend (``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``).

macOS says that its screen locked only to Objective-C (``com.apple.screenIsLocked``): there, the
sleep detector and the idle time are what lock.
"""

from __future__ import annotations

import ctypes
import logging
import sys
import time

from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray, QCoreApplication, QObject, QTimer, Signal, Slot

from valuesdesk.domain import dates

log = logging.getLogger(__name__)

SLEEP_CHECK_MS = 15_000
# The wall clock may run this far ahead of the monotonic one between two ticks before it counts as sleep.
SLEEP_GAP_SECONDS = 60.0

# (path, interface) of the screen savers that say ActiveChanged(bool) on the session bus.
SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class WindowsMessage(ctypes.Structure):
    """The start of Windows' MSG, as far as is read here."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


def windows_away_reason(event_type: bytes, message: int) -> str | None:
    """Why a native Windows message means the person has left (None when it does not)."""
    if event_type != b"windows_generic_MSG" or not message:
        return None
    msg = WindowsMessage.from_address(message)
    if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
        return "the session was locked"
    if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
        return "the computer is going to sleep"
    return None


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: AwayWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(
        self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> tuple[bool, int]:
        reason = windows_away_reason(bytes(QByteArray(eventType).data()), int(message))
        if reason is not None:
            self._watcher.away.emit(reason)
        return False, 0


class AwayWatcher(QObject):
    away = Signal(str)  # why, for the log

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wall = dates.now()
        self._monotonic = time.monotonic()
        self._sleep_check = QTimer(self)
        self._sleep_check.setInterval(SLEEP_CHECK_MS)
        self._sleep_check.timeout.connect(self._check_for_sleep)
        self._sleep_check.start()
        self._windows_filter: _WindowsFilter | None = None

    def _check_for_sleep(self) -> None:
        wall, monotonic = dates.now(), time.monotonic()
        gap = (wall - self._wall).total_seconds() - (monotonic - self._monotonic)
        self._wall, self._monotonic = wall, monotonic
        if gap > SLEEP_GAP_SECONDS:
            self.away.emit("the computer slept")

    def listen_to_bus(self, session_bus: object, system_bus: object) -> None:
        """Hear the screen saver on ``session_bus`` and logind on ``system_bus`` (QDBusConnections)."""
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection

        assert isinstance(session_bus, QDBusConnection) and isinstance(system_bus, QDBusConnection)
        # PySide takes the slot as SLOT() writes it (a str), whatever its stubs say.
        if session_bus.isConnected():
            for path, interface in SCREEN_SAVERS:
                session_bus.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("_screen_saver_active(bool)")
                )
        if system_bus.isConnected():
            service, path, interface = LOGIND
            system_bus.connect(  # type: ignore[call-overload]
                service, path, interface, "PrepareForSleep", self, SLOT("_preparing_for_sleep(bool)")
            )

    def listen_to_system(self, window_id: int) -> None:
        """Listen where this system tells; ``window_id`` is the main window's (Windows sends it the session lock)."""
        if sys.platform == "win32":
            app = QCoreApplication.instance()
            assert app is not None
            self._windows_filter = _WindowsFilter(self)
            app.installNativeEventFilter(self._windows_filter)
            if not ctypes.windll.wtsapi32.WTSRegisterSessionNotification(window_id, NOTIFY_FOR_THIS_SESSION):
                log.warning("Windows will not say when the session locks")
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt without D-Bus: the sleep detector is left
            return
        self.listen_to_bus(QDBusConnection.sessionBus(), QDBusConnection.systemBus())

    @Slot(bool)
    def _screen_saver_active(self, active: bool) -> None:
        if active:
            self.away.emit("the screen saver started")

    @Slot(bool)
    def _preparing_for_sleep(self, starting: bool) -> None:
        if starting:
            self.away.emit("the computer is going to sleep")
