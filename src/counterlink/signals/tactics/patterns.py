"""Pieces the tactics share: sentence gaps, places, money and work products, and ``_tactic``."""

from __future__ import annotations

from counterlink.signals.base import Part, PatternRule, rules_from_parts

# "Within one sentence" gaps, bounded so that a regex never runs away.
_GAP20 = r"[^.!?\n]{0,20}?"
_GAP30 = r"[^.!?\n]{0,30}?"
_GAP40 = r"[^.!?\n]{0,40}?"
_GAP60 = r"[^.!?\n]{0,60}?"

# Places named in the guidance on all-expenses trips (China) and other hostile services' hosts.
_PLACES = (
    "china beijing shanghai shenzhen guangzhou hangzhou nanjing wuhan chengdu tianjin xian xi "
    "harbin hong macau macao moscow russia petersburg iran tehran korea pyongyang minsk belarus"
)
_HOSTILE_PLACES = (
    r"(?:mainland\s+)?(?:china|beijing|shanghai|shenzhen|guangzhou|hangzhou|nanjing|wuhan"
    r"|chengdu|tianjin|xi'?an|harbin|hong\s+kong|macau|macao|moscow|russia|(?:st\.?\s+|saint\s+)?"
    r"petersburg|iran|tehran|north\s+korea|pyongyang|minsk|belarus)"
)
_WORK_PRODUCT = (
    r"(?:reports?|papers?|articles?|essays?|presentations?|talks?|pieces?|briefings?|briefs?"
    r"|analys[ie]s|summar(?:y|ies)|memos?|notes?|consultations?|write-?ups?|calls?|sessions?"
    r"|meetings?|words|minutes|analysen?|rapports?|berichte?)"
)
_WORK_WORDS = (
    "report reports paper papers article articles essay essays presentation presentations "
    "talk talks piece pieces briefing briefings brief briefs analysis analyses summary "
    "summaries memo memos note notes consultation consultations write writeup writeups call "
    "calls session sessions meeting meetings words minutes analyse analysen rapport rapports "
    "bericht berichte"
)
# An amount of money, and one of thousands or more ("$3,000", "USD 5000", "€10k", "2 000 €").
_CURRENCY = r"(?:[$£€¥]|\b(?:usd|gbp|eur|us\$|rmb)\s?)"
_CURRENCY_AFTER = r"\s?(?:usd|gbp|eur|euros?|dollars|pounds|rmb|yuan|€|£)\b"
_AMOUNT = (
    r"(?:" + _CURRENCY + r"\s?\d[\d,.]*\s?k?\b|\b\d[\d,.]*(?:\s\d{3})?" + _CURRENCY_AFTER + ")"
)
_THOUSANDS = r"(?:\d{1,3}(?:[,.\s]\d{3})+|\d{4,}|\d+(?:\.\d+)?\s?(?:k|m|million)\b)"
_BIG_AMOUNT = r"(?:" + _CURRENCY + r"\s?" + _THOUSANDS + r"|\b" + _THOUSANDS + _CURRENCY_AFTER + ")"
_MONEY_WORDS = "$ £ € ¥ usd gbp eur euro euros dollars pounds rmb yuan"


def _tactic(
    code: str,
    title: str,
    guidance: tuple[str, ...],
    parts: tuple[Part, ...],
    *,
    exclude: tuple[str, ...] = (),
    attack: str | None = None,
) -> tuple[PatternRule, ...]:
    """One rule per phrasing, all under one code."""
    return rules_from_parts(code, title, guidance, parts, attack=attack, exclude=exclude)


def _like(
    rules: tuple[PatternRule, ...], parts: tuple[Part, ...], *, exclude: tuple[str, ...] = ()
) -> tuple[PatternRule, ...]:
    """More phrasings of the tactic ``rules`` make up (in an account, or in one language), under
    its code, title and guidance."""
    first = rules[0]
    return rules_from_parts(
        first.code, first.title, tuple(first.guidance), parts, attack=first.attack, exclude=exclude
    )
