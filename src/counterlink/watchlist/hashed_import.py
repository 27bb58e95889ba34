"""Reading ``counterlink.hashed/1`` documents (private-matching exports) into a watchlist source:
each persona's keyed digests become entries that match only where the same community key is
configured (the document's ``key_id`` names it)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from counterlink.errors import CounterlinkError
from counterlink.share.digest import HASHED_FORMAT
from counterlink.share.kinds import WATCH_KINDS
from counterlink.share.model import check_tlp
from counterlink.watchlist.collect import Collector, Skipped, producer_name
from counterlink.watchlist.model import WatchEntry, WatchSource

_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX16 = re.compile(r"[0-9a-f]{16}")


def _need(value: Any, kind: type, origin: str, field: str) -> Any:
    if not isinstance(value, kind):
        raise CounterlinkError(f"expected {kind.__name__}", file=origin, field=field)
    return value


def source_from_hashed(documents: list[dict[str, Any]], origin: str) -> tuple[WatchSource, Skipped]:
    """The entries of hashed documents, and what was skipped (unknown indicator kinds)."""
    out = Collector()
    producers: Counter[str] = Counter()
    for d, doc in enumerate(documents):
        where = f"documents[{d}]" if len(documents) > 1 else ""
        prefix = f"{where}." if where else ""
        if doc.get("format") != HASHED_FORMAT:
            raise CounterlinkError(f"not a {HASHED_FORMAT} document", file=origin, field=where)
        key = _need(doc.get("key_id"), str, origin, f"{prefix}key_id")
        if not _HEX16.fullmatch(key):
            raise CounterlinkError("expected 16 hex digits", file=origin, field=f"{prefix}key_id")
        producer = doc.get("producer")
        if isinstance(producer, str) and producer.strip():
            producers[producer.strip()] += 1
        default_tlp = check_tlp(str(doc.get("tlp") or "amber"), f"{prefix}tlp")
        personas = _need(doc.get("personas"), list, origin, f"{prefix}personas")
        for p, persona in enumerate(personas):
            path = f"{prefix}personas[{p}]"
            _need(persona, dict, origin, path)
            tlp = check_tlp(str(persona.get("tlp") or default_tlp), f"{path}.tlp")
            label = persona.get("id") if isinstance(persona.get("id"), str) else None
            items = _need(persona.get("indicators"), list, origin, f"{path}.indicators")
            for i, item in enumerate(items):
                field = f"{path}.indicators[{i}]"
                _need(item, dict, origin, field)
                kind = item.get("kind")
                digest = str(item.get("digest") or "").lower()
                if not _HEX64.fullmatch(digest):
                    raise CounterlinkError(
                        "expected a 64-digit hex HMAC-SHA256", file=origin, field=f"{field}.digest"
                    )
                if kind not in WATCH_KINDS:
                    out.skip(f"{field}: indicator kind {kind!r} is not matched")
                    continue
                out.put(
                    WatchEntry(
                        kind=kind,
                        digest=digest,
                        key_id=key,
                        persona=label,
                        ref=label,
                        tlp=tlp,
                        first_seen=persona.get("first_seen")
                        if isinstance(persona.get("first_seen"), str)
                        else None,
                    )
                )
    return out.source(producer_name(producers), origin, "hashed", "amber"), out.skipped()
