"""The gate: what of a case or campaign may leave for an audience, decided once
(:func:`disclose`). Which cases the audience may receive, which of their findings, notes and
attachments; a disclosable copy of each approach with every withheld value removed
(``share.disclose``); the persona's contacts and indicators, stable ids and dates; for a
campaign, what its kept members share. The STIX, MISP and hashed modules only map this onto
their formats: none of them is handed a stored approach (docs/sharing.md, "What never leaves").
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from counterlink.campaigns.indicators import extract, profile_slug
from counterlink.schema import Approach, Assessment, Finding
from counterlink.share.disclose import (
    SECTOR,
    EmployerView,
    Redactor,
    Term,
    cited_terms,
    disclosable,
    disclosable_employer,
    disclosable_finding,
    target_terms,
)
from counterlink.share.model import (
    Attachment,
    LossItem,
    Note,
    ShareCampaign,
    ShareCase,
    ShareRefused,
    may_receive,
    strictest,
)
from counterlink.signals.contacts import Contact, extract_contacts

# Prefix of every id counterlink derives from content when sharing.
NAMESPACE = "counterlink.share/1"
# Used for created/modified when a case carries no date at all (stated in the loss report).
NO_DATE = "1970-01-01T00:00:00Z"
# approach/1 fields an export carries (mapped or reported); anything else is reported.
_KNOWN_TOP = {"schema", "id", "source", "channel", "received_at", "persona", "target", "messages"}


def stable_uuid(*parts: str) -> str:
    """A UUID derived from ``parts``: the same content always gives the same id.

    It has the form of a UUIDv4 (version and variant bits set over 122 bits of SHA-256), as
    STIX 2.1 recommends for SDO ids (the validator warns {103} on uuid5), yet is reproducible.
    """
    digest = hashlib.sha256("\x1f".join((NAMESPACE, *parts)).encode("utf-8")).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def case_key(approach: Approach) -> str:
    """A digest of the approach's content: the same approach gives the same ids."""
    canonical = json.dumps(approach.to_json_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def stix_time(value: str | None) -> str | None:
    """An ISO 8601 date or date-time as a STIX UTC timestamp, or None when it is no date."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Prepared:
    """One case as the audience may receive it."""

    approach: Approach  # the disclosable copy (share.disclose), never the stored one
    assessment: Assessment | None  # level and model, with only the kept findings
    pap: str | None
    key: str  # content digest of the stored approach (stable ids)
    label: str  # how the loss report names the case
    tlp: str  # the case's marking
    redact: Redactor
    findings: list[tuple[Finding, str]]  # kept findings and their marking
    notes: list[Note]  # kept notes, marking = strictest of note and case
    attachments: list[Attachment]  # kept attachments, marking likewise
    contacts: list[Contact]
    slug: str | None
    first_seen: str | None
    last_seen: str | None
    created: str
    indicators: list[tuple[str, str]]  # (kind, value) from campaigns.indicators.extract
    loss: list[LossItem] = field(default_factory=list)
    employer: EmployerView | None = None  # the kept employer check's company and owners

    def lose(self, path: str, kind: str, reason: str) -> None:
        self.loss.append(LossItem(self.label, path, kind, reason))  # type: ignore[arg-type]


def _refusal(case: ShareCase, audience: str) -> str | None:
    """Why ``audience`` may receive nothing of ``case`` (its own marking is above), or None."""
    if may_receive(audience, case.tlp):
        return None
    label = _label(case)
    why = (
        "TLP:RED never leaves the organisation"
        if case.tlp == "red"
        else f"TLP:{case.tlp.upper()} may not go to the {audience} audience"
    )
    return f"{label}: refused: {why}"


def _label(case: ShareCase) -> str:
    return case.approach.id or f"approach {case_key(case.approach)[:12]}"


def _dropped_findings(case: ShareCase, audience: str) -> list[Finding]:
    """The case's own findings marked above the audience: they and what they cite stay."""
    findings = case.assessment.findings if case.assessment else []
    return [
        f
        for f in findings
        if f.source is None
        and not may_receive(audience, strictest(case.tlp, case.finding_tlp.get(f.code, case.tlp)))
    ]


def _terms(cases: Sequence[ShareCase], kept: Sequence[ShareCase], audience: str) -> list[Term]:
    """Every term no export of these cases may carry (``share.disclose``): all members'
    targets, what the findings dropped for the audience cite, sectors only refused members
    hold."""
    terms: list[Term] = []
    for case in cases:
        terms += target_terms(case)
    for case in kept:
        terms += cited_terms(_dropped_findings(case, audience))
    kept_ids = {id(c) for c in kept}
    sectors = {id(c): c.approach.target.sector for c in cases if c.approach.target}
    shown = {(sectors.get(id(c)) or "").lower() for c in kept}
    terms += [
        (sector, SECTOR)
        for c in cases
        if id(c) not in kept_ids and (sector := sectors.get(id(c))) and sector.lower() not in shown
    ]
    return terms


def _prepare(case: ShareCase, audience: str, terms: Sequence[Term]) -> Prepared:
    """One case the audience may receive, cut to what it may receive."""
    original = case.approach
    redact = Redactor(terms)
    approach = disclosable(original, redact)
    # Dates from the stored text: one that is no date is left out (the text stays as it is).
    times = sorted(
        t
        for t in [stix_time(original.received_at)]
        + [stix_time(m.sent_at) for m in original.messages]
        if t
    )
    prepared = Prepared(
        approach=approach,
        assessment=None,
        pap=case.pap,
        key=case_key(original),
        label=_label(case),
        tlp=case.tlp,
        redact=redact,
        findings=[],
        notes=[],
        attachments=[],
        contacts=[c for c in extract_contacts(approach) if not redact.hides(c.normalised)],
        slug=profile_slug(approach.persona.url if approach.persona else None),
        first_seen=times[0] if times else None,
        last_seen=times[-1] if times else None,
        created=stix_time(case.reported_at) or (times[-1] if times else NO_DATE),
        indicators=[
            (kind, value) for kind, value in extract(approach, 0).keys if not redact.hides(value)
        ],
    )
    if not times and not stix_time(case.reported_at):
        prepared.lose(
            "received_at",
            "unrepresented",
            f"the case has no date: timestamps set to {NO_DATE} and no observation dates given",
        )
    _gate(prepared, case, audience)
    _report_fixed_losses(prepared, case)
    return prepared


def prepare(case: ShareCase, audience: str) -> Prepared:
    """The case cut to what ``audience`` may receive, or ShareRefused when it may receive none
    of it (the case's own marking is above the audience's)."""
    refusal = _refusal(case, audience)
    if refusal:
        raise ShareRefused(refusal)
    return _prepare(case, audience, _terms([case], [case], audience))


@dataclass
class CampaignView:
    """A campaign as the audience may receive it: what its kept members share."""

    id: str
    members: int  # every member, exported or not
    shared: list[dict[str, Any]]  # the campaign's indicators seen in kept members, templates out
    template: bool  # whether a message-template similarity linked it (no format carries it)
    sectors: list[str]  # the kept members' sectors
    notes: list[Note]  # kept campaign notes, redacted, at their marking


def prepare_all(
    subject: ShareCase | ShareCampaign, audience: str
) -> tuple[list[Prepared], list[LossItem]]:
    """Every case of ``subject`` the audience may receive, and the loss items of those it may
    not. A single case it may not receive, or a campaign with no case left, is ShareRefused."""
    kept, loss, _ = disclose(subject, audience)
    return kept, loss


def disclose(
    subject: ShareCase | ShareCampaign, audience: str
) -> tuple[list[Prepared], list[LossItem], CampaignView | None]:
    """The gate: what of ``subject`` may leave for ``audience``. Every export format renders
    only what this returns: the kept cases (each cut by :func:`_gate` and stripped of every
    term of :func:`_terms`), the loss items of the refused ones, and for a campaign what of it
    may be said. ShareRefused for a single case the audience may not receive, or a campaign
    with no case left."""
    cases = [subject] if isinstance(subject, ShareCase) else subject.cases
    loss: list[LossItem] = []
    allowed: list[ShareCase] = []
    for case in cases:
        refusal = _refusal(case, audience)
        if refusal is None:
            allowed.append(case)
        elif isinstance(subject, ShareCase):
            raise ShareRefused(refusal)
        else:
            loss.append(LossItem(case.approach.id or "case", "(case)", "refused", refusal))
    if not allowed:
        assert isinstance(subject, ShareCampaign)
        raise ShareRefused(
            f"{subject.campaign.id}: no case of the campaign may go to the {audience} audience"
        )
    terms = _terms(cases, allowed, audience)
    kept = [_prepare(case, audience, terms) for case in allowed]
    if isinstance(subject, ShareCase):
        return kept, loss, None
    return kept, loss, _campaign_view(subject, kept, audience, terms, loss)


def _campaign_view(
    subject: ShareCampaign,
    kept: list[Prepared],
    audience: str,
    terms: Sequence[Term],
    loss: list[LossItem],
) -> CampaignView:
    c = subject.campaign
    redact = Redactor(terms)
    kept_keys = {key for p in kept for key in p.indicators}
    shared = []
    for ind in c.indicators:
        if ind["kind"] == "template":
            continue
        if (ind["kind"], ind["value"]) in kept_keys:
            shared.append(ind)
        else:
            loss.append(
                LossItem(
                    c.id,
                    f"indicators {ind['kind']}",
                    "dropped",
                    "withheld, or seen only in cases the audience may not receive",
                )
            )
    if c.targets.get("organisation"):
        loss.append(
            LossItem(
                c.id,
                "targets.organisation",
                "withheld",
                "withheld by design: targets' organisations are never exported",
            )
        )
    if len(kept) < len(c.members):
        loss.append(
            LossItem(
                c.id, "members", "dropped", f"{len(c.members) - len(kept)} member(s) not exported"
            )
        )
    level = strictest(*(p.tlp for p in kept))
    notes: list[Note] = []
    for i, note in enumerate(subject.notes):
        note_level = strictest(level, note.tlp)
        if may_receive(audience, note_level):
            notes.append(Note(redact(note.text), note_level))
        else:
            loss.append(
                LossItem(
                    c.id,
                    f"notes[{i}]",
                    "dropped",
                    f"marked TLP:{note_level.upper()}, above the {audience} audience",
                )
            )
    sectors = sorted(
        {p.approach.target.sector for p in kept if p.approach.target and p.approach.target.sector}
    )
    return CampaignView(
        id=c.id,
        members=len(c.members),
        shared=shared,
        template=any(ind["kind"] == "template" for ind in c.indicators),
        sectors=sectors,
        notes=notes,
    )


def _gate(p: Prepared, case: ShareCase, audience: str) -> None:
    findings = case.assessment.findings if case.assessment else []
    for i, finding in enumerate(findings):
        if finding.source is not None:
            # A partner's information (a watchlist hit) was shared with us under the partner's
            # marking, for us: passing it on is the partner's decision, never counterlink's.
            p.lose(
                f"assessment.findings[{i}] ({finding.code})",
                "withheld",
                f"what partner {finding.source} shared is never passed on",
            )
            continue
        level = strictest(case.tlp, case.finding_tlp.get(finding.code, case.tlp))
        if may_receive(audience, level):
            p.findings.append((disclosable_finding(finding, p.redact), level))
        else:
            p.lose(
                f"assessment.findings[{i}] ({finding.code})",
                "dropped",
                # What it cites is withheld too (share.disclose.cited_terms).
                f"marked TLP:{level.upper()}, above what the {audience} audience may receive",
            )
    _gate_employer(p, case, audience)
    if case.assessment is not None:
        p.assessment = case.assessment.model_copy(
            update={"findings": [f for f, _ in p.findings], "advice": []}
        )
    for i, note in enumerate(case.notes):
        level = strictest(case.tlp, note.tlp)
        if may_receive(audience, level):
            p.notes.append(Note(p.redact(note.text), level))
        else:
            p.lose(
                f"notes[{i}]",
                "dropped",
                f"marked TLP:{level.upper()}, above the {audience} audience",
            )
    for i, item in enumerate(case.attachments):
        level = strictest(case.tlp, item.tlp)
        if may_receive(audience, level):
            name = p.redact(item.filename)
            p.attachments.append(Attachment(name, item.sha256, item.media_type, level))
            p.lose(
                f"attachments[{i}] ({name})",
                "bytes",
                "the content is never exported: only its file name, SHA-256 and media type",
            )
        else:
            p.lose(
                f"attachments[{i}] ({p.redact(item.filename)})",
                "dropped",
                f"marked TLP:{level.upper()}, above the {audience} audience",
            )


_EMPLOYER_PREFIXES = ("employer.", "ownership.")


def _gate_employer(p: Prepared, case: ShareCase, audience: str) -> None:
    """The case's employer check goes at the case's TLP, or at the strictest marking of its
    employer and ownership findings: it says what they say."""
    if not case.employer:
        return
    codes = [
        f.code
        for f in (case.assessment.findings if case.assessment else [])
        if f.code.startswith(_EMPLOYER_PREFIXES)
    ]
    level = strictest(case.tlp, *(case.finding_tlp.get(c, case.tlp) for c in codes))
    if not may_receive(audience, level):
        p.lose(
            "employer",
            "dropped",
            f"the employer check is marked TLP:{level.upper()}, above the {audience} audience",
        )
        return
    p.employer = disclosable_employer(case.employer, p.redact, level)
    if p.employer is None:
        p.lose("employer", "withheld", "the checked company names a withheld term, or none")
        return
    if p.employer.withheld:
        p.lose(
            "employer.owners",
            "withheld",
            f"{p.employer.withheld} owner(s) whose name holds a withheld term left out",
        )
    p.lose(
        "employer.owners[].records",
        "unrepresented",
        "register records, evidence lines and paths stay home: the company and owner ids "
        "(GB-COH numbers) say where to look",
    )


def _report_fixed_losses(p: Prepared, case: ShareCase) -> None:
    """What no export carries, whatever the format."""
    a = case.approach
    if case.private.names:
        p.lose("reporter", "withheld", "withheld by design: who reported it is never exported")
    if case.private.role and not (a.target and a.target.role):
        p.lose("target.role", "withheld", "withheld: a role can identify the target")
    if case.private.department:
        p.lose("target.department", "withheld", "withheld: a department can identify the target")
    if a.account:
        p.lose("account", "withheld", "the reporter's own account of it is never exported")
    if a.target is not None:
        if a.target.name:
            p.lose("target.name", "withheld", "withheld by design: the target is never exported")
        if a.target.organisation:
            p.lose(
                "target.organisation",
                "withheld",
                "withheld by design: the target's organisation is never exported",
            )
        if a.target.role:
            p.lose("target.role", "withheld", "withheld: a role can identify the target")
    targets_words = sum(1 for m in a.messages if m.sender == "target")
    if targets_words:
        p.lose(
            "messages[sender=target]",
            "withheld",
            f"{targets_words} message(s) written by the target are never exported",
        )
    if a.source:
        p.lose("source", "withheld", "internal provenance, not shared")
    if a.label:
        p.lose("label", "unrepresented", "dataset ground truth, not shared")
    if a.annotations:
        p.lose("annotations", "unrepresented", "dataset extras, not shared")
    photo = a.persona.photo if a.persona else None
    if photo is not None and photo.path:
        p.lose(
            "persona.photo.path", "bytes", "the photo itself and its local path are never exported"
        )
    extras = sorted(set(a.to_json_dict()) - _KNOWN_TOP - {"label", "annotations"})
    for name in extras:
        p.lose(name, "unrepresented", "a field outside approach/1, not exported")
    if a.persona is not None:
        for name in sorted(a.persona.model_extra or {}):
            p.lose(f"persona.{name}", "unrepresented", "a field outside approach/1, not exported")


def finish(p: Prepared) -> None:
    """Called once every text is written: reports the redactions."""
    if p.redact.count:
        p.lose(
            "(text)",
            "redacted",
            f"{p.redact.count} mention(s) of the target's name or organisation replaced",
        )
