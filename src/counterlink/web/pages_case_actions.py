"""What analysts and admins change on a case page: triage (status, verdict, assignee, TLP),
comments, attached evidence files (a report's reporter may attach too), and the sharing marking
of one finding or attachment. Each form changes one thing and goes back to its section of the
case page; a refused change shows the case page with the reason (422).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store.errors import NotFound
from counterlink.store.evidence import MAX_BYTES, attach_evidence
from counterlink.store.reports import add_comment, update_report
from counterlink.store.sharing import set_evidence_tlp, set_finding_tlp
from counterlink.web.deps import DB, FormVisitor, Visitor, require_role
from counterlink.web.pages_case import case_page
from counterlink.web.triage import TRIAGERS, missing

router = APIRouter(include_in_schema=False)


def _refused(
    request: Request, s: Session, viewer: Visitor, report_id: int, exc: InvalidInput
) -> Response:
    """The case page again, unchanged, saying why the change was refused (422)."""
    s.rollback()
    try:
        return case_page(request, s, viewer, report_id, str(exc), 422)
    except NotFound as gone:
        return missing(request, gone)


def _back(report_id: int, section: str) -> Response:
    return RedirectResponse(f"/reports/{report_id}#{section}", status_code=303)


def apply_case_change(
    request: Request,
    s: Session,
    found: Visitor,
    report_id: int,
    section: str,
    change: Callable[[], object],
) -> Response:
    """Make one change to a case and go back to its ``section``; a refused change shows the
    case page with the reason (422), a missing report the 404 page."""
    try:
        change()
    except InvalidInput as exc:
        return _refused(request, s, found, report_id, exc)
    except NotFound as exc:
        return missing(request, exc)
    s.commit()
    return _back(report_id, section)


TRIAGE_FIELDS = ("status", "verdict", "assignee", "tlp")


async def triage_form(request: Request) -> dict[str, str | None]:
    """The triage fields as sent: absent → None (left alone), empty → "" (cleared).

    FastAPI's ``Form()`` turns an empty field into its default, which would make "no verdict"
    and "nobody" impossible to choose, so the (already parsed) form is read directly.
    """
    form = await request.form()
    out: dict[str, str | None] = {}
    for name in TRIAGE_FIELDS:
        value = form.get(name)
        if value is not None and not isinstance(value, str):
            raise InvalidInput("must be text", field=name)
        if value is not None and len(value) > 100:
            raise InvalidInput("at most 100 characters", field=name)
        out[name] = value.strip() if value is not None else None
    return out


@router.post("/reports/{report_id:int}/triage")
def triage(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    fields: Annotated[dict[str, str | None], Depends(triage_form)],
) -> Response:
    """Change status, verdict, assignee and TLP; an empty verdict or assignee clears it."""
    require_role(found, *TRIAGERS)

    def change() -> object:
        return update_report(
            s,
            found.user,
            report_id,
            status=fields["status"] or None,
            verdict=fields["verdict"],
            assignee=fields["assignee"],
            tlp=fields["tlp"] or None,
        )

    return apply_case_change(request, s, found, report_id, "triage", change)


@router.post("/reports/{report_id:int}/comments")
def comment(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    body: Annotated[str, Form(max_length=40_000)] = "",
) -> Response:
    require_role(found, *TRIAGERS)
    return apply_case_change(
        request,
        s,
        found,
        report_id,
        "comments",
        lambda: add_comment(s, found.user, report_id, body),
    )


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


async def upload(file: Annotated[UploadFile | None, File()] = None) -> Upload | None:
    """The uploaded file, read here so the route itself can stay synchronous (no blocking
    database work on the event loop); one byte more than allowed shows it is too large."""
    if file is None or not file.filename:
        return None
    return Upload(file.filename, await file.read(MAX_BYTES + 1))


@router.post("/reports/{report_id:int}/evidence")
def add_evidence(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    sent: Annotated[Upload | None, Depends(upload)],
) -> Response:
    """Attach a file: the report's reporter, or an analyst or admin (others get 404)."""

    def change() -> object:
        if sent is None:
            raise InvalidInput("choose a file to attach", field="file")
        return attach_evidence(s, found.user, report_id, sent.filename, sent.data)

    return apply_case_change(request, s, found, report_id, "evidence", change)


# ---- sharing: TLP of a finding or an attachment (store.sharing) ----


@router.post("/reports/{report_id:int}/findings/tlp")
def finding_tlp(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    code: Annotated[str, Form(max_length=100)] = "",
    tlp: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    """Mark one finding for sharing; an empty TLP gives it back the case's."""
    require_role(found, *TRIAGERS)
    return apply_case_change(
        request,
        s,
        found,
        report_id,
        "findings",
        lambda: set_finding_tlp(s, found.user, report_id, code, tlp),
    )


@router.post("/reports/{report_id:int}/evidence/{sha256}/tlp")
def evidence_tlp(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    sha256: str,
    tlp: Annotated[str, Form(max_length=20)] = "",
) -> Response:
    """Mark one attachment for sharing; an empty TLP gives it back the case's."""
    require_role(found, *TRIAGERS)
    return apply_case_change(
        request,
        s,
        found,
        report_id,
        "evidence",
        lambda: set_evidence_tlp(s, found.user, report_id, sha256, tlp),
    )


# ---- end sharing ----
