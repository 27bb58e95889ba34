"""The tactics as a reporter tells them: "he offered to fly me to Shanghai", "she told me not to
tell my employer", "I was contacted out of the blue".

An account (``Approach.account``) is read by every tactic rule, as the messages are; these extra
phrasings, in the first and third person, are read in the account only, where "me" is the target
and "he", "she" or "they" the persona. Each shares the code, title and guidance of its tactic.
"""

from __future__ import annotations

from counterlink.schema import Approach, text_fields
from counterlink.signals.base import PatternRule
from counterlink.signals.tactics.concealment import OFF_PLATFORM, SECRECY
from counterlink.signals.tactics.offers import PAID_INSIGHT, UNSOLICITED
from counterlink.signals.tactics.patterns import (
    _GAP30,
    _GAP40,
    _GAP60,
    _WORK_PRODUCT,
    _WORK_WORDS,
    _like,
)
from counterlink.signals.tactics.questions import QUESTION_LIST
from counterlink.signals.tactics.terms import TRAVEL, UNNAMED_CLIENT

# The evidence paths of a reporter's account (see schema.text_fields).
ACCOUNT_PATHS = ("account", "annotations.account")


def account_texts(approach: Approach) -> list[tuple[str, str]]:
    """The reporter's account of the approach as (path, text), or nothing."""
    return [(path, text) for path, text in text_fields(approach) if path in ACCOUNT_PATHS]


# Who acted, in an account: the persona as "he", "she", "they", "someone"... or a role.
_THEY = (
    r"(?:he|she|they|someone|somebody|the\s+(?:recruiter|headhunter|consultant|man|woman"
    r"|person|persona|sender|contact)|this\s+(?:person|recruiter|headhunter))"
)
_THEY_WORDS = (
    "he she they someone somebody recruiter headhunter consultant man woman person persona "
    "sender contact"
)
# An ask or an offer reported: "asked me to", "wanted me to", "told me to", "offered to".
_ASKED_ALTERNATIVES = (
    r"asked|wanted|told|urged|pressed|pushed|pressured|encouraged|invited|instructed|begged"
    r"|suggested|insisted|kept\s+asking|tried\s+to\s+get"
)
_ASKED = "(?:" + _ASKED_ALTERNATIVES + ")"
_ASKED_WORDS = (
    "asked wanted told urged pressed pushed pressured encouraged invited instructed begged "
    "suggested insisted kept tried"
)


ACCOUNT_UNSOLICITED = _like(
    UNSOLICITED,
    (
        (
            "contacted approached messaged reached wrote",
            r"\b(?:contacted|approached|messaged|reached\s+out\s+to|wrote\s+to)\s+me\b"
            r"|\bi\s+(?:was|got|had\s+been)\s+(?:contacted|approached|messaged)\b",
        ),
        ("blue unsolicited", r"\bout\s+of\s+the\s+blue\b|\bunsolicited\b"),
        (
            "request invitation invite message",
            "received got sent",
            r"\b(?:received|got|sent\s+me)\s+(?:a|an)\s+(?:\w+\s+){0,2}?(?:connection\s+request"
            r"|invitation|invite|message|inmail)\b",
        ),
    ),
)

ACCOUNT_TRAVEL = _like(
    TRAVEL,
    (
        (
            "fly take bring send",
            "offered offer promised wanted",
            r"\b(?:offered|offers?|promised|wanted)\s+to\s+(?:fly|take|bring|send)\s+me\b",
        ),
        (
            "travel flights flight airfare airfares trip hotel accommodation expenses visit stay "
            "ticket tickets",
            "pay paid paying cover covered covering fund funded sponsor sponsored",
            r"\b(?:pay|paid|paying|cover|covered|covering|fund|funded|sponsor|sponsored)\s+(?:for\s+)?"
            r"(?:all\s+(?:of\s+)?)?my\s+(?:\w+\s+)?(?:travel|flights?|air\s?fares?|trip|hotel"
            r"|accommodation|expenses|visit|stay|tickets?)\b",
        ),
        (
            "travel flights flight trip hotel accommodation expenses costs",
            "paid covered reimbursed care",
            r"\bmy\s+(?:\w+\s+)?(?:travel|flights?|trip|hotel|accommodation|expenses|costs)\b"
            + _GAP40
            + r"\b(?:paid|covered|reimbursed|taken\s+care\s+of)\b",
        ),
        (
            "trip visit",
            "offered promised invited",
            r"\b(?:offered|promised|invited)\s+(?:me\s+)?(?:on\s+|to\s+)?(?:an?\s+)?(?:\w+\s+){0,3}?"
            r"(?:trip|visit)\s+(?:to|abroad|overseas)\b",
        ),
    ),
)

