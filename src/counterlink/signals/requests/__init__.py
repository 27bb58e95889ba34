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

The reporter's account is read too, by each rule's twin in :mod:`.accounts` ("he asked me for
my CV"); French, German, Spanish, Italian and Dutch asks (:mod:`.foreign`) are read on text in
their language only.
"""

from __future__ import annotations

from counterlink.schema import Approach, Finding
from counterlink.signals.base import Part, PatternDetector, PatternRule, scoped_texts
from counterlink.signals.language import LanguageRules, merge_findings
from counterlink.signals.requests.accounts import ACCOUNT_CUES, ACCOUNT_ONLY, account_twin
from counterlink.signals.requests.career import (
    REQUEST_CLEARANCE,
    REQUEST_COLLEAGUES,
    REQUEST_CV,
    REQUEST_PROJECTS,
)
from counterlink.signals.requests.cues import REQUEST_CUES, REQUEST_EXCLUDE
from counterlink.signals.requests.foreign import FOREIGN_REQUESTS
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
from counterlink.signals.tactics.accounts import account_texts

__all__ = [
    "ACCOUNT_CUES",
    "ACCOUNT_REQUEST_RULES",
    "CAREER_CODES",
    "FOREIGN_REQUESTS",
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


ACCOUNT_REQUEST_RULES: tuple[PatternRule, ...] = (
    *(account_twin(rule) for rule in REQUEST_RULES),
    *ACCOUNT_ONLY,
)


class _AccountRequests(PatternDetector):
    """The request rules as they read in a reporter's account."""

    name = "requests_account"
    rules = ACCOUNT_REQUEST_RULES


_ACCOUNT = _AccountRequests()
_FOREIGN = LanguageRules(FOREIGN_REQUESTS)


class RequestsDetector(PatternDetector):
    """Requests for the target's CV, work, colleagues, clearance and sensitive information."""

    name = "requests"
    rules = REQUEST_RULES

    def detect(self, approach: Approach) -> list[Finding]:
        messages = scoped_texts(approach, "persona_messages")
        account = account_texts(approach)
        texts = messages + account
        return merge_findings(
            (self.scan(messages), _ACCOUNT.scan(account) if account else [], _FOREIGN.scan(texts)),
            texts,
            list(self.codes),
        )
