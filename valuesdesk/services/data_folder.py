"""The data folder of one ValuesDesk process: writable, and held by it alone.

A lock file beside the database keeps a second ValuesDesk (or a command such as ``demo``) out.
It is an operating-system lock (``flock`` on Linux and macOS, a locked region on Windows), so it
goes with the process that holds it, however that process ends: a ValuesDesk that crashed or was
killed never locks the person out. (A ``SoftFileLock`` would: its lock is the file's existence.)
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import filelock

from valuesdesk.errors import AlreadyRunning, DataFolderNotWritable, DiskFullAtStart
from valuesdesk.paths import create_private_folder, database_path, lock_path

# The lock file is readable by this user only, like everything else in the folder.
LOCK_FILE_MODE = 0o600
# What a full disk (or a full quota) says, wherever at start it is found.
_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def _disk_full(data_dir: Path) -> DiskFullAtStart:
    return DiskFullAtStart(
        "There is not enough free disk space to open your data.",
        detail=f"Free some space on the disk that holds the data folder, then start ValuesDesk again. "
        f"Nothing was changed:\n{data_dir}",
    )


def _not_writable(data_dir: Path, error: OSError) -> DataFolderNotWritable | DiskFullAtStart:
    if error.errno in _FULL:
        return _disk_full(data_dir)
    return DataFolderNotWritable(
        "ValuesDesk cannot write to its data folder.",
        detail=f"{data_dir}\n{error.strerror or error}. "
        "Choose another folder with --data-dir, or give yourself write access to this one.",
    )


def ensure_writable_folder(data_dir: Path) -> None:
    try:
        create_private_folder(data_dir)
        with tempfile.TemporaryFile(dir=data_dir):
            pass
        database = database_path(data_dir)
        if database.is_file() and not os.access(database, os.R_OK | os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(database))
    except OSError as error:
        raise _not_writable(data_dir, error) from error


class DataFolderLock:
    def __init__(self, data_dir: Path) -> None:
        self._data_dir = data_dir
        self._lock = filelock.FileLock(lock_path(data_dir), timeout=0, mode=LOCK_FILE_MODE)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except filelock.Timeout:
            # Not acquired: either another process holds it, or the lock file could not be made.
            self._raise_if_lock_file_cannot_be_made()
            raise AlreadyRunning(
                "ValuesDesk is already open with this data folder.",
                detail="Switch to the open ValuesDesk window, or close it and start ValuesDesk again.",
            ) from None
        except OSError as error:  # told apart by errno: a full disk, or a folder that refuses writing
            raise _not_writable(self._data_dir, error) from error

    def _raise_if_lock_file_cannot_be_made(self) -> None:
        path = lock_path(self._data_dir)
        if path.exists():
            return
        try:
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, LOCK_FILE_MODE)
        except FileExistsError:
            return  # made meanwhile by the process that holds it
        except OSError as error:
            raise _not_writable(self._data_dir, error) from error
        os.close(handle)
        path.unlink(missing_ok=True)

    def release(self) -> None:
        """Releasing a lock not held (again, say) is harmless."""
        self._lock.release()
