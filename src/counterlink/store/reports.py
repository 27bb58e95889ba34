"""Reports and their triage: create, list (the queue), view, update, comment, export.

Visibility: a reporter only ever sees their own reports, and a report of someone else is
"not found" rather than forbidden, so ids reveal nothing. Analysts and admins see and work all
reports. Every view, change and export writes an audit entry; changes also write a timeline
event. Services flush; the caller commits.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from counterlink.errors import InvalidInput
from counterlink.schema import Approach, Assessment, Target
from counterlink.store.audit import record as audit_record
from counterlink.store.errors import Forbidden, NotFound
from counterlink.store.photos import record_report_photo
from counterlink.store.tables import (
    LEVELS,
    STATUSES,
    TLPS,
    VERDICTS,
    Comment,
    Report,
    ReportEvent,
    ReportTactic,
    User,
    utcnow,
)

MAX_PAGE = 500
MAX_COMMENT = 20_000
# reports.id is an INTEGER column: 32 bits on PostgreSQL, so no report has a larger id (and
# SQLite cannot bind a number beyond 64 bits at all).
MAX_REPORT_ID = 2**31 - 1
# Verdicts that become training labels (schema.Approach.label); "inconclusive" teaches nothing.
LABELS = ("malicious", "benign")
# What a reporter sees of a report's timeline: its outcome, not the analysts' work.
REPORTER_EVENTS = ("created", "status", "verdict", "evidence")


def can_triage(user: User) -> bool:
    return user.active and user.role in ("analyst", "admin")


def _require_triage(user: User, action: str) -> None:
    if not can_triage(user):
        raise Forbidden(f"only analysts and admins may {action}")


def _one_of(value: str, allowed: tuple[str, ...], field: str) -> str:
    if value not in allowed:
        raise InvalidInput(f"'{value}' is not one of {', '.join(allowed)}", field=field)
    return value


def _clip(value: Any, length: int = 200) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()[:length]


def add_event(s: Session, report: Report, actor: User | None, kind: str, **detail: Any) -> None:
    """Add one timeline event to the report (flushed with the caller's next flush)."""
    s.add(
        ReportEvent(
            report_id=report.id,
            actor_id=actor.id if actor else None,
            at=utcnow(),
            kind=kind,
            detail=detail,
        )
    )


def create_report(
    s: Session,
    reporter: User,
    approach: Approach,
    assessment: Assessment,
    target: Target | None = None,
) -> Report:
    """Store a submitted approach with its assessment; ``target`` overrides the approach's."""
    target = target or approach.target
    extra = (target.model_extra or {}) if target is not None else {}
    now = utcnow()
    report = Report(
        reporter_id=reporter.id,
        created_at=now,
        updated_at=now,
        approach=approach.to_json_dict(),
        persona_name=_clip(approach.persona.name if approach.persona else None, 300),
        channel=approach.channel,
        message_count=len(approach.messages),
        score=assessment.score,
        level=assessment.level,
        assessment=assessment.model_dump(mode="json"),
        status="new",
        tlp="amber",
        target_sector=_clip(target.sector if target else None),
        target_department=_clip(extra.get("department")),
        target_role=_clip(target.role if target else None),
    )
    report.tactics = [ReportTactic(code=c) for c in sorted({f.code for f in assessment.findings})]
    s.add(report)
    s.flush()
    record_report_photo(s, report.id, approach)
    add_event(s, report, reporter, "created", score=report.score, level=report.level)
    audit_record(s, reporter.name, "report.create", "report", report.id, {"level": report.level})
    return report


@dataclass(frozen=True)
class Filters:
    """Queue filters; None means any. ``mine``: assigned to the viewer."""

    level: str | None = None
    status: str | None = None
    sector: str | None = None
    department: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    tactic: str | None = None
    assignee: str | None = None
    mine: bool = False


def _visible(viewer: User) -> Select[Report]:
    query = select(Report)
    if not can_triage(viewer):
        query = query.where(Report.reporter_id == viewer.id)
    return query


def _filtered(query: Select[Report], viewer: User, f: Filters) -> Select[Report]:
    if f.level is not None:
        query = query.where(Report.level == _one_of(f.level, LEVELS, "level"))
    if f.status is not None:
        query = query.where(Report.status == _one_of(f.status, STATUSES, "status"))
    if f.sector is not None:
        query = query.where(Report.target_sector == f.sector)
    if f.department is not None:
        query = query.where(Report.target_department == f.department)
    for name, when in (("since", f.since), ("until", f.until)):
        if when is not None and when.tzinfo is None:
            raise InvalidInput("give a time zone (e.g. 2026-11-02T00:00:00Z)", field=name)
    if f.since is not None:
        query = query.where(Report.created_at >= f.since)
    if f.until is not None:
        query = query.where(Report.created_at < f.until)
    if f.tactic is not None:
        tactic = select(ReportTactic.report_id).where(ReportTactic.code == f.tactic)
        query = query.where(Report.id.in_(tactic))
    # Who a case is assigned to is the analysts' business: a reporter's assignee filter is
    # ignored, so it cannot tell them which analyst has which of their reports.
    if f.assignee is not None and can_triage(viewer):
        query = query.join(User, User.id == Report.assignee_id).where(User.name == f.assignee)
    if f.mine:
        query = query.where(Report.assignee_id == viewer.id)
    return query


def list_reports(
    s: Session, viewer: User, filters: Filters | None = None, limit: int = 50, offset: int = 0
) -> tuple[list[Report], int]:
    """One page of the queue, riskiest first (score, then newest), and the total that match."""
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"must be between 1 and {MAX_PAGE}", field="limit")
    if offset < 0:
        raise InvalidInput("must not be negative", field="offset")
    query = _filtered(_visible(viewer), viewer, filters or Filters())
    total = s.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    page = (
        query.order_by(Report.score.desc(), Report.id.desc())
        .limit(limit)
        # Past the most reports there can be is past the end (and SQLite cannot bind more).
        .offset(min(offset, MAX_REPORT_ID))
        .options(selectinload(Report.assignee), selectinload(Report.reporter))
    )
    return list(s.scalars(page)), total


