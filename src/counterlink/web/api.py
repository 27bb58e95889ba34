"""The JSON API, v1: submit approaches, read and triage reports, comment, read the dashboard.

The same access rules as the pages: 401 without credentials (a bearer token or a session
cookie), 403 for a role that may not act, 404 for a report the caller may not see. A browser
session changing something must send ``X-CSRF-Token``; a bearer token needs none. Every
response is JSON (``application/json``), errors included; everything from a message or profile
is returned as data, never as markup. /openapi.json documents every route and model here.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Header, HTTPException, Query, Request, Response, Security
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from fastapi.security import HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.types import Message, Receive

from counterlink.errors import InvalidInput
from counterlink.schema import APPROACH_SCHEMA, Approach, Assessment
from counterlink.store.dashboard import dashboard
from counterlink.store.db import read_only
from counterlink.store.evidence import list_evidence
from counterlink.store.reports import (
    MAX_COMMENT,
    MAX_PAGE,
    Filters,
    add_comment,
    can_triage,
    create_report,
    get_report,
    list_reports,
    report_comments,
    report_timeline,
    update_report,
    visible_report,
)
from counterlink.store.submissions import (
    HEADER,
    fingerprint,
    first_submission,
    record_submission,
    submission_keys,
)
from counterlink.store.tables import ROLES, Comment, Report, ReportEvent, User
from counterlink.web.deps import (
    DB,
    UNSAFE_METHODS,
    ApiVisitor,
    ApiWriter,
    ends_unit_of_work,
    require_role,
)
from counterlink.web.watch import assessor as watched_assessor

PREFIX = "/api/v1"
# An approach is a profile and a conversation: 1 MB is far beyond any real one, and keeps a
# single request from tying up memory and the assessor.
MAX_BODY = 1024 * 1024
TRIAGE_ROLES = ("analyst", "admin")

# The store's vocabularies (tables.STATUSES etc.) as types, so /openapi.json lists the values;
# a test checks they stay equal.
Level = Literal["low", "medium", "high"]
Status = Literal["new", "triaging", "investigating", "closed"]
Verdict = Literal["malicious", "benign", "inconclusive"]
Tlp = Literal["clear", "green", "amber", "amber+strict", "red"]


class _CappedRoute(APIRoute):
    """Refuses request bodies over MAX_BODY with a JSON 413, whether or not the client
    declared a Content-Length (a chunked body is counted as it arrives). Each route ends its
    database transaction before its answer is serialised (deps.ends_unit_of_work)."""

    limit = MAX_BODY

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, ends_unit_of_work(endpoint), **kwargs)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        limit = self.limit

        async def capped(request: Request) -> Response:
            if request.method in UNSAFE_METHODS:
                if _declared_length(request) > limit:
                    raise _too_large(limit)
                request = Request(request.scope, _counting(request.receive, limit))
            return await handler(request)

        return capped


def _declared_length(request: Request) -> int:
    value = request.headers.get("content-length", "")
    return int(value) if value.isdigit() else 0


def _too_large(limit: int = MAX_BODY) -> HTTPException:
    return HTTPException(status_code=413, detail=f"request body over {limit} bytes")


def _counting(receive: Receive, limit: int = MAX_BODY) -> Receive:
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > limit:
            raise _too_large(limit)  # FastAPI passes an HTTPException from body reading through
        return message

    return counted


class Problem(BaseModel):
    """An error: ``detail`` says what went wrong (422s list each field at fault instead)."""

    detail: str = Field(examples=["no report 42"])


# Documents the bearer token in /openapi.json (the docs page can then send it); who is asking
# is still decided by deps.visitor, which also accepts the browser's session cookie.
_bearer_doc = HTTPBearer(
    auto_error=False,
    description="An API token from `counterlink token create NAME`, sent as "
    "`Authorization: Bearer TOKEN`. A signed-in browser session works too; it must send "
    "`X-CSRF-Token` on POST and PATCH.",
)

router = APIRouter(
    prefix=PREFIX,
    tags=["api v1"],
    route_class=_CappedRoute,
    dependencies=[Security(_bearer_doc)],
    responses={
        401: {"model": Problem, "description": "No credentials, or a wrong or revoked token"},
    },
)

FORBIDDEN: dict[int | str, dict[str, Any]] = {
    403: {"model": Problem, "description": "Your role does not allow this (or no CSRF token)"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Problem, "description": "No such report, or one you may not see"}
}
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {"model": Problem, "description": f"Body over {MAX_BODY} bytes"}
}


# --- response models ------------------------------------------------------------------------


class ReportSummary(BaseModel):
    """A report as the queue lists it."""

    id: int = Field(examples=[42])
    created_at: datetime
    updated_at: datetime
    reporter: str = Field(description="Name of the user who reported it.")
    persona_name: str | None = Field(description="Who made the approach, as they called themself.")
    channel: str | None = Field(examples=["linkedin"])
    message_count: int
    score: float = Field(ge=0.0, le=1.0, description="The model's probability of hostility.")
    level: Level
    status: Status
    verdict: Verdict | None
    assignee: str | None = Field(
        description="The analyst working the case; always null for reporters."
    )
    tlp: Tlp = Field(description="Traffic Light Protocol marking of the report.")
    target_sector: str | None
    target_department: str | None
    target_role: str | None
    tactics: list[str] = Field(description="Finding codes of the assessment, sorted.")
    first_triaged_at: datetime | None
    closed_at: datetime | None


class ReportPage(BaseModel):
    """One page of reports, riskiest first (score, then newest)."""

    items: list[ReportSummary]
    total: int = Field(description="How many reports match the filters, over all pages.")
    limit: int
    offset: int


class TimelineEvent(BaseModel):
    at: datetime
    kind: str = Field(
        examples=["status"],
        description="created, status, verdict, assignee, tlp, comment, evidence, "
        "finding_tlp, evidence_tlp or share (reporters see created, status, verdict and "
        "evidence only).",
    )
    actor: str | None = Field(description="Who did it; null for reporters unless it was themself.")
    detail: dict[str, Any] = Field(examples=[{"from": "new", "to": "triaging"}])


class CommentOut(BaseModel):
    id: int
    author: str
    body: str
    created_at: datetime


class EvidenceOut(BaseModel):
    filename: str
    sha256: str
    created_at: datetime


class ReportDetail(ReportSummary):
    """A whole report: the approach as submitted, its assessment, and its case history."""

    approach: dict[str, Any] = Field(description="The counterlink.approach/1 object submitted.")
    assessment: Assessment
    timeline: list[TimelineEvent]
    comments: list[CommentOut] | None = Field(
        description="The analysts' working notes, oldest first; null for reporters."
    )
    evidence: list[EvidenceOut] = Field(description="Files attached to the report.")


class Me(BaseModel):
    name: str
    role: Literal["reporter", "analyst", "admin"]


class WeekCount(BaseModel):
    week: str = Field(examples=["2026-W07"])
    count: int


class TacticCount(BaseModel):
    code: str
    count: int


class SectorCount(BaseModel):
    sector: str | None
    count: int


class DepartmentCount(BaseModel):
    department: str | None
    count: int


class Dashboard(BaseModel):
    """The office's caseload: the same figures as the dashboard page."""

    total: int
    open: int = Field(description="Reports not closed.")
    per_week: list[WeekCount] = Field(description="Reports per ISO week, oldest first.")
    by_level: dict[str, int]
    by_status: dict[str, int]
    by_tactic: list[TacticCount] = Field(description="The most frequent finding codes.")
    by_sector: list[SectorCount]
    by_department: list[DepartmentCount]
    median_hours_to_triage: float | None


