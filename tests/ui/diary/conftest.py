"""Fixtures of the Diary's tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def open_diary(make_window, qtbot):
    """A window showing the Diary, with data made by ``setup(services)`` beforehand."""

    def open_(setup=lambda services: None, window=None):
        window = window or make_window()
        setup(window.context.services)
        # Written straight into the store, the data announced no change: show it as an import would.
        window.diary_page.reload()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        return window, window.diary_page

    return open_
