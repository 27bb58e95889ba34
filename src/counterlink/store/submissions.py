"""Exactly-once submission: the keys a submitter gives a report, and the first report a retry
with the same key gets back instead of a second one.

A report's keys are its submitter's ``Idempotency-Key`` header and the approach's own ``id``
(the same approach sent twice by one person is one report). Keys belong to their submitter:
another user's identical key is another submission and reveals nothing. Services flush; the
caller commits.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.schema import Approach
from counterlink.store.tables import Report, SubmissionKey, User

HEADER = "Idempotency-Key"
# An id longer than this is keyed by its SHA-256 (the key column holds 300 characters).
_MAX_ID = 200


def submission_keys(approach: Approach, header_key: str | None) -> list[str]:
    """The keys of this submission, the header's first."""
    keys = [f"header:{header_key}"] if header_key else []
    if approach.id:
        own = approach.id
        if len(own) > _MAX_ID:
            own = "sha256:" + hashlib.sha256(own.encode("utf-8")).hexdigest()
        keys.append(f"approach:{own}")
    return keys


def fingerprint(approach: Approach) -> str:
    """SHA-256 of the approach as stored, so a reused header key with another body is seen."""
    body = json.dumps(approach.to_json_dict(), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def first_submission(s: Session, submitter: User, keys: list[str], print_: str) -> int | None:
    """The id of the report this submitter already made under one of ``keys``, else None.
    Refuses a header key that came with another approach (the IETF draft's advice:
    https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/ section 2.7)."""
    if not keys:
        return None
    rows = {
        row.key: row
        for row in s.scalars(
            select(SubmissionKey).where(
                SubmissionKey.user_id == submitter.id, SubmissionKey.key.in_(keys)
            )
        )
    }
    for key in keys:  # the header's key decides first
        row = rows.get(key)
        if row is None:
            continue
        if key.startswith("header:") and row.fingerprint != print_:
            raise InvalidInput(
                "this Idempotency-Key was already used for a different approach; "
                "use a new key for a new submission",
                field=HEADER,
            )
        return row.report_id
    return None


def record_submission(
    s: Session, submitter: User, report: Report, keys: list[str], print_: str
) -> None:
    """Remember ``keys`` for the new ``report``."""
    s.add_all(
        SubmissionKey(user_id=submitter.id, key=key, report_id=report.id, fingerprint=print_)
        for key in keys
    )
    s.flush()
