"""Everything the person wrote, to one JSON file and back (format documented in docs/export-format.md).

The file names records by natural keys, never by database ids, so that exporting, importing
into an empty folder and exporting again gives the same bytes, and importing a file twice
adds nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from valuesdesk import APP_NAME, __version__
from valuesdesk.domain import (
    MAX_DURATION_DAYS,
    MAX_LIFE_DOMAIN_CHARS,
    MAX_TEXT_CHARS,
    MAX_VALUE_NAME_CHARS,
    THERAPIST_NOTE_MAX_CHARS,
    THERAPIST_QUESTION_COUNT,
    CheckInOutcome,
    ExperimentStatus,
)
from valuesdesk.errors import ImportRefused
from valuesdesk.files import write_atomically
from valuesdesk.store.database import Database
from valuesdesk.store.migrations import backup
from valuesdesk.store.models import Behavior, CheckIn, DiaryEntry, Experiment, PlanItem, TherapistNote, Value

FORMAT_NAME = "valuesdesk-export"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_COUNT = 1_000_000

NOTHING_CHANGED = "Nothing was changed."
BACKUP_OCCASION = "before-import"


class Invalid(ValueError):
    """A field's value does not fit the format; the message says what was expected."""


@dataclass(frozen=True)
class Kind:
    """How one field is written to JSON and checked when read back."""

    parse: Callable[[object], object]
    dump: Callable[[object], object]


def _string(max_chars: int, *, strip: bool = False) -> Kind:
    def parse(raw: object) -> str:
        if not isinstance(raw, str):
            raise Invalid("expected text")
        if len(raw) > max_chars:
            raise Invalid(f"text longer than {max_chars:,} characters")
        if strip and not raw.strip():
            raise Invalid("expected a name, found nothing")
        return raw.strip() if strip else raw

    # Names are matched trimmed, so they are written trimmed too.
    return Kind(parse, (lambda value: value.strip()) if strip else (lambda value: value))


def _integer(low: int, high: int) -> Kind:
    def parse(raw: object) -> int:
        # JSON true/false arrive as Python bools, which are ints too.
        if not isinstance(raw, int) or isinstance(raw, bool):
            raise Invalid("expected a whole number")
        if not low <= raw <= high:
            raise Invalid(f"expected a number from {low} to {high}")
        return raw

    return Kind(parse, lambda value: value)


def _boolean() -> Kind:
    def parse(raw: object) -> bool:
        if not isinstance(raw, bool):
            raise Invalid("expected true or false")
        return raw

    return Kind(parse, lambda value: value)


def _iso(kind: type, description: str, to_text: Callable, *, utc: bool = False) -> Kind:
    def parse(raw: object) -> object:
        if not isinstance(raw, str):
            raise Invalid(f"expected {description}")
        text = raw
        if utc:
            if not text.endswith("Z"):
                raise Invalid(f"expected {description}")
            text = text[:-1]
        try:
            value = kind.fromisoformat(text)
        except ValueError:
            raise Invalid(f"expected {description}") from None
        if getattr(value, "tzinfo", None) is not None:
            raise Invalid(f"expected {description}")
        return value

    return Kind(parse, to_text)


def _optional(kind: Kind) -> Kind:
    return Kind(
        lambda raw: None if raw is None else kind.parse(raw),
        lambda value: None if value is None else kind.dump(value),
    )


def _enum(enum_class: type) -> Kind:
    choices = [member.value for member in enum_class]

    def parse(raw: object) -> object:
        if raw not in choices:
            raise Invalid("expected one of " + ", ".join(f'"{choice}"' for choice in choices))
        return enum_class(raw)

    return Kind(parse, lambda value: value.value)


TEXT = _string(MAX_TEXT_CHARS)
NAME = _string(MAX_VALUE_NAME_CHARS, strip=True)
DATE = _iso(dt.date, "a date as YYYY-MM-DD", lambda value: value.isoformat())
TIMESTAMP = _iso(
    dt.datetime,
    "a UTC time as YYYY-MM-DDTHH:MM:SS.ffffffZ",
    lambda value: value.isoformat(timespec="microseconds") + "Z",
    utc=True,
)
LOCAL_DATETIME = _iso(dt.datetime, "a local date and time as YYYY-MM-DDTHH:MM:SS", lambda value: value.isoformat())
LOCAL_TIME = _iso(dt.time, "a time of day as HH:MM:SS", lambda value: value.isoformat())
POSITION = _integer(0, MAX_COUNT)
STAMPS = {"created_at": TIMESTAMP, "updated_at": TIMESTAMP}

