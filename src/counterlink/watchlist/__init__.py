"""The partner watchlist: indicators of personas partners reported (STIX 2.1, MISP or keyed
hashes), matched against every approach that arrives.

``read.read_watch_file`` turns a partner's file into a :class:`WatchSource`; ``store.watchlist``
keeps sources in the database; :class:`Watchlist` matches approaches against them.
"""

from __future__ import annotations

from counterlink.share.kinds import WATCH_KINDS
from counterlink.watchlist.match import CODE, Watchlist
from counterlink.watchlist.model import KIND_WEIGHTS, WatchEntry, WatchSource

__all__ = ["CODE", "KIND_WEIGHTS", "WATCH_KINDS", "WatchEntry", "WatchSource", "Watchlist"]
