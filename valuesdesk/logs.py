"""Logging to a rotating file. Only events and error types are logged, never what the person wrote."""

from __future__ import annotations

import io
import logging
import logging.handlers
from pathlib import Path

from valuesdesk.files import private_opener
from valuesdesk.paths import create_private_folder

LOG_FILENAME = "valuesdesk.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file, the first and each one after a rotation, is this user's only."""

    def _open(self) -> io.TextIOWrapper:
        # A rotating handler always appends.
        return open(self.baseFilename, "a", encoding=self.encoding, errors=self.errors, opener=private_opener)


def configure_logging(directory: Path, *, verbose: bool = False) -> Path | None:
    """Log to ``directory``; returns the log file, or None when the folder cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        create_private_folder(directory)
        handler = PrivateRotatingFileHandler(
            directory / LOG_FILENAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # SQLAlchemy would log statements with their parameters, which are the person's words;
    # Alembic announces every plugin at INFO. Only their warnings are worth keeping.
    for library in ("sqlalchemy", "alembic"):
        logging.getLogger(library).setLevel(logging.WARNING)
    return directory / LOG_FILENAME
