"""The scroll round the work areas (issue 13): it scrolls only for the area shown, and only where that area does
not fit. At 1024×640 with the Parallel Questions open the Diary fits beside them; at 150% on a 1280×800 laptop
the Diary fits the 417 pixels of height it gets under a desktop's panel and the window's title bar."""

from __future__ import annotations

from PySide6.QtCore import Qt

from valuesdesk.ui.settings import UsedFor

# Issue 13: the room the Diary gets at 1280×800 and 150% (853×533 device-independent pixels) once the desktop's
# panel, the title bar, the menu and the status bar have theirs.
DIARY_HEIGHT_AT_150 = 417


def test_the_pages_need_only_the_room_of_the_area_shown(qtbot, filled, make_window) -> None:
    window = make_window()
    for area in ("experiments", "diary"):
        window.show_area(area)
        assert window.pages.minimumSizeHint() == window.pages.currentWidget().minimumSizeHint()


def test_at_1024_by_640_the_diary_fits_beside_the_open_questions(qtbot, filled, make_window) -> None:
    window = make_window()
    window.use_for(UsedFor.CLIENTS)
    window.resize(1024, 640)
    window.questions_dock.show()
    window.resizeDocks(
        [window.questions_dock], [window.questions_dock.minimumSizeHint().width()], Qt.Orientation.Horizontal
    )
    window.show_area("diary")
    qtbot.waitUntil(lambda: window.width() == 1024 and window.diary_page.isVisible())
    qtbot.wait(50)
    assert window.questions_dock.isVisible()
    assert not window.page_scroll.horizontalScrollBar().isVisible()


def test_at_150_percent_the_diary_fits_a_laptop_without_an_outer_scroll_bar(qtbot, filled, make_window) -> None:
    window = make_window()
    window.show_area("diary")
    diary = window.diary_page
    assert diary.minimumSizeHint().height() <= DIARY_HEIGHT_AT_150
    # With the room, the calendar has its full weeks; on a low window they give up height first.
    qtbot.waitUntil(lambda: diary.calendar.height() == diary.calendar.maximumHeight())
    window.use_for(UsedFor.MYSELF)
    window.resize(853, DIARY_HEIGHT_AT_150 + window.height() - window.page_scroll.height())
    qtbot.waitUntil(lambda: diary.calendar.height() < diary.calendar.maximumHeight())
    assert not window.page_scroll.verticalScrollBar().isVisible()
    assert diary.calendar.height() >= diary.calendar.minimumHeight()
