"""The in-process part of the benchmark (``tools/bench.py``): what a person does, at ten years of writing.

    python tools/bench_interactions.py DATA_DIR RUNS

Opens a copy of DATA_DIR (it writes to it) in the real main window, offscreen at 1280×800, and
prints one JSON object: for each interaction, its wall-clock milliseconds of every run. Each
timing includes the layout and painting the action caused (``processEvents`` after it).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from valuesdesk.app import application, make_context
from valuesdesk.domain import dates
from valuesdesk.paths import ui_state_path
from valuesdesk.services import open_services
from valuesdesk.ui.diary.entry_editor import ExperimentDayEditor
from valuesdesk.ui.main_window import MainWindow
from valuesdesk.ui.settings import Settings

QUERIES = ("sister", "calm shoulders", "thanked", "quiet and simple", "ok", "warm hands", "fake", "rain")
# 100,000 characters without a space: the worst case for wrapping a line.
UNBROKEN = ("ValuesDesk" * 10_000)[:100_000]


def measure(
    runs: int, action: Callable[[int], object], prepare: Callable[[int], object] = lambda _run: None
) -> list[float]:
    app = application()
    timings = []
    for run in range(runs):
        prepare(run)
        app.processEvents()
        began = time.perf_counter()
        action(run)
        app.processEvents()
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def once(action: Callable[[], object]) -> list[float]:
    began = time.perf_counter()
    action()
    application().processEvents()
    return [(time.perf_counter() - began) * 1000]


def paste_into(field: QPlainTextEdit | QTextEdit) -> None:
    QGuiApplication.clipboard().setText(UNBROKEN)
    field.setFocus()
    field.selectAll()
    field.paste()


def main() -> int:
    source, runs = Path(sys.argv[1]), int(sys.argv[2])
    from valuesdesk import exports

    app = application()
    results: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        shutil.copytree(source, data_dir, ignore=shutil.ignore_patterns("backups", "logs", "*.lock"))
        window = MainWindow(Settings(ui_state_path(data_dir)), data_dir)
        window.resize(1280, 800)
        services = open_services(data_dir)
        window.attach(make_context(services, window))
        window.show()
        app.processEvents()
        today = dates.today()

        window.show_area("diary")
        page = window.diary_page
        calendar = page.calendar
        app.processEvents()
        results["switch month"] = measure(runs, lambda _run: calendar.showPreviousMonth())
        calendar.setCurrentPage(today.year, today.month)
        days = [today - dt.timedelta(days=3 * run + 1) for run in range(runs)]
        results["select a day"] = measure(runs, lambda run: page.select_day(days[run]))
        # The newest try-on day with an entry: its first text field takes the typing.
        page.select_day(days[0])
        app.processEvents()
        editor = page.day_view.tabs.currentWidget()
        assert isinstance(editor, ExperimentDayEditor), "the day has an experiment's entry"
        notes = editor.inputs["notes"]
        assert isinstance(notes, QPlainTextEdit)
        notes.setFocus()
        notes.moveCursor(notes.textCursor().MoveOperation.End)
        results["type a character"] = measure(runs, lambda run: notes.insertPlainText("abcdefgh "[run % 9]))
        results["autosave write"] = measure(
            runs, lambda _run: editor.autosaver.flush(), lambda run: notes.insertPlainText(f" word{run}")
        )

        def search(run: int) -> None:
            page.search_field.setText(QUERIES[run % len(QUERIES)])
            page.run_search()

        results["search"] = measure(runs, search, lambda _run: page.search_field.clear())
        page.search_field.clear()
        page.run_search()
        app.processEvents()

        def stale_progress(_run: int) -> None:
            page.tabs.setCurrentWidget(page.day_view)
            page._progress_stale = True  # as after any change to an entry

        results["open Progress"] = measure(
            runs, lambda _run: page.tabs.setCurrentWidget(page.progress_view), stale_progress
        )
        page.tabs.setCurrentWidget(page.day_view)
        page.select_day(days[0])
        app.processEvents()
        results["paste 100,000 characters (diary field)"] = once(lambda: paste_into(notes))
        editor.autosaver.flush()

        window.show_area("experiments")
        experiments = window.experiments_page
        ids = [summary.id for summary in services.experiments.list_summaries()]
        results["open an experiment in the wizard"] = measure(
            runs, lambda run: experiments.open_experiment(ids[run % len(ids)]), lambda _run: experiments.show_list()
        )
        experiments.show_list()

        panel = window.questions_panel
        window.questions_dock.show()
        app.processEvents()
        sheet = panel.sheet_view
        sheet.set_pair_index(0)
        # Forward through the eight pairs and back, so that every run shows another pair.
        turns = [sheet.next_pair if (run // 7) % 2 == 0 else sheet.previous_pair for run in range(runs)]
        results["turn a pair"] = measure(runs, lambda run: turns[run]())
        section = panel.notes_sections[panel.sheet_view.pair_index()]
        section.add_note()
        app.processEvents()
        results["paste 100,000 characters (private note)"] = once(lambda: paste_into(section.editors[0].editor))
        results["resize with a 100,000-character note"] = measure(
            min(runs, 5), lambda run: window.resize(1280 - 40 * (run % 2), 800)
        )
        section.flush()

        report = services.reports.diary(None, today - dt.timedelta(days=365), today)
        from valuesdesk.exports.diary_document import diary_pdf

        results["a year's diary PDF"] = once(lambda: diary_pdf(report))
        exported = Path(folder) / "ten-years.json"
        everything = exports.Selection()
        results["JSON export of ten years"] = once(
            lambda: exports.export(services, exports.format_by_key("json"), everything, exported)
        )
        window.close()
        services.close()
        target = open_services(Path(folder) / "empty")
        results["its import into an empty folder"] = once(lambda: exports.import_file(target, exported))
        target.close()
    QGuiApplication.clipboard().clear()
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