# --- request models -------------------------------------------------------------------------


class ReportChange(BaseModel):
    """Triage fields to change; a field left out stays as it is."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"status": "triaging", "assignee": "ann", "tlp": "amber"},
                {"status": "closed", "verdict": "malicious"},
                {"verdict": None, "assignee": None},
            ]
        },
    )

    status: Status | None = Field(default=None, description="Cannot be null.")
    verdict: Literal[Verdict, ""] | None = Field(
        default=None, description='null or "" clears the verdict.'
    )
    assignee: str | None = Field(
        default=None,
        max_length=100,
        description='The name of an active analyst or admin; null or "" unassigns.',
    )
    tlp: Tlp | None = Field(default=None, description="Cannot be null.")

    @field_validator("status", "tlp", mode="before")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        if value is None:
            raise PydanticCustomError("not_null", "cannot be null; leave the field out to keep it")
        return value


class NewComment(BaseModel):
    model_config = ConfigDict(extra="forbid")

    body: str = Field(min_length=1, max_length=MAX_COMMENT, examples=["Called the target."])


APPROACH_EXAMPLES = {
    "recruiter": {
        "summary": "A recruiter offering paid reports",
        "value": {
            "schema": APPROACH_SCHEMA,
            "channel": "linkedin",
            "persona": {"name": "Vivian Zhou", "headline": "Talent partner, Asia-Pacific"},
            "target": {"sector": "university", "department": "Physics", "role": "postdoc"},
            "messages": [
                {
                    "sender": "persona",
                    "text": "Our client pays USD 3,000 per short report on your research. "
                    "Shall we move this to WeChat?",
                }
            ],
        },
    }
}


# --- helpers --------------------------------------------------------------------------------


@contextmanager
def _fields(where: str) -> Iterator[None]:
    """The store's InvalidInput as a 422 shaped like FastAPI's own: a list naming the field."""
    try:
        yield
    except InvalidInput as exc:
        loc = (where, *(exc.field.split(".") if exc.field else ()))
        error = {"loc": loc, "msg": exc.message, "type": "value_error"}
        raise RequestValidationError([error]) from None


def _utc(value: datetime | None) -> datetime | None:
    # A date or a time without a zone is taken as UTC: scripts rarely say.
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _tactics(report: Report) -> list[str]:
    # From the stored assessment, not report.tactics: one query less per listed report.
    findings = report.assessment.get("findings") or []
    return sorted({f["code"] for f in findings if isinstance(f, dict) and "code" in f})


def _summary_fields(viewer: User, report: Report) -> dict[str, Any]:
    triage = can_triage(viewer)
    return {
        "id": report.id,
        "created_at": report.created_at,
        "updated_at": report.updated_at,
        "reporter": report.reporter.name,
        "persona_name": report.persona_name,
        "channel": report.channel,
        "message_count": report.message_count,
        "score": report.score,
        "level": report.level,
        "status": report.status,
        "verdict": report.verdict,
        # Who works a case is the analysts' business (the store hides it from reporters'
        # timelines too).
        "assignee": report.assignee.name if triage and report.assignee else None,
        "tlp": report.tlp,
        "target_sector": report.target_sector,
        "target_department": report.target_department,
        "target_role": report.target_role,
        "tactics": _tactics(report),
        "first_triaged_at": report.first_triaged_at,
        "closed_at": report.closed_at,
    }


def _event(viewer: User, event: ReportEvent) -> TimelineEvent:
    actor = event.actor
    shown = actor is not None and (can_triage(viewer) or actor.id == viewer.id)
    return TimelineEvent(
        at=event.at,
        kind=event.kind,
        actor=actor.name if shown and actor else None,
        detail=event.detail,
    )


def _comment(comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id, author=comment.author.name, body=comment.body, created_at=comment.created_at
    )


def _detail(s: Session, viewer: User, report: Report) -> ReportDetail:
    comments = [_comment(c) for c in report_comments(s, viewer, report)]
    evidence = [
        EvidenceOut(filename=e.filename, sha256=e.sha256, created_at=e.created_at)
        for e in list_evidence(s, viewer, report)
    ]
    return ReportDetail(
        **_summary_fields(viewer, report),
        approach=report.approach,
        assessment=Assessment.model_validate(report.assessment),
        timeline=[_event(viewer, e) for e in report_timeline(s, viewer, report)],
        comments=comments if can_triage(viewer) else None,
        evidence=evidence,
    )


# --- routes ---------------------------------------------------------------------------------


@router.get("/me", response_model=Me, summary="Who the credentials belong to")
def me(found: ApiVisitor) -> Me:
    """The signed-in user's name and role: a cheap way for a script to check its token."""
    return Me.model_validate({"name": found.user.name, "role": found.role})


