"""Campaign pages (analysts and admins): the campaigns among all reports, each with its members,
timeline, targets, the indicators that explain it and a picture of who shares what; analysts'
judgements (confirm, exclude a member, split, merge, revoke); the campaigns as JSON for scripts
at ``/api/v1/campaigns``; and the campaign section of the case page (:func:`case_campaign`).

Campaigns are read from the store's snapshot and recomputed only when a report or a judgement
arrived since. Reading and recomputing happen outside any write transaction (on SQLite a write
transaction holds the database's only write lock); only storing the result takes one.

A judgement form names the campaign as the analyst saw it (its id is a digest of its members):
when the campaign changed meanwhile the form is refused (409) rather than applied to members the
analyst never saw.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Query, Request, Security
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store.campaigns import (
    MAX_NOTE,
    Campaigns,
    JudgementView,
    SharedValue,
    StoredCampaign,
    compute,
    current,
    excluded_by,
    fresh,
    judge,
    list_judgements,
    load_inputs,
    member_id,
    member_order,
    report_id_of,
    revoke,
    save,
)
from counterlink.store.db import read_only
from counterlink.store.errors import NotFound
from counterlink.store.tables import Report
from counterlink.web.api import FORBIDDEN, Problem, _bearer_doc
from counterlink.web.charts import Bar, bar_chart
from counterlink.web.deps import (
    DB,
    ApiVisitor,
    FormVisitor,
    PageVisitor,
    Visitor,
    render,
    require_role,
)
from counterlink.web.graph import Member, Value, campaign_graph
from counterlink.web.share_form import share_form

router = APIRouter()

TRIAGERS = ("analyst", "admin")
_CAMPAIGN_ID = re.compile(r"campaign-[0-9a-f]{12}")
LIST_PERSONAS = 3
LIST_INDICATORS = 3
CASE_VALUES = 10  # shared values named on the case page
CASE_REPORTS = 20  # reports named per value there
NOT_GIVEN = "(not given)"


# ---- shared bits -----------------------------------------------------------------------------


def _allow(s: Session, found: Visitor) -> None:
    """403 unless an analyst or admin (the session is closed first, as on the dashboard: the
    error page must still be able to read who is signed in)."""
    try:
        require_role(found, *TRIAGERS)
    except HTTPException:
        s.close()
        raise


def latest(s: Session) -> Campaigns:
    """The campaigns as of now. A fresh snapshot is read without taking SQLite's write lock;
    a stale one is recomputed outside any transaction and then stored (committed)."""
    s.commit()
    read_only(s)
    snapshot = fresh(s)
    if snapshot is not None:
        s.commit()
        return snapshot
    inputs = load_inputs(s)
    s.commit()
    computed = compute(inputs)
    stored = save(s, inputs.stamp, computed)
    s.commit()
    return stored


def _problem(request: Request, status: int, message: str) -> Response:
    """An error page rendered while the session is open (see triage.missing)."""
    return render(request, "error.html", {"status": status, "message": message}, status)


def _day(value: str | None) -> str:
    return value[:10] if value else "?"


def _when(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def report_link(member: str) -> str | None:
    number = report_id_of(member)
    return f"/reports/{number}" if number is not None else None


def report_label(member: str) -> str:
    number = report_id_of(member)
    return f"#{number}" if number is not None else member


# ---- the list --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListRow:
    id: str
    size: int
    personas: list[str]
    more_personas: int
    first_seen: str
    last_seen: str
    indicators: list[dict[str, Any]]
    sectors: list[tuple[str, int]]


def _list_row(campaign: StoredCampaign) -> ListRow:
    return ListRow(
        id=campaign.id,
        size=len(campaign.members),
        personas=campaign.personas[:LIST_PERSONAS],
        more_personas=max(0, len(campaign.personas) - LIST_PERSONAS),
        first_seen=_day(campaign.first_seen),
        last_seen=_day(campaign.last_seen),
        indicators=campaign.indicators[:LIST_INDICATORS],
        sectors=list(campaign.targets.get("sector", {}).items())[:3],
    )


@dataclass(frozen=True)
class JudgementRow:
    """A judgement as listed: its members as links, split groups kept apart."""

    view: JudgementView
    groups: list[list[tuple[str, str | None]]]
    campaign: str | None  # the campaign its first member is in now


def _judgement_rows(views: list[JudgementView], now: Campaigns) -> list[JudgementRow]:
    rows = []
    for view in views:
        raw = view.judgement.get("groups") if view.action == "split" else [view.members]
        groups = [[(report_label(m), report_link(m)) for m in group] for group in raw or []]
        where = next((now.of_member(m) for m in view.members if now.of_member(m)), None)
        rows.append(JudgementRow(view, groups, where.id if where else None))
    return rows


@router.get("/campaigns", include_in_schema=False)
def campaigns_page(request: Request, s: DB, found: PageVisitor) -> Response:
    """Every campaign, largest first, and every judgement (with a way to revoke it)."""
    _allow(s, found)
    now = latest(s)
    read_only(s)
    judgements = _judgement_rows(list_judgements(s), now)
    s.commit()
    context = {
        "now": now,
        "rows": [_list_row(c) for c in now.campaigns],
        "judgements": judgements,
        "computed": _when(now.computed_at),
        "max_note": MAX_NOTE,
    }
    return render(request, "campaigns.html", context)


# ---- one campaign ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    member: str
    report_id: int | None
    persona: str
    when: str
    sector: str
    organisation: str
    level: str | None
    status: str | None
    verdict: str | None


def _member_rows(s: Session, campaign: StoredCampaign) -> list[MemberRow]:
    ids = [n for n in (report_id_of(m) for m in campaign.members) if n is not None]
    reports = {
        row.id: row
        for row in s.execute(
            select(
                Report.id, Report.persona_name, Report.level, Report.status, Report.verdict
            ).where(Report.id.in_(ids))
        )
    }
    rows = []
    for member in campaign.members:
        facts = campaign.facts.get(member)
        number = report_id_of(member)
        report = reports.get(number) if number is not None else None
        rows.append(
            MemberRow(
                member=member,
                report_id=number,
                persona=(facts.persona if facts else None) or NOT_GIVEN,
                when=(facts.when if facts else None) or "",
                sector=(facts.sector if facts else None) or "",
                organisation=(facts.organisation if facts else None) or "",
                level=report.level if report else None,
                status=report.status if report else None,
                verdict=report.verdict if report else None,
            )
        )
    return rows


def _month(when: str) -> str:
    return when[:7] if re.match(r"\d{4}-\d{2}", when) else "undated"


def _charts(campaign: StoredCampaign, members: list[MemberRow]) -> dict[str, Markup]:
    months = Counter(_month(m.when) for m in members)
    order = sorted(months, key=lambda m: (m == "undated", m))
    sectors = campaign.targets.get("sector", {})
    organisations = campaign.targets.get("organisation", {})
    return {
        "months": bar_chart(
            "chart-months",
            "Reports by month",
            [Bar(m, months[m]) for m in order],
            "Month",
            keep_order=True,
        ),
        "sectors": bar_chart(
            "chart-sectors", "Targeted sectors", [Bar(k, v) for k, v in sectors.items()], "Sector"
        ),
        "organisations": bar_chart(
            "chart-organisations",
            "Targeted organisations",
            [Bar(k, v) for k, v in organisations.items()],
            "Organisation",
        ),
    }


def _picture(campaign: StoredCampaign, members: list[MemberRow]) -> Markup:
    nodes = [
        Member(
            row.member,
            f"{report_label(row.member)} {row.persona}",
            report_link(row.member),
        )
        for row in sorted(members, key=lambda r: member_order(r.member))
    ]
    values = [Value(v.kind, v.value, v.holders) for v in campaign.shares]
    return campaign_graph("campaign-graph", "Who shares what", nodes, values)


@router.get("/campaigns/{campaign_id}", include_in_schema=False)
def campaign_page(request: Request, s: DB, found: PageVisitor, campaign_id: str) -> Response:
    """One campaign: members, timeline, targets, indicators, the picture, judgement forms."""
    _allow(s, found)
    now = latest(s)
    campaign = now.get(campaign_id) if _CAMPAIGN_ID.fullmatch(campaign_id) else None
    if campaign is None:
        return _problem(
            request,
            404,
            f"no campaign {campaign_id[:40]} now: campaigns change as reports and judgements "
            "arrive; see the list of campaigns",
        )
    read_only(s)
    members = _member_rows(s, campaign)
    touching = [
        row
        for row in _judgement_rows(list_judgements(s), now)
        if set(row.view.members) & set(campaign.members)
    ]
    s.commit()
    timeline = sorted(members, key=lambda m: (m.when == "", m.when, member_order(m.member)))
    others = [c for c in now.campaigns if c.id != campaign.id]
    context = {
        "campaign": campaign,
        "members": sorted(members, key=lambda m: member_order(m.member)),
        "timeline": timeline,
        "charts": _charts(campaign, members),
        "picture": _picture(campaign, members),
        "others": others,
        "judgements": touching,
        "report_label": report_label,
        "max_note": MAX_NOTE,
        "computed": _when(now.computed_at),
    }
    # ---- sharing: the export form ----
    context.update(share_form(request))
    # ---- end sharing ----
    return render(request, "campaign.html", context)


# ---- judgements ------------------------------------------------------------------------------

Note = Annotated[str, Form(max_length=MAX_NOTE)]


class _Changed(Exception):
    """The campaign the form was about is not among the campaigns any more."""


def _record(
    request: Request,
    s: Session,
    found: Visitor,
    campaign_id: str,
    build: Callable[[StoredCampaign, Campaigns], tuple[dict[str, Any], str]],
    note: str,
) -> Response:
    """Record the judgement ``build`` makes of the campaign as it is now, recompute, and go to
    the campaign that holds the member ``build`` names (or the list when none does)."""
    _allow(s, found)
    now = latest(s)
    campaign = now.get(campaign_id)
    try:
        if campaign is None:
            raise _Changed
        judgement, follow = build(campaign, now)
        judge(s, found.user, judgement, note)
    except _Changed:
        s.rollback()
        return _problem(
            request,
            409,
            "this campaign changed since the page was shown (a report or a judgement arrived); "
            "nothing was recorded: open the campaigns list again",
        )
    except InvalidInput as exc:
        s.rollback()
        return _problem(request, 422, str(exc))
    s.commit()
    after = latest(s).of_member(follow)
    target = f"/campaigns/{after.id}" if after else "/campaigns"
    return RedirectResponse(target, status_code=303)


@router.post("/campaigns/{campaign_id}/confirm", include_in_schema=False)
def confirm(
    request: Request, s: DB, found: FormVisitor, campaign_id: str, note: Note = ""
) -> Response:
    """These reports belong together, whatever later recomputations find."""

    def build(campaign: StoredCampaign, _: Campaigns) -> tuple[dict[str, Any], str]:
        return {"action": "confirm", "members": campaign.members}, campaign.members[0]

    return _record(request, s, found, campaign_id, build, note)


@router.post("/campaigns/{campaign_id}/exclude", include_in_schema=False)
def exclude(
    request: Request,
    s: DB,
    found: FormVisitor,
    campaign_id: str,
    member: Annotated[str, Form(max_length=40)] = "",
    note: Note = "",
) -> Response:
    """Take one report out of every campaign (it links to nothing until revoked)."""

    def build(campaign: StoredCampaign, _: Campaigns) -> tuple[dict[str, Any], str]:
        if member not in campaign.members:
            raise InvalidInput("choose a report of this campaign", field="member")
        rest = [m for m in campaign.members if m != member]
        return {"action": "exclude", "members": [member]}, rest[0]

    return _record(request, s, found, campaign_id, build, note)


@router.post("/campaigns/{campaign_id}/split", include_in_schema=False)
def split(
    request: Request,
    s: DB,
    found: FormVisitor,
    campaign_id: str,
    members: Annotated[list[str] | None, Form()] = None,
    note: Note = "",
) -> Response:
    """The chosen reports never share a campaign with the rest, whatever links them."""

    def build(campaign: StoredCampaign, _: Campaigns) -> tuple[dict[str, Any], str]:
        chosen = [m for m in campaign.members if m in set(members or [])]
        rest = [m for m in campaign.members if m not in chosen]
        if not chosen or not rest or len(chosen) != len(set(members or [])):
            raise InvalidInput(
                "choose some of this campaign's reports to split off, not all", field="members"
            )
        return {"action": "split", "groups": [chosen, rest]}, rest[0]

    return _record(request, s, found, campaign_id, build, note)


@router.post("/campaigns/{campaign_id}/merge", include_in_schema=False)
def merge(
    request: Request,
    s: DB,
    found: FormVisitor,
    campaign_id: str,
    other: Annotated[str, Form(max_length=40)] = "",
    note: Note = "",
) -> Response:
    """This campaign and another are one."""

    def build(campaign: StoredCampaign, now: Campaigns) -> tuple[dict[str, Any], str]:
        partner = now.get(other)
        if partner is None or partner.id == campaign.id:
            if _CAMPAIGN_ID.fullmatch(other) and other != campaign.id:
                raise _Changed
            raise InvalidInput("choose another campaign to merge with", field="other")
        return {
            "action": "merge",
            "members": campaign.members + partner.members,
        }, campaign.members[0]

    return _record(request, s, found, campaign_id, build, note)


@router.post("/campaigns/judgements/{judgement_id:int}/revoke", include_in_schema=False)
def revoke_judgement(
    request: Request, s: DB, found: FormVisitor, judgement_id: int, note: Note = ""
) -> Response:
    """Withdraw a judgement (it stays on record, marked revoked)."""
    _allow(s, found)
    try:
        revoke(s, found.user, judgement_id, note)
    except NotFound as exc:
        s.rollback()
        return _problem(request, 404, str(exc))
    except InvalidInput as exc:
        s.rollback()
        return _problem(request, 422, str(exc))
    s.commit()
    latest(s)  # recompute now, so the next page is quick
    return RedirectResponse("/campaigns#judgements", status_code=303)


# ---- the case page's section -----------------------------------------------------------------


@dataclass(frozen=True)
class CaseShare:
    kind: str
    value: str
    reports: list[int]
    more: int


@dataclass(frozen=True)
class CaseCampaign:
    """What the case page says about campaigns: the report's campaign and what it shares with
    whom, or the judgement that excluded it."""

    campaign: StoredCampaign | None
    others: int
    shares: list[CaseShare]
    through: list[int]  # members sharing nothing with this report directly
    excluded: JudgementView | None


def _case_shares(campaign: StoredCampaign, member: str) -> tuple[list[CaseShare], list[int]]:
    pairs: list[tuple[SharedValue, list[str]]] = campaign.shared_with(member)
    direct: set[str] = set()
    shares: list[CaseShare] = []
    for value, holders in pairs:
        direct.update(holders)
        if len(shares) < CASE_VALUES:
            numbers = [n for n in (report_id_of(h) for h in holders) if n is not None]
            shares.append(
                CaseShare(
                    value.kind,
                    value.value,
                    numbers[:CASE_REPORTS],
                    max(0, len(numbers) - CASE_REPORTS),
                )
            )
    through = [
        n
        for n in (report_id_of(m) for m in campaign.members)
        if n is not None and member_id(n) != member and member_id(n) not in direct
    ]
    return shares, through


def case_campaign(s: Session, report_id: int) -> CaseCampaign:
    """The campaign section of a case page (analysts and admins only; the caller checks).
    Runs inside the case page's transaction: a stale snapshot is recomputed and stored there,
    and committed with the view's audit entry."""
    member = member_id(report_id)
    now = current(s)
    campaign = now.of_member(member)
    if campaign is None:
        return CaseCampaign(None, 0, [], [], excluded_by(s, member))
    shares, through = _case_shares(campaign, member)
    return CaseCampaign(campaign, len(campaign.members) - 1, shares, through, None)


