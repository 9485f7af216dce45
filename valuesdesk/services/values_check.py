"""Values checks: the ten life domains rated for importance and consistency, kept over time.

A check is saved as the person goes: ``start`` makes it (dated today unless told otherwise), each
``rate`` stores one domain's two ratings in its own transaction. Views leave as frozen dataclasses;
the arithmetic (composite, gaps) is the domain's (``domain/life_domains.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from valuesdesk.domain import ExperimentStatus, dates
from valuesdesk.domain.life_domains import (
    DOMAIN_KEYS,
    CheckMoment,
    DomainRating,
    composite,
    gaps,
    life_domain,
    rating_problem,
    ratings_in_order,
)
from valuesdesk.domain.lifecycle import ExperimentRef, Lifecycle
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.checks import check_day
from valuesdesk.services.experiments import experiment_ref
from valuesdesk.store.database import Database
from valuesdesk.store.models import DomainRatingRow, Experiment, Value, ValuesCheck

if TYPE_CHECKING:
    from valuesdesk.services.reports import DiaryReport

OLDEST_FIRST = (ValuesCheck.taken_on, ValuesCheck.id)


@dataclass(frozen=True)
class CheckLink:
    """The experiment a check belongs to, and whether it was taken as its try-on began or ended."""

    experiment: ExperimentRef
    moment: CheckMoment


@dataclass(frozen=True)
class ValuesCheckView:
    id: int
    taken_on: dt.date
    ratings: tuple[DomainRating, ...]  # all ten, in the table's order; None where not rated
    link: CheckLink | None

    @property
    def composite(self) -> float | None:
        return composite(self.ratings)

    @property
    def gaps(self) -> tuple[DomainRating, ...]:
        return gaps(self.ratings)

    @property
    def rated_count(self) -> int:
        return sum(rating.rated for rating in self.ratings)

    def rating(self, key: str) -> DomainRating:
        return self.ratings[DOMAIN_KEYS.index(key)]


@dataclass(frozen=True)
class SuggestedCheck:
    """A check the program offers for an experiment's start or end, none having been taken yet."""

    experiment: ExperimentRef
    moment: CheckMoment


@dataclass(frozen=True)
class ChecksAround:
    """The values checks on either side of a try-on, for the diary: taken as it began and as it ended."""

    before: ValuesCheckView | None = None
    after: ValuesCheckView | None = None

    def __bool__(self) -> bool:
        return self.before is not None or self.after is not None


# A check not linked to a try-on still stands for its start or end when taken this close to it.
NEAR_DAYS = 14


def checks_around(checks: Sequence[ValuesCheckView], experiment: ExperimentRef) -> ChecksAround:
    """The check linked to the try-on's start (else the newest rated one in the two weeks up to its first
    day), and the one linked to its end (else the first rated one in the two weeks from its last day)."""
    start, end = experiment.lifecycle.start_date, experiment.lifecycle.end_date
    if start is None or end is None:
        return ChecksAround()
    rated = [check for check in checks if check.rated_count]

    def linked(moment: CheckMoment) -> ValuesCheckView | None:
        found = [c for c in rated if c.link and c.link.experiment.id == experiment.id and c.link.moment is moment]
        return found[-1] if found else None

    near_start = [c for c in rated if c.link is None and 0 <= (start - c.taken_on).days <= NEAR_DAYS]
    near_end = [c for c in rated if c.link is None and 0 <= (c.taken_on - end).days <= NEAR_DAYS]
    before = linked(CheckMoment.START) or (near_start[-1] if near_start else None)
    after = linked(CheckMoment.END) or (near_end[0] if near_end else None)
    return ChecksAround(before, after)


def check_rating(name: str, rating: int | None) -> None:
    problem = rating_problem(rating)
    if problem is not None:
        raise InvalidInput(f"Please give {name} another rating.", detail=f"{problem[0].upper()}{problem[1:]}.")


