"""Which reminders are due: at the chosen minute, on try-on days only, never for a day checked in or
an experiment that ended or was set aside, missed ones collected, quiet days and snoozes."""

from __future__ import annotations

import datetime as dt

from valuesdesk.domain import ExperimentRef, ExperimentStatus, Lifecycle, dates
from valuesdesk.domain.reminders import (
    MISSED_LOOKBACK,
    PlanItemDue,
    ReminderKind,
    ReminderSettings,
    ReminderSource,
    check_in_due_today,
    due,
    next_at,
    reminders_between,
    snooze,
)

CHECK_IN_AT = dt.time(21, 15)
ONLY_CHECK_INS = ReminderSettings(kinds=frozenset({ReminderKind.CHECK_IN}))


def source(
    start: dt.date | None,
    days: int = 7,
    status: ExperimentStatus = ExperimentStatus.ACTIVE,
    checked_in: frozenset[dt.date] = frozenset(),
    checkin_time: dt.time | None = CHECK_IN_AT,
    plan_at: dt.datetime | None = None,
    items: tuple[PlanItemDue, ...] = (),
    session: dt.date | None = None,
    experiment_id: int = 1,
) -> ReminderSource:
    lifecycle = Lifecycle(status, start, days, plan_at)
    return ReminderSource(ExperimentRef(experiment_id, "Kindness", lifecycle), checkin_time, checked_in, items, session)


def at(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time)


def test_the_check_in_fires_at_the_chosen_minute_on_each_try_on_day(clock):
    today = clock.today
    sources = [source(start=today, days=3)]
    assert next_at(sources, ONLY_CHECK_INS, dates.local_now()) == at(today, CHECK_IN_AT)

    a_minute_before = at(today, CHECK_IN_AT) - dt.timedelta(minutes=1)
    assert due(sources, ONLY_CHECK_INS, a_minute_before - dt.timedelta(minutes=1), a_minute_before).on_time == ()
    fired = due(sources, ONLY_CHECK_INS, a_minute_before, at(today, CHECK_IN_AT))
    assert [(reminder.kind, reminder.day) for reminder in fired.on_time] == [(ReminderKind.CHECK_IN, today)]
    assert fired.missed == ()

    week = reminders_between(sources, ONLY_CHECK_INS, at(today, dt.time()), at(today + dt.timedelta(days=7), dt.time()))
    assert [reminder.day for reminder in week] == [today + dt.timedelta(days=offset) for offset in range(3)]


def test_the_settings_time_serves_an_experiment_without_a_check_in_time(clock):
    settings = ReminderSettings(kinds=frozenset({ReminderKind.CHECK_IN}), check_in_time=dt.time(19, 0))
    sources = [source(start=clock.today, checkin_time=None)]
    assert next_at(sources, settings, dates.local_now()) == at(clock.today, dt.time(19, 0))


def test_no_check_in_reminder_before_the_try_on_a_day_checked_in_or_after_it_ends(clock):
    today = clock.today
    tomorrow = today + dt.timedelta(days=1)
    upcoming = source(start=tomorrow, days=1)
    assert next_at([upcoming], ONLY_CHECK_INS, dates.local_now()) == at(tomorrow, CHECK_IN_AT)

    checked_in_today = source(start=today, days=2, checked_in=frozenset({today}))
    assert next_at([checked_in_today], ONLY_CHECK_INS, dates.local_now()) == at(tomorrow, CHECK_IN_AT)

    ended = source(start=today - dt.timedelta(days=7), days=7)  # its last day was yesterday
    assert ended.ref.lifecycle.has_ended(today)
    assert next_at([ended], ONLY_CHECK_INS, dates.local_now()) is None
    for status in (ExperimentStatus.ABANDONED, ExperimentStatus.COMPLETED, ExperimentStatus.DRAFT):
        assert next_at([source(start=today, status=status)], ONLY_CHECK_INS, dates.local_now()) is None


def test_reminders_missed_while_nothing_ran_are_collected(clock):
    today = clock.today
    sources = [source(start=today - dt.timedelta(days=3), days=7)]
    last_run = at(today - dt.timedelta(days=3), dt.time(8, 0))
    result = due(sources, ONLY_CHECK_INS, last_run, dates.local_now())
    assert result.on_time == ()
    assert [reminder.day for reminder in result.missed] == [today - dt.timedelta(days=offset) for offset in (3, 2, 1)]


