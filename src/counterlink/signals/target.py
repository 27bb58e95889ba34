"""Who was approached: a target in a sector or role that hostile states seek out.

States collect across emerging technology, government and academia, and go for people whose
role gives access (RED-FLAGS #12, #13, #15). The finding says nothing about the persona; it
raises the stakes of everything else found in the approach.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from counterlink.schema import Approach, Finding
from counterlink.signals.base import Detector, PatternRule, evidence
from counterlink.signals.guidance import ASIO_CLEARANCES, MI5_2025, SECURE_INNOVATION
from counterlink.signals.profile import at_word_start

_SECTORS = [
    # Emerging technology (Five Eyes Secure Innovation).
    r"(?-i:\bAI\b)",
    r"\bartificial intelligence\b",
    r"\bmachine learning\b",
    r"\bdeep learning\b",
    r"\bquantum\b",
    r"\bsemi-?conductors?\b",
    r"\bmicro-?electronics\b",
    r"\b(?:chip|wafer|foundry|lithography|photonics)\b",
    r"\bsynthetic biology\b",
    r"\bbio-?tech(?:nology)?\b",
    r"\bgenomics?\b",
    r"\bbiosciences?\b",
    r"\bdefen[cs]e\b",
    r"\baerospace\b",
    r"\bspace (?:industry|sector|agency|systems)\b",
    r"\bmilitary\b",
    r"\barmed forces\b",
    r"(?-i:\bMoD\b|\bDSTL\b|\bDstl\b)",
    r"\bnuclear\b",
    r"\btelecom(?:s|munications?)?\b",
    r"(?-i:\b[56]G\b)",
    r"\bcyber ?security\b",
    r"\bcritical (?:national )?infrastructure\b",
    # Government, parliament and policy (MI5 2025: MPs' staff, civil servants, think tanks).
    r"\bgovernment\b",
    r"\bcivil service\b",
    r"\bwhitehall\b",
    r"\bparliament(?:ary)?\b",
    r"\bhouse of (?:commons|lords)\b",
    r"\bministry\b",
    r"\bforeign office\b",
    r"(?-i:\bFCDO\b|\bHMG\b)",
    r"\bcabinet office\b",
    r"\bdiplomatic\b",
    r"\bintelligence\b",
    r"\bthink[- ]?tank\b",
    r"\bpolicy (?:institute|research|unit)\b",
    # Research and universities.
    r"\buniversit(?:y|ies)\b",
    r"\bacademi[ac]\b",
    r"\bresearch (?:institute|council|centre|center|lab|laboratory|organisation|organization)\b",
    r"\bnational lab(?:oratory)?\b",
]
_ROLES = [
    r"\b(?:security )?clearance\b",
    r"\b(?:security[- ])?cleared\b",
    r"(?-i:\b(?:SC|DV|TS/SCI|TS|NV1|NV2)\b)",
    r"\bengineer(?:ing)?\b",
    r"\bresearcher\b",
    r"\bresearch (?:scientist|fellow|associate|engineer)\b",
    r"\bscientist\b",
    r"\bpost-?doc(?:toral)?\b",
    r"\bprofessor\b",
    r"\blecturer\b",
    r"\bph\.?d\b",
    r"\bcivil servant\b",
    r"\bpolicy (?:advis[eo]r|officer|analyst|lead)\b",
    r"\bspecial advis[eo]r\b",
    r"\bparliamentary (?:assistant|researcher|staff)\b",
    r"(?-i:\bMPs?\b)",
    r"\bmember of parliament\b",
    r"\bdiplomat\b",
    r"\bstaffer\b",
]

_GUIDANCE = [
    SECURE_INNOVATION,  # RED-FLAGS 15: emerging-tech firms and their staff are targeted
    MI5_2025,  # 13: MPs' staff, civil servants, economists and think-tank staff
    ASIO_CLEARANCES,  # 12: people who advertise clearances or sensitive roles
]

_RULE = PatternRule(
    code="context.sensitive_target",
    category="message",  # the contract has no target category
    title="The target works in a sector or role that hostile states seek out",
    patterns=at_word_start(*_SECTORS, *_ROLES),
    guidance=_GUIDANCE,
    attack="T1593.001",
    sentence=False,
)


def target_fields(approach: Approach) -> Iterator[tuple[str, str]]:
    """The target's descriptive texts with their evidence paths (``target.sector`` ...).

    ``schema.text_fields`` walks only what the persona and the messages say; the target's own
    description is read here and nowhere else. The name is left out: it says nothing about
    access.
    """
    target = approach.target
    if target is None:
        return
    for name in ("sector", "role", "organisation"):
        value = getattr(target, name)
        if value:
            yield f"target.{name}", value


class TargetDetector(Detector):
    """``context.sensitive_target`` when the target's sector, role or organisation is one that
    states target.

    Evidence cites each matching field whole (offsets ``0..len``): the fields are short labels,
    and what matched is named in the title.
    """

    name = "target"
    codes: ClassVar[dict[str, str]] = {_RULE.code: _RULE.title}

    def detect(self, approach: Approach) -> list[Finding]:
        fields = dict(target_fields(approach))
        found = _RULE.find(fields.items())
        if found is None:
            return []
        named = ", ".join(dict.fromkeys(ev.excerpt.lower() for ev in found.evidence))
        cited = dict.fromkeys(ev.field for ev in found.evidence)
        found.evidence = [evidence(path, fields[path], 0, len(fields[path])) for path in cited]
        found.title = f"The target works in a sector or role that states seek out: {named}"
        return [found]
