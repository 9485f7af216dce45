"""A therapist's private, dated notes on the eight "ask yourself" questions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from valuesdesk.domain import THERAPIST_NOTE_MAX_CHARS, THERAPIST_QUESTION_COUNT
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.store.database import Database
from valuesdesk.store.models import TherapistNote

NEWEST_FIRST = (TherapistNote.noted_on.desc(), TherapistNote.id.desc())


def _check_question(question_number: int) -> None:
    if not 1 <= question_number <= THERAPIST_QUESTION_COUNT:
        raise InvalidInput(f"There is no question {question_number}.")


def _check_text(text: str) -> None:
    if len(text) > THERAPIST_NOTE_MAX_CHARS:
        raise InvalidInput(
            f"A note can hold up to {THERAPIST_NOTE_MAX_CHARS:,} characters; this one has {len(text):,}.",
            detail="Shorten it or split it into two notes. Nothing you typed has been thrown away.",
        )


class TherapistNoteService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def notes_for(self, question_number: int) -> list[TherapistNote]:
        """Newest first."""
        _check_question(question_number)
        with self._database.reading() as session:
            query = select(TherapistNote).where(TherapistNote.question_number == question_number)
            return list(session.scalars(query.order_by(*NEWEST_FIRST)))

    def notes_by_question(self) -> dict[int, list[TherapistNote]]:
        """Every note, newest first, for each of the eight questions (an empty list for none)."""
        notes: dict[int, list[TherapistNote]] = {n: [] for n in range(1, THERAPIST_QUESTION_COUNT + 1)}
        with self._database.reading() as session:
            for note in session.scalars(select(TherapistNote).order_by(*NEWEST_FIRST)):
                notes[note.question_number].append(note)
        return notes

    def add(self, question_number: int, text: str, noted_on: dt.date | None = None) -> TherapistNote:
        _check_question(question_number)
        _check_text(text)
        with self._database.transaction() as session:
            note = TherapistNote(
                question_number=question_number, text=text, noted_on=noted_on or dt.date.today()
            )
            session.add(note)
            session.flush()
            return note

    def update(self, note_id: int, text: str) -> TherapistNote:
        _check_text(text)
        with self._database.transaction() as session:
            note = session.get(TherapistNote, note_id)
            if note is None:
                raise NotFound("That note no longer exists.")
            note.text = text
            session.flush()
            return note

    def delete(self, note_id: int) -> None:
        """Deleting a note that is already gone is harmless."""
        with self._database.transaction() as session:
            note = session.get(TherapistNote, note_id)
            if note is not None:
                session.delete(note)