def test_missed_reminders_go_back_a_week_at_most_and_not_at_all_on_a_first_run(clock):
    today = clock.today
    sources = [source(start=today - dt.timedelta(days=30), days=60)]
    long_ago = dates.local_now() - 4 * MISSED_LOOKBACK
    assert len(due(sources, ONLY_CHECK_INS, long_ago, dates.local_now()).missed) == MISSED_LOOKBACK.days
    assert due(sources, ONLY_CHECK_INS, None, dates.local_now()) == due(
        sources, ONLY_CHECK_INS, dates.local_now(), dates.local_now()
    )


def test_nothing_fires_on_a_quiet_day(clock):
    today = clock.today  # a Wednesday
    settings = ReminderSettings(kinds=frozenset({ReminderKind.CHECK_IN}), quiet_days=frozenset({today.weekday()}))
    sources = [source(start=today, days=2)]
    assert next_at(sources, settings, dates.local_now()) == at(today + dt.timedelta(days=1), CHECK_IN_AT)


def test_a_kind_turned_off_never_fires(clock):
    settings = ReminderSettings(kinds=frozenset({ReminderKind.PLAN}))
    assert next_at([source(start=clock.today)], settings, dates.local_now()) is None


def test_the_plan_its_checklist_and_the_next_session(clock):
    today = clock.today
    item = PlanItemDue(5, "Buy a notebook", today + dt.timedelta(days=1))
    plan_at = at(today + dt.timedelta(days=2), dt.time(7, 45))
    session_day = today + dt.timedelta(days=5)
    draft = source(
        start=None,
        status=ExperimentStatus.DRAFT,
        plan_at=plan_at,
        items=(item,),
        session=session_day,
        checkin_time=None,
    )
    settings = ReminderSettings(check_in_time=dt.time(20, 0), morning_time=dt.time(9, 0))
    found = reminders_between([draft], settings, dates.local_now(), at(today + dt.timedelta(days=10), dt.time()))
    assert [(reminder.kind, reminder.at) for reminder in found] == [
        (ReminderKind.PLAN_ITEM, at(item.due_date, dt.time(9, 0))),
        (ReminderKind.PLAN, plan_at),
    ]  # a draft's session is not reminded: the try-on has not begun
    assert found[0].item == item

    active = source(start=today, days=1, session=session_day, checked_in=frozenset({today}))
    found = reminders_between([active], settings, dates.local_now(), at(today + dt.timedelta(days=10), dt.time()))
    assert [(reminder.kind, reminder.at, reminder.day) for reminder in found] == [
        (ReminderKind.SESSION_EVE, at(session_day - dt.timedelta(days=1), dt.time(20, 0)), session_day),
        (ReminderKind.SESSION_MORNING, at(session_day, dt.time(9, 0)), session_day),
    ]
    abandoned = source(start=today, status=ExperimentStatus.ABANDONED, session=session_day, items=(item,))
    assert reminders_between([abandoned], settings, dates.local_now(), at(session_day, dt.time(23, 0))) == []


def test_a_snoozed_reminder_comes_again_unless_the_day_was_checked_in_since(clock):
    today = clock.today
    sources = [source(start=today, checkin_time=dt.time(10, 30))]
    first = due(sources, ONLY_CHECK_INS, dates.local_now() - dt.timedelta(minutes=1), dates.local_now()).on_time[0]
    again = snooze(first, dates.local_now(), 15)
    assert next_at(sources, ONLY_CHECK_INS, dates.local_now(), [again]) == dates.local_now() + dt.timedelta(minutes=15)

    clock.advance(dt.timedelta(minutes=15))
    assert due(sources, ONLY_CHECK_INS, dates.local_now(), dates.local_now(), [again]).on_time == (again,)
    checked_in = [source(start=today, checkin_time=dt.time(10, 30), checked_in=frozenset({today}))]
    assert due(checked_in, ONLY_CHECK_INS, dates.local_now(), dates.local_now(), [again]).on_time == ()


def test_check_in_now_lists_the_try_ons_of_today_without_a_check_in(clock):
    today = clock.today
    running = source(start=today, experiment_id=1)
    answered = source(start=today, experiment_id=2, checked_in=frozenset({today}))
    ended = source(start=today - dt.timedelta(days=9), experiment_id=3)
    assert [ref.id for ref in check_in_due_today([running, answered, ended], today)] == [1]
