"""Sample data has notes of days as a person writes them: a few a month, some on days between try-ons."""

from __future__ import annotations

from collections import Counter

from valuesdesk.services.demo import write_demo_data


def test_a_year_of_sample_data_has_a_few_notes_a_month_some_outside_every_try_on(services, clock) -> None:
    summary = write_demo_data(services.database, years=1, seed=3)
    report = services.reports.diary()

    in_try_ons = [day for section in report.experiments for day in section.days if day.note]
    outside = report.other_notes
    assert summary.day_notes == len({day.day for day in in_try_ons}) + len(outside)
    assert 3 <= len(outside) < len(in_try_ons)
    per_month = Counter((note.day.year, note.day.month) for note in (*in_try_ons, *outside))
    assert 2 <= sum(per_month.values()) / len(per_month) <= 8
    assert max(note.day for note in (*in_try_ons, *outside)) <= clock.today
    assert all(note.text.strip() and "{" not in note.text for note in outside)
