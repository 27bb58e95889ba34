"""BODS 0.4 packages: a JSON array of statements, or JSON Lines of statements
(openownership/data-standard @d97e798, ECOSYSTEM.md §3.2).

Entities keep their ``entityType`` (``state`` and ``stateBody`` matter here) and identifiers;
an entity with a ``GB-COH`` identifier is joined to the Companies House company of that number.
A later statement of the same ``recordId`` replaces an earlier one; ``recordStatus: closed``
marks it closed. Relationships keep their interests (share ranges) as JSON for the trace.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.ownership.files import open_text, pad_number
from counterlink.ownership.match import name_key
from counterlink.ownership.registry import BATCH, LoadedFile, Registry

TABLE = {"entity": "bods_entities", "person": "bods_persons", "relationship": "bods_relationships"}


def _statements(path: Path, advance: Callable[[int], None]) -> Iterator[tuple[int, Any]]:
    with open_text(path) as handle:
        head = handle.read(1)
        while head and head.isspace():
            head = handle.read(1)
        if head == "[":
            # A package is one JSON array (packages are small next to the PSC snapshot).
            text = head + handle.read()
            advance(len(text))
            try:
                package = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InvalidInput(
                    f"not valid JSON ({exc.msg})", file=path, line=exc.lineno
                ) from None
            if not isinstance(package, list):
                raise InvalidInput("a BODS package must be a JSON array", file=path)
            for i, statement in enumerate(package):
                yield i + 1, statement
            return
        first = head + handle.readline()
        for n, raw in enumerate([first, *handle], start=1):
            advance(len(raw))
            if not raw.strip():
                continue
            try:
                yield n, json.loads(raw)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"not valid JSON ({exc.msg})", file=path, line=n) from None


def _name(details: dict[str, Any]) -> str | None:
    name = details.get("name")
    if isinstance(name, str):
        return name
    for entry in details.get("names") or []:  # persons: names[{fullName, …}]
        if isinstance(entry, dict) and isinstance(entry.get("fullName"), str):
            return str(entry["fullName"])
    return None


def _row(statement: dict[str, Any], path: Path, n: int, sha: str) -> tuple[str, dict[str, Any]]:
    def bad(message: str, field: str) -> InvalidInput:
        return InvalidInput(message, file=path, line=n, field=field)

    for field in ("statementId", "recordId", "recordType", "recordDetails"):
        if field not in statement:
            raise bad(f"a statement without {field}", field)
    kind = statement["recordType"]
    if kind not in TABLE:
        raise bad(f"unknown recordType {kind!r}", "recordType")
    details = statement["recordDetails"]
    if not isinstance(details, dict):
        raise bad("recordDetails is not an object", "recordDetails")
    row: dict[str, Any] = {
        "record_id": str(statement["recordId"]),
        "statement_id": str(statement["statementId"]),
        "closed": statement.get("recordStatus") == "closed",
        "file_sha": sha,
    }
    if kind == "entity":
        etype = details.get("entityType") or {}
        identifiers = [
            f"{i.get('scheme') or i.get('schemeName') or ''}:{i.get('id') or ''}"
            for i in details.get("identifiers") or []
            if isinstance(i, dict)
        ]
        gb = [pad_number(x.split(":", 1)[1]) for x in identifiers if x.startswith("GB-COH:")]
        jurisdiction = details.get("jurisdiction") or {}
        row |= {
            "name": _name(details),
            "name_key": name_key(_name(details)),
            "entity_type": etype.get("type") if isinstance(etype, dict) else None,
            "subtype": etype.get("subtype") if isinstance(etype, dict) else None,
            "jurisdiction": jurisdiction.get("code") if isinstance(jurisdiction, dict) else None,
            "identifiers": identifiers,
            "gb_coh": gb[0] if gb else None,
        }
    elif kind == "person":
        nationalities = details.get("nationalities") or [{}]
        first = nationalities[0] if isinstance(nationalities[0], dict) else {}
        row |= {
            "name": _name(details),
            "name_key": name_key(_name(details)),
            "nationality": first.get("code"),
        }
    else:
        party = details.get("interestedParty")
        interests = details.get("interests") or []
        if not isinstance(interests, list):
            raise bad("interests is not a list", "recordDetails.interests")
        row |= {
            "subject": str(details.get("subject")),
            "interested_party": party if isinstance(party, str) else None,
            "unspecified_reason": party.get("reason") if isinstance(party, dict) else None,
            "interests": json.dumps(interests),
            "is_component": bool(details.get("isComponent")),
            "component_records": [str(c) for c in details.get("componentRecords") or []],
        }
    return TABLE[kind], row


def load_bods(
    registry: Registry, path: Path, sha: str, advance: Callable[[int], None]
) -> LoadedFile:
    batches: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLE.values()}
    records = 0
    latest = ""
    for n, statement in _statements(path, advance):
        if not isinstance(statement, dict):
            raise InvalidInput("a statement that is not a JSON object", file=path, line=n)
        table, row = _row(statement, path, n, sha)
        batches[table].append(row)
        records += 1
        latest = max(latest, str(statement.get("statementDate") or ""))
        if len(batches[table]) >= BATCH:
            registry.insert_rows(table, _last_per_record(batches[table]))
            batches[table] = []
    for table, rows in batches.items():
        registry.insert_rows(table, _last_per_record(rows))
    return LoadedFile(sha, str(path), "bods", latest or None, records, True, None)


def _last_per_record(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # A record's later statement replaces its earlier one (one row per key in a batch).
    return list({row["record_id"]: row for row in rows}.values())
