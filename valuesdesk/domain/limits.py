"""The limits of what a person can write and choose: one home for each, which the services
check, the importer enforces and docs/export-format.md states."""

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
# "How many times have I done it": the diary's spin box and the importer take the same range.
MIN_TIMES_DONE = 1
MAX_TIMES_DONE = 9_999
DEMO_MAX_YEARS = 50
