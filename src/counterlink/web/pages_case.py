"""The case page: a report with the evidence of its findings highlighted where it lies in the
messages and the profile, its timeline, attachments and comments; for analysts and admins also
the triage forms, the report's campaign and its sharing. Every case view is audited by the
store's ``get_report`` and committed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.schema import Assessment
from counterlink.store.errors import NotFound
from counterlink.store.evidence import ACCEPTED, MAX_BYTES, list_evidence
from counterlink.store.reports import can_triage, get_report, report_comments, report_timeline
from counterlink.store.tables import (
    STATUSES,
    TLPS,
    VERDICTS,
    EvidenceFile,
    Report,
    ReportEvent,
    User,
)
from counterlink.web.deps import DB, PageVisitor, Visitor, render
from counterlink.web.employer_section import case_employer  # employer section
from counterlink.web.highlight import Citation, citations, highlight_field
from counterlink.web.pages_campaigns import case_campaign  # campaigns section
from counterlink.web.pages_share import case_sharing  # sharing section
from counterlink.web.screenshot_view import screenshot_views
from counterlink.web.share_form import share_form
from counterlink.web.triage import missing, tlp_class, tlp_label, triagers, utc_time

router = APIRouter(include_in_schema=False)

_ATTACK = re.compile(r"T\d{4}(\.\d{3})?")
MAX_DEPTH = 6


@dataclass(frozen=True)
class FieldView:
    """One shown field of the approach: where it is, what to call it, its highlighted text."""

    path: str
    label: str
    html: Markup
    anchor: str
    cited: bool
    where: str = ""  # where in an attached file it was read ("page 1, 45 pt down")


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


def _field_views(
    value: Any,
    prefix: str,
    cited: dict[str, list[Citation]],
    located: dict[str, Any] | None = None,
) -> list[FieldView]:
    """Every scalar under ``value`` (unknown fields too), cited text highlighted; ``located``
    (the reader's ``extracted_from`` fields) says where in a file each was read."""
    from counterlink.ingest.readout import where

    views = []
    for path, leaf in _leaves(value, prefix):
        if ".ocr." in path:  # where OCR read a field: drawn on the screenshot instead
            continue
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
                where((located or {}).get(path)),
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
    if event.kind == "employer_check":
        found = detail.get("company") or "no company found"
        return f"checked the employer {detail.get('query') or '?'!r}: {found}"
    return event.kind


def _marking(level: object) -> str:
    return tlp_label(str(level)) if level else "as the case"


def _actor(viewer: User, actor: User | None) -> str:
    """Who did it, as the viewer may know: a reporter learns no analyst's name."""
    if actor is None:
        return "system"
    if can_triage(viewer) or actor.id == viewer.id:
        return actor.name
    return "an analyst"


def _timeline(s: Session, viewer: User, report: Report) -> list[EventView]:
    return [
        EventView(utc_time(e.at), _actor(viewer, e.actor), _event_text(e))
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
            utc_time(link.created_at),
        )
        for link in links
    ]


def _located(approach: dict[str, Any]) -> dict[str, Any]:
    annotations = approach.get("annotations")
    found = annotations.get("extracted_from") if isinstance(annotations, dict) else None
    fields = found.get("fields") if isinstance(found, dict) else None
    return fields if isinstance(fields, dict) else {}


def _evidence_notes(approach: dict[str, Any]) -> list[str]:
    """What the readers made of each attached file (web/evidence_read.py)."""
    annotations = approach.get("annotations")
    notes = annotations.get("evidence_notes") if isinstance(annotations, dict) else None
    return [str(note) for note in notes] if isinstance(notes, list) else []


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
        "persona": _field_views(approach.get("persona"), "persona", cited, _located(approach)),
        "evidence_notes": _evidence_notes(approach),
        "cited_target": target_views,
        "messages": _messages(approach, cited),
        "timeline": _timeline(s, user, report),
        "evidence": (files := _evidence(s, user, report)),
        "screenshots": screenshot_views(s, files, approach, assessment),
        "comments": report_comments(s, user, report),
        "triage": triage,
        # ---- campaigns (pages_campaigns): the report's campaign, for analysts and admins ----
        "campaign_section": case_campaign(s, report.id) if triage else None,
        # ---- end campaigns ----
        # ---- sharing (pages_share): markings of findings and attachments, export form ----
        "sharing": case_sharing(request, s, report) if triage else None,
        **share_form(request),
        # ---- end sharing ----
        "employer": case_employer(request, s, report) if triage else None,
        "triagers": [u.name for u in triagers(s)] if triage else [],
        "statuses": STATUSES,
        "verdicts": VERDICTS,
        "tlps": TLPS,
        "tlp_label": tlp_label,
        "tlp_class": tlp_class,
        "created": utc_time(report.created_at),
        "accepted": ACCEPTED,
        "max_mb": MAX_BYTES // 1024 // 1024,
        "error": None,
    }


def case_page(
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
        return case_page(request, s, found, report_id)
    except NotFound as exc:
        return missing(request, exc)
