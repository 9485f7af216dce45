"""While the program is locked the questions panel shows nothing, in the dock or in the session
window, and nothing of it can be brought back until it unlocks; then all is as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QTextEdit, QWidget

from valuesdesk.content import parallel_questions

SHEET = parallel_questions()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def texts_on_screen(widget: QWidget) -> set[str]:
    """Every question, heading, note and count a person could see in ``widget`` and its windows."""
    labels = {label.text() for label in widget.findChildren(QLabel) if label.isVisible()}
    notes = {edit.toPlainText() for edit in widget.findChildren(QTextEdit) if edit.isVisible()}
    return {text for text in labels | notes if text}


def write_note(panel, text: str, qtbot) -> None:
    section = panel.notes_sections[0]
    qtbot.mouseClick(section.toggle, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(section.editors[0].editor, text)


def test_concealed_the_dock_shows_no_text_and_keeps_what_was_typed(make_window, qtbot) -> None:
    window = make_window()
    panel = window.questions_panel
    write_note(panel, "She froze when I asked", qtbot)  # not saved yet when the program locks
    assert {"She froze when I asked", SHEET.pairs[0].therapist} <= texts_on_screen(panel)

    panel.set_concealed(True)
    assert texts_on_screen(panel) == set()
    assert [note.text for note in window.context.services.therapist_notes.notes_for(1)] == ["She froze when I asked"]
    for shortcut in (Qt.Key.Key_M, Qt.Key.Key_H):  # session mode and the notes stay put
        qtbot.keyClick(window, shortcut, CTRL_SHIFT)
    assert panel.session_window is None and not panel.notes_hidden()
    assert not any(action.isEnabled() for action in (panel.session_action, panel.hide_notes_action, panel.pdf_action))

    panel.set_concealed(False)
    assert {"She froze when I asked", SHEET.pairs[0].therapist} <= texts_on_screen(panel)
    assert all(action.isEnabled() for action in (panel.session_action, panel.hide_notes_action, panel.pdf_action))


def test_concealed_the_full_screen_session_window_goes_and_comes_back_as_it_was(make_window, qtbot) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    session = window.questions_panel.session_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session)
    session.show_full_screen_on(QGuiApplication.screens()[-1], client_view=True)
    qtbot.waitUntil(session.isFullScreen)

    window.questions_panel.set_concealed(True)
    assert not session.isVisible()
    assert texts_on_screen(session) == set()

    window.questions_panel.set_concealed(False)
    qtbot.waitUntil(lambda: session.isVisible() and session.isFullScreen())
    assert session.client_view and session.screen() is QGuiApplication.screens()[-1]
    assert {SHEET.pairs[0].client, "Question 1 of 8", "Esc to leave"} <= texts_on_screen(session)
    assert not window.questions_dock.isVisible()


def test_a_session_window_put_away_by_the_lock_comes_back_after_a_quit_while_locked(
    make_window, restart, qtbot
) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    window.questions_panel.set_concealed(True)
    again = restart(window)
    session = again.questions_panel.session_window
    assert session is not None and session.isVisible()
