"""Frame first (issue 15): the window shows the area it opens on before the other areas are imported or built;
they follow with the data (once it is on screen, or when the area shown asks for one), or at once when the person
goes to one."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt

from valuesdesk.app import make_context
from valuesdesk.paths import ui_state_path
from valuesdesk.services import open_services
from valuesdesk.ui.main_window import AREAS, AreaPage, MainWindow
from valuesdesk.ui.settings import Settings


def built_areas(window) -> list[str]:
    return [area.name for index, area in enumerate(AREAS) if isinstance(window.pages.widget(index), AreaPage)]


def test_the_areas_not_shown_are_built_after_the_data_is_given(qtbot, filled) -> None:
    window = MainWindow(Settings(ui_state_path(filled)), filled)
    qtbot.addWidget(window)
    window.show()
    assert built_areas(window) == ["experiments"]
    services = open_services(filled)
    try:
        window.attach(make_context(services, window))
        qtbot.waitUntil(lambda: built_areas(window) == ["experiments", "diary", "values"])
        # Built after the data was opened, each was given it: the diary shows its entries' marks.
        window.show_area("diary")
        assert window.pages.currentWidget() is window.diary_page
        assert window.diary_page.calendar._marks
    finally:
        window.close()
        services.close()


def test_going_to_an_area_before_it_is_built_builds_it(make_window, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert built_areas(window) == ["experiments", "diary", "values"]
    assert window.current_area() == "values"
    assert window.pages.currentWidget().isVisible()
    # The pages need the room of the area shown only, as when all were built together.
    assert window.pages.minimumSizeHint() == window.pages.currentWidget().minimumSizeHint()


def test_the_first_frame_imports_neither_the_other_areas_nor_the_dialogs(tmp_path) -> None:
    # A fresh process: this one has imported them all for other tests.
    program = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from valuesdesk.app import application
        from valuesdesk.paths import ui_state_path
        from valuesdesk.ui.main_window import MainWindow
        from valuesdesk.ui.settings import Settings

        application()
        window = MainWindow(Settings(ui_state_path(Path({str(tmp_path)!r}))), Path({str(tmp_path)!r}))
        window.show()
        later = ("valuesdesk.ui.diary.page", "valuesdesk.ui.settings_dialog", "valuesdesk.ui.privacy_dialog")
        print(sorted(name for name in later if name in sys.modules))
        """
    )
    shown = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        timeout=60,
    )
    assert shown.stdout.strip().splitlines()[-1] == "[]"
