"""Profile photo hashes in the database, and the photos stored under other names.

Every report whose persona has a photo with hashes (``persona.photo``: ``sha256``, ``phash``,
``hashes``, see :func:`counterlink.ingest.images.photo.describe_photo`) gets one row per hash
when it is stored, plus four rows for the 16-bit chunks of its phash (``phash.0`` to
``phash.3``). Watchlist entries have the same columns, but no partner format imported today
carries a photo hash (STIX and MISP exports say so, docs/sharing.md): only report photos are
written.

:func:`similar_photos` finds the stored photos of one picture (``same_picture``: the same file,
or at most 6 bits apart by phash with dhashes that agree). Distances are counted in Python over
candidate rows: every row while the table holds fewer than :data:`FULL_SCAN_ROWS` phashes
(exact, and fast at that size), else only photos that share a phash chunk or the file's SHA-256
with the one asked about. Any two phashes within 3 bits share a chunk (4 chunks, so 3 flipped
bits leave one whole); from 4 to 6 bits apart most do, not all (docs/photos.md).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from counterlink.campaigns.indicators import name_keys
from counterlink.ingest.images.photo import photo_hashes, same_picture
from counterlink.schema import Approach, Finding, Photo
from counterlink.signals.photo import PhotoMatch, reuse_finding
from counterlink.store.tables import PhotoHash, Report, WatchlistEntry, utcnow

FULL_SCAN_ROWS = 50_000
CHUNKS = 4
# The kinds a comparison reads (colorhash is kept, never compared: see ingest.images.photo).
_COMPARED = ("sha256", "phash", "dhash", "ahash", "whash")
_COLUMNS = (PhotoHash.report_id, PhotoHash.watch_entry_id, PhotoHash.kind, PhotoHash.value)
_BATCH = 500

Owner = tuple[int | None, int | None]  # (report_id, watch_entry_id)


def chunks(phash: str) -> list[tuple[str, str]]:
    """The ``phash.k`` index rows of a 16-hex-digit phash: its four 4-digit chunks."""
    return [(f"phash.{k}", phash[4 * k : 4 * k + 4]) for k in range(CHUNKS)]


def hash_rows(photo: Photo) -> list[tuple[str, str]]:
    """(kind, value) of every row a photo is stored as, in a fixed order."""
    hashes = photo_hashes(photo)
    rows = sorted(hashes.items())
    if "phash" in hashes:
        rows += chunks(hashes["phash"])
    return rows


def record_report_photo(s: Session, report_id: int, approach: Approach) -> int:
    """Add the hash rows of the report's persona photo; returns how many (0: no photo)."""
    photo = approach.persona.photo if approach.persona else None
    if photo is None:
        return 0
    rows = hash_rows(photo)
    now = utcnow()
    s.add_all(
        PhotoHash(report_id=report_id, kind=kind, value=value, created_at=now)
        for kind, value in rows
    )
    return len(rows)


def similar_photos(
    s: Session, hashes: dict[str, str], exclude_report_id: int | None = None
) -> list[PhotoMatch]:
    """The stored photos of the same picture as ``hashes`` (:func:`photo_hashes` of a photo),
    closest first, each with its report (or watchlist entry), persona name and distance;
    ``exclude_report_id``: leave that report's own photo out."""
    if not any(kind in hashes for kind in _COMPARED):
        return []
    stored = _stored(s, hashes, exclude_report_id)
    if not stored:
        return []
    names = _names(s, stored)
    found: list[PhotoMatch] = []
    for owner, theirs in stored.items():
        match = same_picture(hashes, theirs)
        if match is not None:
            found.append(
                PhotoMatch(
                    distance=match[1],
                    kind=match[0],
                    persona=names.get(owner),
                    report_id=owner[0],
                    watch_entry_id=owner[1],
                )
            )
    return sorted(found, key=lambda m: (m.distance, m.report_id or 0, m.watch_entry_id or 0))


