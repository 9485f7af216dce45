"""Every export lists exactly the fields of DIARY_FIELDS, in its order, with its labels."""

from __future__ import annotations

import csv
import io
import unicodedata

import pytest
from pypdf import PdfReader
from sample_diary import START, add_sample_experiment

from valuesdesk.domain import DIARY_FIELDS, FieldKind
from valuesdesk.exports.diary_document import diary_pdf
from valuesdesk.exports.export_file import json_bytes, json_schema
from valuesdesk.exports.markdown import markdown
from valuesdesk.exports.spreadsheet import csv_bytes

NAMES = [field.name for field in DIARY_FIELDS]
LABELS = [field.label for field in DIARY_FIELDS]
# Something in every field, so that every label is printed.
FILLED = {
    field.name: {FieldKind.TEXT: f"Written in {field.name}.", FieldKind.COUNT: 3, FieldKind.FLAG: True}[field.kind]
    for field in DIARY_FIELDS
}


@pytest.fixture
def report(services):
    experiment_id = add_sample_experiment(services)
    services.diary.save_entry(experiment_id, START, **FILLED)
    return services.reports.diary(experiment_id, START, START)


def test_json_holds_exactly_the_fields_in_order_and_its_schema_their_labels(services, report) -> None:
    import json

    entry = json.loads(json_bytes(services.exchange.snapshot()))["experiments"][0]["diary_entries"][0]
    assert [name for name in entry if name not in ("day", "created_at", "updated_at")] == NAMES
    properties = json_schema()["$defs"]["DiaryEntryRecord"]["properties"]
    assert list(properties) == ["day", *NAMES, "created_at", "updated_at"]
    assert [properties[name]["title"] for name in NAMES] == LABELS
    assert [properties[field.name]["description"] for field in DIARY_FIELDS] == [
        field.placeholder for field in DIARY_FIELDS
    ]


def test_csv_has_a_column_per_field_with_its_label_in_order(report) -> None:
    header, row = list(csv.reader(io.StringIO(csv_bytes(report).decode("utf-8-sig"))))
    assert header[-len(DIARY_FIELDS) :] == LABELS
    assert len(header) == 4 + len(DIARY_FIELDS)
    assert row[-len(DIARY_FIELDS) :] == [
        {FieldKind.TEXT: f"Written in {field.name}.", FieldKind.COUNT: "3", FieldKind.FLAG: "Yes"}[field.kind]
        for field in DIARY_FIELDS
    ]


def test_markdown_shows_every_field_under_its_label_in_order(report) -> None:
    text = markdown(report)
    shown = [line.strip("*") for line in text.splitlines() if line.startswith("**") and line.strip("*") in LABELS]
    assert shown == LABELS


def test_the_pdf_shows_every_field_under_its_label_in_order(qapp, report) -> None:
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "diary.pdf"
        path.write_bytes(diary_pdf(report).data)
        text = " ".join(unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(path).pages)
    text = " ".join(text.split())
    positions = [text.find(label) for label in LABELS]
    assert -1 not in positions, [label for label, at in zip(LABELS, positions, strict=True) if at == -1]
    assert positions == sorted(positions)
