"""Step 10 as the days go by: what it says and offers before, during and after the try-on."""

from __future__ import annotations

import datetime as dt

from valuesdesk.domain import ExperimentStatus

COME_BACK = "Once it has ended, come back here to reflect on what you noticed."


def offered(reflect) -> set[str]:
    """The buttons and the reflection that step 10 shows, by what they say."""
    widgets = (
        reflect.begin_button,
        reflect.early_button,
        reflect.diary_button,
        reflect.pdf_button,
        reflect.reflection,
        reflect.complete_button,
    )
    return {widget.accessibleName() for widget in widgets if widget.isVisible()}


DIARY = {"Open the diary", "Save the diary as PDF…"}
REFLECTING = {*DIARY, "Your reflection", "Complete"}


def test_from_the_draft_to_the_completed_try_on_as_the_clock_moves(person, clock, british) -> None:
    person.start()
    planned = dt.datetime.combine(clock.today + dt.timedelta(days=2), dt.time(18, 0))
    experiment_id = person.answer_steps_1_to_9(plan_at=planned)
    wizard = person.wizard
    reflect = wizard.reflect_step
    wizard.open(experiment_id)
    assert reflect.status.text() == (
        "When you are ready, begin: you will try on “Play” from Friday, 20 November 2026 until "
        "Thursday, 26 November 2026. Your diary and daily check-ins start then."
    )
    assert offered(reflect) == {"Begin trying it on"}

    person.click(reflect.begin_button)
    assert reflect.status.text() == (
        f"You will try on “Play” from Friday, 20 November 2026 until Thursday, 26 November 2026. {COME_BACK}"
    )
    assert offered(reflect) == {*DIARY, "End the try-on early and reflect"}

    clock.advance(dt.timedelta(days=4))
    wizard.open(experiment_id)
    running = "You are trying on “Play”: day 3 of 7, until Thursday, 26 November 2026."
    assert reflect.status.text() == f"{running} {COME_BACK}"
    assert offered(reflect) == {*DIARY, "End the try-on early and reflect"}

    clock.advance(dt.timedelta(days=5))
    wizard.open(experiment_id)
    ended = "Your try-on of “Play” ended on Thursday, 26 November 2026."
    assert reflect.status.text() == f"{ended} Take a moment to reflect."
    assert offered(reflect) == REFLECTING
    assert not reflect.complete_button.isEnabled()

    person.type("Lighter than I thought.", reflect.reflection)
    person.click(reflect.complete_button)
    assert reflect.status.text() == "You completed trying on “Play” on Friday, 27 November 2026."
    assert offered(reflect) == REFLECTING - {"Complete"}
    assert reflect.reflection.isReadOnly()
    assert "read only" in wizard.progress.text()


def test_ending_early_turns_the_running_try_on_to_the_reflection(person, clock, british) -> None:
    person.start()
    experiment_id = person.answer_steps_1_to_9()
    person.window.context.services.experiments.begin(experiment_id)
    person.page.open_experiment(experiment_id)
    reflect = person.wizard.reflect_step
    assert reflect.status.text().startswith("You are trying on “Play”: day 1 of 7, until Tuesday, 24 November 2026.")
    person.click(reflect.early_button)
    assert reflect.status.text() == "You are ending the try-on of “Play” early. What did you notice?"
    assert offered(reflect) == REFLECTING
    assert person.focused() is reflect.reflection


def test_an_abandoned_try_on_is_said_to_be_set_aside(person, clock) -> None:
    person.start()
    experiment_id = person.answer_steps_1_to_9()
    experiments = person.window.context.services.experiments
    experiments.begin(experiment_id)
    experiments.abandon(experiment_id)
    clock.advance(dt.timedelta(days=30))
    person.page.open_experiment(experiment_id)
    reflect = person.wizard.reflect_step
    assert reflect.status.text() == "You set trying on “Play” aside."
    assert offered(reflect) == DIARY
    assert experiments.get(experiment_id).status is ExperimentStatus.ABANDONED
