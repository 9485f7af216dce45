"""Everything the person wrote, as records keyed by natural keys: gathered whole, and merged back in.

A :class:`Snapshot` is what leaves a data folder and what comes into one. Its records name each
other by natural keys (a value's name, an experiment's value and creation time, a day), never by
database ids, so that a snapshot means the same in every data folder: merging one twice adds
nothing the second time. A value still being named (a draft's step 1) has no such key: it is
written inside its experiment, and belongs to that experiment alone. The records are msgspec
Structs whose types carry every limit of :mod:`valuesdesk.domain.limits`, as the services count
them; ``valuesdesk.exports`` writes them to a file and reads them back, checking them against
these same types (docs/export-format.md).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Self, TypeVar

import msgspec
from msgspec import Meta, Struct
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from valuesdesk.domain import (
    DAY_NOTE_PLACEHOLDER,
    DIARY_FIELDS,
    MAX_DURATION_DAYS,
    MAX_LIFE_DOMAIN_CHARS,
    MAX_TEXT_CHARS,
    MAX_TIMES_DONE,
    MAX_VALUE_NAME_CHARS,
    MIN_TIMES_DONE,
    STEP_COUNT,
    THERAPIST_NOTE_MAX_CHARS,
    THERAPIST_QUESTION_COUNT,
    CheckInOutcome,
    ExperimentStatus,
    FieldKind,
    dates,
)
from valuesdesk.domain.life_domains import DOMAIN_KEYS, MAX_RATING, MIN_RATING, CheckMoment
from valuesdesk.store.backups import BackupKind, make_backup
from valuesdesk.store.database import Database
from valuesdesk.store.models import (
    Behavior,
    CheckIn,
    DayNote,
    DiaryEntry,
    DomainRatingRow,
    Experiment,
    PlanItem,
    TherapistNote,
    Value,
    ValuesCheck,
)

# How many records one list may hold, and how far a position in a list may go: far above any
# person's writing, low enough that a damaged file cannot ask for endless work.
MAX_ENTRIES = 1_000_000


# Moments and days, each written as text in exactly one way


class _Written:
    """A date or time that a snapshot writes as text in exactly one way, and reads only in that way.

    ``text()`` writes it; ``from_text`` refuses every other spelling (``20261101``, ``2026-W44-7``,
    a time without microseconds, a time zone), because what was read must write the same text again.
    """

    DESCRIPTION: ClassVar[str]  # what is expected, as the refusal of a file says it
    PATTERN: ClassVar[str]  # the text's shape, for the JSON Schema

    def text(self) -> str:
        raise NotImplementedError

    @classmethod
    def parse(cls, text: str) -> Self:
        raise NotImplementedError

    @classmethod
    def from_text(cls, raw: object) -> Self:
        try:
            if not isinstance(raw, str):
                raise ValueError(raw)
            value = cls.parse(raw)
        except ValueError:
            raise ValueError(f"expected {cls.DESCRIPTION}") from None
        if isinstance(value, dt.date) and (out_of_range := dates.check_day_in_range(value)):
            raise ValueError(out_of_range)
        if value.text() != raw:
            raise ValueError(f"expected {cls.DESCRIPTION}")
        return value


class Day(_Written, dt.date):
    DESCRIPTION = "a date as YYYY-MM-DD"
    PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    @classmethod
    def of(cls, day: dt.date) -> Self:
        return cls(day.year, day.month, day.day)

    @classmethod
    def parse(cls, text: str) -> Self:
        return cls.of(dates.parse_iso_day(text))

    def text(self) -> str:
        return self.strftime(dates.ISO_DAY)


class _DateTime(_Written, dt.datetime):
    """A date and time kept without a time zone."""

    @classmethod
    def of(cls, moment: dt.datetime) -> Self:
        return cls.combine(moment.date(), moment.time())

    @classmethod
    def parse(cls, text: str) -> Self:
        # Read leniently (and quickly); from_text then refuses any spelling but the one text() writes.
        return cls.of(dt.datetime.fromisoformat(text))


class Timestamp(_DateTime):
    """A moment in UTC, kept without its time zone as the store keeps it."""

    DESCRIPTION = "a UTC time as YYYY-MM-DDTHH:MM:SS.ffffffZ"
    PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$"

    @classmethod
    def parse(cls, text: str) -> Self:
        return super().parse(text.removesuffix("Z"))

    def text(self) -> str:
        return self.strftime(dates.EXPORT_TIMESTAMP)


class LocalDateTime(_DateTime):
    """A date and time on the person's clock (step 6's plan), without a time zone."""

    DESCRIPTION = "a local date and time as YYYY-MM-DDTHH:MM:SS"
    PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?$"

    def text(self) -> str:
        return self.isoformat()


class TimeOfDay(_Written, dt.time):
    """A time on the person's clock (step 9's check-in), without a time zone."""

    DESCRIPTION = "a time of day as HH:MM:SS"
    PATTERN = r"^[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?$"

    @classmethod
    def of(cls, time: dt.time) -> Self:
        return cls(time.hour, time.minute, time.second, time.microsecond)

    @classmethod
    def parse(cls, text: str) -> Self:
        return cls.of(dt.time.fromisoformat(text))

    def text(self) -> str:
        return self.isoformat()


WRITTEN_TYPES: tuple[type[_Written], ...] = (Day, Timestamp, LocalDateTime, TimeOfDay)


# The records, with every limit in their types


@dataclass(frozen=True)
class Trimmed:
    """Text that the services keep without the spaces around it, and measure without them.

    A file may have such spaces: they are neither counted nor kept (each record strips them),
    as the screens do with what a person types. ``required`` text has at least one character
    that is not a space. The rule is one pattern, which the importer checks and the JSON Schema states.
    """

    what: str  # what is expected, as the refusal of a file says it
    most: int
    required: bool

    @property
    def pattern(self) -> str:
        # \s and str.strip() agree on what a space is: every character for which str.isspace() holds.
        words = rf"\S(?:[\s\S]{{0,{self.most - 2}}}\S)?"
        return rf"^\s*{words if self.required else f'(?:{words})?'}\s*$"

    @property
    def wording(self) -> str:
        size = f"1 to {self.most:,}" if self.required else f"at most {self.most:,}"
        return f"{self.what} of {size} characters, not counting the spaces around it"

    @property
    def refusal(self) -> str:
        return f"expected {self.wording}"

    @property
    def meta(self) -> Meta:
        return Meta(pattern=self.pattern, description=f"{self.wording[0].upper()}{self.wording[1:]}.")


VALUE_NAME = Trimmed("a name", MAX_VALUE_NAME_CHARS, required=True)
LIFE_DOMAIN = Trimmed("text", MAX_LIFE_DOMAIN_CHARS, required=False)
# A behaviour or a plan item: the list refuses an empty one.
ITEM_TEXT = Trimmed("text", MAX_TEXT_CHARS, required=True)
TRIMMED = (VALUE_NAME, LIFE_DOMAIN, ITEM_TEXT)

Text = Annotated[str, Meta(max_length=MAX_TEXT_CHARS)]
Name = Annotated[str, VALUE_NAME.meta]
LifeDomain = Annotated[str, LIFE_DOMAIN.meta]
ItemText = Annotated[str, ITEM_TEXT.meta]
Position = Annotated[int, Meta(ge=0, le=MAX_ENTRIES)]
Count = Annotated[int, Meta(ge=MIN_TIMES_DONE, le=MAX_TIMES_DONE)]
R = TypeVar("R", bound=Struct)
Records = Annotated[tuple[R, ...], Meta(max_length=MAX_ENTRIES)]


class _Record(Struct, frozen=True, forbid_unknown_fields=True):
    """Every record has exactly its fields; ``created_at`` and ``updated_at`` end each one."""

    def _strip(self, *names: str) -> None:
        """Keep these fields (of a Trimmed type) without the spaces around them."""
        for name in names:
            msgspec.structs.force_setattr(self, name, getattr(self, name).strip())


class ValueRecord(_Record, frozen=True):
    """A value, known by its name."""

    name: Name
    meaning: Text
    life_domain: LifeDomain
    created_at: Timestamp
    updated_at: Timestamp

    def __post_init__(self) -> None:
        self._strip("name", "life_domain")


class UnnamedValueRecord(_Record, frozen=True):
    """A value still being named in a draft's step 1: without a name to be known by, it is its experiment's own."""

    meaning: Text
    life_domain: LifeDomain
    created_at: Timestamp
    updated_at: Timestamp

    def __post_init__(self) -> None:
        self._strip("life_domain")


class BehaviorRecord(_Record, frozen=True):
    """A behaviour listed under step 3; ``chosen`` under step 4."""

    position: Position
    text: ItemText
    chosen: bool
    created_at: Timestamp
    updated_at: Timestamp

    def __post_init__(self) -> None:
        self._strip("text")


class PlanItemRecord(_Record, frozen=True):
    """Something to arrange before enacting the value (step 6)."""

    position: Position
    text: ItemText
    done: bool
    due_date: Day | None
    created_at: Timestamp
    updated_at: Timestamp

    def __post_init__(self) -> None:
        self._strip("text")


_DIARY_FIELD_TYPES = {
    FieldKind.TEXT: Text,
    FieldKind.COUNT: Count | None,
    FieldKind.FLAG: bool,
}
# Its fields are those of DIARY_FIELDS, in order, each with its label and placeholder for the schema.
_diary_entry_record = msgspec.defstruct(
    "DiaryEntryRecord",
    [
        ("day", Day),
        *(
            (
                diary_field.name,
                Annotated[
                    _DIARY_FIELD_TYPES[diary_field.kind],
                    Meta(title=diary_field.label, description=diary_field.placeholder),
                ],
            )
            for diary_field in DIARY_FIELDS
        ),
        ("created_at", Timestamp),
        ("updated_at", Timestamp),
    ],
    bases=(_Record,),
    frozen=True,
    module=__name__,
)
_diary_entry_record.__doc__ = "One day of the Daily Reactions Diary (step 8); at most one per experiment and day."
if TYPE_CHECKING:
    # The type checker knows the fixed fields; the diary fields are read by name from DIARY_FIELDS.
    class DiaryEntryRecord(_Record, frozen=True):
        day: Day
        created_at: Timestamp
        updated_at: Timestamp

        def __init__(self, **fields: Any) -> None: ...
else:
    DiaryEntryRecord = _diary_entry_record


class CheckInRecord(_Record, frozen=True):
    """Step 9's daily answer; at most one per experiment and day."""

    day: Day
    outcome: CheckInOutcome
    created_at: Timestamp
    updated_at: Timestamp


