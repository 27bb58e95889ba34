"""Profile hallmarks of a fake or front persona that need no outside data.

Each code follows a published hallmark (RED-FLAGS.md): the recruiter, headhunter, consultancy or
think-tank persona (#1), no checkable company detail (#8), and the profile hallmarks of #9 —
generic firm, government or state-owned contacts, seniority implausible for the history. Thin and
new accounts are the fake-persona pattern behind ATT&CK T1585.001.

Numeric or structured facts (connections, dates) are cited as their own string form at offsets
``0..len``; absent sections as an empty excerpt, since there is no text to point into.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from counterlink.schema import Approach, Evidence, Experience, Finding, Persona, text_fields
from counterlink.signals.base import Detector, PatternRule, evidence
from counterlink.signals.guidance import (
    MI5_2025,
    NPSA_TBYL,
    ODNI_NEVERNIGHT,
    SOCIAL_MEDIA_ACCOUNTS,
)

# Which red flag each hallmark is (formats/RED-FLAGS.md row), and its sources.
_G_PERSONA = NPSA_TBYL  # 1: unsolicited recruiter, headhunter, consultancy, think-tank personas
_G_NEVERNIGHT = ODNI_NEVERNIGHT  # 1: fake recruiter profiles
_G_CHECKABLE = NPSA_TBYL  # 8: no checkable detail, no verifiable company information
_G_HALLMARKS = NPSA_TBYL  # 9: profile hallmarks of fake personas
_G_GENERIC = NPSA_TBYL  # 9: generic consultancy or recruitment firm
_G_GOV = NPSA_TBYL  # 9: references to government contacts or state-owned enterprises
_G_SENIOR = NPSA_TBYL  # 9: seniority implausible for the apparent age
_G_FLATTERY = NPSA_TBYL  # 7: inflated language such as "high-end", "high-impact"
_G_MI5 = MI5_2025  # 9: cover companies such as BR-YR Executive Search
_FAKE_ACCOUNT = SOCIAL_MEDIA_ACCOUNTS

CODES = {
    "profile.thin": "Thin profile: few connections or no history",
    "profile.new_account": "Account created less than a year before the approach",
    "profile.generic_firm": "Employer has a generic name with nothing distinctive",
    "profile.recruiter_persona": "Presents as a recruiter or headhunter",
    "profile.consultancy_persona": "Presents as a consultancy, think tank or journal",
    "profile.implausible_seniority": "Senior title with too short a history for it",
    "profile.no_checkable_employer": "No employer that can be checked",
    "profile.headline_buzzwords": "Headline stacks buzzwords",
    "profile.government_links": "Claims government, ministry or state-owned connections",
}

# --- patterns -------------------------------------------------------------------------------


def at_word_start(*patterns: str) -> list[str]:
    """``patterns`` (each starting a word) as one alternative tried only where a word starts:
    Python's re would otherwise try every alternative at every position, several times slower.
    A general :class:`PatternRule` helper; it lives here until base.py offers one."""
    return [r"(?<!\w)(?=\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"]


_RECRUITER = PatternRule(
    code="profile.recruiter_persona",
    category="profile",
    title=CODES["profile.recruiter_persona"],
    patterns=at_word_start(
        r"\brecruit(?:er|ers|ment|ing)\b",
        r"\bhead[- ]?hunt(?:er|ers|ing)\b",
        r"\btalent (?:acquisition|agent|scout|sourcer|sourcing|partner|hunter)s?\b",
        r"\bexecutive search\b",
        r"\bsourcing (?:specialist|partner|lead)\b",
    ),
    guidance=[_G_PERSONA, _G_NEVERNIGHT, _G_MI5],
    attack=_FAKE_ACCOUNT,
    keywords=[
        "recruiter",
        "recruiters",
        "recruitment",
        "recruiting",
        "headhunter",
        "headhunters",
        "headhunting",
        "hunter",
        "hunters",
        "hunting",
        "talent",
        "executive",
        "sourcing",
    ],
    sentence=False,
)
_CONSULTANCY = PatternRule(
    code="profile.consultancy_persona",
    category="profile",
    title=CODES["profile.consultancy_persona"],
    patterns=at_word_start(
        # A recruitment consultant is a recruiter (profile.recruiter_persona), not a consultancy.
        r"(?<!recruitment )(?<!recruiting )\bconsult(?:ancy|ancies|ing|ant|ants)\b",
        r"\badvisory\b",
        r"\bthink[- ]?tank\b",
        r"\bpolicy (?:institute|research|centre|center|forum|studies)\b",
        r"\binstitute (?:of|for) [\w ]{0,40}?(?:studies|affairs|policy|relations|strategy)\b",
        r"\b(?:strategic|international|security|policy) studies\b",
        r"\b(?:journal|academic|managing|commissioning|acquisitions?) editor\b",
        r"\beditor(?:-in-chief)?\b[^|\n]{0,40}\b(?:journal|review|quarterly)\b",
        r"\bsenior fellow\b",  # the think-tank title; research fellows are mostly academics
    ),
    guidance=[_G_PERSONA],
    attack=_FAKE_ACCOUNT,
    keywords=[
        "consultancy",
        "consultancies",
        "consulting",
        "consultant",
        "consultants",
        "advisory",
        "tank",
        "thinktank",
        "policy",
        "institute",
        "studies",
        "editor",
        "fellow",
    ],
    sentence=False,
)
_GOVERNMENT = PatternRule(
    code="profile.government_links",
    category="profile",
    title=CODES["profile.government_links"],
    patterns=at_word_start(
        r"\bgovernment (?:contacts?|relations|connections?|clients?|officials?|partners?|"
        r"agencies|ministries|departments|network|links|ties|background|affairs|liaison)\b",
        r"\b(?:contacts?|connections?|ties|links|relationships?|network) (?:with|to|in|across) "
        r"(?:the )?(?:government|ministr(?:y|ies)|state|officials|party)\b",
        r"\bstate[- ]owned (?:enterprises?|companies|company|firms?|entities|banks?|groups?)\b",
        r"\bSOEs?\b",
        r"\bstate[- ](?:backed|affiliated|linked|sponsored)\b",
        r"\bministr(?:y|ies)\b",
        r"\bministerial\b",
        r"\b(?:central committee|state council|communist party|party committee|party officials?)\b",
        r"\bpeople'?s liberation army\b",
        r"(?-i:\bPLA\b)",
        r"\b(?:senior|high[- ]level|government) officials\b",
        r"\bpublic[- ]sector (?:contacts|clients|network)\b",
    ),
    guidance=[_G_GOV, _G_HALLMARKS],
    attack=_FAKE_ACCOUNT,
    keywords=[
        "government",
        "ministry",
        "ministries",
        "ministerial",
        "state",
        "officials",
        "party",
        "soe",
        "soes",
        "committee",
        "council",
        "liberation",
        "pla",
        "public",
    ],
    sentence=True,
)
_BUZZWORDS = PatternRule(
    code="profile.headline_buzzwords",
    category="profile",
    title=CODES["profile.headline_buzzwords"],
    patterns=at_word_start(
        r"\bglobal(?:ly)?\b",
        r"\bstrategic\b",
        r"\bhigh[- ](?:end|impact|level|calibre|caliber|net[- ]worth|value)\b",
        r"\belite\b",
        r"\bvisionary\b",
        r"\bconnecting (?:\w+ )?(?:talent|people|leaders|minds|experts)\b",
        r"\bgeopolitic(?:al|s)\b",
        r"\bworld[- ]class\b",
        r"\btop[- ]tier\b",
        r"\bexclusive\b",
        r"\bpremier\b",
        r"\bthought leader(?:ship)?\b",
        r"\bcross[- ]border\b",
        r"\bbridg(?:e|ing) (?:east and west|cultures|china|asia|the gap)\b",
        r"\bsynerg(?:y|ies)\b",
        r"\bdisruptive\b",
        r"\btransformational\b",
        r"\brenowned\b",
        r"\bunique opportunit(?:y|ies)\b",
        r"\bc-suite\b",
        r"\bgame[- ]changer\b",
        r"\binfluencer\b",
    ),
    guidance=[_G_FLATTERY, _G_HALLMARKS],
    attack=_FAKE_ACCOUNT,
    sentence=False,
)

_SENIOR = re.compile(
    r"\b(?:(?:managing |executive |regional |global )?director"
    r"|(?:managing |senior |equity )?partner|vice[- ]president|chief\b[\w ]{0,30}?\bofficer"
    r"|chief|head of|senior fellow|president"
    r"|(?-i:VP|SVP|EVP|CEO|CTO|COO|CFO|CIO|CSO|MD))\b",
    re.IGNORECASE,
)
# "Partner" in these phrases is a job family, not a seniority.
_NOT_SENIOR = re.compile(
    r"\b(?:business|talent|acquisition|recruitment|recruiting|hr|channel|account|sourcing"
    r"|delivery|learning|people|client|customer|alliance|trading) partner\b"
    r"|\bpartner (?:manager|marketing|success|engineer|sales|relations|account)"
    r"|\bassociate director\b|\bart director\b",
    re.IGNORECASE,
)

# Stand-ins for an employer that cannot be looked up.
_PLACEHOLDER_EMPLOYER = re.compile(
    r"(?:an? |the )?(?:confidential|undisclosed|unnamed|anonymous|private|stealth|"
    r"self[- ]?employed|various|n/?a|none|-+)"
    r"(?: (?:client|clients|company|companies|firm|firms|employer|startup|start-up|mode|"
    r"organi[sz]ation|office|family office))*\.?",
    re.IGNORECASE,
)
_HEADLINE_PLACEHOLDER = re.compile(
    r"\b(?:confidential|undisclosed|unnamed|private|anonymous) (?:clients?|company|firm|employer)\b"
    r"|\bstealth(?: mode| startup| start-up)?\b|\bself[- ]?employed\b",
    re.IGNORECASE,
)
# "Partner at Global Talent Consulting | ..." -> the company after "at"/"@".
_HEADLINE_COMPANY = re.compile(
    r"(?:\s(?:at|@)\s+|@)(?P<co>[^|,;·•\n()]+?)\s*(?=$|[|,;·•\n(]|\s[-–—]\s)", re.IGNORECASE
)

_WORD = re.compile(r"[A-Za-z]+")
# Words that say nothing about which firm this is: regions, "global", trades, legal forms.
_GENERIC_WORDS = frozenset(
    """global international worldwide world asia asian pacific apac emea europe european eurasia
    eurasian atlantic transatlantic america americas american africa african oriental sino euro
    middle east eastern west western north northern south southern continental overseas
    talent talents consulting consultancy consultants consultant advisory advisors advisers
    partners partnership associates research strategic strategy strategies solutions services
    management executive executives search recruitment recruiting resources human capital
    ventures holdings network networks institute center centre policy insight insights
    intelligence development business enterprise enterprises trade trading investment
    investments industry industries technology technologies tech innovation innovations
    analytics analysis affairs studies relations public future leaders leadership people career
    careers professional professionals expert experts elite premier prime first alliance union
    council forum bridge connect connections exchange cooperation collaboration dynamics
    integrated united universal excellence frontier horizon horizons vision pinnacle summit apex
    group groups""".split()  # noqa: SIM905 - prose list
)
# A name needs one of these to read as a firm at all ("Global Asia" alone is not a firm).
_FIRM_WORDS = frozenset(
    """talent consulting consultancy consultants advisory advisors advisers partners associates
    research solutions services management search recruitment resources capital ventures
    holdings network institute center centre policy insights intelligence group groups alliance
    council forum exchange""".split()  # noqa: SIM905 - prose list
)
_LEGAL_AND_GLUE = frozenset(
    """and of the for ltd limited llc inc co company corp corporation plc gmbh pte llp lp sa ag
    bv pty""".split()  # noqa: SIM905 - prose list
)


def _tokens(name: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(name) if w.lower() not in _LEGAL_AND_GLUE]


def is_generic_firm(name: str) -> bool:
    """True when every word of a firm name is generic (regions, trades, "global", legal forms):
    "Asia Pacific Research Partners" is, "Oxford Quantum Circuits" and "Hays" are not."""
    words = _tokens(name)
    return (
        len(words) >= 2
        and all(w in _GENERIC_WORDS for w in words)
        and any(w in _FIRM_WORDS for w in words)
    )


_HEADLINE_SEGMENT = re.compile(r"[^|,;·•\n]+")


# A headline segment with one of these is a job title ("Recruitment Consultant"), not a firm.
_TITLE_WORDS = frozenset(
    """consultant recruiter partner director manager analyst engineer head officer advisor
    adviser fellow editor associate specialist lead president founder researcher scientist
    senior principal chief vp ceo""".split()  # noqa: SIM905 - prose list
)


def _headline_names(headline: str) -> list[tuple[int, int]]:
    """Spans in a headline that may name a firm: what follows "at"/"@", and each segment
    between separators that is not a job title ("Director | Global Talent Consulting")."""
    spans = [m.span("co") for m in _HEADLINE_COMPANY.finditer(headline)]
    for m in _HEADLINE_SEGMENT.finditer(headline):
        start, end = m.span()
        while start < end and headline[start].isspace():
            start += 1
        while end > start and headline[end - 1].isspace():
            end -= 1
        if start < end and _TITLE_WORDS.isdisjoint(_tokens(headline[start:end])):
            spans.append((start, end))
    return sorted(set(spans))


def _same_firm(a: str, b: str) -> bool:
    """Loose match of two spellings of one firm: a shared distinctive word, or containment."""
    ta, tb = set(_tokens(a)), set(_tokens(b))
    if not ta or not tb:
        return a.strip().lower() == b.strip().lower()
    distinctive = (ta & tb) - _GENERIC_WORDS
    return bool(distinctive) or ta <= tb or tb <= ta


# --- dates ----------------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ISO_DATE = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?")
_NAMED_DATE = re.compile(r"\s*([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})")


def month_index(value: str | None) -> int | None:
    """Months since year 0 for "2021", "2021-03", "2021-03-04T...", "Mar 2021"; else None.

    A bare year counts as January: the earliest reading, so that an account or a career is
    never made to look younger than it might be."""
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if m:
        month = int(m.group(2) or 1)
        return int(m.group(1)) * 12 + month - 1 if 1 <= month <= 12 else None
    m = _NAMED_DATE.match(value)
    if m and m.group(1).lower() in _MONTHS:
        return int(m.group(2)) * 12 + _MONTHS[m.group(1).lower()] - 1
    return None


def _is_current(job: Experience) -> bool:
    return not job.end or job.end.strip().lower() in ("present", "now", "current")


def _fact(field: str, value: object) -> Evidence:
    text = "" if value is None else str(value)
    return Evidence(field=field, excerpt=text, start=0, end=len(text))


@dataclass(frozen=True)
class _Texts:
    """The persona's texts by evidence path (from :func:`text_fields`, so paths agree)."""

    by_path: dict[str, str]

    def get(self, path: str) -> str | None:
        return self.by_path.get(path)

    def pairs(self, paths: Sequence[str]) -> list[tuple[str, str]]:
        return [(p, self.by_path[p]) for p in paths if p in self.by_path]