REPLAYED: dict[int | str, dict[str, Any]] = {
    200: {
        "model": ReportDetail,
        "description": "Submitted before under the same Idempotency-Key or approach id: "
        "the first report, and nothing stored",
    },
    503: {
        "model": Problem,
        "description": "The database is busy: retry after `Retry-After` seconds with the "
        "same Idempotency-Key",
    },
}


@router.post(
    "/reports",
    response_model=ReportDetail,
    status_code=201,
    summary="Report an approach; it is assessed on arrival",
    responses={**FORBIDDEN, **TOO_LARGE, **REPLAYED},
)
def submit_report(
    request: Request,
    response: Response,
    s: DB,
    found: ApiWriter,
    approach: Annotated[
        Approach,
        Body(
            description="One counterlink.approach/1 object. `target.sector`, "
            "`target.department` and `target.role` file the report under the target.",
            openapi_examples=APPROACH_EXAMPLES,
        ),
    ],
    idempotency_key: Annotated[
        str | None,
        Header(
            alias=HEADER,
            min_length=1,
            max_length=200,
            pattern=r"^[!-~]+$",
            description="A key of your choosing (e.g. a UUID), new for each submission and "
            "the same for its retries: a retry gets the first report back (200), never a "
            "second one. Up to 200 printable ASCII characters, no spaces.",
        ),
    ] = None,
) -> ReportDetail:
    """Any signed-in user may report. The approach is assessed with the current model and
    stored with its assessment; the answer is the new report (its URL in `Location`). The same
    approach `id`, or the same `Idempotency-Key`, from the same user is one report."""
    require_role(found, *ROLES)
    keys = submission_keys(approach, idempotency_key)
    print_ = fingerprint(approach)
    # Assess in a reader's transaction: the model runs outside SQLite's write lock.
    read_only(s)
    with _fields("header"):
        report_id = first_submission(s, found.user, keys, print_)
    created = False
    if report_id is None:
        assessment = watched_assessor(request, s).assess(approach)
        s.commit()
        report_id, created = _store_once(s, found.user, approach, assessment, keys, print_)
    response.status_code = 201 if created else 200
    response.headers["Location"] = f"{PREFIX}/reports/{report_id}"
    read_only(s)
    return _detail(s, found.user, visible_report(s, found.user, report_id))


