"""Window geometry and similar view state, kept in an INI file in the data folder.

Kept beside the data (not in the system's settings store) so that each data folder, including
each test's temporary one, has its own, and nothing of ValuesDesk is left elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class UiState:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def value(self, key: str, default: object = None) -> object:
        return self._settings.value(key, default)

    def set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
