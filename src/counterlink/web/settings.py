"""Web settings, read from the environment once (secrets never come from the repository)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from counterlink.share.digest import load_key
from counterlink.store.db import database_url

# The exporting organisation's name in partner exports when none is configured (as the CLI's).
DEFAULT_SHARE_IDENTITY = "counterlink user"


@dataclass(frozen=True)
class Settings:
    database_url: str
    # "auto": the session cookie is Secure when the request came over HTTPS (directly, or via
    # a proxy that uvicorn trusts with --proxy-headers); "always" / "never" force it.
    secure_cookies: str = "auto"
    # Largest evidence file accepted, in bytes (the store enforces its own ceiling too).
    max_upload: int = 10 * 1024 * 1024
    # The community key for private-matching (hashed) exports; None: hashed is not offered.
    # Never in repr, so that logging the settings cannot leak it.
    community_key: bytes | None = field(default=None, repr=False)
    # The organisation named as the producer of partner exports (STIX identity, MISP Orgc).
    share_identity: str = DEFAULT_SHARE_IDENTITY
    # The registry of company registers employer checks read (signals/employer.py); None: the
    # employer check is off and assessments are as without it.
    registry: Path | None = None

    @classmethod
    def from_env(cls, database: str | None = None) -> Settings:
        """From $COUNTERLINK_SECURE_COOKIES, $COUNTERLINK_COMMUNITY_KEY (the key itself, as
        for the CLI), $COUNTERLINK_SHARE_IDENTITY and $COUNTERLINK_REGISTRY (used when that file
        exists); a malformed key is a CounterlinkError."""
        from counterlink.signals.employer import configured_registry

        identity = os.environ.get("COUNTERLINK_SHARE_IDENTITY", "").strip()
        return cls(
            database_url=database or database_url(),
            secure_cookies=os.environ.get("COUNTERLINK_SECURE_COOKIES", "auto").strip().lower(),
            community_key=load_key(None),
            share_identity=identity or DEFAULT_SHARE_IDENTITY,
            registry=configured_registry(),
        )
