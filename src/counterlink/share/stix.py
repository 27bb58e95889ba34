"""STIX 2.1 export of a case or a campaign (the ``stix2`` library), with TLP 2.0 markings.

Mapping (see docs/sharing.md): the persona is an ``identity`` (individual) with
``user-account`` (``account_type`` "linkedin", ``user_id`` the profile slug; one per messaging
handle), ``email-addr``, ``url`` and ``file`` SCOs; the approach is an ``observed-data`` over
those SCOs and a ``sighting`` of the persona by the exporting organisation; every indicator
value becomes an ``indicator`` with a STIX pattern; findings' ATT&CK ids are ``attack-pattern``\\ s;
analyst notes, the persona's messages and the assessment are ``note``\\ s. A campaign adds a
``campaign`` that ``uses`` ATT&CK T1585.001, T1598 and T1566.003 and is ``indicated`` by the
indicators.
"""

from __future__ import annotations

import json
from typing import Any

import stix2

from counterlink.share.model import LossItem, ShareCampaign, ShareCase, strictest
from counterlink.share.prepare import Prepared, disclose, finish, prepare, stable_uuid
from counterlink.share.text import (
    ATTACK_NAMES,
    CAMPAIGN_TECHNIQUES,
    assessment_text,
    messages_text,
    profile_lines,
)

TLP2_EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
# OASIS TLP 2.0 marking definitions (cti-stix-common-objects), created 2022-10-01.
TLP2_MARKINGS = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
TLP2_CREATED = "2022-10-01T00:00:00.000Z"
# created/modified of objects shared by every export (ATT&CK techniques).
_FIXED = "2020-01-01T00:00:00Z"


