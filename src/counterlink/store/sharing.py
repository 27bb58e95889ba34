"""Sharing with partners, on the store's side: the TLP of a report's findings and attachments,
and the audit of every export.

* A finding (by its code) or an attachment may carry its own TLP; without one it carries its
  case's. What an export gives each is the stricter of its own marking and its case's, so a
  marking less strict than the case's changes nothing until the case is marked less strictly.
  Setting or clearing one is a timeline event (``finding_tlp`` / ``evidence_tlp``) and an
  audit entry (``report.finding_tlp`` / ``report.evidence_tlp``); analysts and admins only.
* Every export is an audit entry (``report.share`` or ``campaign.share``) with the format, the
  audience, the exporting identity, the SHA-256 and size of the document exactly as written
  (:func:`document_bytes`), the loss report counted by kind, and the reports that went out; and
  a ``share`` timeline event on each of those reports.

Services flush; the caller commits.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.share import FORMATS
from counterlink.share.model import LossItem, ShareCampaign, ShareCase, check_audience
from counterlink.store.audit import record as audit_record
from counterlink.store.campaigns import report_id_of
from counterlink.store.errors import Forbidden
from counterlink.store.reports import add_event, can_triage, visible_report
from counterlink.store.tables import TLPS, AuditEntry, Report, ReportEvidence, User, utcnow


def _require_triage(actor: User, action: str) -> None:
    if not can_triage(actor):
        raise Forbidden(f"only analysts and admins may {action}")


def _level(tlp: str | None) -> str | None:
    """A TLP level as stored, or None for "as the case" (None or "")."""
    if not tlp:
        return None
    if tlp not in TLPS:
        raise InvalidInput(f"'{tlp[:40]}' is not one of {', '.join(TLPS)}", field="tlp")
    return tlp


def _finding_codes(report: Report) -> list[str]:
    findings = (report.assessment or {}).get("findings") or []
    return [f["code"] for f in findings if isinstance(f, dict) and isinstance(f.get("code"), str)]


def set_finding_tlp(s: Session, actor: User, report_id: int, code: str, tlp: str | None) -> Report:
    """Mark the report's finding ``code`` with ``tlp``; None or "" clears the marking (the
    finding then carries the case's TLP). InvalidInput for an unknown level or a code that is
    not a finding of this report."""
    _require_triage(actor, "mark findings")
    level = _level(tlp)
    report = visible_report(s, actor, report_id)
    if code not in _finding_codes(report):
        raise InvalidInput(f"report {report.id} has no finding '{code[:100]}'", field="code")
    markings = dict(report.finding_tlp or {})
    old = markings.get(code)
    if old == level:
        return report
    if level is None:
        markings.pop(code, None)
    else:
        markings[code] = level
    report.finding_tlp = markings  # a new dict: the JSON column sees the change
    report.updated_at = utcnow()
    s.flush()
    add_event(s, report, actor, "finding_tlp", code=code, **{"from": old, "to": level})
    audit_record(
        s, actor.name, "report.finding_tlp", "report", report.id, {"code": code, "tlp": level}
    )
    return report


def set_evidence_tlp(
    s: Session, actor: User, report_id: int, sha256: str, tlp: str | None
) -> ReportEvidence:
    """Mark the report's attachment ``sha256`` with ``tlp``; None or "" clears the marking
    (the attachment then carries the case's TLP). InvalidInput for an unknown level or a file
    that is not attached to this report."""
    _require_triage(actor, "mark attachments")
    level = _level(tlp)
    report = visible_report(s, actor, report_id)
    link = s.scalar(
        select(ReportEvidence).where(
            ReportEvidence.report_id == report.id, ReportEvidence.sha256 == sha256
        )
    )
    if link is None:
        raise InvalidInput(f"report {report.id} has no attachment {sha256[:64]}", field="sha256")
    old = link.tlp
    if old == level:
        return link
    link.tlp = level
    report.updated_at = utcnow()
    s.flush()
    add_event(
        s,
        report,
        actor,
        "evidence_tlp",
        sha256=sha256,
        filename=link.filename,
        **{"from": old, "to": level},
    )
    audit_record(
        s,
        actor.name,
        "report.evidence_tlp",
        "report",
        report.id,
        {"sha256": sha256, "file": link.filename, "tlp": level},
    )
    return link


# ---- exports ---------------------------------------------------------------------------------


def document_bytes(document: dict[str, Any]) -> bytes:
    """An exported document as it is written everywhere (CLI, web, API download): indented
    JSON, UTF-8, one final newline. Its SHA-256 is the one the audit entry records."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@dataclass(frozen=True)
class ExportRecord:
    """An audited export: the bytes to deliver, their SHA-256 and the audit entry."""

    data: bytes
    sha256: str
    entry: AuditEntry
    reports: list[int]


def loss_counts(loss: Sequence[LossItem]) -> dict[str, int]:
    """How many loss items of each kind, sorted by kind."""
    return dict(sorted(Counter(item.kind for item in loss).items()))


def _case_report(case: ShareCase) -> int:
    number = report_id_of(case.approach.id or "")
    if number is None:  # a case not built by store.share_source
        raise ValueError(f"case {case.approach.id!r} is not a stored report (report-<id>)")
    return number


def record_export(
    s: Session,
    actor: User,
    subject: ShareCase | ShareCampaign,
    *,
    format: str,
    audience: str,
    identity: str,
    document: dict[str, Any],
    loss: Sequence[LossItem],
) -> ExportRecord:
    """Audit an export of ``subject`` (built by ``store.share_source``) and return the bytes to
    deliver: the audit entry's SHA-256 is theirs. Each report that went out (not refused) gets
    a ``share`` timeline event. Commit before delivering: no export leaves unrecorded."""
    _require_triage(actor, "export cases for partners")
    if format not in FORMATS:
        raise InvalidInput(f"'{format}' is not one of {', '.join(FORMATS)}", field="format")
    check_audience(audience)
    data = document_bytes(document)
    digest = hashlib.sha256(data).hexdigest()
    refused = {item.case for item in loss if item.kind == "refused"}
    cases = [subject] if isinstance(subject, ShareCase) else subject.cases
    sent = [_case_report(c) for c in cases if (c.approach.id or "") not in refused]
    detail: dict[str, Any] = {
        "format": format,
        "audience": audience,
        "identity": identity,
        "sha256": digest,
        "bytes": len(data),
        "loss": loss_counts(loss),
    }
    if isinstance(document.get("key_id"), str):  # hashed: which community key
        detail["key_id"] = document["key_id"]
    if isinstance(subject, ShareCase):
        action, kind, object_id = "report.share", "report", str(sent[0])
        event: dict[str, Any] = {}
    else:
        action, kind, object_id = "campaign.share", "campaign", subject.campaign.id
        detail["reports"] = sent
        event = {"campaign": subject.campaign.id}
    entry = audit_record(s, actor.name, action, kind, object_id, detail)
    # The CLI acts as an admin that exists only in its process (no users row): its timeline
    # events name nobody, and its audit entry names it (cli:<user>).
    by = actor if s.get(User, actor.id) is not None else None
    for number in sent:
        report = s.get(Report, number)
        if report is not None:
            add_event(
                s,
                report,
                by,
                "share",
                format=format,
                audience=audience,
                sha256=digest,
                **event,
            )
    s.flush()
    return ExportRecord(data, digest, entry, sent)
