"""A step's fields end where the wizard's Back and Next end (issue 13: 12 pixels beyond at step 6), and keep a
gap from the step's scroll bar only while there is one."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from valuesdesk.ui.settings import UsedFor


def right_edge(widget, window) -> int:
    return widget.mapTo(window, QPoint(widget.width(), 0)).x()


def test_the_plan_steps_fields_line_up_with_back_and_next(qtbot, person) -> None:
    person.start()
    person.answer_steps_1_to_9()
    wizard = person.wizard
    wizard.go_to(6)
    page = wizard.current_page
    window = person.window
    window.use_for(UsedFor.MYSELF)  # the Parallel Questions put away, on the offscreen laptop's full screen
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: page.isVisible() and not page.verticalScrollBar().isVisible())
    for field in (page.title, page.guidance, page.widget()):
        assert right_edge(field, window) == right_edge(wizard.next_button, window)


def test_a_scrolling_step_keeps_its_fields_off_the_scroll_bar(qtbot, person) -> None:
    person.start()
    person.answer_steps_1_to_9()
    wizard = person.wizard
    wizard.go_to(6)
    page = wizard.current_page
    person.window.resize(person.window.width(), 420)  # lower than the step: it scrolls
    qtbot.waitUntil(lambda: page.verticalScrollBar().isVisible())
    window = person.window
    assert (
        right_edge(page.title, window) < right_edge(page.verticalScrollBar(), window) - page.verticalScrollBar().width()
    )
