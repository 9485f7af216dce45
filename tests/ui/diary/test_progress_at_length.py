"""Progress of many experiments opens at once: the first cards now, the others a few at a time after them,
each reached by Tab after the one before (issue 15)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from valuesdesk.ui.diary.progress import CARDS_PER_STEP, FIRST_CARDS

EXPERIMENTS = FIRST_CARDS + 2 * CARDS_PER_STEP + 1


def test_many_experiments_show_the_first_cards_at_once_and_the_rest_after(
    qtbot, make_window, make_experiment, clock
) -> None:
    window = make_window()
    for number in range(EXPERIMENTS):
        start = clock.today - dt.timedelta(days=7 * (number + 1))
        make_experiment(f"Value {number}", start=start, services=window.context.services)
    window.diary_page.reload()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.diary_page
    page.tabs.setCurrentWidget(page.progress_view)
    view = page.progress_view
    assert len(view.cards) == FIRST_CARDS  # the rest wait for the event loop
    # A card added to the shown view is shown itself one turn of the event loop later.
    qtbot.waitUntil(lambda: len(view.cards) == EXPERIMENTS and view.cards[-1].isVisible())
    # Newest first, as when every card was built at once.
    titles = [card.heat_map.accessibleName() for card in view.cards]
    assert titles == [f"Days of Value {number}" for number in range(EXPERIMENTS)]

    # Tab goes from each card's days to the next card's, also across the cards built later.
    view.cards[0].heat_map.setFocus()
    for card in view.cards[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        assert window.focusWidget() is card.heat_map
