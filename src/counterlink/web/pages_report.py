"""Report intake pages: report an approach, my reports, scan my own LinkedIn export.

Any signed-in role may use them. Every report is assessed on arrival with the core model and
the reporter is sent to its case page at once. Uploaded files are checked before anything is
stored: one refused file refuses the whole report, so nothing half-made is left behind.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from starlette.datastructures import UploadFile

from counterlink.assess import Assessor
from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.ingest.archive import OPEN_ERRORS
from counterlink.ingest.linkedin import read_export
from counterlink.schema import Approach
from counterlink.store.evidence import attach_evidence
from counterlink.store.reports import create_report
from counterlink.store.tables import Report, User
from counterlink.web.deps import DB, FormVisitor, PageVisitor, render
from counterlink.web.evidence_read import accept_uploads
from counterlink.web.intake import (
    CHANNELS,
    SECTORS,
    ReportFields,
    build_approach,
    carried_approach,
    rank,
    target_from,
    with_target,
)
from counterlink.web.watch import assessor as watched_assessor

router = APIRouter(include_in_schema=False)

MAX_FILES = 20  # evidence files on one report
MAX_EXPORT_BYTES = 50 * 1024 * 1024  # an uploaded LinkedIn export (the zip)
MAX_EXPANDED_BYTES = 512 * 1024 * 1024  # what its members may declare, all together
MAX_SHOWN = 500  # scanned approaches listed, riskiest first
MAX_SCAN_REPORTS = 50  # approaches reported in one click
PAGE = 100  # reports on one page of "My reports"
SORTS = ("newest", "score")


async def uploads(request: Request) -> list[UploadFile]:
    """The files of the form's ``evidence`` field; an empty file input sends none."""
    form = await request.form()
    return [
        item
        for item in form.getlist("evidence")
        if isinstance(item, UploadFile) and (item.filename or item.size)
    ]


Uploads = Annotated[list[UploadFile], Depends(uploads)]


def _assessor(request: Request, s: Session | None = None) -> Assessor:
    return watched_assessor(request, s)


# --- report an approach ---------------------------------------------------------------------------


def _form_page(
    request: Request,
    fields: ReportFields | None = None,
    errors: list[str] | None = None,
    status: int = 200,
) -> Response:
    context = {
        "form": fields or ReportFields(),
        "errors": errors or [],
        "channels": CHANNELS,
        "sectors": SECTORS,
        "max_files": MAX_FILES,
    }
    return render(request, "report_new.html", context, status)


@router.get("/reports/new")
def report_form(request: Request, found: PageVisitor) -> Response:
    return _form_page(request)


def _field_error(exc: CounterlinkError) -> str:
    labels = {"messages": "Messages", "channel": "Channel", "sector": "Sector"}
    if exc.field is None:
        return exc.message
    return f"{labels.get(exc.field, exc.field.replace('_', ' ').capitalize())}: {exc.message}"


def _report_from_form(
    fields: ReportFields, files: list[UploadFile]
) -> tuple[Approach | None, list[tuple[str, bytes, str]], list[str], list[str]]:
    """(the approach, accepted files, errors, notes on what each file gave) of a filled-in form;
    the approach is None when there are errors."""
    from counterlink.web.evidence_read import read_attachments, with_attachments

    accepted, errors = accept_uploads(files, MAX_FILES)
    read = read_attachments(accepted) if not errors else None
    approach: Approach | None = None
    eml = next(((name, data) for name, data, kind in accepted if kind == "message/rfc822"), None)
    try:
        approach = build_approach(fields, eml, evidence=bool(read and read.pieces))
        if read is not None:
            approach = with_attachments([approach], read)
    except InvalidInput as exc:
        errors.insert(0, _field_error(exc))
    except ValidationError as exc:
        errors.insert(0, f"the report could not be read ({exc.error_count()} problems)")
    notes = read.notes if read is not None else []
    return (None if errors else approach), accepted, errors, notes


@router.post("/reports/new")
def report_submit(
    request: Request,
    s: DB,
    found: FormVisitor,
    fields: Annotated[ReportFields, Form()],
    files: Uploads,
) -> Response:
    approach, accepted, errors, _ = _report_from_form(fields, files)
    if errors or approach is None:
        if files:
            errors.append("Nothing was stored: choose the files to attach again.")
        return _form_page(request, fields, errors, 422)
    assessment = _assessor(request, s).assess(approach)
    report = create_report(s, found.user, approach, assessment, approach.target)
    for name, data, _kind in accepted:
        attach_evidence(s, found.user, report.id, name, data)
    s.commit()
    return RedirectResponse(f"/reports/{report.id}", status_code=303)


@router.post("/reports/preview")
def report_preview(
    request: Request,
    found: FormVisitor,
    fields: Annotated[ReportFields, Form()],
    files: Uploads,
) -> Response:
    """What counterlink reads from the form and its files (as `counterlink read` shows it),
    stored nowhere: the reporter checks it before sending the report."""
    from counterlink.ingest.readout import read_rows

    approach, _, errors, notes = _report_from_form(fields, files)
    if errors or approach is None:
        return _form_page(request, fields, errors, 422)
    context = {"rows": read_rows(approach, None), "notes": notes, "approach": approach}
    return render(request, "report_preview.html", context)


# --- my reports -----------------------------------------------------------------------------------