def reused_photos(
    s: Session, approach: Approach, exclude_report_id: int | None = None
) -> list[PhotoMatch]:
    """:func:`similar_photos` of the persona's photo that are stored under another name (a
    match whose name reads the same, "Vivian Zhou" and "ZHOU Vivian", is the same persona
    reported again: campaign linking's business, not a reused photo; two without a name are
    not told apart either)."""
    persona = approach.persona
    if persona is None or persona.photo is None:
        return []
    hashes = photo_hashes(persona.photo)
    mine = _name_key(persona.name)
    return [m for m in similar_photos(s, hashes, exclude_report_id) if _name_key(m.persona) != mine]


def _name_key(name: str | None) -> str | None:
    keys = dict(name_keys(name))
    if "name" in keys:
        return keys["name"]
    text = " ".join((name or "").casefold().split())
    return text or None


def _stored(
    s: Session, hashes: dict[str, str], exclude_report_id: int | None
) -> dict[Owner, dict[str, str]]:
    """The compared hashes of every candidate photo, by owner."""
    compared = PhotoHash.kind.in_(_COMPARED)
    mine = (
        [or_(PhotoHash.report_id.is_(None), PhotoHash.report_id != exclude_report_id)]
        if exclude_report_id is not None
        else []
    )
    total = s.scalar(select(func.count(PhotoHash.id)).where(PhotoHash.kind == "phash")) or 0
    keys = chunks(hashes["phash"]) if "phash" in hashes else []
    if total < FULL_SCAN_ROWS or not keys:
        # Every row: exact, and at this size one query (a photo without a phash has no index).
        return _grouped(s.execute(select(*_COLUMNS).where(compared, *mine)))
    if "sha256" in hashes:
        keys.append(("sha256", hashes["sha256"]))
    indexed = or_(*(and_(PhotoHash.kind == k, PhotoHash.value == v) for k, v in keys))
    owners = select(PhotoHash.report_id, PhotoHash.watch_entry_id).where(indexed, *mine)
    found = {(r, w) for r, w in s.execute(owners.distinct())}
    reports = sorted({r for r, _ in found if r is not None})
    entries = sorted({w for r, w in found if r is None and w is not None})
    out: dict[Owner, dict[str, str]] = {}
    for column, ids in ((PhotoHash.report_id, reports), (PhotoHash.watch_entry_id, entries)):
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            out.update(_grouped(s.execute(select(*_COLUMNS).where(column.in_(batch), compared))))
    return out


def _grouped(rows: Iterable[Any]) -> dict[Owner, dict[str, str]]:
    out: dict[Owner, dict[str, str]] = defaultdict(dict)
    for report_id, entry_id, kind, value in rows:
        out[(report_id, entry_id)][kind] = value
    return out


def _names(s: Session, owners: Iterable[Owner]) -> dict[Owner, str | None]:
    reports = sorted({r for r, _ in owners if r is not None})
    entries = sorted({w for r, w in owners if r is None and w is not None})
    out: dict[Owner, str | None] = {}
    for start in range(0, len(reports), _BATCH):
        chunk = reports[start : start + _BATCH]
        for rid, name in s.execute(
            select(Report.id, Report.persona_name).where(Report.id.in_(chunk))
        ):
            out[(rid, None)] = name
    for start in range(0, len(entries), _BATCH):
        chunk = entries[start : start + _BATCH]
        for wid, name in s.execute(
            select(WatchlistEntry.id, WatchlistEntry.persona).where(WatchlistEntry.id.in_(chunk))
        ):
            out[(None, wid)] = name
    return out


def reuse_finding_for(
    s: Session, approach: Approach, exclude_report_id: int | None = None
) -> Finding | None:
    """``photo.reused`` for an approach whose persona's photo the store holds under another
    name (:func:`reused_photos`), else None. Its weight is left to the assessor."""
    photo = approach.persona.photo if approach.persona else None
    if photo is None:
        return None
    return reuse_finding(photo, reused_photos(s, approach, exclude_report_id))
