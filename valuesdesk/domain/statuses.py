"""Statuses of an experiment and of a day, with the transitions the worksheet allows."""

from __future__ import annotations

import enum

# The daily check-in's question (worksheet step 9), in the diary's first person, on screen and in exports.
CHECK_IN_LABEL = "Did I enact the value?"


class ExperimentStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    COMPLETED = "completed"
    ABANDONED = "abandoned"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def read_only(self) -> bool:
        """Completed and abandoned experiments are kept as they were; their diary stays editable."""
        return self in (ExperimentStatus.COMPLETED, ExperimentStatus.ABANDONED)

    @property
    def unfinished(self) -> bool:
        return not self.read_only

    def can_become(self, other: ExperimentStatus) -> bool:
        return other in TRANSITIONS[self]


# Draft → active when the plan is made (begin); active → completed after the reflection; a draft
# or an active experiment may be set aside. Nothing leaves completed or abandoned.
TRANSITIONS: dict[ExperimentStatus, frozenset[ExperimentStatus]] = {
    ExperimentStatus.DRAFT: frozenset({ExperimentStatus.ACTIVE, ExperimentStatus.ABANDONED}),
    ExperimentStatus.ACTIVE: frozenset({ExperimentStatus.COMPLETED, ExperimentStatus.ABANDONED}),
    ExperimentStatus.COMPLETED: frozenset(),
    ExperimentStatus.ABANDONED: frozenset(),
}


class CheckInOutcome(enum.StrEnum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def screen_label(self) -> str:
        """``label`` with Qt's ``&`` before the letter Alt+letter chooses it by."""
        return {"yes": "&Yes", "partly": "&Partly", "no": "N&o"}[self.value]


class DayState(enum.StrEnum):
    """A day of an experiment as the progress picture shows it."""

    ENACTED = "enacted"
    PARTLY = "partly"
    NOT_ENACTED = "not enacted"
    NO_CHECK_IN = "no check-in"
    UPCOMING = "upcoming"

    @property
    def label(self) -> str:
        """As the progress picture's legend and every export says it, e.g. "No check-in"."""
        return self.value.capitalize()

    @classmethod
    def of(cls, outcome: CheckInOutcome) -> DayState:
        return {
            CheckInOutcome.YES: cls.ENACTED,
            CheckInOutcome.PARTLY: cls.PARTLY,
            CheckInOutcome.NO: cls.NOT_ENACTED,
        }[outcome]
