"""The therapist's private notes: written in place, kept across a restart, deleted only after
asking, and hidden at one stroke so nothing private shows while sharing the screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTextEdit, QToolButton

from valuesdesk.ui.context import DataKind
from valuesdesk.ui.local_dates import short_day
from valuesdesk.ui.questions.notes import NotesSection


def open_notes(section: NotesSection, qtbot) -> None:
    if not section.toggle.isChecked():
        qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    assert section.notes_box.isVisible()


def write_note(section: NotesSection, text: str, qtbot) -> None:
    open_notes(section, qtbot)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    editor = section.editors[0].editor
    assert editor.hasFocus()
    qtbot.keyClicks(editor, text)


def private_texts_on_screen(widget) -> list[str]:
    """Every note text, note date and note count a person could see in ``widget``."""

    def visible(kind):
        return [each for each in widget.findChildren(kind) if each.isVisibleTo(widget)]

    shown = [edit.toPlainText() for edit in visible(QTextEdit)]
    shown += [label.text() for label in visible(QLabel) if label.objectName() == "noteDate"]
    shown += [button.text() for button in visible(QToolButton) if button.text().startswith("Notes")]
    return shown


def test_a_note_is_saved_as_typed_and_comes_back_after_a_restart(make_window, restart, qtbot, clock) -> None:
    window = make_window()
    section = window.questions_panel.notes_sections[2]
    assert section.toggle.text() == "Notes (0)"
    write_note(section, "Noticed my wish to fix. Stayed.", qtbot)
    section.editors[0].editor.insertPlainText(" ✨ שלום")  # as an input method would; keyClicks is ASCII only
    qtbot.waitUntil(lambda: section.toggle.text() == "Notes (1)", timeout=3000)
    expected = "Noticed my wish to fix. Stayed. ✨ שלום"
    assert [note.text for note in window.context.services.therapist_notes.notes_for(3)] == [expected]
    qtbot.keyClicks(section.editors[0].editor, " Again.")  # still unsaved when the window closes

    again = restart(window)
    section = again.questions_panel.notes_sections[2]
    assert section.toggle.text() == "Notes (1)"
    open_notes(section, qtbot)
    assert section.editors[0].text() == f"{expected} Again."
    assert section.editors[0].date_label.text() == short_day(clock.today)
    others = [other for other in again.questions_panel.notes_sections if other is not section]
    assert all(other.toggle.text() == "Notes (0)" for other in others)


def test_notes_are_listed_newest_first_and_edited_in_place(make_window, restart, qtbot, clock) -> None:
    window = make_window()
    notes = window.context.services.therapist_notes
    first_session, last_session = clock.today - dt.timedelta(weeks=8), clock.today - dt.timedelta(weeks=1)
    notes.add(1, "at the first session", first_session)
    notes.add(1, "at the last session", last_session)
    window = restart(window)
    section = window.questions_panel.notes_sections[0]
    open_notes(section, qtbot)
    shown_days = [editor.date_label.text() for editor in section.editors]
    assert shown_days == [short_day(last_session), short_day(first_session)]
    older = section.editors[1].editor
    older.setFocus()
    older.moveCursor(older.textCursor().MoveOperation.End)
    qtbot.keyClicks(older, ", and again since")
    assert window.save_pending()
    texts = [note.text for note in window.context.services.therapist_notes.notes_for(1)]
    assert texts == ["at the last session", "at the first session, and again since"]


def test_add_note_reuses_an_untouched_new_note_and_leaves_nothing_behind(make_window, restart, qtbot) -> None:
    window = make_window()
    section = window.questions_panel.notes_sections[0]
    open_notes(section, qtbot)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert len(section.editors) == 1
    again = restart(window)
    assert again.context.services.therapist_notes.notes_for(1) == ()
    assert again.questions_panel.notes_sections[0].toggle.text() == "Notes (0)"


def test_delete_asks_first_and_keeps_the_note_on_cancel(make_window, qtbot, monkeypatch, clock) -> None:
    asked: list[str] = []
    answer = ["Cancel"]

    def answer_box(box: QMessageBox) -> int:
        asked.append(box.text())
        next(button for button in box.buttons() if button.text() == answer[0]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_box)
    window = make_window()
    section = window.questions_panel.notes_sections[5]
    write_note(section, "keep me?", qtbot)
    assert window.save_pending()
    editor = section.editors[0]
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert asked == [f"Delete your note of {short_day(clock.today)}? This cannot be undone."]
    assert window.context.services.therapist_notes.notes_for(6)[0].text == "keep me?"
    assert section.editors == [editor]

    answer[0] = "Delete"
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert window.context.services.therapist_notes.notes_for(6) == ()
    assert section.editors == [] and section.toggle.text() == "Notes (0)"


def view_menu_texts(window) -> list[str]:
    view_menu = next(action.menu() for action in window.menuBar().actions() if action.text() == "&View")
    return [action.text() for action in view_menu.actions()]


def notes_hidden_on_screen(window) -> bool:
    """What a person sees of the notes' state: the button's words, the View menu and the badge."""
    panel = window.questions_panel
    hidden = panel.hide_notes_button.text() == "Show Private Notes"
    assert hidden == ("S&how Private Notes" in view_menu_texts(window))
    assert hidden != ("&Hide Private Notes" in view_menu_texts(window))
    assert not panel.hide_notes_action.isCheckable()  # no tick to misread: the words say it
    assert panel.notes_hidden_badge.isVisible() == hidden
    assert panel.hide_notes_button.accessibleName() == ("Show Private Notes" if hidden else "Hide Private Notes")
    return hidden


def test_hiding_private_notes_hides_every_note_and_count_says_so_and_is_remembered(make_window, restart, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    write_note(panel.notes_sections[0], "private thought", qtbot)
    assert window.save_pending()
    assert "private thought" in private_texts_on_screen(window)
    assert not notes_hidden_on_screen(window)

    qtbot.mouseClick(panel.hide_notes_button, Qt.MouseButton.LeftButton)
    assert private_texts_on_screen(window) == []
    assert notes_hidden_on_screen(window)
    assert panel.notes_hidden_badge.text() == "Private notes hidden"

    again = restart(window)
    assert again.questions_panel.notes_hidden()
    assert private_texts_on_screen(again) == []
    assert notes_hidden_on_screen(again)
    qtbot.keyClick(again, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not again.questions_panel.notes_hidden()
    assert "Notes (1)" in private_texts_on_screen(again)
    assert not notes_hidden_on_screen(again)


def test_the_session_window_never_shows_notes(make_window, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    write_note(panel.notes_sections[0], "not for the client's eyes", qtbot)
    panel.start_session()
    session = panel.session_window
    assert session.isVisible()
    assert session.findChildren(NotesSection) == [] and private_texts_on_screen(session) == []


def test_a_note_too_long_to_save_says_so_and_keeps_the_text(make_window, qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window = make_window()
    section = window.questions_panel.notes_sections[1]
    write_note(section, "start", qtbot)
    editor = section.editors[0]
    huge = "z" * 100_001
    editor.editor.setPlainText(huge)
    assert not editor.autosaver.flush()
    indicator = editor.findChild(QLabel, "saveIndicator")
    assert indicator.text().startswith("Not saved: A note can hold up to 100,000 characters")
    assert not window.close()
    assert shown and editor.text() == huge
    editor.editor.setPlainText("shorter")
    assert window.save_pending()
    assert window.context.services.therapist_notes.notes_for(2)[0].text == "shorter"


def test_hiding_the_notes_or_the_dock_saves_what_was_typed_at_once(make_window, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    write_note(panel.notes_sections[0], "typed while sharing", qtbot)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [note.text for note in window.context.services.therapist_notes.notes_for(1)] == ["typed while sharing"]

    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.notes_sections[0].editors[0].editor, " More.")
    window.questions_dock.close()
    assert [note.text for note in window.context.services.therapist_notes.notes_for(1)] == ["typed while sharing More."]


def test_notes_load_again_after_an_import_once_what_was_typed_is_saved(make_window, qtbot, clock) -> None:
    window = make_window()
    panel = window.questions_panel
    section = panel.notes_sections[0]
    announced: list[str] = []
    window.context.events.data_changed.connect(announced.append)
    write_note(section, "typed here", qtbot)
    assert window.save_pending()
    assert announced == [], "the notes are shown only where they are written: nothing else needs telling"

    window.context.services.therapist_notes.add(1, "came in from an import", clock.today)
    window.context.events.changed(DataKind.DIARY)
    window.context.events.changed(DataKind.EXPERIMENTS)
    assert [editor.text() for editor in section.editors] == ["typed here"], "the diary's changes are not the notes'"
    qtbot.keyClicks(section.editors[0].editor, ", and more")

    window.context.events.changed(DataKind.ALL)
    assert section.toggle.text() == "Notes (2)"
    assert section.notes_box.isVisible()
    assert sorted(editor.text() for editor in section.editors) == ["came in from an import", "typed here, and more"]
    stored = window.context.services.therapist_notes.notes_for(1)
    assert sorted(note.text for note in stored) == ["came in from an import", "typed here, and more"]
