"""The list of experiments offers a check when a try-on's days are over: quietly, one at a time, by keyboard too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from valuesdesk.domain.life_domains import CheckMoment
from valuesdesk.ui.context import DataKind
from valuesdesk.ui.values.page import ValuesPage


def test_the_list_offers_a_check_when_a_try_ons_days_are_over(make_window, qtbot, make_experiment, days_ago) -> None:
    window = make_window()
    services = window.context.services
    ended = make_experiment("Courage", start=days_ago(9), days=7, services=services)
    window.context.events.changed(DataKind.EXPERIMENTS)
    page = window.experiments_page
    offer = page.check_offer
    assert offer.isVisible()
    assert offer.text.text() == (
        "The days of your try-on of “Courage” are over. A check now shows what changed since it began."
    )
    assert offer.accessibleName() == offer.text.text()
    # Tab reaches the offer between the button above it and the list below it.
    page.start_button.setFocus()
    seen = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == [offer.take_button, offer.dismiss_button, page.experiment_list]
    qtbot.keyClick(offer.take_button, Qt.Key.Key_Space)
    assert window.current_area() == "values"
    [check] = services.values_checks.list_checks()
    assert check.link is not None and (check.link.experiment.id, check.link.moment) == (ended, CheckMoment.END)
    assert not offer.isVisibleTo(page)


def test_a_check_taken_in_the_values_area_takes_the_offer_away(make_window, qtbot, make_experiment) -> None:
    window = make_window()
    make_experiment("Courage", services=window.context.services)
    window.context.events.changed(DataKind.EXPERIMENTS)
    offer = window.experiments_page.check_offer
    assert offer.isVisible() and "“Courage” has begun" in offer.text.text()
    window.show_area("values")
    qtbot.mouseClick(window.area_page(ValuesPage).suggestion_button, Qt.MouseButton.LeftButton)
    window.show_area("experiments")
    assert not offer.isVisible()


def test_the_first_start_offers_a_first_check_that_can_be_skipped_for_good(make_window, qtbot, restart) -> None:
    window = make_window()
    page = window.experiments_page
    offer = page.first_check_offer
    assert page.welcome.isVisible() and offer.isVisible()
    assert "which parts of life matter most to you" in offer.text.text()
    assert offer.take_button.accessibleDescription() == "Opens the Values area with a new check."
    qtbot.mouseClick(offer.dismiss_button, Qt.MouseButton.LeftButton)
    assert not offer.isVisible()
    window = restart(window)
    assert window.experiments_page.welcome.isVisible() and not window.experiments_page.first_check_offer.isVisible()
    values = window.area_page(ValuesPage)
    window.show_area("values")
    assert values.first_offer.isVisible()  # the Values area still has it


def test_the_first_check_taken_from_the_welcome_is_a_check_of_its_own(make_window, qtbot) -> None:
    window = make_window()
    offer = window.experiments_page.first_check_offer
    qtbot.mouseClick(offer.take_button, Qt.MouseButton.LeftButton)
    assert window.current_area() == "values"
    [check] = window.context.services.values_checks.list_checks()
    assert check.link is None
    assert QApplication.focusWidget() is window.area_page(ValuesPage).form.first_input()
    window.show_area("experiments")
    assert not offer.isVisible()