class ExperimentRecord(_Record, frozen=True):
    """One run of the ten steps, known by its value's name and its creation time, with its lists.

    ``value`` names one of the snapshot's values; a value still being named is written here whole.
    """

    value: Name | UnnamedValueRecord | None
    status: ExperimentStatus
    current_step: Annotated[int, Meta(ge=1, le=STEP_COUNT)]
    start_date: Day | None
    duration_days: Annotated[int, Meta(ge=1, le=MAX_DURATION_DAYS)]
    reactions: Text
    commit_until: Day | None
    judgments: Text
    plan: Text
    plan_at: LocalDateTime | None
    behave_confirmed: bool
    checkin_time: TimeOfDay | None
    next_session_date: Day | None
    reflection: Text
    completed_at: Timestamp | None
    created_at: Timestamp
    updated_at: Timestamp
    behaviors: Records[BehaviorRecord]
    plan_items: Records[PlanItemRecord]
    diary_entries: Records[DiaryEntryRecord]
    check_ins: Records[CheckInRecord]

    def __post_init__(self) -> None:
        if isinstance(self.value, str):
            self._strip("value")
        for name, what in (("diary_entries", "diary entries"), ("check_ins", "check-ins")):
            days = [record.day for record in getattr(self, name)]
            if len(set(days)) != len(days):
                raise ValueError(f"{name}: two {what} on the same day")

    @property
    def value_name(self) -> str | None:
        """The name of its value; None for no value, or one not yet named."""
        return self.value if isinstance(self.value, str) else None


