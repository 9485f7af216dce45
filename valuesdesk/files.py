"""Writing the files the person takes away: whole or not at all."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from valuesdesk.errors import DiskFull, ExportFailed


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file beside it, so that a failure never
    leaves half a file in place of a good one."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise export_error(path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        # Whatever stops the write (a full disk, Ctrl+C), no hidden copy of private writing stays behind.
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise export_error(path, error) from error
        raise


def export_error(path: Path, error: OSError) -> Exception:
    if error.errno == errno.ENOSPC:
        return DiskFull(f"There is not enough free disk space to write {path.name}.", detail=str(path.parent))
    return ExportFailed(f"{path.name} could not be written.", detail=f"{path}\n{error.strerror or error}")
