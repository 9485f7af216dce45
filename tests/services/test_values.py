"""The person's values: named, listed by name, changed whole."""

from __future__ import annotations

import pytest

from valuesdesk.domain import MAX_VALUE_NAME_CHARS
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.values import ValueView


def test_values_are_listed_by_name_whatever_the_case_and_a_value_being_named_is_not(services) -> None:
    services.values.create("kindness")
    services.values.create(" Courage ", "Facing things", " Work ")
    draft = services.experiments.create_draft().id
    services.experiments.save_value(draft, name="", meaning="half a thought", life_domain="")
    listed = services.values.list_values()
    assert [value.name for value in listed] == ["Courage", "kindness"]
    assert listed[0] == ValueView(id=listed[0].id, name="Courage", meaning="Facing things", life_domain="Work")


def test_a_value_is_changed_whole_and_needs_a_name(services) -> None:
    value = services.values.create("Honesty")
    changed = services.values.update(value.id, name="Candour", meaning="Saying what I see", life_domain="Friendship")
    assert services.values.list_values() == (changed,)
    assert (changed.id, changed.meaning) == (value.id, "Saying what I see")
    with pytest.raises(InvalidInput):
        services.values.update(value.id, name="  ", meaning="", life_domain="")
    with pytest.raises(InvalidInput):
        services.values.create("n" * (MAX_VALUE_NAME_CHARS + 1))
    with pytest.raises(NotFound):
        services.values.update(value.id + 1, name="Gone", meaning="", life_domain="")
    assert services.values.list_values() == (changed,)


@pytest.mark.parametrize("unstorable", ["a\x00b", "a\ud800b"])
def test_a_value_refuses_text_that_cannot_be_stored_and_keeps_what_it_had(services, unstorable) -> None:
    value = services.values.create("Honesty", "Saying what I see")
    with pytest.raises(InvalidInput) as refused:
        services.values.update(value.id, name="Honesty", meaning=unstorable, life_domain="")
    assert "cannot be saved" in refused.value.message
    assert services.values.list_values() == (value,)
