"""The data folder of one ValuesDesk process: writable, private, and held by it alone.

A lock file beside the database keeps a second ValuesDesk (or a command such as ``demo``) out.
It is an operating-system lock (``flock`` on Linux and macOS, a locked region on Windows), so it
goes with the process that holds it, however that process ends: a ValuesDesk that crashed or was
killed never locks the person out. (A ``SoftFileLock`` would: its lock is the file's existence.)

A folder ValuesDesk creates is private from the start; one that already existed (a ``--data-dir``
the person chose, files of an older version) may be open to others: ``shared_with_others`` finds
what is, ``make_private`` closes it. Only ValuesDesk's own files are looked at or changed, never
anything else the person keeps in the folder.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import filelock

from valuesdesk.errors import AlreadyRunning, DataFolderNotWritable, DiskFullAtStart
from valuesdesk.files import PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE
from valuesdesk.paths import backups_folder, create_private_folder, database_path, is_own_file, lock_path, log_dir

# Any permission at all for the folder's group or for everyone else.
_FOR_OTHERS = 0o077
# Entering a folder (and so opening what is in it, by name) as one of its group or anyone else.
_OTHERS_ENTER = 0o011
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
        self._lock = filelock.FileLock(lock_path(data_dir), timeout=0, mode=PRIVATE_FILE_MODE)

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
            handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        except FileExistsError:
            return  # made meanwhile by the process that holds it
        except OSError as error:
            raise _not_writable(self._data_dir, error) from error
        os.close(handle)
        path.unlink(missing_ok=True)

    def release(self) -> None:
        """Releasing a lock not held (again, say) is harmless."""
        self._lock.release()


# Who may read the folder


def shared_with_others(data_dir: Path) -> tuple[Path, ...]:
    """ValuesDesk's folders and files that other users of this computer can open: each that gives
    its group or everyone else any permission and lies in folders they may enter. Empty on Windows,
    which gives a user's folders to that user by its own rules, and for a folder not made yet."""
    if os.name == "nt":
        return ()
    return tuple(path for path, mode, reachable in _own_paths(data_dir) if reachable and mode & _FOR_OTHERS)


def make_private(data_dir: Path) -> tuple[Path, ...]:
    """Make the data folder and the backups and log folders this user's only (0700), and every
    file of ValuesDesk's in them (0600); returns those that could not be changed (another user's)."""
    if os.name == "nt":
        return ()
    refused = []
    for path, mode, _reachable in _own_paths(data_dir):
        private = PRIVATE_FOLDER_MODE if path.is_dir() else PRIVATE_FILE_MODE
        if mode != private:
            try:
                path.chmod(private)
            except OSError:
                refused.append(path)
    return tuple(refused)


def _own_paths(data_dir: Path) -> Iterator[tuple[Path, int, bool]]:
    """Each of ValuesDesk's folders and files with its permissions, and whether others may reach it:
    every folder above it, up to the data folder (or the log folder), lets them in."""
    logs = log_dir(data_dir)
    if not data_dir.is_dir():
        return
    mode = stat.S_IMODE(data_dir.stat().st_mode)  # the folder a link named as the data folder leads to
    yield data_dir, mode, True
    try:
        entries = sorted(data_dir.iterdir())
    except OSError:
        return  # a folder that cannot be listed holds nothing this process could change
    for entry in entries:
        if entry in (backups_folder(data_dir), logs) or is_own_file(data_dir, entry):
            yield from _tree(entry, reachable=bool(mode & _OTHERS_ENTER))
    if logs.parent != data_dir:  # the default data folder's logs are in the system's log folder
        yield from _tree(logs, reachable=True)


def _tree(path: Path, reachable: bool) -> Iterator[tuple[Path, int, bool]]:
    """``path`` and, for a folder, everything in it; links are left alone (what they lead to is not ours)."""
    status = _status(path)
    if status is None or stat.S_ISLNK(status.st_mode):
        return
    mode = stat.S_IMODE(status.st_mode)
    yield path, mode, reachable
    if stat.S_ISDIR(status.st_mode):
        try:
            entries = sorted(path.iterdir())
        except OSError:
            return
        for entry in entries:
            yield from _tree(entry, reachable and bool(mode & _OTHERS_ENTER))


def _status(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except OSError:
        return None  # gone meanwhile, or not ours to look at