# ---- JSON for scripts ------------------------------------------------------------------------


class CampaignIndicator(BaseModel):
    kind: str = Field(examples=["handle"])
    value: str = Field(examples=["wechat:vz_research"])
    members: int
    weight: float


class CampaignOut(BaseModel):
    """A campaign as `counterlink campaigns --json` prints it; members are ``report-<id>``."""

    id: str = Field(examples=["campaign-4a9c06a25ff8"])
    members: list[str] = Field(examples=[["report-12", "report-31"]])
    indicators: list[CampaignIndicator]
    first_seen: str | None
    last_seen: str | None
    targets: dict[str, dict[str, int]]
    personas: list[str]


class CampaignList(BaseModel):
    computed_at: str
    approaches: int
    links: int
    campaigns: list[CampaignOut]


api = APIRouter(
    prefix="/api/v1",
    tags=["api v1"],
    dependencies=[Security(_bearer_doc)],
    responses={401: {"model": Problem, "description": "No credentials, or a wrong token"}},
)


@api.get(
    "/campaigns",
    response_model=CampaignList,
    summary="Campaigns among all reports (analysts and admins)",
    responses=FORBIDDEN,
)
def campaigns_json(
    s: DB,
    found: ApiVisitor,
    limit: Annotated[int, Query(ge=1, le=10_000, description="Largest campaigns first.")] = 1000,
) -> CampaignList:
    """The same campaigns as the campaigns page and `counterlink campaigns --json` over the
    database, largest first, with the analysts' judgements applied."""
    require_role(found, *TRIAGERS)
    now = latest(s)
    data = now.to_json()
    data["campaigns"] = data["campaigns"][:limit]
    return CampaignList.model_validate(data)


router.include_router(api)
