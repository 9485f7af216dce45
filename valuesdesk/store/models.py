"""The typed SQLAlchemy models of everything ValuesDesk stores."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, InstrumentedAttribute, Mapped, mapped_column, relationship

from valuesdesk.domain import DEFAULT_DURATION_DAYS, CheckInOutcome, ExperimentStatus, Lifecycle
from valuesdesk.domain.dates import utc_now
from valuesdesk.domain.life_domains import CheckMoment

# Named constraints let Alembic's batch mode rebuild SQLite tables reliably.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The columns of an experiment that its Lifecycle is made of: they are named as the Lifecycle's
# fields, in the same order (tests/store/test_models.py checks it).
LIFECYCLE_COLUMNS: tuple[str, ...] = tuple(field.name for field in dataclasses.fields(Lifecycle))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Creation and last-change times, in UTC."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


def _enum(enum_class: type) -> Enum:
    return Enum(
        enum_class,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=True,
        length=16,
        name=enum_class.__name__.lower(),
    )


class Value(Timestamped, Base):
    __tablename__ = "value"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    meaning: Mapped[str] = mapped_column(Text, default="")
    life_domain: Mapped[str] = mapped_column(String(100), default="")

    experiments: Mapped[list[Experiment]] = relationship(back_populates="value")


class Experiment(Timestamped, Base):
    """One run of "Ten Steps to Trying on a Value"."""

    __tablename__ = "experiment"
    __table_args__ = (
        CheckConstraint("current_step BETWEEN 1 AND 10", name="current_step_range"),
        CheckConstraint("duration_days >= 1", name="duration_positive"),
        Index(None, "status", "start_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    value_id: Mapped[int | None] = mapped_column(ForeignKey("value.id", ondelete="RESTRICT"), index=True)
    status: Mapped[ExperimentStatus] = mapped_column(_enum(ExperimentStatus), default=ExperimentStatus.DRAFT)
    current_step: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    duration_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_DURATION_DAYS)
    # Step 2: what came up about the value.
    reactions: Mapped[str] = mapped_column(Text, default="")
    # Step 4: the chosen behaviours are committed to until this day.
    commit_until: Mapped[dt.date | None] = mapped_column(Date)
    # Step 5.
    judgments: Mapped[str] = mapped_column(Text, default="")
    # Step 6: how, and when, the value will be enacted.
    plan: Mapped[str] = mapped_column(Text, default="")
    plan_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Step 7: the person read the instruction not to tell others.
    behave_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Step 9: an optional time of day for the daily check-in.
    checkin_time: Mapped[dt.time | None] = mapped_column(Time)
    # Step 10.
    next_session_date: Mapped[dt.date | None] = mapped_column(Date)
    reflection: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    value: Mapped[Value | None] = relationship(back_populates="experiments")
    behaviors: Mapped[list[Behavior]] = relationship(
        back_populates="experiment", order_by="Behavior.position", cascade="all, delete-orphan"
    )
    plan_items: Mapped[list[PlanItem]] = relationship(
        back_populates="experiment", order_by="PlanItem.position", cascade="all, delete-orphan"
    )
    diary_entries: Mapped[list[DiaryEntry]] = relationship(
        back_populates="experiment", order_by="DiaryEntry.day", cascade="all, delete-orphan"
    )
    check_ins: Mapped[list[CheckIn]] = relationship(
        back_populates="experiment", order_by="CheckIn.day", cascade="all, delete-orphan"
    )

    @property
    def lifecycle(self) -> Lifecycle:
        return Lifecycle(*(getattr(self, name) for name in LIFECYCLE_COLUMNS))

    @classmethod
    def lifecycle_columns(cls) -> tuple[InstrumentedAttribute, ...]:
        """The lifecycle's columns, for a query that needs no whole row: ``Lifecycle(*values)`` of a
        row selecting them is the experiment's lifecycle."""
        return tuple(getattr(cls, name) for name in LIFECYCLE_COLUMNS)


