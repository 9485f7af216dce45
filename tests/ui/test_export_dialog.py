"""File ▸ Export…, Import…, Save Diary as PDF… and Print Diary…, driven as the person would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox, QToolButton

from valuesdesk import exports
from valuesdesk.domain.passphrase import Passphrase
from valuesdesk.ui.export_dialog import NOT_ENCRYPTED, ExportChoice, ExportDialog, documents_folder

# A page of Letter in PDF points (1/72 inch).
LETTER = (612, 792)


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


def show(qtbot, dialog: ExportDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    # Mnemonics reach only the active window; the main window may still be taking activation.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def choose_in_dialog(monkeypatch, qtbot, steps):
    """Show the real Export dialog when it opens, run ``steps(dialog)`` on it, then press its button."""

    def exec_(dialog: ExportDialog) -> int:
        show(qtbot, dialog)
        steps(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", exec_)


def alt(qtbot, dialog: ExportDialog, key: Qt.Key) -> None:
    qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)


def choose(qtbot, dialog: ExportDialog, mnemonic: Qt.Key, beginning: str) -> None:
    """As a person does with the keyboard: Alt+letter to the list, then down from its top to the item
    that begins with ``beginning``."""
    alt(qtbot, dialog, mnemonic)
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox)
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentText().startswith(beginning):
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    pytest.fail(f"no item begins with {beginning!r}")


def only_days_between(qtbot, dialog: ExportDialog) -> None:
    alt(qtbot, dialog, Qt.Key.Key_B)
    qtbot.waitUntil(dialog.range_check.isChecked)


def step_days(qtbot, dialog: ExportDialog, mnemonic: Qt.Key, days: int) -> None:
    """Alt+letter to a date, then the arrow keys on its first part: the day in a British date."""
    alt(qtbot, dialog, mnemonic)
    edit = QApplication.focusWidget()
    for _ in range(abs(days)):
        qtbot.keyClick(edit, Qt.Key.Key_Up if days > 0 else Qt.Key.Key_Down)


def everything_as_json(services) -> bytes:
    return exports.prepare(services, exports.format_by_key("json")).data


def shown_dialog(qtbot, window, clock) -> ExportDialog:
    clock.set(dt.date(2026, 11, 30))
    dialog = ExportDialog(window.context.services.experiments.list_summaries(), window)
    show(qtbot, dialog)
    return dialog


def test_the_dialog_offers_every_format_of_the_registry(qtbot, window, clock) -> None:
    dialog = shown_dialog(qtbot, window, clock)
    offered = [
        (dialog.format_box.itemText(row), dialog.format_box.itemData(row)) for row in range(dialog.format_box.count())
    ]
    assert offered == [(export_format.label, export_format.key) for export_format in exports.formats()]
    assert dialog.first_edit.date().toPython() == dt.date(2026, 11, 24)
    assert dialog.last_edit.date().toPython() == dt.date(2026, 11, 30)


@pytest.mark.parametrize(("locale", "shown"), [("en_GB", "24 Nov 2026"), ("en_US", "Nov 24, 2026")])
def test_the_days_read_as_the_locale_writes_them(qtbot, window, clock, locale, shown) -> None:
    system = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        dialog = shown_dialog(qtbot, window, clock)
    finally:
        QLocale.setDefault(system)
    assert dialog.first_edit.text() == shown


def test_the_dialog_is_driven_by_keyboard_and_says_what_it_will_export(qtbot, window, clock, british) -> None:
    dialog = shown_dialog(qtbot, window, clock)
    dialog.format_box.setFocus()
    qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)
    assert dialog.choice().format.key == "md"
    alt(qtbot, dialog, Qt.Key.Key_X)
    assert dialog.experiment_box.hasFocus()
    qtbot.keyClick(dialog.experiment_box, Qt.Key.Key_Down)
    assert dialog.experiment_box.currentText() == "Connection with my family · 23 Nov 2026 – 29 Nov 2026 (active)"
    assert not dialog.first_edit.isEnabled()
    only_days_between(qtbot, dialog)
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


def test_everything_as_json_needs_no_choice_of_diary(qtbot, window, clock) -> None:
    dialog = shown_dialog(qtbot, window, clock)
    choose(qtbot, dialog, Qt.Key.Key_F, "Everything")
    assert not dialog.experiment_box.isEnabled() and not dialog.range_check.isEnabled()
    assert dialog.choice() == ExportChoice(exports.format_by_key("json"), exports.Selection())


def test_a_backwards_range_cannot_be_exported(qtbot, window, clock, british) -> None:
    dialog = shown_dialog(qtbot, window, clock)
    only_days_between(qtbot, dialog)
    step_days(qtbot, dialog, Qt.Key.Key_T, -7)
    assert dialog.last_edit.date().toPython() == dt.date(2026, 11, 23)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.isVisible() and dialog.problem.text() == "The first day comes after the last day."


def test_export_writes_the_chosen_diary_as_csv(qtbot, window, monkeypatch, save_as, tmp_path) -> None:
    offered = save_as("mine.csv")

    def steps(dialog):
        choose(qtbot, dialog, Qt.Key.Key_F, "Diary as a spreadsheet")
        choose(qtbot, dialog, Qt.Key.Key_X, "Connection with my family")
        only_days_between(qtbot, dialog)

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


def test_a_calendar_with_no_dates_is_refused_before_asking_where(qtbot, window, refused_export) -> None:
    window.context.services.experiments.create_draft()

    def steps(dialog):
        choose(qtbot, dialog, Qt.Key.Key_F, "Plan and daily check-ins")
        choose(qtbot, dialog, Qt.Key.Key_X, "A value not yet named")

    assert refused_export(steps) == [
        (
            "Nothing to export",
            "There is nothing to put in a calendar yet.",
            "Choose a date and time in step 6, or start trying on the value, then try again.",
        )
    ]


def test_nothing_to_export_is_said_before_asking_where(qtbot, refused_export) -> None:
    def steps(dialog):
        choose(qtbot, dialog, Qt.Key.Key_F, "Diary as Markdown")
        # The week before today (18 November): the diary begins on the 23rd.
        only_days_between(qtbot, dialog)

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
    choose_in_dialog(monkeypatch, qtbot, lambda dialog: choose(qtbot, dialog, Qt.Key.Key_F, "Everything"))
    file_menu_action(window, "&Export…").trigger()
    assert offered == [
        (str(Path(offered[0][0]).parent / "ValuesDesk export - 2026-11-18.json"), "ValuesDesk export (*.json)")
    ]
    exported = tmp_path / "everything.json"
    assert json.loads(exported.read_text(encoding="utf-8"))["experiments"][0]["value"] == "Connection with my family"

    window.close()
    window.context.services.close()
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
    first = fresh.experiments_page.experiment_list.model().index(1)  # under its group's heading
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Connection with my family, ")
    assert fresh.diary_page.filter.count() == 2, "the diary lists the imported experiment at once"
    note_toggles = [toggle.text() for toggle in fresh.questions_panel.findChildren(QToolButton, "notesToggle")]
    assert "Notes (1)" in note_toggles, "the Parallel Questions show the imported note at once"


def test_a_refused_import_is_shown_and_nothing_changes(qtbot, window, monkeypatch, tmp_path) -> None:
    foreign = tmp_path / "notes.json"
    foreign.write_text('{"notes": []}', encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(foreign), "")))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", record_and_import(shown))
    before = everything_as_json(window.context.services)
    file_menu_action(window, "&Import…").trigger()
    assert shown[-1] == (
        "This file cannot be imported",
        "notes.json cannot be imported.",
        "It is not a ValuesDesk export file. Nothing was changed.",
    )
    assert everything_as_json(window.context.services) == before


def test_bring_to_session_saves_the_whole_diary_as_pdf(qtbot, window, save_as, tmp_path) -> None:
    save_as("session.pdf")
    window.export_diary_pdf(1)
    text = " ".join(PdfReader(tmp_path / "session.pdf").pages[0].extract_text().split())
    assert "Connection with my family" in text


def test_save_diary_as_pdf_from_the_file_menu_keeps_to_the_chosen_days(
    qtbot, window, monkeypatch, save_as, tmp_path, british
) -> None:
    save_as("two days.pdf")

    def steps(dialog):
        assert not dialog.format_box.isVisibleTo(dialog)
        # The experiment offers its own days, 23 to 29 November: from the 24th to the 25th.
        choose(qtbot, dialog, Qt.Key.Key_X, "Connection with my family")
        only_days_between(qtbot, dialog)
        step_days(qtbot, dialog, Qt.Key.Key_R, 1)
        step_days(qtbot, dialog, Qt.Key.Key_T, -4)

    choose_in_dialog(monkeypatch, qtbot, steps)
    file_menu_action(window, "Save Diary as P&DF…").trigger()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "two days.pdf").pages)
    assert "Day 2 ·" in text and "Day 3 ·" in text and "Day 1 ·" not in text and "Day 4 ·" not in text
    assert "24 – 25 November 2026" in text


def test_print_diary_sends_the_pages_to_the_printer_on_the_locales_paper(
    qtbot, window, monkeypatch, printed_pdf
) -> None:
    choose_in_dialog(
        monkeypatch, qtbot, lambda dialog: choose(qtbot, dialog, Qt.Key.Key_X, "Connection with my family")
    )
    system = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        file_menu_action(window, "&Print Diary…").trigger()
    finally:
        QLocale.setDefault(system)
    pages = PdfReader(printed_pdf).pages
    assert len(pages) >= 2
    assert "Page 1 of" in " ".join(pages[0].extract_text().split())
    assert all((round(float(page.mediabox.width)), round(float(page.mediabox.height))) == LETTER for page in pages)
    assert window.statusBar().currentMessage() == f"Sent {len(pages)} pages of your diary to the printer."


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


def test_a_calendar_names_the_value_and_plan_only_when_ticked_and_remembers_it(
    qtbot, window, monkeypatch, save_as, tmp_path, restart
) -> None:
    def summaries(name: str) -> set[str]:
        return {str(event["summary"]) for event in Calendar.from_ical((tmp_path / name).read_bytes()).walk("VEVENT")}

    def export_calendar(name: str, tick: bool) -> None:
        save_as(name)

        def steps(dialog):
            assert not dialog.details_check.isVisibleTo(dialog), "only a calendar has events to name"
            choose(qtbot, dialog, Qt.Key.Key_F, "Plan and daily check-ins")
            assert dialog.details_check.isVisible() and "“Therapy session”" in dialog.details_note.text()
            if tick:
                alt(qtbot, dialog, Qt.Key.Key_V)
                qtbot.waitUntil(dialog.details_check.isChecked)

        choose_in_dialog(monkeypatch, qtbot, steps)
        file_menu_action(window, "&Export…").trigger()

    export_calendar("neutral.ics", tick=False)
    assert summaries("neutral.ics") == {"ValuesDesk check-in", "Therapy session"}
    assert b"Connection with my family" not in (tmp_path / "neutral.ics").read_bytes().replace(b"\r\n ", b"")
    export_calendar("detailed.ics", tick=True)
    assert "Enact my value: Connection with my family" in summaries("detailed.ics")

    window = restart(window)
    ticked = []

    def steps(dialog):
        choose(qtbot, dialog, Qt.Key.Key_F, "Plan and daily check-ins")
        ticked.append(dialog.details_check.isChecked())

    save_as("again.ics")
    choose_in_dialog(monkeypatch, qtbot, steps)
    file_menu_action(window, "&Export…").trigger()
    assert ticked == [True], "the choice is kept for the next calendar"
    assert "Enact my value: Connection with my family" in summaries("again.ics")


def test_the_dialog_says_that_the_export_of_an_encrypted_diary_is_not_encrypted(
    qtbot, window, monkeypatch, save_as, tmp_path
) -> None:
    seen = []

    def steps(dialog):
        seen.append(dialog.not_encrypted.isVisible() and dialog.not_encrypted.text())

    save_as("plain.pdf")
    choose_in_dialog(monkeypatch, qtbot, steps)
    file_menu_action(window, "&Export…").trigger()
    window.context.services.set_passphrase(Passphrase("correct horse battery"))
    file_menu_action(window, "&Export…").trigger()
    assert seen == [False, NOT_ENCRYPTED]
    assert NOT_ENCRYPTED.startswith("Your diary is encrypted, but the file you export is not")
    said = "Saved plain.pdf. Unlike your diary, this file is not encrypted."
    assert window.statusBar().currentMessage() == said

    # "Bring to session" saves without the dialog, and says so too.
    save_as("session.pdf")
    window.export_diary_pdf(1)
    assert window.statusBar().currentMessage() == said.replace("plain.pdf", "session.pdf")


def test_the_first_save_dialog_opens_in_a_folder_that_exists(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    assert documents_folder() == tmp_path, "no Documents folder: the home folder, not the working folder"
    (tmp_path / "Documents").mkdir()
    assert documents_folder() == tmp_path / "Documents"
