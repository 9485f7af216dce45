"""Contrast, measured in light and dark: text at least 4.5:1, borders, marks and the focus ring at least 3:1 (WCAG 2),
computed from the palette and the style sheet the application runs with, and from the pixels Qt paints."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from valuesdesk.ui.diary.calendar import neighbour_shade
from valuesdesk.ui.diary.marks import blend, cell_background, contrast, readable, try_on_cue_colour, try_on_shade
from valuesdesk.ui.look import ColourScheme
from valuesdesk.ui.theme import FOCUS_RING_WIDTH, FocusRing, focus_colour

TEXT = 4.5
NON_TEXT = 3.0
SCHEMES = [ColourScheme.LIGHT, ColourScheme.DARK]
Role = QPalette.ColorRole


def app_style_sheet() -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.styleSheet()


def colour(role: QPalette.ColorRole) -> QColor:
    return QApplication.palette().color(role)


def style_sheet_roles(sheet: str, property_name: str) -> set[str]:
    """The palette roles the style sheet gives ``property_name`` (``color``, ``background``, ``border…``)."""
    return set(re.findall(rf"\b{property_name}[\w-]*:[^;]*palette\(([\w-]+)\)", sheet))


ROLE_OF = {
    "placeholder-text": Role.PlaceholderText,
    "highlighted-text": Role.HighlightedText,
    "mid": Role.Mid,
    "midlight": Role.Midlight,
}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_text_in_the_palette_and_the_style_sheet_stands_out_4_5_to_1(appearance, scheme) -> None:
    appearance.set_scheme(scheme)
    backgrounds = [colour(Role.Window), colour(Role.Base), colour(Role.AlternateBase)]
    for role in (Role.WindowText, Role.Text, Role.PlaceholderText, Role.Link):
        for background in backgrounds:
            assert contrast(colour(role), background) >= TEXT, (role, background.name())
    assert contrast(colour(Role.ButtonText), colour(Role.Button)) >= TEXT
    assert contrast(colour(Role.HighlightedText), colour(Role.Highlight)) >= TEXT  # the selected calendar day too
    assert contrast(colour(Role.ToolTipText), colour(Role.ToolTipBase)) >= TEXT
    # Every text colour the style sheet sets (hints, counts, placeholders, the hidden-notes badge) is a role above.
    sheet = app_style_sheet()
    assert style_sheet_roles(sheet, "color") == {"placeholder-text", "highlighted-text"}
    assert contrast(colour(ROLE_OF["highlighted-text"]), colour(Role.Highlight)) >= TEXT
    for background in backgrounds:
        assert contrast(colour(ROLE_OF["placeholder-text"]), background) >= TEXT


@pytest.mark.parametrize("scheme", SCHEMES)
def test_calendar_days_and_marks_stand_out(appearance, scheme) -> None:
    appearance.set_scheme(scheme)
    palette = QApplication.palette()
    cell = cell_background(palette)
    neighbour = blend(cell, neighbour_shade(palette))
    for background in (cell, neighbour):
        try_on = blend(background, try_on_shade(palette))
        for behind in (background, try_on):
            # Days outside the month are in the secondary colour, without needing to be made readable.
            assert contrast(colour(Role.PlaceholderText), behind) >= TEXT
            assert contrast(colour(Role.Text), behind) >= TEXT
            # The marks in the accent (enacted, partly) and the text colour (not enacted, entry).
            assert contrast(colour(Role.Highlight), behind) >= NON_TEXT
        # A try-on day is more than its shade: its corner stands out 3:1 from the shaded cell.
        assert contrast(try_on_cue_colour(palette, try_on), try_on) >= NON_TEXT
        assert try_on_cue_colour(palette, try_on) == colour(Role.Highlight)  # no fallback needed
    # The legend's try-on swatch is outlined at 3:1 on the window.
    assert contrast(readable(colour(Role.Mid), colour(Role.Window)), colour(Role.Window)) >= NON_TEXT


@pytest.mark.parametrize("scheme", SCHEMES)
def test_borders_and_the_focus_colour_stand_out_3_to_1(appearance, scheme) -> None:
    appearance.set_scheme(scheme)
    sheet = app_style_sheet()
    border_roles = style_sheet_roles(sheet, "border")
    assert border_roles <= set(ROLE_OF)
    for background in (colour(Role.Window), colour(Role.Base)):
        for role in border_roles:
            assert contrast(colour(ROLE_OF[role]), background) >= NON_TEXT, role
        assert contrast(focus_colour(QApplication.palette()), background) >= NON_TEXT


def strongest_contrast(image: QImage, rect: QRect, background: QColor) -> float:
    return max(
        contrast(image.pixelColor(x, y), background)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )


@pytest.mark.parametrize("scheme", SCHEMES)
def test_radio_rings_and_field_borders_are_painted_at_3_to_1(qtbot, appearance, scheme) -> None:
    # Fusion's own outline is the window's colour darkened, 1.5:1 on dark: ValuesDesk's style paints the border colour.
    appearance.set_scheme(scheme)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    radio = QRadioButton("Partly")
    field = QLineEdit()
    layout.addWidget(radio)
    layout.addWidget(field)
    page.show()
    qtbot.waitExposed(page)
    image = page.grab().toImage()
    window = colour(Role.Window)
    option = QStyleOptionButton()
    option.initFrom(radio)
    ring = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    ring.translate(radio.pos())
    assert strongest_contrast(image, ring, window) >= NON_TEXT
    edge = QRect(field.x(), field.y() + field.height() // 2, 2, 1)  # the field's left border, on the window
    assert strongest_contrast(image, edge, window) >= NON_TEXT


@pytest.mark.parametrize("scheme", SCHEMES)
def test_focus_set_by_the_program_shows_a_ring_at_3_to_1(qtbot, appearance, scheme) -> None:
    appearance.set_scheme(scheme)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    field = QLineEdit()
    button = QPushButton("Save")
    layout.addWidget(field)
    layout.addWidget(button)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    button.setFocus()  # not by a key: Qt's styles would draw no focus for it
    qtbot.waitUntil(lambda: (found := page.findChild(FocusRing)) is not None and found.isVisible())
    ring = page.findChild(FocusRing)
    assert ring is not None
    assert ring.geometry().contains(button.geometry())
    image = page.grab().toImage()
    top_middle = ring.geometry().topLeft() + QPoint(ring.width() // 2, FOCUS_RING_WIDTH // 2)
    painted = image.pixelColor(top_middle)
    assert painted == focus_colour(QApplication.palette())
    assert contrast(painted, colour(Role.Window)) >= NON_TEXT
    # It follows the focus, and covers nothing of the control inside.
    field.setFocus()
    qtbot.waitUntil(lambda: ring.geometry().contains(field.geometry()))
    assert not ring.mask().intersects(QRect(field.pos() - ring.pos(), field.size()))
