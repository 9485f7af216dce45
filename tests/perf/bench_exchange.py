"""Export and import benchmark: a long-kept diary written to JSON, read back, and printed.

Run: python tests/perf/bench_exchange.py [--experiments N] [--days N]

Builds a data folder with N experiments of N days, every diary field filled with a
paragraph, then times each export and import once and prints the sizes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QGuiApplication  # noqa: E402

from valuesdesk.domain import DIARY_TEXT_FIELDS, CheckInOutcome, ExperimentStatus  # noqa: E402
from valuesdesk.services import open_services  # noqa: E402
from valuesdesk.store.models import Behavior, CheckIn, DiaryEntry, Experiment, Value  # noqa: E402
from valuesdesk.ui.diary_document import save_diary_pdf  # noqa: E402

PARAGRAPH = "Noticed my chest tighten before I spoke, then a wave of warmth afterwards. " * 8


def fill(services, experiments: int, days: int) -> None:
    start = dt.date(2026, 1, 1)
    with services.database.transaction() as session:
        for number in range(experiments):
            session.add(
                Experiment(
                    value=Value(name=f"Value {number}", meaning=PARAGRAPH),
                    status=ExperimentStatus.COMPLETED,
                    start_date=start,
                    duration_days=days,
                    plan=PARAGRAPH,
                    behaviors=[Behavior(position=index, text=f"Behaviour {index}", chosen=True) for index in range(5)],
                    diary_entries=[
                        DiaryEntry(day=start + dt.timedelta(days=day), **{name: PARAGRAPH for name, _label in DIARY_TEXT_FIELDS})
                        for day in range(days)
                    ],
                    check_ins=[CheckIn(day=start + dt.timedelta(days=day), outcome=CheckInOutcome.YES) for day in range(days)],
                )
            )


def timed(label: str, action) -> object:
    began = time.perf_counter()
    result = action()
    print(f"{label:>34}: {time.perf_counter() - began:6.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--experiments", type=int, default=20)
    parser.add_argument("--days", type=int, default=60)
    args = parser.parse_args()
    QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = open_services(root / "source")
        fill(source, args.experiments, args.days)
        exported = root / "export.json"
        timed("export everything to JSON", lambda: source.exchange.write_export(exported))
        print(f"{'JSON size':>34}: {exported.stat().st_size / 1e6:6.1f} MB "
              f"({args.experiments} experiments × {args.days} days)")
        report = timed("select one experiment's diary", lambda: source.reports.diary(1))
        pages = timed(f"PDF of one experiment ({args.days} days)", lambda: save_diary_pdf(report, root / "diary.pdf"))
        print(f"{'PDF':>34}: {pages} pages, {(root / 'diary.pdf').stat().st_size / 1e3:.0f} kB")
        everything = source.reports.diary()
        timed("CSV of every experiment", lambda: source.reports.render(everything, "csv"))
        source.close()

        target = open_services(root / "target")
        summary = timed("import into an empty folder", lambda: target.exchange.import_file(exported))
        print(f"{'':>34}  {summary.describe()}")
        timed("import the same file again", lambda: target.exchange.import_file(exported))
        target.close()


if __name__ == "__main__":
    main()
