"""A therapist's private, dated notes on the eight "ask yourself" questions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import select

from valuesdesk.domain import THERAPIST_NOTE_MAX_CHARS, THERAPIST_QUESTION_COUNT, dates
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.checks import check_storable
from valuesdesk.store.database import Database
from valuesdesk.store.models import TherapistNote

NEWEST_FIRST = (TherapistNote.noted_on.desc(), TherapistNote.id.desc())


@dataclass(frozen=True)
class Note:
    """One note as stored."""

    id: int
    question_number: int
    noted_on: dt.date
    text: str


def _view(note: TherapistNote) -> Note:
    return Note(id=note.id, question_number=note.question_number, noted_on=note.noted_on, text=note.text)


def _check_question(question_number: int) -> None:
    if not 1 <= question_number <= THERAPIST_QUESTION_COUNT:
        raise InvalidInput(f"There is no question {question_number}.")


def _check_text(text: str) -> None:
    check_storable("this note", text)
    if len(text) > THERAPIST_NOTE_MAX_CHARS:
        raise InvalidInput(
            f"A note can hold up to {THERAPIST_NOTE_MAX_CHARS:,} characters; this one has {len(text):,}.",
            detail="Shorten it or split it into two notes. Nothing you typed has been thrown away.",
        )


class TherapistNoteService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def notes_for(self, question_number: int) -> tuple[Note, ...]:
        """Newest first."""
        _check_question(question_number)
        with self._database.reading() as session:
            query = select(TherapistNote).where(TherapistNote.question_number == question_number)
            return tuple(_view(note) for note in session.scalars(query.order_by(*NEWEST_FIRST)))

    def notes_by_question(self) -> Mapping[int, tuple[Note, ...]]:
        """Every note, newest first, for each of the eight questions (an empty tuple for none)."""
        notes: dict[int, list[Note]] = {n: [] for n in range(1, THERAPIST_QUESTION_COUNT + 1)}
        with self._database.reading() as session:
            for note in session.scalars(select(TherapistNote).order_by(*NEWEST_FIRST)):
                notes[note.question_number].append(_view(note))
        return MappingProxyType({number: tuple(listed) for number, listed in notes.items()})

    def add(self, question_number: int, text: str, noted_on: dt.date | None = None) -> Note:
        """A new note, dated today unless ``noted_on`` says otherwise."""
        _check_question(question_number)
        _check_text(text)
        with self._database.transaction() as session:
            note = TherapistNote(question_number=question_number, text=text, noted_on=noted_on or dates.today())
            session.add(note)
            session.flush()
            return _view(note)

    def update(self, note_id: int, text: str) -> Note:
        _check_text(text)
        with self._database.transaction() as session:
            note = session.get(TherapistNote, note_id)
            if note is None:
                raise NotFound("That note no longer exists.")
            note.text = text
            session.flush()
            return _view(note)

    def delete(self, note_id: int) -> None:
        """Deleting a note that is already gone is harmless."""
        with self._database.transaction() as session:
            note = session.get(TherapistNote, note_id)
            if note is not None:
                session.delete(note)
