"""Reassuring signs: what genuine outreach carries and a hostile approach avoids.

An expert network states its compliance terms (do not share confidential information, check your
employer's policy); a genuine recruiter names the employer, the location and the salary band; a
real employee writes from the employer's own domain. NPSA's *Think Before You Link* tells people
to look for exactly this checkable detail (red flag 8 is its absence). Each sign is a finding of
category ``reassurance`` that the scorer may only weigh at or below 0 (learn/priors.py): it can
pull a score down, never cancel a red flag silently, and the report lists both.
"""

from __future__ import annotations

import re

from counterlink.schema import Approach, Finding
from counterlink.signals.base import PatternDetector, PatternRule, evidence, scoped_texts
from counterlink.signals.guidance import NPSA_TBYL

COMPLIANCE = "reassure.compliance_terms"
EXPERT_NETWORK = "reassure.expert_network_process"
EMPLOYER_TERMS = "reassure.named_employer_terms"
WORK_EMAIL = "reassure.work_email_matches_employer"
_CONFIDENTIAL = r"(?:confidential|proprietary|non-?public|insider|classified|sensitive)"


def _rule(code: str, title: str, keywords: str, pattern: str) -> PatternRule:
    return PatternRule(
        code=code,
        category="reassurance",
        title=title,
        patterns=(pattern,),
        guidance=(NPSA_TBYL,),
        keywords=tuple(keywords.split()),
    )


_COMPLIANCE_TITLE = "States compliance terms: no confidential information, your employer's rules"
_EXPERT_TITLE = "Follows an expert network's standard, checkable process"
_RULES: tuple[PatternRule, ...] = (
    _rule(
        COMPLIANCE,
        _COMPLIANCE_TITLE,
        "not never don't avoid without",
        r"\b(?:(?:do|must|should|will)\s+not|never|don'?t|please\s+avoid|without)\s+"
        r"(?:\w+\s+){0,3}?(?:share|sharing|disclos\w*|discuss\w*|reveal\w*|provid\w*)\s+"
        r"(?:\w+\s+){0,4}?" + _CONFIDENTIAL + r"\b",
    ),
    _rule(
        COMPLIANCE,
        _COMPLIANCE_TITLE,
        "employer employer's employers policy policies obligations agreement",
        r"\b(?:check|review|confirm|consult|comply\s+with|consistent\s+with|permitted\s+by)\s+"
        r"(?:\w+\s+){0,3}?(?:your\s+)?(?:employer'?s?|company'?s?|institution'?s?|university'?s?)"
        r"\s+(?:\w+\s+){0,2}?(?:polic(?:y|ies)|rules|obligations|agreement|approval)\b",
    ),
    _rule(
        COMPLIANCE,
        _COMPLIANCE_TITLE,
        "compliance conflict conflicts",
        r"\b(?:compliance\s+(?:tutorial|training|team|check|attestation|terms|questionnaire)"
        r"|conflicts?[-\s]+(?:of[-\s]+interest\s+)?check)\b",
    ),
    _rule(
        EXPERT_NETWORK,
        _EXPERT_TITLE,
        "glg gerson alphasights guidepoint third coleman tegus dialectica atheneum",
        r"\b(?:glg|gerson\s+lehrman|alphasights|guidepoint|third\s+bridge|coleman\s+research"
        r"|tegus|dialectica|atheneum)\b",
    ),
)


class ReassuranceDetector(PatternDetector):
    """Finds the checkable detail genuine outreach carries (see the module docstring)."""

    name = "reassurance"
    rules = _RULES

    def detect(self, approach: Approach) -> list[Finding]:
        findings = super().detect(approach)
        findings.extend(_employer_terms(approach))
        findings.extend(_work_email(approach))
        return findings


ReassuranceDetector.codes = {
    **ReassuranceDetector.codes,
    EMPLOYER_TERMS: "Names the employer, the location and the salary band",
    WORK_EMAIL: "Writes from an e-mail address on the claimed employer's own domain",
}

