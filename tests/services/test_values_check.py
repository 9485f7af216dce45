"""Values checks: saved as the person goes, linked to experiments, suggested at a try-on's start and end."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from valuesdesk.domain.life_domains import CheckMoment, DomainRating
from valuesdesk.errors import InvalidInput, NotFound


def test_a_check_is_saved_rating_by_rating(services, clock) -> None:
    checks = services.values_checks
    check = checks.start()
    assert check.taken_on == clock.today and check.rated_count == 0 and check.composite is None
    checks.rate(check.id, "work", 9, 3)
    checks.rate(check.id, "family", 10, 8)
    checks.rate(check.id, "health", 7, None)
    saved = checks.get(check.id)
    assert saved.rating("work") == DomainRating("work", 9, 3)
    assert saved.rated_count == 2
    assert saved.composite == pytest.approx((27 + 80) / 2)
    assert [rating.key for rating in saved.gaps] == ["work", "family"]
    checks.rate(check.id, "work", None, None)
    assert checks.get(check.id).rating("work") == DomainRating("work")
    assert checks.list_checks() == (checks.get(check.id),)


@pytest.mark.parametrize("importance", [0, 11])
def test_bad_ratings_are_refused_and_nothing_changes(services, importance: int) -> None:
    check = services.values_checks.start()
    with pytest.raises(InvalidInput):
        services.values_checks.rate(check.id, "work", importance, 5)
    with pytest.raises(InvalidInput):
        services.values_checks.rate(check.id, "gardening", 5, 5)
    assert services.values_checks.get(check.id).rated_count == 0


def test_the_latest_rating_of_a_domain(services, days_ago) -> None:
    checks = services.values_checks
    older, newer = checks.start(days_ago(30)), checks.start(days_ago(2))
    checks.rate(older.id, "work", 4, 4)
    checks.rate(newer.id, "work", 9, 2)
    checks.rate(older.id, "health", 6, 6)
    assert checks.latest_rating("work") == (days_ago(2), DomainRating("work", 9, 2))
    assert checks.latest_rating("health") == (days_ago(30), DomainRating("health", 6, 6))
    assert checks.latest_rating("parenting") is None
    assert [check.id for check in checks.list_checks()] == [older.id, newer.id]


def test_checks_at_a_try_ons_start_and_end_are_linked_and_suggested(services, make_experiment, clock) -> None:
    checks = services.values_checks
    experiment_id = make_experiment("Courage", start=clock.today, days=7)
    [suggested] = checks.suggestions()
    assert (suggested.experiment.id, suggested.experiment.title, suggested.moment) == (
        experiment_id,
        "Courage",
        CheckMoment.START,
    )
    started = checks.start(experiment_id=experiment_id, moment=CheckMoment.START)
    assert started.link is not None and started.link.experiment.title == "Courage"
    assert checks.suggestions() == ()

    clock.advance(dt.timedelta(days=6))  # the last day of the try-on
    assert [s.moment for s in checks.suggestions()] == [CheckMoment.END]
    checks.start(experiment_id=experiment_id, moment=CheckMoment.END)
    assert checks.suggestions() == ()
    assert [period.id for period in checks.try_on_periods()] == [experiment_id]


def test_deleting_the_experiment_keeps_its_checks(services, make_experiment) -> None:
    experiment_id = make_experiment()
    check = services.values_checks.start(experiment_id=experiment_id, moment=CheckMoment.START)
    services.values_checks.rate(check.id, "work", 5, 5)
    services.experiments.delete(experiment_id)
    kept = services.values_checks.get(check.id)
    assert kept.link is None and kept.rating("work") == DomainRating("work", 5, 5)


def test_a_link_needs_its_moment_and_an_experiment(services) -> None:
    with pytest.raises(InvalidInput):
        services.values_checks.start(experiment_id=1)
    with pytest.raises(NotFound):
        services.values_checks.start(experiment_id=99, moment=CheckMoment.END)
    with pytest.raises(InvalidInput):
        services.values_checks.start(dt.date(1800, 1, 1))


def test_the_demo_takes_a_check_every_few_weeks_linked_to_some_try_ons(services) -> None:
    from valuesdesk.services.demo import write_demo_data

    summary = write_demo_data(services.database, years=1, seed=3)
    checks = services.values_checks.list_checks()
    assert 8 <= len(checks) <= 30 and summary.values_checks == len(checks)
    assert all((later.taken_on - earlier.taken_on).days <= 45 for earlier, later in itertools.pairwise(checks))
    linked = [check for check in checks if check.link is not None]
    assert {check.link.moment for check in linked} == {CheckMoment.START, CheckMoment.END}
    # Over a year of try-ons the composite rises, and a try-on's end lives its domain no less than its start.
    assert checks[-1].composite > checks[0].composite
    starts = {check.link.experiment.id: check for check in linked if check.link.moment is CheckMoment.START}
    for end in (check for check in linked if check.link.moment is CheckMoment.END):
        assert end.composite >= starts[end.link.experiment.id].composite - 1
