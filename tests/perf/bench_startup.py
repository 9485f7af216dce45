"""Start-up benchmark: time to the first painted frame, to an opened database, and memory.

Run: python tests/perf/bench_startup.py [--runs N]

Each run is a fresh process on a data folder made once beforehand, so it measures an
ordinary start, not a first start. Timestamps come from CLOCK_MONOTONIC, which the child
and this script share.
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

def attach(window, services):
    original_attach(window, services)
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


def run_once(data_dir: Path) -> tuple[float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed program starts from cached bytecode; measure that, not recompiling.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.monotonic()
    output = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    painted, opened, rss_mb, code = float(output[0]), float(output[1]), float(output[2]), int(output[3])
    assert code == 0, f"ValuesDesk exited with {code}"
    return painted - started, opened - started, rss_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        run_once(data_dir)
        results = [run_once(data_dir) for _ in range(runs)]
    for label, index, unit in (("first paint", 0, "s"), ("data opened", 1, "s"), ("peak RSS", 2, "MB")):
        values = sorted(result[index] for result in results)
        print(f"{label:>12}: median {statistics.median(values):.3f} {unit}, max {values[-1]:.3f} {unit} ({runs} runs)")


if __name__ == "__main__":
    main()
