"""Typed errors that every layer raises and the UI and command line show to the person.

Kept free of Qt and SQLAlchemy so that any module can import it cheaply.
"""

from __future__ import annotations

from pathlib import Path


class ValuesDeskError(Exception):
    """An error with a message meant for the person using the program."""

    title = "ValuesDesk"
    exit_code = 1

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.message}\n{self.detail}" if self.detail else self.message


class StartupError(ValuesDeskError):
    """The data folder cannot be opened; the program stops without touching it."""

    title = "ValuesDesk cannot open your data"
    exit_code = 2


class DataFolderNotWritable(StartupError):
    pass


class NotADatabase(StartupError):
    pass


class ForeignDatabase(StartupError):
    pass


class NewerDatabase(StartupError):
    pass


class AlreadyRunning(StartupError):
    exit_code = 3


class PassphraseRequired(StartupError):
    """The data file is encrypted and no passphrase was given: ask for one (never a new diary)."""

    title = "Your diary is locked"


class WrongPassphrase(StartupError):
    """The passphrase given does not open the encrypted data file; the file was not changed."""

    title = "Your diary is locked"


class DatabaseLocked(ValuesDeskError):
    title = "Your data is busy"


class DiskFull(ValuesDeskError):
    title = "Not enough disk space"


class DataFileNotAFile(StartupError):
    """A folder (or anything else that is not a plain file) has the data file's name."""


class DataFileLocked(StartupError):
    """Another program holds a write lock on the data file."""


class DiskFullAtStart(StartupError, DiskFull):
    """The disk is too full to open the data folder (its lock file, say, cannot be created)."""


class RestorableStartupError(StartupError):
    """The data file is there but cannot be used: damaged, or empty. It is kept exactly as it is,
    and ``backup_path`` names the newest good backup to offer instead (None when there is none)."""

    def __init__(self, message: str, *, detail: str = "", backup_path: Path | None = None) -> None:
        super().__init__(message, detail=detail)
        self.backup_path = backup_path
        self.shown = False  # set once the person has seen it (as the restore offer)


class DamagedDatabase(RestorableStartupError):
    pass


class EmptyDatabase(RestorableStartupError):
    pass


class StorageError(ValuesDeskError):
    title = "Your data could not be saved"


class NotFound(ValuesDeskError):
    title = "Not found"


class InvalidInput(ValuesDeskError):
    title = "Please check what you entered"


class ImportRefused(ValuesDeskError):
    """A file offered for import is damaged, foreign or too new; nothing was changed."""

    title = "This file cannot be imported"


class ExportFailed(ValuesDeskError):
    title = "The file could not be written"


class NothingToExport(ExportFailed):
    """What was chosen holds nothing the format writes (no diary, no date for a calendar): there is no file to make."""

    title = "Nothing to export"


class BackupFailed(ValuesDeskError):
    """A backup could not be made, or its copy failed the integrity check and was deleted."""

    title = "Your data could not be backed up"


class RestoreRefused(ValuesDeskError):
    """The file chosen to restore is not a ValuesDesk backup, is damaged or is newer; nothing was changed."""

    title = "This backup cannot be restored"
