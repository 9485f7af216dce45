"""One ValuesDesk at a time per data folder, enforced with a lock file beside the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from valuesdesk.errors import AlreadyRunning
from valuesdesk.paths import lock_path


class DataFolderLock:
    def __init__(self, data_dir: Path) -> None:
        self._lock = QLockFile(str(lock_path(data_dir)))
        # A lock left by a crashed ValuesDesk is taken over once its process is gone.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> None:
        if not self._lock.tryLock(0):
            holder = self._lock.getLockInfo()
            pid = holder[1] if holder and holder[0] else None
            raise AlreadyRunning(
                "ValuesDesk is already open with this data folder.",
                detail="Switch to the open ValuesDesk window"
                + (f" (process {pid})" if pid else "")
                + ", or close it and start ValuesDesk again.",
            )

    def release(self) -> None:
        self._lock.unlock()
