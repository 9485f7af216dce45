"""The main window: its areas, the questions dock, menus, and what comes back after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMessageBox

from valuesdesk.content import parallel_questions


def visible_texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


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
    help_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&Help")
    help_menu.actions()[0].trigger()
    assert "0.1.0" in shown[0]
    assert "valuesdesk.sqlite3" in shown[0] and str(data_dir) in shown[0]
    assert "stays on this computer" in shown[0]


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
    assert window.services.experiments.get(page.wizard.experiment_id).value.name == "Gentleness"
