"""Step 10 offers a values check as the try-on begins, linked to it, and takes the person to the Values area."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from valuesdesk.domain.life_domains import CheckMoment
from valuesdesk.ui.values.page import ValuesPage


def test_beginning_a_try_on_offers_a_check_linked_to_it(person) -> None:
    person.start()
    wizard = person.wizard
    experiment_id = person.answer_steps_1_to_9()
    wizard.open(experiment_id)
    offer = wizard.reflect_step.check_offer
    assert not offer.isVisible()  # a draft has nothing to check against yet
    person.click(wizard.reflect_step.begin_button)
    assert offer.isVisible()
    assert offer.text.text() == "Your try-on of “Play” has begun. A check now lets you see later what it changed."
    assert offer.take_button.accessibleName() == "Take a Values Check"
    person.click(offer.take_button)
    window = person.window
    assert window.current_area() == "values"
    page = window.area_page(ValuesPage)
    [check] = window.context.services.values_checks.list_checks()
    assert check.link is not None and (check.link.experiment.id, check.link.moment) == (
        experiment_id,
        CheckMoment.START,
    )
    assert "as “Play” began" in page.chooser.currentText()
    assert QApplication.focusWidget() is page.form.first_input()
    window.show_area("experiments")
    assert wizard.isVisible() and not offer.isVisible()  # taken: offered no more


def test_an_offer_put_aside_stays_aside_after_a_restart(person, restart) -> None:
    person.start()
    wizard = person.wizard
    experiment_id = person.answer_steps_1_to_9()
    wizard.open(experiment_id)
    person.click(wizard.reflect_step.begin_button)
    offer = wizard.reflect_step.check_offer
    person.click(offer.dismiss_button)
    assert not offer.isVisible() and person.window.current_area() == "experiments"
    window = restart(person.window)
    wizard = window.experiments_page.wizard
    assert wizard.isVisible() and wizard.step == 10
    assert not wizard.reflect_step.check_offer.isVisible()
    assert window.context.services.values_checks.list_checks() == ()
    window.show_area("values")
    page = window.area_page(ValuesPage)
    assert page.suggestion_bar.isVisible() and "“Play” has begun" in page.suggestion.text()
