"""Pasted text (a message copied from LinkedIn, an e-mail, a chat) → Approach."""

from __future__ import annotations

import hashlib

from counterlink.errors import InvalidInput
from counterlink.schema import APPROACH_SCHEMA, Approach, Message


def approach_from_text(text: str, source: str = "pasted text") -> Approach:
    """The whole text as one message from the persona.

    The id is derived from the text so that checking the same paste twice gives the same id.
    """
    if not text.strip():
        raise InvalidInput("empty text: paste the message you received", file=source)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": f"text:{digest}",
            "source": source,
            "channel": "unknown",
            "messages": [Message(sender="persona", text=text.strip())],
        }
    )