class ProfileDetector(Detector):
    """Flags fake-persona hallmarks in the profile alone.

    Parameters: ``min_connections`` (fewer is thin), ``new_account_months`` (younger is new),
    ``min_career_years`` (a senior title sooner than this after education or a first job is
    implausible), ``min_buzzwords`` (distinct buzzwords in the headline that make a stack).
    The approach date is ``received_at``; without it, ``new_account`` is skipped so that the
    result never depends on today's date.
    """

    name = "profile"
    codes = CODES

    def __init__(
        self,
        min_connections: int = 50,
        new_account_months: int = 12,
        min_career_years: int = 6,
        min_buzzwords: int = 3,
    ) -> None:
        self.min_connections = min_connections
        self.new_account_months = new_account_months
        self.min_career_years = min_career_years
        self.min_buzzwords = min_buzzwords

    def detect(self, approach: Approach) -> list[Finding]:
        for name in ("min_connections", "new_account_months", "min_career_years", "min_buzzwords"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be >= 0, got {getattr(self, name)}")
        persona = approach.persona
        if persona is None:
            return []
        texts = _Texts({p: t for p, t in text_fields(approach) if p.startswith("persona.")})
        jobs = persona.experience or []
        current = [i for i, job in enumerate(jobs) if _is_current(job)]
        # The role the persona presents now: its headline and current jobs.
        role_paths = ["persona.headline"] + [
            f"persona.experience[{i}].{f}" for i in current for f in ("title", "company")
        ]
        findings = [
            self._thin(persona),
            self._new_account(approach, persona),
            self._generic_firm(texts, current),
            _RECRUITER.find(texts.pairs(role_paths)),
            _CONSULTANCY.find(texts.pairs(role_paths)),
            self._implausible_seniority(persona, texts),
            self._no_checkable_employer(persona, texts, current),
            self._buzzwords(texts),
            _GOVERNMENT.find(texts.pairs(["persona.headline", "persona.about"])),
        ]
        return [f for f in findings if f is not None]

    # Each check returns one finding or None.

    def _thin(self, persona: Persona) -> Finding | None:
        items: list[Evidence] = []
        reasons: list[str] = []
        if persona.connections is not None and persona.connections < self.min_connections:
            items.append(_fact("persona.connections", persona.connections))
            reasons.append(f"{persona.connections} connections")
        # An absent section was not captured (a message export has none); only an experience
        # list given and empty says the persona shows no history.
        if persona.experience == [] and not persona.education and not persona.about:
            items += [_fact(f"persona.{f}", "") for f in ("experience", "education", "about")]
            reasons.append("no experience, education or about")
        if not items:
            return None
        return _finding(
            "profile.thin", f"Thin profile: {', '.join(reasons)}", items, [_G_HALLMARKS]
        )

    def _new_account(self, approach: Approach, persona: Persona) -> Finding | None:
        since = month_index(persona.member_since)
        ref = month_index(approach.received_at)
        if since is None or ref is None:
            return None
        age = ref - since
        if age >= self.new_account_months:
            return None
        return _finding(
            "profile.new_account",
            f"Account created {persona.member_since}, {max(age, 0)} months before the approach",
            [
                _fact("persona.member_since", persona.member_since),
                _fact("received_at", approach.received_at),
            ],
            [_G_HALLMARKS],
        )

    def _generic_firm(self, texts: _Texts, current: list[int]) -> Finding | None:
        items: list[Evidence] = []
        for i in current:
            path = f"persona.experience[{i}].company"
            company = texts.get(path)
            if company and is_generic_firm(company):
                items.append(evidence(path, company, 0, len(company)))
        headline = texts.get("persona.headline")
        if headline:
            items += [
                evidence("persona.headline", headline, start, end)
                for start, end in _headline_names(headline)
                if is_generic_firm(headline[start:end])
            ]
        items = _unique(items)
        if not items:
            return None
        names = ", ".join(dict.fromkeys(ev.excerpt for ev in items))
        return _finding(
            "profile.generic_firm", f"Generic firm name: {names}", items, [_G_GENERIC, _G_MI5]
        )

    def _implausible_seniority(self, persona: Persona, texts: _Texts) -> Finding | None:
        jobs = persona.experience or []
        education: list[tuple[int, Evidence]] = []
        for j, ed in enumerate(persona.education or []):
            # Graduation marks the start of a career; a missing end falls back to the start.
            field, value = (
                ("end", ed.end) if month_index(ed.end) is not None else ("start", ed.start)
            )
            if (m := month_index(value)) is not None:
                education.append((m, _fact(f"persona.education[{j}].{field}", value)))
        best: tuple[int, Finding] | None = None
        for i, job in enumerate(jobs):
            path = f"persona.experience[{i}].title"
            title = texts.get(path)
            senior = _SENIOR.search(title) if title else None
            if title is None or senior is None or _NOT_SENIOR.search(title):
                continue
            # Career start: the earliest graduation or start of another job.
            earlier = education + [
                (m, _fact(f"persona.experience[{j}].start", other.start))
                for j, other in enumerate(jobs)
                if j != i and (m := month_index(other.start)) is not None
            ]
            items = [evidence(path, title, *senior.span())]
            starts = month_index(job.start)
            if len(jobs) == 1 and not persona.education and starts is not None:
                # A dated history was given and holds nothing else. An undated lone job is
                # usually a partial record (a LinkedIn export's Connections.csv knows only the
                # current position), which says nothing about the career behind it.
                gap, why = 0, "is the only history on the profile"
            elif starts is None or not earlier:
                continue
            else:
                first, first_ev = min(earlier, key=lambda pair: pair[0])
                gap = starts - first
                if gap >= self.min_career_years * 12:
                    continue
                items += [_fact(f"persona.experience[{i}].start", job.start), first_ev]
                why = f"{max(gap, 0) // 12} years after the career began ({first_ev.excerpt})"
            if best is None or gap < best[0]:
                title_line = f"Senior title '{senior.group()}' {why}"
                best = (
                    gap,
                    _finding("profile.implausible_seniority", title_line, items, [_G_SENIOR]),
                )
        return best[1] if best else None

    def _no_checkable_employer(
        self, persona: Persona, texts: _Texts, current: list[int]
    ) -> Finding | None:
        items: list[Evidence] = []
        jobs = persona.experience or []
        for i in current:
            company = texts.get(f"persona.experience[{i}].company")
            title = texts.get(f"persona.experience[{i}].title")
            if company is None and title:
                # Nothing to cite but the role that names no employer.
                items.append(evidence(f"persona.experience[{i}].title", title, 0, len(title)))
            elif company and _PLACEHOLDER_EMPLOYER.fullmatch(company.strip()):
                items.append(evidence(f"persona.experience[{i}].company", company, 0, len(company)))
        headline = texts.get("persona.headline")
        if headline:
            for m in _HEADLINE_PLACEHOLDER.finditer(headline):
                items.append(evidence("persona.headline", headline, *m.span()))
            companies = [job.company for job in jobs if job.company]
            for m in _HEADLINE_COMPANY.finditer(headline):
                claimed = m.group("co")
                placeholder = _PLACEHOLDER_EMPLOYER.fullmatch(claimed.strip())
                # Only a captured history can contradict the headline's employer.
                missing = bool(jobs) and not any(_same_firm(claimed, c) for c in companies)
                if placeholder or missing:
                    items.append(evidence("persona.headline", headline, *m.span("co")))
        items = _unique(items)
        if not items:
            return None
        title = f"No employer that can be checked: {', '.join(ev.excerpt for ev in items[:3])}"
        return _finding("profile.no_checkable_employer", title, items, [_G_CHECKABLE])

    def _buzzwords(self, texts: _Texts) -> Finding | None:
        found = _BUZZWORDS.find(texts.pairs(["persona.headline"]))
        if found is None:
            return None
        distinct = {ev.excerpt.lower().replace("-", " ") for ev in found.evidence}
        if len(distinct) < self.min_buzzwords:
            return None
        found.title = f"Headline stacks buzzwords: {', '.join(sorted(distinct))}"
        return found


def _unique(items: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for ev in items:
        key = (ev.field, ev.start, ev.end)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def _finding(code: str, title: str, items: list[Evidence], guidance: list[str]) -> Finding:
    return Finding(
        code=code,
        category="profile",
        title=title,
        evidence=items,
        guidance=guidance,
        attack=_FAKE_ACCOUNT,
    )
