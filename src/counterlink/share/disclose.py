"""What never leaves, as values: the terms an export of a case or campaign must not carry, and
the disclosable copy of an approach made without them.

The terms of a subject (one case, or every member of a campaign, refused ones included):

* each target's name (whole and each word of three letters or more), organisation (and its
  firm name), role and department, and the names the store knows the target by (the reporter);
* the values cited by a finding whose marking is above the audience's (the finding is dropped,
  and so is what it quotes: its excerpts and the contact details in them);
* in a campaign, the sectors that only refused members hold.

Free text has each term replaced (``[target]``, ``[withheld]``...); a structured value holding
a term (a contact, a claimed employer, a profile address) is left out. ``share.prepare`` is the
only caller: every format renders what it returns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from counterlink.campaigns.indicators import firm_name
from counterlink.schema import (
    Approach,
    Contacts,
    Education,
    Experience,
    Finding,
    Message,
    Persona,
    Photo,
    Target,
)
from counterlink.share.model import ShareCase
from counterlink.signals.contacts import contacts_in_text

NAME = "[target]"
ORGANISATION = "[target organisation]"
ROLE = "[target role]"
DEPARTMENT = "[target department]"
SECTOR = "[withheld sector]"
CITED = "[withheld]"

Term = tuple[str, str]  # (text, what replaces it)


def target_terms(case: ShareCase) -> list[Term]:
    """The terms identifying the case's target: never exported, whatever the audience."""
    target = case.approach.target
    extra = (target.model_extra or {}) if target is not None else {}
    names = [target.name] if target is not None and target.name else []
    names += [n for n in case.private.names if n]
    terms: list[Term] = []
    for name in names:
        terms.append((name, NAME))
        terms += [(part, NAME) for part in re.findall(r"[^\W\d_]{3,}", name)]
    organisation = target.organisation if target is not None else None
    if organisation:
        terms.append((organisation, ORGANISATION))
        firm = firm_name(organisation)
        if firm:
            terms.append((firm, ORGANISATION))
    roles = [target.role if target is not None else None, case.private.role]
    terms += [(role, ROLE) for role in roles if role]
    departments = [extra.get("department"), case.private.department]
    terms += [(str(d), DEPARTMENT) for d in departments if d]
    return terms


def cited_terms(findings: Iterable[Finding]) -> list[Term]:
    """What the (dropped) ``findings`` quote: each excerpt and every contact detail in it, raw
    and normalised (a handle also without its app), so it is found wherever it is written."""
    terms: list[Term] = []
    for finding in findings:
        for evidence in finding.evidence:
            terms.append((evidence.excerpt, CITED))
            for contact in contacts_in_text(evidence.field, evidence.excerpt):
                terms += [(contact.value, CITED), (contact.normalised, CITED)]
                if contact.kind == "handle" and ":" in contact.normalised:
                    terms.append((contact.normalised.split(":", 1)[1], CITED))
    return terms


class Redactor:
    """Replaces every term in a text (case-insensitively, whole words), counting replacements;
    ``hides`` tells whether a value holds a term at all."""

    def __init__(self, terms: Iterable[Term]) -> None:
        unique = {(text.strip(), replacement) for text, replacement in terms if text.strip()}
        self._rules = [
            (
                re.compile(
                    r"(?<!\w)" + r"\s+".join(re.escape(w) for w in text.split()) + r"(?!\w)",
                    re.IGNORECASE,
                ),
                replacement,
            )
            # Longest first: "Qubitworks Ltd" before "Qubitworks".
            for text, replacement in sorted(unique, key=lambda p: (-len(p[0]), p))
        ]
        self.count = 0

    def __call__(self, text: str) -> str:
        for pattern, replacement in self._rules:
            text, n = pattern.subn(replacement, text)
            self.count += n
        return text

    def text(self, value: str | None) -> str | None:
        return self(value) if value else value

    def hides(self, value: str | None) -> bool:
        return bool(value) and any(p.search(value or "") for p, _ in self._rules)

    def keep(self, value: str | None) -> str | None:
        """A structured value as it is, or None when it holds a term (it is left out whole)."""
        if self.hides(value):
            self.count += 1
            return None
        return value


def _contacts(contacts: Contacts | None, r: Redactor) -> Contacts | None:
    if contacts is None:
        return None
    return Contacts(
        emails=[v for v in contacts.emails or [] if r.keep(v)] or None,
        phones=[v for v in contacts.phones or [] if r.keep(v)] or None,
        websites=[v for v in contacts.websites or [] if r.keep(v)] or None,
        handles={k: v for k, v in (contacts.handles or {}).items() if r.keep(f"{k}:{v}")} or None,
    )


