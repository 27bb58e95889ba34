"""Cases and campaigns to share, read from the database: the bridge between the store's reports
and the exporters, which only know :class:`ShareCase` and :class:`ShareCampaign`.

* A **case** is a stored report: its approach (named ``report-<id>``, as campaigns name it, so
  a loss report says which report an item came from), its assessment, the report's TLP, the
  findings marked stricter (``Report.finding_tlp``), every analyst comment as a note and every
  attachment (file name, SHA-256, media type; never the bytes) with its own TLP or the case's,
  and what identifies the target beyond the approach (``Private``: the reporter's name, the
  role and department filed): the exporters never carry those and remove them from texts.
* A **comment has no TLP of its own**: it is exported as a note at the case's TLP, so it goes
  wherever its case goes (the loss report does not list comments; the export page says so).
* A **campaign** is one of the stored campaigns (``store.campaigns``) with every member report
  as a case; the exporters refuse or drop what the audience may not receive.

Only analysts and admins export (:class:`Forbidden` otherwise); a report that does not exist is
:class:`NotFound`. Nothing here writes: recording the export is ``store.sharing.record_export``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterlink.campaigns.model import Campaign
from counterlink.errors import CounterlinkError
from counterlink.schema import Approach, Assessment, Target
from counterlink.share.model import (
    Attachment,
    Note,
    Private,
    ShareCampaign,
    ShareCase,
)
from counterlink.store.campaigns import Campaigns, current, member_id, report_id_of
from counterlink.store.errors import Forbidden, NotFound
from counterlink.store.reports import can_triage, visible_report
from counterlink.store.tables import (
    Comment,
    EmployerCheck,
    EvidenceFile,
    Report,
    ReportEvidence,
    User,
)


def require_exporter(viewer: User) -> None:
    """Forbidden unless ``viewer`` may export cases (an active analyst or admin)."""
    if not can_triage(viewer):
        raise Forbidden("only analysts and admins may export cases for partners")


def _approach(report: Report) -> Approach:
    """The stored approach, named as its report and filed under the report's sector."""
    try:
        approach = Approach.model_validate(report.approach)
    except ValidationError as exc:
        raise CounterlinkError(
            f"report {report.id}: the stored approach cannot be read "
            f"({exc.error_count()} problem(s)); it cannot be exported"
        ) from None
    update: dict[str, object] = {"id": member_id(report.id)}
    sector = report.target_sector
    if sector and (approach.target is None or approach.target.sector != sector):
        update["target"] = (approach.target or Target()).model_copy(update={"sector": sector})
    return approach.model_copy(update=update)


def _assessment(report: Report) -> Assessment:
    try:
        return Assessment.model_validate(report.assessment)
    except ValidationError as exc:
        raise CounterlinkError(
            f"report {report.id}: the stored assessment cannot be read "
            f"({exc.error_count()} problem(s)); it cannot be exported"
        ) from None


def _attachments(s: Session, reports: Iterable[Report]) -> dict[int, list[Attachment]]:
    """Each report's attachments, oldest first, at their own TLP or their case's (the files'
    bytes are not loaded: only the name, hash and media type are ever exported)."""
    by_id = {r.id: r for r in reports}
    found: dict[int, list[Attachment]] = {number: [] for number in by_id}
    if not by_id:
        return found
    rows = s.execute(
        select(
            ReportEvidence.report_id,
            ReportEvidence.filename,
            ReportEvidence.sha256,
            EvidenceFile.media_type,
            ReportEvidence.tlp,
        )
        .join(EvidenceFile, EvidenceFile.sha256 == ReportEvidence.sha256)
        .where(ReportEvidence.report_id.in_(by_id))
        .order_by(ReportEvidence.report_id, ReportEvidence.created_at, ReportEvidence.id)
    )
    for report_id, filename, sha256, media_type, tlp in rows:
        found[report_id].append(
            Attachment(filename, sha256, media_type, tlp or by_id[report_id].tlp)
        )
    return found


def _comments(s: Session, reports: Iterable[Report]) -> dict[int, list[Note]]:
    """Each report's comments, oldest first, as notes at the report's TLP (one query for a
    whole campaign; only analysts and admins get here, who see every comment)."""
    by_id = {r.id: r for r in reports}
    found: dict[int, list[Note]] = {number: [] for number in by_id}
    if not by_id:
        return found
    rows = s.execute(
        select(Comment.report_id, Comment.body)
        .where(Comment.report_id.in_(by_id))
        .order_by(Comment.report_id, Comment.created_at, Comment.id)
    )
    for report_id, body in rows:
        found[report_id].append(Note(body, by_id[report_id].tlp))
    return found


