"""The queries behind the calendar's marks, a day, search and progress use indexes: SQLite's plan
for each never reads the whole of ``diary_entry`` or ``check_in`` row by row (a full table scan grows
with every year of writing; the benchmark's ten years are tools/bench.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from valuesdesk.services import Services

HOT_TABLES = ("diary_entry", "check_in")
# "SCAN diary_entry" alone is a full table scan; "SCAN … USING (COVERING) INDEX" walks an index.
FULL_SCAN = re.compile(rf"\bSCAN ({'|'.join(HOT_TABLES)})\b(?! USING)")


@contextmanager
def statements_run(services: Services) -> Iterator[list[tuple[str, object]]]:
    """Every SQL statement (with its parameters) the services send while the block runs."""
    seen: list[tuple[str, object]] = []

    def note(_connection, _cursor, statement, parameters, _context, _executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def plan(services: Services, statement: str, parameters: object) -> list[str]:
    connection = services.database.engine.raw_connection()
    try:
        rows = connection.cursor().execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    finally:
        connection.close()
    return [row[-1] for row in rows]


def the_diary(services: Services, experiment: int) -> dict[str, Callable[[], object]]:
    day = dt.date(2026, 11, 3)
    diary = services.diary
    return {
        "month marks, one experiment": lambda: diary.month_marks(day.replace(day=1), day.replace(day=30), experiment),
        "month marks, all experiments": lambda: diary.month_marks(day.replace(day=1), day.replace(day=30), None),
        "a day, one experiment": lambda: diary.day_entries(day, experiment, day),
        "a day, all experiments": lambda: diary.day_entries(day, None, day),
        "search": lambda: diary.search("shoulders rain"),
        "progress, one experiment": lambda: diary.progress(experiment, day),
        "progress, all experiments": lambda: diary.progress(None, day),
    }


@pytest.mark.parametrize(
    "reading",
    [
        "month marks, one experiment",
        "month marks, all experiments",
        "a day, one experiment",
        "a day, all experiments",
        "search",
        "progress, one experiment",
        "progress, all experiments",
    ],
)
def test_the_hot_queries_never_scan_the_whole_diary_or_check_ins(
    services: Services, make_experiment, reading: str
) -> None:
    experiment = make_experiment()
    services.diary.experiments()  # read once beforehand, as the window does: cached since
    with statements_run(services) as seen:
        the_diary(services, experiment)[reading]()
    assert any(table in statement for statement, _ in seen for table in HOT_TABLES), "nothing of the diary was read"
    plans = {statement: plan(services, statement, parameters) for statement, parameters in seen}
    scans = {statement: steps for statement, steps in plans.items() if any(FULL_SCAN.search(step) for step in steps)}
    assert scans == {}
