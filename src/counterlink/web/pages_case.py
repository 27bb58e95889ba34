"""Triage pages: the queue, the case page, triage and comments, evidence files, labelled export.

The queue is one page of ``list_reports`` (never everything), riskiest first, with filters in
the URL so a filtered queue can be shared. The case page shows a report with the evidence of
its findings highlighted where it lies in the messages and the profile; analysts and admins
also triage it there. Every case view is audited by the store's ``get_report`` and committed.
Evidence files are only ever downloaded (attachment, sandboxed, never HTML).
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import IO, Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, File, Form, Query, Request, UploadFile
from fastapi.responses import RedirectResponse, Response, StreamingResponse
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.schema import Assessment
from counterlink.store.errors import NotFound
from counterlink.store.evidence import (
    ACCEPTED,
    EXTENSIONS,
    MAX_BYTES,
    attach_evidence,
    get_evidence,
    list_evidence,
)
from counterlink.store.reports import (
    Filters,
    add_comment,
    can_triage,
    export_labelled,
    get_report,
    list_reports,
    report_comments,
    report_timeline,
    update_report,
)
from counterlink.store.sharing import set_evidence_tlp, set_finding_tlp
from counterlink.store.tables import (
    LEVELS,
    STATUSES,
    TLPS,
    VERDICTS,
    EvidenceFile,
    Report,
    ReportEvent,
    User,
    utcnow,
)
from counterlink.store.users import list_users
from counterlink.web.deps import DB, FormVisitor, PageVisitor, Visitor, render, require_role
from counterlink.web.highlight import Citation, citations, highlight_field
from counterlink.web.pages_campaigns import case_campaign  # campaigns section
from counterlink.web.pages_share import case_sharing, share_form  # sharing section

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
TRIAGERS = ("analyst", "admin")
# Distinct sectors/departments offered as suggestions in the queue's filter form.
MAX_SUGGESTIONS = 200
_SHA256 = re.compile(r"[0-9a-f]{64}")
_ATTACK = re.compile(r"T\d{4}(\.\d{3})?")
_SPOOL_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 6


# ---- shared bits -----------------------------------------------------------------------------


def tlp_label(tlp: str) -> str:
    """The TLP 2.0 label, e.g. ``TLP:AMBER+STRICT``."""
    return f"TLP:{tlp.upper()}"


def tlp_class(tlp: str) -> str:
    return "tlp-" + re.sub(r"[^a-z]+", "-", tlp.lower())


def _age(when: datetime, now: datetime) -> str:
    seconds = max(0, int((now - when).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return "just now"


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _missing(request: Request, exc: NotFound) -> Response:
    """The 404 page, rendered while the request's session is still open.

    Raising NotFound to the app's handler would render after the session was rolled back and
    closed, when the signed-in user's attributes can no longer be loaded for the page header.
    """
    return render(request, "error.html", {"status": 404, "message": str(exc)}, 404)


def _triagers(s: Session) -> list[User]:
    return [user for user in list_users(s) if can_triage(user)]


# ---- the queue -------------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    id: int
    score: float
    level: str
    persona: str
    department: str
    sector: str
    tactics: list[str]
    status: str
    verdict: str
    assignee: str
    age: str
    created: str
    tlp: str


def _queue_row(report: Report, now: datetime) -> QueueRow:
    findings = report.assessment.get("findings") or []
    # Findings are stored strongest first: the first codes are the report's main tactics.
    codes = list(dict.fromkeys(str(f.get("code")) for f in findings if isinstance(f, dict)))
    return QueueRow(
        id=report.id,
        score=report.score,
        level=report.level,
        persona=report.persona_name or "(no name)",
        department=report.target_department or "",
        sector=report.target_sector or "",
        tactics=codes[:3],
        status=report.status,
        verdict=report.verdict or "",
        assignee=report.assignee.name if report.assignee else "",
        age=_age(report.created_at, now),
        created=_when(report.created_at),
        tlp=report.tlp,
    )


def _day(value: str | None, field: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"'{value}' is not a date (YYYY-MM-DD)", field=field) from None


def _filters(raw: dict[str, str], viewer: User) -> Filters:
    """Filters from the query; dates are whole UTC days, ``until`` included."""
    since, until = _day(raw.get("since"), "since"), _day(raw.get("until"), "until")
    return Filters(
        level=raw.get("level"),
        status=raw.get("status"),
        sector=raw.get("sector"),
        department=raw.get("department"),
        since=datetime.combine(since, time(), UTC) if since else None,
        until=datetime.combine(until + timedelta(days=1), time(), UTC) if until else None,
        tactic=raw.get("tactic"),
        assignee=raw.get("assignee"),
        mine=raw.get("mine") == "1",
    )


def _suggestions(s: Session, column: Any) -> list[str]:
    query = select(column).where(column.is_not(None)).distinct().order_by(column)
    return [value for value in s.scalars(query.limit(MAX_SUGGESTIONS)) if value]


def _page_link(raw: dict[str, str], page: int) -> str:
    return "/queue?" + urlencode({**raw, "page": str(page)})


Text = Annotated[str | None, Query(max_length=200)]


@router.get("/queue")
def queue(
    request: Request,
    s: DB,
    found: PageVisitor,
    level: Text = None,
    status: Text = None,
    sector: Text = None,
    department: Text = None,
    since: Text = None,
    until: Text = None,
    tactic: Text = None,
    assignee: Text = None,
    mine: Text = None,
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    """The triage queue: reports riskiest first, filtered, 50 a page."""
    require_role(found, *TRIAGERS)
    given = {
        "level": level,
        "status": status,
        "sector": sector,
        "department": department,
        "since": since,
        "until": until,
        "tactic": tactic,
        "assignee": assignee,
        "mine": mine,
    }
    raw = {key: value.strip() for key, value in given.items() if value and value.strip()}
    error, code = None, 200
    items: list[Report] = []
    total = 0
    try:
        filters = _filters(raw, found.user)
        items, total = list_reports(s, found.user, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    except InvalidInput as exc:
        error, code = str(exc), 422
    now = utcnow()
    pages = max(1, math.ceil(total / PAGE_SIZE))
    context = {
        "rows": [_queue_row(report, now) for report in items],
        "total": total,
        "page": page,
        "pages": pages,
        "previous": _page_link(raw, page - 1) if page > 1 else None,
        "next": _page_link(raw, page + 1) if page < pages else None,
        "raw": raw,
        "error": error,
        "levels": LEVELS,
        "statuses": STATUSES,
        "codes": sorted(request.app.state.assessor.registry.codes().items()),
        "sectors": _suggestions(s, Report.target_sector),
        "departments": _suggestions(s, Report.target_department),
        "triagers": [user.name for user in _triagers(s)],
        "tlp_label": tlp_label,
        "tlp_class": tlp_class,
    }
    return render(request, "queue.html", context, code)


# ---- the case page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldView:
    """One shown field of the approach: where it is, what to call it, its highlighted text."""

    path: str
    label: str
    html: Markup
    anchor: str
    cited: bool


def anchor_for(path: str) -> str:
    """An HTML id for an evidence path: ``messages[0].text`` → ``f-messages-0-text``."""
    return "f-" + re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-")


def _leaves(value: Any, path: str, depth: int = 0) -> Iterator[tuple[str, Any]]:
    # Unknown fields are kept as sent, so nesting is the sender's choice: deep parts are
    # shown as JSON rather than walked.
    if depth > MAX_DEPTH and isinstance(value, dict | list):
        yield path, json.dumps(value, ensure_ascii=False)[:2000]
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, f"{path}.{key}", depth + 1)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _leaves(inner, f"{path}[{index}]", depth + 1)
    elif value is not None:
        yield path, value


def _label(path: str, prefix: str) -> str:
    rest = path.removeprefix(prefix).lstrip(".")
    rest = re.sub(r"\[(\d+)\]", lambda m: f" {int(m.group(1)) + 1}", rest)
    rest = rest.replace(".", " · ").replace("_", " ")
    return rest[:1].upper() + rest[1:]


def _field_views(value: Any, prefix: str, cited: dict[str, list[Citation]]) -> list[FieldView]:
    """Every scalar under ``value`` (unknown fields too), cited text highlighted."""
    views = []
    for path, leaf in _leaves(value, prefix):
        if isinstance(leaf, bool):
            text, marks = ("yes" if leaf else "no"), []
        else:
            text, marks = str(leaf), cited.get(path, [])
        views.append(
            FieldView(
                path,
                _label(path, prefix),
                highlight_field(text, marks),
                anchor_for(path),
                bool(marks),
            )
        )
    return views


@dataclass(frozen=True)
class MessageView:
    sender: str
    sent_at: str
    html: Markup
    anchor: str
    cited: bool


def _messages(approach: dict[str, Any], cited: dict[str, list[Citation]]) -> list[MessageView]:
    views = []
    for index, message in enumerate(approach.get("messages") or []):
        if not isinstance(message, dict):
            continue
        path = f"messages[{index}].text"
        marks = cited.get(path, [])
        views.append(
            MessageView(
                sender=str(message.get("sender") or ""),
                sent_at=str(message.get("sent_at") or ""),
                html=highlight_field(str(message.get("text") or ""), marks),
                anchor=anchor_for(path),
                cited=bool(marks),
            )
        )
    return views


@dataclass(frozen=True)
class EventView:
    at: str
    actor: str
    text: str


def _event_text(event: ReportEvent) -> str:
    detail = event.detail or {}
    old, new = detail.get("from"), detail.get("to")
    if event.kind == "created":
        score = detail.get("score")
        shown = f"{score:.2f}" if isinstance(score, int | float) else "?"
        return f"reported; assessed {detail.get('level', '?')} (score {shown})"
    if event.kind == "status":
        return f"status {old or 'none'} → {new or 'none'}"
    if event.kind == "verdict":
        return f"verdict {old or 'none'} → {new or 'none'}"
    if event.kind == "assignee":
        return f"assigned to {new}" if new else f"unassigned (was {old})"
    if event.kind == "tlp":
        return f"{tlp_label(str(old))} → {tlp_label(str(new))}"
    if event.kind == "comment":
        return "commented"
    if event.kind == "evidence":
        return f"attached evidence {detail.get('filename', '')}".strip()
    # ---- sharing (store.sharing) ----
    if event.kind in ("finding_tlp", "evidence_tlp"):
        what = (
            f"finding {detail.get('code', '?')}"
            if event.kind == "finding_tlp"
            else f"attachment {detail.get('filename', '?')}"
        )
        return f"marked {what} {_marking(old)} → {_marking(new)}"
    if event.kind == "share":
        within = f" within {detail['campaign']}" if detail.get("campaign") else ""
        return (
            f"exported as {detail.get('format', '?')} for the "
            f"{detail.get('audience', '?')} audience{within}"
        )
    # ---- end sharing ----
    return event.kind


def _marking(level: object) -> str:
    return tlp_label(str(level)) if level else "as the case"


def _timeline(s: Session, viewer: User, report: Report) -> list[EventView]:
    return [
        EventView(_when(e.at), e.actor.name if e.actor else "system", _event_text(e))
        for e in report_timeline(s, viewer, report)
    ]


@dataclass(frozen=True)
class EvidenceView:
    sha256: str
    filename: str
    media_type: str
    size: int
    added: str


def _evidence(s: Session, viewer: User, report: Report) -> list[EvidenceView]:
    links = list_evidence(s, viewer, report)
    # Size and type only: loading the files themselves would read every byte of them.
    digests = {link.sha256 for link in links}
    facts = {
        digest: (media_type, size)
        for digest, media_type, size in s.execute(
            select(EvidenceFile.sha256, EvidenceFile.media_type, EvidenceFile.size).where(
                EvidenceFile.sha256.in_(digests)
            )
        )
    }
    return [
        EvidenceView(
            link.sha256,
            link.filename,
            facts.get(link.sha256, ("", 0))[0],
            facts.get(link.sha256, ("", 0))[1],
            _when(link.created_at),
        )
        for link in links
    ]


def _attack_url(attack: str | None) -> str | None:
    if not attack or not _ATTACK.fullmatch(attack):
        return None
    return "https://attack.mitre.org/techniques/" + attack.replace(".", "/") + "/"


def _case_context(request: Request, s: Session, viewer: Visitor, report_id: int) -> dict[str, Any]:
    """Everything the case page shows; records the view in the audit log (caller commits)."""
    user = viewer.user
    report = get_report(s, user, report_id)
    approach = report.approach or {}
    assessment = Assessment.model_validate(report.assessment)
    cited = citations(assessment.findings)
    triage = can_triage(user)
    target_views = [v for v in _field_views(approach.get("target"), "target", cited) if v.cited]
    return {
        "report": report,
        "assessment": assessment,
        "attack_url": _attack_url,
        "anchor_for": anchor_for,
        "persona": _field_views(approach.get("persona"), "persona", cited),
        "cited_target": target_views,
        "messages": _messages(approach, cited),
        "timeline": _timeline(s, user, report),
        "evidence": _evidence(s, user, report),
        "comments": report_comments(s, user, report),
        "triage": triage,
        # ---- campaigns (pages_campaigns): the report's campaign, for analysts and admins ----
        "campaign_section": case_campaign(s, report.id) if triage else None,
        # ---- end campaigns ----
        # ---- sharing (pages_share): markings of findings and attachments, export form ----
        "sharing": case_sharing(request, s, report) if triage else None,
        **share_form(request),
        # ---- end sharing ----
        "triagers": [u.name for u in _triagers(s)] if triage else [],
        "statuses": STATUSES,
        "verdicts": VERDICTS,
        "tlps": TLPS,
        "tlp_label": tlp_label,
        "tlp_class": tlp_class,
        "created": _when(report.created_at),
        "accepted": ACCEPTED,
        "max_mb": MAX_BYTES // 1024 // 1024,
        "error": None,
    }


def _case_page(
    request: Request,
    s: Session,
    viewer: Visitor,
    report_id: int,
    error: str | None = None,
    status: int = 200,
) -> Response:
    context = _case_context(request, s, viewer, report_id)
    context["error"] = error
    s.commit()  # the view's audit entry
    return render(request, "case.html", context, status)


@router.get("/reports/{report_id:int}")
def case(request: Request, s: DB, found: PageVisitor, report_id: int) -> Response:
    """A report as a case; a reporter sees only their own (anyone else's is 404)."""
    try:
        return _case_page(request, s, found, report_id)
    except NotFound as exc:
        return _missing(request, exc)


def _refused(
    request: Request, s: Session, viewer: Visitor, report_id: int, exc: InvalidInput
) -> Response:
    """The case page again, unchanged, saying why the change was refused (422)."""
    s.rollback()
    try:
        return _case_page(request, s, viewer, report_id, str(exc), 422)
    except NotFound as missing:
        return _missing(request, missing)


def _back(report_id: int, section: str) -> Response:
    return RedirectResponse(f"/reports/{report_id}#{section}", status_code=303)


def _change(
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
        return _missing(request, exc)
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

    return _change(request, s, found, report_id, "triage", change)


@router.post("/reports/{report_id:int}/comments")
def comment(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    body: Annotated[str, Form(max_length=40_000)] = "",
) -> Response:
    require_role(found, *TRIAGERS)
    return _change(
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

    return _change(request, s, found, report_id, "evidence", change)


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
    return _change(
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
    return _change(
        request,
        s,
        found,
        report_id,
        "evidence",
        lambda: set_evidence_tlp(s, found.user, report_id, sha256, tlp),
    )


# ---- end sharing ----


# ---- downloads -------------------------------------------------------------------------------


def content_disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback name and the exact name as RFC 6266 ``filename*``."""
    fallback = (
        "".join(
            c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in filename
        ).strip()
        or "evidence"
    )
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


@router.get("/evidence/{sha256}")
def evidence_file(request: Request, s: DB, found: PageVisitor, sha256: str) -> Response:
    """An evidence file, as a download only, to whoever may see a report holding it."""
    try:
        if not _SHA256.fullmatch(sha256):
            raise NotFound("no such evidence file")
        stored, filename = get_evidence(s, found.user, sha256)
    except NotFound as exc:
        return _missing(request, exc)
    s.commit()  # the download's audit entry
    # Only the types the store accepts; anything else is opaque bytes, never HTML.
    media_type = (
        stored.media_type if stored.media_type in EXTENSIONS else "application/octet-stream"
    )
    headers = {
        "Content-Disposition": content_disposition(filename),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'",
    }
    return Response(stored.data, media_type=media_type, headers=headers)


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(64 * 1024):
            yield chunk
    finally:
        spool.close()


@router.get("/export/labelled")
def export(s: DB, found: PageVisitor) -> Response:
    """The analysts' verdicts as labelled approach/1 JSON Lines, for retraining (audited)."""
    require_role(found, *TRIAGERS)
    # Written out first, then committed and sent: the audit entry (and, on SQLite, the write
    # lock it takes) must not wait on a slow download.
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 (_chunks closes)
    try:
        for record in export_labelled(s, found.user):
            spool.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        s.commit()
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    name = f"counterlink-labelled-{utcnow().date().isoformat()}.jsonl"
    return StreamingResponse(
        _chunks(spool),
        media_type="application/x-ndjson",
        headers={"Content-Disposition": content_disposition(name)},
    )