def _private(report: Report) -> Private:
    """What the store knows of the target beyond the approach: who reported it (the one
    approached), their role and department. Never exported; removed from every text."""
    reporter = report.reporter
    return Private(
        names=(reporter.name,) if reporter is not None else (),
        role=report.target_role,
        department=report.target_department,
    )


def _employer(s: Session, reports: Iterable[Report]) -> dict[int, dict[str, Any]]:
    """Each report's latest kept employer check (one query for a whole campaign)."""
    ids = [r.id for r in reports]
    latest = (
        select(EmployerCheck.report_id, func.max(EmployerCheck.id).label("id"))
        .where(EmployerCheck.report_id.in_(ids))
        .group_by(EmployerCheck.report_id)
        .subquery()
    )
    rows = s.execute(
        select(EmployerCheck.report_id, EmployerCheck.result).join(
            latest, EmployerCheck.id == latest.c.id
        )
    )
    return {report_id: result for report_id, result in rows}


def _case(
    report: Report,
    notes: list[Note],
    attachments: list[Attachment],
    employer: dict[str, Any] | None = None,
) -> ShareCase:
    return ShareCase(
        approach=_approach(report),
        assessment=_assessment(report),
        tlp=report.tlp,
        notes=notes,
        attachments=attachments,
        finding_tlp=dict(report.finding_tlp or {}),
        reported_at=report.created_at.isoformat(),
        private=_private(report),
        employer=employer,
    )


def case_from_report(s: Session, viewer: User, report_id: int) -> ShareCase:
    """The stored report ``report_id`` as a case to share.

    Forbidden for a reporter (only analysts and admins export); NotFound when there is no such
    report."""
    require_exporter(viewer)
    report = visible_report(s, viewer, report_id)
    return _case(
        report,
        _comments(s, [report])[report.id],
        _attachments(s, [report])[report.id],
        _employer(s, [report]).get(report.id),
    )


def campaign_from_store(
    s: Session, viewer: User, campaign_id: str, campaigns: Campaigns | None = None
) -> ShareCampaign:
    """The stored campaign ``campaign_id`` (``campaign-<12 hex digits>``, as the campaign pages
    name it) with every member report as a case.

    ``campaigns``: the campaigns as the caller already read them (default: ``current(s)``,
    which recomputes a stale snapshot). NotFound when no campaign has that id now: campaign ids
    change as reports and judgements arrive."""
    require_exporter(viewer)
    now = campaigns if campaigns is not None else current(s)
    stored = now.get(campaign_id)
    if stored is None:
        raise NotFound(
            f"no campaign {campaign_id[:60]} now (campaign ids change as reports and judgements "
            "arrive; list them with `counterlink campaigns --database` or on /campaigns)"
        )
    ids = [n for n in (report_id_of(m) for m in stored.members) if n is not None]
    reports = list(s.scalars(select(Report).where(Report.id.in_(ids)).order_by(Report.id)))
    by_id = {r.id: r for r in reports}
    notes = _comments(s, reports)
    attachments = _attachments(s, reports)
    # Members in the campaign's order; one that is not a stored report (none should be) is
    # left out, and the exporters count it in the loss report ("members ... not exported").
    checks = _employer(s, by_id.values())
    cases = [_case(by_id[n], notes[n], attachments[n], checks.get(n)) for n in ids if n in by_id]
    # StoredCampaign.to_json() is exactly Campaign.to_json(): the same fields rebuild it.
    return ShareCampaign(Campaign(**stored.to_json()), cases)


_REPORT = re.compile(r"(?:case:|report-)?(\d{1,18})")
_CAMPAIGN = re.compile(r"(?:campaign:)?(?:campaign-)?([0-9a-f]{12})")


def parse_subject(text: str) -> tuple[str, int | str]:
    """What `counterlink export SUBJECT` names: ``("report", 42)`` for ``case:42``, ``42`` or
    ``report-42``; ``("campaign", "campaign-4a9c06a25ff8")`` for ``campaign:campaign-4a9c06a25ff8``
    (the id the campaign pages show), ``campaign-4a9c06a25ff8`` or ``campaign:4a9c06a25ff8``."""
    value = text.strip()
    if match := _REPORT.fullmatch(value):
        return "report", int(match.group(1))
    if value.startswith("campaign") and (match := _CAMPAIGN.fullmatch(value)):
        return "campaign", f"campaign-{match.group(1)}"
    raise CounterlinkError(
        f"cannot tell what {value[:60]!r} names: give case:42 (or 42) for a report, or "
        "campaign:campaign-4a9c06a25ff8 for a campaign (its id on the campaign page)",
        field="SUBJECT",
    )
