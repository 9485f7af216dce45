"""Label text shared by every screen."""

from __future__ import annotations


def plain_label(text: str) -> str:
    """What a screen reader should say for a label with an ``&`` mnemonic (``&&`` is a real ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