def _check_domain(key: str) -> None:
    if key not in DOMAIN_KEYS:
        raise InvalidInput(f"There is no life domain “{key}”.")


def check_view(check: ValuesCheck, value_names: dict[int, str]) -> ValuesCheckView:
    """Read inside the session (its ratings and experiment loaded)."""
    experiment = check.experiment
    link = None
    if experiment is not None and check.moment is not None:
        link = CheckLink(experiment_ref(experiment, value_names.get(experiment.id, "")), check.moment)
    ratings = ratings_in_order(DomainRating(row.domain, row.importance, row.consistency) for row in check.ratings)
    return ValuesCheckView(id=check.id, taken_on=check.taken_on, ratings=ratings, link=link)


def _value_names(session: Session) -> dict[int, str]:
    query = select(Experiment.id, Value.name).join(Value, Experiment.value_id == Value.id)
    return {experiment_id: name for experiment_id, name in session.execute(query)}


def _refs(session: Session, *conditions: ColumnElement[bool]) -> tuple[ExperimentRef, ...]:
    """The experiments that meet ``conditions``, by their first day, read as plain rows (no ORM objects)."""
    query = (
        select(Experiment.id, Value.name, *Experiment.lifecycle_columns())
        .outerjoin(Value, Experiment.value_id == Value.id)
        .where(*conditions)
        .order_by(Experiment.start_date, Experiment.id)
    )
    return tuple(ExperimentRef(row[0], row[1] or "", Lifecycle(*row[2:])) for row in session.execute(query))


