"""Several pieces of evidence about one approach → one Approach.

People hold an approach in pieces: the persona's profile saved as a PDF, a screenshot of the
messages, the profile photo, a pasted message. :func:`merge_evidence` puts them together so that
profile and message findings are weighed as one approach: the first piece that gives a persona
field wins it, messages are kept in the order the pieces were given, and every piece stays named
in ``annotations["evidence"]`` (with where each field came from, when its reader recorded it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.schema import APPROACH_SCHEMA, Approach


def merge_evidence(pieces: Sequence[Approach]) -> Approach:
    """One approach from ``pieces`` (each an approach read from one file or paste)."""
    if not pieces:
        raise InvalidInput("nothing to put together: no evidence was read")
    if len(pieces) == 1:
        return pieces[0]
    persona: dict[str, Any] = {}
    owner: dict[str, int] = {}  # persona field → the piece it was taken from
    messages: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    evidence: list[dict[str, Any]] = []
    accounts: list[str] = []
    channel = received = None
    for number, piece in enumerate(pieces):
        data = piece.to_json_dict()
        for key, value in (data.get("persona") or {}).items():
            if key not in persona:
                persona[key], owner[key] = value, number
        offset = len(messages)
        messages.extend(data.get("messages") or [])
        extracted = (data.get("annotations") or {}).get("extracted_from") or {}
        for path, where in (extracted.get("fields") or {}).items():
            # Where a field was read stands only for the value that was kept.
            if _persona_key(path) is None or owner.get(_persona_key(path) or "") == number:
                fields.setdefault(_shifted(path, offset), where)
        evidence.append(
            {"source": piece.source, "id": piece.id, "messages": len(data.get("messages") or [])}
        )
        if piece.account:
            accounts.append(piece.account)
        if channel in (None, "unknown"):
            channel = piece.channel
        received = received or piece.received_at
    digest = hashlib.sha256("\n".join(str(p.id) for p in pieces).encode()).hexdigest()[:12]
    merged: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "id": f"merged:{digest}",
        "source": " + ".join(str(p.source or p.id) for p in pieces),
        "channel": channel or "unknown",
        "messages": messages,
        "annotations": {"evidence": evidence},
    }
    if persona:
        merged["persona"] = persona
    if accounts:
        merged["account"] = "\n\n".join(accounts)
    if received:
        merged["received_at"] = received
    if fields:
        merged["annotations"]["extracted_from"] = {"fields": fields}
    target = next((p.target for p in pieces if p.target is not None), None)
    if target is not None:
        merged["target"] = target.model_dump(mode="json", exclude_none=True)
    return Approach.model_validate(merged)


def _persona_key(path: str) -> str | None:
    """``persona.experience[0].title`` → ``experience``; None for a path outside the persona."""
    if not path.startswith("persona."):
        return None
    return path[len("persona.") :].split(".", 1)[0].split("[", 1)[0]


def _shifted(path: str, offset: int) -> str:
    """A field path of one piece as a path of the merged approach: its messages come after
    ``offset`` messages of earlier pieces."""
    if offset and path.startswith("messages["):
        index, rest = path[len("messages[") :].split("]", 1)
        return f"messages[{int(index) + offset}]{rest}"
    return path