def _persona(persona: Persona, r: Redactor) -> Persona:
    photo = persona.photo
    return Persona(
        name=r.keep(persona.name),
        headline=r.text(persona.headline),
        url=r.keep(persona.url),
        location=r.text(persona.location),
        about=r.text(persona.about),
        connections=persona.connections,
        followers=persona.followers,
        member_since=persona.member_since,
        # The photo's hashes only: its local path is never exported.
        photo=Photo(sha256=photo.sha256, phash=photo.phash) if photo is not None else None,
        experience=[
            Experience(
                title=r.text(job.title),
                company=r.keep(job.company),
                location=r.text(job.location),
                start=job.start,
                end=job.end,
                description=r.text(job.description),
            )
            for job in persona.experience or []
        ]
        or None,
        education=[
            Education(
                school=r.keep(school.school),
                degree=r.text(school.degree),
                field=r.text(school.field),
                start=school.start,
                end=school.end,
            )
            for school in persona.education or []
        ]
        or None,
        skills=[r(skill) for skill in persona.skills or []] or None,
        contacts=_contacts(persona.contacts, r),
        verified=persona.verified,
    )


def disclosable(approach: Approach, r: Redactor) -> Approach:
    """The approach as an export may carry it: the persona with every term removed, the target
    reduced to its sector, the persona's messages redacted (the target's own emptied, kept only
    so that message positions, and the ids derived from them, do not move); no provenance,
    label, annotations, reporter's account or fields outside approach/1."""
    target = approach.target
    sector = r.keep(target.sector) if target is not None else None
    return Approach.model_validate(
        {
            "schema": approach.schema_,
            "id": approach.id,
            "channel": approach.channel,
            "received_at": approach.received_at,
            "persona": _persona(approach.persona, r) if approach.persona else None,
            "target": Target(sector=sector) if sector else None,
            "messages": [
                Message(sender="persona", sent_at=m.sent_at, text=r(m.text))
                if m.sender == "persona"
                else Message(sender="target")
                for m in approach.messages
            ],
        }
    )


def disclosable_finding(finding: Finding, r: Redactor) -> Finding:
    return finding.model_copy(
        update={
            "title": r(finding.title),
            "evidence": [e.model_copy(update={"excerpt": r(e.excerpt)}) for e in finding.evidence],
        }
    )


@dataclass(frozen=True)
class OwnerView:
    """One owner of the checked company as an export carries it."""

    id: str
    name: str
    kind: str  # person, company, legal-person, state, unknown
    country: str | None
    share: tuple[float, float]  # look-through share of the company, as a range
    majority: str
    controls: bool
    state_links: tuple[str, ...]  # "list: entry" for each list it is on
    owns: tuple[str, ...]  # ids of what it holds directly (the company or another owner)


@dataclass(frozen=True)
class EmployerView:
    """The company of a case's employer check and its owners, cut for an audience."""

    id: str
    number: str
    name: str
    status: str | None
    incorporated: str | None
    owners: tuple[OwnerView, ...]
    flags: tuple[tuple[str, str], ...]  # (code, title)
    level: str  # its marking: the case's, or the strictest of its findings'
    withheld: int  # owners left out because their name holds a withheld term


def disclosable_employer(result: dict[str, Any], r: Redactor, level: str) -> EmployerView | None:
    """The company and owners of an employer check, or None when it names no company or the
    company's name holds a withheld term. An owner whose name holds one is left out (and
    counted); evidence lines and register records stay home: the ids say where to look."""
    company = result.get("company")
    if not isinstance(company, dict) or r.hides(str(company.get("name") or "")):
        return None
    owners: list[OwnerView] = []
    withheld = 0
    for o in result.get("owners") or []:
        name = str(o.get("name") or o.get("id"))
        if r.hides(name):
            withheld += 1
            continue
        share = o.get("share") or {}
        owns = sorted({str(path[-2]) for path in o.get("paths") or [] if len(path) >= 2})
        owners.append(
            OwnerView(
                id=str(o.get("id")),
                name=name,
                kind=str(o.get("kind") or "unknown"),
                country=o.get("country"),
                share=(float(share.get("min", 0.0)), float(share.get("max", 1.0))),
                majority=str(o.get("majority") or "no"),
                controls=bool(o.get("controls")),
                state_links=tuple(
                    f"{s.get('list')}: {s.get('entry')}" for s in o.get("state_links") or []
                ),
                owns=tuple(owns),
            )
        )
    kept = {company.get("id")} | {o.id for o in owners}
    # What a withheld owner held, and who held it, are cut with it.
    owners = [
        OwnerView(**{**o.__dict__, "owns": tuple(a for a in o.owns if a in kept)}) for o in owners
    ]
    return EmployerView(
        id=str(company.get("id")),
        number=str(company.get("number")),
        name=str(company.get("name") or company.get("number")),
        status=company.get("status"),
        incorporated=company.get("incorporated"),
        owners=tuple(o for o in owners if o.owns),
        flags=tuple((str(f.get("code")), str(f.get("title"))) for f in result.get("flags") or []),
        level=level,
        withheld=withheld + sum(1 for o in owners if not o.owns),
    )
