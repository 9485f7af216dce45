"""the free note of a day

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 17:10:00

One note per local calendar day, on any day (in a try-on or not). A new table: every row of the
others is kept as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "day_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_day_note")),
        sa.UniqueConstraint("day", name=op.f("uq_day_note_day")),
    )


def downgrade() -> None:
    op.drop_table("day_note")
