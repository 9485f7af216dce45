"""The first window fits the screen's free area and is centred, on screens of 1024×640, 1280×800 and 1920×1080
at 100% and 150%; the Parallel Questions get a sensible share of its width, or none where the work would
not fit beside them.

Each screen is its own ValuesDesk process (Qt reads its screens once), started with ``main`` as a person
would, on Qt's offscreen platform given that one screen. 150% is the screen reporting 144 dpi against
Qt's 96: the way X11 (Xft.dpi) and Windows tell Qt their scaling, so the window is laid out in the
same device-independent pixels as there (1920×1080 at 150% is 1280×720 of them). The person answers
the first start's question "with clients", so that the dock opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCREENS = [(1024, 640), (1280, 800), (1920, 1080)]
SCALES = [1.0, 1.5]
# The offscreen platform's window frame is a pixel wide; centring is judged to that.
FRAME_SLACK = 2

FIRST_START = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from valuesdesk.__main__ import main
    from valuesdesk.app import application
    from valuesdesk.ui.main_window import MainWindow
    from valuesdesk.ui.settings import UsedFor

    application()
    seen = {}

    def rect(r):
        return [r.x(), r.y(), r.width(), r.height()]

    def look():
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None or window.context is None:
            return
        if window.asking:
            QTest.mouseClick(window.first_start.answers[UsedFor.CLIENTS], Qt.MouseButton.LeftButton)
        timer.stop()
        QTimer.singleShot(100, lambda: record(window))

    def record(window):
        screen = window.screen()
        seen.update(
            screen=rect(screen.geometry()), available=rect(screen.availableGeometry()), ratio=screen.devicePixelRatio(),
            frame=rect(window.frameGeometry()), width=window.width(),
            dock=window.questions_dock.width() if window.questions_dock.isVisible() else 0,
            work=window.work.width(), work_minimum=window.work_width_needed(),
            pages_height=window.pages.height(), pages_minimum_height=window.pages.minimumSizeHint().height(),
            status=window.statusBar().currentMessage(),
        )
        window.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    seen["code"] = main(["--data-dir", sys.argv[1]])
    print(json.dumps(seen))
    """
)


def start_on_screen(folder: Path, data_dir: Path, width: int, height: int, scale: float) -> subprocess.Popen[str]:
    """ValuesDesk on ``data_dir``, alone on a screen of ``width`` × ``height`` pixels at ``scale``."""
    name = f"{width}x{height}@{scale}"
    config = folder / f"{name}.json"
    screen = {"name": name, "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
    screen |= {"logicalDpi": 96 * scale, "logicalBaseDpi": 96}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    environment = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    return subprocess.Popen(
        [sys.executable, "-c", FIRST_START, str(data_dir)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def seen_by(process: subprocess.Popen[str]) -> dict:
    output, _ = process.communicate(timeout=60)
    return json.loads(output.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screens")
    folder.chmod(0o700)  # a folder others can read would be warned about first
    return folder


@pytest.fixture(scope="module")
def first_windows(folder: Path) -> dict[tuple[int, int, float], dict]:
    """What each first window was, by the screen's pixels and scaling; the processes run side by side."""
    running = {
        (width, height, scale): start_on_screen(folder, folder / f"{width}x{height}@{scale}", width, height, scale)
        for width, height in SCREENS
        for scale in SCALES
    }
    return {key: seen_by(process) for key, process in running.items()}


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_first_window_fits_the_screen_and_is_centred(first_windows, width, height, scale) -> None:
    seen = first_windows[(width, height, scale)]
    assert seen["code"] == 0
    assert seen["ratio"] == scale
    x, y, available_width, available_height = seen["available"]
    assert (available_width, available_height) == (round(width / scale), round(height / scale))

    left, top, frame_width, frame_height = seen["frame"]
    right_gap = x + available_width - (left + frame_width)
    bottom_gap = y + available_height - (top + frame_height)
    assert left >= x and top >= y and right_gap >= 0 and bottom_gap >= 0, "the window is larger than the screen"
    assert abs((left - x) - right_gap) <= FRAME_SLACK and abs((top - y) - bottom_gap) <= FRAME_SLACK
    # Most of the screen, with room left around it for a title bar and the windows beside it.
    assert 0.8 * available_width <= frame_width <= 0.95 * available_width or frame_width >= 1600
    assert 0.8 * available_height <= frame_height <= 0.9 * available_height


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_the_dock_takes_a_share_the_work_can_spare(first_windows, width, height, scale) -> None:
    seen = first_windows[(width, height, scale)]

    assert seen["work"] >= seen["work_minimum"], "the work areas are squeezed below what they need"
    assert seen["pages_height"] >= seen["pages_minimum_height"], "a page is squeezed rather than scrolled"
    if seen["dock"]:
        assert 0.2 <= seen["dock"] / seen["width"] <= 0.34
    else:  # a screen too small for both: the work areas, and a word on how to open the questions
        assert seen["width"] - seen["work_minimum"] < 240
        assert "Parallel Questions" in seen["status"]


def test_the_dock_is_wider_on_a_wide_screen(first_windows) -> None:
    assert first_windows[(1920, 1080, 1.0)]["dock"] >= 1.5 * first_windows[(1024, 640, 1.0)]["dock"]


def test_a_window_left_large_on_a_monitor_fits_a_small_screen_later(folder: Path) -> None:
    data_dir = folder / "moved"
    assert seen_by(start_on_screen(folder, data_dir, 1920, 1080, 1.0))["code"] == 0

    seen = seen_by(start_on_screen(folder, data_dir, 1024, 640, 1.5))

    x, y, available_width, available_height = seen["available"]
    left, top, frame_width, frame_height = seen["frame"]
    assert x <= left and left + frame_width <= x + available_width
    assert y <= top and top + frame_height <= y + available_height
    assert seen["pages_height"] >= seen["pages_minimum_height"]
