"""What both exporters need of one case, decided once: which parts the audience may receive,
the target removed from every text, the persona's contacts and indicators, stable ids and
dates. The STIX and MISP modules only map this onto their formats."""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from counterlink.campaigns.indicators import extract, firm_name, profile_slug
from counterlink.schema import Approach, Finding
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


class Redactor:
    """Replaces the target's name (whole and each part) and organisation in a text."""

    def __init__(self, approach: Approach) -> None:
        target = approach.target
        patterns: list[tuple[str, str]] = []
        if target is not None and target.organisation:
            patterns.append((target.organisation, "[target organisation]"))
            firm = firm_name(target.organisation)
            if firm:
                patterns.append((firm, "[target organisation]"))
        if target is not None and target.name:
            patterns.append((target.name, "[target]"))
            patterns += [(p, "[target]") for p in re.findall(r"[^\W\d_]{3,}", target.name)]
        self._rules = [
            (
                re.compile(
                    r"(?<!\w)" + r"\s+".join(re.escape(w) for w in text.split()) + r"(?!\w)",
                    re.IGNORECASE,
                ),
                replacement,
            )
            for text, replacement in sorted(set(patterns), key=lambda p: -len(p[0]))
            if text.strip()
        ]
        self.count = 0

    def __call__(self, text: str) -> str:
        for pattern, replacement in self._rules:
            text, n = pattern.subn(replacement, text)
            self.count += n
        return text


@dataclass
class Prepared:
    """One case as the audience may receive it."""

    case: ShareCase
    key: str  # content digest
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

    @property
    def approach(self) -> Approach:
        return self.case.approach

    def lose(self, path: str, kind: str, reason: str) -> None:
        self.loss.append(LossItem(self.label, path, kind, reason))  # type: ignore[arg-type]


def prepare(case: ShareCase, audience: str) -> Prepared:
    """The case cut to what ``audience`` may receive, or ShareRefused when it may receive none
    of it (the case's own marking is above the audience's)."""
    approach = case.approach
    label = approach.id or f"approach {case_key(approach)[:12]}"
    if not may_receive(audience, case.tlp):
        why = (
            "TLP:RED never leaves the organisation"
            if case.tlp == "red"
            else f"TLP:{case.tlp.upper()} may not go to the {audience} audience"
        )
        raise ShareRefused(f"{label}: refused: {why}")
    times = sorted(
        t
        for t in [stix_time(approach.received_at)]
        + [stix_time(m.sent_at) for m in approach.messages]
        if t
    )
    prepared = Prepared(
        case=case,
        key=case_key(approach),
        label=label,
        tlp=case.tlp,
        redact=Redactor(approach),
        findings=[],
        notes=[],
        attachments=[],
        contacts=extract_contacts(approach),
        slug=profile_slug(approach.persona.url if approach.persona else None),
        first_seen=times[0] if times else None,
        last_seen=times[-1] if times else None,
        created=stix_time(case.reported_at) or (times[-1] if times else NO_DATE),
        indicators=list(extract(approach, 0).keys),
    )
    if not times and not stix_time(case.reported_at):
        prepared.lose(
            "received_at",
            "unrepresented",
            f"the case has no date: timestamps set to {NO_DATE} and no observation dates given",
        )
    _gate(prepared, audience)
    _report_fixed_losses(prepared)
    return prepared


def prepare_all(
    subject: ShareCase | ShareCampaign, audience: str
) -> tuple[list[Prepared], list[LossItem]]:
    """Every case of ``subject`` the audience may receive, and the loss items of those it may
    not. A single case it may not receive, or a campaign with no case left, is ShareRefused."""
    cases = [subject] if isinstance(subject, ShareCase) else subject.cases
    loss: list[LossItem] = []
    kept: list[Prepared] = []
    for case in cases:
        try:
            kept.append(prepare(case, audience))
        except ShareRefused as exc:
            if isinstance(subject, ShareCase):
                raise
            loss.append(LossItem(case.approach.id or "case", "(case)", "refused", exc.message))
    if not kept:
        assert isinstance(subject, ShareCampaign)
        raise ShareRefused(
            f"{subject.campaign.id}: no case of the campaign may go to the {audience} audience"
        )
    return kept, loss


def _gate(p: Prepared, audience: str) -> None:
    case = p.case
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
            p.findings.append((finding, level))
        else:
            p.lose(
                f"assessment.findings[{i}] ({finding.code})",
                "dropped",
                f"marked TLP:{level.upper()}, above what the {audience} audience may receive",
            )
    for i, note in enumerate(case.notes):
        level = strictest(case.tlp, note.tlp)
        if may_receive(audience, level):
            p.notes.append(Note(note.text, level))
        else:
            p.lose(
                f"notes[{i}]",
                "dropped",
                f"marked TLP:{level.upper()}, above the {audience} audience",
            )
    for i, item in enumerate(case.attachments):
        level = strictest(case.tlp, item.tlp)
        if may_receive(audience, level):
            p.attachments.append(Attachment(item.filename, item.sha256, item.media_type, level))
            p.lose(
                f"attachments[{i}] ({item.filename})",
                "bytes",
                "the content is never exported: only its file name, SHA-256 and media type",
            )
        else:
            p.lose(
                f"attachments[{i}] ({item.filename})",
                "dropped",
                f"marked TLP:{level.upper()}, above the {audience} audience",
            )


def _report_fixed_losses(p: Prepared) -> None:
    """What no export carries, whatever the format."""
    a = p.approach
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
