"""Start the real ValuesDesk on a data folder and type into today's diary without pause (a test's helper).

``python typing_driver.py DATA_DIR [--field NAME] [--interval-ms 10] [--seconds 30]``

It runs the real start-up, :func:`valuesdesk.app.run_gui`; once the window shows today's entry it
types one character every ``--interval-ms`` into the diary field ``--field`` of the first
experiment's section with ``QTest.keyClicks``, for ``--seconds``, then waits to be ended. On
stdout, flushed line by line, with ``time.monotonic()`` (the same clock in every process here):

- ``ready DAY EXPERIMENT_ID`` once the field is found (DAY in ISO form);
- ``typed COUNT TIME`` after each character (COUNT characters typed so far);
- ``saved LENGTH TIME`` after each save of the section (LENGTH characters of the field committed).

What is typed is ``typed_text(COUNT)``, so a test can tell what should be on disk.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from valuesdesk.app import application, run_gui
from valuesdesk.domain import dates
from valuesdesk.ui.diary.entry_editor import ExperimentDayEditor
from valuesdesk.ui.main_window import MainWindow

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
POLL_MS = 20


def typed_text(count: int) -> str:
    """The first ``count`` characters the driver types."""
    return "".join(ALPHABET[index % len(ALPHABET)] for index in range(count))


def say(*words: object) -> None:
    print(*words, flush=True)


class Typist:
    def __init__(self, field_name: str, interval_ms: int, seconds: float) -> None:
        self._field_name = field_name
        self._seconds = seconds
        self._count = 0
        self._started = 0.0
        self._field: QPlainTextEdit | None = None
        self._poll = QTimer()
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._find_field)
        self._keys = QTimer()
        self._keys.setTimerType(Qt.TimerType.PreciseTimer)
        self._keys.setInterval(interval_ms)
        self._keys.timeout.connect(self._type_one)

    def start(self) -> None:
        self._poll.start()

    def _find_field(self) -> None:
        app = application()
        window = next((widget for widget in app.topLevelWidgets() if isinstance(widget, MainWindow)), None)
        if window is None or window.context is None:
            return
        if window.current_area() != "diary":
            window.show_area("diary")
        editor = window.diary_page.day_view.tabs.currentWidget()
        if not isinstance(editor, ExperimentDayEditor):
            return
        entry = editor.entry
        if entry is None or entry.day != dates.today():
            return
        field = editor.inputs[self._field_name]
        assert isinstance(field, QPlainTextEdit), f"{self._field_name} is not a text field"
        self._poll.stop()
        self._field = field
        field.setFocus()
        editor.autosaver.saved.connect(lambda: say("saved", len(field.toPlainText()), time.monotonic()))
        say("ready", entry.day.isoformat(), entry.experiment.id)
        self._started = time.monotonic()
        self._keys.start()

    def _type_one(self) -> None:
        assert self._field is not None
        if time.monotonic() - self._started >= self._seconds:
            self._keys.stop()
            say("done", self._count, time.monotonic())
            return
        QTest.keyClicks(self._field, typed_text(self._count + 1)[-1])
        self._count += 1
        say("typed", self._count, time.monotonic())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--field", default="others_reactions")
    parser.add_argument("--interval-ms", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    application()
    typist = Typist(args.field, args.interval_ms, args.seconds)
    typist.start()
    return run_gui(args.data_dir)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
