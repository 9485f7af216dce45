"""The data folder of one ValuesDesk process: writable, and held by it alone.

A lock file beside the database keeps a second ValuesDesk (or a command such as ``demo``) out.
It is an operating-system lock (``flock`` on Linux and macOS, a locked region on Windows), so it
goes with the process that holds it, however that process ends: a ValuesDesk that crashed or was
killed never locks the person out. (A ``SoftFileLock`` would: its lock is the file's existence.)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import filelock

from valuesdesk.errors import AlreadyRunning, DataFolderNotWritable
from valuesdesk.paths import create_private_folder, database_path, lock_path

# The lock file is readable by this user only, like everything else in the folder.
LOCK_FILE_MODE = 0o600


def ensure_writable_folder(data_dir: Path) -> None:
    try:
        create_private_folder(data_dir)
        with tempfile.TemporaryFile(dir=data_dir):
            pass
        database = database_path(data_dir)
        if database.exists() and not os.access(database, os.R_OK | os.W_OK):
            raise PermissionError(database)
    except OSError as error:
        raise DataFolderNotWritable(
            "ValuesDesk cannot write to its data folder.",
            detail=f"{data_dir}\n{error.strerror or error}. "
            "Choose another folder with --data-dir, or give yourself write access to this one.",
        ) from error


class DataFolderLock:
    def __init__(self, data_dir: Path) -> None:
        self._lock = filelock.FileLock(lock_path(data_dir), timeout=0, mode=LOCK_FILE_MODE)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise AlreadyRunning(
                "ValuesDesk is already open with this data folder.",
                detail="Switch to the open ValuesDesk window, or close it and start ValuesDesk again.",
            ) from None

    def release(self) -> None:
        """Releasing a lock not held (again, say) is harmless."""
        self._lock.release()