# Field names match the model's attributes; "value" (an experiment's value, by name) is the one exception.
VALUE_FIELDS = {"name": NAME, "meaning": TEXT, "life_domain": _string(MAX_LIFE_DOMAIN_CHARS)} | STAMPS
EXPERIMENT_FIELDS = {
    "value": _optional(NAME),
    "status": _enum(ExperimentStatus),
    "current_step": _integer(1, 10),
    "start_date": _optional(DATE),
    "duration_days": _integer(1, MAX_DURATION_DAYS),
    "reactions": TEXT,
    "commit_until": _optional(DATE),
    "judgments": TEXT,
    "plan": TEXT,
    "plan_at": _optional(LOCAL_DATETIME),
    "behave_confirmed": _boolean(),
    "checkin_time": _optional(LOCAL_TIME),
    "next_session_date": _optional(DATE),
    "reflection": TEXT,
    "completed_at": _optional(TIMESTAMP),
} | STAMPS
BEHAVIOR_FIELDS = {"position": POSITION, "text": TEXT, "chosen": _boolean()} | STAMPS
PLAN_ITEM_FIELDS = {"position": POSITION, "text": TEXT, "done": _boolean(), "due_date": _optional(DATE)} | STAMPS
DIARY_ENTRY_FIELDS = {
    "day": DATE,
    "others_reactions": TEXT,
    "before": TEXT,
    "during": TEXT,
    "after": TEXT,
    "times_done": _optional(_integer(0, MAX_COUNT)),
    "evaluations": TEXT,
    "thanked_mind": _boolean(),
    "notes": TEXT,
} | STAMPS
CHECK_IN_FIELDS = {"day": DATE, "outcome": _enum(CheckInOutcome)} | STAMPS
THERAPIST_NOTE_FIELDS = {
    "question_number": _integer(1, THERAPIST_QUESTION_COUNT),
    "noted_on": DATE,
    # The notes service's own limit: an imported note longer than it could never be edited again.
    "text": _string(THERAPIST_NOTE_MAX_CHARS),
} | STAMPS

# Each experiment carries its own lists of these, in this order.
CHILDREN = {
    "behaviors": (Behavior, BEHAVIOR_FIELDS),
    "plan_items": (PlanItem, PLAN_ITEM_FIELDS),
    "diary_entries": (DiaryEntry, DIARY_ENTRY_FIELDS),
    "check_ins": (CheckIn, CHECK_IN_FIELDS),
}
# How the import summary names each kind of record, singular and plural.
LABELS = {
    "values": ("value", "values"),
    "experiments": ("experiment", "experiments"),
    "behaviors": ("behaviour", "behaviours"),
    "plan_items": ("plan item", "plan items"),
    "diary_entries": ("diary day", "diary days"),
    "check_ins": ("check-in", "check-ins"),
    "therapist_notes": ("therapist note", "therapist notes"),
}

Record = dict[str, object]
T = TypeVar("T")


def _dump(record: object, fields: dict[str, Kind]) -> Record:
    return {name: kind.dump(getattr(record, name)) for name, kind in fields.items()}


def _sort_key(record: Record, *names: str) -> tuple:
    # None sorts first; the other values of one field are all text or all numbers. The whole
    # record breaks ties, so records that share their key still come out in one order.
    return (
        *((record[name] is not None, "" if record[name] is None else record[name]) for name in names),
        json.dumps(record, sort_keys=True, ensure_ascii=False),
    )


def _pair_by_occurrence(
    existing: Iterable[T], records: Iterable[Record], existing_key: Callable[[T], object], record_key: Callable[[Record], object]
) -> Iterator[tuple[Record, T | None]]:
    """Pairs each record with the one here that has its key: the n-th record of a key in the file
    with the n-th such record here, or None when there are fewer here. Keys need not be unique,
    so every export can be imported, and importing it again matches everything."""
    pool: dict[object, list[T]] = defaultdict(list)
    for item in existing:
        pool[existing_key(item)].append(item)
    seen: Counter = Counter()
    for record in records:
        key = record_key(record)
        occurrence = seen[key]
        seen[key] += 1
        matches = pool[key]
        yield record, matches[occurrence] if occurrence < len(matches) else None


