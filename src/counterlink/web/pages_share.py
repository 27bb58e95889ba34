"""Exports for partners from the case and campaign pages (analysts and admins), and the same as
JSON at ``/api/v1/reports/{id}/share`` and ``/api/v1/campaigns/{id}/share``.

An export is one click: the server builds the document (STIX 2.1, MISP, or hashed when it holds
a community key) for the audience chosen, records it in the audit trail (format, audience, the
SHA-256 of the document, the loss report counted by kind) and answers with a page showing the
loss report, that SHA-256 and the document itself, with a link that saves it as a file. The
analyst sees exactly what left and what did not, and the audit entry names exactly those bytes.
A case the audience may not receive is refused with a message (409), nothing recorded.

Reading happens outside any write transaction and the export is built before the audit entry's
transaction starts (on SQLite a write transaction holds the database's only write lock).
"""

from __future__ import annotations

import base64
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, HTTPException, Query, Request, Security
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.share import export_as
from counterlink.share.model import (
    AUDIENCES,
    LossItem,
    ShareCampaign,
    ShareCase,
    ShareRefused,
    strictest,
)
from counterlink.store.campaigns import report_id_of
from counterlink.store.db import read_only
from counterlink.store.errors import NotFound
from counterlink.store.share_source import campaign_from_store, case_from_report
from counterlink.store.sharing import ExportRecord, loss_counts, record_export
from counterlink.store.tables import TLPS, Report, ReportEvidence
from counterlink.web.api import FORBIDDEN, NOT_FOUND, Problem, _bearer_doc
from counterlink.web.deps import DB, ApiVisitor, FormVisitor, Visitor, render, require_role
from counterlink.web.pages_campaigns import latest
from counterlink.web.settings import Settings
from counterlink.web.share_form import BASE_FORMATS, FORMAT_NAMES, offered_formats

router = APIRouter()  # its HTML routes stay out of /openapi.json, the JSON ones are in

TRIAGERS = ("analyst", "admin")
# The order the loss report is listed in: what matters most to the analyst first.
LOSS_ORDER = ("refused", "dropped", "withheld", "redacted", "bytes", "unrepresented")


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


# ---- the case page's markings and export form ------------------------------------------------


@dataclass(frozen=True)
class CaseSharing:
    """What the case page shows and offers about sharing (analysts and admins): each finding's
    and attachment's own marking, and the export form's choices."""

    case_tlp: str
    findings: dict[str, str]  # finding code -> its own marking (absent: the case's)
    evidence: dict[str, str | None]  # attachment SHA-256 -> its own marking (absent: the case's)
    hashed: bool  # whether hashed exports are offered
    tlps: tuple[str, ...] = TLPS

    def effective(self, own: str | None) -> str:
        """What an export gives an item: the stricter of its own marking and the case's."""
        return strictest(self.case_tlp, own or self.case_tlp)


def case_sharing(request: Request, s: Session, report: Report) -> CaseSharing:
    """The sharing part of a case page (the caller has checked the viewer may triage)."""
    marks = {
        sha256: tlp
        for sha256, tlp in s.execute(
            select(ReportEvidence.sha256, ReportEvidence.tlp).where(
                ReportEvidence.report_id == report.id, ReportEvidence.tlp.is_not(None)
            )
        )
    }
    return CaseSharing(
        case_tlp=report.tlp,
        findings=dict(report.finding_tlp or {}),
        evidence=marks,
        hashed="hashed" in offered_formats(request),
    )


# ---- exporting -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exported:
    subject: ShareCase | ShareCampaign
    document: dict[str, Any]
    loss: list[LossItem]
    record: ExportRecord


def _choices(request: Request, format: str, audience: str) -> bytes | None:
    """Check the form's choices; the community key when the format needs it."""
    if audience not in AUDIENCES:
        raise InvalidInput(f"choose who receives it: {', '.join(AUDIENCES)}", field="audience")
    if format not in (*BASE_FORMATS, "hashed"):
        raise InvalidInput("choose a format: stix, misp or hashed", field="format")
    key = _settings(request).community_key
    if format == "hashed" and key is None:
        raise InvalidInput(
            "this server holds no community key, so it cannot make hashed exports "
            "(set COUNTERLINK_COMMUNITY_KEY where the server starts)",
            field="format",
        )
    return key


