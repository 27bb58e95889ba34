"""The domain model: counterlink.approach/1 (Approach and its parts), Finding and Assessment.

The approach contract is fixed by DESIGN.md: every field but ``schema`` and ``messages`` may be
absent or null, and unknown fields are kept (``extra="allow"``), never rejected. ``label`` and
``annotations`` exist for datasets and evaluation; no detector or scorer reads them, except that
a reporter's ``account`` stored as ``annotations.account`` (older corpus rows) stands in for a
missing ``account`` in :func:`text_fields`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

APPROACH_SCHEMA = "counterlink.approach/1"
# The deepest nesting of objects and lists an approach may hold (approach/1 itself needs five
# levels). Unknown fields are kept, so without a bound a value nested a few hundred levels deep
# is read but cannot be written out again: pydantic's serializer stops at 255 levels.
MAX_NESTING = 64

Channel = Literal[
    "linkedin",
    "email",
    "phone",
    "whatsapp",
    "wechat",
    "telegram",
    "signal",
    "in_person",
    "other",
    "unknown",
]
Category = Literal[
    "profile", "message", "contact", "photo", "employer", "campaign", "reassurance", "unwanted"
]
Level = Literal["low", "medium", "high"]


class _Open(BaseModel):
    """Base for contract objects: unknown fields are kept and written back out."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Photo(_Open):
    """The persona's profile picture. ``placeholder`` is true when the picture is not a photo of
    anyone: a site's default silhouette, or an initials or monogram avatar. Many unrelated
    profiles show the same placeholder, so it says nothing about who is behind them."""

    path: str | None = None
    sha256: str | None = None
    phash: str | None = None
    placeholder: bool | None = None


class Experience(_Open):
    title: str | None = None
    company: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    description: str | None = None


class Education(_Open):
    school: str | None = None
    degree: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None


class Contacts(_Open):
    emails: list[str] | None = None
    phones: list[str] | None = None
    websites: list[str] | None = None
    handles: dict[str, str] | None = None


class Verified(_Open):
    identity: bool | None = None
    workplace: bool | None = None


class Persona(_Open):
    name: str | None = None
    headline: str | None = None
    url: str | None = None
    location: str | None = None
    about: str | None = None
    connections: int | None = None
    followers: int | None = None
    member_since: str | None = None
    photo: Photo | None = None
    experience: list[Experience] | None = None
    education: list[Education] | None = None
    skills: list[str] | None = None
    contacts: Contacts | None = None
    verified: Verified | None = None


class Target(_Open):
    name: str | None = None
    organisation: str | None = None
    sector: str | None = None
    role: str | None = None


class Message(_Open):
    sender: Literal["persona", "target"]
    sent_at: str | None = None
    text: str = ""


class Approach(_Open):
    """One approach: a persona, its messages to a target, and where it came from."""

    schema_: Literal["counterlink.approach/1"] = Field(alias="schema")
    id: str | None = None
    source: str | None = None
    channel: Channel | None = None
    received_at: str | None = None
    persona: Persona | None = None
    target: Target | None = None
    messages: list[Message]
    # The reporter's own description of what happened, in their words ("he offered to fly me to
    # Shanghai..."): read by the message detectors along with the messages; may stand alone.
    account: str | None = None
    label: Literal["malicious", "benign"] | None = None
    annotations: dict[str, Any] | None = None

    @model_validator(mode="before")
    @classmethod
    def _not_nested_too_deeply(cls, data: Any) -> Any:
        if nested_deeper_than(data, MAX_NESTING):
            raise ValueError(f"nested more than {MAX_NESTING} levels deep")
        return data

    def to_json_dict(self) -> dict[str, Any]:
        """The approach as approach/1 JSON, unknown fields included, nulls left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


def nested_deeper_than(value: Any, limit: int) -> bool:
    """Whether objects and lists in ``value`` nest more than ``limit`` deep (walked without
    recursion, so any depth is measured)."""
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


class Evidence(BaseModel):
    """A cited piece of text: ``field`` is the path of the text, offsets index into it.

    Text read by OCR from a screenshot also says so: ``ocr: true``, the ``image`` file and the
    ``regions`` ``[[x0, y0, x1, y1], ...]`` (pixels) of the lines the cited text lies on."""

    model_config = ConfigDict(extra="allow")

    field: str
    excerpt: str
    start: int
    end: int


class Finding(BaseModel):
    code: str
    category: Category
    weight: float = 0.0
    title: str
    # How strongly the detector found it: 1 for a rule that matched; a learned detector may
    # grade its finding (the text model gives its log-odds). The weight is the model's
    # coefficient for the code times this strength.
    strength: float = 1.0
    evidence: list[Evidence] = Field(default_factory=list)
    guidance: list[str] = Field(default_factory=list)
    attack: str | None = None
    # Who says so when it is not counterlink's own detectors: the partner whose shared
    # indicators the approach matched (campaign.known_to_partner).
    source: str | None = None


# What kind of traffic an assessment says this is: a possible hostile-state approach, ordinary
# unwanted traffic (spam, scams, pitches), or nothing of note.
Kind = Literal["hostile_state", "unwanted", "none"]


class Assessment(BaseModel):
    id: str | None = None
    score: float = Field(ge=0.0, le=1.0)
    level: Level
    category: Kind = "none"
    findings: list[Finding]
    advice: list[str]
    model: str


# Sentence boundaries: end punctuation followed by space, or a line break. Evidence cites
# sentences cut this way, by the rule detectors and the learned ones alike.
SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")


def text_fields(approach: Approach) -> Iterator[tuple[str, str]]:
    """Every free text of an approach with its evidence path, e.g. ``messages[3].text``.

    Detectors cite evidence by these paths; keeping one walker means every detector agrees on
    what a path points at.
    """
    persona = approach.persona
    if persona is not None:
        for name in ("name", "headline", "location", "about"):
            value = getattr(persona, name)
            if value:
                yield f"persona.{name}", value
        for i, job in enumerate(persona.experience or []):
            for name in ("title", "company", "description"):
                value = getattr(job, name)
                if value:
                    yield f"persona.experience[{i}].{name}", value
    for i, message in enumerate(approach.messages):
        if message.text:
            yield f"messages[{i}].text", message.text
    if approach.account:
        yield "account", approach.account
        return
    noted = (approach.annotations or {}).get("account")
    if isinstance(noted, str) and noted:
        yield "annotations.account", noted


_PATH_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\.")


def resolve_field(approach: Approach, path: str) -> str | None:
    """The string an evidence path points at (``messages[3].text``, ``target.sector``,
    ``persona.contacts.handles.wechat``), or None when the path leads to no string.

    Numbers (``persona.connections``) resolve to their decimal text, so evidence can cite them.
    """
    node: Any = approach.model_dump(by_alias=True)
    position = 0
    while position < len(path):
        match = _PATH_PART.match(path, position)
        if match is None or match.end() == position:
            return None
        position = match.end()
        key, index = match.group(1), match.group(2)
        if key is not None:
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        elif index is not None:
            if not isinstance(node, list) or int(index) >= len(node):
                return None
            node = node[int(index)]
    if isinstance(node, bool):
        return None
    if isinstance(node, int | float):
        return str(node)
    return node if isinstance(node, str) else None
