"""Writing the files the person takes away: whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from valuesdesk.errors import DiskFull, ExportFailed


@contextlib.contextmanager
def temporary_beside(path: Path) -> Iterator[Path]:
    """A temporary file beside ``path`` to write into; when the block ends it takes ``path``'s
    place whole, so a failure never leaves half a file in place of a good one.

    Whatever stops the block (a full disk, Ctrl+C), no hidden copy of private writing stays
    behind. OSError passes through for the caller to word.
    """
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all."""
    path = Path(path)
    try:
        with temporary_beside(path) as temporary, temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        raise export_error(path, error) from error


def export_error(path: Path, error: OSError) -> Exception:
    if error.errno == errno.ENOSPC:
        return DiskFull(f"There is not enough free disk space to write {path.name}.", detail=str(path.parent))
    return ExportFailed(f"{path.name} could not be written.", detail=f"{path}\n{error.strerror or error}")
