"""The passphrase that encrypts a diary: held only in memory, never shown by ``repr`` or a log."""

from __future__ import annotations

from valuesdesk.domain.limits import MIN_PASSPHRASE_CHARS


class Passphrase:
    """A passphrase the person typed. ``repr`` and ``str`` never show it, so a traceback, a log line
    or a debugger's summary cannot leak it; only :meth:`reveal` gives it, to key the database."""

    __slots__ = ("_secret",)

    def __init__(self, secret: str) -> None:
        if not secret:
            raise ValueError("a passphrase cannot be empty")
        self._secret = secret

    def reveal(self) -> str:
        return self._secret

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Passphrase) and other._secret == self._secret

    def __hash__(self) -> int:
        return hash(self._secret)

    def __repr__(self) -> str:
        return "Passphrase(…)"

    __str__ = __repr__


def passphrase_problem(secret: str, repeated: str) -> str | None:
    """Why a new passphrase (typed twice) cannot be set, in the person's words; None when it can."""
    if len(secret) < MIN_PASSPHRASE_CHARS:
        return f"Use at least {MIN_PASSPHRASE_CHARS} characters."
    if secret.strip() != secret:
        return "Leave out spaces at the beginning and the end: they are easy to forget."
    if secret != repeated:
        return "The two passphrases are not the same."
    return None
