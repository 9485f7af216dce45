"""Every export lists exactly the fields of DIARY_FIELDS, in its order, with its labels, and nothing else."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest
from pypdf import PdfReader
from sample_diary import START, add_sample_experiment

from valuesdesk.domain import CHECK_IN_LABEL, DAY_NOTE_LABEL, DIARY_FIELDS, FieldKind
from valuesdesk.domain.dates import long_date
from valuesdesk.exports.diary_document import diary_pdf
from valuesdesk.exports.export_file import json_bytes, json_schema
from valuesdesk.exports.markdown import markdown
from valuesdesk.exports.spreadsheet import csv_bytes

NAMES = [field.name for field in DIARY_FIELDS]
LABELS = [field.label for field in DIARY_FIELDS]
# Something in every field, so that every label is printed; each as a cell of the spreadsheet shows it.
FILLED = {
    field.name: {FieldKind.TEXT: f"My words for {field.label}.", FieldKind.COUNT: 3, FieldKind.FLAG: True}[field.kind]
    for field in DIARY_FIELDS
}
SHOWN = {
    field.name: {FieldKind.TEXT: f"My words for {field.label}.", FieldKind.COUNT: "3", FieldKind.FLAG: "Yes"}[
        field.kind
    ]
    for field in DIARY_FIELDS
}
# The sample's answer to the check-in on its first day.
CHECKED_IN = f"{CHECK_IN_LABEL} Yes"


@pytest.fixture
def report(services, clock):
    clock.set(START)  # the day written about has come
    experiment_id = add_sample_experiment(services)
    services.diary.save_entry(experiment_id, START, **FILLED)
    return services.reports.diary(experiment_id, START, START)


def test_json_holds_exactly_the_fields_in_order_and_its_schema_their_labels(services, report) -> None:
    entry = json.loads(json_bytes(services.exchange.snapshot()))["experiments"][0]["diary_entries"][0]
    assert list(entry) == ["day", *NAMES, "created_at", "updated_at"]
    properties = json_schema()["$defs"]["DiaryEntryRecord"]["properties"]
    assert list(properties) == ["day", *NAMES, "created_at", "updated_at"]
    assert [properties[name]["title"] for name in NAMES] == LABELS
    assert [properties[field.name]["description"] for field in DIARY_FIELDS] == [
        field.placeholder for field in DIARY_FIELDS
    ]


def test_csv_has_exactly_a_column_per_field_with_its_label_in_order(report) -> None:
    header, row = list(csv.reader(io.StringIO(csv_bytes(report).decode("utf-8-sig"))))
    # The day's note is the day's own, not a field: its column comes after the fields.
    assert header == ["Value", "Date", "Day", CHECK_IN_LABEL, *LABELS, DAY_NOTE_LABEL]
    assert row[-len(DIARY_FIELDS) - 1 : -1] == [SHOWN[name] for name in NAMES]


def test_markdown_shows_every_field_under_its_label_in_order_and_no_other(report) -> None:
    text = markdown(report)
    day = text[text.index("\n### ") :]
    # Every paragraph of the day after its heading: the check-in, then each field's bold label and its text.
    blocks = day.strip().split("\n\n")[1:]
    assert blocks == [
        f"**{CHECK_IN_LABEL}** Yes",
        *(part for name, label in zip(NAMES, LABELS, strict=True) for part in (f"**{label}**", SHOWN[name])),
    ]


def test_the_pdf_shows_every_field_under_its_label_in_order_and_no_other(qapp, report, tmp_path) -> None:
    path = tmp_path / "diary.pdf"
    path.write_bytes(diary_pdf(report))
    pages = [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]
    # The day's page: everything after its heading, up to the footer.
    heading = f"Day 1 · {long_date(START)} "
    [day] = [text for text in pages if heading in text]
    between = day.split(heading, 1)[1].split(" Daily Reactions Diary ·")[0]
    assert between == " ".join(
        [CHECKED_IN, *(f"{label} {SHOWN[name]}" for name, label in zip(NAMES, LABELS, strict=True))]
    )
