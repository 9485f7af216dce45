"""ValuesDesk's one icon set: every icon ships in resources/icons as SVG, renders sharp at 200% in the palette's
text colour (so it reads in light and dark), and takes the place of the desktop theme's icons where Qt asks for
them: the dock's title-bar buttons and the first start's answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication

from valuesdesk.content import resource_path
from valuesdesk.ui.icons import Icon, icon
from valuesdesk.ui.look import ColourScheme
from valuesdesk.ui.settings import UsedFor

CHECKOUT_ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def inked(image: QImage) -> set[str]:
    """The colours of the fully opaque pixels: the strokes, without their anti-aliased edges."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_every_icon_is_an_svg_of_the_checkout_found_through_the_resources() -> None:
    for name in Icon:
        shipped = resource_path("icons", f"{name.value}.svg")
        assert shipped == CHECKOUT_ICONS / f"{name.value}.svg"
        assert shipped.read_text(encoding="utf-8").lstrip().startswith("<svg")
    assert (CHECKOUT_ICONS / "ICONS.md").exists()  # which icons, from where, under which licence


@pytest.mark.parametrize("scheme", [ColourScheme.LIGHT, ColourScheme.DARK])
def test_icons_render_sharp_at_200_percent_in_the_text_colour(appearance, scheme) -> None:
    appearance.set_scheme(scheme)
    text = QApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    for name in Icon:
        pixmap = icon(name).pixmap(QSize(24, 24), 2.0)
        # Drawn at the screen's pixels (48 for 24 at 200%), not a 24-pixel picture blown up.
        assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (48, 48, 2.0)
        assert inked(pixmap.toImage()) == {text}, name


def test_a_disabled_icon_is_in_the_disabled_text_colour(appearance) -> None:
    appearance.set_scheme(ColourScheme.LIGHT)
    disabled = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    pixmap = icon(Icon.CLOSE).pixmap(QSize(24, 24), 1.0, QIcon.Mode.Disabled)
    assert inked(pixmap.toImage()) == {disabled.name()}


def test_the_docks_title_buttons_are_the_sets_and_large_enough_to_hit(make_window, appearance) -> None:
    window = make_window()
    buttons = {
        button.objectName(): button
        for button in window.questions_dock.findChildren(QAbstractButton)
        if button.objectName().startswith("qt_dockwidget_")
    }
    assert buttons["qt_dockwidget_closebutton"].icon().name() == Icon.CLOSE.value
    assert buttons["qt_dockwidget_floatbutton"].icon().name() == Icon.FLOAT.value
    for button in buttons.values():
        # Fusion frames them with 10-pixel icons; frameless, they carry 16-pixel ones.
        assert button.sizeHint().width() >= 16 + 2


def test_the_first_starts_answers_point_with_the_sets_arrow_in_the_text_colour(qtbot, appearance) -> None:
    from valuesdesk.ui.first_start import FirstStartPage

    appearance.set_scheme(ColourScheme.DARK)
    page = FirstStartPage()
    qtbot.addWidget(page)
    page.show()
    arrow = page.answers[UsedFor.MYSELF].arrow.pixmap()
    assert not arrow.isNull()
    assert arrow.height() >= page.answers[UsedFor.MYSELF].title.fontMetrics().height()
    text = QColor(QApplication.palette().color(QPalette.ColorRole.ButtonText)).name()
    assert inked(arrow.toImage()) == {text}
