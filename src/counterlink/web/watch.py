"""The assessor the web app scores reports with, kept in step with the partner watchlist.

Each report checks the watchlist's stamp (one small query); the watchlist is reloaded from the
database only when an import or removal changed it, so every report that arrives after an
import is matched against it, in every worker process. With the request's session it also adds
what only the database knows: the persona's photo stored under another name (photo.reused).
"""

from __future__ import annotations

import threading
from datetime import datetime

from fastapi import Request
from sqlalchemy.orm import Session

from counterlink.assess import Assessor
from counterlink.schema import Approach, Finding
from counterlink.store.photos import reuse_finding_for
from counterlink.store.watchlist import load_sources, stamp
from counterlink.watchlist.match import Watchlist


class WatchedAssessor:
    """``base`` with the database's watchlist; ``key`` matches hashed entries."""

    def __init__(self, base: Assessor, key: bytes | None) -> None:
        self.base = base
        self.key = key
        self._lock = threading.Lock()
        self._stamp: tuple[int, int, datetime | None] | None = None
        self._current = base

    def current(self, s: Session) -> Assessor:
        now = stamp(s)
        if now == self._stamp:
            return self._current
        with self._lock:
            if now != self._stamp:
                sources = load_sources(s)
                watchlist = Watchlist(sources, self.key) if sources else None
                self._current = Assessor(self.base.model, self.base.registry, watchlist)
                self._stamp = now
        return self._current


class StoreAssessor(Assessor):
    """``base``'s findings and those of the database ``s``: ``photo.reused`` when the persona's
    photo is on another report under another name, weighed by the photo detector's prior."""

    def __init__(self, base: Assessor, s: Session) -> None:
        super().__init__(base.model, base.registry, base.watchlist)
        self.session = s

    def findings(self, approach: Approach) -> list[Finding]:
        found = super().findings(approach)
        reused = reuse_finding_for(self.session, approach)
        if reused is None:
            return found
        reused.weight = round(self.weight(reused.code, reused.strength), 4)
        return sorted([*found, reused], key=lambda f: -f.weight)


def assessor(request: Request, s: Session | None = None) -> Assessor:
    """The assessor for a report arriving now (``s``: the request's session, if it has one;
    without one, nothing the store holds beyond the watchlist is consulted)."""
    watched: WatchedAssessor = request.app.state.watched
    if s is not None:
        return StoreAssessor(watched.current(s), s)
    with request.app.state.sessions() as own:
        return watched.current(own)
