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

from counterlink.schema import Approach, Evidence, Finding
from counterlink.signals.base import PatternDetector, PatternRule, evidence, scoped_texts
from counterlink.signals.contacts import FREE_WEBMAIL, canonical_url, contacts_in_text
from counterlink.signals.guidance import NPSA_TBYL
from counterlink.signals.profile import is_generic_firm
from counterlink.signals.tactics.accounts import account_texts

COMPLIANCE = "reassure.compliance_terms"
EXPERT_NETWORK = "reassure.expert_network_process"
EMPLOYER_TERMS = "reassure.named_employer_terms"
WORK_EMAIL = "reassure.work_email_matches_employer"
FIRM_AND_CLIENT = "reassure.named_firm_and_client"
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
)


class ReassuranceDetector(PatternDetector):
    """Finds the checkable detail genuine outreach carries (see the module docstring)."""

    name = "reassurance"
    rules = _RULES

    def detect(self, approach: Approach) -> list[Finding]:
        texts = scoped_texts(approach, "persona_messages") + account_texts(approach)
        findings = self.scan(texts)
        findings.extend(_expert_network(texts))
        findings.extend(_employer_terms(texts))
        findings.extend(_firm_and_client(approach, texts))
        findings.extend(_work_email(approach))
        return findings


ReassuranceDetector.codes = {
    **ReassuranceDetector.codes,
    EXPERT_NETWORK: _EXPERT_TITLE,
    FIRM_AND_CLIENT: "Names a checkable firm and the client it acts for",
    EMPLOYER_TERMS: "Names the employer, the location and the salary band",
    WORK_EMAIL: "Writes from an e-mail address on the claimed employer's own domain",
}

Texts = list[tuple[str, str]]


def _first_hits(texts: Texts, patterns: dict[str, re.Pattern[str]]) -> dict[str, Evidence]:
    """For each named pattern, the sentence of its first match in ``texts``."""
    hits: dict[str, Evidence] = {}
    for path, text in texts:
        for name, pattern in patterns.items():
            match = pattern.search(text) if name not in hits else None
            if match:
                hits[name] = evidence(path, text, *match.span(), sentence=True)
    return hits


def _finding(code: str, items: list[Evidence]) -> Finding:
    # One sentence may carry several parts of a sign: cite it once.
    unique = list({(ev.field, ev.start, ev.end): ev for ev in items}.values())
    return Finding(
        code=code,
        category="reassurance",
        title=ReassuranceDetector.codes[code],
        evidence=unique,
        guidance=[NPSA_TBYL],
    )


# An expert network's standard process: the network named, its compliance step, an hourly rate,
# a way to say no. The name alone is easy to borrow; the process around it is what the networks
# publish and what an elicitation avoids, so the sign needs the name or the compliance step and
# one more part.
_NETWORK = re.compile(
    r"\b(?:glg|gerson\s+lehrman|alphasights|guidepoint|third\s+bridge|coleman\s+research"
    r"|tegus|dialectica|atheneum|capvision|expert\s+network)\b",
    re.IGNORECASE,
)
_COMPLIANCE_STEP = re.compile(
    r"\bcompliance\s+(?:tutorial|training|team|check|attestation|questionnaire|rules)\b"
    r"|\battest(?:ation)?\b|\bterms\s+and\s+conditions\b|\bterms\s+of\s+(?:engagement|use)\b",
    re.IGNORECASE,
)
_HOURLY = re.compile(
    r"\b(?:per|an|each|by\s+the)\s+hour\b|/\s?(?:hr|hour)\b|\bhourly\s+(?:rate|fee)\b",
    re.IGNORECASE,
)
_OPT_OUT = re.compile(
    r"\bopt[-\s]?out\b|\bunsubscribe\b|\bno\s+longer\s+wish\s+to\s+(?:be\s+contacted|hear)"
    r"|\bno\s+obligation\b|\b(?:decline|say\s+no)\s+(?:at\s+any\s+time|any\s+project|freely)\b",
    re.IGNORECASE,
)


def _expert_network(texts: Texts) -> list[Finding]:
    hits = _first_hits(
        texts,
        {"network": _NETWORK, "compliance": _COMPLIANCE_STEP, "rate": _HOURLY, "opt": _OPT_OUT},
    )
    if not ({"network", "compliance"} & set(hits)) or len(hits) < 2:
        return []
    return [_finding(EXPERT_NETWORK, list(hits.values()))]


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


def _employer_terms(texts: Texts) -> list[Finding]:
    """A job with a named employer, a location and a salary band, all in the persona's words."""
    hits = _first_hits(texts, {"who": _EMPLOYER, "where": _LOCATION, "band": _SALARY_BAND})
    if len(hits) < 3:
        return []
    return [_finding(EMPLOYER_TERMS, [hits["who"], hits["where"], hits["band"]])]


