"""full-text search over the diary

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 19:40:00

An FTS5 table with external content (``diary_entry``), kept in step by triggers, with the
trigram tokenizer so that any part of a word, CJK text and emoji can be found. Written as
plain SQL, frozen here, so later changes to the code cannot change what this step did.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

COLUMNS = '"others_reactions", "before", "during", "after", "evaluations", "notes"'
NEW_VALUES = 'new."others_reactions", new."before", new."during", new."after", new."evaluations", new."notes"'
OLD_VALUES = 'old."others_reactions", old."before", old."during", old."after", old."evaluations", old."notes"'


def upgrade() -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE diary_search USING fts5({COLUMNS}, "
        "content='diary_entry', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER diary_search_after_insert AFTER INSERT ON diary_entry BEGIN "
        f"INSERT INTO diary_search(rowid, {COLUMNS}) VALUES (new.id, {NEW_VALUES}); END"
    )
    op.execute(
        "CREATE TRIGGER diary_search_after_delete AFTER DELETE ON diary_entry BEGIN "
        f"INSERT INTO diary_search(diary_search, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD_VALUES}); END"
    )
    op.execute(
        f"CREATE TRIGGER diary_search_after_update AFTER UPDATE OF {COLUMNS} ON diary_entry BEGIN "
        f"INSERT INTO diary_search(diary_search, rowid, {COLUMNS}) VALUES ('delete', old.id, {OLD_VALUES}); "
        f"INSERT INTO diary_search(rowid, {COLUMNS}) VALUES (new.id, {NEW_VALUES}); END"
    )
    op.execute("INSERT INTO diary_search(diary_search) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("diary_search_after_update", "diary_search_after_delete", "diary_search_after_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS diary_search")
