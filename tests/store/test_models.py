"""The models hold exactly the domain's diary fields, and an experiment's lifecycle from its columns."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Integer, Text, select

from valuesdesk.domain import DIARY_FIELDS, ExperimentStatus, FieldKind, Lifecycle
from valuesdesk.store.models import LIFECYCLE_COLUMNS, DiaryEntry, Experiment

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


def test_an_experiments_lifecycle_comes_from_its_columns(services) -> None:
    planned, completed = dt.datetime(2026, 3, 1, 18, 30), dt.datetime(2026, 3, 9, 21)
    expected = Lifecycle(ExperimentStatus.COMPLETED, dt.date(2026, 3, 2), 7, planned, completed)
    experiment = Experiment(
        status=ExperimentStatus.COMPLETED,
        start_date=dt.date(2026, 3, 2),
        duration_days=7,
        plan_at=planned,
        completed_at=completed,
    )
    assert experiment.lifecycle == expected
    assert Experiment(duration_days=7).lifecycle.end_date is None
    # A query selecting only the lifecycle's columns builds the same lifecycle from its row.
    with services.database.transaction() as session:
        session.add(experiment)
        session.flush()
        [row] = session.execute(select(*Experiment.lifecycle_columns()).where(Experiment.id == experiment.id))
    assert Lifecycle(*row) == expected


def test_every_field_of_the_lifecycle_is_a_column_of_the_experiment() -> None:
    assert set(LIFECYCLE_COLUMNS) <= set(Experiment.__table__.columns.keys())
