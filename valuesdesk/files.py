"""Writing the files the person takes away: whole or not at all."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from valuesdesk.errors import DiskFull, ExportFailed


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: into a temporary file beside it, which then
    takes ``path``'s place, so a failure never leaves half a file in place of a good one.

    Whatever stops the writing (a full disk, Ctrl+C), no hidden copy of private writing stays behind.
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
