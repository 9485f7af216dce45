"""The domain: ValuesDesk's vocabulary and rules in plain Python, with no Qt and no SQLAlchemy.

Every layer imports from here (the UI at paint time, so it must stay cheap to import):
statuses and their transitions, an experiment's lifecycle, the table of diary fields, the
limits of what a person can write, and the one clock.
"""

from valuesdesk.domain.diary_fields import (
    DAY_NOTE_LABEL,
    DAY_NOTE_PLACEHOLDER,
    DAY_NOTE_SCREEN_LABEL,
    DIARY_FIELDS,
    DiaryField,
    FieldKind,
    diary_field,
)
from valuesdesk.domain.lifecycle import UNNAMED_VALUE, ExperimentRef, Lifecycle, Phase, begin_day, value_title
from valuesdesk.domain.limits import (
    DEFAULT_DURATION_DAYS,
    DEMO_MAX_YEARS,
    FIRST_YEAR,
    LAST_YEAR,
    MAX_DURATION_DAYS,
    MAX_LIFE_DOMAIN_CHARS,
    MAX_TEXT_CHARS,
    MAX_TIMES_DONE,
    MAX_VALUE_NAME_CHARS,
    MIN_TIMES_DONE,
    STEP_COUNT,
    THERAPIST_NOTE_MAX_CHARS,
    THERAPIST_QUESTION_COUNT,
    unstorable_text,
)
from valuesdesk.domain.statuses import CHECK_IN_LABEL, CheckInOutcome, DayState, ExperimentStatus
from valuesdesk.domain.vocabulary import LIFE_DOMAINS

__all__ = [
    "CHECK_IN_LABEL",
    "DAY_NOTE_LABEL",
    "DAY_NOTE_PLACEHOLDER",
    "DAY_NOTE_SCREEN_LABEL",
    "DEFAULT_DURATION_DAYS",
    "DEMO_MAX_YEARS",
    "DIARY_FIELDS",
    "FIRST_YEAR",
    "LAST_YEAR",
    "LIFE_DOMAINS",
    "MAX_DURATION_DAYS",
    "MAX_LIFE_DOMAIN_CHARS",
    "MAX_TEXT_CHARS",
    "MAX_TIMES_DONE",
    "MAX_VALUE_NAME_CHARS",
    "MIN_TIMES_DONE",
    "STEP_COUNT",
    "THERAPIST_NOTE_MAX_CHARS",
    "THERAPIST_QUESTION_COUNT",
    "UNNAMED_VALUE",
    "CheckInOutcome",
    "DayState",
    "DiaryField",
    "ExperimentRef",
    "ExperimentStatus",
    "FieldKind",
    "Lifecycle",
    "Phase",
    "begin_day",
    "diary_field",
    "unstorable_text",
    "value_title",
]
