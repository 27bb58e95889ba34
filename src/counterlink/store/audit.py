"""The audit trail: append-only entries, each hash-chained to the one before.

An entry's ``hash`` is the SHA-256 of the canonical JSON (keys sorted, no spaces, UTF-8) of
``{id, at, actor, action, object_type, object_id, detail, prev_hash}``; ``prev_hash`` is the
previous entry's hash (64 zeros for the first) and ids run 1, 2, 3... without gaps. Changing a
field, deleting or reordering entries therefore breaks the chain, and :func:`verify` names the
first entry where it breaks. Cutting entries off the end leaves a shorter valid chain: record the
head hash that ``counterlink audit verify`` prints somewhere else to detect that too.

There are no update or delete functions, on purpose.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from counterlink.store.tables import AuditEntry, utcnow

GENESIS = "0" * 64
# Key of the PostgreSQL advisory lock that serializes appends ("clink" in ASCII).
_PG_LOCK_KEY = 0x636C696E6B


@dataclass(frozen=True)
class AuditCheck:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    reason: str | None = None
    head: str | None = None


def entry_hash(
    *,
    id: int,
    at: datetime,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | None,
    detail: dict[str, Any],
    prev_hash: str,
) -> str:
    """The SHA-256 (hex) of an entry's canonical JSON, ``prev_hash`` included."""
    canonical = json.dumps(
        {
            "id": id,
            "at": at.isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "object_type": object_type,
            "object_id": object_id,
            "detail": detail,
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def record(
    s: Session,
    actor_name: str,
    action: str,
    object_type: str,
    object_id: str | int | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry in the session's transaction (it lands when the caller commits).

    Appends are serialized so two writers cannot both extend the same entry: PostgreSQL takes a
    transaction-scoped advisory lock; SQLite write transactions already hold the database's
    write lock from ``BEGIN IMMEDIATE`` (see store.db).
    """
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
    last = s.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    entry_id, prev_hash = (last[0] + 1, last[1]) if last is not None else (1, GENESIS)
    # JSON round trip now, so the hash covers exactly what the database will give back.
    clean_detail: dict[str, Any] = json.loads(json.dumps(detail or {}, default=str))
    fields: dict[str, Any] = {
        "id": entry_id,
        "at": utcnow(),
        "actor": actor_name,
        "action": action,
        "object_type": object_type,
        "object_id": None if object_id is None else str(object_id),
        "detail": clean_detail,
        "prev_hash": prev_hash,
    }
    entry = AuditEntry(**fields, hash=entry_hash(**fields))
    s.add(entry)
    s.flush()
    return entry


def verify(s: Session) -> AuditCheck:
    """Walk the whole chain in id order; the first entry that does not fit ends the walk."""
    expected_id, prev_hash, count = 1, GENESIS, 0
    rows = s.execute(select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=1000))
    for entry in rows.scalars():
        count += 1
        reason = None
        if entry.id != expected_id:
            reason = f"entry {expected_id} is missing (found {entry.id} after it)"
        elif entry.prev_hash != prev_hash:
            reason = f"entry {entry.id} does not link to the entry before it"
        elif entry.hash != entry_hash(
            id=entry.id,
            at=entry.at,
            actor=entry.actor,
            action=entry.action,
            object_type=entry.object_type,
            object_id=entry.object_id,
            detail=entry.detail,
            prev_hash=entry.prev_hash,
        ):
            reason = f"entry {entry.id} was changed after it was written"
        if reason is not None:
            return AuditCheck(False, count, entry.id, reason, None)
        expected_id, prev_hash = entry.id + 1, entry.hash
    return AuditCheck(True, count, None, None, prev_hash if count else None)
