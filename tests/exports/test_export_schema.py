"""docs/export-format.schema.json is the export file's type, generated; the documentation states the same limits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from valuesdesk.domain import (
    MAX_DURATION_DAYS,
    MAX_LIFE_DOMAIN_CHARS,
    MAX_TEXT_CHARS,
    MAX_TIMES_DONE,
    MAX_VALUE_NAME_CHARS,
    MIN_TIMES_DONE,
    STEP_COUNT,
    THERAPIST_NOTE_MAX_CHARS,
    THERAPIST_QUESTION_COUNT,
)
from valuesdesk.exports.export_file import json_schema, schema_text

DOCS = Path(__file__).resolve().parents[2] / "docs"
FIXTURE = Path(__file__).parent / "fixtures" / "export-v1.json"


def test_the_shipped_schema_is_the_one_generated_from_the_export_file_type() -> None:
    shipped = (DOCS / "export-format.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text(), (
        "docs/export-format.schema.json is out of date; regenerate it with "
        "python -c \"from valuesdesk.exports.export_file import schema_text; print(schema_text(), end='')\" "
        "> docs/export-format.schema.json"
    )


def test_the_schema_is_valid_and_a_real_export_fits_it() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    exported = json.loads(FIXTURE.read_bytes())
    jsonschema.validate(exported, schema, cls=jsonschema.Draft202012Validator)
    # So does a draft's value still being named, written whole in its experiment.
    exported["experiments"][0]["value"] = {key: exported["values"][0][key] for key in ("meaning", "life_domain")} | {
        "created_at": "2026-11-25T19:31:24.938546Z",
        "updated_at": "2026-11-25T19:31:24.938546Z",
    }
    jsonschema.validate(exported, schema, cls=jsonschema.Draft202012Validator)


def documented_row(section: str, field: str) -> str:
    """The row of ``field`` in the table under the heading that names ``section`` in export-format.md."""
    text = (DOCS / "export-format.md").read_text(encoding="utf-8")
    heading = next(line for line in text.splitlines() if line.startswith("#") and section in line)
    table = text[text.index(heading) + len(heading) :].split("\n#")[0]
    return next(line for line in table.splitlines() if line.startswith((f"| `{field}`", f"| {field} |")))


@pytest.mark.parametrize(
    ("record", "field", "bounds", "section", "row", "documented"),
    [
        (
            "ValueRecord",
            "meaning",
            {"maxLength": MAX_TEXT_CHARS},
            "Kinds",
            "text",
            f"at most {MAX_TEXT_CHARS:,} characters",
        ),
        (
            "ExperimentRecord",
            "current_step",
            {"minimum": 1, "maximum": STEP_COUNT},
            "experiments[]",
            "current_step",
            f"1–{STEP_COUNT}",
        ),
        (
            "ExperimentRecord",
            "duration_days",
            {"minimum": 1, "maximum": MAX_DURATION_DAYS},
            "experiments[]",
            "duration_days",
            f"1–{MAX_DURATION_DAYS:,}",
        ),
        (
            "DiaryEntryRecord",
            "times_done",
            {"minimum": MIN_TIMES_DONE, "maximum": MAX_TIMES_DONE},
            "diary_entries[]",
            "times_done",
            f"{MIN_TIMES_DONE}–{MAX_TIMES_DONE:,}",
        ),
        (
            "TherapistNoteRecord",
            "question_number",
            {"minimum": 1, "maximum": THERAPIST_QUESTION_COUNT},
            "therapist_notes[]",
            "question_number",
            f"1–{THERAPIST_QUESTION_COUNT}",
        ),
        (
            "TherapistNoteRecord",
            "text",
            {"maxLength": THERAPIST_NOTE_MAX_CHARS},
            "therapist_notes[]",
            "text",
            f"at most {THERAPIST_NOTE_MAX_CHARS:,} characters",
        ),
    ],
)
def test_the_schema_and_the_documentation_state_the_domain_limits(
    record, field, bounds, section, row, documented
) -> None:
    declared = json_schema()["$defs"][record]["properties"][field]
    declared = next(kind for kind in declared.get("anyOf", [declared]) if kind.get("type") != "null")
    assert {key: declared[key] for key in bounds} == bounds
    assert documented in documented_row(section, row)


SPACES = " \t\n\u00a0\u2028"


@pytest.mark.parametrize(
    ("record", "field", "most", "required", "section", "row", "documented"),
    [
        (
            "ValueRecord",
            "name",
            MAX_VALUE_NAME_CHARS,
            True,
            "Kinds",
            "name",
            f"at most {MAX_VALUE_NAME_CHARS:,} characters besides the spaces around it",
        ),
        (
            "ValueRecord",
            "life_domain",
            MAX_LIFE_DOMAIN_CHARS,
            False,
            "values[]",
            "life_domain",
            f"≤ {MAX_LIFE_DOMAIN_CHARS:,} characters besides the spaces around it",
        ),
        (
            "BehaviorRecord",
            "text",
            MAX_TEXT_CHARS,
            True,
            "behaviors[]",
            "text",
            "at least one character that is not a space; the spaces around it are neither counted nor kept",
        ),
        (
            "PlanItemRecord",
            "text",
            MAX_TEXT_CHARS,
            True,
            "plan_items[]",
            "text",
            "at least one character that is not a space",
        ),
    ],
)
def test_text_is_measured_without_the_spaces_around_it_as_the_services_measure_it(
    record, field, most, required, section, row, documented
) -> None:
    pattern = re.compile(json_schema()["$defs"][record]["properties"][field]["pattern"])
    longest = ("w " * most)[: most - 1] + "w"  # spaces inside count
    assert pattern.search(SPACES + longest + SPACES)
    assert not pattern.search("w" * (most + 1))
    assert bool(pattern.search(SPACES)) is not required
    assert bool(pattern.search("")) is not required
    assert documented in documented_row(section, row)
