"""ValuesDesk's performance benchmark: start-up beside two floors, then every interaction, against the targets.

    python tools/bench.py [--quick] [--runs N] [--no-encrypted]

Start-up: fresh processes, in turns (so that each sees the same load on the machine), under a
private Xvfb server (offscreen when there is none): the two floors this script builds itself (a bare
PySide6 window shaped like the main window, with a calendar and a dock; the same plus SQLAlchemy's
ORM and one SELECT on the ten-year file before it shows), ValuesDesk on an empty new folder (a first
start) and on ten years of sample writing, and the same ten years encrypted (reported, no target).
Each is timed from spawn to its first frame and to painting settled, with its RSS then; see
``tools/bench_probe.py`` for how. Medians of N runs (default 7; ``--quick``: 3).

Interactions: ``tools/bench_interactions.py`` in the real main window, offscreen, at ten years:
median and p95 of N runs each (default 30; ``--quick``: 12), one run for exports.

The ten-year folder (``valuesdesk demo --years 10 --seed 1``) and its encrypted copy are made once
and kept in ~/.cache/valuesdesk-bench, keyed by the demo generator and schema. Exit 1 when a
target is missed. Ratios hold between programs of one run; seconds only on the machine that ran it.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "tools" / "bench_probe.py"
INTERACTIONS = ROOT / "tools" / "bench_interactions.py"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "valuesdesk-bench"
PASSPHRASE = "correct horse battery staple benchmark"
YEARS = 10

# Interactions: (median, p95) in milliseconds; one-off operations: their single time.
FRAME_TARGETS_MS = (8.0, 16.0)
FRAME_INTERACTIONS = (
    "switch month",
    "select a day",
    "type a character",
    "search",
    "open an experiment in the wizard",
    "turn a pair",
    "open Progress",
)
ONE_OFF_TARGETS_MS = {
    "paste 100,000 characters (diary field)": 200,
    "paste 100,000 characters (private note)": 200,
    "a year's diary PDF": 3000,
    "JSON export of ten years": 2000,
    "its import into an empty folder": 4000,
}


@dataclass(frozen=True)
class Start:
    first: float  # seconds from spawn to the first frame
    settled: float  # seconds from spawn to the last frame before painting stayed quiet
    rss_mb: float


def run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=True, text=True, capture_output=True, **options)  # type: ignore[call-overload]


@functools.cache  # one key for the whole run, even if the sources change meanwhile
def ten_year_folders() -> tuple[Path, Path, Path]:
    """The ten-year folder, its encrypted copy and the passphrase's file, made once and cached."""
    from valuesdesk.store.migrations import SCHEMA_REVISION

    generator = (ROOT / "valuesdesk" / "services" / "demo.py").read_bytes()
    key = hashlib.sha256(generator + SCHEMA_REVISION.encode()).hexdigest()[:12]
    home = CACHE / f"ten-years-{key}"
    plain, encrypted, passphrase_file = home / "plain", home / "encrypted", home / "passphrase.txt"
    if not (home / "complete").exists():
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        print(f"making {YEARS} years of sample data in {home} (once)…", flush=True)
        valuesdesk = [sys.executable, "-m", "valuesdesk"]
        run([*valuesdesk, "--data-dir", str(plain), "demo", "--years", str(YEARS), "--seed", "1"], cwd=ROOT)
        # A therapist's window: the Parallel Questions open beside the work, as the floors' dock is.
        (plain / "ui-state.ini").write_text("[window]\nused_for=clients\n", encoding="utf-8")
        shutil.copytree(plain, encrypted)
        passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
        run([*valuesdesk, "--data-dir", str(encrypted), "encrypt", "--new-passphrase-file", str(passphrase_file)])
        (home / "complete").touch()
    return plain, encrypted, passphrase_file


class Display:
    """A private Xvfb server for the start-up runs, or Qt's offscreen platform when there is no Xvfb."""

    def __init__(self) -> None:
        self.server: subprocess.Popen[bytes] | None = None
        self.environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        self.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed program starts from cached bytecode
        self.environ.pop("WAYLAND_DISPLAY", None)
        if shutil.which("Xvfb") is None:
            self.name = "offscreen (no Xvfb)"
            return
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as announced:
            number = announced.readline().strip()
        self.environ.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        self.name = f"Xvfb :{number} 1280×800×24"

    def close(self) -> None:
        if self.server is not None:
            self.server.terminate()
            self.server.wait()


