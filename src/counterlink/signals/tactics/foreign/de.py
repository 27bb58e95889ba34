"""The tactics in German: paid reports and trips, an unnamed client abroad, secrecy, leaving
the platform (see :mod:`counterlink.signals.tactics.foreign`)."""

from __future__ import annotations

from counterlink.signals.base import PatternRule
from counterlink.signals.tactics.concealment import OFF_PLATFORM, SECRECY
from counterlink.signals.tactics.foreign.common import _APP_WORDS, _APPS, _places
from counterlink.signals.tactics.offers import PAID_INSIGHT
from counterlink.signals.tactics.patterns import _GAP30, _GAP40, _GAP60, _like
from counterlink.signals.tactics.terms import TRAVEL, UNNAMED_CLIENT

_DE_PLACES = _places(
    "china",
    "peking",
    "beijing",
    "shanghai",
    "shenzhen",
    r"hong\s?kong",
    "macau",
    "moskau",
    "russland",
    "iran",
    "teheran",
    "nordkorea",
    "minsk",
    "belarus",
    r"wei(?:ß|ss)russland",
)
_DE_WORK = (
    r"(?:berichte?n?|analysen?|gutachten|studien|einsch[äa]tzungen|expertisen?|artikeln?"
    r"|beitr[äa]ge|dossiers?)"
)
_DE_WORK_WORDS = (
    "bericht berichte berichten analyse analysen gutachten studien einschätzungen "
    "einschatzungen expertise expertisen artikel artikeln beiträge beitrage dossier dossiers"
)
_DE_PAY = (
    r"(?:bezahl\w*|zahl(?:t|en|en\s+gut|t\s+gut)|verg[üu]t\w*|honoriert\w*|honorar\w*"
    r"|gegen\s+(?:bezahlung|honorar|verg[üu]tung|entgelt))"
)
_DE_PAY_WORDS = "bezahl* zahlt zahlen vergüt* vergut* honoriert* honorar* gegen"
RULES: tuple[PatternRule, ...] = (
    *_like(
        PAID_INSIGHT,
        (
            (
                _DE_WORK_WORDS,
                _DE_PAY_WORDS,
                r"\b"
                + _DE_WORK
                + r"\b"
                + _GAP40
                + _DE_PAY
                + r"|\b"
                + _DE_PAY
                + _GAP40
                + r"\b"
                + _DE_WORK
                + r"\b",
            ),
            (
                "nicht* insider*",
                r"\bnicht[- ]?öffentlich\w*|\b(?:interne|vertrauliche)\w*\s+(?:informationen"
                r"|einblicke)\b|\binsider-?(?:wissen|informationen|einblicke)\b",
            ),
        ),
    ),
    *_like(
        TRAVEL,
        (
            (
                "einladen einladung reise besuch kommen fliegen",
                r"\b(?:einladen|einladung|reise|besuch|kommen|fliegen)\b"
                + _GAP60
                + r"\b(?:nach|in)\s+"
                + _DE_PLACES
                + r"\b",
            ),
            (
                "laden lade lädt ladt",
                r"\bl(?:ad(?:en|e|t)|ädt)\s+(?:\w+\s+){0,5}?nach\s+" + _DE_PLACES + r"\b",
            ),
            (
                "übernehmen erstatten bezahlen zahlen tragen",
                r"\b(?:übernehmen|erstatten|bezahlen|zahlen|tragen)\s+wir\s+(?:\w+\s+){0,3}?"
                r"(?:\w*kosten|flüge|flug|hotel|unterkunft|reise)\b",
            ),
            (
                "kosten kostenlos*",
                r"\bauf\s+unsere\s+kosten\b|\bkostenlose\w*\s+(?:reise|flug|flüge|aufenthalt)\b"
                r"|\bkosten\s+(?:für\s+)?(?:reise|flug|hotel|unterkunft)\w*\s+(?:tragen|übernehmen)"
                r"\s+wir\b",
            ),
        ),
        exclude=(
            r"^(?![^\n]*?(?:alle\s+kosten|" + _DE_PLACES + r"))[^\n]*?\b(?:vorstellungsgespr[äa]ch"
            r"\w*|bewerbungsgespr[äa]ch\w*|umzug\w*)\b",
            r"\bnicht\s+(?:übernommen|erstattet|bezahlt)\b",
        ),
    ),
    *_like(
        UNNAMED_CLIENT,
        (
            (
                "kunde kunden kundin kundinnen auftraggeber* mandant mandanten partner partnern",
                "asien china hongkong hong singapur russland ausland übersee fernost nahen",
                r"\b(?:ein\w*|mein\w*|unser\w*|sein\w*|ihr\w*)\s+(?:\w+\s+)?(?:kunden?|kundin(?:nen)?"
                r"|auftraggeber\w*|mandanten?|partnern?)\s+(?:in|aus)\s+(?:asien|china|hong\s?kong"
                r"|singapur|russland|dem\s+ausland|übersee|fernost|dem\s+nahen\s+osten)\b",
            ),
            (
                "ausländisch* auslandisch*",
                r"\bausl[äa]ndische[nrs]?\s+(?:kunden?|auftraggeber\w*|mandanten?|partner\w*"
                r"|investoren|geldgeber\w*)\b",
            ),
            (
                "namen name identität identitat",
                r"\b(?:namen?|identit[äa]t)\b" + _GAP40 + r"\b(?:nicht\s+(?:nennen|verraten"
                r"|preisgeben|offenlegen)|vertraulich|geheim)\b",
            ),
        ),
    ),
    *_like(
        SECRECY,
        (
            (
                "diskret vertraulich",
                r"\b(?:bitte\s+)?(?:diskret|vertraulich)\s+(?:behandeln|bleiben|sein)\b"
                r"|\bbehandeln\s+sie\s+(?:das|dies|diese\s+\w+)\s+(?:bitte\s+)?(?:streng\s+)?"
                r"vertraulich\b",
            ),
            (
                "informieren einzubeziehen bescheid",
                r"\bohne\s+(?:ihren?\s+|deinen?\s+)?(?:arbeitgeber|chef|vorgesetzten|kollegen|firma"
                r"|universität|institut)\s+(?:zu\s+)?(?:informieren|einzubeziehen|bescheid\s+zu"
                r"\s+sagen)\b",
            ),
            (
                "wissen erfahren",
                r"\b(?:niemand|keiner)\s+(?:muss|braucht)\s+(?:davon\s+|das\s+)?(?:zu\s+)?(?:wissen"
                r"|erfahren)\b",
            ),
            ("stillschweigen", r"\bstillschweigen\b"),
        ),
    ),
    *_like(
        OFF_PLATFORM,
        (
            ("linkedin", r"\b(?:außerhalb\s+von|ausserhalb\s+von|abseits\s+von)\s+linkedin\b"),
            (
                "mail email telefon " + _APP_WORDS,
                "weiter* fortsetzen austauschen schreiben sprechen",
                r"\b(?:weiter\w*|fortsetzen|austauschen|schreiben|sprechen)\b"
                + _GAP30
                + r"\b(?:per|über|auf|via)\s+(?:"
                + _APPS
                + r"|e-?mail|telefon)\b",
            ),
        ),
    ),
)
