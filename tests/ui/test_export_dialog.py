"""File ▸ Export…, Import…, Save Diary as PDF… and Print Diary…, driven as the person would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolButton

from valuesdesk import exports
from valuesdesk.ui.export_dialog import ExportDialog


def file_menu_action(window, text: str):
    menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&File")
    return next(action for action in menu.actions() if action.text() == text)


@pytest.fixture
def window(make_window, filled):
    return make_window()


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The save dialog answers with a file in the test's folder and records what it was offered."""
    offered = []

    def answer(name: str):
        def get_save_file_name(parent, caption, suggested, file_filter):
            offered.append((suggested, file_filter))
            return str(tmp_path / name), file_filter

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
        return offered

    return answer


def record_and_import(shown: list):
    """Stands in for message boxes: records what they say and, when asked, answers "Import"."""

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        for button in box.buttons():
            if button.text().replace("&", "") == "Import":
                button.click()
        return 0

    return exec_


def choose_in_dialog(monkeypatch, qtbot, steps):
    """Run ``steps(dialog)`` on the real Export dialog when it opens, then press its button."""

    def exec_(dialog: ExportDialog) -> int:
        qtbot.addWidget(dialog)
        steps(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)


def everything_as_json(services) -> bytes:
    return exports.prepare(services, exports.format_by_key("json")).data


def shown_dialog(qtbot, window, clock) -> ExportDialog:
    clock.set(dt.date(2026, 11, 30))
    dialog = ExportDialog(window.services.experiments.list_summaries(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    # Mnemonics reach only the active window; the main window may still be taking activation.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_the_dialog_offers_every_format_of_the_registry(qtbot, window, clock) -> None:
    dialog = shown_dialog(qtbot, window, clock)
    offered = [
        (dialog.format_box.itemText(row), dialog.format_box.itemData(row)) for row in range(dialog.format_box.count())
    ]
    assert offered == [(export_format.label, export_format.key) for export_format in exports.formats()]
    assert dialog.first_edit.date().toPython() == dt.date(2026, 11, 24)
    assert dialog.last_edit.date().toPython() == dt.date(2026, 11, 30)


def test_the_dialog_is_driven_by_keyboard_and_says_what_it_will_export(qtbot, window, clock, british) -> None:
    dialog = shown_dialog(qtbot, window, clock)
    dialog.format_box.setFocus()
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)
    assert dialog.choice().format.key == "md"
    qtbot.keyClick(dialog, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert dialog.experiment_box.hasFocus()
    qtbot.keyClick(dialog.experiment_box, Qt.Key.Key_Down)
    assert dialog.experiment_box.currentText() == "Connection with my family · 23 Nov 2026 – 29 Nov 2026 (active)"
    assert not dialog.first_edit.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.range_check.isChecked)
    assert dialog.first_edit.isEnabled()
    assert dialog.choice().selection == exports.Selection(1, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    for control, name in (
        (dialog.format_box, "Format"),
        (dialog.experiment_box, "Experiment"),
        (dialog.range_check, "Only days between"),
        (dialog.first_edit, "From"),
        (dialog.last_edit, "To"),
        (dialog.ok_button, "Export…"),
    ):
        assert control.accessibleName() == name


def test_everything_as_json_needs_no_choice_of_diary(qtbot, window) -> None:
    dialog = ExportDialog(window.services.experiments.list_summaries(), window)
    qtbot.addWidget(dialog)
    dialog.select_format("json")
    assert not dialog.experiment_box.isEnabled() and not dialog.range_check.isEnabled()
    assert dialog.choice().selection == exports.Selection()


def test_a_backwards_range_cannot_be_exported(qtbot, window, clock) -> None:
    dialog = shown_dialog(qtbot, window, clock)
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.range_check.isChecked)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    for _ in range(7):
        qtbot.keyClick(dialog.last_edit, Qt.Key.Key_Down)
    assert dialog.last_edit.date().toPython() == dt.date(2026, 11, 23)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.isVisible() and dialog.problem.text() == "The first day comes after the last day."


def test_export_writes_the_chosen_diary_as_csv(qtbot, window, monkeypatch, save_as, tmp_path) -> None:
    offered = save_as("mine.csv")

    def steps(dialog):
        dialog.select_format("csv")
        dialog.select_experiment(1)
        dialog.range_check.setChecked(True)

    choose_in_dialog(monkeypatch, qtbot, steps)
    file_menu_action(window, "&Export…").trigger()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "mine.csv").read_text(encoding="utf-8-sig"))))
    assert [row["Date"] for row in rows] == ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]
    assert offered[0][0].endswith("Daily Reactions Diary - Connection with my family - 2026-11-23.csv")
    assert "Saved mine.csv" in window.statusBar().currentMessage()


@pytest.fixture
def refused_export(qtbot, window, monkeypatch, save_as):
    """File ▸ Export… with ``steps(dialog)``, expected to be refused before the save dialog is offered:
    returns what the message boxes said (title, text, detail)."""

    def export(steps) -> list[tuple[str, str, str]]:
        offered = save_as("refused")
        shown: list[tuple[str, str, str]] = []
        monkeypatch.setattr(QMessageBox, "exec", record_and_import(shown))
        choose_in_dialog(monkeypatch, qtbot, steps)
        file_menu_action(window, "&Export…").trigger()
        assert offered == []
        return shown

    return export


def test_a_calendar_with_no_dates_is_refused_before_asking_where(window, refused_export) -> None:
    window.services.experiments.create_draft()
    window.experiments_page.refresh()
    assert refused_export(lambda dialog: (dialog.select_format("ics"), dialog.select_experiment(2))) == [
        (
            "Please check what you entered",
            "There is nothing to put in a calendar yet.",
            "Choose a date and time in step 6, or start trying on the value, then try again.",
        )
    ]


