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
    messages: list[dict[str, Any]] = []
    fields: dict[str, Any] = {}
    evidence: list[dict[str, Any]] = []
    channel = None
    for piece in pieces:
        data = piece.to_json_dict()
        for key, value in (data.get("persona") or {}).items():
            persona.setdefault(key, value)
        offset = len(messages)
        messages.extend(data.get("messages") or [])
        extracted = (data.get("annotations") or {}).get("extracted_from") or {}
        for path, where in (extracted.get("fields") or {}).items():
            fields.setdefault(_shifted(path, offset), where)
        evidence.append(
            {"source": piece.source, "id": piece.id, "messages": len(data.get("messages") or [])}
        )
        if channel in (None, "unknown"):
            channel = piece.channel
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
    if fields:
        merged["annotations"]["extracted_from"] = {"fields": fields}
    target = next((p.target for p in pieces if p.target is not None), None)
    if target is not None:
        merged["target"] = target.model_dump(mode="json", exclude_none=True)
    return Approach.model_validate(merged)


def _shifted(path: str, offset: int) -> str:
    """A field path of one piece as a path of the merged approach: its messages come after
    ``offset`` messages of earlier pieces."""
    if offset and path.startswith("messages["):
        index, rest = path[len("messages[") :].split("]", 1)
        return f"messages[{int(index) + offset}]{rest}"
    return path
