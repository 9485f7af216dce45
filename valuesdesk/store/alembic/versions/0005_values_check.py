"""values checks: the ten life domains rated, over time

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 18:25:00

A values check (a day, optionally an experiment and whether it was taken as the try-on began or
ended) and its ratings, one row per rated domain. New tables: every row of the others is kept as it was.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "values_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("experiment_id", sa.Integer(), nullable=True),
        sa.Column(
            "moment",
            sa.Enum("start", "end", name="checkmoment", native_enum=False, create_constraint=True, length=16),
            nullable=True,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["experiment_id"],
            ["experiment.id"],
            name=op.f("fk_values_check_experiment_id_experiment"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_values_check")),
    )
    op.create_index(op.f("ix_values_check_taken_on"), "values_check", ["taken_on"], unique=False)
    op.create_index(op.f("ix_values_check_experiment_id"), "values_check", ["experiment_id"], unique=False)
    op.create_table(
        "domain_rating",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("domain", sa.String(length=32), nullable=False),
        sa.Column("importance", sa.Integer(), nullable=True),
        sa.Column("consistency", sa.Integer(), nullable=True),
        sa.CheckConstraint("importance BETWEEN 1 AND 10", name=op.f("ck_domain_rating_importance_range")),
        sa.CheckConstraint("consistency BETWEEN 1 AND 10", name=op.f("ck_domain_rating_consistency_range")),
        sa.ForeignKeyConstraint(
            ["check_id"], ["values_check.id"], name=op.f("fk_domain_rating_check_id_values_check"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_domain_rating")),
        sa.UniqueConstraint("check_id", "domain", name=op.f("uq_domain_rating_check_id_domain")),
    )


def downgrade() -> None:
    op.drop_table("domain_rating")
    op.drop_index(op.f("ix_values_check_experiment_id"), table_name="values_check")
    op.drop_index(op.f("ix_values_check_taken_on"), table_name="values_check")
    op.drop_table("values_check")