def test_nothing_to_export_is_said_before_asking_where(refused_export) -> None:
    def steps(dialog):
        dialog.select_format("md")
        dialog.range_check.setChecked(True)
        dialog.first_edit.setDate(dialog.first_edit.date().addYears(-3))
        dialog.last_edit.setDate(dialog.first_edit.date().addDays(3))

    assert refused_export(steps) == [
        (
            "Nothing to export",
            "There is no diary to export.",
            "Choose other days or another experiment, or write in your diary first.",
        )
    ]


def test_export_everything_then_import_it_into_another_folder(
    qtbot, make_window, window, monkeypatch, save_as, tmp_path, data_dir, clock
) -> None:
    offered = save_as("everything")
    choose_in_dialog(monkeypatch, qtbot, lambda dialog: dialog.select_format("json"))
    file_menu_action(window, "&Export…").trigger()
    assert offered == [
        (str(Path(offered[0][0]).parent / "ValuesDesk export - 2026-11-18.json"), "ValuesDesk export (*.json)")
    ]
    exported = tmp_path / "everything.json"
    assert json.loads(exported.read_text(encoding="utf-8"))["experiments"][0]["value"] == "Connection with my family"

    window.close()
    window.services.close()
    for name in ("valuesdesk.sqlite3", "valuesdesk.sqlite3-wal", "valuesdesk.sqlite3-shm"):
        (data_dir / name).unlink(missing_ok=True)
    fresh = make_window()
    assert not fresh.experiments_page.experiment_list.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(exported), "")))
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "exec", record_and_import(asked))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: told.append(text)))
    file_menu_action(fresh, "&Import…").trigger()
    assert "Add everything in “everything.json” to your data?" in asked[0][1]
    assert told == [
        "Added 1 value, 1 experiment, 3 behaviours, 1 plan item, 3 diary days, 4 check-ins and 1 therapist note."
    ]
    assert fresh.experiments_page.experiment_list.item(0).text().startswith("Connection with my family\n")
    assert fresh.diary_page.filter.count() == 2, "the diary lists the imported experiment at once"
    note_toggles = [toggle.text() for toggle in fresh.questions_panel.findChildren(QToolButton, "notesToggle")]
    assert "Notes (1)" in note_toggles, "the Parallel Questions show the imported note at once"


def test_a_refused_import_is_shown_and_nothing_changes(qtbot, window, monkeypatch, tmp_path) -> None:
    foreign = tmp_path / "notes.json"
    foreign.write_text('{"notes": []}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(foreign), "")))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", record_and_import(shown))
    before = everything_as_json(window.services)
    file_menu_action(window, "&Import…").trigger()
    assert shown[-1] == (
        "This file cannot be imported",
        "notes.json cannot be imported.",
        "It is not a ValuesDesk export file. Nothing was changed.",
    )
    assert everything_as_json(window.services) == before


def test_bring_to_session_saves_the_whole_diary_as_pdf(qtbot, window, save_as, tmp_path) -> None:
    save_as("session.pdf")
    window.export_diary_pdf(1)
    text = " ".join(PdfReader(tmp_path / "session.pdf").pages[0].extract_text().split())
    assert "Connection with my family" in text


def test_save_diary_as_pdf_from_the_file_menu_keeps_to_the_chosen_days(
    qtbot, window, monkeypatch, save_as, tmp_path
) -> None:
    save_as("two days.pdf")

    def steps(dialog):
        assert not dialog.format_box.isVisibleTo(dialog)
        dialog.select_experiment(1)
        dialog.range_check.setChecked(True)
        dialog.first_edit.setDate(dialog.first_edit.date().addDays(1))
        dialog.last_edit.setDate(dialog.first_edit.date().addDays(1))

    choose_in_dialog(monkeypatch, qtbot, steps)
    file_menu_action(window, "Save Diary as P&DF…").trigger()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "two days.pdf").pages)
    assert "Day 2 ·" in text and "Day 3 ·" in text and "Day 1 ·" not in text and "Day 4 ·" not in text
    assert "24 – 25 November 2026" in text


def test_print_diary_sends_the_pages_to_the_printer(qtbot, window, monkeypatch, printed_pdf) -> None:
    choose_in_dialog(monkeypatch, qtbot, lambda dialog: dialog.select_experiment(1))
    file_menu_action(window, "&Print Diary…").trigger()
    pages = PdfReader(printed_pdf).pages
    assert len(pages) >= 2
    assert "Page 1 of" in " ".join(pages[0].extract_text().split())
    assert "Sent" in window.statusBar().currentMessage()


def test_the_actions_wait_for_the_data(qtbot, data_dir) -> None:
    from valuesdesk.app import application
    from valuesdesk.paths import ui_state_path
    from valuesdesk.ui.main_window import MainWindow
    from valuesdesk.ui.settings import Settings

    application()
    waiting = MainWindow(Settings(ui_state_path(data_dir)), data_dir)
    qtbot.addWidget(waiting)
    for text in ("&Export…", "&Import…", "Save Diary as P&DF…", "&Print Diary…"):
        assert not file_menu_action(waiting, text).isEnabled()


def test_an_export_never_replaces_the_data_file_itself(qtbot, window, monkeypatch, data_dir) -> None:
    database = data_dir / "valuesdesk.sqlite3"
    before = database.read_bytes()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(data_dir / "valuesdesk.sqlite3"), ""))
    )
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.export_diary_pdf(1)
    assert shown == ["“valuesdesk.sqlite3.pdf” is where ValuesDesk keeps your data."]
    assert database.read_bytes() == before
