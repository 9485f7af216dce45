"""The ten life domains and the arithmetic of a values check: one home for both.

The domains are those of the Valued Living Questionnaire (Wilson, Sandoz, Kitchens & Roberts, 2010),
each rated 1–10 for how much it matters (importance) and how much I have lived by it lately
(consistency). Their names and the scoring are facts; the program's words about them are its own.
A domain left without a rating is skipped: it is left out of the composite, never counted as 0.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

MIN_RATING = 1
MAX_RATING = 10


class CheckMoment(enum.StrEnum):
    """When a check linked to an experiment was taken: as its try-on began or as it ended."""

    START = "start"
    END = "end"


@dataclass(frozen=True, slots=True)
class LifeDomain:
    key: str  # stable: stored, exported and imported; never shown
    name: str  # short, as the wizard's "Life domain" list and a value's life domain have it
    description: str  # what the domain covers, as the questionnaire words it (a fact)


LIFE_DOMAIN_TABLE: tuple[LifeDomain, ...] = (
    LifeDomain("family", "Family", "Family (other than marriage or parenting)"),
    LifeDomain("intimate", "Intimate relationships", "Marriage, couples or intimate relations"),
    LifeDomain("parenting", "Parenting", "Parenting"),
    LifeDomain("friendship", "Friendship", "Friends and social life"),
    LifeDomain("work", "Work", "Work"),
    LifeDomain("education", "Education", "Education and training"),
    LifeDomain("recreation", "Recreation", "Recreation and fun"),
    LifeDomain("spirituality", "Spirituality", "Spirituality"),
    LifeDomain("citizenship", "Citizenship", "Citizenship and community life"),
    LifeDomain("health", "Health", "Physical self-care (diet, exercise, sleep)"),
)
DOMAIN_KEYS: tuple[str, ...] = tuple(domain.key for domain in LIFE_DOMAIN_TABLE)
_BY_KEY = {domain.key: domain for domain in LIFE_DOMAIN_TABLE}
_BY_NAME = {domain.name.casefold(): domain for domain in LIFE_DOMAIN_TABLE}


def life_domain(key: str) -> LifeDomain:
    return _BY_KEY[key]


def domain_named(name: str) -> LifeDomain | None:
    """The domain a value's free-text life domain names (any case), or None for words of the person's own."""
    return _BY_NAME.get(name.strip().casefold())


def rating_problem(rating: object) -> str | None:
    """Why ``rating`` is not a rating (a whole number 1–10, or None for "not rated"), or None when it is."""
    if rating is None:
        return None
    if isinstance(rating, bool) or not isinstance(rating, int):
        return f"a rating is a whole number from {MIN_RATING} to {MAX_RATING} or empty, not {rating!r}"
    if not MIN_RATING <= rating <= MAX_RATING:
        return f"a rating is from {MIN_RATING} to {MAX_RATING}, not {rating}"
    return None


@dataclass(frozen=True, slots=True)
class DomainRating:
    """One domain of a check; None is "not rated"."""

    key: str
    importance: int | None = None
    consistency: int | None = None

    @property
    def rated(self) -> bool:
        """Both ratings given: only then does the domain count in the composite and have a gap."""
        return self.importance is not None and self.consistency is not None

    @property
    def product(self) -> int | None:
        if self.importance is None or self.consistency is None:
            return None
        return self.importance * self.consistency

    @property
    def gap(self) -> int | None:
        """How far living falls short of (or goes beyond, when negative) how much the domain matters."""
        if self.importance is None or self.consistency is None:
            return None
        return self.importance - self.consistency


def ratings_in_order(ratings: Iterable[DomainRating]) -> tuple[DomainRating, ...]:
    """One rating per domain in the table's order, a domain without one as "not rated"."""
    given = {rating.key: rating for rating in ratings}
    return tuple(given.get(key, DomainRating(key)) for key in DOMAIN_KEYS)


def composite(ratings: Iterable[DomainRating]) -> float | None:
    """The mean over the rated domains of importance × consistency (1–100); skipped domains are left
    out, not counted as 0. None when no domain is rated."""
    products = [rating.product for rating in ratings if rating.product is not None]
    return sum(products) / len(products) if products else None


def gaps(ratings: Iterable[DomainRating]) -> tuple[DomainRating, ...]:
    """The rated domains, largest gap first; equal gaps by importance (higher first), then the table's order."""
    order = {key: index for index, key in enumerate(DOMAIN_KEYS)}
    rated = [rating for rating in ratings if rating.rated]
    return tuple(sorted(rated, key=lambda r: (-(r.gap or 0), -(r.importance or 0), order[r.key])))
