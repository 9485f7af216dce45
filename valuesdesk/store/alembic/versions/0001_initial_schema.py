"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 19:19:59.638850
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('therapist_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('question_number', sa.Integer(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('question_number BETWEEN 1 AND 8', name=op.f('ck_therapist_note_question_number_range')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_therapist_note'))
    )
    with op.batch_alter_table('therapist_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_therapist_note_question_number_noted_on'), ['question_number', 'noted_on'], unique=False)

    op.create_table('value',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('meaning', sa.Text(), nullable=False),
    sa.Column('life_domain', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_value'))
    )
    op.create_table('experiment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('value_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('draft', 'active', 'completed', 'abandoned', name='experimentstatus', native_enum=False, create_constraint=True, length=16), nullable=False),
    sa.Column('current_step', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('duration_days', sa.Integer(), nullable=False),
    sa.Column('reactions', sa.Text(), nullable=False),
    sa.Column('commit_until', sa.Date(), nullable=True),
    sa.Column('judgments', sa.Text(), nullable=False),
    sa.Column('plan', sa.Text(), nullable=False),
    sa.Column('plan_at', sa.DateTime(), nullable=True),
    sa.Column('behave_confirmed', sa.Boolean(), nullable=False),
    sa.Column('checkin_time', sa.Time(), nullable=True),
    sa.Column('next_session_date', sa.Date(), nullable=True),
    sa.Column('reflection', sa.Text(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('current_step BETWEEN 1 AND 10', name=op.f('ck_experiment_current_step_range')),
    sa.CheckConstraint('duration_days >= 1', name=op.f('ck_experiment_duration_positive')),
    sa.ForeignKeyConstraint(['value_id'], ['value.id'], name=op.f('fk_experiment_value_id_value'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_experiment'))
    )
    with op.batch_alter_table('experiment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_experiment_status_start_date'), ['status', 'start_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_experiment_value_id'), ['value_id'], unique=False)

    op.create_table('behavior',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('experiment_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('chosen', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['experiment_id'], ['experiment.id'], name=op.f('fk_behavior_experiment_id_experiment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_behavior'))
    )
    with op.batch_alter_table('behavior', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_behavior_experiment_id_position'), ['experiment_id', 'position'], unique=False)

    op.create_table('check_in',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('experiment_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('outcome', sa.Enum('yes', 'partly', 'no', name='checkinoutcome', native_enum=False, create_constraint=True, length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['experiment_id'], ['experiment.id'], name=op.f('fk_check_in_experiment_id_experiment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_check_in')),
    sa.UniqueConstraint('experiment_id', 'day', name=op.f('uq_check_in_experiment_id_day'))
    )
    with op.batch_alter_table('check_in', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_check_in_day'), ['day'], unique=False)

    op.create_table('diary_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('experiment_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('others_reactions', sa.Text(), nullable=False),
    sa.Column('before', sa.Text(), nullable=False),
    sa.Column('during', sa.Text(), nullable=False),
    sa.Column('after', sa.Text(), nullable=False),
    sa.Column('times_done', sa.Integer(), nullable=True),
    sa.Column('evaluations', sa.Text(), nullable=False),
    sa.Column('thanked_mind', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['experiment_id'], ['experiment.id'], name=op.f('fk_diary_entry_experiment_id_experiment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_diary_entry')),
    sa.UniqueConstraint('experiment_id', 'day', name=op.f('uq_diary_entry_experiment_id_day'))
    )
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_diary_entry_day'), ['day'], unique=False)

    op.create_table('plan_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('experiment_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['experiment_id'], ['experiment.id'], name=op.f('fk_plan_item_experiment_id_experiment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_item'))
    )
    with op.batch_alter_table('plan_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_plan_item_experiment_id_position'), ['experiment_id', 'position'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('plan_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_plan_item_experiment_id_position'))

    op.drop_table('plan_item')
    with op.batch_alter_table('diary_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_diary_entry_day'))

    op.drop_table('diary_entry')
    with op.batch_alter_table('check_in', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_check_in_day'))

    op.drop_table('check_in')
    with op.batch_alter_table('behavior', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_behavior_experiment_id_position'))

    op.drop_table('behavior')
    with op.batch_alter_table('experiment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_experiment_value_id'))
        batch_op.drop_index(batch_op.f('ix_experiment_status_start_date'))

    op.drop_table('experiment')
    op.drop_table('value')
    with op.batch_alter_table('therapist_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_therapist_note_question_number_noted_on'))

    op.drop_table('therapist_note')
