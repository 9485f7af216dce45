"""Regenerate every screenshot in docs/screenshots/ from the real program.

    python tools/screenshots.py [--out docs/screenshots] [--only 1280x800-light] [--keep]

Writes sample data (``valuesdesk demo --years 1 --seed 3``) into a temporary folder, then for each
screen size and palette starts ``python -m valuesdesk`` on an Xvfb display of its own, fills the
screen with its window, drives it with xdotool as a person would (keys, mostly: the positions of
widgets change, their shortcuts do not) and captures the screen with ImageMagick's ``import``
once it has stopped changing. The PNGs are stripped and, when ``pngquant`` is installed, reduced
to a palette.

Needs (Debian/Ubuntu): xvfb xdotool imagemagick libgtk-3-0 (for the dark palette); pngquant is optional.
Every start gets a fresh copy of the sample data, so nothing one view did is seen by another
configuration, and the dates are those of the day the script runs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DEMO = ("demo", "--years", "1", "--seed", "3")
REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "docs" / "screenshots"
SIZES = ((1280, 800), (1920, 1080))
# The dark palette is GTK's Adwaita dark, through Qt's gtk3 platform theme; light is Qt's own Fusion.
THEMES: dict[str, dict[str, str]] = {
    "light": {},
    "dark": {"QT_QPA_PLATFORMTHEME": "gtk3", "GTK_THEME": "Adwaita:dark"},
}
# The first start's question (valuesdesk/ui/first_start.py), answered ahead in the settings file as
# a therapist would: the Parallel Questions dock open. A version without the question ignores the key.
USED_FOR_KEY = ("window", "used_for")
UI_STATE_FILE = "ui-state.ini"
WINDOW_TITLE = "^ValuesDesk$"

# How long a screen must stay the same before it counts as painted, and how long to wait at most.
SETTLE_SECONDS = 0.6
PAINT_TIMEOUT = 20.0
# A text cursor blinks: a screen whose frames differ by fewer pixels than this has settled.
BLINK_PIXELS = 60
# Tab presses after Alt+W (the dock's "Show:" box) to the sheet: More…, Hide Private Notes, Session Mode, the sheet.
TABS_TO_SHEET = 4

# How far under the first question to look for its "Notes (n)" toggle: in two columns the pair's row is as
# tall as the longer question, so the toggle can stand well below a short one.
NOTES_SEARCH_HEIGHT = 100
# From step 10 back to step 6, "Make a Plan": guidance, a text, a date and a list.
WIZARD_STEPS_BACK = 4

Box = tuple[int, int, int, int]


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=True, text=True, capture_output=True, **kwargs)


@dataclass
class Screen:
    """One Xvfb display and the program started on it."""

    display: str
    width: int
    height: int
    env: dict[str, str]

    def xdotool(self, *args: str) -> str:
        return run(["xdotool", *args], env=self.env).stdout.strip()

    def key(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.15)

    def grab(self, path: Path) -> None:
        run(["import", "-window", "root", str(path)], env=self.env)

    def frame_hash(self, path: Path) -> str:
        self.grab(path)
        return hashlib.sha256(path.read_bytes()).hexdigest()

    def pixels_changed(self, first: Path, second: Path) -> int:
        result = subprocess.run(
            ["compare", "-metric", "AE", str(first), str(second), "null:"], text=True, capture_output=True
        )
        try:
            return int(float(result.stderr.split()[0]))
        except (IndexError, ValueError):
            return sys.maxsize

    def settle(self, work: Path, minimum: float = 0.4) -> None:
        """Wait until what is on the screen has stopped changing (a blinking text cursor aside)."""
        time.sleep(minimum)
        deadline = time.monotonic() + PAINT_TIMEOUT
        previous, current = work / "settle-a.png", work / "settle-b.png"
        self.grab(previous)
        steady_since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.2)
            self.grab(current)
            if self.pixels_changed(previous, current) > BLINK_PIXELS:
                steady_since = time.monotonic()
            elif time.monotonic() - steady_since >= SETTLE_SECONDS:
                return
            previous, current = current, previous
        print(f"  (the screen kept changing for {PAINT_TIMEOUT:.0f} s; captured as it was)", file=sys.stderr)

    def park_pointer(self) -> None:
        """The pointer out of the way, over no button, so that nothing shows hovered."""
        self.xdotool("mousemove", str(self.width - 1), str(self.height // 2))


@contextmanager
def xvfb(width: int, height: int) -> Iterator[str]:
    """A display of its own (Xvfb picks a free number and says which), closed afterwards."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def write_ui_state(data_dir: Path, used_for: str | None) -> None:
    section, key = USED_FOR_KEY
    text = "" if used_for is None else f"[{section}]\n{key}={used_for}\n"
    (data_dir / UI_STATE_FILE).write_text(text, encoding="utf-8")