class ValuesCheckService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_checks(self) -> tuple[ValuesCheckView, ...]:
        """Every check, oldest first. Read as plain rows, not ORM objects: ten years of checks (150 or
        so, 1,500 ratings) in a few milliseconds, as the picture asks for them."""
        with self._database.reading() as session:
            ratings: dict[int, list[DomainRating]] = {}
            query = select(
                DomainRatingRow.check_id,
                DomainRatingRow.domain,
                DomainRatingRow.importance,
                DomainRatingRow.consistency,
            )
            for check_id, key, importance, consistency in session.execute(query):
                ratings.setdefault(check_id, []).append(DomainRating(key, importance, consistency))
            linked = Experiment.id.in_(select(ValuesCheck.experiment_id).where(ValuesCheck.moment.is_not(None)))
            experiments = {ref.id: ref for ref in _refs(session, linked)}
            checks = select(ValuesCheck.id, ValuesCheck.taken_on, ValuesCheck.experiment_id, ValuesCheck.moment)
            return tuple(
                ValuesCheckView(
                    id=check_id,
                    taken_on=taken_on,
                    ratings=ratings_in_order(ratings.get(check_id, ())),
                    link=CheckLink(experiments[experiment_id], moment)
                    if experiment_id in experiments and moment is not None
                    else None,
                )
                for check_id, taken_on, experiment_id, moment in session.execute(checks.order_by(*OLDEST_FIRST))
            )

    def get(self, check_id: int) -> ValuesCheckView:
        with self._database.reading() as session:
            return check_view(self._found(session, check_id), _value_names(session))

    def latest_rating(self, key: str) -> tuple[dt.date, DomainRating] | None:
        """The newest ratings given to one domain (either of the two), with the day of their check."""
        _check_domain(key)
        with self._database.reading() as session:
            query = (
                select(ValuesCheck.taken_on, DomainRatingRow)
                .join(DomainRatingRow.check)
                .where(DomainRatingRow.domain == key)
                .order_by(ValuesCheck.taken_on.desc(), ValuesCheck.id.desc())
                .limit(1)
            )
            row = session.execute(query).first()
            if row is None:
                return None
            taken_on, rating = row
            return taken_on, DomainRating(key, rating.importance, rating.consistency)

    def start(
        self,
        taken_on: dt.date | None = None,
        *,
        experiment_id: int | None = None,
        moment: CheckMoment | None = None,
    ) -> ValuesCheckView:
        """A new check with no rating yet, dated today unless ``taken_on`` says otherwise."""
        taken_on = taken_on or dates.today()
        check_day("the check", taken_on)
        if (experiment_id is None) != (moment is None):
            raise InvalidInput("A check linked to a try-on says whether it was taken as it began or as it ended.")
        with self._database.transaction() as session:
            if experiment_id is not None and session.get(Experiment, experiment_id) is None:
                raise NotFound("That experiment no longer exists.")
            check = ValuesCheck(taken_on=taken_on, experiment_id=experiment_id, moment=moment)
            session.add(check)
            session.flush()
            return check_view(check, _value_names(session))

    def rate(self, check_id: int, key: str, importance: int | None, consistency: int | None) -> ValuesCheckView:
        """Store one domain's two ratings (None: not rated; both None takes the domain out of the check)."""
        _check_domain(key)
        name = life_domain(key).name
        check_rating(f"the importance of {name}", importance)
        check_rating(f"how you lived {name}", consistency)
        with self._database.transaction() as session:
            check = self._found(session, check_id)
            row = next((row for row in check.ratings if row.domain == key), None)
            if importance is None and consistency is None:
                if row is not None:
                    check.ratings.remove(row)
            elif row is None:
                check.ratings.append(DomainRatingRow(domain=key, importance=importance, consistency=consistency))
            else:
                row.importance, row.consistency = importance, consistency
            check.updated_at = dates.utc_now()
            session.flush()
            return check_view(check, _value_names(session))

    def redate(self, check_id: int, taken_on: dt.date) -> ValuesCheckView:
        check_day("the check", taken_on)
        with self._database.transaction() as session:
            check = self._found(session, check_id)
            check.taken_on = taken_on
            session.flush()
            return check_view(check, _value_names(session))

    def delete(self, check_id: int) -> None:
        """Deleting a check that is already gone is harmless."""
        with self._database.transaction() as session:
            check = session.get(ValuesCheck, check_id)
            if check is not None:
                session.delete(check)

    def suggestions(self) -> tuple[SuggestedCheck, ...]:
        """The checks to offer today: for each try-on that has begun (running, or ended and not yet
        completed) without a check at its start, and for each whose days are over without one at its end."""
        today = dates.today()
        with self._database.reading() as session:
            taken = {(row[0], row[1]) for row in session.execute(select(ValuesCheck.experiment_id, ValuesCheck.moment))}
            offered: list[SuggestedCheck] = []
            for ref in _refs(session, Experiment.status == ExperimentStatus.ACTIVE):
                start = ref.lifecycle.start_date
                if start is None or today < start:
                    continue
                if ref.lifecycle.has_ended(today) or ref.lifecycle.day_number(today) == ref.lifecycle.duration_days:
                    if (ref.id, CheckMoment.END) not in taken:
                        offered.append(SuggestedCheck(ref, CheckMoment.END))
                elif (ref.id, CheckMoment.START) not in taken:
                    offered.append(SuggestedCheck(ref, CheckMoment.START))
            return tuple(offered)

    def with_checks(self, report: DiaryReport) -> DiaryReport:
        """The diary ``report`` with each try-on's checks before and after it (``checks_around``)."""
        if not report.experiments:
            return report
        checks = self.list_checks()
        sections = tuple(
            dataclasses.replace(section, values_checks=checks_around(checks, section.ref))
            for section in report.experiments
        )
        return dataclasses.replace(report, experiments=sections)

    def try_on_periods(self) -> tuple[ExperimentRef, ...]:
        """Every experiment that has begun (not abandoned), by its first day: the periods the picture shades."""
        with self._database.reading() as session:
            return _refs(session, Experiment.start_date.is_not(None), Experiment.status != ExperimentStatus.ABANDONED)

    @staticmethod
    def _found(session: Session, check_id: int) -> ValuesCheck:
        check = session.get(ValuesCheck, check_id)
        if check is None:
            raise NotFound("That values check no longer exists.")
        return check
