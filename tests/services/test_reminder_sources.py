"""What the reminders read of the experiments: the days checked in, the checklist due, never diary text."""

from __future__ import annotations

import datetime as dt

from valuesdesk.domain import CheckInOutcome, ExperimentStatus
from valuesdesk.domain.reminders import PlanItemDue


def test_reminder_sources_hold_what_reminds_and_leave_out_what_cannot(services, make_experiment, clock):
    today = clock.today
    active = make_experiment("Kindness", start=today - dt.timedelta(days=1))
    services.experiments.update(active, checkin_time=dt.time(21, 0), next_session_date=today + dt.timedelta(days=3))
    services.diary.set_check_in(active, today - dt.timedelta(days=1), CheckInOutcome.NO)
    services.diary.save_entry(active, today, notes="private words")
    due = services.experiments.add_plan_item(active, "Buy a notebook", today + dt.timedelta(days=1))
    done = services.experiments.add_plan_item(active, "Tell nobody", today)
    services.experiments.tick_plan_item(done.id, True)
    services.experiments.add_plan_item(active, "Whenever", None)
    finished = make_experiment("Courage", start=today - dt.timedelta(days=30), status=ExperimentStatus.COMPLETED)
    make_experiment("Patience", start=today, status=ExperimentStatus.ABANDONED)

    sources = {source.ref.id: source for source in services.experiments.reminder_sources()}
    assert set(sources) == {active}  # abandoned never reminds; completed only of a next session
    source = sources[active]
    assert source.ref.title == "Kindness"
    assert source.checkin_time == dt.time(21, 0)
    assert source.checked_in_days == frozenset({today - dt.timedelta(days=1)})
    assert source.open_items == (PlanItemDue(due.id, "Buy a notebook", today + dt.timedelta(days=1)),)
    assert source.next_session_date == today + dt.timedelta(days=3)
    assert "private words" not in repr(source)

    with services.database.transaction() as session:
        from valuesdesk.store.models import Experiment

        session.get(Experiment, finished).next_session_date = today + dt.timedelta(days=2)
    assert {source.ref.id for source in services.experiments.reminder_sources()} == {active, finished}
