"""Plain vocabulary of the domain, shared by the store, services and UI without heavy imports."""

from __future__ import annotations

import enum


class ExperimentStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    ABANDONED = "abandoned"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class CheckInOutcome(enum.StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"

    @property
    def label(self) -> str:
        return {"yes": "Yes", "partly": "Partly", "no": "No"}[self.value]


LIFE_DOMAINS: tuple[str, ...] = (
    "Family",
    "Intimate relationships",
    "Parenting",
    "Friendship",
    "Work",
    "Education",
    "Recreation",
    "Spirituality",
    "Citizenship",
    "Health",
)

DEFAULT_DURATION_DAYS = 7
STEP_COUNT = 10
THERAPIST_QUESTION_COUNT = 8
THERAPIST_NOTE_MAX_CHARS = 100_000
