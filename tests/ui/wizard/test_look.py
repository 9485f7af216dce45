"""What the wizard looks like: headings in line with the text under them, lines of a readable length."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint


def ink_left(label) -> int:
    """Where the label's first dark pixel is, across the window."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0).lightness()
    for x in range(image.width()):
        for y in range(image.height()):
            if abs(image.pixelColor(x, y).lightness() - background) > 100:
                return label.mapTo(label.window(), QPoint(x, 0)).x()
    raise AssertionError(f"{label.text()!r} shows nothing")


def test_headings_start_in_line_with_the_text_under_them(person) -> None:
    person.start()
    wizard = person.wizard
    page = wizard.current_page
    edges = {ink_left(label) for label in (wizard.heading, wizard.progress, page.title, page.guidance)}
    # Glyphs differ in their side bearings by a pixel or two, never by an indent.
    assert max(edges) - min(edges) <= 2, edges


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800), (1920, 1080)])
def test_guidance_keeps_a_readable_line_length_centred_in_the_area(person, size) -> None:
    person.start()
    wizard = person.wizard
    person.window.resize(*size)
    person.qtbot.waitUntil(lambda: person.window.width() == size[0])
    guidance = wizard.current_page.guidance
    characters = guidance.width() / guidance.fontMetrics().averageCharWidth()
    # Long enough to read as prose, short enough to find the next line's start (1,000 px was not).
    assert characters <= 100
    area = wizard.parentWidget()
    left = wizard.column.mapTo(area, QPoint(0, 0)).x()
    right = area.width() - (left + wizard.column.width())
    assert abs(left - right) <= 2 or min(left, right) <= 12  # centred, or filling a narrow area
    if size[0] == 1920:
        assert characters >= 60 and left > 100
