"""What the language groups share: messaging apps, and places spelt per language."""

from __future__ import annotations

_APPS = r"(?:whats\s?app|wechat|telegram|signal|viber)"
_APP_WORDS = "whatsapp whats wechat telegram signal viber"


def _places(*names: str) -> str:
    """The guidance's trip destinations in one language's spelling, as one group."""
    return r"(?:" + "|".join(names) + r")"
