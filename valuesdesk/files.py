"""Files for this user only, and the files the person takes away written whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from valuesdesk.errors import DiskFull, ExportFailed

# What ValuesDesk writes is for the person who runs it: others who share the computer (and its
# backups or synced folders) must not read a diary, a therapist's notes or even a log.
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
# Set for the whole process at start, so that files made by the libraries (SQLite's database,
# -wal and -shm; Qt's ui-state.ini) are private too, whatever the mode of the folder they are in.
PRIVATE_UMASK = 0o077


def keep_new_files_private() -> int:
    """Make every file and folder this process creates from now on readable by this user only;
    returns the mask it replaces. (Windows gives a user's files to that user by its own rules.)"""
    return os.umask(PRIVATE_UMASK)


def private_opener(path: str, flags: int) -> int:
    """For ``open(..., opener=private_opener)``: a file readable by this user only, whatever the
    process's umask."""
    handle = os.open(path, flags, PRIVATE_FILE_MODE)
    if flags & os.O_CREAT and os.name != "nt":
        # open() leaves an existing file's mode as it was, and a folder's default ACL may add to a
        # new one's. (A file of another user's that this one may write to stays as its owner made it.)
        with contextlib.suppress(PermissionError):
            os.fchmod(handle, PRIVATE_FILE_MODE)
    return handle


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: into a temporary file beside it, which then
    takes ``path``'s place, so a failure never leaves half a file in place of a good one.

    Whatever stops the writing (a full disk, Ctrl+C), no hidden copy of private writing stays behind.
    The file is readable by this user only (``mkstemp`` makes it so), also where it replaces one that was not.
    """
    path = Path(path)
    temporary: Path | None = None
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise _failure(path, error) from error
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)


def _failure(path: Path, error: OSError) -> ExportFailed | DiskFull:
    if error.errno == errno.ENOSPC:
        return DiskFull(f"There is not enough free disk space to write {path.name}.", detail=str(path.parent))
    return ExportFailed(f"{path.name} could not be written.", detail=f"{path}\n{error.strerror or error}")
