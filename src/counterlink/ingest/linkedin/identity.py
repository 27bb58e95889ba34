"""Keys for people: the profile slug ``/in/<slug>`` first, an exact normalised name second."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

# Recipient URLs are joined by ";" in some exports and "," in others: split only where the
# separator is followed by the start of another URL, so a comma inside a URL survives.
_URL_SEPARATOR = re.compile(r"\s*[;,]\s*(?=(?:https?://|www\.|linkedin\.com))", re.IGNORECASE)


# Both keys are pure and asked for the same few thousand people over and over.
@lru_cache(maxsize=1 << 16)
def profile_key(url: str | None) -> str | None:
    """The person key of a profile URL: the ``/in/`` slug, lower-cased, without query or ``/``.

    ``https://www.linkedin.com/in/Jane-Doe-1a2b/?trk=x`` → ``jane-doe-1a2b``. A URL without
    ``/in/`` (a company page, an old ``/pub/`` link) is keyed by the whole normalised URL.
    """
    if not url:
        return None
    value = url.strip()
    for cut in ("?", "#"):
        value = value.split(cut, 1)[0]
    value = value.rstrip("/")
    marker = value.lower().find("/in/")
    if marker >= 0:
        value = value[marker + 4 :].split("/", 1)[0]
    elif "%" not in value:
        return value.lower() or None
    return unquote(value).lower() or None


@lru_cache(maxsize=1 << 16)
def name_key(name: str | None) -> str | None:
    """A name for exact matching: NFC, case-folded, runs of whitespace collapsed."""
    if not name:
        return None
    if not name.isascii():
        name = unicodedata.normalize("NFC", name)
    key = " ".join(name.split()).casefold()
    return key or None


def split_urls(value: str) -> list[str]:
    """The profile URLs in a ``RECIPIENT PROFILE URLS`` cell, however they are separated."""
    value = value.strip()
    if not value:
        return []
    if ";" not in value and "," not in value:
        return [value]  # the common case, without a regex
    parts = (part.strip(" ;,") for part in _URL_SEPARATOR.split(value))
    return [part for part in parts if part]
