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
MAX_DURATION_DAYS = 366
MAX_VALUE_NAME_CHARS = 200
MAX_LIFE_DOMAIN_CHARS = 100
STEP_COUNT = 10
THERAPIST_QUESTION_COUNT = 8
THERAPIST_NOTE_MAX_CHARS = 100_000
# The longest text of a value's meaning, an experiment's field, a behaviour, a plan item or a diary
# field: far above anything a person writes in one field, far below what would slow the program down.
MAX_TEXT_CHARS = 1_000_000
DEMO_MAX_YEARS = 50


class DayState(enum.StrEnum):
    """A day of an experiment as the progress picture shows it."""

    ENACTED = "enacted"
    PARTLY = "partly"
    NOT_ENACTED = "not enacted"
    NO_CHECK_IN = "no check-in"
    UPCOMING = "upcoming"

    @classmethod
    def of(cls, outcome: CheckInOutcome) -> DayState:
        return {
            CheckInOutcome.YES: cls.ENACTED,
            CheckInOutcome.PARTLY: cls.PARTLY,
            CheckInOutcome.NO: cls.NOT_ENACTED,
        }[outcome]


# The Daily Reactions Diary's text fields (step 8), in order, with the labels every export shows.
DIARY_TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("others_reactions", "Others' reactions to me"),
    ("before", "Before: thoughts, feelings, body sensations"),
    ("during", "During: thoughts, feelings, body sensations"),
    ("after", "After: thoughts, feelings, body sensations"),
    ("evaluations", "Evaluations and judgments"),
    ("notes", "Notes"),
)
TIMES_DONE_LABEL = "Times I have done it"
THANKED_MIND_LABEL = "I gently thanked my mind"
CHECK_IN_LABEL = "Did I enact the value?"
