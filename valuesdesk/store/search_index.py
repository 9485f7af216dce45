"""The full-text index over the diary: an FTS5 table kept in step with ``diary_entry`` by triggers.

It is made by migration 0002 in plain SQL, outside the ORM models, so schema comparisons skip it.
Its columns are the searched diary fields (``SEARCHED_FIELDS`` of the domain's table). A new
searched field needs a migration that adds the column to ``diary_entry`` and then drops and
creates again ``diary_search`` and its three triggers with the new list of columns, and rebuilds
the index, as 0002 did; tests/store/test_search_index.py fails until the database matches the table.
Batch migrations that rebuild ``diary_entry`` drop its triggers with the old table: such a
migration must create them again (see 0002) and rebuild the index.
"""

from __future__ import annotations

from valuesdesk.domain.diary_fields import SEARCHED_FIELDS

SEARCH_TABLE = "diary_search"

# The diary's searched fields, in the order the worksheet names them.
SEARCHED_COLUMNS: tuple[str, ...] = tuple(field.name for field in SEARCHED_FIELDS)

# Trigram tokens find any part of a word, in any script (CJK has no spaces), and emoji.
# Shorter search words than a trigram cannot use the index and are matched with LIKE.
TRIGRAM_LENGTH = 3


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic's filter: the search table and its shadow tables are not part of the models."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE))


def create_statements() -> tuple[str, ...]:
    """The index and its three triggers as they are now, for a new database made at the newest
    revision (``migrations.create_at_head``); the same SQL as migration 0002 with today's columns."""
    columns = ", ".join(f'"{name}"' for name in SEARCHED_COLUMNS)
    new_values = ", ".join(f'new."{name}"' for name in SEARCHED_COLUMNS)
    old_values = ", ".join(f'old."{name}"' for name in SEARCHED_COLUMNS)
    delete_old = (
        f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, {columns}) VALUES ('delete', old.id, {old_values});"
    )
    insert_new = f"INSERT INTO {SEARCH_TABLE}(rowid, {columns}) VALUES (new.id, {new_values});"
    return (
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5({columns}, "
        "content='diary_entry', content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {SEARCH_TABLE}_after_insert AFTER INSERT ON diary_entry BEGIN {insert_new} END",
        f"CREATE TRIGGER {SEARCH_TABLE}_after_delete AFTER DELETE ON diary_entry BEGIN {delete_old} END",
        f"CREATE TRIGGER {SEARCH_TABLE}_after_update AFTER UPDATE OF {columns} ON diary_entry "
        f"BEGIN {delete_old} {insert_new} END",
    )
