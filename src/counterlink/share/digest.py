"""Keyed hashes for private matching: partners who share a community key exchange
HMAC-SHA256 digests of normalised indicators instead of the indicators, so each can tell "we saw
this handle too" without revealing a handle the other has not seen.

The message hashed is ``kind`` + U+001F + normalised value (UTF-8): the kind is part of it so
that a phone number and a handle holding the same digits never match each other. A key is named
by ``key_id``, the first 16 hex digits of SHA-256 over the key, so an importer can tell which key
a file was made with without the key itself ever being written down.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from counterlink.errors import CounterlinkError

# The document a private-matching export writes (share.hashed) and the importer reads.
HASHED_FORMAT = "counterlink.hashed/1"
KEY_ENV = "COUNTERLINK_COMMUNITY_KEY"
MIN_KEY_BYTES = 16


def indicator_digest(key: bytes, kind: str, value: str) -> str:
    return hmac.new(key, f"{kind}\x1f{value}".encode(), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()[:16]


def parse_key(text: str, where: str) -> bytes:
    """A community key written as hex (at least 32 digits) or as any text of 16 bytes or more."""
    stripped = text.strip()
    try:
        key = bytes.fromhex(stripped) if len(stripped) % 2 == 0 else b""
    except ValueError:
        key = b""
    if not key:
        key = stripped.encode("utf-8")
    if len(key) < MIN_KEY_BYTES:
        raise CounterlinkError(
            f"a community key needs at least {MIN_KEY_BYTES} bytes (32 hex digits); "
            f"make one with: python -c 'import secrets; print(secrets.token_hex(32))'",
            file=where,
        )
    return key


def load_key(path: Path | None) -> bytes | None:
    """The community key from ``path``, else from $COUNTERLINK_COMMUNITY_KEY, else None."""
    if path is not None:
        try:
            return parse_key(path.read_text("utf-8"), str(path))
        except (OSError, UnicodeDecodeError) as exc:
            raise CounterlinkError(f"cannot read the community key: {exc}", file=path) from exc
    text = os.environ.get(KEY_ENV)
    return parse_key(text, f"${KEY_ENV}") if text else None
