"""Ordinary unwanted traffic: spam, scams and pitches that are not a state approach.

Most of what an inbox holds beyond colleagues and recruiters is commercial: loan offers,
multi-level marketing, sponsorship requests, course adverts, job seekers, sales and SEO pitches,
crypto "investment", advance-fee scams. None of it is what NPSA, MI5 or ASIO describe
(elicitation of non-public knowledge, paid reports, trips, secrecy, cultivation of a person with
access), and telling such a sender's message apart keeps a security team's queue for approaches
that matter. Each finding is of category ``unwanted``; the scorer may weigh it at or below 0
(learn/priors.py), and an assessment whose findings are of this kind, with none of a state
approach's own moves, gets its own plain advice (counterlink.assess.kind_of, counterlink.advice)
instead of the hostile-approach one.

The persona's messages are read, and the reporter's account ("a marketer wanted $399 to publicise
my book"). Phrasings a state approach also uses ("a paid partnership", "a programme", "extra
income") are vetoed in a sentence that speaks of reports, papers, insight, research or trips.
"""

from __future__ import annotations

from counterlink.schema import Approach, Finding
from counterlink.signals.base import PatternDetector, PatternRule, scoped_texts
from counterlink.signals.tactics.accounts import account_texts

# A sentence about what a state approach buys or offers is never read as a pitch.
_STATE_WORDS = (
    r"\b(?:reports?|papers?|insights?|research|expertise|consult\w*|brief(?:ing)?s?|"
    r"non-?public|confidential|think[-\s]tank|expenses?\s+paid|flights?|visit|delegation|"
    r"fellowship|talents?)\b",
)


def _rules(
    code: str, title: str, *parts: tuple[str, str], exclude: tuple[str, ...] = ()
) -> tuple[PatternRule, ...]:
    return tuple(
        PatternRule(
            code=code,
            category="unwanted",
            title=title,
            patterns=(pattern,),
            keywords=tuple(keywords.split()),
            exclude=exclude,
        )
        for keywords, pattern in parts
    )


_MONEY = r"(?:[$£€]\s?\d[\d,.]*\s?k?|\d[\d,.]*\s?k?\s?(?:usd|gbp|eur|usdt)\b)"

