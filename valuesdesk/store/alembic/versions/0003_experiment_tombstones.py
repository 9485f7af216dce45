"""what is kept of a deleted experiment, for calendars

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 15:40:00

A deleted experiment leaves one row here (its id, creation time and days, never its words), so
that the calendar export can cancel the events a calendar may still hold for it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "experiment_tombstone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("experiment_id", sa.Integer(), nullable=False),
        sa.Column("experiment_created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("duration_days", sa.Integer(), nullable=False),
        sa.Column("plan_at", sa.DateTime(), nullable=True),
        sa.Column("checkin_time", sa.Time(), nullable=True),
        sa.Column("next_session_date", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiment_tombstone")),
    )


def downgrade() -> None:
    op.drop_table("experiment_tombstone")