def tlp_marking(level: str) -> Any:
    return stix2.MarkingDefinition(
        id=TLP2_MARKINGS[level],
        created=TLP2_CREATED,
        name=f"TLP:{level.upper()}",
        extensions={TLP2_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": level}},
    )


def _sid(kind: str, *parts: str) -> str:
    return f"{kind}--{stable_uuid(kind, *parts)}"


class _Bundle:
    """Objects by id, first one kept (the same SCO or indicator from two cases is one)."""

    def __init__(self, identity_name: str, created: str) -> None:
        self.objects: dict[str, Any] = {}
        self.levels: set[str] = set()
        self.org = stix2.Identity(
            id=_sid("identity", "organisation", identity_name),
            created=created,
            modified=created,
            name=identity_name,
            identity_class="organization",
        )
        self.add(self.org)

    def add(self, obj: Any) -> Any:
        self.objects.setdefault(obj.id, obj)
        return self.objects[obj.id]

    def marked(self, level: str) -> dict[str, Any]:
        self.levels.add(level)
        return {"object_marking_refs": [TLP2_MARKINGS[level]]}

    def sdo(self, kind: type[Any], created: str, level: str, *id_parts: str, **props: Any) -> Any:
        return self.add(
            kind(
                id=_sid(kind._type, *id_parts),
                created=created,
                modified=created,
                created_by_ref=self.org.id,
                **self.marked(level),
                **props,
            )
        )

    def attack_pattern(self, technique: str) -> Any:
        return self.add(
            stix2.AttackPattern(
                id=_sid("attack-pattern", technique),
                created=_FIXED,
                modified=_FIXED,
                name=ATTACK_NAMES.get(technique, technique),
                external_references=[{"source_name": "mitre-attack", "external_id": technique}],
                **self.marked("clear"),
            )
        )

    def relationship(
        self, source: Any, kind: str, target: Any, level: str, created: str, **props: Any
    ) -> Any:
        return self.sdo(
            stix2.Relationship,
            created,
            level,
            source.id,
            kind,
            target.id,
            relationship_type=kind,
            source_ref=source.id,
            target_ref=target.id,
            **props,
        )

    def to_json(self, *id_parts: str) -> dict[str, Any]:
        markings = [
            tlp_marking(level) for level in sorted(self.levels, key=list(TLP2_MARKINGS).index)
        ]
        bundle = stix2.Bundle(*markings, *self.objects.values(), id=_sid("bundle", *id_parts))
        result: dict[str, Any] = json.loads(bundle.serialize())
        return result


def _pattern(kind: str, value: str) -> str | None:
    quoted = value.replace("\\", "\\\\").replace("'", "\\'")
    if kind == "profile":
        return f"[user-account:account_type = 'linkedin' AND user-account:user_id = '{quoted}']"
    if kind == "handle" and ":" in value:
        app, handle = value.split(":", 1)
        handle = handle.replace("\\", "\\\\").replace("'", "\\'")
        return f"[user-account:account_type = '{app}' AND user-account:user_id = '{handle}']"
    if kind == "email":
        return f"[email-addr:value = '{quoted}']"
    if kind == "email_domain":
        return f"[email-addr:value LIKE '%@{quoted}']"
    if kind == "website":
        return f"[domain-name:value = '{quoted}']"
    return None


# Indicator kinds described in the persona's identity rather than as patterns.
_DESCRIBED = {"name", "name_initial", "firm", "profile_stem"}


def _case_objects(b: _Bundle, p: Prepared, campaign: Any | None) -> list[Any]:
    """The case's objects; returns its indicators."""
    a = p.approach
    level = p.tlp
    persona = a.persona
    scos: list[Any] = []
    mark = b.marked(level)
    if p.slug:
        scos.append(
            stix2.UserAccount(
                account_type="linkedin",
                user_id=p.slug,
                display_name=persona.name if persona and persona.name else None,
                **mark,
            )
        )
    phones: list[str] = []
    for contact in p.contacts:
        if contact.kind == "email":
            scos.append(stix2.EmailAddress(value=contact.normalised, **mark))
        elif contact.kind == "url":
            scos.append(stix2.URL(value=contact.normalised, **mark))
        elif contact.kind == "handle" and ":" in contact.normalised:
            app, handle = contact.normalised.split(":", 1)
            scos.append(stix2.UserAccount(account_type=app, user_id=handle, **mark))
        elif contact.kind == "phone":
            phones.append(contact.normalised)
    if (
        persona
        and persona.url
        and not any(s.type == "url" and s.value == persona.url for s in scos)
    ):
        scos.append(stix2.URL(value=persona.url, **mark))
    photo = persona.photo if persona else None
    if photo is not None and photo.sha256:
        scos.append(stix2.File(hashes={"SHA-256": photo.sha256}, name="profile photo", **mark))
    if photo is not None and photo.phash:
        p.lose(
            "persona.photo.phash",
            "unrepresented",
            "STIX has no perceptual-hash property; the photo's SHA-256 is exported when given",
        )
    for item in p.attachments:
        scos.append(
            stix2.File(
                hashes={"SHA-256": item.sha256},
                name=item.filename,
                mime_type=item.media_type,
                **b.marked(item.tlp),
            )
        )
    scos = [b.add(s) for s in scos]
    contact_info = sorted({f"{c.kind}: {c.normalised}" for c in p.contacts})
    ident = b.sdo(
        stix2.Identity,
        p.created,
        level,
        "persona",
        p.key,
        name=persona.name if persona and persona.name else "unnamed persona",
        identity_class="individual",
        description="\n".join(["Persona as presented (suspected fake).", *profile_lines(p)]),
        contact_information="\n".join(contact_info) or None,
    )
    refs: dict[str, Any] = {}
    observed = None
    if p.first_seen and scos:
        observed = b.sdo(
            stix2.ObservedData,
            p.created,
            level,
            "observed",
            p.key,
            first_observed=p.first_seen,
            last_observed=p.last_seen,
            number_observed=max(1, sum(1 for m in a.messages if m.sender == "persona")),
            object_refs=[s.id for s in scos],
        )
        refs["observed_data_refs"] = [observed.id]
    elif scos:
        p.lose(
            "received_at",
            "unrepresented",
            "no date: the contacts are exported but not as observed-data",
        )
    target = a.target
    details = [f"Approach received on {a.channel or 'an unknown channel'}."]
    if target is not None and target.sector:
        details.append(f"Target sector: {target.sector}.")
    if p.assessment is not None:
        details.append(f"counterlink level: {p.assessment.level}.")
    b.sdo(
        stix2.Sighting,
        p.created,
        level,
        "sighting",
        p.key,
        sighting_of_ref=ident.id,
        where_sighted_refs=[b.org.id],
        count=1,
        first_seen=p.first_seen,
        last_seen=p.last_seen,
        description=" ".join(details),
        **refs,
    )
    indicators: list[Any] = []
    for kind, value in p.indicators:
        pattern = _pattern(kind, value)
        if pattern is None:
            if kind not in _DESCRIBED:
                p.lose(
                    f"indicator {kind}:{value}",
                    "unrepresented",
                    f"no STIX pattern for a {kind}; kept in the persona's contact information",
                )
            continue
        indicator = b.add(
            stix2.Indicator(
                id=_sid("indicator", pattern),
                created=p.created,
                modified=p.created,
                created_by_ref=b.org.id,
                pattern=pattern,
                pattern_type="stix",
                valid_from=p.first_seen or p.created,
                indicator_types=["attribution"],
                name=f"{kind}: {value}",
                description="Indicator of a persona behind a suspected hostile approach.",
                **b.marked(level),
            )
        )
        indicators.append(indicator)
        if observed is not None:
            b.relationship(indicator, "based-on", observed, level, p.created)
        if campaign is not None:
            b.relationship(indicator, "indicates", campaign, level, p.created)
    if campaign is not None:
        b.relationship(ident, "related-to", campaign, level, p.created)
    techniques = sorted({f.attack for f, _ in p.findings if f.attack})
    for technique in techniques:
        pattern_obj = b.attack_pattern(technique)
        for indicator in indicators:
            b.relationship(indicator, "indicates", pattern_obj, level, p.created)
    if p.employer is not None:
        _employer_objects(b, p, ident)
    about = [ident.id] + ([observed.id] if observed is not None else [])
    texts: list[tuple[str, str | None, str]] = [
        ("Messages from the persona", messages_text(p), level),
        (
            "counterlink assessment",
            assessment_text(p),
            strictest(level, *(lv for _, lv in p.findings)),
        ),
    ]
    texts += [("Analyst note", n.text, n.tlp) for n in p.notes]
    for i, (abstract, content, note_level) in enumerate(texts):
        if content:
            b.sdo(
                stix2.Note,
                p.created,
                note_level,
                "note",
                p.key,
                str(i),
                abstract=abstract,
                content=content,
                object_refs=about,
            )
    return indicators


# STIX 2.1 identity-class-ov: an owner that is a person is an individual; a company, a legal
# person or a state body, an organization.
_IDENTITY_CLASS = {"person": "individual", "unknown": "unknown"}


def _percent(share: tuple[float, float]) -> str:
    lo, hi = share
    return f"{lo * 100:.4g}%" if abs(hi - lo) < 1e-9 else f"{lo * 100:.4g}–{hi * 100:.4g}%"


def _employer_objects(b: _Bundle, p: Prepared, persona: Any) -> None:
    """The claimed employer and its owners: identities, and relationships from each owner to
    what it holds directly (relationship_type related-to, the stake in the description: STIX
    defines no ownership relationship between identities)."""
    e = p.employer
    assert e is not None
    level = e.level
    flags = "; ".join(f"{code}: {title}" for code, title in e.flags)
    company = b.sdo(
        stix2.Identity,
        p.created,
        level,
        "company",
        e.id,
        name=e.name,
        identity_class="organization",
        description=" ".join(
            part
            for part in (
                f"Company {e.id} ({e.status or 'status unknown'}"
                + (f", incorporated {e.incorporated})." if e.incorporated else ")."),
                f"counterlink employer check: {flags}." if flags else "",
            )
            if part
        ),
        external_references=[{"source_name": "GB-COH", "external_id": e.number}],
    )
    b.relationship(
        persona, "related-to", company, level, p.created, description="claims to work here"
    )
    ids = {e.id: company}
    for o in e.owners:
        linked = "; ".join(o.state_links)
        ids[o.id] = b.sdo(
            stix2.Identity,
            p.created,
            level,
            "owner",
            o.id,
            name=o.name,
            identity_class=_IDENTITY_CLASS.get(o.kind, "organization"),
            description=(
                f"Owner ({o.kind}{', ' + o.country if o.country else ''}) of {e.name}: "
                f"look-through share {_percent(o.share)}, majority {o.majority}, "
                f"{'controls' if o.controls else 'control not shown'}"
                + (f"; state-linked: {linked}" if linked or o.kind == "state" else "")
                + "."
            ),
        )
    for o in e.owners:
        for asset in o.owns:
            stake = f"owner of {ids[asset].name}"
            b.relationship(ids[o.id], "related-to", ids[asset], level, p.created, description=stake)


def export_stix(
    subject: ShareCase | ShareCampaign, audience: str, identity_name: str
) -> tuple[dict[str, Any], list[LossItem]]:
    """A STIX 2.1 bundle (as a JSON dict) of ``subject`` for ``audience``, and the loss report.

    Raises ShareRefused when the audience may receive nothing of it."""

    if isinstance(subject, ShareCase):
        p = prepare(subject, audience)
        b = _Bundle(identity_name, p.created)
        _case_objects(b, p, None)
        finish(p)
        return b.to_json(identity_name, audience, p.key), p.loss
    kept, loss, c = disclose(subject, audience)
    assert c is not None
    level = strictest(*(p.tlp for p in kept))
    created = max(p.created for p in kept)
    b = _Bundle(identity_name, created)
    label = c.id
    if c.template:
        loss.append(
            LossItem(
                label,
                "indicators template",
                "unrepresented",
                "a message-template similarity has no STIX form",
            )
        )
    description = [f"{len(kept)} approach(es) linked by counterlink."]
    if c.shared:
        description.append("Shared: " + "; ".join(f"{s['kind']} {s['value']}" for s in c.shared))
    if c.sectors:
        description.append(f"Targeted sectors: {', '.join(c.sectors)}.")
    campaign = b.sdo(
        stix2.Campaign,
        created,
        level,
        "campaign",
        c.id,
        name=f"counterlink {c.id}",
        description=" ".join(description),
        first_seen=min((p.first_seen for p in kept if p.first_seen), default=None),
        last_seen=max((p.last_seen for p in kept if p.last_seen), default=None),
    )
    for technique in CAMPAIGN_TECHNIQUES:
        b.relationship(campaign, "uses", b.attack_pattern(technique), level, created)
    for i, note in enumerate(c.notes):
        b.sdo(
            stix2.Note,
            created,
            note.tlp,
            "note",
            c.id,
            str(i),
            abstract="Analyst note",
            content=note.text,
            object_refs=[campaign.id],
        )
    for p in kept:
        _case_objects(b, p, campaign)
        finish(p)
        loss += p.loss
    return b.to_json(identity_name, audience, c.id, *(p.key for p in kept)), loss


__all__ = ["TLP2_MARKINGS", "export_stix", "tlp_marking"]
