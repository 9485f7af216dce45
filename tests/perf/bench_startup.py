"""Start-up benchmark: time to the first painted frame, to an opened database, and memory.

Run: python tests/perf/bench_startup.py [--runs N]

Each run is a fresh process on a data folder made once beforehand, so it measures an
ordinary start, not a first start. Timestamps come from CLOCK_MONOTONIC, which the child
and this script share.

Seconds depend on the machine, so each run is paired with the start of a bare PySide6 window
(Python, Qt and one empty QMainWindow): the ratio of ValuesDesk's first paint to the bare
window's is what stays comparable from one machine to another.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import resource, sys, time
from PySide6.QtCore import QTimer
from valuesdesk.ui.main_window import MainWindow

marks = {}
original_attach = MainWindow.attach

def attach(window, data):
    original_attach(window, data)
    marks["opened"] = time.monotonic()
    QTimer.singleShot(0, window.close)

MainWindow.attach = attach
original_paint = MainWindow.paintEvent

def paint(window, event):
    original_paint(window, event)
    marks.setdefault("painted", time.monotonic())

MainWindow.paintEvent = paint
from valuesdesk.__main__ import main

code = main(["--data-dir", sys.argv[1]])
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(marks["painted"], marks["opened"], rss_mb, code)
"""

BARE_WINDOW = r"""
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

marks = {}

class Window(QMainWindow):
    def paintEvent(self, event):
        super().paintEvent(event)
        if not marks:
            marks["painted"] = time.monotonic()
            QTimer.singleShot(0, self.close)

app = QApplication([])
window = Window()
window.resize(1180, 760)
window.show()
app.exec()
print(marks["painted"])
"""


def child_output(script: str, *args: str) -> tuple[float, list[str]]:
    """When the child started (by this script's clock) and what it printed."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed program starts from cached bytecode; measure that, not recompiling.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.monotonic()
    output = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    return started, output


def run_once(data_dir: Path) -> tuple[float, float, float]:
    started, output = child_output(CHILD, str(data_dir))
    painted, opened, rss_mb, code = float(output[0]), float(output[1]), float(output[2]), int(output[3])
    assert code == 0, f"ValuesDesk exited with {code}"
    return painted - started, opened - started, rss_mb


def bare_window_paint() -> float:
    started, output = child_output(BARE_WINDOW)
    return float(output[0]) - started


MEASURES = (("first paint", 0, "s"), ("data opened", 1, "s"), ("peak RSS", 2, "MB"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        run_once(data_dir)
        bare_window_paint()
        results = []
        bare = []
        # Taken in turns, so that both see the same load on the machine.
        for _ in range(runs):
            results.append(run_once(data_dir))
            bare.append(bare_window_paint())
    rows = [(label, [result[index] for result in results], unit) for label, index, unit in MEASURES]
    for label, values, unit in [*rows, ("bare window", bare, "s")]:
        print(f"{label:>12}: median {statistics.median(values):.3f} {unit}, max {max(values):.3f} {unit} ({runs} runs)")
    ratio = statistics.median(rows[0][1]) / statistics.median(bare)
    print(f"{'paint ratio':>12}: {ratio:.2f} × a bare PySide6 window's first paint (medians)")


if __name__ == "__main__":
    main()
