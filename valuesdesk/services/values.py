"""The person's values: what they care about, reusable across experiments."""

from __future__ import annotations

from sqlalchemy import func, select

from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.store.database import Database
from valuesdesk.store.models import Value


class ValueService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_values(self) -> list[Value]:
        """The person's named values, by name (a value still being named in a draft is not listed)."""
        with self._database.reading() as session:
            return list(session.scalars(select(Value).where(Value.name != "").order_by(func.lower(Value.name))))

    def create(self, name: str, meaning: str = "", life_domain: str = "") -> Value:
        name = name.strip()
        if not name:
            raise InvalidInput("A value needs a name.")
        with self._database.transaction() as session:
            value = Value(name=name, meaning=meaning, life_domain=life_domain)
            session.add(value)
            session.flush()
            return value

    def update(self, value_id: int, *, name: str, meaning: str, life_domain: str) -> Value:
        name = name.strip()
        if not name:
            raise InvalidInput("A value needs a name.")
        with self._database.transaction() as session:
            value = session.get(Value, value_id)
            if value is None:
                raise NotFound("That value no longer exists.")
            value.name, value.meaning, value.life_domain = name, meaning, life_domain
            return value
