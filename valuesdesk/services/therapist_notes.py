"""A therapist's private, dated notes on the eight "ask yourself" questions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from valuesdesk.domain import THERAPIST_QUESTION_COUNT
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.store.database import Database
from valuesdesk.store.models import TherapistNote


class TherapistNoteService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def notes_for(self, question_number: int) -> list[TherapistNote]:
        """Newest first."""
        with self._database.reading() as session:
            query = (
                select(TherapistNote)
                .where(TherapistNote.question_number == question_number)
                .order_by(TherapistNote.noted_on.desc(), TherapistNote.id.desc())
            )
            return list(session.scalars(query))

    def add(self, question_number: int, text: str, noted_on: dt.date | None = None) -> TherapistNote:
        if not 1 <= question_number <= THERAPIST_QUESTION_COUNT:
            raise InvalidInput(f"There is no question {question_number}.")
        with self._database.transaction() as session:
            note = TherapistNote(
                question_number=question_number, text=text, noted_on=noted_on or dt.date.today()
            )
            session.add(note)
            session.flush()
            return note

    def update(self, note_id: int, text: str) -> TherapistNote:
        with self._database.transaction() as session:
            note = session.get(TherapistNote, note_id)
            if note is None:
                raise NotFound("That note no longer exists.")
            note.text = text
            return note

    def delete(self, note_id: int) -> None:
        with self._database.transaction() as session:
            note = session.get(TherapistNote, note_id)
            if note is not None:
                session.delete(note)