@contextmanager
def program(data_dir: Path, width: int, height: int, theme: str, log: Path) -> Iterator[Screen]:
    """``python -m valuesdesk`` on its own display, its window filling the screen and focused."""
    with xvfb(width, height) as display:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "GTK_", "LC_"))}
        env.update(DISPLAY=display, LANG="C.UTF-8", QT_QPA_PLATFORM="xcb", **THEMES[theme])
        env.pop("WAYLAND_DISPLAY", None)
        with log.open("a") as log_file:
            app = subprocess.Popen(
                [sys.executable, "-m", "valuesdesk", "--data-dir", str(data_dir)],
                cwd=REPO,
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        screen = Screen(display, width, height, env)
        try:
            window = screen.xdotool("search", "--sync", "--onlyvisible", "--name", WINDOW_TITLE).split()[0]
            # No window manager: the window is placed where asked, without a frame.
            screen.xdotool("windowmove", "--sync", window, "0", "0")
            screen.xdotool("windowsize", "--sync", window, str(width), str(height))
            screen.xdotool("windowfocus", "--sync", window)
            screen.park_pointer()
            yield screen
        finally:
            app.terminate()
            try:
                app.wait(15)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def capture(screen: Screen, work: Path, out: Path, name: str) -> Path:
    screen.park_pointer()
    screen.settle(work)
    path = out / name
    screen.grab(path)
    print(f"  {path.relative_to(out.parent) if out.parent in path.parents else path}")
    return path


def changed_box(screen: Screen, first: Path, second: Path) -> Box | None:
    """Where two captures differ (a focus frame that moved), as left, top, right, bottom."""
    result = run(
        [
            "convert",
            str(first),
            str(second),
            *["-compose", "difference", "-composite", "-colorspace", "gray"],
            *["-threshold", "8%", "-format", "%@", "info:"],
        ],
        env=screen.env,
    )
    return parse_box(result.stdout)


def parse_box(geometry: str) -> Box | None:
    """ImageMagick's ``WxH+X+Y`` as left, top, right, bottom; None for an empty area."""
    size, _, offset = geometry.strip().partition("+")
    width, _, height = size.partition("x")
    x, _, y = offset.partition("+")
    if not (width.isdigit() and height.isdigit()) or int(width) <= 1 or int(height) <= 1:
        return None
    return int(x), int(y), int(x) + int(width), int(y) + int(height)


def open_first_notes(screen: Screen, work: Path) -> None:
    """Click the first question's "Notes (n)" toggle (it is not in the Tab chain), found from the
    focus frames of the first question and its client question; warns when nothing opened."""
    frames = [work / f"focus-{n}.png" for n in range(3)]
    # Alt+W is the dock's "Show:" box; Tab goes on to More…, Hide Private Notes, Session Mode, the
    # sheet (no frame: the baseline), the first question, its client question.
    screen.key("alt+w", *["Tab"] * TABS_TO_SHEET)
    for frame in frames:
        screen.settle(work, minimum=0.2)
        screen.grab(frame)
        screen.key("Tab")
    question = changed_box(screen, frames[0], frames[1])
    client_question = changed_box(screen, frames[0], frames[2])
    if question is None:
        print("  warning: no focus frame on the first question: the dock's Tab order changed", file=sys.stderr)
        return
    left, _, right, bottom = question
    # One column (a narrow dock): the client question stands under the question, the toggle under both.
    if client_question is not None and client_question[0] < left + 40 and client_question[1] >= bottom - 2:
        bottom = client_question[3]
    # The toggle is the first thing drawn under that, at the question's left edge; the click lands on its words.
    crop = f"{min(160, right - left)}x{NOTES_SEARCH_HEIGHT}+{left}+{bottom + 2}"
    # %@ is the box of what differs from the strip's corner colour: the toggle's arrow and words.
    trimmed = run(
        ["convert", str(frames[0]), "-crop", crop, "+repage", "-fuzz", "12%", "-format", "%@", "info:"],
        env=screen.env,
    ).stdout
    ink = parse_box(trimmed)
    if ink is None:
        print("  warning: found no Notes toggle under the first question", file=sys.stderr)
        return
    x, y = left + ink[0] + 30, bottom + 2 + ink[1] + 8
    screen.xdotool("mousemove", str(x), str(y), "click", "1")
    screen.park_pointer()
    screen.settle(work)
    after = work / "notes-after.png"
    screen.grab(after)
    if screen.pixels_changed(frames[2], after) < 2000:
        print(f"  warning: the click at {x},{y} opened no notes", file=sys.stderr)


def shoot_configuration(demo: Path, work: Path, out: Path, width: int, height: int, theme: str) -> list[Path]:
    suffix = f"{width}x{height}-{theme}.png"
    shots: list[Path] = []
    log = work / "valuesdesk.log"

    data_dir = work / f"data-{suffix}"
    shutil.copytree(demo, data_dir)
    write_ui_state(data_dir, "clients")
    with program(data_dir, width, height, theme, log) as screen:
        # Trying on a Value: the list of experiments, the Parallel Questions dock beside it.
        screen.key("ctrl+1")
        shots.append(capture(screen, work, out, f"experiments-{suffix}"))
        # The same dock with the therapist's private notes on the first question open.
        open_first_notes(screen, work)
        shots.append(capture(screen, work, out, f"questions-{suffix}"))
        # A client's view from here on: the dock closed (View ▸ Parallel Questions).
        screen.key("ctrl+3")
        # The Diary on today, the area's first day.
        screen.key("ctrl+2")
        shots.append(capture(screen, work, out, f"diary-{suffix}"))
        # Values: the picture of the checks (Alt+P, its tab), the latest check's gaps at the top.
        screen.key("ctrl+4", "alt+p")
        shots.append(capture(screen, work, out, f"values-{suffix}"))
        # A wizard step with the sheet's guidance and the person's writing: the active experiment at the
        # top of the list resumes on its last step (10), and Alt+B goes back to step 6, the plan.
        screen.key("ctrl+1", "Home", "alt+r")
        screen.settle(work, minimum=0.3)
        screen.key(*["alt+b"] * WIZARD_STEPS_BACK)
        shots.append(capture(screen, work, out, f"wizard-{suffix}"))

    if (REPO / "valuesdesk" / "ui" / "first_start.py").exists():
        # The first start's question, on a data folder that never answered it.
        data_dir = work / f"data-first-{suffix}"
        shutil.copytree(demo, data_dir)
        write_ui_state(data_dir, None)
        with program(data_dir, width, height, theme, log) as screen:
            shots.append(capture(screen, work, out, f"first-start-{suffix}"))
    return shots


def optimise(paths: list[Path]) -> str:
    """Strip every PNG; reduce it to a palette with pngquant when that is installed."""
    if shutil.which("pngquant"):
        for path in paths:
            # Exit 98/99: the result would be larger or worse than asked; the stripped original stays.
            subprocess.run(
                [
                    "pngquant",
                    *["--force", "--skip-if-larger", "--strip", "--quality=80-98", "--output"],
                    str(path),
                    str(path),
                ],
                check=False,
            )
        return "pngquant"
    for path in paths:
        run(["convert", str(path), "-strip", "-define", "png:compression-level=9", str(path)])
    return "ImageMagick -strip"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the PNGs go (default docs/screenshots)")
    parser.add_argument("--only", action="append", metavar="WxH-THEME", help="one configuration, e.g. 1280x800-dark")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (data, logs) and say where")
    args = parser.parse_args(argv)

    missing = [tool for tool in ("Xvfb", "xdotool", "import", "compare", "convert") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"missing: {', '.join(missing)} (apt install xvfb xdotool imagemagick)")
    configurations = [(w, h, theme) for w, h in SIZES for theme in THEMES]
    if args.only:
        configurations = [c for c in configurations if f"{c[0]}x{c[1]}-{c[2]}" in args.only]
        if not configurations:
            raise SystemExit(f"no configuration is called {', '.join(args.only)}")

    started = time.monotonic()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="valuesdesk-screenshots-"))
    try:
        demo = work / "demo"
        run([sys.executable, "-m", "valuesdesk", "--data-dir", str(demo), *DEMO], cwd=REPO)
        shots: list[Path] = []
        for width, height, theme in configurations:
            print(f"{width}x{height} {theme}")
            shots += shoot_configuration(demo, work, out, width, height, theme)
        how = optimise(shots)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    total = sum(path.stat().st_size for path in shots)
    print(f"{len(shots)} screenshots, {total / 1024:.0f} KiB ({how}), in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