def _in_list_order(records: Iterable[Record]) -> list[Record]:
    return sorted(records, key=lambda record: _sort_key(record, "position", "created_at", "text"))


@dataclass
class ImportSummary:
    """What an import added and changed, counted by kind of record."""

    added: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)

    @property
    def changed_anything(self) -> bool:
        return bool(+self.added or +self.updated)

    def describe(self) -> str:
        if not self.changed_anything:
            return "Everything in the file was already here. Nothing was changed."
        parts = []
        for verb, counts in (("Added", self.added), ("Updated", self.updated)):
            items = [
                f"{counts[kind]} {LABELS[kind][counts[kind] != 1]}" for kind in LABELS if counts[kind]
            ]
            if items:
                parts.append(f"{verb} {_join(items)}.")
        if +self.updated:
            parts.append("A copy of your data from before the import is kept in the data folder.")
        return " ".join(parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@dataclass(frozen=True)
class ParsedExport:
    """A whole export file, checked field by field and turned into Python values."""

    values: list[Record]
    experiments: list[Record]
    therapist_notes: list[Record]


class ExchangeService:
    def __init__(self, database: Database) -> None:
        self._database = database

    # Export

    def export_document(self) -> dict:
        with self._database.reading() as session:
            values = [_dump(value, VALUE_FIELDS) for value in session.scalars(select(Value))]
            experiments = [
                self._dump_experiment(experiment)
                for experiment in session.scalars(
                    select(Experiment).options(
                        selectinload(Experiment.value),
                        *(selectinload(getattr(Experiment, name)) for name in CHILDREN),
                    )
                )
            ]
            notes = [_dump(note, THERAPIST_NOTE_FIELDS) for note in session.scalars(select(TherapistNote))]
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_by": f"{APP_NAME} {__version__}",
            "values": sorted(values, key=lambda record: _sort_key(record, "name", "created_at")),
            "experiments": sorted(experiments, key=lambda record: _sort_key(record, "created_at", "value")),
            "therapist_notes": sorted(
                notes, key=lambda record: _sort_key(record, "question_number", "noted_on", "created_at", "text")
            ),
        }

    @staticmethod
    def _dump_experiment(experiment: Experiment) -> Record:
        fields = {name: kind for name, kind in EXPERIMENT_FIELDS.items() if name != "value"}
        value = NAME.dump(experiment.value.name) if experiment.value else None
        record: Record = {"value": value} | _dump(experiment, fields)
        record["behaviors"] = _in_list_order(_dump(child, BEHAVIOR_FIELDS) for child in experiment.behaviors)
        record["plan_items"] = _in_list_order(_dump(child, PLAN_ITEM_FIELDS) for child in experiment.plan_items)
        for name in ("diary_entries", "check_ins"):
            _model, fields = CHILDREN[name]
            record[name] = sorted(
                (_dump(child, fields) for child in getattr(experiment, name)), key=lambda child: child["day"]
            )
        return record

    def export_json(self) -> str:
        return json.dumps(self.export_document(), ensure_ascii=False, indent=2) + "\n"

    def write_export(self, path: Path) -> None:
        write_atomically(path, self.export_json().encode("utf-8"))

    # Import

    def import_file(self, path: Path) -> ImportSummary:
        """Merge a whole export file into this data folder in one transaction, or refuse it unchanged."""
        return self.merge(read_export(path))

    def merge(self, parsed: ParsedExport) -> ImportSummary:
        """Add what is new; where the file holds a newer version of writing already here, keep a
        copy of the database first, so the words it replaces can still be found."""
        with self._database.transaction() as session:
            summary = _Merge(session).run(parsed)
            if +summary.updated:
                # Still uncommitted: the copy holds the data as it was before this import.
                backup(self._database.path, BACKUP_OCCASION)
            return summary


