"""The notes of days in the JSON export: out and back into a fresh folder, merged without doubles, and
a file written before them still read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sample_diary import add_sample_experiment

from valuesdesk import exports
from valuesdesk.errors import ImportRefused
from valuesdesk.exports.export_file import DAY_NOTES_VERSION, FIRST_VERSION
from valuesdesk.services import open_services

FIXTURE = Path(__file__).parent / "fixtures" / "export-v1.json"
# Outside any try-on of the sample experiment.
QUIET_DAY = dt.date(2026, 3, 14)
NOTES = {QUIET_DAY: "rain all day 🌧\nשלום", dt.date(2026, 11, 17): "  tea with Ana  "}


def export_json(services) -> bytes:
    return exports.prepare(services, exports.format_by_key("json")).data


def import_bytes(services, path: Path, data: bytes):
    path.write_bytes(data)
    return exports.import_file(services, path)


@pytest.fixture
def noted(services):
    add_sample_experiment(services)
    for day, text in NOTES.items():
        services.diary.save_day_note(day, text)
    return services


def test_notes_of_days_go_out_and_come_back_into_a_fresh_folder(noted, tmp_path) -> None:
    exported = export_json(noted)
    document = json.loads(exported)
    assert document["version"] == DAY_NOTES_VERSION
    assert [(note["day"], note["text"]) for note in document["day_notes"]] == [
        (day.isoformat(), text) for day, text in sorted(NOTES.items())
    ]

    fresh = open_services(tmp_path / "fresh")
    try:
        summary = import_bytes(fresh, tmp_path / "export.json", exported)
        assert summary.added["day_notes"] == 2
        assert "2 notes of days" in summary.describe()
        for day, text in NOTES.items():
            assert fresh.diary.day_note(day) == text
        assert export_json(fresh) == exported
        # Importing again doubles nothing.
        assert not import_bytes(fresh, tmp_path / "export.json", exported).changed_anything
    finally:
        fresh.close()


def test_the_newer_note_of_a_day_wins_and_none_is_doubled(noted, tmp_path, clock) -> None:
    exported = export_json(noted)
    clock.advance(dt.timedelta(hours=1))
    noted.diary.save_day_note(QUIET_DAY, "rain, then sun")
    newer = export_json(noted)

    summary = import_bytes(noted, tmp_path / "older.json", exported)
    assert not summary.changed_anything
    assert noted.diary.day_note(QUIET_DAY) == "rain, then sun"

    fresh = open_services(tmp_path / "fresh")
    try:
        import_bytes(fresh, tmp_path / "older.json", exported)
        summary = import_bytes(fresh, tmp_path / "newer.json", newer)
        assert (summary.added["day_notes"], summary.updated["day_notes"]) == (0, 1)
        assert fresh.diary.day_note(QUIET_DAY) == "rain, then sun"
        assert len(json.loads(export_json(fresh))["day_notes"]) == 2
    finally:
        fresh.close()


def test_a_file_from_before_day_notes_is_imported_and_written_as_before(services) -> None:
    summary = exports.import_file(services, FIXTURE)
    assert summary.added["experiments"] == 28 and not summary.added["day_notes"]
    document = json.loads(export_json(services))
    assert document["version"] == FIRST_VERSION
    assert "day_notes" not in document


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda notes: notes.append(dict(notes[0])), "two notes on 2026-03-14"),
        (lambda notes: notes[0].update(text=" \n "), "day_notes[0].text"),
        (lambda notes: notes[0].update(day="2026-02-30"), "YYYY-MM-DD"),
    ],
)
def test_a_file_with_wrong_notes_is_refused_and_nothing_changes(noted, tmp_path, change, problem) -> None:
    document = json.loads(export_json(noted))
    change(document["day_notes"])
    fresh = open_services(tmp_path / "fresh")
    try:
        with pytest.raises(ImportRefused) as refused:
            import_bytes(fresh, tmp_path / "bad.json", json.dumps(document).encode())
        assert problem in str(refused.value) + str(getattr(refused.value, "detail", ""))
        assert fresh.diary.day_note(QUIET_DAY) == ""
    finally:
        fresh.close()
