"""The requests as a reporter tells them: "he asked me for my CV", "she wanted the names of my
colleagues", "they kept asking what I was working on".

Every request rule has a twin read only in the account (``Approach.account``): the same object,
with "my" wherever the message form says "your", asked in the reporter's words (``ACCOUNT_CUES``)
as well as the persona's (``REQUEST_CUES``). The twin drops the exclusion of the persona's own
offers ("I'll send you..."): in an account, "I sent it" is the reporter.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from counterlink.signals.base import Part, PatternRule, rules_from_parts
from counterlink.signals.guidance import PHISHING_FOR_INFORMATION
from counterlink.signals.requests.career import REQUEST_COLLEAGUES, REQUEST_PROJECTS
from counterlink.signals.requests.cues import REQUEST_CUES, REQUEST_EXCLUDE

# An ask reported: "he asked (me) for", "she wanted", "they kept asking", "I was asked".
ACCOUNT_CUES: tuple[str, ...] = (
    r"\b(?:asked|asking|asks|wanted|wants|requested|requesting|pressed|pressing|pushed|pushing"
    r"|insisted|demanded|quizzed|probed|pumped|fished|fishing|enquired|inquired)\b",
    r"\b(?:keen|curious|eager)\s+to\s+(?:know|learn|hear|get|see)\b|\binterested\s+in\s+(?:my|the)\b",
)

_YOUR = re.compile(r"(?<![a-z])your(?![a-z])")


def _mine(pattern: str) -> str:
    """A message pattern read in an account: "your" becomes "your" or "my"."""
    return _YOUR.sub("(?:your|my)", pattern)


def _keywords(group: Sequence[str]) -> tuple[str, ...]:
    return tuple(group) + (("my",) if "your" in group and "my" not in group else ())


def account_twin(rule: PatternRule) -> PatternRule:
    """``rule`` as it reads in an account (see the module docstring)."""
    return dataclasses.replace(
        rule,
        patterns=tuple(_mine(p) for p in rule.patterns),
        exclude=tuple(_mine(p) for p in rule.exclude if p != REQUEST_EXCLUDE[0]),
        require=tuple(_mine(p) for p in rule.require) + ACCOUNT_CUES,
        keywords=_keywords(rule.keywords),
        also_keywords=_keywords(rule.also_keywords),
    )


def _more(rules: tuple[PatternRule, ...], parts: tuple[Part, ...]) -> tuple[PatternRule, ...]:
    first = rules[0]
    return rules_from_parts(
        first.code,
        first.title,
        tuple(first.guidance),
        parts,
        attack=PHISHING_FOR_INFORMATION,
        require=REQUEST_CUES + ACCOUNT_CUES,
    )


# Objects only an account words this way: "what I was working on", "who else was on my team".
ACCOUNT_ONLY: tuple[PatternRule, ...] = (
    *_more(
        REQUEST_PROJECTS,
        (
            (
                "working developing building researching designing testing",
                r"\bwhat\s+(?:exactly\s+)?(?:i|we|my\s+(?:\w+\s+)?(?:team|group|lab|department"
                r"|unit|company))\s+(?:was|were|am|are|is)\s+(?:currently\s+|now\s+)?(?:working\s+on"
                r"|developing|building|researching|designing|testing)\b",
            ),
        ),
    ),
    *_more(
        REQUEST_COLLEAGUES,
        (
            (
                "who",
                r"\bwho\s+(?:else\s+)?(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:in|on|at|from)\s+my\s+"
                r"(?:\w+\s+)?(?:team|group|lab|department|unit|division|office|project|programme)\b",
            ),
        ),
    ),
)
