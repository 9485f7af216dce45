"""Sample data: realistic, repeatable, and never mixed into a folder that holds real data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from valuesdesk.__main__ import main
from valuesdesk.domain.diary_fields import SEARCHED_FIELDS
from valuesdesk.errors import InvalidInput
from valuesdesk.paths import database_path
from valuesdesk.services.demo import DIARY_SENTENCES, write_demo_data
from valuesdesk.store.search_index import SEARCHED_COLUMNS


def rows(path: Path, query: str) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_a_year_of_sample_data_looks_like_a_year_of_use(services, clock) -> None:
    summary = write_demo_data(services.database, years=1)
    path = database_path(services.data_dir)
    assert summary.values >= 5 and summary.therapist_notes >= 10
    assert 12 <= summary.experiments <= 60
    assert 250 <= summary.diary_entries <= 365 and 250 <= summary.check_ins <= 365
    joined = " || ' ' || ".join(f'"{name}"' for name in SEARCHED_COLUMNS)
    texts = rows(path, f"SELECT {joined} FROM diary_entry")
    assert all(150 <= len(text.split()) <= 400 for (text,) in texts)
    statuses = dict(rows(path, "SELECT status, count(*) FROM experiment GROUP BY status"))
    assert statuses["active"] >= 1 and statuses["completed"] >= 10
    assert rows(path, "SELECT count(*) FROM behavior WHERE chosen")[0][0] == summary.experiments
    assert rows(path, "SELECT max(day) FROM check_in")[0][0] == clock.today.isoformat()
    assert services.diary.search("sister").total > 0


def test_the_same_seed_writes_the_same_data(tmp_path: Path) -> None:
    from valuesdesk.services import open_services

    dumps = []
    for name in ("one", "two"):
        opened = open_services(tmp_path / name)
        write_demo_data(opened.database, years=1, seed=7)
        opened.close()
        dumps.append(rows(database_path(tmp_path / name), "SELECT day, notes, times_done FROM diary_entry ORDER BY id"))
    assert dumps[0] == dumps[1]


def test_sample_data_ends_on_the_clocks_today(services, clock) -> None:
    clock.set(dt.date(2027, 3, 1))
    write_demo_data(services.database, years=1)
    assert rows(database_path(services.data_dir), "SELECT max(day) FROM check_in")[0][0] == clock.today.isoformat()


def test_sample_sentences_are_written_into_diary_text_fields() -> None:
    assert set(DIARY_SENTENCES) <= {field.name for field in SEARCHED_FIELDS}


def test_sample_data_is_never_written_over_real_data(services) -> None:
    services.values.create("Honesty")
    with pytest.raises(InvalidInput, match="already holds ValuesDesk data"):
        write_demo_data(services.database, years=1)
    assert [value.name for value in services.values.list_values()] == ["Honesty"]


@pytest.mark.parametrize("data_dir_first", [True, False])
def test_the_demo_command_takes_the_data_folder_before_or_after_it(tmp_path, capsys, data_dir_first) -> None:
    folder = tmp_path / "show"
    arguments = ["demo", "--years", "1"]
    argv = ["--data-dir", str(folder), *arguments] if data_dir_first else [*arguments, "--data-dir", str(folder)]
    assert main(argv) == 0
    assert "Wrote sample data" in capsys.readouterr().out
    assert rows(database_path(folder), "SELECT count(*) FROM diary_entry")[0][0] > 250


def test_the_demo_command_refuses_a_folder_with_data(tmp_path, capsys) -> None:
    folder = tmp_path / "show"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    capsys.readouterr()
    before = rows(database_path(folder), "SELECT count(*) FROM diary_entry")
    assert main(["--data-dir", str(folder), "demo"]) != 0
    assert "already holds ValuesDesk data" in capsys.readouterr().err
    assert rows(database_path(folder), "SELECT count(*) FROM diary_entry") == before


def test_the_demo_command_waits_for_no_running_valuesdesk(services, capsys) -> None:
    assert main(["demo", "--data-dir", str(services.data_dir)]) == 3
    assert "already open" in capsys.readouterr().err
