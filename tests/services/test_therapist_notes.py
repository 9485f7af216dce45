"""Private notes on the eight "ask yourself" questions: dated, newest first, validated, lasting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from valuesdesk.domain import THERAPIST_NOTE_MAX_CHARS
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services import open_services
from valuesdesk.services.therapist_notes import Note


def test_notes_are_listed_newest_first_per_question(services) -> None:
    notes = services.therapist_notes
    notes.add(2, "older", dt.date(2026, 1, 5))
    notes.add(2, "newest", dt.date(2026, 3, 1))
    notes.add(2, "same day, written later", dt.date(2026, 1, 5))
    notes.add(7, "another question")
    assert [note.text for note in notes.notes_for(2)] == ["newest", "same day, written later", "older"]
    by_question = notes.notes_by_question()
    assert sorted(by_question) == list(range(1, 9))
    assert [note.text for note in by_question[2]] == ["newest", "same day, written later", "older"]
    assert [note.text for note in by_question[7]] == ["another question"]
    assert by_question[1] == ()


def test_a_note_is_dated_today_unless_told(services, clock) -> None:
    note = services.therapist_notes.add(1, "today")
    assert note.noted_on == clock.today
    clock.advance(dt.timedelta(days=1))
    assert services.therapist_notes.notes_for(1)[0].noted_on == note.noted_on


def test_notes_come_back_as_frozen_views_not_database_rows(services) -> None:
    notes = services.therapist_notes
    added = notes.add(5, "a first note", dt.date(2026, 2, 1))
    updated = notes.update(added.id, "a second thought")
    listed = notes.notes_for(5)
    assert updated == listed[0] == Note(added.id, 5, dt.date(2026, 2, 1), "a second thought")
    assert isinstance(listed, tuple) and isinstance(notes.notes_by_question()[5], tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        listed[0].text = "changed behind the service's back"
    with pytest.raises(TypeError):
        notes.notes_by_question()[5] = ()


@pytest.mark.parametrize("question", [0, 9, -1])
def test_there_are_only_eight_questions(services, question: int) -> None:
    with pytest.raises(InvalidInput, match=f"no question {question}"):
        services.therapist_notes.add(question, "text")
    with pytest.raises(InvalidInput):
        services.therapist_notes.notes_for(question)


def test_editing_and_deleting(services) -> None:
    notes = services.therapist_notes
    note = notes.add(3, "first thought")
    notes.update(note.id, "second thought")
    assert [n.text for n in notes.notes_for(3)] == ["second thought"]
    notes.delete(note.id)
    assert notes.notes_for(3) == ()
    notes.delete(note.id)  # already gone: harmless
    with pytest.raises(NotFound):
        notes.update(note.id, "into the void")


def test_unusual_text_is_kept_exactly(services, data_dir) -> None:
    text = "שלום 👩🏽‍⚕️ e\u0301 line one\n\nline three\t" + "x" * (THERAPIST_NOTE_MAX_CHARS - 40)
    text = text[:THERAPIST_NOTE_MAX_CHARS]
    services.therapist_notes.add(4, text)
    services.close()
    reopened = open_services(data_dir)
    try:
        assert reopened.therapist_notes.notes_for(4)[0].text == text
    finally:
        reopened.close()


def test_too_long_a_note_is_refused_with_a_clear_message(services) -> None:
    too_long = "y" * (THERAPIST_NOTE_MAX_CHARS + 1)
    with pytest.raises(InvalidInput, match="up to 100,000 characters") as raised:
        services.therapist_notes.add(1, too_long)
    assert "Nothing you typed has been thrown away" in raised.value.detail
    note = services.therapist_notes.add(1, "short")
    with pytest.raises(InvalidInput):
        services.therapist_notes.update(note.id, too_long)
    assert services.therapist_notes.notes_for(1)[0].text == "short"


@pytest.mark.parametrize("unstorable", ["a\x00b", "a\ud800b"])
def test_a_note_refuses_text_that_cannot_be_stored_and_keeps_what_it_had(services, unstorable) -> None:
    note = services.therapist_notes.add(3, "what I noticed")
    with pytest.raises(InvalidInput) as refused:
        services.therapist_notes.update(note.id, unstorable)
    assert "cannot be saved" in refused.value.message
    assert [kept.text for kept in services.therapist_notes.notes_for(3)] == ["what I noticed"]
