"""Everything out to one JSON file and back in: lossless, merging without doubles, refusing bad files untouched."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample_diary import START, add_sample_experiment
from sqlalchemy import select, text

from valuesdesk import __version__, exports
from valuesdesk.domain import MAX_TIMES_DONE, MAX_VALUE_NAME_CHARS, MIN_TIMES_DONE, CheckInOutcome, ExperimentStatus
from valuesdesk.errors import ImportRefused
from valuesdesk.exports.export_file import FIRST_VERSION, FORMAT_VERSION
from valuesdesk.services import open_services
from valuesdesk.services.exchange import ImportSummary, _Merge
from valuesdesk.store.backups import BackupKind, list_backups
from valuesdesk.store.models import (
    Base,
    Behavior,
    CheckIn,
    DayNote,
    DiaryEntry,
    Experiment,
    PlanItem,
    TherapistNote,
    Value,
)


def table_rows(services) -> dict[str, list[tuple]]:
    with services.database.reading() as session:
        return {
            table.name: session.execute(text(f"SELECT * FROM {table.name} ORDER BY id")).all()
            for table in Base.metadata.sorted_tables
        }


def write(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def export_json(services) -> bytes:
    return exports.prepare(services, exports.format_by_key("json")).data


def import_file(services, path: Path) -> ImportSummary:
    return exports.import_file(services, path)


@pytest.fixture
def exported(services, tmp_path) -> dict:
    add_sample_experiment(services)
    return json.loads(export_json(services))


# The same bytes as before issue 10

FIXTURE = Path(__file__).parent / "fixtures" / "export-v1.json"


def test_the_export_of_the_code_before_is_imported_and_exported_again_byte_for_byte(services) -> None:
    """fixtures/export-v1.json was written by ValuesDesk 0.1.0 before issue 10 (see make_export_v1.py):
    sample data of a year and every edge case of text, imported here and exported again unchanged."""
    summary = import_file(services, FIXTURE)
    assert summary.added["experiments"] == 28 and summary.added["diary_entries"] == 316
    written_then = FIXTURE.read_bytes()
    assert b'"exported_by": "ValuesDesk 0.1.0"' in written_then
    # Only the line naming the program may differ, once its version has moved on.
    assert export_json(services) == written_then.replace(b"ValuesDesk 0.1.0", f"ValuesDesk {__version__}".encode(), 1)
    assert not import_file(services, FIXTURE).changed_anything


# Round trip, with random data

SPECIAL_TEXTS = [
    "😀🌱👩‍👩‍👧 emoji",
    "שלום עולם — right to left",
    "مرحبا بالعالم",
    "e\u0301 combining a\u030a marks",
    "quotes \" ' “ ” and \\ backslash",
    "line one\nline two\r\nline three",
    "long " * 4000,
]
# Any text that can be stored: every character but half a one (Cs) and NUL, which ValuesDesk refuses.
storable = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
texts = st.one_of(
    st.text(storable, max_size=40),
    st.sampled_from(SPECIAL_TEXTS),
)
names = st.one_of(st.text(storable, min_size=1, max_size=30), st.sampled_from(SPECIAL_TEXTS[:5])).filter(
    lambda name: name.strip()
)
# A behaviour or a plan item: the services refuse an empty one.
item_texts = texts.filter(lambda text: text.strip())
stamps = st.datetimes(min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2030, 12, 31))
# Records made in one go (sample data, a quick double click) can share their creation time.
shared_stamps = st.just(dt.datetime(2026, 3, 1, 9, 30)) | stamps
days = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def databases(draw) -> tuple[list[Value], list[Experiment], list[TherapistNote | DayNote]]:
    def stamped(model, **fields):
        return model(created_at=draw(stamps), updated_at=draw(stamps), **fields)

    # Names may repeat: nothing stops a person from writing the same value twice. An empty name is a
    # value still being named in a draft's step 1.
    value_names = draw(st.lists(names | st.just(""), max_size=3))
    values = [stamped(Value, name=name, meaning=draw(texts), life_domain=draw(texts)[:100]) for name in value_names]
    created = draw(st.lists(shared_stamps, max_size=3))
    experiments = []
    for created_at in created:
        experiment = Experiment(
            value=draw(st.sampled_from([None, *values])),
            status=draw(st.sampled_from(list(ExperimentStatus))),
            current_step=draw(st.integers(1, 10)),
            start_date=draw(st.none() | days),
            duration_days=draw(st.integers(1, 60)),
            reactions=draw(texts),
            commit_until=draw(st.none() | days),
            judgments=draw(texts),
            plan=draw(texts),
            plan_at=draw(st.none() | stamps),
            behave_confirmed=draw(st.booleans()),
            checkin_time=draw(st.none() | st.times()),
            next_session_date=draw(st.none() | days),
            reflection=draw(texts),
            completed_at=draw(st.none() | stamps),
            created_at=created_at,
            updated_at=draw(stamps),
        )
        # Repeated texts are allowed: the same behaviour may be listed twice.
        experiment.behaviors = [
            stamped(Behavior, position=draw(st.integers(0, 5)), text=behavior, chosen=draw(st.booleans()))
            for behavior in draw(st.lists(st.sampled_from(["Call", "Walk", "Call"]) | item_texts, max_size=4))
        ]
        experiment.plan_items = [
            stamped(PlanItem, position=index, text=item, done=draw(st.booleans()), due_date=draw(st.none() | days))
            for index, item in enumerate(draw(st.lists(item_texts, max_size=3)))
        ]
        experiment.diary_entries = [
            stamped(
                DiaryEntry,
                day=day,
                others_reactions=draw(texts),
                before=draw(texts),
                during=draw(texts),
                after=draw(texts),
                times_done=draw(st.none() | st.integers(MIN_TIMES_DONE, MAX_TIMES_DONE)),
                evaluations=draw(texts),
                thanked_mind=draw(st.booleans()),
                notes=draw(texts),
            )
            for day in draw(st.lists(days, max_size=4, unique=True))
        ]
        experiment.check_ins = [
            stamped(CheckIn, day=day, outcome=draw(st.sampled_from(list(CheckInOutcome))))
            for day in draw(st.lists(days, max_size=4, unique=True))
        ]
        experiments.append(experiment)
    notes = [
        TherapistNote(
            question_number=draw(st.integers(1, 2)),
            noted_on=draw(st.just(dt.date(2026, 3, 1)) | days),
            text=draw(texts),
            created_at=draw(shared_stamps),
            updated_at=draw(stamps),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    notes += [stamped(DayNote, day=day, text=draw(item_texts)) for day in draw(st.lists(days, max_size=3, unique=True))]
    return values, experiments, notes


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=databases())
def test_export_import_into_an_empty_folder_and_export_again_gives_the_same_file(data) -> None:
    values, experiments, notes = data
    with tempfile.TemporaryDirectory() as folder:
        first = open_services(Path(folder) / "first")
        try:
            with first.database.transaction() as session:
                session.add_all([*values, *experiments, *notes])
            exported = export_json(first)
        finally:
            first.close()
        (Path(folder) / "export.json").write_bytes(exported)
        second = open_services(Path(folder) / "second")
        try:
            import_file(second, Path(folder) / "export.json")
            assert export_json(second) == exported
            again = import_file(second, Path(folder) / "export.json")
            assert not again.changed_anything
            assert export_json(second) == exported
        finally:
            second.close()


def test_the_file_names_its_format_and_version_and_holds_no_database_ids(exported) -> None:
    assert exported["format"] == "valuesdesk-export"
    # Without notes of days the file is of the first version, which older ValuesDesks read.
    assert exported["version"] == FIRST_VERSION
    assert "id" not in json.dumps(exported).replace('"', " ").split()
    experiment = exported["experiments"][0]
    assert experiment["value"] == "Connection with my family"
    assert experiment["created_at"].endswith("Z") and len(experiment["created_at"]) == len(
        "2026-11-25T19:31:24.938546Z"
    )
    assert [entry["day"] for entry in experiment["diary_entries"]] == ["2026-11-23", "2026-11-24", "2026-11-26"]


# Merging


def test_importing_into_a_folder_with_other_data_keeps_both(services, exported, tmp_path, data_dir) -> None:
    path = write(tmp_path / "export.json", exported)
    other_folder = tmp_path / "other"
    other = open_services(other_folder)
    try:
        add_sample_experiment(other, value_name="Courage")
        summary = import_file(other, path)
        assert summary.added["experiments"] == 1 and summary.added["diary_entries"] == 3
        names = sorted(value.name for value in other.values.list_values())
        assert names == ["Connection with my family", "Courage"]
        assert len(other.experiments.list_summaries()) == 2
    finally:
        other.close()


def test_importing_the_same_file_twice_adds_nothing_the_second_time(services, exported, tmp_path) -> None:
    path = write(tmp_path / "export.json", exported)
    before = table_rows(services)
    summary = import_file(services, path)
    assert not summary.changed_anything
    assert "Nothing was changed" in summary.describe()
    assert table_rows(services) == before


def test_the_newer_version_of_a_diary_day_wins_either_way(services, exported, tmp_path) -> None:
    newer = json.loads(json.dumps(exported))
    entry = newer["experiments"][0]["diary_entries"][0]
    entry["before"] = "Written later on the laptop."
    entry["updated_at"] = "2099-01-01T00:00:00.000000Z"
    import_file(services, write(tmp_path / "newer.json", newer))
    with services.database.reading() as session:
        assert (
            session.scalar(select(DiaryEntry.before).where(DiaryEntry.day == START)) == "Written later on the laptop."
        )

    older = json.loads(json.dumps(exported))
    entry = older["experiments"][0]["diary_entries"][0]
    entry["before"] = "An old draft."
    entry["updated_at"] = "2000-01-01T00:00:00.000000Z"
    summary = import_file(services, write(tmp_path / "older.json", older))
    assert not summary.changed_anything
    with services.database.reading() as session:
        assert (
            session.scalar(select(DiaryEntry.before).where(DiaryEntry.day == START)) == "Written later on the laptop."
        )


def test_new_days_and_behaviours_join_an_experiment_already_here(services, exported, tmp_path) -> None:
    changed = json.loads(json.dumps(exported))
    experiment = changed["experiments"][0]
    experiment["check_ins"].append(
        {
            "day": "2026-11-27",
            "outcome": "yes",
            "created_at": "2026-11-27T20:00:00.000000Z",
            "updated_at": "2026-11-27T20:00:00.000000Z",
        }
    )
    experiment["behaviors"].append(dict(experiment["behaviors"][0], position=3))
    summary = import_file(services, write(tmp_path / "changed.json", changed))
    assert dict(summary.added) == {"behaviors": 1, "check_ins": 1}
    assert summary.describe() == "Added 1 behaviour and 1 check-in."
    assert [behavior.text for behavior in services.experiments.get(1).behaviors].count("Call my sister") == 2


def test_drafts_with_values_still_being_named_go_out_and_come_back_each_with_its_own(services, tmp_path, clock) -> None:
    drafts = {}
    for meaning in ("Being brave at work", "Being kind to myself"):
        drafts[meaning] = services.experiments.create_draft().id
        services.experiments.save_value(drafts[meaning], name="", meaning=meaning, life_domain=" Work ")
        clock.advance(dt.timedelta(minutes=1))
    exported = export_json(services)
    document = json.loads(exported)
    assert document["values"] == []
    assert [experiment["value"]["meaning"] for experiment in document["experiments"]] == list(drafts)
    assert {experiment["value"]["life_domain"] for experiment in document["experiments"]} == {"Work"}

    path = tmp_path / "drafts.json"
    path.write_bytes(exported)
    elsewhere = open_services(tmp_path / "elsewhere")
    try:
        summary = import_file(elsewhere, path)
        assert dict(summary.added) == {"values": 2, "experiments": 2}
        meanings = [
            elsewhere.experiments.get(summary.id).value.meaning for summary in elsewhere.experiments.list_summaries()
        ]
        assert sorted(meanings) == sorted(drafts)
        assert export_json(elsewhere) == exported
        assert not import_file(elsewhere, path).changed_anything
    finally:
        elsewhere.close()


def test_a_value_being_named_elsewhere_joins_its_experiment_here_and_the_newer_wins(services, tmp_path, clock) -> None:
    draft = services.experiments.create_draft().id
    before_naming = tmp_path / "before.json"
    before_naming.write_bytes(export_json(services))
    elsewhere = open_services(tmp_path / "elsewhere")
    try:
        import_file(elsewhere, before_naming)
        [summary] = elsewhere.experiments.list_summaries()
        elsewhere.experiments.save_value(summary.id, name="", meaning="Written on the laptop", life_domain="")
        written_elsewhere = tmp_path / "elsewhere.json"
        written_elsewhere.write_bytes(export_json(elsewhere))
    finally:
        elsewhere.close()

    assert dict(import_file(services, written_elsewhere).added) == {"values": 1}
    assert services.experiments.get(draft).value.meaning == "Written on the laptop"
    newer = json.loads(written_elsewhere.read_text(encoding="utf-8"))
    newer["experiments"][0]["value"].update(meaning="Rewritten", updated_at="2099-01-01T00:00:00.000000Z")
    assert dict(import_file(services, write(tmp_path / "newer.json", newer)).updated) == {"values": 1}
    assert services.experiments.get(draft).value.meaning == "Rewritten"


def test_spaces_around_names_and_items_are_neither_counted_nor_kept_as_the_services_do(
    services, exported, tmp_path
) -> None:
    longest = "n" * MAX_VALUE_NAME_CHARS
    spaced = json.loads(json.dumps(exported))
    spaced["values"][0].update(name=f"  {longest} ", life_domain=" Family\n")
    spaced["experiments"][0].update(value=f"{longest}\t")
    spaced["experiments"][0]["behaviors"][0]["text"] = "  Call my sister  "
    other = open_services(tmp_path / "other")
    try:
        import_file(other, write(tmp_path / "spaced.json", spaced))
        [value] = other.values.list_values()
        assert (value.name, value.life_domain) == (longest, "Family")
        [summary] = other.experiments.list_summaries()
        assert other.experiments.get(summary.id).behaviors[0].text == "Call my sister"
        # The services take the same and keep the same.
        made = other.values.create(f"  {longest} ", life_domain=" Family\n")
        assert (made.name, made.life_domain) == (longest, "Family")
    finally:
        other.close()


def test_a_failure_halfway_through_an_import_changes_nothing(services, exported, tmp_path, monkeypatch) -> None:
    path = write(tmp_path / "export.json", exported)
    other = open_services(tmp_path / "other")
    try:
        before = table_rows(other)

        def fail(self, experiment, record, name) -> None:
            raise RuntimeError("the disk went away")

        monkeypatch.setattr(_Merge, "_merge_daily", fail)
        with pytest.raises(RuntimeError):
            import_file(other, path)
        assert table_rows(other) == before
    finally:
        other.close()


# Refusals


def damaged(change) -> callable:
    """A bad file made from the export: ``change`` made to a copy of it, written as JSON."""

    def make(exported: dict) -> bytes:
        document = json.loads(json.dumps(exported))
        change(document)
        return json.dumps(document).encode("utf-8")

    return make


def holder(document: dict, path: list):
    """The list or object that holds the last key of ``path``."""
    for key in path[:-1]:
        document = document[key]
    return document


def set_in(path: list, value) -> callable:
    def change(document: dict) -> None:
        holder(document, path)[path[-1]] = value

    return change


def remove(path: list) -> callable:
    def change(document: dict) -> None:
        del holder(document, path)[path[-1]]

    return change


def doubled(path: list) -> callable:
    """The first record of the list at ``path`` once more at its end."""

    def change(document: dict) -> None:
        records = holder(document, path)[path[-1]]
        records.append(records[0])

    return change


BAD_FILES = {
    "a PDF": (lambda exported: b"%PDF-1.4\n\xff\xfe binary", "not a ValuesDesk export"),
    "an empty file": (lambda exported: b"", "damaged"),
    "cut off half way": (lambda exported: json.dumps(exported).encode()[:300], "damaged"),
    "another program's JSON": (lambda exported: b'{"hello": "world"}', "not a ValuesDesk export"),
    "a JSON list": (lambda exported: b"[1, 2, 3]", "not a ValuesDesk export"),
    "a newer version": (damaged(set_in(["version"], FORMAT_VERSION + 1)), "newer ValuesDesk"),
    "a number too long to read": (
        lambda exported: json.dumps(exported).replace('"version": 1', '"version": 1' + "0" * 5000).encode(),
        "a number far too long",
    ),
    "a version as text": (damaged(set_in(["version"], "1")), "version"),
    "a missing list": (damaged(remove(["therapist_notes"])), "missing therapist_notes"),
    "an unknown field": (damaged(set_in(["experiments", 0, "mood"], "fine")), "experiments[0]: unknown field mood"),
    "a number for text": (
        damaged(set_in(["experiments", 0, "diary_entries", 1, "before"], 42)),
        "experiments[0].diary_entries[1].before: expected text",
    ),
    "an impossible date": (damaged(set_in(["experiments", 0, "diary_entries", 0, "day"], "2026-02-30")), "YYYY-MM-DD"),
    "an unknown check-in answer": (
        damaged(set_in(["experiments", 0, "check_ins", 0, "outcome"], "maybe")),
        '"yes", "partly", "no"',
    ),
    "true for a number": (damaged(set_in(["experiments", 0, "current_step"], True)), "whole number"),
    "a question that does not exist": (damaged(set_in(["therapist_notes", 0, "question_number"], 9)), "from 1 to 8"),
    "a value that is not in the file": (
        damaged(set_in(["experiments", 0, "value"], "Nobody")),
        "no value named 'Nobody'",
    ),
    "two diary entries for one day": (damaged(doubled(["experiments", 0, "diary_entries"])), "same day"),
    "a plan longer than an experiment can be": (
        damaged(set_in(["experiments", 0, "duration_days"], 367)),
        "experiments[0].duration_days: expected a number from 1 to 366",
    ),
    "a therapist note too long to edit": (
        damaged(set_in(["therapist_notes", 0, "text"], "x" * 100_001)),
        "therapist_notes[0].text: text longer than 100,000 characters",
    ),
    "a time without its time zone": (damaged(set_in(["values", 0, "created_at"], "2026-11-25T19:31:24")), "UTC time"),
    # Only what docs/export-format.md describes is read: one spelling of each date and time.
    "a day without its dashes": (
        damaged(set_in(["experiments", 0, "diary_entries", 0, "day"], "20261123")),
        "experiments[0].diary_entries[0].day: expected a date as YYYY-MM-DD",
    ),
    "a day as a week and weekday": (
        damaged(set_in(["experiments", 0, "start_date"], "2026-W48-1")),
        "experiments[0].start_date: expected a date as YYYY-MM-DD",
    ),
    "a time without microseconds": (
        damaged(set_in(["values", 0, "updated_at"], "2026-11-25T19:31:24Z")),
        "values[0].updated_at: expected a UTC time as YYYY-MM-DDTHH:MM:SS.ffffffZ",
    ),
    "a time with milliseconds": (
        damaged(set_in(["therapist_notes", 0, "created_at"], "2026-11-25T19:31:24.938Z")),
        "therapist_notes[0].created_at: expected a UTC time",
    ),
    "a time with an offset instead of Z": (
        damaged(set_in(["values", 0, "created_at"], "2026-11-25T19:31:24.938546+00:00")),
        "values[0].created_at: expected a UTC time",
    ),
    "a plan time with a time zone": (
        damaged(set_in(["experiments", 0, "plan_at"], "2026-11-23T19:30:00+01:00")),
        "experiments[0].plan_at: expected a local date and time as YYYY-MM-DDTHH:MM:SS",
    ),
    "a check-in time without seconds": (
        damaged(set_in(["experiments", 0, "checkin_time"], "21:00")),
        "experiments[0].checkin_time: expected a time of day as HH:MM:SS",
    ),
    # The diary's own limits, as it counts the times done.
    "no times done": (
        damaged(set_in(["experiments", 0, "diary_entries", 0, "times_done"], 0)),
        "experiments[0].diary_entries[0].times_done: expected a number from 1 to 9999",
    ),
    "too many times done": (
        damaged(set_in(["experiments", 0, "diary_entries", 0, "times_done"], 10_000)),
        "expected a number from 1 to 9999",
    ),
    # Text as the services count it: without the spaces around it, and not only spaces where they need words.
    "a name of spaces only": (
        damaged(set_in(["values", 0, "name"], "   ")),
        "values[0].name: expected a name of 1 to 200 characters, not counting the spaces around it",
    ),
    "a name too long without its spaces": (
        damaged(set_in(["values", 0, "name"], " " + "n" * 201)),
        "values[0].name: expected a name of 1 to 200 characters",
    ),
    "a value's life domain too long": (
        damaged(set_in(["values", 0, "life_domain"], "d" * 101)),
        "values[0].life_domain: expected text of at most 100 characters",
    ),
    "a behaviour of spaces only": (
        damaged(set_in(["experiments", 0, "behaviors", 0, "text"], " \n ")),
        "experiments[0].behaviors[0].text: expected text of 1 to 1,000,000 characters",
    ),
    "an empty plan item": (
        damaged(set_in(["experiments", 0, "plan_items", 0, "text"], "")),
        "experiments[0].plan_items[0].text: expected text of 1 to 1,000,000 characters",
    ),
    "a value that is neither a name nor a value being named": (
        damaged(set_in(["experiments", 0, "value"], 7)),
        "experiments[0].value: expected text, an object or null",
    ),
    "a value being named with a name": (
        damaged(set_in(["experiments", 0, "value"], {"name": "Courage"})),
        "experiments[0].value: unknown field name",
    ),
    "a tick as a word": (
        damaged(set_in(["experiments", 0, "diary_entries", 0, "thanked_mind"], "yes")),
        "experiments[0].diary_entries[0].thanked_mind: expected true or false",
    ),
    "two check-ins for one day": (
        damaged(doubled(["experiments", 0, "check_ins"])),
        "experiments[0].check_ins: two check-ins on the same day",
    ),
    "a list that is not a list": (
        damaged(set_in(["experiments", 0, "behaviors"], {"text": "Call"})),
        "experiments[0].behaviors: expected a list",
    ),
    "a record that is not an object": (damaged(set_in(["values", 0], "Courage")), "values[0]: expected an object"),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_refused_clearly_and_changes_nothing(services, exported, tmp_path, kind) -> None:
    make, expected = BAD_FILES[kind]
    # Import into a folder that already holds data, with something a merge would change.
    changed = json.loads(json.dumps(exported))
    changed["experiments"][0]["diary_entries"][0].update(before="Replaced", updated_at="2099-01-01T00:00:00.000000Z")
    services.therapist_notes.add(5, "Already here.")
    before = table_rows(services)
    path = tmp_path / "bad.json"
    path.write_bytes(make(changed))
    with pytest.raises(ImportRefused) as refused:
        import_file(services, path)
    assert expected in str(refused.value)
    assert "bad.json cannot be imported" in refused.value.message
    assert "Nothing was changed." in refused.value.detail
    # The reason is a whole sentence before "Nothing was changed."
    assert refused.value.detail.endswith((". Nothing was changed.", ".) Nothing was changed."))
    assert table_rows(services) == before


def test_a_file_saved_with_a_byte_order_mark_is_read(services, exported, tmp_path) -> None:
    path = tmp_path / "from an editor.json"
    path.write_bytes("\ufeff".encode() + json.dumps(exported).encode())
    other = open_services(tmp_path / "other")
    try:
        assert import_file(other, path).added["experiments"] == 1
    finally:
        other.close()


def test_a_missing_file_is_refused(services, tmp_path) -> None:
    with pytest.raises(ImportRefused, match="could not be read"):
        import_file(services, tmp_path / "nowhere.json")


def test_what_the_services_save_at_their_limits_can_be_imported_and_one_more_is_refused(
    services, make_experiment, tmp_path, clock
) -> None:
    from valuesdesk.domain import MAX_LIFE_DOMAIN_CHARS, MAX_TEXT_CHARS, MAX_VALUE_NAME_CHARS
    from valuesdesk.errors import InvalidInput

    longest = "w" * MAX_TEXT_CHARS
    yesterday = clock.today - dt.timedelta(days=1)
    services.values.create("n" * MAX_VALUE_NAME_CHARS, meaning=longest, life_domain="d" * MAX_LIFE_DOMAIN_CHARS)
    draft = services.experiments.create_draft().id
    services.experiments.save_value(draft, name="Courage", meaning="", life_domain="f" * MAX_LIFE_DOMAIN_CHARS)
    experiment = make_experiment(start=yesterday)
    services.diary.save_entry(experiment, yesterday, notes=longest, times_done=MIN_TIMES_DONE)
    services.diary.save_entry(experiment, clock.today, times_done=MAX_TIMES_DONE)

    exports.export(services, exports.format_by_key("json"), exports.Selection(), tmp_path / "all.json")
    elsewhere = open_services(tmp_path / "elsewhere")
    try:
        summary = import_file(elsewhere, tmp_path / "all.json")
    finally:
        elsewhere.close()
    assert summary.added["values"] == 3 and summary.added["diary_entries"] == 2

    beyond = {
        "a value's name": lambda: services.values.create("n" * (MAX_VALUE_NAME_CHARS + 1)),
        "a value's life domain": lambda: services.values.create(
            "Honesty", life_domain="d" * (MAX_LIFE_DOMAIN_CHARS + 1)
        ),
        "a value's meaning": lambda: services.values.create("Honesty", meaning=longest + "w"),
        "step 1's life domain": lambda: services.experiments.save_value(
            draft, name="Courage", meaning="", life_domain="f" * (MAX_LIFE_DOMAIN_CHARS + 1)
        ),
        "a diary field": lambda: services.diary.save_entry(experiment, clock.today, before=longest + "w"),
        "no times done": lambda: services.diary.save_entry(experiment, clock.today, times_done=MIN_TIMES_DONE - 1),
        "too many times done": lambda: services.diary.save_entry(
            experiment, clock.today, times_done=MAX_TIMES_DONE + 1
        ),
    }
    before = table_rows(services)
    for what, save in beyond.items():
        with pytest.raises(InvalidInput):
            save()
            pytest.fail(f"{what}, beyond what an import accepts, was saved")
    assert table_rows(services) == before


def test_an_import_that_replaces_writing_keeps_a_copy_of_it_first(services, exported, tmp_path, data_dir) -> None:
    with services.database.reading() as session:
        written_here = session.scalar(select(DiaryEntry.before).where(DiaryEntry.day == START))
    assert written_here
    adding = json.loads(json.dumps(exported))
    adding["therapist_notes"].append(
        {
            "question_number": 2,
            "noted_on": "2026-01-05",
            "text": "New.",
            "created_at": "2026-01-05T10:00:00.000000Z",
            "updated_at": "2026-01-05T10:00:00.000000Z",
        }
    )
    assert import_file(services, write(tmp_path / "adding.json", adding)).added["therapist_notes"] == 1
    # An import that only adds can be undone too: a checked copy from before it is kept.
    [added_copy] = list_backups(data_dir)
    assert added_copy.kind is BackupKind.BEFORE_IMPORT and not added_copy.damaged
    assert import_file(services, write(tmp_path / "adding.json", adding)).changed_anything is False
    assert len(list_backups(data_dir)) == 1, "an import that changes nothing keeps no copy"

    newer = json.loads(json.dumps(exported))
    newer["experiments"][0]["diary_entries"][0].update(
        before="Written later.", updated_at="2099-01-01T00:00:00.000000Z"
    )
    summary = import_file(services, write(tmp_path / "newer.json", newer))

    assert summary.describe() == (
        "Updated 1 diary day. A copy of your data from before the import is kept in the backups folder."
    )
    copy = next(each.path for each in list_backups(data_dir) if each.path != added_copy.path)
    connection = sqlite3.connect(copy)
    try:
        kept = connection.execute("SELECT before FROM diary_entry WHERE day = ?", (START.isoformat(),)).fetchall()
    finally:
        connection.close()
    assert kept == [(written_here,)]
    with services.database.reading() as session:
        assert session.scalar(select(DiaryEntry.before).where(DiaryEntry.day == START)) == "Written later."