def _store_once(
    s: Session,
    submitter: User,
    approach: Approach,
    assessment: Assessment,
    keys: list[str],
    print_: str,
) -> tuple[int, bool]:
    """(report id, whether it is new): the new report, or the one a retry stored first.
    SQLite writers queue (BEGIN IMMEDIATE), so the second look sees any; on PostgreSQL two at
    once can both look, and the key's primary key turns the later insert away."""
    try:
        with _fields("header"):
            earlier = first_submission(s, submitter, keys, print_)
        if earlier is not None:
            s.rollback()
            return earlier, False
        report = create_report(s, submitter, approach, assessment)
        record_submission(s, submitter, report, keys, print_)
        s.commit()
    except IntegrityError:
        s.rollback()
        read_only(s)
        with _fields("header"):
            earlier = first_submission(s, submitter, keys, print_)
        if earlier is None:
            raise
        return earlier, False
    return report.id, True


@router.get("/reports", response_model=ReportPage, summary="The queue, riskiest first")
def list_all(
    s: DB,
    found: ApiVisitor,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    level: Level | None = None,
    status: Status | None = None,
    sector: Annotated[str | None, Query(max_length=200)] = None,
    department: Annotated[str | None, Query(max_length=200)] = None,
    since: Annotated[
        datetime | None, Query(description="Created at or after (ISO 8601; no zone = UTC).")
    ] = None,
    until: Annotated[
        datetime | None, Query(description="Created before (ISO 8601; no zone = UTC).")
    ] = None,
    tactic: Annotated[
        str | None, Query(max_length=100, description="A finding code, e.g. off_platform.")
    ] = None,
    assignee: Annotated[str | None, Query(max_length=100)] = None,
    mine: Annotated[bool, Query(description="Only reports assigned to me.")] = False,
) -> ReportPage:
    """Reporters see only their own reports; analysts and admins see all."""
    filters = Filters(
        level=level,
        status=status,
        sector=sector,
        department=department,
        since=_utc(since),
        until=_utc(until),
        tactic=tactic,
        assignee=assignee,
        mine=mine,
    )
    with _fields("query"):
        items, total = list_reports(s, found.user, filters, limit, offset)
    page = [ReportSummary(**_summary_fields(found.user, r)) for r in items]
    return ReportPage(items=page, total=total, limit=limit, offset=offset)


