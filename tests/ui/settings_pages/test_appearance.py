"""Settings ▸ Appearance: Light, Dark or the system's colours, applied at once, remembered, and System following
the desktop live; the text size 90–200%, typed, applied at once to the font and the type scale, and remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from valuesdesk.paths import ui_state_path
from valuesdesk.ui.look import ColourScheme, TypeStep
from valuesdesk.ui.settings import COLOUR_SCHEME, TEXT_SIZE, Settings
from valuesdesk.ui.settings_pages.appearance import AppearancePage
from valuesdesk.ui.theme import DARK, LIGHT, apply_appearance


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


@pytest.fixture
def page(qtbot, make_window, appearance):
    window = make_window()
    dialog = window.show_settings("Appearance")
    qtbot.addWidget(dialog)
    shown = dialog.pages.currentWidget()
    assert isinstance(shown, AppearancePage)
    return shown


def class_size(class_name: str) -> float:
    return QApplication.font(class_name).pointSizeF()  # type: ignore[call-overload]  # a str, whatever the stub says


def remembered(data_dir):
    return Settings(ui_state_path(data_dir))


def test_choosing_dark_or_light_recolours_at_once_and_is_remembered(qtbot, page, data_dir) -> None:
    assert page.schemes[ColourScheme.SYSTEM].isChecked()
    qtbot.mouseClick(page.schemes[ColourScheme.DARK], Qt.MouseButton.LeftButton)
    assert window_colour() == DARK.window
    assert page.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)  # the open window too
    assert remembered(data_dir).get(COLOUR_SCHEME) is ColourScheme.DARK
    qtbot.mouseClick(page.schemes[ColourScheme.LIGHT], Qt.MouseButton.LeftButton)
    assert window_colour() == LIGHT.window
    assert remembered(data_dir).get(COLOUR_SCHEME) is ColourScheme.LIGHT
    assert [button.accessibleName() for button in page.schemes.values()] == [
        "System (follows the desktop)",
        "Light",
        "Dark",
    ]


def test_system_follows_the_desktop_changing_its_scheme_and_light_does_not(qtbot, page) -> None:
    hints = QApplication.styleHints()
    qtbot.mouseClick(page.schemes[ColourScheme.DARK], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.schemes[ColourScheme.SYSTEM], Qt.MouseButton.LeftButton)
    assert window_colour() == LIGHT.window  # the offscreen desktop has no dark setting
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the desktop does when the person switches to dark
    assert window_colour() == DARK.window
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == LIGHT.window
    qtbot.mouseClick(page.schemes[ColourScheme.LIGHT], Qt.MouseButton.LeftButton)
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window_colour() == LIGHT.window


def test_typing_a_text_size_scales_the_font_and_the_headings_at_once(qtbot, page, data_dir, appearance) -> None:
    body = appearance.system_font.pointSizeF()
    heading = QLabel("Daily Reactions Diary")
    heading.setObjectName("pageHeading")
    qtbot.addWidget(heading)
    heading.ensurePolished()
    assert heading.font().pointSizeF() == pytest.approx(body * TypeStep.HEADING.value, abs=0.1)
    page.text_size.setFocus()
    qtbot.keyClick(page.text_size, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.text_size, "200")
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() == pytest.approx(2 * body))
    assert heading.font().pointSizeF() == pytest.approx(2 * body * TypeStep.HEADING.value, abs=0.1)
    assert remembered(data_dir).get(TEXT_SIZE) == 200
    # Arrow keys go in tens, and no further than 90%; the windows take the size the arrows stop at.
    for _ in range(20):
        qtbot.keyClick(page.text_size, Qt.Key.Key_Down)
    assert page.text_size.value() == 90
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() == pytest.approx(0.9 * body))


def test_the_remembered_appearance_is_applied_at_start(data_dir, appearance) -> None:
    settings = Settings(ui_state_path(data_dir))
    settings.set(COLOUR_SCHEME, ColourScheme.DARK)
    settings.set(TEXT_SIZE, 150)
    apply_appearance(settings)
    assert window_colour() == DARK.window
    assert QApplication.font().pointSizeF() == pytest.approx(1.5 * appearance.system_font.pointSizeF())


def test_after_a_desktop_theme_change_buttons_and_lists_keep_the_text_size(qtbot, appearance) -> None:
    # A platform theme (GTK's, say) gives buttons, menus and lists fonts of their own again on every theme
    # change, at the desktop's size, including the one asking it for light or dark sets off.
    appearance.set_text_size(150)
    desktop_size = QFont(appearance.system_font)
    for class_name in ("QPushButton", "QAbstractItemView"):
        QApplication.setFont(desktop_size, class_name)  # type: ignore[arg-type]  # a str, whatever the stub says
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    larger = 1.5 * appearance.system_font.pointSizeF()
    qtbot.waitUntil(lambda: class_size("QPushButton") == pytest.approx(larger))
    assert class_size("QAbstractItemView") == pytest.approx(larger)
