"""Shared test helpers: small approach builders (fixtures are written by the tests themselves)."""

from __future__ import annotations

from typing import Any

from counterlink.schema import APPROACH_SCHEMA, Approach


def make_approach(*persona_texts: str, **fields: Any) -> Approach:
    """An approach whose persona sent ``persona_texts`` in order; ``fields`` override the rest."""
    record: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "id": fields.pop("id", "t-1"),
        "messages": [{"sender": "persona", "text": t} for t in persona_texts],
    }
    record.update(fields)
    return Approach.model_validate(record)
