"""The ten life domains and the arithmetic of a values check: composite and gaps, skipped domains left out."""

from __future__ import annotations

import pytest

from valuesdesk.domain import LIFE_DOMAINS
from valuesdesk.domain.life_domains import (
    DOMAIN_KEYS,
    LIFE_DOMAIN_TABLE,
    DomainRating,
    composite,
    domain_named,
    gaps,
    rating_problem,
    ratings_in_order,
)


def ratings_from(values: dict[str, tuple[int | None, int | None]]) -> tuple[DomainRating, ...]:
    """All ten domains' ratings from ``{key: (importance, consistency)}``, the others not rated."""
    return ratings_in_order(DomainRating(key, *pair) for key, pair in values.items())


def test_ten_domains_with_stable_keys_and_the_wizards_names() -> None:
    assert len(LIFE_DOMAIN_TABLE) == 10 == len(set(DOMAIN_KEYS))
    assert tuple(domain.name for domain in LIFE_DOMAIN_TABLE) == LIFE_DOMAINS
    assert domain_named(" family ") is LIFE_DOMAIN_TABLE[0]
    assert domain_named("Gardening") is None


def test_composite_is_the_mean_of_importance_times_consistency_over_rated_domains() -> None:
    ratings = ratings_from({"family": (10, 5), "work": (4, 4), "health": (2, 1)})
    assert composite(ratings) == pytest.approx((50 + 16 + 2) / 3)


def test_skipped_domains_are_left_out_not_counted_as_zero() -> None:
    # Half a rating is a skipped domain too: it has no product.
    ratings = ratings_from({"family": (10, 10), "work": (8, None), "health": (None, 3)})
    assert composite(ratings) == 100
    assert [rating.key for rating in gaps(ratings)] == ["family"]
    assert composite(ratings_from({})) is None


def test_gaps_largest_first_then_by_importance_then_table_order() -> None:
    ratings = ratings_from(
        {"family": (6, 6), "work": (9, 2), "health": (8, 3), "friendship": (5, 0 + 1), "education": (3, 7)}
    )
    assert [(rating.key, rating.gap) for rating in gaps(ratings)] == [
        ("work", 7),
        ("health", 5),
        ("friendship", 4),
        ("family", 0),
        ("education", -4),
    ]
    assert [rating.key for rating in gaps(ratings_from({"work": (5, 3), "family": (4, 2), "health": (5, 3)}))] == [
        "work",
        "health",
        "family",
    ]


@pytest.mark.parametrize("rating", [None, 1, 10])
def test_ratings_are_whole_numbers_1_to_10_or_empty(rating: int | None) -> None:
    assert rating_problem(rating) is None


@pytest.mark.parametrize("rating", [0, 11, 5.0, "5", True])
def test_other_ratings_are_refused(rating: object) -> None:
    assert rating_problem(rating) is not None


def test_a_domain_rating_knows_its_gap_and_product() -> None:
    assert DomainRating("work", 9, 4).gap == 5
    assert DomainRating("work", 9, 4).product == 36
    assert DomainRating("work", 9).gap is None
