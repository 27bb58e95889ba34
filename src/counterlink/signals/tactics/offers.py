"""The offer itself: unsolicited opportunity, too good to be true, paid insight."""

from __future__ import annotations

from counterlink.signals.guidance import (
    ASIO_TBYL,
    MI5_2025,
    NPSA_TBYL,
    NZ_TBYL,
    ODNI_NEVERNIGHT,
    YEO,
)
from counterlink.signals.tactics.patterns import (
    _AMOUNT,
    _BIG_AMOUNT,
    _GAP40,
    _GAP60,
    _MONEY_WORDS,
    _WORK_PRODUCT,
    _WORK_WORDS,
    _tactic,
)

# An offer of any kind (role, paid work, invitation, funding, collaboration), read only in the
# persona's opening message of a conversation the persona started (see TacticsDetector.detect).
UNSOLICITED = _tactic(
    "message.unsolicited_opportunity",
    "Unsolicited contact offering an opportunity",
    (NPSA_TBYL, NZ_TBYL, ODNI_NEVERNIGHT),
    (
        (
            "recruiting recruiter recruiters recruitment hiring headhunting headhunter "
            "headhunters head talent executive search personalberater personalberaterin "
            "chasseur",
            r"\b(?:recruit(?:ing|er|ers|ment)|hiring|head-?hunt(?:ing|ers?)|talent\s+(?:partner"
            r"|acquisition|scout)|executive\s+search|(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?"
            r"search\s+(?:for|on\s+behalf\s+of)|personalberater(?:in)?|chasseur\s+de\s+têtes)\b",
        ),
        (
            "role roles position positions job jobs vacancy vacancies opening openings post "
            "opportunity opportunities offer offering proposal proposition gig engagement",
            r"\b(?:roles?|positions?|jobs?|vacanc(?:y|ies)|openings?|post|opportunit(?:y|ies)"
            r"|offer|offering|proposal|proposition|gig|engagement)\b",
        ),
        (
            "invite invites invited inviting invitation invitations nominated nomination "
            "shortlisted selected honoured honored welcome",
            r"\binvit(?:e|es|ed|ing|ation|ations)\b|\bnominat(?:ed|ion)\b|\bshortlisted\b"
            r"|\bselected\s+(?:as|for)\b|\bhonou?red\s+to\b|\bwelcome\s+you\s+as\b",
        ),
        (
            "paid fee fees honorarium honoraria stipend bursary retainer consulting consultancy "
            "consultant advisory advisor adviser fellowship fellow panel board commission "
            "commissioned commissions contributor",
            r"\b(?:paid|fees?|honorari(?:um|a)|stipend|bursary|retainer|consult(?:ing|ancy|ant)"
            r"|advis(?:ory|or|er)|fellowship|fellow|panel|board|commission(?:ed|s)?"
            r"|contributor)\b",
        ),
        (
            "invest investing investment investor cheque cheques term lead fund funding grant "
            "joint license licence",
            r"\b(?:invest(?:ing|ment|or)?|cheques?|term\s+sheet|lead\s+your|fund(?:ing)?|grant"
            r"|joint\s+venture|licen[cs]e\s+(?:your|the))\b",
        ),
        (
            "collaborate collaborating collaboration collaborations partnership co coauthor "
            "coauthoring joint",
            r"\b(?:collaborat(?:e|ing|ion|ions)|partnership|co-?author(?:ing)?|joint\s+(?:project"
            r"|research|paper|bid|work))\b",
        ),
        (
            "profile background cv page work research",
            "across found noticed saw viewed spotted discovered came",
            r"\b(?:came|come)\s+across\s+your\s+(?:\w+\s+)?(?:profile|work|research|background|cv"
            r"|page)\b|\b(?:found|noticed|saw|viewed|spotted|discovered)\s+your\s+(?:\w+\s+)?"
            r"(?:profile|background|cv|page)\b",
        ),
        (
            "would might",
            r"\b(?:would|might)\s+you\s+be\s+(?:interested|open)\b|\bwould\s+you\s+(?:consider"
            r"|like\s+to\s+join)\b",
        ),
        (
            "proposons poste opportunité invitons rémun* suchen stelle angebot einladen "
            "einladung honorar gewinnen 邀请 机会 职位 合作 项目 有偿",
            r"\b(?:nous\s+proposons|poste|opportunité|invitons|rémun[éè]r\w+)\b|\b(?:wir\s+suchen"
            r"|stelle|angebot|einladen|einladung|honorar|gewinnen)\b|邀请|机会|职位|合作|项目|有偿",
        ),
    ),
)

