"""The ValuesDesk export file: everything, as JSON, and back (docs/export-format.md).

:class:`ExportFile` declares the file once. The importer decodes it strictly against that type
and refuses what does not fit with the place and the reason; docs/export-format.schema.json is
generated from it (:func:`schema_text`). Exporting, importing into an empty folder and exporting
again gives the same bytes: lists are written in one order, and every value in one spelling.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar, get_args

import msgspec
from msgspec import Meta, Struct

from valuesdesk import APP_NAME, __version__
from valuesdesk.domain import dates, unstorable_text
from valuesdesk.exports.operations import refused
from valuesdesk.services.exchange import (
    TRIMMED,
    WRITTEN_TYPES,
    DayNoteRecord,
    ExperimentRecord,
    Records,
    Snapshot,
    TherapistNoteRecord,
    ValueRecord,
    ValuesCheckRecord,
    check_check_links,
    check_one_note_a_day,
    check_value_names,
)

FormatName = Literal["valuesdesk-export"]
FORMAT_NAME: FormatName = get_args(FormatName)[0]
# Version 2 added the notes of days. A file with none is written as version 1, byte for byte as before,
# so that an older ValuesDesk still reads it; one with notes is version 2, which an older one refuses
# with "made by a newer ValuesDesk" rather than as damaged.
# Version 3 added the values checks, on the same terms: a file without any is version 2 or 1 as before.
FORMAT_VERSION = 3
FIRST_VERSION = 1
DAY_NOTES_VERSION = 2
FOREIGN = f"It is not a {APP_NAME} export file."
NUMBER_TOO_LONG = "It is damaged: it holds a number far too long to read."


class ExportFile(Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    """Everything in a ValuesDesk data folder: values, experiments with their lists, therapist notes, the
    notes of days."""

    format: Annotated[FormatName, Meta(description="Always this: anything else is not a ValuesDesk export.")]
    version: Annotated[
        int, Meta(ge=1, le=FORMAT_VERSION, description="The format's version: a newer one is refused, not misread.")
    ]
    exported_by: Annotated[str, Meta(description="The program and version that wrote the file, to inform only.")]
    values: Records[ValueRecord]
    experiments: Records[ExperimentRecord]
    therapist_notes: Records[TherapistNoteRecord]
    # Left out when there are none (every file of version 1).
    day_notes: Annotated[
        Records[DayNoteRecord],
        Meta(description="The free notes of days, one per day at most (since version 2; absent when none)."),
    ] = ()
    values_checks: Annotated[
        Records[ValuesCheckRecord],
        Meta(description="The values checks, ten life domains rated (since version 3; absent when none)."),
    ] = ()

    def __post_init__(self) -> None:
        check_value_names(self.values, self.experiments)
        check_one_note_a_day(self.day_notes)
        check_check_links(self.values_checks, self.experiments)


class _Header(Struct):
    """What a file says it is, read before anything else of it."""

    format: Any = None
    version: Any = None


# Writing


def _as_text(value: object) -> str:
    if isinstance(value, WRITTEN_TYPES):
        return value.text()
    raise NotImplementedError(type(value))


def _sort_key(record: dict[str, Any], *keys: str | int | None) -> tuple[Any, ...]:
    # None sorts first; the other values of one key are all text or all numbers. The whole
    # record breaks ties, so records that share their key still come out in one order.
    return (
        *((key is not None, "" if key is None else key) for key in keys),
        json.dumps(record, sort_keys=True, ensure_ascii=False),
    )


def _by(*names: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    return lambda record: _sort_key(record, *(record[name] for name in names))


def _value_name(experiment: dict[str, Any]) -> str | None:
    # A value still being named, written whole in its experiment, sorts as the name it does not have yet.
    value = experiment["value"]
    return "" if isinstance(value, dict) else value


def _in_order(document: dict[str, Any]) -> None:
    """Sort every list as docs/export-format.md says (an experiment's lists before the experiments)."""
    for experiment in document["experiments"]:
        for name in ("behaviors", "plan_items"):
            experiment[name] = sorted(experiment[name], key=_by("position", "created_at", "text"))
        for name in ("diary_entries", "check_ins"):
            experiment[name] = sorted(experiment[name], key=lambda record: record["day"])
    document["values"] = sorted(document["values"], key=_by("name", "created_at"))
    document["experiments"] = sorted(
        document["experiments"], key=lambda record: _sort_key(record, record["created_at"], _value_name(record))
    )
    document["therapist_notes"] = sorted(
        document["therapist_notes"], key=_by("question_number", "noted_on", "created_at", "text")
    )
    if "day_notes" in document:
        document["day_notes"] = sorted(document["day_notes"], key=lambda record: record["day"])
    if "values_checks" in document:
        document["values_checks"] = sorted(document["values_checks"], key=_by("taken_on", "created_at"))


def _version(snapshot: Snapshot) -> int:
    """The oldest version that holds everything in ``snapshot``, which an older ValuesDesk then still reads."""
    if snapshot.values_checks:
        return FORMAT_VERSION
    return DAY_NOTES_VERSION if snapshot.day_notes else FIRST_VERSION


def json_bytes(snapshot: Snapshot) -> bytes:
    document = msgspec.to_builtins(
        ExportFile(
            format=FORMAT_NAME,
            version=_version(snapshot),
            exported_by=f"{APP_NAME} {__version__}",
            values=snapshot.values,
            experiments=snapshot.experiments,
            therapist_notes=snapshot.therapist_notes,
            day_notes=snapshot.day_notes,
            values_checks=snapshot.values_checks,
        ),
        enc_hook=_as_text,
    )
    _in_order(document)
    # The same bytes as json.dumps(document, ensure_ascii=False, indent=2), which wrote every export before
    # (tests/exports/fixtures/export-v1.json is one), in a third of the time.
    return msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n"


# Reading


def _from_text(expected: type, raw: object) -> object:
    if isinstance(expected, type) and issubclass(expected, WRITTEN_TYPES):
        return expected.from_text(raw)
    raise NotImplementedError(expected)


def read_json(data: bytes, name: str) -> Snapshot:
    """Check a whole export file and return what it holds, or refuse it (ImportRefused) saying why."""
    data = data.removeprefix(codecs.BOM_UTF8)
    _check_header(data, name)
    try:
        exported = msgspec.json.decode(data, type=ExportFile, strict=True, dec_hook=_from_text)
    except msgspec.ValidationError as error:
        raise refused(name, f"It is damaged: {_problem(error)}.") from None
    except (msgspec.DecodeError, RecursionError):
        raise refused(name, _damage(data)) from None
    # A NUL (JSON's "\u0000") cannot be stored or written to a text file: refused with its place. (Half
    # a character, "\ud800", msgspec refuses as damage: _damage names its place.) Only a file that
    # spells one is read a second time.
    unstorable = _unstorable(json.loads(data), "") if b"\\u0000" in data else None
    if unstorable is not None:
        raise refused(name, f"It is damaged: {unstorable}.")
    return Snapshot(
        values=exported.values,
        experiments=exported.experiments,
        therapist_notes=exported.therapist_notes,
        day_notes=exported.day_notes,
        values_checks=exported.values_checks,
    )


def _check_header(data: bytes, name: str) -> None:
    try:
        header = msgspec.json.decode(data, type=_Header)
    except msgspec.ValidationError as error:
        number_too_long = str(error).startswith("Integer value out of range")
        raise refused(name, NUMBER_TOO_LONG if number_too_long else FOREIGN) from None
    except (msgspec.DecodeError, RecursionError):
        raise refused(name, _damage(data)) from None
    if header.format != FORMAT_NAME:
        raise refused(name, FOREIGN)
    version = header.version
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refused(name, "It is damaged: its format version is missing or not a number.")
    if version > FORMAT_VERSION:
        raise refused(
            name,
            f"It was made by a newer {APP_NAME} (export format {version}; this one reads format "
            f"{FORMAT_VERSION}). Update {APP_NAME}, then import it again.",
        )


def _damage(data: bytes) -> str:
    """Why bytes that are not JSON cannot be read, with where they stop making sense (Python's
    reader says where; msgspec only that they do not)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return f"{FOREIGN} (It is not text.)"
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        return f"It is damaged: it stops making sense at line {error.lineno}, column {error.colno}."
    except RecursionError:
        return f"It is damaged: it is nested too deeply. {FOREIGN}"
    except ValueError:
        # Python refuses to read a whole number of more than 4,300 digits.
        return NUMBER_TOO_LONG
    # msgspec refuses half a character (a lone surrogate such as "\ud800"), which Python reads.
    unstorable = _unstorable(document, "")
    if unstorable is not None:
        return f"It is damaged: {unstorable}."
    return "It is damaged: it is not JSON as ValuesDesk writes it."


def _unstorable(item: object, where: str) -> str | None:
    """The first text in ``item`` that cannot be stored, with its place, as the refusals say it."""
    if isinstance(item, str):
        problem = unstorable_text(item)
        return f"{where or 'the file'}: {problem}" if problem else None
    if isinstance(item, dict):
        for key, value in item.items():
            name = key if unstorable_text(key) is None else repr(key)
            found = _unstorable(key, f"{where}.{name}".lstrip(".")) or _unstorable(value, f"{where}.{name}".lstrip("."))
            if found:
                return found
    if isinstance(item, list):
        for index, value in enumerate(item):
            found = _unstorable(value, f"{where}[{index}]")
            if found:
                return found
    return None


# A place in the file as msgspec names it: ".experiments", "[0]".
_STEP = re.compile(r"\.(\w+)|\[(\d+)\]")
_MSGSPEC_WORDS = ("Expected `", "Object ", "Invalid enum value", "Integer value out of range")
_FILE_TYPE = msgspec.inspect.type_info(ExportFile)
M = TypeVar("M", bound=msgspec.inspect.Type)


def _problem(error: msgspec.ValidationError) -> str:
    """The place and the reason, as the person reads them: ``experiments[0].duration_days:
    expected a number from 1 to 366``."""
    message, _at, path = str(error).partition(" - at `$")
    path = path.removesuffix("`")
    where = path.removeprefix(".")
    if not message.startswith(_MSGSPEC_WORDS):
        # A record's own check, which may name a field of the record first ("check_ins: ...").
        if where and re.match(r"\w+: ", message):
            return f"{where}.{message}"
        return f"{where}: {message}" if where else message
    return f"{where or 'the file'}: {_expected(_declared(path), message)}"


def _declared(path: str) -> msgspec.inspect.Type:
    """The type ExportFile declares at ``path``, without its metadata; "or null" and "or" are left to
    :func:`_expected`, except on the way to a field or an entry (which only an object or a list has)."""
    declared = _FILE_TYPE
    for field_name, _index in _STEP.findall(path):
        if field_name:
            struct = _member(declared, msgspec.inspect.StructType)
            declared = next(field.type for field in struct.fields if field.name == field_name)
        else:
            declared = _member(declared, msgspec.inspect.VarTupleType).item_type
    return _bare(declared)


def _bare(declared: msgspec.inspect.Type) -> msgspec.inspect.Type:
    return declared.type if isinstance(declared, msgspec.inspect.Metadata) else declared


def _members(declared: msgspec.inspect.Type) -> list[msgspec.inspect.Type]:
    """The kinds ``declared`` allows, but null."""
    members = declared.types if isinstance(declared, msgspec.inspect.UnionType) else (declared,)
    return [_bare(member) for member in members if not isinstance(member, msgspec.inspect.NoneType)]


def _member(declared: msgspec.inspect.Type, kind: type[M]) -> M:
    return next(member for member in _members(declared) if isinstance(member, kind))


def _kind(declared: msgspec.inspect.Type) -> str:
    return "an object" if isinstance(declared, msgspec.inspect.StructType) else "text"


# What a Trimmed text's pattern stands for, as a person reads it.
_TRIMMED_REFUSALS = {trimmed.pattern: trimmed.refusal for trimmed in TRIMMED}


def _expected(declared: msgspec.inspect.Type, message: str) -> str:
    wrong_kind = ", got `" in message
    named = re.search(r"`(\w+)`$", message)
    if message.startswith("Object missing required field") and named:
        return f"missing {named[1]}"
    if message.startswith("Object contains unknown field") and named:
        return f"unknown field {named[1]}"
    members = _members(declared)
    if len(members) > 1:
        # A value's name or a value still being named: the wrong kind for both, or a name against its rule
        # (an object's own problems are found at its fields).
        if wrong_kind:
            return "expected " + ", ".join(_kind(member) for member in members) + " or null"
        members = [_member(declared, msgspec.inspect.StrType)]
    match members[0]:
        case msgspec.inspect.StructType():
            return "expected an object"
        case msgspec.inspect.VarTupleType(max_length=most):
            return "expected a list" if wrong_kind else f"more than {most:,} entries"
        case msgspec.inspect.StrType(max_length=most, pattern=pattern):
            if wrong_kind:
                return "expected text"
            if pattern is not None:
                return _TRIMMED_REFUSALS.get(pattern, message)
            return f"text longer than {most:,} characters"
        case msgspec.inspect.IntType(ge=low, le=high):
            return "expected a whole number" if wrong_kind else f"expected a number from {low} to {high}"
        case msgspec.inspect.BoolType():
            return "expected true or false"
        case msgspec.inspect.EnumType(cls=choices):
            return "expected one of " + ", ".join(f'"{choice.value}"' for choice in choices)
    return message


# The JSON Schema


def _schema_of(written: type) -> dict[str, Any]:
    if issubclass(written, WRITTEN_TYPES):
        # A day or a moment lies in the days ValuesDesk keeps (domain.limits.FIRST_YEAR to LAST_YEAR).
        kept = f", {dates.range_text()}" if issubclass(written, dt.date) else ""
        return {"type": "string", "pattern": written.PATTERN, "description": f"{written.DESCRIPTION}{kept}"}
    raise NotImplementedError(written)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the export file, generated from :class:`ExportFile`."""
    schema = msgspec.json.schema(ExportFile, schema_hook=_schema_of)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "ValuesDesk export file", **schema}


def schema_text() -> str:
    """docs/export-format.schema.json, as it must read (regenerate it with
    ``python -c "from valuesdesk.exports.export_file import schema_text; print(schema_text(), end='')"``)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
