"""The tactics in Dutch: paid reports and trips, an unnamed client abroad, secrecy, leaving
the platform (see :mod:`counterlink.signals.tactics.foreign`)."""

from __future__ import annotations

from counterlink.signals.base import PatternRule
from counterlink.signals.tactics.concealment import OFF_PLATFORM, SECRECY
from counterlink.signals.tactics.foreign.common import _APP_WORDS, _APPS, _places
from counterlink.signals.tactics.offers import PAID_INSIGHT
from counterlink.signals.tactics.patterns import _GAP30, _GAP40, _GAP60, _like
from counterlink.signals.tactics.terms import TRAVEL, UNNAMED_CLIENT

_NL_PLACES = _places(
    "china",
    "peking",
    "beijing",
    "shanghai",
    "shenzhen",
    r"hong\s?kong",
    "macau",
    "moskou",
    "rusland",
    "iran",
    "teheran",
    r"noord-korea",
    "minsk",
    r"wit-rusland",
    "belarus",
)
_NL_WORK = (
    r"(?:rapporten|rapport|verslagen|verslag|analyses|analyse|studies|artikelen|notities"
    r"|adviezen|stukken)"
)
_NL_WORK_WORDS = (
    "rapporten rapport verslagen verslag analyses analyse studies artikelen notities adviezen "
    "stukken"
)
_NL_PAY = (
    r"(?:betaald|betaalt|betalen|betaal|vergoed|vergoeden|vergoedt|vergoeding|honorarium"
    r"|tegen\s+betaling)"
)
_NL_PAY_WORDS = (
    "betaald betaalt betalen betaal vergoed vergoeden vergoedt vergoeding honorarium tegen"
)
RULES: tuple[PatternRule, ...] = (
    *_like(
        PAID_INSIGHT,
        (
            (
                _NL_WORK_WORDS,
                _NL_PAY_WORDS,
                r"\b"
                + _NL_WORK
                + r"\b"
                + _GAP40
                + r"\b"
                + _NL_PAY
                + r"\b|\b"
                + _NL_PAY
                + r"\b"
                + _GAP40
                + r"\b"
                + _NL_WORK
                + r"\b",
            ),
            (
                "niet vertrouwelijke interne",
                r"\b(?:niet[- ]openbare|vertrouwelijke|interne)\s+(?:informatie|inzichten"
                r"|gegevens)\b",
            ),
        ),
    ),
    *_like(
        TRAVEL,
        (
            (
                "kosten onkosten",
                r"\balle\s+(?:on)?kosten\s+(?:worden\s+|zijn\s+)?(?:vergoed|betaald|gedekt)\b",
            ),
            (
                "reis reiskosten vlucht vluchten ticket tickets hotel verblijf accommodatie "
                "onkosten kosten",
                "vergoed betaald gedekt rekening onze inbegrepen",
                r"\b(?:reis|reiskosten|vlucht(?:en)?|tickets?|hotel|verblijf|accommodatie|onkosten"
                r"|kosten)\b" + _GAP40 + r"\b(?:vergoed|betaald|gedekt|voor\s+onze\s+rekening"
                r"|op\s+onze\s+kosten|inbegrepen)\b",
            ),
            (
                "uitnodig* nodig* bezoek* reis komen vliegen",
                r"\b(?:uitnodig\w*|nodig(?:t|en)?|bezoek(?:en)?|reis|komen|vliegen)\b"
                + _GAP60
                + r"\b(?:naar|in)\s+"
                + _NL_PLACES
                + r"\b",
            ),
        ),
        exclude=(
            r"^(?![^\n]*?(?:alle\s+(?:on)?kosten|" + _NL_PLACES + r"))[^\n]*?\b(?:sollicitatie\w*"
            r"|gesprek|verhuizing|verhuiskosten)\b",
            r"\bniet\s+(?:vergoed|betaald|gedekt|inbegrepen)\b",
        ),
    ),
    *_like(
        UNNAMED_CLIENT,
        (
            (
                "klant klanten cliënt cliënten client clienten opdrachtgever opdrachtgevers "
                "partner partners",
                "azië azie china hongkong hong singapore rusland buitenland midden verre",
                r"\b(?:een|mijn|onze|ons|zijn|haar|hun)\s+(?:\w+\s+)?(?:klant(?:en)?|cli[ëe]nt(?:en)?"
                r"|opdrachtgevers?|partners?)\s+(?:(?:gevestigd|gebaseerd)\s+)?(?:in\s+(?:azi[ëe]"
                r"|china|hong\s?kong|singapore|rusland|het\s+buitenland|het\s+midden-oosten"
                r"|het\s+verre\s+oosten)|uit\s+(?:azi[ëe]|china|het\s+buitenland))\b",
            ),
            (
                "buitenlandse",
                r"\bbuitenlandse\s+(?:klant(?:en)?|opdrachtgevers?|partners?|investeerders)\b",
            ),
            ("anoniem", r"\banoniem\s+(?:wil|willen|wenst|wensen)?\s*blijven\b"),
            (
                "noemen zeggen onthullen bekendmaken",
                r"\bkan\s+(?:ik|wij|we)\s+(?:\w+\s+)?(?:nog\s+)?niet\s+(?:noemen|zeggen|onthullen"
                r"|bekendmaken)\b",
            ),
        ),
    ),
    *_like(
        SECRECY,
        (
            ("onder tussen", r"\bonder\s+ons\b|\btussen\s+ons\b"),
            (
                "geheim vertrouwelijk uzelf jezelf onder",
                r"\b(?:houd|hou|houden)\s+(?:dit|het|dat|alles)\s+(?:alstublieft\s+|aub\s+|a\.u\.b\.\s+)?"
                r"(?:geheim|vertrouwelijk|voor\s+uzelf|voor\s+jezelf|onder\s+ons)\b",
            ),
            ("vertel", r"\bvertel\s+(?:het\s+|dit\s+)?(?:niemand|niet\s+aan\s+(?:uw|je))\b"),
            (
                "lichten informeren",
                r"\bzonder\s+(?:uw|je)\s+(?:werkgever|baas|leidinggevende|collega'?s)\s+(?:in\s+te"
                r"\s+lichten|te\s+informeren)\b",
            ),
            (
                "weten",
                r"\b(?:uw|je)\s+(?:werkgever|baas|leidinggevende|collega'?s)\s+(?:hoeft|hoeven)\s+"
                r"(?:\w+\s+){0,3}?(?:te\s+)?weten\b",
            ),
            (
                "discreet discretie geheimhouding",
                r"\b(?:wees|blijf|graag)\s+discreet\b|\bdiscreet\s+(?:behandelen|blijven|houden)\b"
                r"|\bstrikte\s+(?:discretie|geheimhouding)\b",
            ),
        ),
    ),
    *_like(
        OFF_PLATFORM,
        (
            (
                "privé prive* persoonlijk*",
                r"\b(?:priv[ée]|persoonlijke?)[- ]?(?:e-?mail(?:adres)?|nummer|telefoonnummer"
                r"|mobiele?\s+nummer)\b",
            ),
            ("linkedin", r"\b(?:buiten|weg\s+van)\s+linkedin\b"),
            (
                "mail email telefoon " + _APP_WORDS,
                "verder verdergaan praten contact",
                r"\b(?:verder|verdergaan|praten|contact)\b" + _GAP30 + r"\b(?:via|op|per)\s+"
                r"(?:" + _APPS + r"|e-?mail|telefoon)\b",
            ),
        ),
    ),
)
