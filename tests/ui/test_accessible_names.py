"""Every view, wizard step and dialog, walked as a screen reader walks it: no control a person acts on is
read without a name (its button, field, tab, list item, calendar day or table header)."""

from __future__ import annotations

from pathlib import Path

import pytest
from accessibility_walk import Node, nodes, unnamed
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QWidget

from valuesdesk.domain import STEP_COUNT, CheckInOutcome
from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.paths import ui_state_path
from valuesdesk.ui.backups_dialog import BackupsDialog
from valuesdesk.ui.export_dialog import ExportDialog
from valuesdesk.ui.main_window import AREAS, MainWindow
from valuesdesk.ui.privacy_dialog import PrivacyDialog
from valuesdesk.ui.settings import Settings
from valuesdesk.ui.settings_dialog import PAGES

SECRET = "blue heron at dawn"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def defects(monkeypatch, qtbot):
    """The unnamed controls found, by view; the modal dialogs are shown, walked and closed as they open."""
    found: dict[str, list[Node]] = {}

    def walk(view: str, widget: QWidget) -> None:
        assert any(True for _ in nodes(widget)), f"{view}: nothing shown to walk"
        found[view] = unnamed(widget)

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        walk(type(dialog).__name__, dialog)
        dialog.reject()
        return QDialog.DialogCode.Rejected

    for kind in (PrivacyDialog, BackupsDialog, ExportDialog):
        monkeypatch.setattr(kind, "exec", exec_)
    return walk, found


def assert_all_named(found: dict[str, list[Node]]) -> None:
    faults = {view: [f"{node.where} ({node.description})" for node in missing] for view, missing in found.items()}
    assert not any(faults.values()), faults


def test_every_area_step_and_diary_view_of_the_main_window_names_its_controls(
    make_window, make_experiment, defects, qtbot, days_ago
) -> None:
    walk, found = defects
    window = make_window()
    services = window.context.services
    experiment = make_experiment(start=days_ago(3), services=services)
    services.diary.set_check_in(experiment, days_ago(1), CheckInOutcome.PARTLY)
    window.diary_page.reload()
    assert window.questions_dock.isVisible(), "the Parallel Questions dock is walked with every area"
    for area in AREAS:
        window.show_area(area.name)
        walk(f"area {area.name}", window)
    diary = window.diary_page
    window.show_area("diary")
    diary.tabs.setCurrentWidget(diary.progress_view)
    walk("diary progress", window)
    diary.tabs.setCurrentWidget(diary.day_view)
    qtbot.keyClicks(diary.search_field, "a")
    diary.run_search()
    walk("diary search results", window)

    window.show_area("experiments")
    page = window.experiments_page
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    for step in range(1, STEP_COUNT + 1):
        page.wizard.go_to(step)
        walk(f"wizard step {step}", window)
    assert len(found) == len(AREAS) + 2 + STEP_COUNT
    assert_all_named(found)


def test_the_session_window_and_every_dialog_name_their_controls(make_window, defects, qtbot) -> None:
    walk, found = defects
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    session = window.questions_panel.session_window
    qtbot.waitUntil(lambda: session.isVisible())
    walk("session window", session)
    session.close()

    settings = window.show_settings()
    for page in PAGES:
        settings.show_page(page.title)
        walk(f"settings: {page.title}", settings)
    settings.close()
    window.edit_privacy()
    window.backups.restore_from_backup()
    window.exchange.export()
    assert {"PrivacyDialog", "BackupsDialog", "ExportDialog"} <= found.keys()
    assert_all_named(found)


def test_the_first_start_and_the_lock_screen_name_their_controls(data_dir: Path, services, qtbot, defects) -> None:
    from valuesdesk.app import application, make_context

    walk, found = defects
    services.set_passphrase(Passphrase(SECRET))
    application()
    window = MainWindow(Settings(ui_state_path(data_dir)), data_dir, ask_who_for=True)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.attach(make_context(services, window))
    assert window.ask_first_use() is not None
    walk("first start", window)
    window.use_for(next(iter(window.first_start.answers)))
    window.conceal()
    assert window.lock_screen.isVisible()
    walk("lock screen", window)
    assert_all_named(found)
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
