"""The JSON API's file routes: what counterlink reads from evidence files (a saved profile
PDF, a screenshot, a photo, an .eml), and a report made from them. Multipart uploads, up to the
store's file limit each; the same readers as `counterlink read` and the report form."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, Response, Security, UploadFile
from pydantic import BaseModel, Field

from counterlink.errors import InvalidInput
from counterlink.schema import Approach
from counterlink.store.db import read_only
from counterlink.store.evidence import MAX_BYTES, attach_evidence
from counterlink.store.reports import create_report, visible_report
from counterlink.store.tables import ROLES
from counterlink.web.api import (
    FORBIDDEN,
    PREFIX,
    Problem,
    ReportDetail,
    _bearer_doc,
    _CappedRoute,
    _detail,
)
from counterlink.web.deps import DB, ApiWriter, require_role
from counterlink.web.evidence_read import accept_uploads, read_attachments, with_attachments
from counterlink.web.watch import assessor as watched_assessor

MAX_FILES = 20
# Every file at the store's limit, and the form fields around them.
MAX_UPLOAD = MAX_FILES * MAX_BYTES + 64 * 1024


class _UploadRoute(_CappedRoute):
    limit = MAX_UPLOAD


router = APIRouter(
    prefix=PREFIX,
    tags=["api v1"],
    route_class=_UploadRoute,
    dependencies=[Security(_bearer_doc)],
    responses={
        401: {"model": Problem, "description": "No credentials, or a wrong or revoked token"},
        413: {"model": Problem, "description": f"Body over {MAX_UPLOAD} bytes"},
        422: {"model": Problem, "description": "A file was refused, or nothing could be read"},
    },
)

Files = Annotated[
    list[UploadFile],
    File(
        description="Evidence files: a LinkedIn profile saved as PDF, screenshots (PNG, JPEG), "
        f"the profile photo, an .eml; at most {MAX_FILES}, {MAX_BYTES // 1024 // 1024} MB each."
    ),
]


class ReadResult(BaseModel):
    """What the files gave, nothing stored."""

    approach: dict[str, Any] = Field(
        description="The counterlink.approach/1 object the files (and text) make together."
    )
    notes: list[str] = Field(description="Per file: what was read, or why it was not.")


def _from_files(files: list[UploadFile], text: str | None) -> tuple[Approach, list[Any], list[str]]:
    from counterlink.ingest.text import approach_from_text

    accepted, errors = accept_uploads(files, MAX_FILES)
    if errors:
        raise InvalidInput("; ".join(errors))
    read = read_attachments(accepted)
    pasted = [approach_from_text(text, source="api text")] if text and text.strip() else []
    if not pasted and not read.pieces:
        reasons = "; ".join(read.notes) or "no file was given"
        raise InvalidInput(f"nothing could be read to assess: {reasons}")
    return with_attachments(pasted, read), accepted, read.notes


@router.post(
    "/read",
    response_model=ReadResult,
    summary="Read evidence files into an approach, storing nothing",
    responses=FORBIDDEN,
)
def read_files(
    found: ApiWriter,
    files: Files,
    text: Annotated[
        str | None, Form(max_length=100_000, description="A pasted message of the same approach.")
    ] = None,
) -> ReadResult:
    """The approach/1 record counterlink reads from the files, as `counterlink read` prints
    it: check what was extracted (and from where: `annotations.extracted_from`) before
    submitting it to `POST /reports` or `POST /reports/files`."""
    require_role(found, *ROLES)
    approach, _, notes = _from_files(files, text)
    return ReadResult(approach=approach.to_json_dict(), notes=notes)


@router.post(
    "/reports/files",
    response_model=ReportDetail,
    status_code=201,
    summary="Report an approach from evidence files; assessed on arrival",
    responses=FORBIDDEN,
)
def report_files(
    request: Request,
    response: Response,
    s: DB,
    found: ApiWriter,
    files: Files,
    text: Annotated[
        str | None, Form(max_length=100_000, description="A pasted message of the same approach.")
    ] = None,
    sector: Annotated[str | None, Form(max_length=200)] = None,
    role: Annotated[str | None, Form(max_length=200)] = None,
    department: Annotated[str | None, Form(max_length=200)] = None,
) -> ReportDetail:
    """The files (and text) read as one approach, assessed, stored as a report with every file
    attached (those that could not be read too, with a note saying so)."""
    require_role(found, *ROLES)
    approach, accepted, _ = _from_files(files, text)
    given = {"sector": sector, "role": role, "department": department}
    target = {k: v.strip() for k, v in given.items() if v and v.strip()}
    if target:
        record = approach.to_json_dict()
        record["target"] = {**record.get("target", {}), **target}
        approach = Approach.model_validate(record)
    assessment = watched_assessor(request, s).assess(approach)
    report = create_report(s, found.user, approach, assessment, approach.target)
    for name, data, _kind in accepted:
        attach_evidence(s, found.user, report.id, name, data)
    s.commit()
    response.headers["Location"] = f"{PREFIX}/reports/{report.id}"
    read_only(s)
    return _detail(s, found.user, visible_report(s, found.user, report.id))
