"""Share intervals: what the registers say about a stake is a range, with open or closed ends.

Companies House bands are statutory intervals (PSC Regulations, short descriptions in
companieshouse/api-enumerations psc_descriptions.yml; OWNERSHIP.md §2): "more than 25% but not
more than 50%" is (0.25, 0.50], "more than 50% but less than 75%" is (0.50, 0.75), "75% or
more" is [0.75, 1]; the ROE "more than 25%" is (0.25, 1]. A chain multiplies, parallel paths
add (capped at 1): the look-through share is monotone in every edge, so the products and sums of
the bounds are exact bounds (OWNERSHIP.md §7). An edge that gives control only is [0, 1]: the
share is unknown, never 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EPS = 1e-9


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float
    lo_open: bool = False
    hi_open: bool = False

    def __mul__(self, other: Interval) -> Interval:
        return Interval(
            self.lo * other.lo,
            self.hi * other.hi,
            (self.lo_open or other.lo_open) and self.lo * other.lo > 0,
            self.hi_open or other.hi_open,
        )

    def __add__(self, other: Interval) -> Interval:
        hi = self.hi + other.hi
        return Interval(
            min(1.0, self.lo + other.lo),
            min(1.0, hi),
            self.lo_open or other.lo_open,
            (self.hi_open or other.hi_open) and hi < 1 - EPS,
        )

    def at_least_half(self) -> bool:
        """Certainly ≥ 50 % (the OFAC/BIS/EU test)."""
        return self.lo >= 0.5 - EPS

    def may_reach_half(self) -> bool:
        return self.hi >= 0.5 - EPS

    def more_than_half(self) -> bool:
        """Certainly > 50 % (the UK test for votes): (0.5, …) counts, [0.5, …) does not."""
        return self.lo > 0.5 + EPS or (abs(self.lo - 0.5) <= EPS and self.lo_open)

    def rounded(self) -> tuple[float, float]:
        return round(self.lo, 6), round(self.hi, 6)


ZERO = Interval(0.0, 0.0)
UNKNOWN = Interval(0.0, 1.0)
BANDS = {
    (25, 50): Interval(0.25, 0.50, lo_open=True),
    (50, 75): Interval(0.50, 0.75, lo_open=True, hi_open=True),
    (75, 100): Interval(0.75, 1.0),
}
MORE_THAN_25 = Interval(0.25, 1.0, lo_open=True)

_BAND = re.compile(r"-(\d+)-to-(\d+)-percent")
_SHARES = ("ownership-of-shares", "right-to-share-surplus-assets", "part-right-to-share-surplus")


@dataclass(frozen=True)
class Nature:
    """What a list of natures_of_control says: share and votes intervals, board and influence."""

    share: Interval | None
    votes: Interval | None
    appoint: bool
    influence: bool


def _band(code: str) -> Interval | None:
    if "more-than-25-percent" in code:
        return MORE_THAN_25
    found = _BAND.search(code)
    if not found:
        return None
    return BANDS.get((int(found.group(1)), int(found.group(2))))


def read_natures(natures: list[str]) -> Nature:
    share: Interval | None = None
    votes: Interval | None = None
    appoint = influence = False
    for code in natures:
        band = _band(code)
        if code.startswith(_SHARES) and band:
            share = band if share is None else Interval(max(share.lo, band.lo), share.hi)
        elif code.startswith("voting-rights") and band:
            votes = band if votes is None else Interval(max(votes.lo, band.lo), votes.hi)
        elif code.startswith("right-to-appoint-and-remove"):
            appoint = True
        elif code.startswith("significant-influence-or-control"):
            influence = True
    return Nature(share, votes, appoint, influence)


def bods_share(share: dict[str, object]) -> Interval | None:
    """A BODS 0.4 ``share`` object (percentages 0–100) as an interval of fractions."""

    def num(key: str) -> float | None:
        value = share.get(key)
        return float(value) / 100 if isinstance(value, int | float) else None

    exact = num("exact")
    if exact is not None:
        return Interval(exact, exact)
    lo, lo_open = num("minimum"), False
    if lo is None and (lo := num("exclusiveMinimum")) is not None:
        lo_open = True
    hi, hi_open = num("maximum"), False
    if hi is None and (hi := num("exclusiveMaximum")) is not None:
        hi_open = True
    if lo is None and hi is None:
        return None
    return Interval(lo or 0.0, 1.0 if hi is None else hi, lo_open, hi_open)


def share_text(share: Interval | tuple[float, float]) -> str:
    """A share range as people write it: "25–50%", "100%", or "share unknown" for [0, 1]."""
    lo, hi = (share.lo, share.hi) if isinstance(share, Interval) else share

    def pct(x: float) -> str:
        return f"{x * 100:.4g}"

    if lo <= 0 and hi >= 1:
        return "share unknown"
    if abs(hi - lo) < 1e-9:
        return f"{pct(lo)}%"
    return f"{pct(lo)}–{pct(hi)}%"
