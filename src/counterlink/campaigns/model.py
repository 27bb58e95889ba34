"""What campaign linking produces: links between approaches, and campaigns that explain
themselves by the indicators their members share."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Shared:
    """One indicator two approaches share, and how much it says (0 for a generic value)."""

    kind: str  # e.g. "handle", "email_domain", "photo", "template"
    value: str  # the normalised value (for "photo": the hashes; for "template": a similarity)
    weight: float


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    score: float
    shared: tuple[Shared, ...]


@dataclass
class Campaign:
    """A cluster of approaches and why they belong together."""

    id: str
    members: list[str]
    indicators: list[dict[str, Any]] = field(default_factory=list)
    first_seen: str | None = None
    last_seen: str | None = None
    targets: dict[str, dict[str, int]] = field(default_factory=dict)
    personas: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def to_json(self, *, with_links: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "members": self.members,
            "indicators": self.indicators,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "targets": self.targets,
            "personas": self.personas,
        }
        if with_links:
            out["links"] = [
                {
                    "a": link.a,
                    "b": link.b,
                    "score": round(link.score, 4),
                    "shared": [
                        {"kind": s.kind, "value": s.value, "weight": round(s.weight, 4)}
                        for s in link.shared
                    ],
                }
                for link in self.links
            ]
        return out


def campaign_id(members: list[str]) -> str:
    """A stable id: the same members give the same id in every run."""
    digest = hashlib.sha256("\n".join(sorted(members)).encode("utf-8")).hexdigest()
    return f"campaign-{digest[:12]}"


@dataclass
class CampaignResult:
    campaigns: list[Campaign]
    approaches: int
    links: int

    def to_json(self, *, with_links: bool = False) -> dict[str, Any]:
        return {
            "approaches": self.approaches,
            "links": self.links,
            "campaigns": [c.to_json(with_links=with_links) for c in self.campaigns],
        }
