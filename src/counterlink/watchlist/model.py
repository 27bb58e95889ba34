"""What a watchlist holds: indicators of personas partners have reported, each with its source,
TLP marking and weight, normalised exactly as campaign linking normalises an approach's own
(``campaigns.indicators.cited_keys``), so a value matches however the partner wrote it.

An entry carries either the normalised ``value`` or, from a private ("hashed") export, only its
keyed ``digest`` (HMAC-SHA256 under a community key, see :mod:`counterlink.share.digest`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from counterlink.campaigns.indicators import name_keys, profile_slug
from counterlink.signals.contacts import canonical_url, normalise_handle, parse_phone

# The log-odds a hit adds to the score. They are not learned
# (no training data holds partner reports); they are set against the shipped model, whose
# intercept is -5.4 (an approach with no finding scores 0.004): an exact account, address,
# handle or number a partner reported makes an approach high on its own (-5.4 + 6 -> 0.64); a
# shared website or mail domain (3) needs the approach's own red flags as well to reach medium
# or high; a name, which many genuine people share (1), only nudges. docs/scoring.md.
KIND_WEIGHTS: dict[str, float] = {
    "profile": 6.0,
    "email": 6.0,
    "handle": 6.0,
    "phone": 6.0,
    "website": 3.0,
    "email_domain": 3.0,
    "name": 1.0,
}

_EMAIL = re.compile(r"[^@\s]+@([^@\s]+\.[^@\s]+)")
_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}")


def normalise(kind: str, raw: str) -> str | None:
    """``raw`` as the watchlist stores a ``kind`` of indicator, or None when it is not one.

    * ``profile``: a LinkedIn profile URL or bare slug → the lower-case slug;
    * ``email`` → lower case; ``email_domain``, ``website`` → the host, lower case, no ``www.``
      (a URL is reduced to its host);
    * ``phone`` → E.164 (numbers without a country code are read as GB);
    * ``handle``: ``app:id`` (e.g. ``wechat:Vivian_Z``) → ``wechat:vivian_z``;
    * ``name``: a person's name → its sorted lower-case tokens (two or more).
    """
    text = raw.strip()
    if not text:
        return None
    if kind == "profile":
        if "/" in text or "." in text:
            return profile_slug(text)
        slug = text.lower().strip("/")
        return slug if re.fullmatch(r"[\w\-%.]+", slug) else None
    if kind == "email":
        return text.lower() if _EMAIL.fullmatch(text) else None
    if kind in ("email_domain", "website"):
        host = text.lower().removeprefix("@")
        if "/" in host or ":" in host:
            canon = canonical_url(host)
            host = canon[1] if canon else ""
        host = host.removeprefix("www.").rstrip(".")
        return host if _DOMAIN.fullmatch(host) else None
    if kind == "phone":
        parsed = parse_phone(text)
        return parsed[0] if parsed else None
    if kind == "handle":
        app, sep, handle = text.partition(":")
        if not sep or not app.strip() or not handle.strip().removeprefix("@"):
            return None
        return normalise_handle(app.strip().lower(), handle)
    if kind == "name":
        keys = dict(name_keys(text))
        return keys.get("name")
    return None


@dataclass(frozen=True)
class WatchEntry:
    """One indicator from one partner source.

    ``value`` is the normalised indicator (None for a hashed entry); ``digest`` the hex
    HMAC-SHA256 of ``kind`` and value under the community key ``key_id`` names (hashed entries
    only). ``persona`` labels what it belongs to (a name or a partner's object id), ``ref`` the
    partner's object it came from (a STIX id, a MISP attribute uuid); ``confidence`` (0-100,
    when the partner gave one) scales the weight.
    """

    kind: str
    value: str | None = None
    digest: str | None = None
    key_id: str | None = None
    persona: str | None = None
    ref: str | None = None
    tlp: str = "amber"
    confidence: int | None = None
    first_seen: str | None = None

    @property
    def weight(self) -> float:
        base = KIND_WEIGHTS[self.kind]
        if self.confidence is None:
            return base
        return round(base * max(0, min(100, self.confidence)) / 100, 4)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "digest": self.digest,
            "key_id": self.key_id,
            "persona": self.persona,
            "ref": self.ref,
            "tlp": self.tlp,
            "confidence": self.confidence,
            "first_seen": self.first_seen,
        }


@dataclass(frozen=True)
class WatchSource:
    """Where a set of entries came from: a partner's file or feed, as imported."""

    name: str  # the producer (STIX created_by identity, MISP Orgc, or given by the user)
    origin: str  # the file name or feed URL
    format: str  # stix | misp | hashed
    tlp: str = "amber"  # the strictest marking of what was imported
    entries: tuple[WatchEntry, ...] = ()
