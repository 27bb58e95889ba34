"""The assessor the web app scores reports with, kept in step with the partner watchlist.

Each report checks the watchlist's stamp (one small query); the watchlist is reloaded from the
database only when an import or removal changed it, so every report that arrives after an
import is matched against it, in every worker process.
"""

from __future__ import annotations

import threading
from datetime import datetime

from fastapi import Request
from sqlalchemy.orm import Session

from counterlink.assess import Assessor
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


def assessor(request: Request, s: Session | None = None) -> Assessor:
    """The assessor for a report arriving now (``s``: the request's session, if it has one)."""
    watched: WatchedAssessor = request.app.state.watched
    if s is not None:
        return watched.current(s)
    with request.app.state.sessions() as own:
        return watched.current(own)
