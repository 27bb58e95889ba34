"""The audit chain: appended in order, verified, and tampering of any kind detected."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from counterlink.store import audit
from counterlink.store.tables import AuditEntry


def _chain(session: Session, n: int = 5) -> list[AuditEntry]:
    entries = [
        audit.record(session, "ann", "report.view", "report", i, {"n": i, "note": "é"})
        for i in range(1, n + 1)
    ]
    session.commit()
    return entries


def test_entries_are_chained(session: Session) -> None:
    assert audit.verify(session) == audit.AuditCheck(ok=True, entries=0)
    entries = _chain(session)
    assert [e.id for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    check = audit.verify(session)
    assert (check.ok, check.entries, check.head) == (True, 5, entries[-1].hash)


def test_hash_is_the_sha256_of_the_canonical_entry(session: Session) -> None:
    import hashlib
    import json

    (entry,) = _chain(session, 1)
    canonical = json.dumps(
        {
            "action": "report.view",
            "actor": "ann",
            "at": entry.at.isoformat(timespec="microseconds"),
            "detail": {"n": 1, "note": "é"},
            "id": 1,
            "object_id": "1",
            "object_type": "report",
            "prev_hash": "0" * 64,
        },
        separators=(",", ":"),
        ensure_ascii=False,
    )
    assert entry.hash == hashlib.sha256(canonical.encode()).hexdigest()
    assert entry.at.isoformat().endswith("+00:00")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor", "mallory"),
        ("action", "report.update"),
        ("object_type", "user"),
        ("object_id", "99"),
        ("detail", {"n": 3, "note": "e"}),
        ("prev_hash", "f" * 64),
        ("hash", "e" * 64),
    ],
)
def test_changing_any_field_is_detected(session: Session, column: str, value: object) -> None:
    _chain(session)
    session.execute(update(AuditEntry).where(AuditEntry.id == 3).values({column: value}))
    session.commit()
    check = audit.verify(session)
    assert not check.ok
    assert check.first_bad_id == 3
    assert check.reason is not None


def test_changing_the_time_is_detected(session: Session) -> None:
    from datetime import timedelta

    entries = _chain(session)
    session.execute(
        update(AuditEntry)
        .where(AuditEntry.id == 2)
        .values(at=entries[1].at + timedelta(microseconds=1))
    )
    session.commit()
    assert audit.verify(session).first_bad_id == 2


def test_deleting_a_middle_entry_is_detected(session: Session) -> None:
    _chain(session)
    session.execute(delete(AuditEntry).where(AuditEntry.id == 3))
    session.commit()
    check = audit.verify(session)
    assert (check.ok, check.first_bad_id) == (False, 4)
    assert check.reason == "entry 3 is missing (found 4 after it)"


def test_deleting_the_first_entry_is_detected(session: Session) -> None:
    _chain(session)
    session.execute(delete(AuditEntry).where(AuditEntry.id == 1))
    session.commit()
    assert audit.verify(session).first_bad_id == 2


def test_reordering_entries_is_detected(session: Session) -> None:
    """Swap the contents of entries 2 and 3 (ids stay), hashes and links included."""
    _chain(session)
    rows = {e.id: e for e in session.scalars(select(AuditEntry))}
    columns = ("at", "actor", "action", "object_type", "object_id", "detail", "prev_hash")
    two = {c: getattr(rows[2], c) for c in columns} | {"hash": rows[2].hash}
    three = {c: getattr(rows[3], c) for c in columns} | {"hash": rows[3].hash}
    # Through a temporary hash: hashes are unique.
    session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(hash="tmp"))
    session.execute(update(AuditEntry).where(AuditEntry.id == 2).values(three))
    session.execute(update(AuditEntry).where(AuditEntry.id == 3).values(two))
    session.commit()
    check = audit.verify(session)
    assert (check.ok, check.first_bad_id) == (False, 2)


def test_the_module_offers_no_way_to_change_entries() -> None:
    public = {name for name in dir(audit) if not name.startswith("_")}
    assert not {n for n in public if any(w in n for w in ("update", "delete", "remove", "edit"))}
