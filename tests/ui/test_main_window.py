"""The main window: its areas, the questions dock, menus, and what comes back after a restart."""

from __future__ import annotations

import configparser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMessageBox

from valuesdesk.content import parallel_questions
from valuesdesk.errors import DiskFull
from valuesdesk.paths import ui_state_path
from valuesdesk.ui.main_window import AREAS


def visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def menu(window, title: str):
    return next(action.menu() for action in window.menuBar().actions() if action.text() == title)


def saved_settings(data_dir) -> dict[str, str]:
    """The settings file on disk, as "section/key" (or "key" at the top) to the text kept."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ui_state_path(data_dir), encoding="utf-8")
    return {
        (key if section == "General" else f"{section}/{key}"): value
        for section in parser.sections()
        for key, value in parser[section].items()
    }


class FailingWork:
    """Pending work that cannot be saved, as when the disk is full."""

    def __init__(self) -> None:
        self.error: DiskFull | None = None
        self.attempts = 0

    def flush(self) -> bool:
        self.attempts += 1
        self.error = DiskFull("There is not enough free disk space to save your changes.")
        return False


class CountingWork:
    """Pending work that saves, counting how often it was asked to."""

    def __init__(self) -> None:
        self.error: DiskFull | None = None
        self.attempts = 0

    def flush(self) -> bool:
        self.attempts += 1
        return True


@pytest.fixture
def shown_messages(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    return shown


def test_the_dock_shows_all_eight_question_pairs_verbatim_in_two_columns(make_window) -> None:
    window = make_window()
    sheet = parallel_questions()
    texts = visible_texts(window.questions_dock)
    assert window.questions_dock.isVisible()
    assert window.questions_dock.windowTitle() == "Parallel Questions"
    assert sheet.therapist_heading in texts and sheet.client_heading in texts
    for pair in sheet.pairs:
        assert pair.therapist in texts
        assert pair.client in texts


def test_sections_switch_by_keyboard(make_window, qtbot) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.experiments_page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.diary_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.experiments_page


def test_the_sidebar_the_view_menu_and_the_shortcuts_follow_the_registered_areas(make_window, qtbot) -> None:
    window = make_window()
    assert [area.name for area in AREAS] == ["experiments", "diary", "values"]
    sidebar = [window.sections.item(row).text() for row in range(window.sections.count())]
    assert sidebar == ["Trying on a Value", "Diary", "Values"]
    view = [(action.text(), action.shortcut().toString()) for action in menu(window, "&View").actions()]
    assert view[:4] == [("&Trying on a Value", "Ctrl+1"), ("&Diary", "Ctrl+2"), ("&Values", "Ctrl+4"), ("", "")]
    assert ("&Parallel Questions", "Ctrl+3") in view
    for row, area in enumerate(AREAS):
        # Ctrl+3 is the Parallel Questions': the areas' shortcuts skip it.
        digit = int(area.shortcut.removeprefix("Ctrl+"))
        qtbot.keyClick(window, Qt.Key.Key_0 + digit, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == area.name
        assert window.sections.currentRow() == row
        assert window.pages.currentWidget().isVisible()


def test_geometry_dock_and_section_come_back_after_a_restart(make_window, restart, qtbot) -> None:
    window = make_window()
    window.resize(760, 520)
    window.sections.setCurrentRow(1)
    window.questions_dock.setFloating(True)
    window.questions_dock.move(40, 50)
    qtbot.wait(10)
    again = restart(window)
    assert (again.width(), again.height()) == (760, 520)
    assert again.pages.currentWidget() is again.diary_page
    assert again.findChild(QDockWidget, "questionsDock").isFloating()


def test_the_area_is_kept_by_its_name(make_window, restart, data_dir, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.close()
    assert saved_settings(data_dir)["window/area"] == "diary"
    again = restart(window)
    assert again.current_area() == "diary" and again.sections.currentItem().text() == "Diary"


def test_the_row_kept_by_version_0_1_is_read_once_then_kept_as_a_name(make_window, restart, data_dir) -> None:
    data_dir.mkdir()
    ui_state_path(data_dir).write_text("[General]\nsection=1\n", encoding="utf-8")
    window = make_window()
    assert window.current_area() == "diary"
    window.close()
    saved = saved_settings(data_dir)
    assert saved["window/area"] == "diary" and "section" not in saved


def test_an_area_not_known_any_more_opens_the_first(make_window, data_dir) -> None:
    data_dir.mkdir()
    ui_state_path(data_dir).write_text("[window]\narea=a-future-area\n", encoding="utf-8")
    assert make_window().current_area() == "experiments"


def test_closing_saves_pending_work_first_and_a_failure_keeps_the_window_open(
    make_window, shown_messages, qtbot
) -> None:
    window = make_window()
    work = FailingWork()
    window.context.coordinator.register(work)
    next(action for action in menu(window, "&File").actions() if action.text() == "&Quit").trigger()
    assert window.isVisible() and work.attempts == 1
    assert shown_messages == ["There is not enough free disk space to save your changes."]
    window.context.coordinator.unregister(work)
    assert window.close()


def test_one_failed_save_does_not_keep_the_others_from_the_disk_and_is_told_once(
    make_window, shown_messages, qtbot
) -> None:
    window = make_window()
    first, failing, last = CountingWork(), FailingWork(), CountingWork()
    for work in (first, failing, last):
        window.context.coordinator.register(work)
    assert not window.close()
    assert (first.attempts, failing.attempts, last.attempts) == (1, 1, 1)
    assert shown_messages == ["There is not enough free disk space to save your changes."]
    window.context.coordinator.unregister(failing)
    assert window.close()
    assert (first.attempts, last.attempts) == (2, 2)


def test_changing_area_saves_pending_work_first_and_says_why_it_could_not(make_window, shown_messages, qtbot) -> None:
    window = make_window()
    work = FailingWork()
    window.context.coordinator.register(work)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert work.attempts == 1
    assert shown_messages == ["There is not enough free disk space to save your changes."]
    # The typing stays pending in its area (and closing will not lose it); the person moves on.
    assert window.current_area() == "diary"
    window.context.coordinator.unregister(work)


def test_hiding_the_dock_is_remembered(make_window, restart, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert not window.questions_dock.isVisible()
    again = restart(window)
    assert not again.questions_dock.isVisible()


def test_about_shows_version_data_file_and_privacy(make_window, monkeypatch, data_dir) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window = make_window()
    next(action for action in menu(window, "&Help").actions() if action.text() == "&About ValuesDesk").trigger()
    assert "0.1.0" in shown[0]
    assert "valuesdesk.sqlite3" in shown[0] and str(data_dir) in shown[0]
    assert "stays on this computer" in shown[0]
    assert "Your diary is not encrypted; you can set a passphrase in File ▸ Privacy." in shown[0]


def test_the_status_bar_never_shows_the_data_files_path(make_window, data_dir) -> None:
    window = make_window()
    assert window.statusBar().currentMessage() == "Your data stays on this computer"
    assert str(data_dir) not in window.statusBar().currentMessage()


def test_every_control_has_an_accessible_name(make_window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit

    window = make_window()
    for kind in (QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit):
        for control in window.findChildren(kind):
            if control.isVisibleTo(window) and control.focusPolicy() != Qt.FocusPolicy.NoFocus:
                assert control.accessibleName(), f"{control!r} has no accessible name"


def test_switching_to_the_diary_saves_what_was_just_typed_in_the_wizard(make_window, qtbot) -> None:
    window = make_window()
    page = window.experiments_page
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.wizard.value_step.name, "Gentleness")
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.diary_page
    assert window.context.services.experiments.get(page.wizard.experiment_id).value.name == "Gentleness"
