"""The full-text index of the migrated database covers exactly the domain's searched fields."""

from __future__ import annotations

import sqlite3

from valuesdesk.domain.diary_fields import SEARCHED_FIELDS
from valuesdesk.paths import database_path
from valuesdesk.store.search_index import SEARCH_TABLE, SEARCHED_COLUMNS


def test_the_searched_columns_are_the_searched_fields() -> None:
    assert tuple(field.name for field in SEARCHED_FIELDS) == SEARCHED_COLUMNS


def test_the_migrated_index_has_a_column_for_each_searched_field(services) -> None:
    connection = sqlite3.connect(database_path(services.data_dir))
    try:
        indexed = [row[1] for row in connection.execute(f"PRAGMA table_info({SEARCH_TABLE})")]
    finally:
        connection.close()
    assert indexed == list(SEARCHED_COLUMNS)


def test_each_searched_field_is_found_and_forgotten_when_rewritten(services, make_experiment, clock) -> None:
    experiment = make_experiment()
    today = clock.today
    for field in SEARCHED_FIELDS:
        word = f"word{field.name}"
        services.diary.save_entry(experiment, today, **{field.name: f"a {word} here"})
        [hit] = services.diary.search(word).hits
        assert hit.field_name == field.name
        services.diary.save_entry(experiment, today, **{field.name: "something else"})
        assert services.diary.search(word).total == 0, field.name
