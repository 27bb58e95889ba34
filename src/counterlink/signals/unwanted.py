"""Ordinary unwanted traffic: spam, scams and pitches that are not a state approach.

Most of what an inbox holds beyond colleagues and recruiters is commercial: loan offers,
multi-level marketing, sponsorship requests, course adverts, job seekers, sales and SEO pitches,
crypto "investment". None of it is what NPSA, MI5 or ASIO describe (elicitation of non-public
knowledge, paid reports, trips, secrecy, cultivation of a person with access), and telling such a
sender's message apart keeps a security team's queue for approaches that matter. Each finding is
of category ``unwanted``; the scorer may weigh it at or below 0 (learn/priors.py), and an
assessment whose findings are of this kind, with no elicitation, gets its own plain advice
(counterlink.advice) instead of the hostile-approach one.
"""

from __future__ import annotations

from counterlink.signals.base import PatternDetector, PatternRule


def _rules(code: str, title: str, *parts: tuple[str, str]) -> tuple[PatternRule, ...]:
    return tuple(
        PatternRule(
            code=code,
            category="unwanted",
            title=title,
            patterns=(pattern,),
            keywords=tuple(keywords.split()),
        )
        for keywords, pattern in parts
    )


_RULES: tuple[PatternRule, ...] = (
    *_rules(
        "unwanted.loan_offer",
        "A loan or credit offer",
        (
            "loan loans lending lender credit financing funding",
            r"\b(?:business|personal|quick|instant|fast|low[-\s]interest|unsecured|guaranteed)\s+"
            r"(?:loans?|credit|financing|funding)\b|\bloans?\s+(?:of|from|up\s+to|at)\s+"
            r"|\b(?:approved|approval)\s+(?:within|in)\s+\d+\s+(?:hours?|days?)\b",
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
    ),
    *_rules(
        "unwanted.sponsorship_request",
        "A request for sponsorship or a donation",
        (
            "sponsor sponsoring sponsorship sponsors donate donation donations fundraiser "
            "fundraising",
            r"\b(?:sponsor(?:ing|ship)?\s+(?:our|my|the|a)\b|looking\s+for\s+sponsors"
            r"|(?:make\s+a\s+)?donat(?:e|ion)\s+(?:to|towards)|fundrais(?:er|ing)\s+(?:for|page))",
        ),
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
    ),
    *_rules(
        "unwanted.job_seeker",
        "Someone looking for a job or a referral from you",
        (
            "looking seeking searching refer referral opening openings vacancy vacancies cv "
            "resume job",
            r"\b(?:i\s+am|i'm)\s+(?:currently\s+)?(?:looking|searching)\s+for\s+(?:a\s+)?"
            r"(?:new\s+)?(?:job|role|position|opportunit\w+|work)\b|\b(?:could|can|would)\s+you\s+"
            r"(?:please\s+)?refer\s+me\b|\bany\s+(?:job\s+)?(?:openings|vacancies)\s+"
            r"(?:at|in)\s+your\b|\b(?:i\s+have\s+)?attached\s+my\s+(?:cv|resume)\b",
        ),
    ),
    *_rules(
        "unwanted.sales_pitch",
        "A sales, marketing or SEO pitch",
        (
            "seo ranking website leads lead generation demo redesign traffic outsourcing",
            r"\b(?:seo\s+(?:services|audit|package)|first\s+page\s+of\s+google|rank(?:ing)?\s+"
            r"(?:your\s+website|higher)|(?:qualified|b2b)\s+leads|lead\s+generation|redesign\s+"
            r"your\s+website|(?:book|schedule)\s+a\s+(?:quick\s+)?demo|website\s+traffic"
            r"|outsourcing\s+(?:partner|services))\b",
        ),
    ),
    *_rules(
        "unwanted.crypto_investment",
        "A crypto or trading 'investment' pitch",
        (
            "crypto bitcoin btc forex trading usdt returns profit profits mining",
            r"\b(?:crypto(?:currency)?\s+(?:trading|investment|platform|mining)|bitcoin\s+"
            r"(?:trading|investment|mining)|forex\s+(?:trading|signals)|(?:guaranteed|daily|weekly)"
            r"\s+(?:returns?|profits?)|\d+%\s+(?:daily|weekly|monthly)\s+(?:returns?|profit))\b",
        ),
    ),
)


class UnwantedDetector(PatternDetector):
    """Finds ordinary commercial spam, scams and pitches in the persona's messages."""

    name = "unwanted"
    rules = _RULES


UNWANTED_CODES = frozenset(rule.code for rule in _RULES)
