"""The triage queue (analysts and admins): one page of ``list_reports`` (never everything),
riskiest first, with filters in the URL so a filtered queue can be shared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store.reports import Filters, list_reports
from counterlink.store.tables import LEVELS, STATUSES, Report, User, utcnow
from counterlink.web.deps import DB, PageVisitor, render, require_role
from counterlink.web.triage import TRIAGERS, tlp_class, tlp_label, triagers, utc_time

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
# Distinct sectors/departments offered as suggestions in the queue's filter form.
MAX_SUGGESTIONS = 200


def _age(when: datetime, now: datetime) -> str:
    seconds = max(0, int((now - when).total_seconds()))
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return "just now"


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
        created=utc_time(report.created_at),
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
        "triagers": [user.name for user in triagers(s)],
        "tlp_label": tlp_label,
        "tlp_class": tlp_class,
    }
    return render(request, "queue.html", context, code)