TOO_GOOD = _tactic(
    "message.too_good_to_be_true",
    "An offer too good to be true: outsized pay for little work, work on your own terms",
    (NPSA_TBYL, ASIO_TBYL),
    (
        # Money for a sentence's worth of work: "£600 per piece", "$400/call", "€1,000 for 20
        # minutes", "2 000 € pour une note".
        (
            _MONEY_WORDS,
            _WORK_WORDS,
            _AMOUNT + r"[^.!?\n]{0,25}?(?:\b(?:per|each|for\s+(?:a|each|every|one|the|your"
            r"|writing|producing|preparing|giving|\d+)|a|pour|pro|je)\s+|/\s?)(?:[\w-]+\s+){0,3}?"
            + _WORK_PRODUCT
            + r"\b",
        ),
        (_MONEY_WORDS, "each", _AMOUNT + r"\s+each\b"),
        # A large honorarium, fee or stipend: thousands, not a token £200.
        (
            "honorarium honoraria stipend bursary fee allowance retainer remunerate remunerated "
            "remunerates remunerating remuneration remunerations",
            _MONEY_WORDS,
            r"\b(?:honorari(?:um|a)|stipend|bursary|fee|allowance|retainer|remunerat\w+)\b"
            r"[^.!?\n]{0,25}?" + _BIG_AMOUNT,
        ),
        (
            "honorarium honoraria stipend bursary fee allowance retainer",
            _MONEY_WORDS,
            _BIG_AMOUNT + r"[^.!?\n]{0,15}?\b(?:honorari(?:um|a)|stipend|bursary|fee|allowance"
            r"|retainer)\b",
        ),
        (
            "thousands",
            r"\bthousands\s+(?:of\s+(?:pounds|dollars|euros)\s+)?(?:for|per|to\s+write|to\s+prepare"
            r"|to\s+give)\b",
        ),
        (
            "lucrative handsomely paid money generously",
            r"\b(?:lucrative|handsomely|highly[- ]paid|well[- ]paid|(?:easy|quick|fast)\s+money"
            r"|generously\s+(?:paid|rewarded|compensated)|paid\s+(?:very|extremely|really)\s+well)\b",
        ),
        ("pay", r"\bpay\s+(?:very\s+|really\s+)?well\b"),
        (
            "generous",
            r"\b(?:very|extremely|highly)\s+generous\s+(?:fee|fees|pay|compensation|remuneration"
            r"|honorari(?:um|a))\b|\bgenerous\s+(?:\w+\s+)?(?:allowance|day\s+rates?|rates"
            r"|honorari(?:um|a)|stipend)\b",
        ),
        (
            "high generous attractive",
            r"\b(?:very|extremely|exceptionally|unusually)\s+(?:high|generous|attractive)\s+"
            r"(?:salary|pay|fee|fees|rates?|compensation|package|remuneration)\b",
        ),
        (
            "little minimal real",
            r"\b(?:little|minimal|no\s+real|very\s+little)\s+(?:time|effort|work|commitment)\s+"
            r"(?:is\s+|will\s+be\s+)?(?:required|needed|involved|on\s+your\s+part)\b",
        ),
        (
            "hours hour minutes evening evenings",
            r"\b(?:only|just)\s+(?:takes?|requires?|needs?)\s+(?:a\s+few|an|one|two|a\s+couple\s+of)"
            r"\s+(?:hours?|minutes|evenings?)\b|\ba\s+few\s+hours\s+(?:max|maximum|at\s+most)\b"
            r"|\b(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five)\s+hours?\s+(?:a|per|each)\s+"
            r"(?:week|month)\b",
        ),
        (
            "alongside addition top without need",
            r"\b(?:alongside|in\s+addition\s+to|on\s+top\s+of|without\s+(?:leaving|quitting"
            r"|giving\s+up)|no\s+need\s+to\s+(?:leave|quit|give\s+up))\s+your\s+(?:current\s+"
            r"|day\s+|existing\s+|present\s+|full[- ]time\s+)?(?:job|role|position|work"
            r"|employment|employer)\b",
        ),
        (
            "anywhere whenever own",
            r"\bwork\s+(?:from\s+)?(?:anywhere|whenever)\b|\bset\s+your\s+own\s+(?:hours|schedule)\b",
        ),
        (
            "simple easy light quick",
            "work job task tasks gig money things",
            r"\b(?:simple|easy|light)\s+(?:work|job|task|tasks|gig|money|things)\b"
            r"|\bquick\s+(?:\w+\s+)?(?:gig|task|money)\b",
        ),
        ("too", r"\btoo\s+good\s+to\s+(?:be\s+true|miss|pass\s+up|refuse|turn\s+down)\b"),
        (
            "prestigious",
            r"\bprestigious\s+(?:\w+\s+)?(?:journal|publication|editorial\s+board|fellowship|award"
            r"|platform|think[- ]tank|forum)\b",
        ),
        (
            "double triple twice times 2x 3x 4x 5x 6x 10x",
            "your rate",
            r"\b(?:double|triple|twice|(?:\d+|two|three|four|five)\s*(?:x|times))\s+(?:your|what"
            r"\s+you|the\s+(?:market|going)\s+rate)\b",
        ),
        ("double", r"\b(?:roughly|about|nearly|almost)\s+double\b"),
    ),
)

