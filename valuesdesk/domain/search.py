"""What a search query means: the words searched for, shared by the search and the highlighting of a hit."""

from __future__ import annotations


def search_words(query: str) -> list[str]:
    """The words of a query, each searched for literally; duplicates once.

    A NUL character separates words: SQLite would end the search text there.
    """
    return list(dict.fromkeys(query.replace("\x00", " ").split()))
