"""The named mutex that tells ValuesDesk's Windows Setup and Uninstall that ValuesDesk is running.

packaging/windows/valuesdesk.iss names it in ``AppMutex``: while any ValuesDesk process holds it, Setup and
Uninstall ask the person to close ValuesDesk first, so an update never replaces the program under a running
copy and an uninstall never deletes an open diary. Other systems have no such installer: there holding the
mutex does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

# The .iss says the same in AppMutex (tests/packaging/test_windows_installer.py checks it). Never change it:
# the Setup of a newer version must recognise an older ValuesDesk that is still running.
APP_MUTEX_NAME = "org.valuesdesk.ValuesDesk.Running"

log = logging.getLogger(__name__)


def hold_app_mutex() -> None:
    """Create the app mutex (or open it, if another ValuesDesk did) and hold it until the process ends.

    The handle is never closed on purpose: Windows closes it when the process exits, however it exits, so the
    mutex exists exactly while a ValuesDesk process does. Nothing happens off Windows.
    """
    if sys.platform != "win32":
        return
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    create_mutex = kernel32.CreateMutexW
    create_mutex.argtypes = (wintypes.LPVOID, wintypes.BOOL, wintypes.LPCWSTR)
    create_mutex.restype = wintypes.HANDLE
    if not create_mutex(None, False, APP_MUTEX_NAME):
        # Only Setup's check is lost; ValuesDesk itself works as before, so this is no reason to stop.
        log.warning("Could not create the app mutex for the installer (Windows error %d)", ctypes.get_last_error())
