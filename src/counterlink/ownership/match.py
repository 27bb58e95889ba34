"""Name matching: a company's or a listed entity's name against what a persona claims.

``name_key`` is the comparison key: rigour's ``normalize_name`` (case, punctuation, spacing,
transliteration) and ``remove_org_types`` (legal forms such as Ltd, Limited, Co Ltd, GmbH, PLC),
plus a few mid-name abbreviations rigour leaves alone (``&``/and, Corp/Corporation, Intl). Two
names *agree* when their keys are equal: only then is a company "the" match or an owner "on" a
list. ``score`` (rapidfuzz) ranks near names; a company candidate needs ``CANDIDATE_MIN`` and
never becomes the match on a score alone, so "China Mobility Solutions Ltd" is not "China
Mobile Ltd" however close the strings are.
"""

from __future__ import annotations

import re

# Candidates are near names shown for a human to judge: token-sort similarity ≥ 0.80 of the
# keys (rapidfuzz 0–100 scale / 100). Chosen so a typo or a dropped word stays visible while
# unrelated names sharing one word ("China …") fall below.
CANDIDATE_MIN = 0.80
# A key shorter than this (after legal forms are removed) is too generic to match on.
MIN_KEY = 3

# Mid-name words rigour's org-type removal keeps (it strips legal forms at the end).
_ABBREVIATIONS = {
    "corporation": "corp",
    "company": "co",
    "international": "intl",
    "technologies": "tech",
    "technology": "tech",
    "limited": "ltd",
    "and": "",
    "the": "",
}
_AMPERSAND = re.compile(r"\s*&\s*")


def name_key(name: str | None) -> str | None:
    """The comparison key of a name, or None when nothing meaningful is left."""
    if not name:
        return None
    from rigour.names import normalize_name, remove_org_types

    text = _AMPERSAND.sub(" and ", name)
    normal = normalize_name(text)
    if not normal:
        return None
    stripped = remove_org_types(normal).strip() or normal
    words = [_ABBREVIATIONS.get(w, w) for w in stripped.split()]
    key = " ".join(w for w in words if w)
    return key if len(key.replace(" ", "")) >= MIN_KEY else None


def score(a: str, b: str) -> float:
    """Similarity in [0, 1] of two names, legal forms included (so 'Ltd' vs 'Limited' costs a
    little, a different word costs a lot)."""
    from rapidfuzz import fuzz
    from rigour.names import normalize_name

    left = normalize_name(_AMPERSAND.sub(" and ", a)) or a.casefold()
    right = normalize_name(_AMPERSAND.sub(" and ", b)) or b.casefold()
    return round(fuzz.token_sort_ratio(left, right) / 100, 2)


def key_score(a: str, b: str) -> float:
    """Similarity in [0, 1] of two keys (legal forms already removed)."""
    from rapidfuzz import fuzz

    return round(fuzz.token_sort_ratio(a, b) / 100, 2)


def rarest_token(key: str) -> str:
    """The token used to block candidate search: the longest one (long words are rare)."""
    return max(key.split(), key=len)
