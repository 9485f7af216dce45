"""The fields of the Daily Reactions Diary (worksheet step 8), declared once.

The store's columns, the search index, the day editor, the export schema and every export
format (JSON, CSV, Markdown, PDF) are generated from :data:`DIARY_FIELDS`. Adding a field is one
entry here, its column in ``store/models.py`` ``DiaryEntry`` (tests/store/test_models.py fails until
it is there) and a migration; for a text field the migration also recreates the search index
(see ``store/search_index.py``). Nothing else names the fields.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class FieldKind(enum.Enum):
    TEXT = "text"
    COUNT = "count"  # a whole number from MIN_TIMES_DONE up, or not given
    FLAG = "flag"  # yes or no


_EMPTY: dict[FieldKind, str | int | bool | None] = {FieldKind.TEXT: "", FieldKind.COUNT: None, FieldKind.FLAG: False}


@dataclass(frozen=True)
class DiaryField:
    name: str  # the attribute, the database column and the key in the export file
    # The one label a person reads, on screen and in every export; ``&`` marks the letter that
    # Alt+letter jumps to in the day editor.
    screen_label: str
    placeholder: str  # the hint in an empty field; also the field's description in the schema
    kind: FieldKind = FieldKind.TEXT
    # Fields of one group stand together under the group's heading (side by side where there is room).
    group: str = ""

    @property
    def searched(self) -> bool:
        """Text fields are in the full-text index; numbers and ticks are not."""
        return self.kind is FieldKind.TEXT

    @property
    def empty(self) -> str | int | bool | None:
        """The value of this field when nothing is in it; an entry of only empty fields is no entry."""
        return _EMPTY[self.kind]

    def is_empty(self, value: str | int | bool | None) -> bool:
        """Text of blanks only, no count, no tick."""
        if self.kind is FieldKind.TEXT:
            return not str(value).strip()
        return value == self.empty

    @property
    def label(self) -> str:
        """The label as exports print it and screen readers say it."""
        return self.screen_label.replace("&", "")


SENSATIONS = "Thoughts, feelings and body sensations"

# In the worksheet's order, which is also the editor's tab order and every export's.
DIARY_FIELDS: tuple[DiaryField, ...] = (
    DiaryField("others_reactions", "Others' &reactions to me", "How did people respond to you?"),
    DiaryField("before", "&Before", "Thoughts, feelings, body sensations before", group=SENSATIONS),
    DiaryField("during", "D&uring", "Thoughts, feelings, body sensations while you did it", group=SENSATIONS),
    DiaryField("after", "&After", "Thoughts, feelings, body sensations afterwards", group=SENSATIONS),
    DiaryField(
        "times_done",
        "Ti&mes I have done it",
        "How many times you have done it so far: the 2nd, 5th or 10th time may feel different",
        FieldKind.COUNT,
    ),
    DiaryField(
        "evaluations",
        "Eva&luations and judgments",
        "Was it “good” or “bad”? Judgments of others, or of yourself?",
    ),
    DiaryField(
        "thanked_mind", "I &thanked my mind for those thoughts", "Whether you gently thanked your mind", FieldKind.FLAG
    ),
    DiaryField("notes", "&Notes", "Anything else"),
)

# The free note of a day, kept on any day, in a try-on or not (RedNotebook's core): not a field of an
# experiment's entry but the day's own, so it has its one label here beside the entry's fields.
DAY_NOTE_SCREEN_LABEL = "N&ote for the day"
DAY_NOTE_LABEL = DAY_NOTE_SCREEN_LABEL.replace("&", "")
DAY_NOTE_PLACEHOLDER = "Anything about this day, whether or not you were trying on a value"

SEARCHED_FIELDS: tuple[DiaryField, ...] = tuple(field for field in DIARY_FIELDS if field.searched)
_BY_NAME = {field.name: field for field in DIARY_FIELDS}


def diary_field(name: str) -> DiaryField:
    return _BY_NAME[name]
