"""One program of the start-up benchmark (``tools/bench.py``), run as a fresh process, timing itself.

    python tools/bench_probe.py bare|orm|valuesdesk [DATA_DIR [PASSPHRASE_FILE]]

What it measures is Qt's own painting, reported by the process itself with the CLOCK_MONOTONIC
clock that the benchmark shares (it noted the time just before it spawned this process):

- ``first``: the end of the first frame. An application-wide event filter sees the first QEvent.Paint;
  a zero-timer posted then fires once that frame's paint and its flush to the window system (the X
  server under Xvfb) are done.
- ``settled``: the end of the last frame before the program stayed QUIET_S without painting, counted
  only once the program has shown its data (ValuesDesk: ``MainWindow.attach`` returned; a floor: at once,
  since it reads before it shows).
- ``rss_mb``: the resident memory (VmRSS) at that moment.

The same probe wraps the two floors and ValuesDesk, so that each pays the same for being measured.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

QUIET_S = 0.5
marks: dict[str, float] = {}
ready = {"data shown": False}


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class PaintWatch(QObject):
    """Notes when each frame's painting has finished, and ends the program once painting settles."""

    def __init__(self) -> None:
        super().__init__()
        self._frame_pending = False
        self._quiet = QTimer(self)
        self._quiet.setInterval(50)
        self._quiet.timeout.connect(self._check_settled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._frame_pending:
            self._frame_pending = True
            QTimer.singleShot(0, self._frame_done)
        return False

    def _frame_done(self) -> None:
        self._frame_pending = False
        now = time.monotonic()
        marks.setdefault("first", now)
        marks["last"] = now
        if not self._quiet.isActive():
            self._quiet.start()

    def _check_settled(self) -> None:
        if not ready["data shown"] or time.monotonic() - marks["last"] < QUIET_S:
            return
        if "data" in marks and marks["last"] < marks["data"]:
            return  # the data was shown after the last frame: its own frame is still to come
        self._quiet.stop()
        print(json.dumps({"first": marks["first"], "settled": marks["last"], "rss_mb": resident_mb()}), flush=True)
        QtWidgets.QApplication.quit()


watch = PaintWatch()


# A program that has not settled by then waits for something (a question, a dialog): say what, and stop.
GIVE_UP_MS = 40_000


def give_up() -> None:
    shown = [
        f"{type(widget).__name__} “{widget.windowTitle()}”"
        for widget in QtWidgets.QApplication.topLevelWidgets()
        if widget.isVisible()
    ]
    print(f"not settled after {GIVE_UP_MS / 1000:.0f} s; marks {marks}; windows shown: {shown}", file=sys.stderr)
    os._exit(3)


class WatchedApplication(QtWidgets.QApplication):
    """The QApplication every program here makes (ValuesDesk takes it from PySide6.QtWidgets too)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.installEventFilter(watch)
        QTimer.singleShot(GIVE_UP_MS, give_up)


QtWidgets.QApplication = WatchedApplication  # type: ignore[misc,assignment]


def data_shown() -> None:
    marks["data"] = time.monotonic()
    ready["data shown"] = True


def bare_window(with_orm_and_select: Path | None) -> int:
    """The floor: a window shaped like ValuesDesk's (a sidebar, a calendar, a dock with a text), and,
    with ``with_orm_and_select``, SQLAlchemy's ORM and one SELECT on that data file before it shows."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QApplication,
        QCalendarWidget,
        QDockWidget,
        QHBoxLayout,
        QListWidget,
        QMainWindow,
        QTextBrowser,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    count = ""
    if with_orm_and_select is not None:
        from sqlalchemy import Integer, create_engine, func, select
        from sqlalchemy.orm import DeclarativeBase, Session, mapped_column

        from valuesdesk.store import cipher

        class Base(DeclarativeBase):
            pass

        class DiaryEntry(Base):
            __tablename__ = "diary_entry"
            id = mapped_column(Integer, primary_key=True)

        engine = create_engine(f"sqlite:///{with_orm_and_select}", module=cipher.sqlcipher)
        with Session(engine) as session:
            count = f"{session.scalar(select(func.count()).select_from(DiaryEntry))} entries"
    window = QMainWindow()
    window.setWindowTitle("Floor")
    work = QWidget()
    layout = QHBoxLayout(work)
    sections = QListWidget()
    sections.addItems(["Trying on a Value", "Diary", count])
    sections.setFixedWidth(168)
    layout.addWidget(sections)
    layout.addWidget(QCalendarWidget(), 1)
    window.setCentralWidget(work)
    dock = QDockWidget("Parallel Questions", window)
    dock.setWidget(QTextBrowser())
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.menuBar().addMenu("&File")
    window.statusBar().showMessage("Ready")
    window.resize(1152, 720)
    window.show()
    data_shown()
    return app.exec()


def valuesdesk(data_dir: Path, passphrase_file: Path | None) -> int:
    from valuesdesk.__main__ import main
    from valuesdesk.ui.main_window import MainWindow

    attach = MainWindow.attach

    def attach_and_note(window: MainWindow, context: object) -> None:
        attach(window, context)  # type: ignore[arg-type]
        data_shown()

    MainWindow.attach = attach_and_note  # type: ignore[method-assign,assignment]
    if passphrase_file is not None:
        from valuesdesk.domain.passphrase import Passphrase
        from valuesdesk.ui.lock_screen import LockScreen

        def typed_at_once(screen: LockScreen) -> Passphrase:
            # A person who types their passphrase the moment the lock screen shows.
            return Passphrase(passphrase_file.read_text(encoding="utf-8").splitlines()[0])

        LockScreen.wait_for_passphrase = typed_at_once  # type: ignore[method-assign,assignment]
    return main(["--data-dir", str(data_dir)])


if __name__ == "__main__":
    program, *arguments = sys.argv[1:]
    paths = [Path(argument) for argument in arguments]
    if program == "bare":
        sys.exit(bare_window(None))
    if program == "orm":
        sys.exit(bare_window(paths[0]))
    sys.exit(valuesdesk(paths[0], paths[1] if len(paths) > 1 else None))
