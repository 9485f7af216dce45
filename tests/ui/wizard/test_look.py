"""What the wizard looks like: headings in line with the text under them."""

from __future__ import annotations

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
