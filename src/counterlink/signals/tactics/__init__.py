"""Persuasion tactics in the persona's messages, one finding code per published red flag.

Each tactic cites the guidance it reflects (formats/RED-FLAGS.md). Patterns favour the phrasing
of hostile approaches over what genuine recruiters also write: a named client with a salary band,
a "confidential search", a work email or a call are not flagged here (the scorer weighs the
weaker signals, such as an unsolicited opportunity, against data). A few patterns cover Chinese,
French, German and Russian for the moves that matter most across languages: leaving the
platform, payment and secrecy.

A tactic is several :class:`PatternRule` s sharing its code, one per phrasing, each with the
words its matches must contain: the detector then runs only the few phrasings whose words a
message holds (see ``base._KeywordIndex``), which keeps it fast.

The reporter's account (``Approach.account``) is read with the messages, and with the first- and
third-person phrasings of :mod:`.accounts` ("he offered to fly me to Shanghai"). French, German,
Spanish, Italian and Dutch phrasings (:mod:`.foreign`) keep their hits only on text in their
language (:class:`counterlink.signals.language.LanguageRules`).
"""

from __future__ import annotations

from counterlink.schema import Approach, Finding
from counterlink.signals.base import Part, PatternDetector, PatternRule, scoped_texts
from counterlink.signals.language import LanguageRules, merge_findings
from counterlink.signals.tactics.accounts import ACCOUNT_PATHS, ACCOUNT_RULES, account_texts
from counterlink.signals.tactics.concealment import OFF_PLATFORM, SECRECY
from counterlink.signals.tactics.foreign import FOREIGN_TACTICS
from counterlink.signals.tactics.offers import PAID_INSIGHT, TOO_GOOD, UNSOLICITED
from counterlink.signals.tactics.pressure import FLATTERY, URGENCY
from counterlink.signals.tactics.questions import QUESTION_BRIEF, QUESTION_LIST
from counterlink.signals.tactics.terms import IRREGULAR_PAYMENT, TRAVEL, UNNAMED_CLIENT

__all__ = [
    "ACCOUNT_PATHS",
    "ACCOUNT_RULES",
    "FLATTERY",
    "FOREIGN_TACTICS",
    "IRREGULAR_PAYMENT",
    "OFF_PLATFORM",
    "PAID_INSIGHT",
    "QUESTION_LIST",
    "SECRECY",
    "TACTIC_RULES",
    "TOO_GOOD",
    "TRAVEL",
    "UNNAMED_CLIENT",
    "UNSOLICITED",
    "URGENCY",
    "Part",
    "TacticsDetector",
    "account_texts",
]

TACTIC_RULES: tuple[PatternRule, ...] = (
    *UNSOLICITED,
    *TOO_GOOD,
    *PAID_INSIGHT,
    *OFF_PLATFORM,
    *TRAVEL,
    *FLATTERY,
    *URGENCY,
    *SECRECY,
    *IRREGULAR_PAYMENT,
    *UNNAMED_CLIENT,
    *QUESTION_LIST,
    *QUESTION_BRIEF,
)
_UNSOLICITED_CODE = UNSOLICITED[0].code
_OTHER_CODES = frozenset(rule.code for rule in TACTIC_RULES) - {_UNSOLICITED_CODE}


class _AccountTactics(PatternDetector):
    """The first- and third-person phrasings, read only in an account."""

    name = "tactics_account"
    rules = ACCOUNT_RULES


_ACCOUNT = _AccountTactics()
_FOREIGN = LanguageRules(FOREIGN_TACTICS)


class TacticsDetector(PatternDetector):
    """The published persuasion tactics of hostile approaches, found in the persona's messages."""

    name = "tactics"
    rules = TACTIC_RULES

    def detect(self, approach: Approach) -> list[Finding]:
        messages = scoped_texts(approach, "persona_messages")
        account = account_texts(approach)
        texts = messages + account
        # Only an opening the persona sent is unsolicited; an offer the target asked for is not.
        # An account says so in its own words (:data:`ACCOUNT_RULES`).
        first = approach.messages[0] if approach.messages else None
        opener = (
            messages[:1] if first is not None and first.sender == "persona" and first.text else []
        )
        return merge_findings(
            (
                self.scan(opener, codes={_UNSOLICITED_CODE}),
                self.scan(texts, codes=_OTHER_CODES),
                _ACCOUNT.scan(account) if account else [],
                _FOREIGN.scan(texts),
            ),
            texts,
            list(self.codes),
        )
