"""Typing is saved once it pauses, within a second while it does not, at once on demand, never lost on failure."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMessageBox, QWidget

from valuesdesk.domain import dates
from valuesdesk.errors import DiskFull
from valuesdesk.ui.widgets.autosave import AUTOSAVE_MAX_WAIT_MS, Autosaver, SaveIndicator

PROMISE_SECONDS = 1.0  # typing is committed at most this long after the first unsaved keystroke


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


def test_the_indicator_keeps_its_place_from_nothing_to_saving_to_saved(qtbot) -> None:
    # Beside a title that stretches, as in the diary and the wizard: the title must not move or wrap.
    store: list[str] = []
    field = Field(store, [False])
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    title = QLabel("Kindness · day 3 of 7")
    layout.addWidget(title, 1)
    layout.addWidget(field.indicator)
    row.resize(400, 40)
    row.show()
    qtbot.wait(20)
    places = (title.geometry(), field.indicator.geometry())
    qtbot.keyClicks(field, "kind")
    assert field.indicator.text() == "Saving…"
    qtbot.wait(20)
    assert (title.geometry(), field.indicator.geometry()) == places
    qtbot.waitUntil(lambda: field.indicator.text() == "Saved", timeout=2000)
    qtbot.wait(20)
    assert (title.geometry(), field.indicator.geometry()) == places


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


def test_typing_without_pause_is_saved_by_the_deadline(qtbot) -> None:
    store: list[str] = []
    field = Field(store, [False])
    qtbot.addWidget(field)
    field.autosaver = Autosaver(field._save, field, delay_ms=200, max_wait_ms=300)
    field.textEdited.disconnect()
    field.textEdited.connect(field.autosaver.schedule)
    started = time.monotonic()
    while time.monotonic() - started < 0.5:
        qtbot.keyClicks(field, "a")
        qtbot.wait(20)  # never the 200 ms pause
    assert store, "saved while the typing went on"
    assert store[0].startswith("a") and field.text().startswith(store[-1])


def test_a_failed_save_gets_a_new_deadline_at_the_next_edit(qtbot) -> None:
    store: list[str] = []
    fail = [True]
    field = Field(store, fail)
    qtbot.addWidget(field)
    field.autosaver = Autosaver(field._save, field, delay_ms=5000, max_wait_ms=100)
    field.textEdited.disconnect()
    field.textEdited.connect(field.autosaver.schedule)
    qtbot.keyClicks(field, "a")
    qtbot.waitUntil(lambda: field.autosaver.error is not None, timeout=1000)
    fail[0] = False
    qtbot.keyClicks(field, "b")
    qtbot.waitUntil(lambda: store == ["ab"], timeout=1000)


def type_for_seconds_and_check_the_disk(qtbot, field, autosaver, read_back, seconds: float = 2.5) -> None:
    """Types into ``field`` without pause; after each save, what ``read_back`` finds on disk is checked.

    Saves come at most a second apart, and each holds everything typed up to that moment.
    """
    on_disk: list[tuple[float, str]] = []
    autosaver.saved.connect(lambda: on_disk.append((time.monotonic(), read_back())))
    typed: list[tuple[float, str]] = []
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        qtbot.keyClicks(field, "x")
        typed.append((time.monotonic(), field.toPlainText()))
        qtbot.wait(15)
    ended = time.monotonic()

    assert len(on_disk) >= 3, "saved while the typing went on, not only at its end"
    times = [started] + [at for at, _text in on_disk]
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert max(gaps) <= PROMISE_SECONDS, f"saves {gaps} s apart"
    assert ended - times[-1] <= PROMISE_SECONDS
    # What is on disk is what had been typed, never less than what was typed a second earlier.
    for at, text in on_disk:
        typed_then = [shown for typed_at, shown in typed if typed_at <= at]
        assert text == typed_then[-1]
        a_second_before = [shown for typed_at, shown in typed if typed_at <= at - PROMISE_SECONDS]
        assert not a_second_before or len(text) >= len(a_second_before[-1])


def test_continuous_typing_in_the_diary_is_on_disk_at_most_a_second_apart(make_window, make_experiment, qtbot) -> None:
    """The real diary field, typed into for 2.5 s without pause: saves come within the second."""
    window = make_window()
    services = window.context.services
    experiment_id = make_experiment(services=services)
    window.diary_page.reload()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    editor = window.diary_page.day_view.tabs.currentWidget()

    def read_back() -> str:
        (entry,) = services.diary.day_entries(dates.today(), experiment_id, dates.today())
        return entry.values["others_reactions"]

    type_for_seconds_and_check_the_disk(qtbot, editor.inputs["others_reactions"], editor.autosaver, read_back)


def test_continuous_typing_in_a_note_is_on_disk_at_most_a_second_apart(make_window, qtbot) -> None:
    window = make_window()
    section = window.questions_panel.notes_sections[2]
    if not section.toggle.isChecked():
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    note = section.editors[0]

    def read_back() -> str:
        (saved,) = window.context.services.therapist_notes.notes_for(3)
        return saved.text

    type_for_seconds_and_check_the_disk(qtbot, note.editor, note.autosaver, read_back)


def test_every_editor_saves_through_an_autosaver_with_the_deadline() -> None:
    """Wizard pages, diary, notes and lists: every typing screen owns an Autosaver, none its own timer."""
    ui = Path(__file__).parents[2] / "valuesdesk" / "ui"
    owners = {
        path.relative_to(ui).as_posix()
        for path in ui.rglob("*.py")
        if "Autosaver(" in path.read_text(encoding="utf-8") and path.name != "autosave.py"
    }
    assert owners == {"wizard/wizard.py", "wizard/item_list.py", "diary/entry_editor.py", "questions/notes.py"}
    assert AUTOSAVE_MAX_WAIT_MS < PROMISE_SECONDS * 1000


@pytest.fixture(autouse=True)
def _no_leftover_timers(qtbot):
    yield
    qtbot.wait(1)