def visible_report(s: Session, viewer: User, report_id: int) -> Report:
    """The report if the viewer may see it, else NotFound; not audited (see get_report)."""
    if not 1 <= report_id <= MAX_REPORT_ID:
        raise NotFound(f"no report {report_id}")  # the database could not even compare it
    report = s.scalar(
        _visible(viewer)
        .where(Report.id == report_id)
        .options(
            selectinload(Report.assignee),
            selectinload(Report.reporter),
            selectinload(Report.tactics),
        )
    )
    if report is None:
        raise NotFound(f"no report {report_id}")
    return report


def get_report(s: Session, viewer: User, report_id: int, audit: bool = True) -> Report:
    """The report if the viewer may see it, else NotFound; records a "view" audit entry."""
    report = visible_report(s, viewer, report_id)
    if audit:
        audit_record(s, viewer.name, "report.view", "report", report.id)
    return report


def report_timeline(s: Session, viewer: User, report: Report) -> list[ReportEvent]:
    """The report's events, oldest first; a reporter sees only the outcome, and of the files
    attached only their own (store.evidence lets them have no other)."""
    query = (
        select(ReportEvent)
        .where(ReportEvent.report_id == report.id)
        .order_by(ReportEvent.at, ReportEvent.id)
        .options(selectinload(ReportEvent.actor))
    )
    if not can_triage(viewer):
        query = query.where(
            ReportEvent.kind.in_(REPORTER_EVENTS),
            or_(ReportEvent.kind != "evidence", ReportEvent.actor_id == viewer.id),
        )
    return list(s.scalars(query))


def report_comments(s: Session, viewer: User, report: Report) -> list[Comment]:
    """The analysts' comments, oldest first; none for reporters (they are working notes)."""
    if not can_triage(viewer):
        return []
    return list(
        s.scalars(
            select(Comment)
            .where(Comment.report_id == report.id)
            .order_by(Comment.created_at, Comment.id)
            .options(selectinload(Comment.author))
        )
    )


