"""Requests the persona makes of the target: CV, projects, colleagues, clearance, and sensitive
information (personal, credentials, financial, research, corporate, government).

A request is an ask directed at the target ("could you share...", "I'd need your...", "what is
your...?", "send me..."), so every rule matches the *object* of an ask and then requires a
request cue in the same sentence (``REQUEST_CUES``); mentions ("we protect your personal data",
"I'll send you the job description", "my address is...") have no cue or are vetoed by
``REQUEST_EXCLUDE``. Evidence is the asking sentence. This detector is also the single source
of truth for :mod:`counterlink.signals.escalation`.

Like the tactics, each request is several rules sharing its code, one per phrasing of the object
with the words its matches must contain, so only the phrasings a message could hold are run.
"""

from __future__ import annotations

from counterlink.signals.base import Part, PatternDetector, PatternRule
from counterlink.signals.requests.career import (
    REQUEST_CLEARANCE,
    REQUEST_COLLEAGUES,
    REQUEST_CV,
    REQUEST_PROJECTS,
)
from counterlink.signals.requests.cues import REQUEST_CUES, REQUEST_EXCLUDE
from counterlink.signals.requests.insider import (
    SENSITIVE_CORPORATE,
    SENSITIVE_GOVERNMENT,
    SENSITIVE_RESEARCH,
)
from counterlink.signals.requests.personal import (
    SENSITIVE_CREDENTIALS,
    SENSITIVE_FINANCIAL,
    SENSITIVE_PERSONAL,
)

__all__ = [
    "CAREER_CODES",
    "REQUEST_CLEARANCE",
    "REQUEST_COLLEAGUES",
    "REQUEST_CUES",
    "REQUEST_CV",
    "REQUEST_EXCLUDE",
    "REQUEST_PROJECTS",
    "REQUEST_RULES",
    "SENSITIVE_CORPORATE",
    "SENSITIVE_CREDENTIALS",
    "SENSITIVE_FINANCIAL",
    "SENSITIVE_GOVERNMENT",
    "SENSITIVE_PERSONAL",
    "SENSITIVE_RESEARCH",
    "Part",
    "RequestsDetector",
]

# Career asks a genuine recruiter also makes; escalation needs an ask beyond them.
CAREER_CODES = frozenset({REQUEST_CV[0].code, REQUEST_PROJECTS[0].code})

REQUEST_RULES: tuple[PatternRule, ...] = (
    *REQUEST_CV,
    *REQUEST_PROJECTS,
    *REQUEST_COLLEAGUES,
    *REQUEST_CLEARANCE,
    *SENSITIVE_PERSONAL,
    *SENSITIVE_CREDENTIALS,
    *SENSITIVE_FINANCIAL,
    *SENSITIVE_RESEARCH,
    *SENSITIVE_CORPORATE,
    *SENSITIVE_GOVERNMENT,
)


class RequestsDetector(PatternDetector):
    """Requests for the target's CV, work, colleagues, clearance and sensitive information."""

    name = "requests"
    rules = REQUEST_RULES