class Behavior(Timestamped, Base):
    """A behaviour listed under step 3; ``chosen`` marks those committed to under step 4."""

    __tablename__ = "behavior"
    __table_args__ = (Index(None, "experiment_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiment.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)

    experiment: Mapped[Experiment] = relationship(back_populates="behaviors")


class PlanItem(Timestamped, Base):
    """Something to arrange before enacting the value (step 6)."""

    __tablename__ = "plan_item"
    __table_args__ = (Index(None, "experiment_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiment.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    due_date: Mapped[dt.date | None] = mapped_column(Date)

    experiment: Mapped[Experiment] = relationship(back_populates="plan_items")


class DiaryEntry(Timestamped, Base):
    """The Daily Reactions Diary (step 8) for one experiment and one local calendar day.

    After ``day`` come the columns of ``valuesdesk.domain.diary_fields.DIARY_FIELDS``, one per
    field, in its order: Text (not null, default "") for a text field, a nullable Integer for a
    count and a Boolean (default false) for a flag. They are declared here for Alembic and the
    type checker; tests/store/test_models.py fails until they match the table.

    A new diary field therefore needs, besides its entry in ``DIARY_FIELDS``:
    - its column here, as above;
    - a migration that adds the column and, for a text field (every text field is searched),
      drops and creates again the ``diary_search`` table and its three triggers with the new
      list of columns, then rebuilds the index (as 0002 made them; see store/search_index.py).
    tests/store/test_models.py and tests/store/test_search_index.py fail until both are there.
    Nothing else: the diary service, its search, the day editor and the exports walk the table;
    the sample data leaves a field empty until sentences for it are added to its DIARY_SENTENCES.
    """

    __tablename__ = "diary_entry"
    __table_args__ = (UniqueConstraint("experiment_id", "day"), Index(None, "day"))

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiment.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    others_reactions: Mapped[str] = mapped_column(Text, default="")
    before: Mapped[str] = mapped_column(Text, default="")
    during: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    times_done: Mapped[int | None] = mapped_column(Integer)
    evaluations: Mapped[str] = mapped_column(Text, default="")
    thanked_mind: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    experiment: Mapped[Experiment] = relationship(back_populates="diary_entries")


class CheckIn(Timestamped, Base):
    """Step 9: did I enact the value on this day?"""

    __tablename__ = "check_in"
    # (experiment_id, day, outcome) covers the progress of every experiment: read from the index alone.
    __table_args__ = (
        UniqueConstraint("experiment_id", "day"),
        Index(None, "day"),
        Index(None, "experiment_id", "day", "outcome"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(ForeignKey("experiment.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[CheckInOutcome] = mapped_column(_enum(CheckInOutcome))

    experiment: Mapped[Experiment] = relationship(back_populates="check_ins")


class DayNote(Timestamped, Base):
    """The free note of one local calendar day, on any day, in an experiment's try-on or not.

    Not an experiment's: a day has one note whatever was tried on then. An empty note is no row.
    Searched with LIKE (at most one row a day, so a scan stays short), not in ``diary_search``.
    """

    __tablename__ = "day_note"
    __table_args__ = (UniqueConstraint("day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)


class ValuesCheck(Timestamped, Base):
    """A values check: the ten life domains rated on one day (see domain/life_domains.py).

    Optionally linked to an experiment, taken as its try-on began or ended (``moment``); deleting
    the experiment keeps the check and drops the link (``moment`` alone then means nothing).
    """

    __tablename__ = "values_check"
    __table_args__ = (Index(None, "taken_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_on: Mapped[dt.date] = mapped_column(Date)
    experiment_id: Mapped[int | None] = mapped_column(ForeignKey("experiment.id", ondelete="SET NULL"), index=True)
    moment: Mapped[CheckMoment | None] = mapped_column(_enum(CheckMoment))

    experiment: Mapped[Experiment | None] = relationship()
    ratings: Mapped[list[DomainRatingRow]] = relationship(
        back_populates="check", cascade="all, delete-orphan", order_by="DomainRatingRow.id"
    )


class DomainRatingRow(Base):
    """One domain's two ratings in a check, each a whole number 1–10 or NULL (not rated)."""

    __tablename__ = "domain_rating"
    __table_args__ = (
        UniqueConstraint("check_id", "domain"),
        CheckConstraint("importance BETWEEN 1 AND 10", name="importance_range"),
        CheckConstraint("consistency BETWEEN 1 AND 10", name="consistency_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("values_check.id", ondelete="CASCADE"))
    domain: Mapped[str] = mapped_column(String(32))
    importance: Mapped[int | None] = mapped_column(Integer)
    consistency: Mapped[int | None] = mapped_column(Integer)

    check: Mapped[ValuesCheck] = relationship(back_populates="ratings")


class TherapistNote(Timestamped, Base):
    """A therapist's private, dated note on one of the eight "ask yourself" questions."""

    __tablename__ = "therapist_note"
    __table_args__ = (
        CheckConstraint("question_number BETWEEN 1 AND 8", name="question_number_range"),
        Index(None, "question_number", "noted_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    question_number: Mapped[int] = mapped_column(Integer)
    noted_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")


class ExperimentTombstone(Base):
    """What is kept of a deleted experiment: which one it was and its days, never its words.

    A calendar made before the deletion may still hold the experiment's events; the calendar export
    writes them again as cancelled, under the same event ids (experiment id and creation time), so
    that the calendar removes them.
    """

    __tablename__ = "experiment_tombstone"

    id: Mapped[int] = mapped_column(primary_key=True)
    experiment_id: Mapped[int] = mapped_column(Integer)
    experiment_created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    # The experiment's days, as its columns of the same names held them.
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    duration_days: Mapped[int] = mapped_column(Integer)
    plan_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    checkin_time: Mapped[dt.time | None] = mapped_column(Time)
    next_session_date: Mapped[dt.date | None] = mapped_column(Date)