def read_export(path: Path) -> ParsedExport:
    """Read and check an export file completely, before anything is written."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refused(path, f"It is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, too large to be an export.")
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(
            f"{path.name} could not be read.", detail=f"{error.strerror or error}. {NOTHING_CHANGED}"
        ) from error
    return parse_export(data, name=path.name)


def _refused(path_or_name: Path | str, reason: str) -> ImportRefused:
    name = path_or_name.name if isinstance(path_or_name, Path) else path_or_name
    return ImportRefused(f"{name} cannot be imported.", detail=f"{reason} {NOTHING_CHANGED}")


def parse_export(data: bytes, *, name: str = "The file") -> ParsedExport:
    foreign = f"It is not a {APP_NAME} export file."
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _refused(name, f"{foreign} (It is not text.)") from None
    except json.JSONDecodeError as error:
        raise _refused(
            name, f"It is damaged: it stops making sense at line {error.lineno}, column {error.colno}."
        ) from None
    except RecursionError:
        raise _refused(name, f"It is damaged: it is nested too deeply. {foreign}") from None
    except ValueError:
        # Python refuses to read a whole number of more than 4,300 digits.
        raise _refused(name, "It is damaged: it holds a number far too long to read.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise _refused(name, foreign)
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refused(name, "It is damaged: its format version is missing or not a number.")
    if version > FORMAT_VERSION:
        raise _refused(
            name,
            f"It was made by a newer {APP_NAME} (export format {version}; this one reads format "
            f"{FORMAT_VERSION}). Update {APP_NAME}, then import it again.",
        )
    try:
        return _Checker().check(document)
    except Invalid as error:
        raise _refused(name, f"It is damaged: {error}.") from None


class _Checker:
    """Checks every object and field of a version 1 document."""

    def check(self, document: dict) -> ParsedExport:
        self._fields(document, {"format", "version", "exported_by", "values", "experiments", "therapist_notes"}, "")
        if not isinstance(document["exported_by"], str):
            raise Invalid("exported_by: expected text")
        values = [
            self._record(raw, VALUE_FIELDS, f"values[{index}]") for index, raw in self._list(document, "values", "")
        ]
        names = {value["name"] for value in values}
        experiments = []
        for index, raw in self._list(document, "experiments", ""):
            where = f"experiments[{index}]"
            experiment = self._record(raw, EXPERIMENT_FIELDS, where, extra=set(CHILDREN))
            if experiment["value"] is not None and experiment["value"] not in names:
                raise Invalid(f"{where}.value: no value named {experiment['value']!r} in the file")
            for name, (_model, fields) in CHILDREN.items():
                children = [
                    self._record(child, fields, f"{where}.{name}[{position}]")
                    for position, child in self._list(raw, name, where)
                ]
                if "day" in fields:
                    self._unique(children, ("day",), f"{where}.{name}", "day")
                experiment[name] = children
            experiments.append(experiment)
        notes = [
            self._record(raw, THERAPIST_NOTE_FIELDS, f"therapist_notes[{index}]")
            for index, raw in self._list(document, "therapist_notes", "")
        ]
        return ParsedExport(values, experiments, notes)

    @staticmethod
    def _fields(raw: object, expected: set[str], where: str) -> None:
        if not isinstance(raw, dict):
            raise Invalid(f"{where or 'the file'}: expected an object")
        missing = sorted(expected - raw.keys())
        if missing:
            raise Invalid(f"{where or 'the file'}: missing {', '.join(missing)}")
        unknown = sorted(raw.keys() - expected)
        if unknown:
            raise Invalid(f"{where or 'the file'}: unknown field {', '.join(unknown)}")

    @staticmethod
    def _list(raw: dict, name: str, where: str) -> Iterable[tuple[int, object]]:
        items = raw[name]
        if not isinstance(items, list):
            raise Invalid(f"{where + '.' if where else ''}{name}: expected a list")
        if len(items) > MAX_COUNT:
            raise Invalid(f"{where + '.' if where else ''}{name}: more than {MAX_COUNT:,} entries")
        return enumerate(items)

    def _record(self, raw: object, fields: dict[str, Kind], where: str, extra: set[str] = frozenset()) -> Record:
        self._fields(raw, set(fields) | extra, where)
        record: Record = {}
        for name, kind in fields.items():
            try:
                record[name] = kind.parse(raw[name])
            except Invalid as error:
                raise Invalid(f"{where}.{name}: {error}") from None
        return record

    @staticmethod
    def _unique(records: list[Record], key: tuple[str, ...], where: str, description: str) -> None:
        seen = set()
        for record in records:
            identity = tuple(record[name] for name in key)
            if identity in seen:
                raise Invalid(f"{where}: two entries with the same {description}")
            seen.add(identity)


class _Merge:
    """Adds what is new and takes the newer of two versions of the same record (by updated_at)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.summary = ImportSummary()

    def run(self, parsed: ParsedExport) -> ImportSummary:
        session = self._session
        values: dict[str, Value] = {}
        for record, existing in _pair_by_occurrence(
            session.scalars(select(Value).order_by(Value.id)), parsed.values, lambda value: value.name.strip(), itemgetter("name")
        ):
            if existing is None:
                existing = self._add(Value, record, VALUE_FIELDS, "values")
            else:
                self._take_newer(existing, record, VALUE_FIELDS, "values", skip={"name"})
            # Experiments name their value; where names repeat, the first value of the name is meant.
            values.setdefault(record["name"], existing)

        fields = {name: kind for name, kind in EXPERIMENT_FIELDS.items() if name != "value"}
        experiments = session.scalars(
            select(Experiment)
            .order_by(Experiment.id)
            .options(selectinload(Experiment.value), *(selectinload(getattr(Experiment, name)) for name in CHILDREN))
        )
        for record, existing in _pair_by_occurrence(
            experiments,
            parsed.experiments,
            lambda experiment: (experiment.value.name.strip() if experiment.value else None, experiment.created_at),
            itemgetter("value", "created_at"),
        ):
            value = values[record["value"]] if record["value"] is not None else None
            if existing is None:
                existing = self._add(Experiment, record, fields, "experiments", value=value)
            else:
                self._take_newer(existing, record, fields, "experiments")
            self._merge_listed(existing, record, "behaviors")
            self._merge_listed(existing, record, "plan_items")
            self._merge_daily(existing, record, "diary_entries")
            self._merge_daily(existing, record, "check_ins")

        for record, existing in _pair_by_occurrence(
            session.scalars(select(TherapistNote).order_by(TherapistNote.id)),
            parsed.therapist_notes,
            lambda note: (note.question_number, note.noted_on, note.created_at),
            itemgetter("question_number", "noted_on", "created_at"),
        ):
            if existing is None:
                self._add(TherapistNote, record, THERAPIST_NOTE_FIELDS, "therapist_notes")
            else:
                self._take_newer(existing, record, THERAPIST_NOTE_FIELDS, "therapist_notes")
        session.flush()
        return self.summary

    def _add(self, model: type, record: Record, fields: dict[str, Kind], kind: str, **links: object) -> object:
        created = model(**{name: record[name] for name in fields}, **links)
        self._session.add(created)
        self.summary.added[kind] += 1
        return created

    def _take_newer(
        self, existing: object, record: Record, fields: dict[str, Kind], kind: str, skip: set[str] = frozenset()
    ) -> None:
        if record["updated_at"] <= existing.updated_at:
            return
        changes = {
            name: record[name]
            for name in fields
            if name not in skip | {"created_at"} and getattr(existing, name) != record[name]
        }
        if set(changes) - {"updated_at"}:
            for name, new in changes.items():
                setattr(existing, name, new)
            self.summary.updated[kind] += 1

    def _merge_listed(self, experiment: Experiment, record: Record, name: str) -> None:
        """Behaviours and plan items: the n-th item with a given text matches the n-th such item here."""
        model, fields = CHILDREN[name]
        for child, existing in _pair_by_occurrence(
            getattr(experiment, name), record[name], attrgetter("text"), itemgetter("text")
        ):
            if existing is None:
                self._add(model, child, fields, name, experiment=experiment)
            else:
                self._take_newer(existing, child, fields, name)

    def _merge_daily(self, experiment: Experiment, record: Record, name: str) -> None:
        """Diary entries and check-ins: one per experiment and day."""
        model, fields = CHILDREN[name]
        by_day = {child.day: child for child in getattr(experiment, name)}
        for child in record[name]:
            existing = by_day.get(child["day"])
            if existing is None:
                self._add(model, child, fields, name, experiment=experiment)
            else:
                self._take_newer(existing, child, fields, name)
