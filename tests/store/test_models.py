"""The models hold exactly the domain's diary fields, and an experiment's lifecycle from its columns."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import Boolean, Integer, Text

from valuesdesk.domain import DIARY_FIELDS, ExperimentStatus, FieldKind, Lifecycle
from valuesdesk.store.models import DiaryEntry, Experiment

# What every diary row has besides the fields of the worksheet.
ROW_COLUMNS = {"id", "experiment_id", "day", "created_at", "updated_at"}
# The column each kind of field is stored in: its type, whether it may be NULL, its default.
STORED_AS = {
    FieldKind.TEXT: (Text, False, ""),
    FieldKind.COUNT: (Integer, True, None),
    FieldKind.FLAG: (Boolean, False, False),
}


def test_the_diary_columns_are_the_fields_of_the_table_in_its_order() -> None:
    columns = [column for column in DiaryEntry.__table__.columns if column.name not in ROW_COLUMNS]
    assert [column.name for column in columns] == [field.name for field in DIARY_FIELDS]
    for field, column in zip(DIARY_FIELDS, columns, strict=True):
        kind, nullable, default = STORED_AS[field.kind]
        assert isinstance(column.type, kind), field.name
        assert column.nullable is nullable, field.name
        assert (column.default.arg if column.default is not None else None) == default, field.name


def test_an_experiments_lifecycle_comes_from_its_columns() -> None:
    experiment = Experiment(
        status=ExperimentStatus.COMPLETED,
        start_date=dt.date(2026, 3, 2),
        duration_days=7,
        plan_at=dt.datetime(2026, 3, 1, 18, 30),
        completed_at=dt.datetime(2026, 3, 9, 21),
    )
    lifecycle = experiment.lifecycle
    assert lifecycle == Lifecycle(*(getattr(experiment, field.name) for field in dataclasses.fields(Lifecycle)))
    assert experiment.end_date == lifecycle.end_date == dt.date(2026, 3, 8)
    assert Experiment(duration_days=7).end_date is None
