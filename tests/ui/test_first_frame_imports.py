"""Imports before the first frame (issue 15): the first frame loads what it draws, not the export formats, the
ORM, Qt's network module or the Parallel Questions sheet; the sheet comes into the dock right after it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from valuesdesk.app import application
from valuesdesk.paths import ui_state_path
from valuesdesk.ui.main_window import MainWindow
from valuesdesk.ui.questions.panel import QuestionsPanel
from valuesdesk.ui.settings import Settings

LATER = (
    "valuesdesk.exports",
    "valuesdesk.ui.export_dialog",
    "valuesdesk.ui.questions.panel",
    "valuesdesk.ui.questions.sheet_view",
    "valuesdesk.ui.wizard.wizard",
    "valuesdesk.ui.values.page",
    "sqlalchemy",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
)


def test_a_start_imports_neither_the_exports_nor_the_orm_nor_the_network_before_its_first_frame(tmp_path) -> None:
    # A fresh process through the program's own entry point (this one has imported everything for other tests);
    # the first work after the first frame prints what was imported by then instead.
    program = textwrap.dedent(
        f"""
        import json, os, sys
        import valuesdesk.__main__ as entry

        def at_first_frame(_data_dir):
            print(json.dumps(sorted(sys.modules)), flush=True)
            os._exit(0)

        entry.check_data_file_ahead = at_first_frame
        entry.main(["--data-dir", {str(tmp_path / "data")!r}])
        """
    )
    started = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=60,
    )
    loaded = json.loads(started.stdout.strip().splitlines()[-1])
    assert "valuesdesk.ui.main_window" in loaded
    assert [name for name in loaded if name.startswith(LATER)] == []


def test_the_dock_shows_the_parallel_questions_after_the_first_frame(qtbot, tmp_path: Path) -> None:
    application()
    window = MainWindow(Settings(ui_state_path(tmp_path)), tmp_path)
    qtbot.addWidget(window)
    placeholder = window.questions_dock.widget()
    assert not isinstance(placeholder, QuestionsPanel) and isinstance(placeholder, QWidget)
    view_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    assert isinstance(view_menu, QMenu)
    assert "&Session Mode" not in [action.text() for action in view_menu.actions()]

    window.show()
    qtbot.waitUntil(lambda: isinstance(window.questions_dock.widget(), QuestionsPanel))
    panel = window.questions_panel
    assert window.questions_dock.widget() is panel
    assert panel.isVisible() and panel.sheet_view.isVisible()
    # Its actions sit in the View menu after Parallel Questions, as when the panel was built with the window.
    texts = [action.text() for action in view_menu.actions()]
    assert texts[texts.index("&Parallel Questions") + 1 : texts.index("&Parallel Questions") + 3] == [
        "&Session Mode",
        "&Hide Private Notes",
    ]
    assert panel.session_action in window.data_actions.actions()
