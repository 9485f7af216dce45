"""Export and import benchmark: a long-kept diary written to JSON, read back, and printed.

Run: python tests/perf/bench_exchange.py [--experiments N] [--days N]

Builds a data folder with N experiments of N days, every diary field filled, then times each
export and import once (through ``valuesdesk.exports``, as the command line and the window do)
and prints the sizes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from pypdf import PdfReader

from valuesdesk import exports
from valuesdesk.domain import DIARY_FIELDS, MIN_TIMES_DONE, CheckInOutcome, ExperimentStatus, FieldKind
from valuesdesk.exports.diary_document import diary_pdf
from valuesdesk.services import Services, open_services
from valuesdesk.store.models import Behavior, CheckIn, DiaryEntry, Experiment, Value

PARAGRAPH = "Noticed my chest tighten before I spoke, then a wave of warmth afterwards. " * 8
# Something in every diary field.
FILLED = {
    field.name: {FieldKind.TEXT: PARAGRAPH, FieldKind.COUNT: MIN_TIMES_DONE, FieldKind.FLAG: True}[field.kind]
    for field in DIARY_FIELDS
}
Result = TypeVar("Result")


def fill(services: Services, experiments: int, days: int) -> None:
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
                    diary_entries=[DiaryEntry(day=start + dt.timedelta(days=day), **FILLED) for day in range(days)],
                    check_ins=[
                        CheckIn(day=start + dt.timedelta(days=day), outcome=CheckInOutcome.YES) for day in range(days)
                    ],
                )
            )


def timed(label: str, action: Callable[[], Result]) -> Result:
    began = time.perf_counter()
    result = action()
    print(f"{label:>34}: {time.perf_counter() - began:6.3f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--experiments", type=int, default=20)
    parser.add_argument("--days", type=int, default=60)
    args = parser.parse_args()
    everything = exports.Selection()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = open_services(root / "source")
        fill(source, args.experiments, args.days)
        exported = root / "export.json"
        timed(
            "export everything to JSON",
            lambda: exports.export(source, exports.format_by_key("json"), everything, exported),
        )
        print(
            f"{'JSON size':>34}: {exported.stat().st_size / 1e6:6.1f} MB "
            f"({args.experiments} experiments × {args.days} days)"
        )
        report = timed("select one experiment's diary", lambda: source.reports.diary(1))
        data = timed(f"PDF of one experiment ({args.days} days)", lambda: diary_pdf(report))
        print(f"{'PDF':>34}: {len(PdfReader(io.BytesIO(data)).pages)} pages, {len(data) / 1e3:.0f} kB")
        timed("CSV of every experiment", lambda: exports.prepare(source, exports.format_by_key("csv"), everything))
        source.close()

        target = open_services(root / "target")
        summary = timed("import into an empty folder", lambda: exports.import_file(target, exported))
        print(f"{'':>34}  {summary.describe()}")
        timed("import the same file again", lambda: exports.import_file(target, exported))
        target.close()


if __name__ == "__main__":
    main()
