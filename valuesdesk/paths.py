"""Where ValuesDesk keeps its files. Pure functions: nothing is created on import."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from valuesdesk import APP_NAME
from valuesdesk.files import PRIVATE_FOLDER_MODE

DATA_DIR_ENV = "VALUESDESK_DATA_DIR"
DATABASE_FILENAME = "valuesdesk.sqlite3"
LOCK_FILENAME = "valuesdesk.lock"
UI_STATE_FILENAME = "ui-state.ini"
BACKUP_FOLDERNAME = "backups"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The --data-dir option wins over the environment variable, which wins over the default."""
    chosen = cli_value or os.environ.get(DATA_DIR_ENV)
    return Path(chosen).expanduser().absolute() if chosen else default_data_dir()


def create_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing folder above it readable by this user only: the diary must
    not be open to others who share the computer. A folder that already exists keeps its permissions."""
    missing = []
    for ancestor in (folder, *folder.parents):
        if ancestor.exists():
            break
        missing.append(ancestor)
    for created in reversed(missing):
        created.mkdir(mode=PRIVATE_FOLDER_MODE, exist_ok=True)
        if os.name != "nt":
            created.chmod(PRIVATE_FOLDER_MODE)  # where a default ACL of the folder above would add to it


def is_default_data_dir(data_dir: Path) -> bool:
    return data_dir == default_data_dir()


def log_dir(data_dir: Path) -> Path:
    """Logs of the default data folder go to the platform's log folder; a chosen folder keeps its own."""
    if is_default_data_dir(data_dir):
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    return data_dir / "logs"


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILENAME


def lock_path(data_dir: Path) -> Path:
    return data_dir / LOCK_FILENAME


def backups_folder(data_dir: Path) -> Path:
    return data_dir / BACKUP_FOLDERNAME


def ui_state_path(data_dir: Path) -> Path:
    return data_dir / UI_STATE_FILENAME


def is_own_file(data_dir: Path, path: Path) -> bool:
    """Whether ``path`` is one of the files ValuesDesk keeps in ``data_dir`` (the database and its
    journal, the lock, the view state, and anything in the ``backups`` folder), which an export
    must never replace."""
    path = Path(path).expanduser().absolute()
    folder = path.parent.resolve()
    data_dir = Path(data_dir).resolve()
    if folder == backups_folder(data_dir):
        return True
    if folder != data_dir:
        return False
    return path.name.startswith(DATABASE_FILENAME) or path.name in (LOCK_FILENAME, UI_STATE_FILENAME)
