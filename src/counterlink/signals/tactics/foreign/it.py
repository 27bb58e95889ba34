"""The tactics in Italian: paid reports and trips, an unnamed client abroad, secrecy, leaving
the platform (see :mod:`counterlink.signals.tactics.foreign`)."""

from __future__ import annotations

from counterlink.signals.base import PatternRule
from counterlink.signals.tactics.concealment import OFF_PLATFORM, SECRECY
from counterlink.signals.tactics.foreign.common import _APP_WORDS, _APPS, _places
from counterlink.signals.tactics.offers import PAID_INSIGHT
from counterlink.signals.tactics.patterns import _GAP30, _GAP40, _GAP60, _like
from counterlink.signals.tactics.terms import TRAVEL, UNNAMED_CLIENT

_IT_PLACES = _places(
    "cina",
    "pechino",
    "beijing",
    "shanghai",
    "shenzhen",
    r"hong\s?kong",
    "macao",
    "mosca",
    "russia",
    "iran",
    "teheran",
    r"corea\s+del\s+nord",
    "minsk",
    "bielorussia",
)
_IT_WORK = r"(?:rapporti|relazioni|report|analisi|studi|articoli|note|documenti|approfondimenti)"
_IT_WORK_WORDS = "rapporti relazioni report analisi studi articoli note documenti approfondimenti"
_IT_PAY = (
    r"(?:pagat[ioea]|retribuit[ioea]|remunerat[ioea]|ben\s+pagat[ioea]|compens[oi]|paghiamo"
    r"|pagano|paga|pagherebbe|pagheremo|pagher[àa]|retribuiamo|compensiamo"
    r"|in\s+cambio\s+di\s+(?:denaro|soldi|un\s+compenso))"
)
_IT_PAY_WORDS = (
    "pagato pagati pagate pagata retribuito retribuiti retribuite retribuita remunerato "
    "remunerati remunerate remunerata compenso compensi paghiamo pagano paga pagherebbe "
    "pagheremo pagherà paghera retribuiamo compensiamo cambio"
)
RULES: tuple[PatternRule, ...] = (
    *_like(
        PAID_INSIGHT,
        (
            (
                _IT_WORK_WORDS,
                _IT_PAY_WORDS,
                r"\b"
                + _IT_WORK
                + r"\b"
                + _GAP40
                + r"\b"
                + _IT_PAY
                + r"\b|\b"
                + _IT_PAY
                + r"\b"
                + _GAP40
                + r"\b"
                + _IT_WORK
                + r"\b",
            ),
            (
                "informazioni",
                r"\binformazioni\s+(?:non\s+pubbliche|riservate|interne|privilegiate)\b",
            ),
        ),
    ),
    *_like(
        TRAVEL,
        (
            (
                "spese",
                r"\b(?:tutte\s+le\s+)?spese\s+(?:sono\s+|saranno\s+|interamente\s+)?(?:pagate|coperte"
                r"|incluse|a\s+nostro\s+carico|rimborsate)\b",
            ),
            ("spesato spesata spesati spesate", r"\b(?:tutto\s+)?spesat[oaie]\b"),
            (
                "volo voli biglietti biglietto hotel albergo alloggio viaggio soggiorno",
                "pagato pagati pagate pagata coperto coperti coperte coperta carico nostre "
                "rimborsat* inclus* offert*",
                r"\b(?:vol[oi]|bigliett[oi]|hotel|albergo|alloggio|viaggio|soggiorno)\b"
                + _GAP40
                + r"\b(?:pagat[ioea]|copert[ioea]|a\s+nostro\s+carico|a\s+nostre\s+spese"
                r"|rimborsat[ioea]|inclus[ioea]|offert[ioea])\b",
            ),
            (
                "copriamo copriremo coprirebbe coprirebbero paghiamo pagheremo pagherebbe "
                "offriamo offrirebbe",
                r"\b(?:copriamo|copriremo|coprirebbe(?:ro)?|paghiamo|pagheremo|pagherebbe|offriamo"
                r"|offrirebbe)\s+(?:\w+\s+){0,3}?(?:spese"
                r"|vol[oi]|bigliett[oi]|hotel|alloggio|viaggio)\b",
            ),
            (
                "invit* visitare viaggio venire",
                r"\b(?:invit\w+|visitare|viaggio|venire)\b"
                + _GAP60
                + r"\b(?:a|in)\s+"
                + _IT_PLACES
                + r"\b",
            ),
        ),
        exclude=(
            r"^(?![^\n]*?(?:tutte\s+le\s+spese|" + _IT_PLACES + r"))[^\n]*?\b(?:colloqui[oa]?"
            r"|trasferimento)\b",
            r"\bnon\s+(?:sono|saranno|è)\s+(?:pagat|copert|inclus|rimborsat)",
        ),
    ),
    *_like(
        UNNAMED_CLIENT,
        (
            (
                "cliente clienti partner committente committenti mandante mandanti",
                "asia cina russia medio hong kong hongkong singapore pechino shanghai estero "
                "esteri estera asiatico asiatici cinese cinesi",
                r"\b(?:un|una|il\s+mio|la\s+mia|il\s+nostro|la\s+nostra|i\s+nostri|i\s+miei|un\s+nostro"
                r"|un\s+mio|il\s+suo|i\s+suoi)\s+(?:\w+\s+)?(?:client[ei]|partner|committent[ei]"
                r"|mandant[ei])\s+(?:(?:con\s+sede|basat[oai])\s+)?(?:in\s+(?:asia|cina|russia"
                r"|medio\s+oriente)|a\s+(?:hong\s?kong|singapore|pechino|shanghai)|all'estero"
                r"|ester[oai]|asiatic[oi]|cines[ei])\b",
            ),
            (
                "anonimo anonima anonimi anonime anonimato",
                r"\b(?:preferisce|desidera|vuole|preferiscono|desiderano|vogliono)\s+(?:restare"
                r"|rimanere|mantenere\s+l')\s*anonim(?:o|a|i|e|ato)\b",
            ),
            (
                "rivelare dire divulgare fare",
                r"\bnon\s+(?:posso|possiamo)\s+(?:ancora\s+)?(?:rivelare|dire|divulgare|fare)\s+"
                r"(?:\w+\s+)?(?:nome|identit[àa]|chi)",
            ),
        ),
    ),
    *_like(
        SECRECY,
        (
            ("tra", r"\btra\s+(?:di\s+)?noi\b"),
            (
                "riservato riservata segreto segreta",
                r"\b(?:mantenga|mantenere|tenga|tenere|teniamo)\s+(?:questo|questa\s+\w+|la\s+cosa"
                r"|tutto)\s+(?:riservat[oa]|segret[oa])\b",
            ),
            (
                "parli dica dire parlare informi",
                r"\bnon\s+(?:ne\s+)?(?:parli|dica|dire|parlare|informi)\s+(?:\w+\s+)?(?:a\s+)?"
                r"(?:nessuno|suo|sua|suoi|colleghi)\b",
            ),
            (
                "discreto discreta discrezione riservatezza",
                r"\bsia\s+discret[oa]\b|\bmassima\s+(?:discrezione|riservatezza)\b",
            ),
            (
                "informare avvisare",
                r"\bsenza\s+(?:informare|avvisare)\s+(?:il\s+suo|la\s+sua|i\s+suoi|l'azienda"
                r"|l'universit[àa])\b",
            ),
        ),
    ),
    *_like(
        OFF_PLATFORM,
        (
            (
                "personale privato privata",
                r"\b(?:e-?mail|mail|numero|telefono|cellulare)\s+(?:personale|privat[oa])\b",
            ),
            ("linkedin", r"\bfuori\s+da\s+linkedin\b"),
            (
                "email mail telefono " + _APP_WORDS,
                "continuare proseguire sentirci parlare",
                r"\b(?:continuare|proseguire|sentirci|parlare)\b" + _GAP30 + r"\b(?:su|via|per"
                r"|tramite)\s+(?:" + _APPS + r"|e-?mail|mail|telefono)\b",
            ),
        ),
    ),
)
