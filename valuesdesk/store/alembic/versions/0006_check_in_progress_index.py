"""an index covering the progress of every experiment

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 19:05:00

The Diary's Progress of all experiments reads every check-in's experiment, day and outcome: with
this index SQLite reads them from the index alone instead of scanning ``check_in`` row by row.
Only an index is added: every row is kept as it was.
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_check_in_experiment_id_day_outcome"), ["experiment_id", "day", "outcome"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("check_in", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_check_in_experiment_id_day_outcome"))