class TherapistNoteRecord(_Record, frozen=True):
    """A therapist's note on one of the Parallel Values Processes questions."""

    question_number: Annotated[int, Meta(ge=1, le=THERAPIST_QUESTION_COUNT)]
    noted_on: Day
    # The notes service's own limit: a longer note could never be edited again.
    text: Annotated[str, Meta(max_length=THERAPIST_NOTE_MAX_CHARS)]
    created_at: Timestamp
    updated_at: Timestamp


class DayNoteRecord(_Record, frozen=True):
    """The free note of a day, in a try-on or not; at most one per day, never empty."""

    day: Day
    text: Annotated[str, Meta(max_length=MAX_TEXT_CHARS, pattern=r"\S", description=DAY_NOTE_PLACEHOLDER + ".")]
    created_at: Timestamp
    updated_at: Timestamp


Rating = Annotated[
    int | None, Meta(description=f"A whole number from {MIN_RATING} to {MAX_RATING}; null: not rated (skipped).")
]
DomainKey = Annotated[str, Meta(pattern=f"^({'|'.join(DOMAIN_KEYS)})$", description="One of the ten life domains.")]


class DomainRatingRecord(Struct, frozen=True, forbid_unknown_fields=True):
    """One life domain's two ratings in a values check (docs/export-format.md lists the domains)."""

    domain: DomainKey
    importance: Annotated[int, Meta(ge=MIN_RATING, le=MAX_RATING)] | None
    consistency: Annotated[int, Meta(ge=MIN_RATING, le=MAX_RATING)] | None