ACCOUNT_PAID_INSIGHT = _like(
    PAID_INSIGHT,
    (
        (
            "pay paid",
            _WORK_WORDS,
            r"\b(?:offered\s+to\s+pay|would\s+pay|paid|pay)\s+me\b"
            + _GAP40
            + r"\b"
            + _WORK_PRODUCT
            + r"\b",
        ),
        (
            "write writing prepare produce draft",
            _ASKED_WORDS,
            r"\b"
            + _ASKED
            + r"\s+(?:me\s+)?to\s+(?:write|prepare|produce|draft)\b"
            + _GAP40
            + r"\b(?:reports?|papers?|analys[ie]s|briefings?|assessments?|articles?|memos?)\b"
            + _GAP60
            + r"\b(?:for|in\s+exchange\s+for|in\s+return\s+for)\s+(?:money|payment|a\s+fee|cash"
            r"|his|her|their|a|an|the)\b",
        ),
        (
            "money fee payment",
            "offered",
            r"\b(?:i\s+was|was|were|been)\s+offered\s+(?:money|a\s+fee|payment|cash)\b",
        ),
    ),
)

ACCOUNT_SECRECY = _like(
    SECRECY,
    (
        (
            _ASKED_WORDS + " said",
            r"\b(?:"
            + _ASKED_ALTERNATIVES
            + r"|said)\s+(?:me\s+)?(?:that\s+)?(?:i\s+)?(?:not\s+to|shouldn't"
            r"|should\s+not|mustn't|must\s+not|didn't\s+need\s+to|did\s+not\s+need\s+to|needn't"
            r"|wasn't\s+to|was\s+not\s+to)\s+(?:tell|mention|inform|say|discuss|report|let|involve"
            r"|declare)\b",
        ),
        (
            "keep",
            _ASKED_WORDS,
            r"\b" + _ASKED + r"\s+me\s+to\s+keep\s+(?:it|this|that|everything|things|the\s+\w+"
            r"|our\s+\w+)\s+(?:\w+\s+)?(?:secret|quiet|confidential|private|between\s+us"
            r"|to\s+myself|discreet|low[- ]key|under\s+wraps)",
        ),
        (
            "employer company manager boss colleagues security university department",
            "need know",
            r"\bmy\s+(?:employer|company|manager|boss|colleagues|security\s+team|university"
            r"|department)\s+(?:didn't|did\s+not|wouldn't|would\s+not|needn't|shouldn't)\s+(?:need"
            r"\s+to\s+|have\s+to\s+|ever\s+)?know\b",
        ),
        ("discreet", r"\b(?:be|stay|remain)\s+discreet\b"),
    ),
)

ACCOUNT_OFF_PLATFORM = _like(
    OFF_PLATFORM,
    (
        (
            "email e mail phone call gmail hotmail outlook yahoo linkedin",
            _ASKED_WORDS,
            r"\b" + _ASKED + r"\s+(?:me\s+)?(?:to\s+)?(?:move|switch|continue|talk|chat|carry\s+on"
            r"|take\s+(?:it|this|things|the\s+conversation)|go)\b" + _GAP30 + r"\b(?:to|on|via|over"
            r"|by|off)\s+(?:his\s+|her\s+|their\s+|a\s+|the\s+)?(?:personal\s+|private\s+)?(?:e-?mail"
            r"|phone|gmail|hotmail|outlook|yahoo|linkedin)\b",
        ),
        (
            "email mail number phone mobile",
            "my",
            r"\b(?:asked|wanted|requested|pushed)\s+(?:me\s+)?(?:for\s+)?my\s+(?:personal\s+|private"
            r"\s+|home\s+|mobile\s+)(?:e-?mail|mail|number|phone(?:\s+number)?|mobile)\b",
        ),
    ),
)

ACCOUNT_UNNAMED_CLIENT = _like(
    UNNAMED_CLIENT,
    (
        (
            "named said revealed disclosed told",
            "never",
            r"\bnever\s+(?:named|said|told\s+me|revealed|disclosed)\s+(?:who|which|the\s+(?:name"
            r"|client|company|firm)|his\s+client|her\s+client|their\s+client)",
        ),
        (
            "anonymous",
            _THEY_WORDS,
            r"\b" + _THEY + r"\s+(?:said|told\s+me)\s+(?:that\s+)?(?:the|his|her|their)\s+"
            r"(?:clients?|customers?|partners?)\s+(?:wanted|wished|preferred|had)\s+to\s+"
            r"(?:stay|remain)\s+anonymous\b",
        ),
    ),
)

ACCOUNT_QUESTION_LIST = _like(
    QUESTION_LIST,
    (
        (
            "questions",
            "sent gave emailed asked",
            r"\b(?:sent|gave|emailed|asked)\s+me\s+(?:a\s+(?:long\s+)?(?:list|set|series)\s+of"
            r"|several|many|lots\s+of|a\s+lot\s+of|dozens\s+of|detailed)\s+(?:\w+\s+)?questions\b",
        ),
    ),
)

ACCOUNT_RULES: tuple[PatternRule, ...] = (
    *ACCOUNT_UNSOLICITED,
    *ACCOUNT_PAID_INSIGHT,
    *ACCOUNT_OFF_PLATFORM,
    *ACCOUNT_TRAVEL,
    *ACCOUNT_SECRECY,
    *ACCOUNT_UNNAMED_CLIENT,
    *ACCOUNT_QUESTION_LIST,
)
