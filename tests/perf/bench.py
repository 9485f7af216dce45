"""Benchmark of the Diary with ten years of sample data (not part of the test run).

    python tests/perf/bench.py [--years 10] [--runs 30]

Writes the sample data into a temporary folder, builds the real DiaryPage offscreen at
1280x800 and prints the median and 95th percentile, in milliseconds, of: switching month,
selecting a day (editor filled and painted), a search (results listed and painted) and an
autosave write. Aims: each under 16 ms median, the write under 10 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from valuesdesk.app import application
from valuesdesk.domain import dates
from valuesdesk.services import open_services
from valuesdesk.services.demo import write_demo_data
from valuesdesk.ui.context import AppContext, DataEvents
from valuesdesk.ui.diary.page import DiaryPage
from valuesdesk.ui.save_coordinator import SaveCoordinator

AIMS_MS = {"switch month": 16, "select a day": 16, "search": 16, "autosave write": 10}
QUERIES = ("sister", "calm shoulders", "thanked", "quiet and simple", "ok", "warm hands", "fake", "rain")


def measure(
    runs: int, prepare: Callable[[int], None], action: Callable[[int], None]
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each run; CPU time is what a busy machine does not distort."""
    app = application()
    wall, cpu = [], []
    for run in range(runs):
        prepare(run)
        app.processEvents()
        start, start_cpu = time.perf_counter(), time.process_time()
        action(run)
        app.processEvents()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def report(name: str, timings: tuple[list[float], list[float]]) -> bool:
    wall, cpu = timings
    median, p95, cpu_median = statistics.median(wall), statistics.quantiles(wall, n=20)[-1], statistics.median(cpu)
    within = median < AIMS_MS[name]
    print(
        f"{name:<16} median {median:6.2f} ms   p95 {p95:6.2f} ms   CPU median {cpu_median:6.2f} ms   "
        f"aim < {AIMS_MS[name]} ms   {'ok' if within else 'SLOW'}"
    )
    return within


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder))
        start = time.perf_counter()
        summary = write_demo_data(services.database, years=args.years, seed=1)
        print(
            f"{args.years} years of sample data in {time.perf_counter() - start:.1f} s: "
            f"{summary.experiments} experiments, {summary.diary_entries} diary entries, {summary.check_ins} check-ins"
        )
        page = DiaryPage()
        page.resize(1280 - 168, 760)
        page.show()
        page.attach(AppContext(services, DataEvents(), SaveCoordinator()))
        app.processEvents()
        calendar = page.calendar
        today = dates.today()
        results = {}

        # Each action is followed by processEvents(): the layout and painting it caused.
        results["switch month"] = measure(args.runs, lambda _run: None, lambda _run: calendar.showPreviousMonth())
        calendar.setCurrentPage(today.year, today.month)
        days = [today - dt.timedelta(days=3 * run + 1) for run in range(args.runs)]
        results["select a day"] = measure(args.runs, lambda _run: None, lambda run: page.select_day(days[run]))

        def search(run: int) -> None:
            page.search_field.setText(QUERIES[run % len(QUERIES)])
            page.run_search()

        results["search"] = measure(args.runs, lambda _run: page.search_field.clear(), search)
        page.search_field.clear()
        page.run_search()
        page.select_day(today)
        editor = page.day_view.tabs.currentWidget()
        notes = editor.inputs["notes"]
        results["autosave write"] = measure(
            args.runs, lambda run: notes.insertPlainText(f" word{run}"), lambda _run: editor.autosaver.flush()
        )
        page.close()
        services.close()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    within = [report(name, timings) for name, timings in results.items()]
    return 0 if all(within) else 1


if __name__ == "__main__":
    sys.exit(main())
