"""The wizard's date and time fields read and take days and times as the person's locale writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt

# Days and times near the frozen clock's Wednesday 18 November 2026, in two locales (the United
# States puts a narrow no-break space before PM).
SHOWN = {
    QLocale.Country.UnitedKingdom: {
        "until": "Wed, 25 Nov 2026",
        "when": "Fri, 20 Nov 2026, 18:00",
        "check-in": "20:00",
        "check-in an hour later": "21:00",
    },
    QLocale.Country.UnitedStates: {
        "until": "Wed, Nov 25, 2026",
        "when": "Fri, Nov 20, 2026, 6:00\u202fPM",
        "check-in": "8:00\u202fPM",
        "check-in an hour later": "9:00\u202fPM",
    },
}


@pytest.fixture(autouse=True, params=list(SHOWN), ids=["United Kingdom", "United States"])
def country(request) -> Iterator[QLocale.Country]:
    """The person's country, set before their window is made (autouse fixtures come first)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, request.param))
    yield request.param
    QLocale.setDefault(previous)


def test_days_and_times_read_and_are_set_as_the_locale_writes_them(country, person, clock) -> None:
    shown = SHOWN[country]
    person.start()
    wizard = person.wizard
    experiment_id = person.answer_steps_1_to_9(
        commit_until=clock.today + dt.timedelta(days=7),
        plan_at=dt.datetime.combine(clock.today + dt.timedelta(days=2), dt.time(18, 0)),
    )
    wizard.open(experiment_id, step=4)
    assert wizard.choose_step.until.text() == shown["until"]
    person.next()
    person.next()
    assert wizard.plan_step.when.text() == shown["when"]
    person.next()
    person.next()
    person.next()
    assert wizard.step == 9
    person.press(Qt.Key.Key_Space, widget=wizard.commit_step.has_time)
    time = wizard.commit_step.time
    assert time.text() == shown["check-in"]
    time.setFocus()
    person.press(Qt.Key.Key_Up)
    assert time.text() == shown["check-in an hour later"]
    person.next()
    experiment = person.window.context.services.experiments.get(experiment_id)
    assert experiment.checkin_time == dt.time(21, 0)
