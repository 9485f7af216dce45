"""Typing is saved once it pauses, at once on demand, and never lost when a save fails."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from valuesdesk.errors import DiskFull
from valuesdesk.ui.widgets.autosave import Autosaver, SaveIndicator


class Field(QLineEdit):
    def __init__(self, store: list[str], fail: list[bool]) -> None:
        super().__init__()
        self.setAccessibleName("Field")
        self.autosaver = Autosaver(self._save, self, delay_ms=50)
        self.indicator = SaveIndicator(self.autosaver)
        self.textEdited.connect(self.autosaver.schedule)
        self._store, self._fail = store, fail

    def _save(self) -> None:
        if self._fail[0]:
            raise DiskFull("There is not enough free disk space to save your changes.")
        self._store.append(self.text())


def test_typing_is_saved_after_a_pause_and_shown_as_saved(qtbot) -> None:
    store: list[str] = []
    field = Field(store, [False])
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "kind words")
    assert store == [] and field.indicator.text() == "Saving…"
    qtbot.waitUntil(lambda: store == ["kind words"], timeout=2000)
    assert field.indicator.text() == "Saved"


def test_a_failed_save_stays_pending_and_is_retried(qtbot) -> None:
    store: list[str] = []
    fail = [True]
    field = Field(store, fail)
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "brave")
    assert not field.autosaver.flush()
    assert field.autosaver.pending
    assert field.indicator.text().startswith("Not saved: There is not enough free disk space")
    fail[0] = False
    assert field.autosaver.flush()
    assert store == ["brave"] and not field.autosaver.pending


def test_the_window_will_not_close_over_text_it_could_not_save(make_window, qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = make_window()
    store: list[str] = []
    fail = [True]
    field = Field(store, fail)
    field.setParent(window.diary_page)
    window.context.coordinator.register(field.autosaver)
    field.autosaver.schedule()
    assert not window.close()
    assert window.isVisible()
    assert shown == ["There is not enough free disk space to save your changes."]
    fail[0] = False
    assert window.close()
    assert store == [""]


@pytest.fixture(autouse=True)
def _no_leftover_timers(qtbot):
    yield
    qtbot.wait(1)
