"""The published guidance, as bounds on what the scorer may learn.

NPSA, MI5, NCSC, ODNI-NCSC and ASIO agree on a short list of red flags (formats/RED-FLAGS.md):
paid reports, unnamed clients, paid trips abroad, secrecy, a move off the platform, requests for
non-public work or for colleagues. A few hundred training approaches, most of them synthetic,
cannot overrule that consensus: if no training approach happens to pair a flag with a malicious
label, an unbounded fit would make the flag nearly worthless (it once learned +0.20 for paid
reports). So each such flag gets a floor on its weight, and the data fit above it.

Reassuring signs and unwanted-traffic findings get a ceiling of 0 instead: they may lower the
score or do nothing, never raise it. Every other finding is a red flag the data weigh freely
from 0 up. The table is written into ``model.json`` (``training.bounds``) and docs/scoring.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from counterlink.signals.employer import FLOORS as EMPLOYER_FLOORS
from counterlink.signals.guidance import (
    ASIO_CLEARANCES,
    ASIO_TBYL,
    MI5_2025,
    NPSA_TBYL,
    ODNI_DECEPTION,
    ODNI_NEVERNIGHT,
    YEO,
)

# A consensus red flag at least multiplies the odds by e^2 (about 7.4); a supporting one by
# e^0.5 (about 1.6). Judgement, not data: the published lists say "if you see this, stop and
# verify". Floors of 1.0 and 2.0 were compared on grouped cross-validation (macro-F1 0.875 vs
# 0.885, ECE 0.056 vs 0.042) and on data/real/train.jsonl (never fitted on), never on a
# held-out split; 2.0 did better on both.
STRONG = 2.0
SUPPORTING = 0.5


@dataclass(frozen=True)
class Bound:
    lower: float | None
    upper: float | None
    why: str
    sources: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "lower": self.lower,
            "upper": self.upper,
            "why": self.why,
            "sources": list(self.sources),
        }


_FLOORS: dict[str, Bound] = {
    "message.paid_insight": Bound(
        STRONG, None, "paid reports or papers seeking insight (red flag 3)", (MI5_2025, YEO)
    ),
    "message.irregular_payment": Bound(
        STRONG, None, "payment in cash or cryptocurrency (red flag 11)", (MI5_2025,)
    ),
    "message.travel_invitation": Bound(
        STRONG, None, "all-expenses-paid trips abroad (red flag 4)", (ODNI_DECEPTION, MI5_2025)
    ),
    "message.unnamed_client": Bound(
        STRONG, None, "unnamed clients or partners (red flag 8)", (NPSA_TBYL, YEO)
    ),
    "message.secrecy": Bound(STRONG, None, "secrecy about the contact", (NPSA_TBYL, MI5_2025)),
    "message.off_platform": Bound(
        STRONG, None, "a push to another platform (red flag 5)", (NPSA_TBYL, MI5_2025)
    ),
    "message.request_colleagues": Bound(
        STRONG, None, "requests for colleagues and contacts (red flag 10)", (NPSA_TBYL, YEO)
    ),
    "message.request_projects": Bound(
        STRONG, None, "requests for non-public work (red flags 3, 10)", (MI5_2025, ODNI_DECEPTION)
    ),
    "message.request_clearance": Bound(
        STRONG, None, "questions about clearance and access (red flag 12)", (ASIO_CLEARANCES,)
    ),
    "message.reported_elicitation": Bound(
        STRONG,
        None,
        "an account says the contact sought non-public or insider information (red flag 3)",
        (MI5_2025, NPSA_TBYL),
    ),
    "message.reported_cover_persona": Bound(
        STRONG,
        None,
        "an account says the contact posed as a headhunter, consultancy or think tank (flags 1, 9)",
        (NPSA_TBYL, MI5_2025),
    ),
    "message.too_good_to_be_true": Bound(
        SUPPORTING, None, "an offer too good to be true (red flag 2)", (NPSA_TBYL, ASIO_TBYL)
    ),
    "message.flattery": Bound(SUPPORTING, None, "flattery of expertise (red flag 7)", (NPSA_TBYL,)),
    "message.urgency": Bound(SUPPORTING, None, "urgency or scarcity (red flag 6)", (NPSA_TBYL,)),
    "message.unsolicited_opportunity": Bound(
        0.0, None, "unsolicited offers are mostly genuine: the data weigh it", (ODNI_NEVERNIGHT,)
    ),
}
# The employer check's floors live with its detector (the assessor reads them there for a
# model trained before it existed); the bounds here are the same numbers.
for _code, (_floor, _why, _sources) in EMPLOYER_FLOORS.items():
    _FLOORS[_code] = Bound(_floor, None, _why, _sources)
_CEILING_PREFIXES = {
    "reassure.": "a reassuring sign may lower the score, never raise it",
    "unwanted.": "ordinary unwanted traffic is not evidence of a state approach",
}
_DEFAULT = Bound(0.0, None, "a red flag: it may raise the score or do nothing")


def bound_for(code: str) -> Bound:
    if code in _FLOORS:
        return _FLOORS[code]
    for prefix, why in _CEILING_PREFIXES.items():
        if code.startswith(prefix):
            return Bound(None, 0.0, why)
    return _DEFAULT


def bounds_for(codes: Sequence[str]) -> list[tuple[float | None, float | None]]:
    """(lower, upper) per code, in order: what :func:`fitting.fit_logistic` takes."""
    return [(bound_for(c).lower, bound_for(c).upper) for c in codes]


def bounds_table(codes: Sequence[str]) -> dict[str, dict[str, object]]:
    """The bounds that differ from the default, for model.json and the docs."""
    return {c: bound_for(c).as_json() for c in codes if bound_for(c) != _DEFAULT}
