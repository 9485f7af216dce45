"""Backups of one data folder, for the window and the command line (the files: ``store/backups.py``).

Every call opens and closes its own SQLite connections and shares nothing with the window's
``Database``, so ``back_up_if_due`` and ``back_up_now`` can run in a worker thread (a QRunnable)
while the person keeps typing; what they return is frozen, to be handed back to the window.

An encrypted diary's copies are encrypted with its key, which each call takes from the open
database once, as it starts: a copy under way when the diary locks finishes with the key it began
with, and one asked for while the diary is locked is refused (``PassphraseRequired``).
"""

from __future__ import annotations

from pathlib import Path

from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.errors import PassphraseRequired
from valuesdesk.paths import backups_folder, database_path
from valuesdesk.store import backups
from valuesdesk.store.backups import BackupInfo, BackupKind, CheckDepth
from valuesdesk.store.database import Database

__all__ = ["BackupInfo", "BackupKind", "BackupService", "CheckDepth"]


class BackupService:
    def __init__(self, data_dir: Path, database: Database | None = None) -> None:
        """``database``: the open database whose key the copies take; None while it is not open
        (``valuesdesk restore``), when a plaintext diary is assumed."""
        self._data_dir = data_dir
        self._database_path = database_path(data_dir)
        self._database = database

    def _key(self) -> Passphrase | None:
        """The key now, read once per call; ``PassphraseRequired`` while an encrypted diary is locked."""
        return None if self._database is None else self._database.key

    @property
    def folder(self) -> Path:
        """Where the copies are, to name in messages."""
        return backups_folder(self._data_dir)

    def daily_backup_due(self) -> bool:
        """Whether today has no daily or manual copy yet; from the file names alone, so cheap anywhere."""
        return backups.daily_backup_due(self._data_dir)

    def back_up_if_due(self) -> BackupInfo | None:
        """Today's daily copy, unless today already has a daily or manual one, or the diary is locked (then None)."""
        if not backups.daily_backup_due(self._data_dir):
            return None
        try:
            key = self._key()
        except PassphraseRequired:
            return None  # locked: made once it is unlocked, when the window asks again
        return backups.make_backup(self._database_path, self._data_dir, BackupKind.DAILY, key)

    def back_up_now(self) -> BackupInfo:
        """File ▸ Back Up Now… and ``valuesdesk backup``: a copy kept like a daily one."""
        return backups.make_backup(self._database_path, self._data_dir, BackupKind.MANUAL, self._key())

    def save_copy(self, target: Path) -> Path:
        """``valuesdesk backup -o FILE``: a checked copy written to ``target``."""
        return backups.save_copy(self._database_path, target, self._key())

    def list_backups(self) -> tuple[BackupInfo, ...]:
        """Newest first, each with its date, size and diary days; damaged ones say so."""
        return backups.list_backups(self._data_dir, self._key())

    def newest_good_backup(self) -> BackupInfo | None:
        return backups.newest_good_backup(self._data_dir, self._key())

    def check(self, depth: CheckDepth = CheckDepth.QUICK) -> str | None:
        """What is wrong with the database file, or None; only while it is not open for writing."""
        return backups.check_database(self._database_path, depth, self._key())

    def restore(self, backup: Path, key: Passphrase | None = None) -> BackupInfo | None:
        """Put ``backup`` in place of the database; the database must be closed first and opened
        again afterwards (see ``store.backups.restore``). Returns the copy of what it replaced.
        ``key``: the data folder's, when the database is not open (else its own)."""
        return backups.restore(self._data_dir, backup, key if self._database is None else self._key())