@router.get(
    "/reports/{report_id}",
    response_model=ReportDetail,
    summary="One report with its approach, assessment and timeline",
    responses=NOT_FOUND,
)
def read_report(report_id: int, s: DB, found: ApiVisitor) -> ReportDetail:
    """Another reporter's report is 404, as if it did not exist. The view is audited."""
    report = get_report(s, found.user, report_id)
    s.commit()  # the audit entry of the view
    return _detail(s, found.user, report)


@router.patch(
    "/reports/{report_id}",
    response_model=ReportDetail,
    summary="Triage a report (analysts and admins)",
    responses={**FORBIDDEN, **NOT_FOUND, **TOO_LARGE},
)
def change_report(report_id: int, change: ReportChange, s: DB, found: ApiWriter) -> ReportDetail:
    """Change any of status, verdict, assignee and TLP; fields left out stay. Each change
    is a timeline event and is audited. Reporters get 403."""
    require_role(found, *TRIAGE_ROLES)
    given = change.model_fields_set
    # update_report: None leaves a field alone, "" clears it.
    with _fields("body"):
        update_report(
            s,
            found.user,
            report_id,
            status=change.status,
            verdict=(change.verdict or "") if "verdict" in given else None,
            assignee=(change.assignee or "") if "assignee" in given else None,
            tlp=change.tlp,
        )
    s.commit()
    return _detail(s, found.user, visible_report(s, found.user, report_id))


@router.post(
    "/reports/{report_id}/comments",
    response_model=CommentOut,
    status_code=201,
    summary="Comment on a report (analysts and admins)",
    responses={**FORBIDDEN, **NOT_FOUND, **TOO_LARGE},
)
def comment(report_id: int, new: NewComment, s: DB, found: ApiWriter) -> CommentOut:
    """A working note on the case; reporters never see comments."""
    require_role(found, *TRIAGE_ROLES)
    with _fields("body"):
        made = add_comment(s, found.user, report_id, new.body)
    s.commit()
    return _comment(made)


@router.get(
    "/dashboard",
    response_model=Dashboard,
    summary="Caseload figures (analysts and admins)",
    responses=FORBIDDEN,
)
def caseload(
    s: DB,
    found: ApiVisitor,
    weeks: Annotated[int, Query(ge=1, le=104, description="Weeks in per_week.")] = 12,
) -> Dashboard:
    require_role(found, *TRIAGE_ROLES)
    return Dashboard.model_validate(dashboard(s, found.user, weeks=weeks))