_SALARY_BAND = re.compile(
    r"(?:[$£€]\s?\d[\d,.]*\s?k?|\b\d[\d,.]*\s?k?\s?(?:€|eur|gbp|usd))\s*(?:-|–|—|to)\s*"
    r"(?:[$£€]\s?)?\d[\d,.]*\s?k?"
    r"|\bsalary\s+(?:band|range)\b",
    re.IGNORECASE,
)
_LOCATION = re.compile(
    r"\b(?i:(?:based|located|office|on-?site)\s+in|hybrid|remote\s+within|relocat\w+\s+to)\b"
    r"|\b(?:in|near)\s+(?:the\s+)?[A-Z][a-z]{3,}",
)
# A named employer: "our client, Babcock", "recruiting for Arden Robotics", "role at Quanterra",
# "on behalf of the board of ...", "I look after hiring at Quanterra".
_EMPLOYER = re.compile(
    r"\b(?i:our\s+client,?\s+|(?:recruiting|hiring|searching)\s+(?:for|at)\s+"
    r"|(?:positions?|roles?|vacanc(?:y|ies)|openings?|team)\s+(?:at|with)\s+"
    r"|on\s+behalf\s+of\s+(?:the\s+)?|(?:i'?m|i\s+am)\s+(?:\w+\s+){0,4}?at\s+)[A-Z][\w&.'-]+",
)


def _employer_terms(approach: Approach) -> list[Finding]:
    """A job with a named employer, a location and a salary band, all in the persona's words."""
    texts = scoped_texts(approach, "persona_messages")
    hits = {}
    for path, text in texts:
        for name, pattern in (("band", _SALARY_BAND), ("where", _LOCATION), ("who", _EMPLOYER)):
            match = pattern.search(text)
            if match and name not in hits:
                hits[name] = evidence(path, text, *match.span(), sentence=True)
    if len(hits) < 3:
        return []
    return [
        Finding(
            code=EMPLOYER_TERMS,
            category="reassurance",
            title=ReassuranceDetector.codes[EMPLOYER_TERMS],
            evidence=[hits["who"], hits["where"], hits["band"]],
            guidance=[NPSA_TBYL],
        )
    ]


def _domain_words(value: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", value.lower()) if len(w) >= 3} - _GENERIC


_GENERIC = {"ltd", "limited", "plc", "inc", "llc", "gmbh", "group", "the", "and", "company", "com"}
_WEBMAIL = {"gmail", "outlook", "hotmail", "yahoo", "protonmail", "proton", "qq", "163", "126"}


def _carries(labels: set[str], names: set[str]) -> bool:
    """True when a domain label is, or contains, a distinctive word of the employer's name
    ("acmerobotics" carries "robotics" of "Acme Robotics Ltd")."""
    return any(
        name == label or (len(name) >= 4 and name in label) for label in labels for name in names
    )


def _work_email(approach: Approach) -> list[Finding]:
    """A contact address whose domain carries the name of the persona's current employer."""
    persona = approach.persona
    if persona is None or persona.contacts is None or not persona.contacts.emails:
        return []
    companies = [job.company for job in persona.experience or [] if job.company and not job.end]
    names = set().union(*(_domain_words(c) for c in companies)) if companies else set()
    for i, address in enumerate(persona.contacts.emails):
        domain = address.rpartition("@")[2].lower()
        labels = set(domain.split(".")[:-1])
        if not labels or labels & _WEBMAIL or not _carries(labels, names):
            continue
        start = address.index(domain) if domain in address else 0
        path = f"persona.contacts.emails[{i}]"
        return [
            Finding(
                code=WORK_EMAIL,
                category="reassurance",
                title=ReassuranceDetector.codes[WORK_EMAIL],
                evidence=[evidence(path, address, start, len(address))],
                guidance=[NPSA_TBYL],
            )
        ]
    return []
