"""Helpers of the watchlist import tests (plain functions, imported by the test modules)."""

from __future__ import annotations

from counterlink.campaigns.indicators import cited_keys
from counterlink.schema import Approach
from counterlink.share.kinds import WATCH_KINDS
from counterlink.watchlist.model import WatchEntry, WatchSource


def keys_of(a: Approach) -> set[tuple[str, str]]:
    """The approach's own indicators of the kinds a watchlist matches."""
    return {(k.kind, k.value) for k in cited_keys(a) if k.kind in WATCH_KINDS}


def imported(source: WatchSource) -> set[tuple[str, str]]:
    return {(e.kind, e.value or "") for e in source.entries}


def entry(source: WatchSource, kind: str, value: str) -> WatchEntry:
    found = [e for e in source.entries if e.kind == kind and e.value == value]
    assert len(found) == 1, (kind, value, source.entries)
    return found[0]