# What the offer pays for: inside knowledge, or a written or spoken product for clients.
_INSIGHT_PRODUCT = (
    r"(?:reports?(?!\s+(?:to|into|directly))|notes?|briefs?|briefings?|pieces?|papers?|articles?"
    r"|analys[ie]s|insights?|views?|opinions?|perspectives?|thoughts|contributors?"
    r"|contributions?|write-?ups?|newsletters?|pick\s+your\s+brain|expert\s+panel|panellists?"
    r"|analysen|hintergrundanalysen|études?|rapports?)"
)
_PAY = (
    r"(?:paid|pay|pays|paying|fee|fees|honorari(?:um|a)|honorar|retainer|compensat\w+"
    r"|remunerat\w+|rémun[éè]r\w+|stipend|commission(?:s|ed)?|劳务费|有偿|报酬)"
)
_INSIGHT_WORDS = (
    "report reports note notes brief briefs briefing briefings piece pieces paper papers "
    "article articles analysis analyses insight insights view views opinion opinions "
    "perspective perspectives thoughts contributor contributors contribution contributions "
    "write writeup writeups newsletter newsletters brain panel panellist panellists analysen "
    "hintergrundanalysen étude études rapport rapports"
)
_PAY_WORDS = (
    "paid pay pays paying fee fees honorarium honoraria honorar retainer compensate compensated "
    "compensates compensating compensation compensations "
    "remunerate remunerated remunerates remunerating remuneration remunerations rémun* "
    "stipend commission commissions commissioned 劳务费 有偿 报酬"
)

PAID_INSIGHT = _tactic(
    "message.paid_insight",
    'Paid reports or consultancy for "non-public" or insider insight',
    (MI5_2025, NPSA_TBYL, YEO),
    (
        ("non nonpublic", r"\bnon[- ]?public\b"),
        (
            "insider",
            r"\binsider\s+(?:insights?|information|knowledge|views?|perspectives?|understanding"
            r"|take|access)\b",
        ),
        (
            "not",
            r"\bnot\s+(?:yet\s+)?(?:publicly\s+(?:available|known|released|disclosed)|public"
            r"|announced|available\s+(?:in\s+the\s+press|to\s+the\s+public|publicly)"
            r"|in\s+the\s+(?:public\s+(?:domain|papers|record)|press)|(?:been\s+)?made\s+public)\b",
        ),
        (
            "inside internal behind exclusive sight",
            r"\b(?:inside|internal|behind[- ]the[- ]scenes|exclusive)\s+(?:\w+\s+)?(?:insights?"
            r"|information|knowledge|perspectives?|picture|understanding|intelligence)\b"
            r"|\bbehind\s+the\s+scenes\b|\bearly\s+sight\b",
        ),
        (
            "information thing things",
            r"\b(?:information|things?)\s+you\s+(?:know|hear|learn|see)\s+(?:from|through|at|in)\s+"
            r"your\s+(?:work|job|role|position|contacts)\b",
        ),
        (
            _PAY_WORDS,
            _INSIGHT_WORDS,
            _PAY
            + r"\b"
            + _GAP40
            + r"\b"
            + _INSIGHT_PRODUCT
            + r"|\b"
            + _INSIGHT_PRODUCT
            + _GAP40
            + r"\b"
            + _PAY
            + r"\b",
        ),
        ("paid", r"\bpaid\s+(?:[\w-]+\s+){0,2}?(?:calls?|consultations?|sessions?|basis)\b"),
        (
            "client clients",
            r"\b(?:write|prepare|produce|draft|provide|compile)\b" + _GAP40 + r"\b(?:reports?"
            r"|papers?|analys[ie]s|briefings?|assessments?|memos?|write-?ups?)\b"
            + _GAP40
            + r"\bfor\s+(?:my|our|his|her|their|a|an|the|some)\s+(?:\w+\s+)?clients?\b"
            r"|\b(?:insights?|views?|perspectives?|analysis|knowledge)\b" + _GAP60 + r"\bfor\s+"
            r"(?:my|our|his|her|their)\s+(?:\w+\s+)?clients?\b",
        ),
        # Written work for money: "reports in exchange for money", "papers for a fee".
        (
            "exchange return fee money payment cash compensation remuneration",
            _WORK_WORDS,
            r"\b" + _WORK_PRODUCT + r"\b" + _GAP60 + r"\b(?:in\s+exchange\s+for|in\s+return\s+for"
            r"|against|for)\s+(?:some\s+|a\s+|good\s+)?(?:money|payment|(?:a\s+)?fee|fees|cash"
            r"|compensation|remuneration)\b",
        ),
        # An amount offered for a written product: "offered me £2,000 for a short paper".
        (
            "offer offers offered offering",
            _WORK_WORDS,
            r"\boffer(?:s|ed|ing)?\s+(?:me\s+|you\s+|us\s+)?(?:up\s+to\s+|around\s+|about\s+)?"
            + _AMOUNT
            + r"[^.!?\n]{0,20}?\b(?:for|per|each)\s+(?:\w+\s+){0,3}?"
            + _WORK_PRODUCT
            + r"\b",
        ),
    ),
    # Compliant expert networks say what may not be shared; that sentence is not the ask.
    exclude=(
        r"\bcompliance\b|\bnot\s+(?:to\s+)?(?:share|discuss|disclose|ask)\b[^.!?\n]{0,30}"
        r"\b(?:confidential|proprietary|non-public)\b",
    ),
)