def _export(
    request: Request,
    s: Session,
    found: Visitor,
    build: Callable[[], ShareCase | ShareCampaign],
    format: str,
    audience: str,
) -> Exported:
    """Build, export and audit (committed); ShareRefused, NotFound or InvalidInput otherwise,
    with nothing recorded."""
    require_role(found, *TRIAGERS)
    key = _choices(request, format, audience)
    if not s.in_transaction():
        read_only(s)
    subject = build()
    s.commit()  # reading done: the export is built outside any transaction
    identity = _settings(request).share_identity
    document, loss = export_as(subject, format, audience, identity, key)
    record = record_export(
        s,
        found.user,
        subject,
        format=format,
        audience=audience,
        identity=identity,
        document=document,
        loss=loss,
    )
    s.commit()  # recorded before the document is sent
    return Exported(subject, document, loss, record)


@dataclass(frozen=True)
class LossRow:
    case: str
    report_id: int | None
    path: str
    kind: str
    reason: str


def _loss_rows(loss: list[LossItem]) -> list[LossRow]:
    ordered = sorted(
        enumerate(loss),
        key=lambda pair: (
            LOSS_ORDER.index(pair[1].kind) if pair[1].kind in LOSS_ORDER else 99,
            pair[0],
        ),
    )
    return [
        LossRow(item.case, report_id_of(item.case), item.path, item.kind, item.reason)
        for _, item in ordered
    ]


def _summary(loss: list[LossItem]) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter(item.kind for item in loss)
    order = [*LOSS_ORDER, *sorted(set(counts) - set(LOSS_ORDER))]
    return [(kind, counts[kind]) for kind in order if counts[kind]]


@dataclass(frozen=True)
class Subject:
    """What the result page says it exported, and the download's file name stem."""

    title: str
    back: str
    stem: str


def _result_page(
    request: Request,
    subject: Subject,
    format: str,
    audience: str,
    done: Exported | None = None,
    refused: str | None = None,
    status: int = 200,
) -> Response:
    context: dict[str, Any] = {
        "title": subject.title,
        "back": subject.back,
        "format": format,
        "format_name": FORMAT_NAMES.get(format, format),
        "audience": audience,
        "refused": refused,
        "identity": _settings(request).share_identity,
    }
    if done is not None:
        data = done.record.data
        context.update(
            {
                "filename": f"{subject.stem}-{format}-{audience}.json",
                "href": "data:application/json;base64," + base64.b64encode(data).decode("ascii"),
                "text": data.decode("utf-8"),
                "size": len(data),
                "sha256": done.record.sha256,
                "reports": done.record.reports,
                "loss": _loss_rows(done.loss),
                "summary": _summary(done.loss),
            }
        )
    return render(request, "share_result.html", context, status)


def _problem(request: Request, status: int, message: str) -> Response:
    """An error page rendered while the session is open (see triage.missing)."""
    return render(request, "error.html", {"status": status, "message": message}, status)


def _share_page(
    request: Request,
    s: Session,
    found: Visitor,
    subject: Subject,
    build: Callable[[], ShareCase | ShareCampaign],
    format: str,
    audience: str,
) -> Response:
    """Export and show the result; a refusal (409) or a bad choice (422) as a page."""
    try:
        done = _export(request, s, found, build, format, audience)
    except NotFound as exc:
        s.rollback()
        return _problem(request, 404, str(exc))
    except ShareRefused as exc:
        s.rollback()
        return _result_page(request, subject, format, audience, refused=exc.message, status=409)
    except CounterlinkError as exc:
        s.rollback()
        return _problem(request, 422, str(exc))
    return _result_page(request, subject, format, audience, done)


FormChoice = Annotated[str, Form(max_length=20)]


@router.post("/reports/{report_id:int}/share", include_in_schema=False)
def share_case(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    format: FormChoice = "",
    audience: FormChoice = "",
) -> Response:
    """Export a case for partners; the page shows the loss report and the document."""
    subject = Subject(f"Report #{report_id}", f"/reports/{report_id}", f"case-{report_id}")
    return _share_page(
        request,
        s,
        found,
        subject,
        lambda: case_from_report(s, found.user, report_id),
        format,
        audience,
    )