def update_report(
    s: Session,
    actor: User,
    report_id: int,
    *,
    status: str | None = None,
    verdict: str | None = None,
    assignee: str | None = None,
    tlp: str | None = None,
) -> Report:
    """Triage a report. None leaves a field alone; ``verdict=""`` and ``assignee=""`` clear it.

    Leaving "new" the first time stamps ``first_triaged_at``; closing stamps ``closed_at`` and
    reopening clears it. Every actual change is a timeline event; all of them one audit entry.
    """
    _require_triage(actor, "triage reports")
    # Validate everything before changing anything.
    if status is not None:
        _one_of(status, STATUSES, "status")
    if verdict:
        _one_of(verdict, VERDICTS, "verdict")
    if tlp is not None:
        _one_of(tlp, TLPS, "tlp")
    new_assignee: User | None = None
    if assignee:
        new_assignee = s.scalar(select(User).where(User.name == assignee))
        if new_assignee is None or not can_triage(new_assignee):
            raise InvalidInput(f"'{assignee}' is not an active analyst or admin", field="assignee")
    report = visible_report(s, actor, report_id)
    now = utcnow()
    changes: dict[str, dict[str, Any]] = {}

    def change(field: str, old: Any, new: Any) -> None:
        if old != new:
            changes[field] = {"from": old, "to": new}
            add_event(s, report, actor, field, **changes[field])

    if status is not None:
        change("status", report.status, status)
        report.status = status
        if status != "new" and report.first_triaged_at is None:
            report.first_triaged_at = now
        report.closed_at = (report.closed_at or now) if status == "closed" else None
    if verdict is not None:
        change("verdict", report.verdict, verdict or None)
        report.verdict = verdict or None
    if assignee is not None:
        old_name = report.assignee.name if report.assignee else None
        change("assignee", old_name, new_assignee.name if new_assignee else None)
        report.assignee = new_assignee
    if tlp is not None:
        change("tlp", report.tlp, tlp)
        report.tlp = tlp
    if changes:
        report.updated_at = now
        s.flush()
        audit_record(s, actor.name, "report.update", "report", report.id, changes)
    return report


def add_comment(s: Session, actor: User, report_id: int, body: str) -> Comment:
    _require_triage(actor, "comment on reports")
    body = body.strip()
    if not body:
        raise InvalidInput("comment is empty", field="body")
    if len(body) > MAX_COMMENT:
        raise InvalidInput(f"comment longer than {MAX_COMMENT} characters", field="body")
    report = visible_report(s, actor, report_id)
    comment = Comment(report_id=report.id, author_id=actor.id, body=body, created_at=utcnow())
    s.add(comment)
    s.flush()
    add_event(s, report, actor, "comment", comment_id=comment.id)
    audit_record(s, actor.name, "report.comment", "report", report.id, {"comment": comment.id})
    return comment


def export_labelled(s: Session, actor: User) -> Iterator[dict[str, Any]]:
    """approach/1 dicts of every report with a malicious or benign verdict, ``label`` set to it.

    A report filed by a reporter has its ``annotations`` replaced: only ``counterlink_report``.
    Inconclusive and unreviewed reports are left out. The export is audited when it starts.
    """
    _require_triage(actor, "export reports")
    labelled = Report.verdict.in_(LABELS)
    count = s.scalar(select(func.count()).select_from(Report).where(labelled)) or 0
    audit_record(s, actor.name, "export.labelled", "reports", None, {"count": count})
    rows = s.execute(
        select(Report.id, Report.approach, Report.verdict, Report.tlp, User.role)
        .join(User, User.id == Report.reporter_id)
        .where(labelled)
        .order_by(Report.id)
        .execution_options(yield_per=500)
    )
    for report_id, approach, verdict, tlp, reporter_role in rows:
        record = dict(approach)
        # A reporter's own annotations are not training data: only what analysts and admins
        # filed (imported datasets) keeps its annotations.
        kept = record.get("annotations") if reporter_role != "reporter" else None
        annotations = dict(kept or {})
        annotations["counterlink_report"] = {
            "id": report_id,
            "approach_id": record.get("id"),
            "tlp": tlp,
        }
        record["id"] = f"report-{report_id}"
        record["label"] = verdict
        record["annotations"] = annotations
        yield record
