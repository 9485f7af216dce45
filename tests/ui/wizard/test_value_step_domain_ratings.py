"""Step 1 shows the latest values check's ratings of the life domain chosen, and nothing for words of one's own."""

from __future__ import annotations

from valuesdesk.domain.life_domains import CheckMoment


def test_choosing_a_domain_shows_its_latest_ratings(person, days_ago) -> None:
    checks = person.window.context.services.values_checks
    older, newer = checks.start(days_ago(40)), checks.start(days_ago(3))
    checks.rate(older.id, "health", 8, 2)
    checks.rate(newer.id, "health", 8, None)  # half rated: still its latest word on health
    checks.rate(newer.id, "work", 5, 5)
    person.start()
    step = person.wizard.value_step
    assert not step.domain_ratings.isVisible()

    step.life_domain.setFocus()
    person.type("Health")
    assert step.domain_ratings.isVisible()
    assert "matters to me 8, lived it – (of 10)" in step.domain_ratings.text()
    assert step.domain_ratings.accessibleName() == step.domain_ratings.text()

    step.life_domain.lineEdit().clear()
    person.type("Gardening")
    assert not step.domain_ratings.isVisible()


def test_a_check_linked_to_the_try_on_counts_as_the_latest_too(person, clock) -> None:
    person.start()
    experiment_id = person.wizard.experiment_id
    checks = person.window.context.services.values_checks
    checks.rate(checks.start(experiment_id=experiment_id, moment=CheckMoment.START).id, "work", 9, 1)
    step = person.wizard.value_step
    step.life_domain.setCurrentText("Work")
    assert "matters to me 9, lived it 1" in step.domain_ratings.text()
