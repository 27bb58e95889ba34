"""The partner watchlist in the database: imported sources and their entries.

A source is identified by its ``origin`` (the file name or feed URL): importing the same origin
again replaces its entries, so a feed pulled every night never piles up duplicates. Every
import and removal is in the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from counterlink.store.audit import record as audit_record
from counterlink.store.errors import NotFound
from counterlink.store.tables import WatchlistEntry, WatchlistSource, utcnow
from counterlink.watchlist.model import WatchEntry, WatchSource


@dataclass(frozen=True)
class Imported:
    source: WatchlistSource
    replaced: int  # entries the previous import of the same origin had (0: a new source)
    unchanged: bool  # the same content was imported before: nothing was written


def import_source(
    s: Session, actor_name: str, source: WatchSource, content_sha256: str
) -> Imported:
    """Store ``source`` (replacing an earlier import of the same origin) and audit it."""
    existing = s.scalars(
        select(WatchlistSource).where(WatchlistSource.origin == source.origin[:1000])
    ).one_or_none()
    if existing is not None and existing.sha256 == content_sha256:
        return Imported(existing, existing.entry_count, True)
    replaced = 0
    if existing is not None:
        replaced = existing.entry_count
        s.execute(delete(WatchlistEntry).where(WatchlistEntry.source_id == existing.id))
        row = existing
    else:
        row = WatchlistSource(origin=source.origin[:1000])
        s.add(row)
    row.name = source.name[:200]
    row.format = source.format
    row.tlp = source.tlp
    row.sha256 = content_sha256
    row.imported_at = utcnow()
    row.imported_by = actor_name[:100]
    row.entry_count = len(source.entries)
    s.flush()
    s.add_all(
        WatchlistEntry(
            source_id=row.id,
            kind=e.kind,
            value=e.value,
            digest=e.digest,
            key_id=e.key_id,
            persona=e.persona[:300] if e.persona else None,
            ref=e.ref[:200] if e.ref else None,
            tlp=e.tlp,
            confidence=e.confidence,
            first_seen=e.first_seen[:40] if e.first_seen else None,
        )
        for e in source.entries
    )
    s.flush()
    audit_record(
        s,
        actor_name,
        "watchlist.import",
        "watchlist_source",
        row.id,
        {
            "origin": row.origin,
            "name": row.name,
            "format": row.format,
            "entries": row.entry_count,
            "replaced": replaced,
            "sha256": content_sha256,
        },
    )
    return Imported(row, replaced, False)


def list_sources(s: Session) -> list[WatchlistSource]:
    return list(s.scalars(select(WatchlistSource).order_by(WatchlistSource.id)))


def get_source(s: Session, ref: str) -> WatchlistSource:
    """A source by its id or its origin."""
    query = select(WatchlistSource)
    if ref.isdigit():
        query = query.where(WatchlistSource.id == int(ref))
    else:
        query = query.where(WatchlistSource.origin == ref)
    row = s.scalars(query).one_or_none()
    if row is None:
        raise NotFound(f"no watchlist source {ref!r} (see `counterlink watchlist list`)")
    return row


def list_entries(s: Session, source_id: int, limit: int | None = None) -> list[WatchlistEntry]:
    query = select(WatchlistEntry).where(WatchlistEntry.source_id == source_id)
    return list(s.scalars(query.order_by(WatchlistEntry.id).limit(limit)))


def remove_source(s: Session, actor_name: str, ref: str) -> WatchlistSource:
    row = get_source(s, ref)
    audit_record(
        s,
        actor_name,
        "watchlist.remove",
        "watchlist_source",
        row.id,
        {"origin": row.origin, "name": row.name, "entries": row.entry_count},
    )
    s.execute(delete(WatchlistEntry).where(WatchlistEntry.source_id == row.id))
    s.delete(row)
    s.flush()
    return row


def stamp(s: Session) -> tuple[int, int, datetime | None]:
    """Changes whenever the watchlist does (for callers that cache it in memory)."""
    count, last, when = s.execute(
        select(
            func.count(WatchlistSource.id),
            func.coalesce(func.max(WatchlistSource.id), 0),
            func.max(WatchlistSource.imported_at),
        )
    ).one()
    return int(count), int(last), when


def load_sources(s: Session) -> list[WatchSource]:
    """Every stored source with its entries, ready for :class:`counterlink.watchlist.Watchlist`."""
    rows = s.scalars(select(WatchlistSource).options(selectinload(WatchlistSource.entries))).all()
    return [
        WatchSource(
            name=row.name,
            origin=row.origin,
            format=row.format,
            tlp=row.tlp,
            entries=tuple(
                WatchEntry(
                    kind=e.kind,
                    value=e.value,
                    digest=e.digest,
                    key_id=e.key_id,
                    persona=e.persona,
                    ref=e.ref,
                    tlp=e.tlp,
                    confidence=e.confidence,
                    first_seen=e.first_seen,
                )
                for e in row.entries
            ),
        )
        for row in rows
    ]
