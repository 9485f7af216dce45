"""Session mode: the sheet in its own window, on top and full screen on a chosen screen if
wanted, back in the dock with one action or Esc, and as it was after a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel

from valuesdesk.content import parallel_questions
from valuesdesk.ui.questions.session_window import screen_label
from valuesdesk.ui.questions.sheet_view import SheetMode, default_text_size

SHEET = parallel_questions()
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def visible_texts(widget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)}


def start_session(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    session = window.questions_panel.session_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session)
    return session


def test_session_mode_opens_a_window_of_its_own_and_esc_returns_to_the_dock(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    assert session.isWindow() and session.windowFlags() & Qt.WindowType.Window
    assert not session.stays_on_top()
    assert not window.questions_dock.isVisible()
    assert {pair.client for pair in SHEET.pairs} <= visible_texts(session)

    session.stay_on_top_action.trigger()
    assert session.stays_on_top() and session.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert session.isVisible()

    qtbot.keyClick(session.sheet_view.client_labels[0], Qt.Key.Key_Escape)
    assert not session.isVisible()
    assert window.questions_dock.isVisible()


def test_closing_the_session_window_also_returns_to_the_dock(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.close()
    assert not session.isVisible() and window.questions_dock.isVisible()


def test_the_client_view_fills_the_chosen_screen_with_the_client_column_in_large_print(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.full_screen_menu.aboutToShow.emit()
    screens = QGuiApplication.screens()
    offered = [action.text() for action in session.full_screen_menu.actions()]
    labels = [screen_label(screen) for screen in screens]
    assert offered == [text for label in labels for text in (f"Full Screen on {label}", f"Client View on {label}")]
    chosen = screens[-1]
    session.full_screen_menu.actions()[-1].trigger()
    qtbot.waitUntil(session.isFullScreen)
    assert session.screen() is chosen
    assert session.geometry() == chosen.geometry()
    texts = visible_texts(session)
    assert {pair.client for pair in SHEET.pairs} <= texts
    assert not {pair.therapist for pair in SHEET.pairs} & texts
    assert not {SHEET.title, SHEET.therapist_heading, SHEET.client_heading} & texts
    assert not session.toolbar.isVisible()
    assert session.sheet_view.text_size() >= 2 * default_text_size()

    qtbot.keyClick(session.sheet_view.client_labels[0], Qt.Key.Key_Escape)
    assert not session.isVisible() and window.questions_dock.isVisible()
    assert window.questions_panel.sheet_view.mode() is SheetMode.BOTH


def test_leaving_full_screen_restores_the_windowed_view(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.sheet_view.set_mode(SheetMode.ONE_PAIR)
    size = session.sheet_view.text_size()
    session.show_full_screen_on(QGuiApplication.screens()[0], client_view=True)
    session.leave_full_screen_action.trigger()
    assert not session.isFullScreen() and session.toolbar.isVisible()
    assert session.sheet_view.mode() is SheetMode.ONE_PAIR and session.sheet_view.text_size() == size
    assert SHEET.title in visible_texts(session)


def test_pairs_turn_by_keys_in_the_session_window(make_window, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.sheet_view.set_mode(SheetMode.ONE_PAIR)
    label = session.sheet_view.client_labels[0]
    label.setFocus()
    qtbot.keyClick(label, Qt.Key.Key_Right)
    assert session.sheet_view.position_label.text() == "Pair 2 of 8"
    assert SHEET.pairs[1].client in visible_texts(session)


def test_the_session_window_comes_back_as_it_was_after_a_restart(make_window, restart, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.set_stay_on_top(True)
    session.sheet_view.set_mode(SheetMode.CLIENT)
    session.sheet_view.larger_text()
    size = session.sheet_view.text_size()
    session.setGeometry(30, 40, 640, 480)
    qtbot.waitUntil(lambda: session.geometry().size().width() == 640)

    again = restart(window)
    session = again.questions_panel.session_window
    assert session is not None and session.isVisible()
    assert not again.questions_dock.isVisible()
    assert session.stays_on_top()
    assert session.sheet_view.mode() is SheetMode.CLIENT and session.sheet_view.text_size() == size
    assert session.geometry().size().toTuple() == (640, 480)

    session.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is session)
    qtbot.keyClick(session.sheet_view, Qt.Key.Key_Escape)
    again = restart(again)
    assert again.questions_panel.session_window is None
    assert again.questions_dock.isVisible()


def test_a_full_screen_client_view_comes_back_on_its_screen(make_window, restart, qtbot) -> None:
    window = make_window()
    session = start_session(window, qtbot)
    session.show_full_screen_on(QGuiApplication.screens()[0], client_view=True)
    again = restart(window)
    session = again.questions_panel.session_window
    qtbot.waitUntil(lambda: session.isFullScreen())
    assert session.client_view and session.sheet_view.mode() is SheetMode.CLIENT


def test_tab_goes_through_the_toolbar_left_to_right_then_into_the_sheet(make_window, qtbot) -> None:
    session = start_session(make_window(), qtbot)
    session.mode_box.setFocus()
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[:3] == [session.stay_on_top_button, session.full_screen_button, session.return_button]
    assert session.sheet_view.isAncestorOf(visited[3])