@router.post("/campaigns/{campaign_id}/share", include_in_schema=False)
def share_campaign(
    request: Request,
    s: DB,
    found: FormVisitor,
    campaign_id: str,
    format: FormChoice = "",
    audience: FormChoice = "",
) -> Response:
    """Export a campaign (every member report a case) for partners."""
    require_role(found, *TRIAGERS)
    shown = campaign_id[:40]
    subject = Subject(shown, f"/campaigns/{shown}", shown)
    now = latest(s)  # recomputes a stale snapshot outside the export's transactions
    return _share_page(
        request,
        s,
        found,
        subject,
        lambda: campaign_from_store(s, found.user, campaign_id, now),
        format,
        audience,
    )


# ---- JSON for scripts ------------------------------------------------------------------------


class LossOut(BaseModel):
    case: str = Field(examples=["report-42"])
    path: str = Field(examples=["assessment.findings[1] (message.paid_report)"])
    kind: Literal["withheld", "dropped", "refused", "redacted", "unrepresented", "bytes"]
    reason: str


class ShareOut(BaseModel):
    """An export for partners and what it did not carry."""

    format: Literal["stix", "misp", "hashed"]
    audience: Literal["organisation", "community", "public"]
    identity: str = Field(description="The exporting organisation named in the document.")
    sha256: str = Field(
        description="SHA-256 of the document written as indented JSON (2 spaces, UTF-8, "
        "a final newline), as the web page's download and `counterlink export` write it; "
        "the audit entry records it."
    )
    reports: list[int] = Field(description="The reports that went out (not refused).")
    loss_counts: dict[str, int]
    document: dict[str, Any] = Field(description="The STIX bundle, MISP event or hashed file.")
    loss: list[LossOut]


FormatQuery = Annotated[
    Literal["stix", "misp", "hashed"], Query(description="hashed needs the server's key.")
]
AudienceQuery = Annotated[
    Literal["organisation", "community", "public"], Query(description="Who receives it.")
]
REFUSED: dict[int | str, dict[str, Any]] = {
    409: {"model": Problem, "description": "The audience may receive none of it (its TLP)"},
    422: {"model": Problem, "description": "A bad choice, or hashed without a server key"},
}

api = APIRouter(
    prefix="/api/v1",
    tags=["api v1"],
    dependencies=[Security(_bearer_doc)],
    responses={401: {"model": Problem, "description": "No credentials, or a wrong token"}},
)


def _api_export(
    request: Request,
    s: Session,
    found: Visitor,
    build: Callable[[], ShareCase | ShareCampaign],
    format: str,
    audience: str,
) -> ShareOut:
    try:
        done = _export(request, s, found, build, format, audience)
    except ShareRefused as exc:
        s.rollback()
        raise HTTPException(status_code=409, detail=exc.message) from None
    except InvalidInput as exc:
        s.rollback()
        raise HTTPException(status_code=422, detail=exc.message) from None
    return ShareOut(
        format=format,
        audience=audience,
        identity=_settings(request).share_identity,
        sha256=done.record.sha256,
        reports=done.record.reports,
        loss_counts=loss_counts(done.loss),
        document=done.document,
        loss=[LossOut.model_validate(item.to_json()) for item in done.loss],
    )


@api.get(
    "/reports/{report_id}/share",
    response_model=ShareOut,
    summary="Export a report for partners (analysts and admins)",
    responses={**FORBIDDEN, **NOT_FOUND, **REFUSED},
)
def share_case_json(
    request: Request,
    s: DB,
    found: ApiVisitor,
    report_id: int,
    format: FormatQuery,
    audience: AudienceQuery,
) -> ShareOut:
    """The report as a STIX 2.1 bundle, MISP event or hashed file for `audience`, with the
    loss report; audited like the export button on the case page."""
    return _api_export(
        request, s, found, lambda: case_from_report(s, found.user, report_id), format, audience
    )


@api.get(
    "/campaigns/{campaign_id}/share",
    response_model=ShareOut,
    summary="Export a campaign for partners (analysts and admins)",
    responses={**FORBIDDEN, **NOT_FOUND, **REFUSED},
)
def share_campaign_json(
    request: Request,
    s: DB,
    found: ApiVisitor,
    campaign_id: str,
    format: FormatQuery,
    audience: AudienceQuery,
) -> ShareOut:
    """A campaign (its id as `GET /api/v1/campaigns` gives it) with every member report as a
    case; reports the audience may not receive are left out and listed as refused."""
    require_role(found, *TRIAGERS)
    now = latest(s)
    return _api_export(
        request,
        s,
        found,
        lambda: campaign_from_store(s, found.user, campaign_id, now),
        format,
        audience,
    )


router.include_router(api)
