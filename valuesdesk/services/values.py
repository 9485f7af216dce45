"""The person's values: what they care about, reusable across experiments."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from valuesdesk.domain import MAX_LIFE_DOMAIN_CHARS, MAX_VALUE_NAME_CHARS
from valuesdesk.errors import InvalidInput, NotFound
from valuesdesk.services.checks import check_storable, check_text
from valuesdesk.store.database import Database
from valuesdesk.store.models import Value


@dataclass(frozen=True)
class ValueView:
    """A value as the screens read it; ``name`` is empty while step 1 of a draft is still naming it."""

    id: int
    name: str
    meaning: str
    life_domain: str


def value_view(value: Value) -> ValueView:
    return ValueView(id=value.id, name=value.name, meaning=value.meaning, life_domain=value.life_domain)


def check_value_fields(name: str, meaning: str, life_domain: str) -> None:
    """The limits an export file is checked against on import, so that every export can be imported."""
    if len(name) > MAX_VALUE_NAME_CHARS:
        raise InvalidInput(f"Please keep the name of a value under {MAX_VALUE_NAME_CHARS} characters.")
    if len(life_domain) > MAX_LIFE_DOMAIN_CHARS:
        raise InvalidInput(f"Please keep the life domain under {MAX_LIFE_DOMAIN_CHARS} characters.")
    for label, text in (("the value's name", name), ("the life domain", life_domain)):
        check_storable(label, text)
    check_text("what the value means to you", meaning)


def _checked(name: str, meaning: str, life_domain: str) -> tuple[str, str, str]:
    name, life_domain = name.strip(), life_domain.strip()
    if not name:
        raise InvalidInput("A value needs a name.")
    check_value_fields(name, meaning, life_domain)
    return name, meaning, life_domain


class ValueService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def list_values(self) -> tuple[ValueView, ...]:
        """The person's named values, by name (a value still being named in a draft is not listed)."""
        query = select(Value).where(Value.name != "").order_by(func.lower(Value.name))
        with self._database.reading() as session:
            return tuple(value_view(value) for value in session.scalars(query))

    def create(self, name: str, meaning: str = "", life_domain: str = "") -> ValueView:
        name, meaning, life_domain = _checked(name, meaning, life_domain)
        with self._database.transaction() as session:
            value = Value(name=name, meaning=meaning, life_domain=life_domain)
            session.add(value)
            session.flush()
            return value_view(value)

    def update(self, value_id: int, *, name: str, meaning: str, life_domain: str) -> ValueView:
        name, meaning, life_domain = _checked(name, meaning, life_domain)
        with self._database.transaction() as session:
            value = session.get(Value, value_id)
            if value is None:
                raise NotFound("That value no longer exists.")
            value.name, value.meaning, value.life_domain = name, meaning, life_domain
            return value_view(value)
