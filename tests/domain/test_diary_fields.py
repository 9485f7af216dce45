"""The one table of diary fields: names, labels and mnemonics that every screen and export can trust."""

from __future__ import annotations

import re

import pytest

from valuesdesk.domain import DIARY_FIELDS, CheckInOutcome, FieldKind, diary_field
from valuesdesk.domain.diary_fields import SEARCHED_FIELDS, SENSATIONS


def mnemonic(screen_label: str) -> str:
    [letter] = re.findall(r"&([^&])", screen_label)
    return letter.lower()


def test_names_are_unique_identifiers() -> None:
    names = [field.name for field in DIARY_FIELDS]
    assert len(set(names)) == len(names)
    assert all(name.isidentifier() and name == name.lower() for name in names)


def test_each_screen_label_has_one_mnemonic_and_the_plain_label_drops_it() -> None:
    for field in DIARY_FIELDS:
        # One "&" marks the letter; no "&&" (a literal ampersand), which exports would print doubled.
        assert field.screen_label.count("&") == 1 and "&&" not in field.screen_label, field.name
        assert field.label == field.screen_label.replace("&", "")
        assert field.label.strip() == field.label and field.placeholder, field.name


def test_mnemonics_are_unique_in_the_day_editor() -> None:
    # The day editor's other mnemonics are the check-in's answers: a field may not take their letters.
    answers = [outcome.screen_label for outcome in CheckInOutcome]
    letters = [mnemonic(label) for label in [field.screen_label for field in DIARY_FIELDS] + answers]
    assert len(set(letters)) == len(letters)


def test_labels_are_unique() -> None:
    labels = [field.label.casefold() for field in DIARY_FIELDS]
    assert len(set(labels)) == len(labels)


def test_the_searched_fields_are_the_text_fields_in_the_tables_order() -> None:
    assert tuple(field for field in DIARY_FIELDS if field.kind is FieldKind.TEXT) == SEARCHED_FIELDS
    assert all(field.searched for field in SEARCHED_FIELDS)
    assert not any(field.searched for field in DIARY_FIELDS if field.kind is not FieldKind.TEXT)


@pytest.mark.parametrize(
    ("kind", "empty", "filled"),
    [
        (FieldKind.TEXT, ("", "   ", "\n\t"), ("a", " 🌱 ")),
        (FieldKind.COUNT, (None,), (1, 9_999)),
        (FieldKind.FLAG, (False,), (True,)),
    ],
)
def test_a_field_is_empty_when_it_holds_nothing_a_person_wrote(kind: FieldKind, empty: tuple, filled: tuple) -> None:
    field = next(field for field in DIARY_FIELDS if field.kind is kind)
    assert field.is_empty(field.empty)
    assert all(field.is_empty(value) for value in empty)
    assert not any(field.is_empty(value) for value in filled)


def test_the_fields_of_a_group_stand_together_in_the_table() -> None:
    # Each group is one run of neighbouring fields, under one heading in the editor and the worksheet's order.
    starts = [
        field.group
        for previous, field in zip((None, *DIARY_FIELDS), DIARY_FIELDS, strict=False)
        if field.group and (previous is None or previous.group != field.group)
    ]
    assert len(starts) == len(set(starts))
    assert [field.name for field in DIARY_FIELDS if field.group == SENSATIONS] == ["before", "during", "after"]


def test_fields_are_found_by_name() -> None:
    for field in DIARY_FIELDS:
        assert diary_field(field.name) is field
    with pytest.raises(KeyError):
        diary_field("mood")
