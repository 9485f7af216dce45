"""Settings ▸ Reminders, reached from File ▸ Settings… and by the keyboard alone: Tab visits every control
once, top to bottom, each with a name a screen reader says; the quiet days and the snooze apply at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QTimeEdit, QWidget

from valuesdesk.paths import ui_state_path
from valuesdesk.ui.reminders.service import ReminderService
from valuesdesk.ui.settings import REMINDER_QUIET_DAYS, REMINDER_SNOOZE_MINUTES, Settings
from valuesdesk.ui.settings_dialog import SettingsDialog
from valuesdesk.ui.settings_pages.reminders import RemindersPage


def open_from_the_menu(window, qtbot) -> RemindersPage:
    settings_action = next(action for action in window.findChildren(QAction) if action.text() == "Se&ttings…")
    settings_action.trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    dialog.activateWindow()
    # Keys reach only the active window; the main window may still be taking activation.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    row = next(row for row in range(dialog.page_list.count()) if dialog.page_list.item(row).text() == "Reminders")
    dialog.page_list.setCurrentRow(row)
    page = dialog.pages.currentWidget()
    assert isinstance(page, RemindersPage) and page.isVisible()
    return page


def controls(page: QWidget) -> list[QWidget]:
    """What the person can use on the page, top to bottom, left to right."""
    found = [
        widget
        for widget in page.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QTimeEdit | QComboBox) and widget.isVisible() and widget.isEnabled()
    ]
    return sorted(found, key=lambda widget: (widget.mapTo(page, widget.rect().topLeft()).y(), widget.x()))


def test_tab_reaches_every_control_in_order_and_each_has_a_name(make_window, data_dir, qtbot) -> None:
    window = make_window()
    ReminderService(window, Settings(ui_state_path(data_dir)), data_dir, tray_available=True)
    page = open_from_the_menu(window, qtbot)
    expected = controls(page)
    assert len(expected) >= 15  # three kinds, two times, seven days, snooze, details, tray, login, test
    assert all(widget.accessibleName() for widget in expected)

    expected[0].setFocus()
    visited = [expected[0]]
    assert QApplication.focusWidget() is expected[0]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        # A time edit takes the focus for its text field.
        time_edit = focused.parentWidget()
        visited.append(time_edit if isinstance(time_edit, QTimeEdit) else focused)
    assert [widget.accessibleName() for widget in visited] == [widget.accessibleName() for widget in expected]


def test_quiet_days_and_the_snooze_apply_at_once(make_window, data_dir, qtbot) -> None:
    window = make_window()
    page = open_from_the_menu(window, qtbot)
    saturday = page.quiet_boxes[5]
    assert saturday.accessibleName() == "Saturday"
    qtbot.mouseClick(saturday, Qt.MouseButton.LeftButton)
    page.snooze.setFocus()
    qtbot.keyClick(page.snooze, Qt.Key.Key_Down)
    remembered = Settings(ui_state_path(data_dir))
    assert remembered.get(REMINDER_QUIET_DAYS) == "5"
    assert remembered.get(REMINDER_SNOOZE_MINUTES) == 30
