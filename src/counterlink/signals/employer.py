"""Is the firm a persona claims real, and who owns it? (issue #15, docs/ownership.md).

The claimed employer is read from the headline ("Partner at Northgate Advisory"), the company of
each current job, and, as a weak hint only, the domain of a contact address. Each distinct claim
is looked up in the local registry of open registers (:mod:`counterlink.ownership`) and every
flag of ``counterlink employer`` becomes a finding: the evidence cites where the persona makes
the claim; the guidance names the published advice and the register records that say so.

The detector is registered only when a registry is configured (``--registry`` or
``$COUNTERLINK_REGISTRY`` naming a file that exists, see :func:`configured_registry`): without
one nothing changes, and DuckDB is never imported.
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from counterlink.schema import Approach, Evidence, Finding
from counterlink.signals.base import Detector, evidence
from counterlink.signals.contacts import is_free_webmail
from counterlink.signals.guidance import MI5_2025, NPSA_TBYL, SECURE_INNOVATION
from counterlink.signals.profile import _HEADLINE_COMPANY, _PLACEHOLDER_EMPLOYER, _is_current
from counterlink.signals.reassurance import _registrable

if TYPE_CHECKING:
    from counterlink.ownership.registry import Registry
    from counterlink.ownership.report import EmployerReport

ENV_REGISTRY = "COUNTERLINK_REGISTRY"  # as counterlink.ownership.registry.ENV_REGISTRY

CODES: dict[str, str] = {
    "employer.not_found": "The claimed employer is in no loaded register",
    "employer.dissolved": "The claimed employer is dissolved",
    "employer.recently_incorporated": "The claimed employer was incorporated under a year ago",
    "ownership.state_linked": "The claimed employer has a state-linked or listed owner",
    "ownership.circular": "The claimed employer's ownership is circular",
    "ownership.opaque_foreign_parent": "The claimed employer has an opaque parent abroad",
    "ownership.no_registrable_owner": "The claimed employer states no registrable owner",
    "ownership.layered": "The claimed employer sits under three or more corporate layers",
    "ownership.recent_change": "The claimed employer's owners changed in the last 6 months",
}
# MI5's 2025 alert names "obfuscated investment" through company structures; Secure Innovation
# (NPSA and the Five Eyes, 2023) advises knowing who is behind an investor or partner; NPSA's
# Think Before You Link advises verifying that an approach's organisation exists.
_GUIDANCE: dict[str, tuple[str, ...]] = {
    "employer.not_found": (NPSA_TBYL,),
    "employer.dissolved": (NPSA_TBYL,),
    "employer.recently_incorporated": (NPSA_TBYL, SECURE_INNOVATION),
    "ownership.state_linked": (MI5_2025, SECURE_INNOVATION),
}
_OWNERSHIP_GUIDANCE = (SECURE_INNOVATION, MI5_2025)
# Floors on the weights (learn/priors.py reads them; the assessor gives a code the model was
# never trained with its floor): a state-linked owner is the "obfuscated investment" MI5 warns
# of; a firm no register knows is a supporting sign (the registers loaded may not cover it).
FLOORS: dict[str, tuple[float, str, tuple[str, ...]]] = {
    "ownership.state_linked": (
        2.0,
        "the claimed employer is owned by a state, a state body or a listed entity "
        "(obfuscated investment)",
        (MI5_2025, SECURE_INNOVATION),
    ),
    "employer.not_found": (
        0.5,
        "the claimed employer is in no loaded register: verify who is behind the approach",
        (NPSA_TBYL,),
    ),
}
# A domain is a weak hint: its findings count half, and it never says "not found".
DOMAIN_STRENGTH = 0.5
MAX_CLAIMS = 5
MAX_REGISTER_LINES = 3
CACHE_SIZE = 4096


class Claim(NamedTuple):
    name: str
    evidence: Evidence
    strength: float


def configured_registry(explicit: str | Path | None = None) -> Path | None:
    """The registry to verify employers with: ``explicit`` (it must exist), else
    ``$COUNTERLINK_REGISTRY`` when that file exists; None when none is configured."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            from counterlink.errors import InvalidInput

            raise InvalidInput(
                "no registry file here: load registers first with `counterlink registers "
                "load FILE... --registry PATH`",
                file=path,
            )
        return path
    env = os.environ.get(ENV_REGISTRY, "").strip()
    if env and Path(env).expanduser().is_file():
        return Path(env).expanduser()
    return None


