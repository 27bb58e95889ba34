"""What an export is made from, independent of the database: cases, campaigns, TLP markings,
audiences, and the loss report every export comes with.

TLP levels are FIRST TLP 2.0 labels written in lower case (``clear``, ``green``, ``amber``,
``amber+strict``, ``red``); they become STIX marking definitions or MISP tags only at the export
edge. An *audience* is who will receive an export:

============== =========================================
audience       TLP levels it may receive
============== =========================================
public         clear
community      clear, green
organisation   clear, green, amber, amber+strict
============== =========================================

``red`` never leaves: no audience receives it. A case marked above what the audience may receive
is refused (:class:`ShareRefused`); a finding, note or attachment marked above it is dropped and
named in the loss report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from counterlink.campaigns.model import Campaign
from counterlink.errors import CounterlinkError
from counterlink.schema import Approach, Assessment

Tlp = Literal["clear", "green", "amber", "amber+strict", "red"]
Audience = Literal["organisation", "community", "public"]
LossKind = Literal["withheld", "dropped", "refused", "redacted", "unrepresented", "bytes"]

TLP_LEVELS: tuple[str, ...] = get_args(Tlp)
AUDIENCES: tuple[str, ...] = get_args(Audience)
# The strictest level each audience may receive (red: none may).
AUDIENCE_MAX: dict[str, str] = {
    "public": "clear",
    "community": "green",
    "organisation": "amber+strict",
}


class ShareRefused(CounterlinkError):
    """An export the audience may not receive (a case marked above the audience's level)."""


def check_tlp(value: str, what: str = "tlp") -> str:
    """``value`` as a TLP level (lower case), or a CounterlinkError naming the field ``what``."""
    level = value.strip().lower().removeprefix("tlp:")
    if level == "white":  # TLP 1.0's name for clear
        level = "clear"
    if level not in TLP_LEVELS:
        raise CounterlinkError(
            f"unknown TLP level {value!r} (one of {', '.join(TLP_LEVELS)})", field=what
        )
    return level


def check_audience(value: str) -> str:
    if value not in AUDIENCES:
        raise CounterlinkError(
            f"unknown audience {value!r} (one of {', '.join(AUDIENCES)})", field="audience"
        )
    return value


def tlp_rank(level: str) -> int:
    return TLP_LEVELS.index(check_tlp(level))


def strictest(*levels: str) -> str:
    return max((check_tlp(level) for level in levels), key=TLP_LEVELS.index)


def may_receive(audience: str, level: str) -> bool:
    """Whether ``audience`` may receive something marked ``level`` (never for red)."""
    return tlp_rank(level) <= tlp_rank(AUDIENCE_MAX[check_audience(audience)])


@dataclass(frozen=True)
class Note:
    """Analyst text about a case, with its own marking."""

    text: str
    tlp: str = "amber"


@dataclass(frozen=True)
class Attachment:
    """An attachment of a case: only its name, hash and media type are ever exported."""

    filename: str
    sha256: str
    media_type: str | None = None
    tlp: str = "amber"


@dataclass(frozen=True)
class LossItem:
    """One thing an export did not carry as given, and why.

    ``kind``: ``withheld`` (by design: the target), ``dropped`` (its marking is above the
    audience), ``refused`` (a whole case the audience may not receive), ``redacted`` (text
    changed to remove the target), ``unrepresented`` (the format has no place for it),
    ``bytes`` (an attachment's content: only its hash is exported).
    """

    case: str
    path: str
    kind: LossKind
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"case": self.case, "path": self.path, "kind": self.kind, "reason": self.reason}

    def __str__(self) -> str:
        return f"{self.case}: {self.path}: {self.kind}: {self.reason}"


@dataclass(frozen=True)
class Private:
    """What identifies a case's target outside ``approach.target`` (the store knows it): never
    exported, and removed from every text an export carries."""

    names: tuple[str, ...] = ()  # the reporter's names: the reporter is the one approached
    role: str | None = None
    department: str | None = None


@dataclass
class ShareCase:
    """One case to share: an approach, what counterlink made of it, and the team's markings.

    ``finding_tlp`` marks findings by code; a finding not named there carries the case's TLP.
    ``pap`` (MISP only) defaults to the PAP level matching ``tlp``.
    """

    approach: Approach
    assessment: Assessment | None = None
    tlp: str = "amber"
    notes: list[Note] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    finding_tlp: dict[str, str] = field(default_factory=dict)
    reported_at: str | None = None
    pap: str | None = None
    private: Private = field(default_factory=Private)
    # The case's latest employer check (`counterlink employer`'s JSON), if one was kept: the
    # company and its owners are exported with the case (share.disclose.disclosable_employer).
    employer: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        self.tlp = check_tlp(self.tlp)
        self.notes = [
            Note(n.text, check_tlp(n.tlp, "notes.tlp")) if isinstance(n, Note) else Note(*n)
            for n in self.notes
        ]
        self.attachments = [
            a if isinstance(a, Attachment) else Attachment(*a) for a in self.attachments
        ]
        for a in self.attachments:
            check_tlp(a.tlp, "attachments.tlp")
        self.finding_tlp = {k: check_tlp(v, "finding_tlp") for k, v in self.finding_tlp.items()}


@dataclass
class ShareCampaign:
    """A campaign to share: its cases (each with its own marking) and what linked them."""

    campaign: Campaign
    cases: list[ShareCase]
    notes: list[Note] = field(default_factory=list)
