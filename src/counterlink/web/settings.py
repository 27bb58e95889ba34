"""Web settings, read from the environment once (secrets never come from the repository)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from counterlink.store.db import database_url


@dataclass(frozen=True)
class Settings:
    database_url: str
    # "auto": the session cookie is Secure when the request came over HTTPS (directly, or via
    # a proxy that uvicorn trusts with --proxy-headers); "always" / "never" force it.
    secure_cookies: str = "auto"
    # Largest evidence file accepted, in bytes (the store enforces its own ceiling too).
    max_upload: int = 10 * 1024 * 1024

    @classmethod
    def from_env(cls, database: str | None = None) -> Settings:
        return cls(
            database_url=database or database_url(),
            secure_cookies=os.environ.get("COUNTERLINK_SECURE_COOKIES", "auto").strip().lower(),
        )