# A proper name: capitalised words (with &, hyphens, apostrophes, "of"/"and" between them).
_WORD = r"[A-Z](?:[\w&'-]|\.(?=\w))*"
_NAME = r"(?-i:" + _WORD + r"(?:\s+(?:(?:of|and|for|&)\s+)?" + _WORD + r")*)"
# The persona's own firm: "I work for AlphaSights", "I'm Jane, a partner at Hays", "here at ...".
_OWN_FIRM = re.compile(
    r"\b(?:i\s+work\s+(?:for|at|with)|i'?m\s+(?:\w+,?\s+){0,5}?(?:at|from|with)|i\s+am\s+"
    r"(?:\w+,?\s+){0,5}?(?:at|from|with)|here\s+at|on\s+behalf\s+of\s+my\s+firm,?)\s+(?P<name>"
    + _NAME
    + r")",
    re.IGNORECASE,
)
# The client named: "our client, Rolls-Royce", "on behalf of our client BAE Systems".
_CLIENT = re.compile(
    r"\b(?:our|my)\s+client,?\s+(?:is\s+)?(?P<name>" + _NAME + r")",
    re.IGNORECASE,
)
# Capitalised words that begin a sentence or a clause rather than a name.
_NOT_A_NAME = frozenset(
    "i we you he she they it this that the a an our my your their one who which".split()  # noqa: SIM905 - prose list
)


def _named(name: str) -> bool:
    words = name.split()
    return bool(words) and words[0].lower() not in _NOT_A_NAME and not is_generic_firm(name)


def _firm_and_client(approach: Approach, texts: Texts) -> list[Finding]:
    """A named firm that is not a generic one, and the named client it says it acts for."""
    firm: Evidence | None = None
    client: Evidence | None = None
    for path, text in texts:
        for pattern, name in ((_OWN_FIRM, "firm"), (_CLIENT, "client")):
            if (firm if name == "firm" else client) is not None:
                continue
            for match in pattern.finditer(text):
                if _named(match.group("name")):
                    found = evidence(path, text, *match.span("name"))
                    firm, client = (found, client) if name == "firm" else (firm, found)
                    break
    if firm is None:
        firm = _current_employer(approach)
    if firm is None or client is None or firm.excerpt == client.excerpt:
        return []
    return [_finding(FIRM_AND_CLIENT, [firm, client])]


def _current_employer(approach: Approach) -> Evidence | None:
    """The persona's current employer as evidence, when it is named and not generic."""
    persona = approach.persona
    for i, job in enumerate(persona.experience or [] if persona else []):
        if job.company and not job.end and _named(job.company):
            path = f"persona.experience[{i}].company"
            return evidence(path, job.company, 0, len(job.company))
    return None


# Labels that sit between a registrable name and the top-level domain (acme.co.uk, ox.ac.uk).
_SECOND_LEVEL = frozenset("co com ac org net gov edu ltd plc".split())  # noqa: SIM905 - prose list
_LEGAL = frozenset(
    "ltd limited plc inc llc gmbh ag sa bv llp lp corp co company group the and of".split()  # noqa: SIM905 - prose list
)
# Webmail brands with many country domains (contacts.FREE_WEBMAIL lists the exact domains).
_WEBMAIL_BRANDS = frozenset(
    """gmail googlemail outlook hotmail live yahoo ymail aol icloud protonmail proton qq
    foxmail sina gmx yandex""".split()  # noqa: SIM905 - prose list
)


def _registrable(host: str) -> str:
    """The name a domain is registered under: "acmerobotics" of "careers.acmerobotics.co.uk"."""
    labels = [label for label in host.lower().strip(".").split(".") if label]
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    return labels[-2] if len(labels) >= 2 else ""


def _name_forms(company: str) -> set[str]:
    """How a domain may spell a firm: its words run together ("acmerobotics"), or its first
    distinctive word when that is long enough to be a name ("babcock" for Babcock International)."""
    words = [w for w in re.findall(r"[a-z0-9]+", company.lower()) if w not in _LEGAL]
    if not words:
        return set()
    forms = {"".join(words)}
    if len(words[0]) >= 4:
        forms.add(words[0])
    return forms


def _work_email(approach: Approach) -> list[Finding]:
    """A contact address on the domain of the persona's current, named employer: the domain
    spells the employer's name, or is that of a website the persona gives."""
    persona = approach.persona
    if persona is None:
        return []
    companies = [job.company for job in persona.experience or [] if job.company and not job.end]
    companies = [c for c in companies if not is_generic_firm(c)]
    if not companies:
        return []
    names = set().union(*(_name_forms(c) for c in companies))
    contacts = persona.contacts
    websites = (contacts.websites if contacts else None) or []
    sites = {
        _registrable((canonical_url(url) or ("", ""))[1]).replace("-", "") for url in websites
    } - {""}
    addresses: list[tuple[str, str, int, int, str]] = [
        (f"persona.contacts.emails[{i}]", value, 0, len(value), value.rpartition("@")[2])
        for i, value in enumerate(contacts.emails or [] if contacts else [])
        if "@" in value
    ]
    for path, text in scoped_texts(approach, "persona_messages"):
        addresses += [
            (path, text, c.start, c.end, c.domain or "")
            for c in contacts_in_text(path, text)
            if c.kind == "email"
        ]
    for path, text, start, end, domain in addresses:
        name = _registrable(domain).replace("-", "")
        if not name or name in _WEBMAIL_BRANDS or domain.lower() in FREE_WEBMAIL:
            continue
        if name in names or name in sites:
            return [_finding(WORK_EMAIL, [evidence(path, text, start, end)])]
    return []
