"""The one clock and the strict day format."""

from __future__ import annotations

import datetime as dt

import pytest

from valuesdesk.domain import dates


@pytest.mark.parametrize(
    "text",
    [
        "20261101",
        "2026-W44-7",
        "2026-1-1",
        "2026-01-1",
        "2026-11-01T00:00",
        " 2026-11-01",
        "2026-11-01\n",
        "２０２６-１１-０１",
        "2026-02-30",
        "2026-13-01",
        "0000-01-01",
        "",
        "2026/11/01",
    ],
)
def test_only_a_day_written_as_yyyy_mm_dd_is_read(text: str) -> None:
    with pytest.raises(ValueError):
        dates.parse_iso_day(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-01", dt.date(2026, 11, 1)),
        ("0001-01-01", dt.date.min),
        ("9999-12-31", dt.date.max),
        ("2028-02-29", dt.date(2028, 2, 29)),
    ],
)
def test_a_day_written_as_yyyy_mm_dd_is_read(text: str, day: dt.date) -> None:
    assert dates.parse_iso_day(text) == day
    assert day.isoformat() == text


def test_the_clock_is_frozen_for_tests_and_can_be_moved(clock) -> None:
    assert dates.today() == clock.today == dt.date(2026, 11, 18)
    assert dates.now() == clock.moment and dates.now().tzinfo is not None
    clock.set(dt.date(2027, 1, 1))
    assert dates.today() == dt.date(2027, 1, 1)
    clock.advance(dt.timedelta(days=1))
    assert dates.today() == dt.date(2027, 1, 2)
    assert dates.utc_now() == dt.datetime(2027, 1, 2, 10, 30)


def test_setting_no_clock_restores_the_systems(clock) -> None:
    dates.set_clock(None)
    try:
        # The frozen moment is in the past: the system's clock has moved on from it, and knows its offset.
        assert dates.now() > clock.moment and dates.now().tzinfo is not None
    finally:
        dates.set_clock(clock)
    assert dates.now() == clock.moment