def my_reports(s: Session, user: User, sort: str, page: int) -> tuple[list[Report], int, int]:
    """One page of the reports ``user`` made (whatever their role), newest or riskiest first;
    with the total and the page actually shown (clamped to the pages there are)."""
    mine = Report.reporter_id == user.id
    total = s.scalar(select(func.count()).select_from(Report).where(mine)) or 0
    page = min(max(page, 1), max((total + PAGE - 1) // PAGE, 1))
    order = (
        (Report.score.desc(), Report.id.desc())
        if sort == "score"
        else (Report.created_at.desc(), Report.id.desc())
    )
    query = (
        select(Report)
        .where(mine)
        .order_by(*order)
        .limit(PAGE)
        .offset((page - 1) * PAGE)
        .options(selectinload(Report.assignee))
    )
    return list(s.scalars(query)), total, page


@router.get("/reports")
def reports_mine(
    request: Request,
    s: DB,
    found: PageVisitor,
    sort: str = "newest",
    page: int = 1,
    reported: int | None = None,
) -> Response:
    sort = sort if sort in SORTS else "newest"
    items, total, page = my_reports(s, found.user, sort, page)
    context = {
        "reports": items,
        "total": total,
        "sort": sort,
        "page": page,
        "pages": max((total + PAGE - 1) // PAGE, 1),
        "reported": reported if reported is not None and reported >= 0 else None,
    }
    return render(request, "reports_mine.html", context)


# --- scan my export -------------------------------------------------------------------------------


def _scan_page(request: Request, error: str | None = None, status: int = 200) -> Response:
    context = {"error": error, "max_mb": MAX_EXPORT_BYTES // 1024 // 1024}
    return render(request, "scan.html", context, status)


@router.get("/scan")
def scan_form(request: Request, found: PageVisitor) -> Response:
    return _scan_page(request)


@contextmanager
def _spooled(upload: UploadFile) -> Iterator[Path]:
    """The upload copied to a temporary file (deleted afterwards), refused over the size cap."""
    handle, name = tempfile.mkstemp(prefix="counterlink-scan-", suffix=".zip")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            size = 0
            while chunk := upload.file.read(1 << 20):
                size += len(chunk)
                if size > MAX_EXPORT_BYTES:
                    raise InvalidInput(
                        f"the file is larger than {MAX_EXPORT_BYTES // 1024 // 1024} MB"
                    )
                out.write(chunk)
        if size == 0:
            raise InvalidInput("the file is empty")
        yield path
    finally:
        path.unlink(missing_ok=True)


def _check_expansion(path: Path) -> None:
    """Refuse an archive that declares more than the web scan reads (a zip bomb, or too big)."""
    try:
        with zipfile.ZipFile(path) as archive:
            declared = sum(info.file_size for info in archive.infolist())
    except OPEN_ERRORS:
        raise InvalidInput(
            "not a zip archive: upload the .zip LinkedIn sent you, as it came"
        ) from None
    if declared > MAX_EXPANDED_BYTES:
        raise InvalidInput(
            f"the archive unpacks to more than {MAX_EXPANDED_BYTES // 1024 // 1024} MB"
        )


async def export_upload(request: Request) -> UploadFile | None:
    form = await request.form()
    item = form.get("export")
    return item if isinstance(item, UploadFile) and (item.filename or item.size) else None


@router.post("/scan")
def scan_submit(
    request: Request,
    found: FormVisitor,
    upload: Annotated[UploadFile | None, Depends(export_upload)],
) -> Response:
    if upload is None:
        return _scan_page(request, "choose your LinkedIn export (.zip) to scan", 422)
    name = Path(upload.filename or "export.zip").name
    spooled = ""
    try:
        with _spooled(upload) as path:
            spooled = str(path)
            _check_expansion(path)
            export = read_export(path)
    except CounterlinkError as exc:
        # The error names the temporary copy; the reporter knows their file by its own name.
        if exc.file and spooled and exc.file.startswith(spooled):
            return _scan_page(request, str(exc).replace(spooled, name, 1), 422)
        return _scan_page(request, f"{name}: {exc.message}", 422)
    rows = rank(export.approaches, _assessor(request))
    context: dict[str, Any] = {
        "filename": name,
        "export": export,
        "rows": rows[:MAX_SHOWN],
        "total": len(rows),
        "sectors": SECTORS,
        "max_reports": MAX_SCAN_REPORTS,
        "levels": {level: sum(r.assessment.level == level for r in rows) for level in _LEVELS},
    }
    return render(request, "scan_results.html", context)


_LEVELS = ("high", "medium", "low")


@router.post("/scan/report")
def scan_report(
    request: Request,
    s: DB,
    found: FormVisitor,
    approach: Annotated[list[str], Form()] = [],  # noqa: B006 (FastAPI copies defaults)
    department: Annotated[str, Form(max_length=200)] = "",
    role: Annotated[str, Form(max_length=200)] = "",
    sector: Annotated[str, Form(max_length=200)] = "",
    sector_other: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    if not approach:
        return _scan_page(request, "tick at least one approach to report; scan again", 422)
    if len(approach) > MAX_SCAN_REPORTS:
        message = (
            f"report at most {MAX_SCAN_REPORTS} approaches at once (you chose {len(approach)})"
        )
        return _scan_page(request, message, 422)
    try:
        target = target_from(department, role, sector, sector_other)
        chosen = [
            with_target(carried_approach(raw, i), target) for i, raw in enumerate(approach, 1)
        ]
    except InvalidInput as exc:
        return _scan_page(request, f"nothing was reported: {_field_error(exc)}", 422)
    assessor = _assessor(request, s)
    for item in chosen:
        # Assessed again here: a score sent back by the browser is never believed.
        create_report(s, found.user, item, assessor.assess(item), item.target)
    s.commit()
    return RedirectResponse(f"/reports?reported={len(chosen)}", status_code=303)
