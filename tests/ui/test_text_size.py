"""Text at 200% (Settings ▸ Appearance): the main views at 1280×800 reflow, with no label cut off, no sidebar
entry cut off and no sideways scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from valuesdesk.ui.settings import UsedFor


def clipped_labels(root: QWidget) -> list[str]:
    """The labels showing less than their text needs: narrower than a line that may not wrap, or lower than
    the lines a wrapping one makes at its width."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.visibleRegion().isEmpty():
            continue
        if label.wordWrap():
            needed_height = label.heightForWidth(label.width())
            if needed_height > label.height():
                cut.append(f"{label.text()[:30]!r}: {label.height()} of {needed_height} px high")
        elif label.sizeHint().width() > label.width() or label.sizeHint().height() > label.height():
            cut.append(f"{label.text()[:30]!r}: {label.size().toTuple()} of {label.sizeHint().toTuple()}")
    return cut


@pytest.mark.parametrize("area", ["experiments", "diary"])
def test_at_200_percent_the_main_views_show_every_label_whole(qtbot, filled, make_window, appearance, area) -> None:
    appearance.set_text_size(200)
    window = make_window()
    window.use_for(UsedFor.MYSELF)  # the work areas take the window: 1280×800 of the offscreen laptop
    window.show_area(area)
    qtbot.waitUntil(lambda: window.pages.currentWidget().isVisible())
    qtbot.wait(50)  # the layouts settle
    assert clipped_labels(window) == []
    assert not window.page_scroll.horizontalScrollBar().isVisible()
    # The sidebar grows to its longest entry ("Trying on a Value") rather than eliding it.
    assert window.sections.width() >= window.sections.sizeHintForColumn(0)
    if area == "diary":
        calendar = window.diary_page.calendar
        assert calendar.width() >= calendar.minimumSizeHint().width()  # its month bar whole


def test_changing_the_text_size_refits_an_open_window(qtbot, filled, make_window, appearance) -> None:
    window = make_window()
    narrow = window.sections.width()
    appearance.set_text_size(200)
    qtbot.waitUntil(lambda: window.sections.width() > narrow)
    assert window.sections.width() >= window.sections.sizeHintForColumn(0)