def start_once(display: Display, *arguments: str) -> Start:
    began = time.monotonic()
    done = subprocess.run(
        [sys.executable, str(PROBE), *arguments], env=display.environ, timeout=90, text=True, capture_output=True
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    return Start(marks["first"] - began, marks["settled"] - began, marks["rss_mb"])


def median(starts: list[Start], measure: Callable[[Start], float]) -> float:
    return statistics.median(measure(start) for start in starts)


def measure_startup(runs: int, encrypted_too: bool) -> tuple[dict[str, list[Start]], str]:
    plain, encrypted, passphrase_file = ten_year_folders()
    database = plain / "valuesdesk.sqlite3"
    display = Display()
    programs: dict[str, Callable[[Path], tuple[str, ...]]] = {
        "bare window (calendar, dock)": lambda _scratch: ("bare",),
        "bare window + SQLAlchemy ORM + one SELECT": lambda _scratch: ("orm", str(database)),
        "ValuesDesk, empty new folder": lambda scratch: ("valuesdesk", str(scratch / "new")),
        "ValuesDesk, ten years": lambda _scratch: ("valuesdesk", str(plain)),
    }
    if encrypted_too:
        programs["ValuesDesk, ten years, encrypted"] = lambda _scratch: (
            "valuesdesk",
            str(encrypted),
            str(passphrase_file),
        )
    results: dict[str, list[Start]] = {name: [] for name in programs}
    try:
        for round_number in range(runs + 1):  # the first round warms the disk cache and bytecode
            for name, arguments in programs.items():
                with tempfile.TemporaryDirectory() as scratch:
                    start = start_once(display, *arguments(Path(scratch)))
                if round_number:
                    results[name].append(start)
    finally:
        display.close()
    return results, display.name


def measure_interactions(runs: int) -> dict[str, list[float]]:
    plain = ten_year_folders()[0]
    done = run([sys.executable, str(INTERACTIONS), str(plain), str(runs)], timeout=900)
    return json.loads(done.stdout.strip().splitlines()[-1])


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


class Verdicts:
    def __init__(self) -> None:
        self.missed: list[str] = []

    def check(self, name: str, measured: float, target: float, unit: str = "") -> str:
        """``measured`` against ``target`` (lower is better), as a cell of the table."""
        if measured > target:
            self.missed.append(name)
            return f"{measured:.2f}{unit} > {target:.2f}{unit} MISSED"
        return f"{measured:.2f}{unit} ≤ {target:.2f}{unit} ok"


def report_startup(results: dict[str, list[Start]], verdicts: Verdicts) -> None:
    print("\n| program | first paint | painting settled | RSS |\n|---|---|---|---|")
    for name, starts in results.items():
        first, settled = median(starts, lambda s: s.first), median(starts, lambda s: s.settled)
        print(f"| {name} | {first:.3f} s | {settled:.3f} s | {median(starts, lambda s: s.rss_mb):.0f} MB |")
    names = list(results)
    bare, orm, empty, ten = (results[name] for name in names[:4])
    print("\n| target | measured | |\n|---|---|---|")
    rows = (
        (
            "first paint ≤ 1.3× bare window",
            median(ten, lambda s: s.first) / median(bare, lambda s: s.first),
            1.3,
            "×",
        ),
        (
            "everything shown ≤ 1.0× ORM floor (ten years)",
            median(ten, lambda s: s.settled) / median(orm, lambda s: s.settled),
            1.0,
            "×",
        ),
        (
            "first start ≤ 1.2× a normal start",
            median(empty, lambda s: s.settled) / median(ten, lambda s: s.settled),
            1.2,
            "×",
        ),
        (
            "memory ≤ ORM floor + 25 MB",
            median(ten, lambda s: s.rss_mb) - median(orm, lambda s: s.rss_mb),
            25.0,
            " MB over",
        ),
    )
    for name, measured, target, unit in rows:
        print(f"| {name} | {verdicts.check(name, measured, target, unit)} |")
    if len(names) > 4:
        encrypted = results[names[4]]
        extra = median(encrypted, lambda s: s.settled) - median(ten, lambda s: s.settled)
        print(f"| encrypted ten years: everything shown, beyond the plaintext start (reported) | {extra:+.3f} s | |")


def report_interactions(results: dict[str, list[float]], verdicts: Verdicts) -> None:
    print("\n| interaction (ten years) | median | p95 | target | |\n|---|---|---|---|---|")
    for name, timings in results.items():
        middle, high = statistics.median(timings), p95(timings)
        if name in FRAME_INTERACTIONS:
            ok = middle < FRAME_TARGETS_MS[0] and high < FRAME_TARGETS_MS[1]
            target = f"< {FRAME_TARGETS_MS[0]:.0f} / < {FRAME_TARGETS_MS[1]:.0f} ms"
        elif name == "autosave write":
            ok, target = high < 10, "p95 < 10 ms"
        elif name in ONE_OFF_TARGETS_MS:
            ok, target = middle < ONE_OFF_TARGETS_MS[name], f"< {ONE_OFF_TARGETS_MS[name]} ms"
        else:
            ok, target = True, "(reported)"
        if not ok:
            verdicts.missed.append(name)
        spread = f"{high:.1f} ms" if len(timings) > 1 else "(once)"
        print(f"| {name} | {middle:.1f} ms | {spread} | {target} | {'ok' if ok else 'MISSED'} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs: 3 starts and 12 interactions each")
    parser.add_argument("--runs", type=int, help="start-up runs of each program (default 7)")
    parser.add_argument("--no-encrypted", action="store_true", help="leave out the encrypted ten-year start")
    parser.add_argument("--only", choices=("startup", "interactions"), help="run one part only")
    args = parser.parse_args()
    start_runs = args.runs or (3 if args.quick else 7)
    began = time.monotonic()
    verdicts = Verdicts()
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} CPUs, load average {load:.2f} at the start; Python {sys.version.split()[0]}")
    if args.only != "interactions":
        startup, display = measure_startup(start_runs, not args.no_encrypted)
        print(f"start-up: {start_runs} fresh processes each, in turns, on {display}; medians")
        report_startup(startup, verdicts)
    if args.only != "startup":
        report_interactions(measure_interactions(12 if args.quick else 30), verdicts)
    print(f"\nload average {os.getloadavg()[0]:.2f} at the end; {time.monotonic() - began:.0f} s in all")
    if verdicts.missed:
        print(f"MISSED {len(verdicts.missed)}: {', '.join(verdicts.missed)}")
        return 1
    print("every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
