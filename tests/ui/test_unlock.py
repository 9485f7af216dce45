"""Start-up of an encrypted diary: the lock screen comes before anything of the diary is read; a wrong
passphrase is said there and leaves the file as it was; the right one opens the diary; Quit ends."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_lock import SECRET, diary_shown, encrypted, texts_on_screen  # noqa: F401 (a fixture)

from valuesdesk.__main__ import main
from valuesdesk.paths import database_path, ui_state_path
from valuesdesk.ui.main_window import MainWindow
from valuesdesk.ui.settings import USED_FOR, Settings, UsedFor

GIVE_UP_MS = 20_000


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


@dataclass
class Person:
    """Does each step once the window is ready for it, from inside the program's event loop; what
    a step notes is checked once the program has ended. A step that fails, or a program that
    stops waiting for the person, closes the window, so that the test ends."""

    steps: list[tuple[Callable[[MainWindow], bool], Callable[[MainWindow], None]]]
    noted: dict[str, object] = field(default_factory=dict)
    failure: BaseException | None = None

    def start(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()
        QTimer.singleShot(GIVE_UP_MS, self._give_up)

    def _look(self) -> None:
        window = main_window()
        if window is None or not self.steps:
            return
        ready, act = self.steps[0]
        try:
            if ready(window):
                self.steps.pop(0)
                act(window)
        except BaseException as error:  # the test reports it once the program has ended
            self.failure = error
            self.steps.clear()
            window.close()

    def _give_up(self) -> None:
        if self.steps and (window := main_window()) is not None:
            self.failure = AssertionError(f"{len(self.steps)} steps were never ready")
            window.close()

    def check(self) -> None:
        self._timer.stop()
        if self.failure is not None:
            raise self.failure
        assert not self.steps, "the program ended before every step was done"


def asks_for_passphrase(window: MainWindow) -> bool:
    screen = window.lock_screen
    return screen.isVisible() and screen.field.isEnabled() and not screen.message.isVisible()


def says_why(window: MainWindow) -> bool:
    screen = window.lock_screen
    return screen.field.isEnabled() and screen.message.isVisible()


def opened(window: MainWindow) -> bool:
    return window.context is not None and not window.lock_screen.isVisible()


def type_passphrase(window: MainWindow, secret: str) -> None:
    QTest.keyClicks(window.lock_screen.field, secret)
    QTest.keyClick(window.lock_screen.field, Qt.Key.Key_Return)


@pytest.fixture
def start_up(qapp):
    """Runs ValuesDesk on a data folder with a :class:`Person` at the keyboard; its exit code."""

    def run(data_dir: Path, person: Person) -> int:
        person.start()
        code = main(["--data-dir", str(data_dir)])
        person.check()
        return code

    return run


def answered_who_for(data_dir: Path) -> None:
    """A diary whose first start was answered ("for myself"): the question is tests/ui/test_first_start.py's."""
    settings = Settings(ui_state_path(data_dir))
    settings.set(USED_FOR, UsedFor.MYSELF)
    settings.sync()


def test_a_wrong_passphrase_is_said_and_the_right_one_opens_the_diary(encrypted: Path, start_up) -> None:  # noqa: F811
    answered_who_for(encrypted)
    before = digest(database_path(encrypted))

    def look_then_try_a_wrong_one(window: MainWindow) -> None:
        person.noted["shown while locked"] = diary_shown(texts_on_screen())
        person.noted["dock while locked"] = window.questions_dock.isVisible()
        person.noted["focus"] = QApplication.focusWidget() is window.lock_screen.field
        person.noted["status while locked"] = window.statusBar().currentMessage()
        type_passphrase(window, "blue heron at dusk")

    def try_the_right_one(window: MainWindow) -> None:
        person.noted["said"] = window.lock_screen.message.text()
        person.noted["file after the wrong one"] = digest(database_path(encrypted))
        type_passphrase(window, SECRET)

    def look_and_quit(window: MainWindow) -> None:
        person.noted["shown once open"] = diary_shown(texts_on_screen())
        person.noted["status once open"] = window.statusBar().currentMessage()
        window.close()

    person = Person(
        [(asks_for_passphrase, look_then_try_a_wrong_one), (says_why, try_the_right_one), (opened, look_and_quit)]
    )

    assert start_up(encrypted, person) == 0

    noted = person.noted
    assert noted["shown while locked"] == set() and noted["dock while locked"] is False and noted["focus"] is True
    assert "passphrase" in str(noted["said"]).lower()
    assert noted["file after the wrong one"] == before
    assert "Connection with my family" in noted["shown once open"]
    assert str(encrypted) not in str(noted["status once open"])


def test_quit_on_the_lock_screen_ends_without_opening_the_diary(encrypted: Path, start_up) -> None:  # noqa: F811
    before = digest(database_path(encrypted))
    person = Person([(asks_for_passphrase, lambda window: window.lock_screen.quit_button.click())])

    assert start_up(encrypted, person) == 0

    assert main_window() is None
    assert digest(database_path(encrypted)) == before


def test_a_diary_without_passphrase_opens_without_the_lock_screen(filled: Path, start_up) -> None:
    def look_and_quit(window: MainWindow) -> None:
        person.noted["lock screen"] = window.lock_screen.isVisible()
        window.close()

    person = Person([(lambda window: window.context is not None, look_and_quit)])
    assert start_up(filled, person) == 0
    assert person.noted["lock screen"] is False
