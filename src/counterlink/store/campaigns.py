"""Campaigns over the stored reports: analyst judgements and the last computed campaigns.

Every report is an approach named ``report-<id>`` (see :func:`member_id`) wherever campaigns
are concerned: in judgements, snapshots, the web pages, the API and `counterlink campaigns
--database`. Judgements therefore name reports, never campaign ids, and hold through every
recomputation.

* Judgements are append-only, like the audit log (and each is an audit entry too): one is
  withdrawn by a later ``revoke`` judgement naming it, never deleted.
* A snapshot keeps the last computed campaigns with the counts and last ids of the reports and
  judgements it was computed from; :func:`current` recomputes only when those changed (or the
  linking code did). Reports are never edited or deleted, so counts and last ids suffice.
* Indicators are extracted once per approach and process (a cache keyed by the approach's own
  content, so it can never serve a stale value), so a recomputation after one new report
  costs reading the approaches and linking, not extracting everything again.

Services flush; the caller commits.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, cached_property
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counterlink import __version__
from counterlink.campaigns import (
    CampaignResult,
    Indicators,
    LinkSettings,
    campaigns_from_indicators,
    extract_all,
    validate_judgement,
)
from counterlink.campaigns.background import Background, shipped
from counterlink.campaigns.model import Campaign
from counterlink.errors import InvalidInput
from counterlink.schema import Approach, Target
from counterlink.store.audit import record as audit_record
from counterlink.store.errors import Forbidden, NotFound
from counterlink.store.tables import (
    CampaignJudgement,
    CampaignSnapshot,
    Report,
    User,
    utcnow,
)

MEMBER_PREFIX = "report-"
MAX_NOTE = 2000
MAX_MEMBERS = 5000  # members one judgement may name
# Extracted indicators kept per process (about 1 KB each).
CACHE_SIZE = 20_000


def member_id(report_id: int) -> str:
    """The name of a report as a campaign member: ``report-12``."""
    return f"{MEMBER_PREFIX}{report_id}"


def report_id_of(member: str) -> int | None:
    """The report id in a member name, None when it is not one."""
    digits = member.removeprefix(MEMBER_PREFIX)
    if member.startswith(MEMBER_PREFIX) and digits.isdigit() and len(digits) < 19:
        return int(digits)
    return None


def member_order(member: str) -> tuple[int, str]:
    """Sort key: reports by number (report-2 before report-10), anything else after."""
    number = report_id_of(member)
    return (number, "") if number is not None else (2**63, member)


def _require_triage(actor: User) -> None:
    if not actor.active or actor.role not in ("analyst", "admin"):
        raise Forbidden("only analysts and admins may judge campaigns")


# ---- what a snapshot was computed from -------------------------------------------------------


@cache
def algorithm() -> str:
    """The version of the linking: a snapshot from other code, settings or shipped background
    is recomputed."""
    from counterlink.campaigns.background import shipped_digest

    settings = hashlib.sha256(
        (repr(LinkSettings()) + shipped_digest()).encode("utf-8")
    ).hexdigest()[:12]
    return f"{__version__}+{settings}"


def _benign_digest(s: Session) -> str:
    """Which reports are judged benign (they join the background, so a new verdict makes a
    snapshot stale)."""
    ids = s.scalars(select(Report.id).where(Report.verdict == "benign").order_by(Report.id))
    return hashlib.sha256(",".join(map(str, ids)).encode("ascii")).hexdigest()[:12]


@dataclass(frozen=True)
class Stamp:
    reports: int
    last_report_id: int
    judgements: int
    last_judgement_id: int
    algorithm: str


def current_stamp(s: Session) -> Stamp:
    reports, last_report = s.execute(select(func.count(Report.id), func.max(Report.id))).one()
    judgements, last_judgement = s.execute(
        select(func.count(CampaignJudgement.id), func.max(CampaignJudgement.id))
    ).one()
    return Stamp(
        reports,
        last_report or 0,
        judgements,
        last_judgement or 0,
        f"{algorithm()}+{_benign_digest(s)}",
    )


def _stamp_of(row: CampaignSnapshot) -> Stamp:
    return Stamp(
        row.reports, row.last_report_id, row.judgements, row.last_judgement_id, row.algorithm
    )


# ---- judgements ------------------------------------------------------------------------------


def _clean_note(note: str | None) -> str | None:
    if note is None or not note.strip():
        return None
    if len(note) > MAX_NOTE:
        raise InvalidInput(f"at most {MAX_NOTE} characters", field="note")
    return note.strip()


def _unique(members: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(members))


def _check_members(s: Session, members: Sequence[str], where: str) -> None:
    """Every member names a stored report (a typo would silently do nothing otherwise)."""
    if not members:
        raise InvalidInput("name at least one report", field=where)
    if len(members) > MAX_MEMBERS:
        raise InvalidInput(f"at most {MAX_MEMBERS} reports in one judgement", field=where)
    ids: dict[str, int] = {}
    for member in members:
        number = report_id_of(member)
        if number is None:
            raise InvalidInput(f"'{member[:60]}' is not a report (report-<id>)", field=where)
        ids[member] = number
    found = set(s.scalars(select(Report.id).where(Report.id.in_(set(ids.values())))))
    missing = [m for m, number in ids.items() if number not in found]
    if missing:
        raise InvalidInput(f"no report {missing[0]}", field=where)


def _normalised(s: Session, judgement: Mapping[str, Any]) -> dict[str, Any]:
    """The judgement checked for shape and for naming stored reports, extra keys dropped."""
    checked = validate_judgement(dict(judgement))
    action = checked["action"]
    if action == "split":
        groups = [_unique(g) for g in checked["groups"]]
        if any(not g for g in groups):
            raise InvalidInput("every group of a split names a report", field="groups")
        everyone = [m for g in groups for m in g]
        if len(set(everyone)) != len(everyone):
            raise InvalidInput("a report cannot be on two sides of a split", field="groups")
        _check_members(s, everyone, "groups")
        return {"action": action, "groups": groups}
    members = _unique(checked["members"])
    if action in ("merge", "confirm") and len(members) < 2:
        raise InvalidInput(f"{action} needs two reports or more", field="members")
    _check_members(s, members, "members")
    return {"action": action, "members": members}


def judge(
    s: Session, actor: User, judgement: Mapping[str, Any], note: str | None = None
) -> CampaignJudgement:
    """Record a judgement (merge, confirm, split or exclude; see counterlink.campaigns.cluster)
    naming reports as ``report-<id>``; audited. Respected from the next recomputation on."""
    _require_triage(actor)
    clean = _normalised(s, judgement)
    text = _clean_note(note)
    row = CampaignJudgement(
        at=utcnow(), actor=actor.name, action=clean["action"], judgement=clean, note=text
    )
    s.add(row)
    s.flush()
    detail = {**clean, "note": text} if text else clean
    audit_record(s, actor.name, f"campaign.{clean['action']}", "campaign_judgement", row.id, detail)
    return row


def revoke(
    s: Session, actor: User, judgement_id: int, note: str | None = None
) -> CampaignJudgement:
    """Withdraw a judgement by recording a ``revoke`` naming it (the original stays); audited."""
    _require_triage(actor)
    target = s.get(CampaignJudgement, judgement_id)
    if target is None:
        raise NotFound(f"no judgement {judgement_id}")
    if target.action == "revoke":
        raise InvalidInput("a revocation cannot itself be revoked", field="judgement")
    text = _clean_note(note)
    already = InvalidInput(f"judgement {judgement_id} was already revoked", field="judgement")
    if s.scalar(select(CampaignJudgement.id).where(CampaignJudgement.revokes_id == judgement_id)):
        raise already
    row = CampaignJudgement(
        at=utcnow(),
        actor=actor.name,
        action="revoke",
        judgement={"action": "revoke", "judgement": judgement_id},
        note=text,
        revokes_id=judgement_id,
    )
    try:
        with s.begin_nested():  # someone may revoke it at the same moment (unique revokes_id)
            s.add(row)
    except IntegrityError:
        raise already from None
    detail: dict[str, Any] = (
        {"revokes": judgement_id, "note": text} if text else {"revokes": judgement_id}
    )
    audit_record(s, actor.name, "campaign.revoke", "campaign_judgement", row.id, detail)
    return row


@dataclass(frozen=True)
class JudgementView:
    """One judgement as the pages list it, with who revoked it (if anyone)."""

    id: int
    at: datetime
    actor: str
    action: str
    judgement: dict[str, Any]
    note: str | None
    revoked_by: CampaignJudgement | None

    @property
    def members(self) -> list[str]:
        if self.action == "split":
            return [m for group in self.judgement.get("groups", []) for m in group]
        return list(self.judgement.get("members", []))


def list_judgements(s: Session) -> list[JudgementView]:
    """Every judgement except the revocations themselves, newest first."""
    rows = list(s.scalars(select(CampaignJudgement).order_by(CampaignJudgement.id.desc())))
    revocations = {row.revokes_id: row for row in rows if row.revokes_id is not None}
    return [
        JudgementView(
            row.id, row.at, row.actor, row.action, row.judgement, row.note, revocations.get(row.id)
        )
        for row in rows
        if row.action != "revoke"
    ]


def active_judgements(s: Session) -> list[dict[str, Any]]:
    """The judgements in force (not revoked), oldest first, as the clustering reads them."""
    rows = list(s.scalars(select(CampaignJudgement).order_by(CampaignJudgement.id)))
    revoked = {row.revokes_id for row in rows if row.revokes_id is not None}
    return [row.judgement for row in rows if row.action != "revoke" and row.id not in revoked]


# ---- computing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Inputs:
    """What campaigns are computed from: every stored report, and the judgements in force."""

    stamp: Stamp
    approaches: list[Approach]
    judgements: list[dict[str, Any]]
    unreadable: int = 0
    benign: list[int] = field(default_factory=list)  # indices of reports judged benign


def _approach(
    report_id: int, data: dict[str, Any], created: datetime, sector: str | None
) -> Approach:
    """The stored approach named as its report; undated ones dated by when they were reported,
    and the sector the report was filed under (it may differ from the approach's own)."""
    approach = Approach.model_validate(data)
    update: dict[str, Any] = {"id": member_id(report_id)}
    if not approach.received_at and not any(m.sent_at for m in approach.messages):
        update["received_at"] = created.isoformat(timespec="seconds")
    if sector and (approach.target is None or approach.target.sector != sector):
        target = approach.target or Target()
        update["target"] = target.model_copy(update={"sector": sector})
    return approach.model_copy(update=update)


def load_inputs(s: Session) -> Inputs:
    """Read what campaigns are computed from (the stamp first: a report landing meanwhile then
    only makes the snapshot look stale, never fresh)."""
    stamp = current_stamp(s)
    query = (
        select(Report.id, Report.approach, Report.created_at, Report.target_sector, Report.verdict)
        .order_by(Report.id)
        .execution_options(yield_per=1000)
    )
    approaches: list[Approach] = []
    benign: list[int] = []
    unreadable = 0
    for report_id, data, created, sector, verdict in s.execute(query):
        try:
            approaches.append(_approach(report_id, data, created, sector))
        except ValidationError:  # stored by an older version; skipped rather than fatal
            unreadable += 1
            continue
        if verdict == "benign":
            benign.append(len(approaches) - 1)
    return Inputs(stamp, approaches, active_judgements(s), unreadable, benign)


_cache: OrderedDict[str, Indicators] = OrderedDict()
_cache_lock = threading.Lock()


def _content_key(approach: Approach) -> str:
    canonical = json.dumps(approach.to_json_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def indicators(approaches: Sequence[Approach], *, jobs: int = 1) -> list[Indicators]:
    """The indicators of each approach, extracting only those this process has not seen."""
    keys = [_content_key(a) for a in approaches]
    with _cache_lock:
        known = {k: _cache[k] for k in keys if k in _cache}
        for k in known:
            _cache.move_to_end(k)
    todo = [i for i, k in enumerate(keys) if k not in known]
    fresh = extract_all([approaches[i] for i in todo], jobs=jobs) if todo else []
    with _cache_lock:
        for i, item in zip(todo, fresh, strict=True):
            known[keys[i]] = _cache[keys[i]] = item
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return [known[k] for k in keys]


@dataclass(frozen=True)
class Computed:
    result: CampaignResult
    items: list[Indicators]


def compute(inputs: Inputs, *, jobs: int = 1) -> Computed:
    """The campaigns among the inputs' approaches, respecting their judgements, with the
    reports judged benign added to the background of ordinary outreach."""
    items = indicators(inputs.approaches, jobs=jobs)
    checked = [validate_judgement(j) for j in inputs.judgements]
    background = store_background(items, inputs.benign)
    return Computed(campaigns_from_indicators(items, checked, background=background), items)


def store_background(items: Sequence[Indicators], benign: Sequence[int]) -> Background:
    """The shipped background, plus what the store has seen of ordinary outreach: the reports
    an analyst judged benign."""
    reference = shipped()
    if not benign:
        return reference
    seen = Background.from_indicators(
        [items[i] for i in benign], f"this store: {len(benign)} reports judged benign"
    )
    return reference.merged(seen)


# ---- snapshots -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SharedValue:
    """An indicator value members of a campaign share, and which members hold it."""

    kind: str
    value: str
    weight: float
    holders: tuple[str, ...]


@dataclass(frozen=True)
class MemberFacts:
    when: str | None
    persona: str | None
    sector: str | None
    organisation: str | None


@dataclass(frozen=True)
class StoredCampaign:
    """A campaign as stored: what ``counterlink campaigns --json`` prints, plus every shared
    value with its holders and the facts of each member (for the pages)."""

    id: str
    members: list[str]
    indicators: list[dict[str, Any]]
    first_seen: str | None
    last_seen: str | None
    targets: dict[str, dict[str, int]]
    personas: list[str]
    shares: list[SharedValue] = field(default_factory=list)
    facts: dict[str, MemberFacts] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Exactly ``Campaign.to_json()`` (the CLI's and the API's shape), made by it."""
        return Campaign(
            id=self.id,
            members=self.members,
            indicators=self.indicators,
            first_seen=self.first_seen,
            last_seen=self.last_seen,
            targets=self.targets,
            personas=self.personas,
        ).to_json()

    def shared_with(self, member: str) -> list[tuple[SharedValue, list[str]]]:
        """What ``member`` shares with which other members, strongest first."""
        return [
            (value, [h for h in value.holders if h != member])
            for value in self.shares
            if member in value.holders
        ]


@dataclass(frozen=True)
class Campaigns:
    """The campaigns of one computation, largest first."""

    stamp: Stamp
    computed_at: datetime
    approaches: int
    links: int
    campaigns: list[StoredCampaign]

    @cached_property
    def _by_id(self) -> dict[str, StoredCampaign]:
        return {c.id: c for c in self.campaigns}

    @cached_property
    def _by_member(self) -> dict[str, StoredCampaign]:
        return {m: c for c in self.campaigns for m in c.members}

    def get(self, campaign_id: str) -> StoredCampaign | None:
        return self._by_id.get(campaign_id)

    def of_member(self, member: str) -> StoredCampaign | None:
        return self._by_member.get(member)

    def to_json(self) -> dict[str, Any]:
        return {
            "computed_at": self.computed_at.isoformat(timespec="seconds"),
            "approaches": self.approaches,
            "links": self.links,
            "campaigns": [c.to_json() for c in self.campaigns],
        }


def _shares(campaign: Campaign) -> list[dict[str, Any]]:
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    weights: dict[tuple[str, str], float] = {}
    for link in campaign.links:
        for shared in link.shared:
            key = (shared.kind, shared.value)
            holders[key].update((link.a, link.b))
            weights[key] = max(weights.get(key, 0.0), shared.weight)
    # The core's order: weight times how many share the value, strongest first.
    ranked = sorted(holders, key=lambda k: (-weights[k] * len(holders[k]), k[0], k[1]))
    return [
        {
            "kind": kind,
            "value": value,
            "weight": round(weights[(kind, value)], 4),
            "holders": sorted(holders[(kind, value)], key=member_order),
        }
        for kind, value in ranked
    ]


def _stored_json(computed: Computed) -> dict[str, Any]:
    by_id = {item.id: item for item in computed.items}
    campaigns = []
    for campaign in computed.result.campaigns:
        out = campaign.to_json()
        out["shares"] = _shares(campaign)
        out["facts"] = {
            m: {
                "when": by_id[m].when,
                "persona": by_id[m].persona,
                "sector": by_id[m].sector,
                "organisation": by_id[m].organisation,
            }
            for m in campaign.members
        }
        campaigns.append(out)
    return {
        "approaches": computed.result.approaches,
        "links": computed.result.links,
        "campaigns": campaigns,
    }


def _campaign(data: dict[str, Any]) -> StoredCampaign:
    return StoredCampaign(
        id=data["id"],
        members=list(data["members"]),
        indicators=list(data.get("indicators") or []),
        first_seen=data.get("first_seen"),
        last_seen=data.get("last_seen"),
        targets=dict(data.get("targets") or {}),
        personas=list(data.get("personas") or []),
        shares=[
            SharedValue(v["kind"], v["value"], float(v["weight"]), tuple(v["holders"]))
            for v in data.get("shares") or []
        ],
        facts={m: MemberFacts(**f) for m, f in (data.get("facts") or {}).items()},
    )


def _campaigns(row: CampaignSnapshot) -> Campaigns:
    result = row.result
    return Campaigns(
        stamp=_stamp_of(row),
        computed_at=row.computed_at,
        approaches=int(result.get("approaches", 0)),
        links=int(result.get("links", 0)),
        campaigns=[_campaign(c) for c in result.get("campaigns", [])],
    )


def latest(s: Session) -> CampaignSnapshot | None:
    return s.scalar(select(CampaignSnapshot).order_by(CampaignSnapshot.id.desc()).limit(1))


def fresh(s: Session) -> Campaigns | None:
    """The stored campaigns if nothing changed since they were computed, else None."""
    row = latest(s)
    if row is None or _stamp_of(row) != current_stamp(s):
        return None
    return _campaigns(row)


def save(s: Session, stamp: Stamp, computed: Computed) -> Campaigns:
    """Store a computation as the latest snapshot (older ones go: only the latest is read)."""
    row = CampaignSnapshot(
        computed_at=utcnow(),
        reports=stamp.reports,
        last_report_id=stamp.last_report_id,
        judgements=stamp.judgements,
        last_judgement_id=stamp.last_judgement_id,
        algorithm=stamp.algorithm,
        result=_stored_json(computed),
    )
    s.add(row)
    s.flush()
    s.execute(delete(CampaignSnapshot).where(CampaignSnapshot.id < row.id))
    return _campaigns(row)


def refresh(s: Session, *, jobs: int = 1) -> Campaigns:
    """Recompute from the stored reports and judgements, and store the result."""
    inputs = load_inputs(s)
    return save(s, inputs.stamp, compute(inputs, jobs=jobs))


def current(s: Session) -> Campaigns:
    """The campaigns as of now: the snapshot when it is fresh, else recomputed and stored."""
    return fresh(s) or refresh(s)


def excluded_by(s: Session, member: str) -> JudgementView | None:
    """The judgement in force that excludes ``member`` from every campaign, if any."""
    for view in list_judgements(s):
        if view.action == "exclude" and view.revoked_by is None and member in view.members:
            return view
    return None
