"""Small approach/1 records for the campaign tests."""

from __future__ import annotations

from typing import Any

from counterlink.schema import APPROACH_SCHEMA, Approach


def make(
    id: str,
    *,
    name: str | None = None,
    url: str | None = None,
    text: str = "Hello, nice to connect.",
    company: str | None = None,
    phash: str | None = None,
    contacts: dict[str, Any] | None = None,
    when: str | None = None,
    sector: str | None = None,
    organisation: str | None = None,
) -> Approach:
    persona: dict[str, Any] = {"name": name, "url": url}
    if company:
        persona["experience"] = [{"title": "Partner", "company": company}]
    if phash:
        persona["photo"] = {"phash": phash}
    if contacts:
        persona["contacts"] = contacts
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": id,
            "received_at": when,
            "persona": persona,
            "target": {"sector": sector, "organisation": organisation},
            "messages": [{"sender": "persona", "text": text}],
        }
    )