class CheckLinkRecord(Struct, frozen=True, forbid_unknown_fields=True):
    """The experiment a values check was taken for, by its value's name and creation time, and when."""

    experiment_value: Name | None
    experiment_created_at: Timestamp
    moment: CheckMoment


class ValuesCheckRecord(_Record, frozen=True):
    """A values check: the day it was taken, the try-on it belongs to (if any) and its ratings, one per
    rated domain; known by its creation time."""

    taken_on: Day
    experiment: CheckLinkRecord | None
    ratings: Records[DomainRatingRecord]
    created_at: Timestamp
    updated_at: Timestamp

    def __post_init__(self) -> None:
        domains = [rating.domain for rating in self.ratings]
        if len(set(domains)) != len(domains):
            raise ValueError("ratings: a domain rated twice")


def check_check_links(checks: Iterable[ValuesCheckRecord], experiments: Iterable[ExperimentRecord]) -> None:
    """Every check's experiment is one of the experiments beside it (ValueError names the first that is not)."""
    known = {(experiment.value_name, experiment.created_at) for experiment in experiments}
    for index, check in enumerate(checks):
        link = check.experiment
        if link is not None and (link.experiment_value, link.experiment_created_at) not in known:
            raise ValueError(f"values_checks[{index}].experiment: no such experiment in the file")


def check_value_names(values: Iterable[ValueRecord], experiments: Iterable[ExperimentRecord]) -> None:
    """Every experiment's value is one of the values beside it (ValueError names the first that is not)."""
    names = {value.name for value in values}
    for index, experiment in enumerate(experiments):
        if experiment.value_name is not None and experiment.value_name not in names:
            raise ValueError(f"experiments[{index}].value: no value named {experiment.value_name!r} in the file")


class Snapshot(Struct, frozen=True):
    """Everything in a data folder, or everything a file brings into one."""

    values: Records[ValueRecord]
    experiments: Records[ExperimentRecord]
    therapist_notes: Records[TherapistNoteRecord]
    # Files written before day notes have none.
    day_notes: Records[DayNoteRecord] = ()
    # Files written before values checks have none.
    values_checks: Records[ValuesCheckRecord] = ()

    def __post_init__(self) -> None:
        check_value_names(self.values, self.experiments)
        check_one_note_a_day(self.day_notes)
        check_check_links(self.values_checks, self.experiments)


def check_one_note_a_day(notes: Iterable[DayNoteRecord]) -> None:
    """At most one note per day (ValueError names the first day written twice)."""
    seen: set[dt.date] = set()
    for note in notes:
        if note.day in seen:
            raise ValueError(f"day_notes: two notes on {note.day.text()}")
        seen.add(note.day)


# Each experiment's lists, with the table each is kept in.
CHILDREN: dict[str, tuple[type, type[Struct]]] = {
    "behaviors": (Behavior, BehaviorRecord),
    "plan_items": (PlanItem, PlanItemRecord),
    "diary_entries": (DiaryEntry, DiaryEntryRecord),
    "check_ins": (CheckIn, CheckInRecord),
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
    "day_notes": ("note of a day", "notes of days"),
    "values_checks": ("values check", "values checks"),
}