_RULES: tuple[PatternRule, ...] = (
    *_rules(
        "unwanted.loan_offer",
        "A loan or credit offer",
        (
            "loan loans lending lender credit financing funding finance",
            r"\b(?:business|personal|quick|instant|fast|low[-\s]interest|unsecured|guaranteed|"
            r"revenue[-\s]based|working[-\s]capital|merchant\s+cash)\s+"
            r"(?:loans?|credit|financing|funding|finance|advance)\b|\bloans?\s+(?:of|from|up\s+to|at)\s+"
            r"|\b(?:approved|approval)\s+(?:within|in)\s+\d+\s+(?:hours?|hrs?|days?)\b"
            r"|\bbad\s+credit\s+(?:ok|considered|accepted|welcome)",
        ),
        (
            "approved pre-approved preapproved borrow collateral capital",
            r"\bpre-?approved\s+for\s+(?:up\s+to\s+)?" + _MONEY + r"|\bno\s+collateral\b"
            r"|\b(?:staff|employees|you)\s+(?:can\s+|to\s+)?borrow\s+up\s+to\b"
            r"|\bneed\s+(?:some\s+)?working\s+capital\b",
        ),
    ),
    *_rules(
        "unwanted.mlm",
        "A multi-level marketing or 'be your own boss' pitch",
        (
            "boss income downline passive residual network marketing financial freedom side "
            "hustle business opportunity",
            r"\b(?:be\s+your\s+own\s+boss|passive\s+income|residual\s+income|downline"
            r"|network\s+marketing|financial\s+freedom|side\s+hustle|work\s+from\s+home\s+"
            r"(?:business|opportunity)|ground[-\s]floor\s+opportunity)\b",
        ),
        (
            "team brand phone shifts selling income stream",
            r"\b(?:growing|grow|building|build|join)\s+my\s+team\b|\bwellness\s+brand\b"
            r"|\bearn\s+(?:\w+\s+)?from\s+(?:your|my|their|her|his)\s+phone\b"
            r"|\baround\s+(?:your|their|her|his)\s+(?:shifts|kids|children|day\s+job)\b"
            r"|\bno\s+selling\s+to\s+friends\b|\b(?:extra|additional|second)\s+income\s+stream\b",
        ),
        exclude=_STATE_WORDS,
    ),
    *_rules(
        "unwanted.sponsorship_request",
        "A request for sponsorship, a donation or a paid partnership",
        (
            "sponsor sponsoring sponsorship sponsors donate donation donations fundraiser "
            "fundraising",
            r"\b(?:sponsor(?:ing|ship)?\s+(?:our|my|the|a|an)\b|looking\s+for\s+(?:\w+\s+){0,2}?"
            r"sponsors|(?:businesses|companies)\s+to\s+sponsor|(?:make\s+a\s+)?donat(?:e|ion)\s+"
            r"(?:to|towards)|fundrais(?:er|ing)\s+(?:for|page))",
        ),
        (
            "partnership collaboration collab kit influencer",
            r"\b(?:paid|brand)\s+(?:partnership|collaboration|collab)\b|\bmedia\s+kit\b",
        ),
        exclude=_STATE_WORDS,
    ),
    *_rules(
        "unwanted.course_advert",
        "An advert for a course, training or certification",
        (
            "course courses bootcamp masterclass webinar certification enrol enroll discount "
            "early-bird early bird",
            r"\b(?:enrol(?:l|ment)?\s+(?:now|today)|early[-\s]bird\s+(?:price|discount|rate)"
            r"|(?:online|certification|training)\s+(?:course|programme|program|bootcamp)\s+"
            r"(?:starts|is\s+open|for\s+only|at\s+just)|masterclass|\d+%\s+(?:off|discount))",
        ),
        (
            "bootcamp mba course programme program intake places alumni brochure scholarships "
            "careers",
            r"\b\d+[-\s](?:week|month|day)\s+(?:[\w&]+\s+){0,4}?(?:programme|program|course|"
            r"bootcamp|mba)\b|\b(?:online|executive|part[-\s]time)\s+mba\b"
            r"|\bnext\s+(?:intake|cohort)\b|\b(?:places|seats|spots)\s+left\s+(?:at|on)\b"
            r"|\bfounding\s+price\b|\bbook\s+you\s+a\s+free\s+(?:careers?\s+)?call\b"
            r"|\bof\s+(?:our\s+)?alumni\s+(?:got|were|have\s+been)\s+promoted\b",
        ),
        exclude=_STATE_WORDS,
    ),
    *_rules(
        "unwanted.job_seeker",
        "Someone looking for a job or a referral from you",
        (
            "looking seeking searching refer referral opening openings vacancy vacancies cv "
            "resume job documents",
            r"\b(?:i\s+am|i'm)\s+(?:currently\s+)?(?:looking|searching)\s+for\s+(?:a\s+)?"
            r"(?:new\s+)?(?:job|role|position|opportunit\w+|work)\b|\b(?:could|can|would)\s+you\s+"
            r"(?:please\s+|be\s+able\s+to\s+)?refer\s+me\b|\bany\s+(?:job\s+)?(?:openings|vacancies)"
            r"\s+(?:at|in)\s+your\b|\b(?:i\s+have\s+)?attached\s+my\s+(?:cv|resume)\b"
            r"|\bi\s+(?:will\s+|can\s+|shall\s+)?send\s+(?:you\s+)?(?:my\s+)?(?:cv|resume|documents)\b",
        ),
        (
            "kindly provide give job ready come relocate",
            r"\b(?:kindly|please)\s+(?:provide|give|offer)\s+me\s+(?:with\s+)?(?:a\s+|any\s+)?"
            r"(?:job|work|position|vacancy)\b|\bready\s+to\s+(?:come|move|relocate)\s+to\s+"
            r"(?:the\s+)?(?:uk|us|usa|canada|europe|germany|your\s+country)\b",
        ),
    ),
    *_rules(
        "unwanted.sales_pitch",
        "A sales, marketing or SEO pitch",
        (
            "seo ranking website leads lead generation demo redesign traffic outsourcing google "
            "audit meetings sales",
            r"\b(?:seo\s+(?:services|audit|package|issues)|first\s+page\s+of\s+google|page\s+(?:1|one)"
            r"\s+(?:of\s+google\s+)?in\s+\d+\s+days|google\s+ranking|rank(?:ing)?\s+"
            r"(?:your\s+website|higher)|(?:qualified|b2b)\s+(?:leads|meetings)|lead\s+generation"
            r"|generat\w*\s+(?:more\s+)?(?:leads|sales)|redesign\s+your\s+website|(?:book|schedule)"
            r"\s+a\s+(?:quick\s+|free\s+)?demo|demo\s+video|website\s+traffic|outsourc\w+\s+"
            r"(?:partner|services|my|your)|free\s+(?:seo\s+|website\s+)?audit)\b",
        ),
        (
            "minutes stand stands exhibition expo floorplan fee website sites posts content use "
            "marketer market marketing",
            r"\bworth\s+(?:a\s+)?(?:10|15|20|ten|fifteen|twenty)\s+minutes\b"
            r"|\b(?:stands?|booths?)\s+left\s+at\b|\bsend\s+(?:you\s+)?the\s+floorplan\b"
            r"|\bthe\s+(?:participation|entry|listing)\s+fee\s+is\b"
            r"|\b(?:book|brand|music)\s+marketer\b|\bmarket\s+(?:my|your)\s+(?:book|brand)\b"
            r"|\bwebsite\s+looks\s+(?:a\s+bit\s+)?(?:dated|outdated|old)\b"
            r"|\bwe\s+(?:build|design|make)\s+(?:\w+\s+){0,2}?(?:sites|websites|apps)\b"
            r"|\b(?:write|create)\s+(?:linkedin\s+)?(?:content|posts)\s+for\s+(?:founders|"
            r"businesses|brands)\b|\buse\s+[A-Z]\w+\s+to\s+(?:cut|save|reduce|automate)\b",
        ),
        exclude=_STATE_WORDS,
    ),
    *_rules(
        "unwanted.crypto_investment",
        "A crypto or trading 'investment' pitch",
        (
            "crypto bitcoin btc forex trading usdt returns profit profits mining signals invest "
            "trade week day month",
            r"\b(?:crypto(?:currency)?\s+(?:trading|investment|platform|mining)|bitcoin\s+"
            r"(?:trading|investment|mining)|forex\s+(?:trading|signals)|(?:guaranteed|daily|weekly)"
            r"\s+(?:returns?|profits?)|returns\s+are\s+guaranteed|\d+%\s+(?:daily|weekly|monthly|"
            r"a\s+day|a\s+week|a\s+month|per\s+(?:day|week|month))|(?:vip\s+)?signals\s+group"
            r"|trade\s+(?:gold|forex|crypto|bitcoin|stocks?|oil)\b|do\s+you\s+(?:invest|trade)\b"
            r"|(?:start|deposit|invest)\w*\s+(?:with\s+)?(?:only\s+)?[$£€]?\d[\d,.]*\s*"
            r"(?:usdt|btc|eth)\b|turned\s+[$£€]?\d[\d,.]*k?\s+into\s+[$£€]?\d)",
        ),
    ),
    *_rules(
        "unwanted.advance_fee_scam",
        "An advance-fee, inheritance, prize or fake-job scam",
        (
            "kin inheritance unclaimed lottery prize winner million yours laptop entry",
            r"\b(?:next\s+of\s+kin|unclaimed\s+(?:funds|inheritance|estate|deposit)|won\s+(?:\w+\s+)?"
            r"(?:lottery|prize|draw)|\d+\s?%\s+(?:of\s+it\s+)?will\s+be\s+yours|to\s+receive\s+your"
            r"\s+(?:laptop|equipment|starter\s+kit|cheque|check)|remote\s+data\s+entry\s+"
            r"(?:position|job|role))\b",
        ),
    ),
)


class UnwantedDetector(PatternDetector):
    """Finds ordinary commercial spam, scams and pitches in the persona's messages and the
    reporter's account."""

    name = "unwanted"
    rules = _RULES

    def detect(self, approach: Approach) -> list[Finding]:
        return self.scan(scoped_texts(approach, "persona_messages") + account_texts(approach))


UNWANTED_CODES = frozenset(rule.code for rule in _RULES)