def claims(approach: Approach) -> list[Claim]:
    """The employers a persona claims, with where it claims them: the headline's "at X", each
    current job's company, else the domain of a contact address (a weak hint)."""
    persona = approach.persona
    if persona is None:
        return []
    found: list[Claim] = []
    if persona.headline:
        for m in _HEADLINE_COMPANY.finditer(persona.headline):
            found.append(
                Claim(
                    m.group("co"), evidence("persona.headline", persona.headline, *m.span("co")), 1
                )
            )
    for i, job in enumerate(persona.experience or []):
        if job.company and job.company.strip() and _is_current(job):
            path = f"persona.experience[{i}].company"
            found.append(
                Claim(job.company.strip(), evidence(path, job.company, 0, len(job.company)), 1)
            )
    found = [c for c in found if not _PLACEHOLDER_EMPLOYER.fullmatch(c.name.strip())]
    if not found and persona.contacts:
        for i, address in enumerate(persona.contacts.emails or []):
            domain = address.rpartition("@")[2]
            label = _registrable(domain)
            if "@" not in address or not label or is_free_webmail(domain):
                continue
            start = address.index("@") + 1
            name = label.replace("-", " ")
            path = f"persona.contacts.emails[{i}]"
            found.append(Claim(name, evidence(path, address, start, len(address)), DOMAIN_STRENGTH))
    return found[: MAX_CLAIMS * 2]


def as_of(approach: Approach) -> date:
    """The day the approach was received (recency is measured to it), else today."""
    try:
        return date.fromisoformat((approach.received_at or "")[:10])
    except ValueError:
        return date.today()


class EmployerDetector(Detector):
    """Verifies the claimed employer against the registry at ``path`` (read-only)."""

    name = "employer"
    codes: ClassVar[dict[str, str]] = CODES
    floors: ClassVar[dict[str, float]] = {code: floor for code, (floor, _, _) in FLOORS.items()}

    def __init__(self, path: str | Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._open: tuple[int, Registry] | None = None
        self._cache: dict[tuple[str | None, str | None, date], EmployerReport] = {}

    def _registry(self) -> Registry:
        # One read-only connection per process: a connection is not shared across a fork
        # (assess_all's workers open their own).
        from counterlink.ownership.registry import Registry

        if self._open is None or self._open[0] != os.getpid():
            self._open = (os.getpid(), Registry(Path(self.path), read_only=True))
        return self._open[1]

    def check(self, name: str | None, number: str | None, when: date) -> EmployerReport:
        """`counterlink employer` for one name or number, on this detector's registry (a
        connection serves one thread at a time; a scan asks about the same firm many times)."""
        from counterlink.ownership.employer import check_employer

        key = (name, number, when)
        with self._lock:
            report = self._cache.get(key)
            if report is None:
                if len(self._cache) >= CACHE_SIZE:
                    self._cache.clear()
                report = check_employer(self._registry(), name, number, when)
                self._cache[key] = report
            return report

    def detect(self, approach: Approach) -> list[Finding]:
        from counterlink.ownership.match import name_key

        when = as_of(approach)
        by_key: dict[str, list[Claim]] = {}
        for claim in claims(approach):
            key = name_key(claim.name)
            if key is not None:
                by_key.setdefault(key, []).append(claim)
        findings: list[Finding] = []
        for group in list(by_key.values())[:MAX_CLAIMS]:
            report = self.check(group[0].name, None, when)
            strength = max(c.strength for c in group)
            weak = strength < 1
            if weak and report.company is None:
                continue  # a domain that names no company says nothing
            findings += _findings(report, [c.evidence for c in group], strength)
        return _strongest(findings)


def _findings(report: EmployerReport, cited: list[Evidence], strength: float) -> list[Finding]:
    company = report.company
    who = f"{company.name or company.number} ({company.id})" if company else repr(cited[0].excerpt)
    out = []
    for flag in report.flags:
        if flag.code not in CODES:
            continue
        records = [f"registers: {line}" for line in flag.evidence[:MAX_REGISTER_LINES]]
        if flag.code == "ownership.state_linked":
            linked = [o for o in report.owners if o.kind == "state" or o.state_links]
            records += [f"record: {o.records[0]}" for o in linked[:MAX_REGISTER_LINES] if o.records]
        out.append(
            Finding(
                code=flag.code,
                category="employer",
                title=f"{flag.title}: {who}",
                strength=strength,
                evidence=list(cited),
                guidance=[*_GUIDANCE.get(flag.code, _OWNERSHIP_GUIDANCE), *records],
            )
        )
    return out


def _strongest(findings: list[Finding]) -> list[Finding]:
    """One finding per code (several claims may raise it): the strongest, evidence merged."""
    best: dict[str, Finding] = {}
    for f in findings:
        kept = best.setdefault(f.code, f)
        if kept is f:
            continue
        if f.strength > kept.strength:
            best[f.code], f, kept = f, kept, f
        kept.evidence += [e for e in f.evidence if e not in kept.evidence]
    return list(best.values())