@functools.cache
def _columns(record_type: type[Struct]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """The record's fields kept in its table's columns of the same names, each with how a column's
    value becomes the record's (a date or time becomes its written type)."""
    info = msgspec.inspect.type_info(record_type)
    assert isinstance(info, msgspec.inspect.StructType)
    linked = set(CHILDREN) | {"value"}
    return tuple((field.name, _from_column(field.type)) for field in info.fields if field.name not in linked)


def _from_column(field_type: msgspec.inspect.Type) -> Callable[[Any], Any]:
    if isinstance(field_type, msgspec.inspect.Metadata):
        field_type = field_type.type
    members = field_type.types if isinstance(field_type, msgspec.inspect.UnionType) else (field_type,)
    written: Any = next((member.cls for member in members if isinstance(member, msgspec.inspect.CustomType)), None)
    if written is None:
        return lambda value: value
    return lambda value: None if value is None else written.of(value)


def _record(record_type: type[R], row: object, **linked: object) -> R:
    columns = {name: convert(getattr(row, name)) for name, convert in _columns(record_type)}
    return record_type(**columns, **linked)


def _row_values(record: Struct) -> dict[str, object]:
    return {name: getattr(record, name) for name, _convert in _columns(type(record))}


@dataclass(frozen=True)
class ImportSummary:
    """What an import added and changed, counted by kind of record (the keys of ``LABELS``)."""

    added: Mapping[str, int] = field(default_factory=Counter)
    updated: Mapping[str, int] = field(default_factory=Counter)

    @property
    def changed_anything(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())

    def describe(self) -> str:
        if not self.changed_anything:
            return "Everything in the file was already here. Nothing was changed."
        parts = []
        for verb, counts in (("Added", self.added), ("Updated", self.updated)):
            items = [f"{counts[kind]} {LABELS[kind][counts[kind] != 1]}" for kind in LABELS if counts.get(kind)]
            if items:
                parts.append(f"{verb} {_join(items)}.")
        if any(self.updated.values()):
            parts.append("A copy of your data from before the import is kept in the backups folder.")
        return " ".join(parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


class ExchangeService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def snapshot(self) -> Snapshot:
        """Everything in the data folder, in the order the store gives it."""
        with self._database.reading() as session:
            experiments = session.scalars(
                select(Experiment).options(
                    selectinload(Experiment.value), *(selectinload(getattr(Experiment, name)) for name in CHILDREN)
                )
            )
            return Snapshot(
                # A value still being named is written with its experiment (_experiment_record).
                values=tuple(
                    _record(ValueRecord, value) for value in session.scalars(select(Value)) if _value_name(value)
                ),
                experiments=tuple(_experiment_record(experiment) for experiment in experiments),
                therapist_notes=tuple(
                    _record(TherapistNoteRecord, note) for note in session.scalars(select(TherapistNote))
                ),
                day_notes=tuple(_record(DayNoteRecord, note) for note in session.scalars(select(DayNote))),
                values_checks=_check_records(session),
            )

    def merge(self, snapshot: Snapshot) -> ImportSummary:
        """Add what is new, in one transaction; when anything changes, keep a checked copy of the
        database first (in the backups folder), so the words an import replaces can still be found
        and an import that only added can be undone."""
        with self._database.transaction() as session:
            merge = _Merge(session)
            merge.run(snapshot)
            if any(merge.updated.values()) or any(merge.added.values()):
                # Still uncommitted: the copy holds the data as it was before this import. A copy
                # that cannot be made (a full disk) stops the import, with nothing changed.
                path = self._database.path
                make_backup(path, path.parent, BackupKind.BEFORE_IMPORT, self._database.key)
        return ImportSummary(added=merge.added, updated=merge.updated)


def _value_name(value: Value | None) -> str | None:
    """The value's name, as ``ExperimentRecord.value_name`` has it: None for no value, or one not yet named."""
    return (value.name.strip() if value is not None else "") or None


def _check_records(session: Session) -> tuple[ValuesCheckRecord, ...]:
    query = select(ValuesCheck).options(
        selectinload(ValuesCheck.ratings), selectinload(ValuesCheck.experiment).selectinload(Experiment.value)
    )
    return tuple(_check_record(check) for check in session.scalars(query))


def _check_record(check: ValuesCheck) -> ValuesCheckRecord:
    experiment, link = check.experiment, None
    if experiment is not None and check.moment is not None:
        link = CheckLinkRecord(_value_name(experiment.value), Timestamp.of(experiment.created_at), check.moment)
    order = {key: index for index, key in enumerate(DOMAIN_KEYS)}
    ratings = sorted(check.ratings, key=lambda row: order.get(row.domain, len(order)))
    return ValuesCheckRecord(
        taken_on=Day.of(check.taken_on),
        experiment=link,
        ratings=tuple(DomainRatingRecord(row.domain, row.importance, row.consistency) for row in ratings),
        created_at=Timestamp.of(check.created_at),
        updated_at=Timestamp.of(check.updated_at),
    )


def _experiment_record(experiment: Experiment) -> ExperimentRecord:
    children = {
        name: tuple(_record(record_type, child) for child in getattr(experiment, name))
        for name, (_model, record_type) in CHILDREN.items()
    }
    value, name = experiment.value, _value_name(experiment.value)
    written = _record(UnnamedValueRecord, value) if value is not None and name is None else name
    return _record(ExperimentRecord, experiment, value=written, **children)


T = TypeVar("T")


def _pair_by_occurrence(
    existing: Iterable[T], records: Iterable[R], existing_key: Callable[[T], object], record_key: Callable[[R], object]
) -> Iterator[tuple[R, T | None]]:
    """Pairs each record with the one here that has its key: the n-th record of a key in the snapshot
    with the n-th such record here, or None when there are fewer here. Keys need not be unique,
    so every export can be imported, and importing it again matches everything."""
    pool: dict[object, list[T]] = defaultdict(list)
    for item in existing:
        pool[existing_key(item)].append(item)
    seen: Counter[object] = Counter()
    for record in records:
        key = record_key(record)
        occurrence = seen[key]
        seen[key] += 1
        matches = pool[key]
        yield record, matches[occurrence] if occurrence < len(matches) else None


class _Merge:
    """Adds what is new and takes the newer of two versions of the same record (by updated_at)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.added: Counter[str] = Counter()
        self.updated: Counter[str] = Counter()

    def run(self, snapshot: Snapshot) -> None:
        session = self._session
        values: dict[str, Value] = {}
        for value_record, value in _pair_by_occurrence(
            session.scalars(select(Value).order_by(Value.id)),
            snapshot.values,
            lambda value: value.name.strip(),
            attrgetter("name"),
        ):
            if value is None:
                value = self._add(Value, value_record, "values")
            else:
                self._take_newer(value, value_record, "values", skip={"name"})
            # Experiments name their value; where names repeat, the first value of the name is meant.
            values.setdefault(value_record.name, value)

        experiments = session.scalars(
            select(Experiment)
            .order_by(Experiment.id)
            .options(selectinload(Experiment.value), *(selectinload(getattr(Experiment, name)) for name in CHILDREN))
        )
        paired: dict[tuple[str | None, dt.datetime], Experiment] = {}
        for record, experiment in _pair_by_occurrence(
            experiments,
            snapshot.experiments,
            lambda experiment: (_value_name(experiment.value), experiment.created_at),
            attrgetter("value_name", "created_at"),
        ):
            if experiment is None:
                named = values[record.value_name] if record.value_name is not None else None
                experiment = self._add(Experiment, record, "experiments", value=named)
            else:
                self._take_newer(experiment, record, "experiments")
            if isinstance(record.value, UnnamedValueRecord):
                self._merge_unnamed_value(experiment, record.value)
            self._merge_listed(experiment, record, "behaviors")
            self._merge_listed(experiment, record, "plan_items")
            self._merge_daily(experiment, record, "diary_entries")
            self._merge_daily(experiment, record, "check_ins")
            # A values check names its try-on as the file does: the experiment just paired with it.
            paired.setdefault((record.value_name, record.created_at), experiment)

        for note_record, note in _pair_by_occurrence(
            session.scalars(select(TherapistNote).order_by(TherapistNote.id)),
            snapshot.therapist_notes,
            lambda note: (note.question_number, note.noted_on, note.created_at),
            attrgetter("question_number", "noted_on", "created_at"),
        ):
            if note is None:
                self._add(TherapistNote, note_record, "therapist_notes")
            else:
                self._take_newer(note, note_record, "therapist_notes")

        # One note a day, as diary entries are one per experiment and day: matched by the day.
        notes_by_day = {note.day: note for note in session.scalars(select(DayNote))}
        for day_note_record in snapshot.day_notes:
            existing = notes_by_day.get(day_note_record.day)
            if existing is None:
                self._add(DayNote, day_note_record, "day_notes")
            else:
                self._take_newer(existing, day_note_record, "day_notes")
        self._merge_checks(snapshot.values_checks, paired)
        session.flush()

    def _add(self, model: Callable[..., T], record: Struct, kind: str, **links: object) -> T:
        created = model(**_row_values(record), **links)
        self._session.add(created)
        self.added[kind] += 1
        return created

    def _take_newer(self, existing: Any, record: Any, kind: str, skip: frozenset[str] | set[str] = frozenset()) -> None:
        if record.updated_at <= existing.updated_at:
            return
        changes = {
            name: new
            for name, new in _row_values(record).items()
            if name not in skip and name != "created_at" and getattr(existing, name) != new
        }
        if set(changes) - {"updated_at"}:
            for name, new in changes.items():
                setattr(existing, name, new)
            self.updated[kind] += 1

    def _merge_unnamed_value(self, experiment: Experiment, record: UnnamedValueRecord) -> None:
        """An experiment's value still being named: its own, so it is matched by the experiment alone."""
        if experiment.value is None:
            experiment.value = self._add(Value, record, "values", name="")
        else:
            self._take_newer(experiment.value, record, "values")

    def _merge_listed(self, experiment: Experiment, record: ExperimentRecord, name: str) -> None:
        """Behaviours and plan items: the n-th item with a given text matches the n-th such item here."""
        model, _record_type = CHILDREN[name]
        for child, existing in _pair_by_occurrence(
            getattr(experiment, name), getattr(record, name), attrgetter("text"), attrgetter("text")
        ):
            if existing is None:
                self._add(model, child, name, experiment=experiment)
            else:
                self._take_newer(existing, child, name)

    def _merge_daily(self, experiment: Experiment, record: ExperimentRecord, name: str) -> None:
        """Diary entries and check-ins: one per experiment and day."""
        model, _record_type = CHILDREN[name]
        by_day = {child.day: child for child in getattr(experiment, name)}
        for child in getattr(record, name):
            existing = by_day.get(child.day)
            if existing is None:
                self._add(model, child, name, experiment=experiment)
            else:
                self._take_newer(existing, child, name)

    def _merge_checks(
        self, records: Iterable[ValuesCheckRecord], experiments: dict[tuple[str | None, dt.datetime], Experiment]
    ) -> None:
        """Values checks, known by their creation time; a newer version replaces the check's day, link
        and ratings as a whole. ``experiments``: the file's experiments (by value name and creation
        time) as merged, which the Snapshot has checked every link against."""
        session = self._session
        checks = session.scalars(
            select(ValuesCheck).order_by(ValuesCheck.id).options(selectinload(ValuesCheck.ratings))
        )
        # By creation time alone: a check moved to another day is still the same check.
        for record, check in _pair_by_occurrence(checks, records, attrgetter("created_at"), attrgetter("created_at")):
            if check is not None and record.updated_at <= check.updated_at:
                continue
            link = record.experiment
            experiment = None if link is None else experiments[(link.experiment_value, link.experiment_created_at)]
            moment = None if link is None else link.moment
            if check is None:
                check = ValuesCheck(created_at=record.created_at, taken_on=record.taken_on)
                session.add(check)
                self.added["values_checks"] += 1
            else:
                self.updated["values_checks"] += 1
            check.taken_on, check.experiment, check.moment = record.taken_on, experiment, moment
            _replace_ratings(check, record.ratings)
            check.updated_at = record.updated_at


def _replace_ratings(check: ValuesCheck, ratings: Iterable[DomainRatingRecord]) -> None:
    """Make the check's ratings those of the file, changing rows in place (one row per domain)."""
    rows = {row.domain: row for row in check.ratings}
    wanted = {rating.domain: rating for rating in ratings}
    for domain, row in rows.items():
        if domain not in wanted:
            check.ratings.remove(row)
    for domain, rating in wanted.items():
        if domain in rows:
            rows[domain].importance, rows[domain].consistency = rating.importance, rating.consistency
        else:
            check.ratings.append(
                DomainRatingRow(domain=domain, importance=rating.importance, consistency=rating.consistency)
            )
