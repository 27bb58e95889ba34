"""What a reporter says the contact pretended to be, and what it was after.

A report written by the person approached, a colleague or a security team rarely quotes the
persona; it tells the story: "someone posing as a headhunter for a Shanghai think tank", "fake
profiles asking for sensitive information". Those two moves are the core of the published
pattern (formats/RED-FLAGS.md, flags 1, 3 and 9: cover recruiters, consultancies and think tanks
seeking non-public insight), but no persona writes them about itself, so they are read in the
account only (``Approach.account``), in English and, per language, in French, German, Spanish,
Italian and Dutch (:class:`counterlink.signals.language.LanguageRules`).
"""

from __future__ import annotations

from counterlink.schema import Approach, Finding
from counterlink.signals.base import PatternDetector, PatternRule, rules_from_parts
from counterlink.signals.guidance import MI5_2025, NPSA_TBYL, ODNI_NEVERNIGHT
from counterlink.signals.language import LanguageRules, merge_findings
from counterlink.signals.tactics.accounts import account_texts
from counterlink.signals.tactics.patterns import _GAP40, _GAP60

COVER_CODE = "message.reported_cover_persona"
COVER_TITLE = "Said to pose as a headhunter, recruiter, consultant, think tank or researcher"
ELICIT_CODE = "message.reported_elicitation"
ELICIT_TITLE = "Said to be after sensitive, non-public or insider information"
_GUIDANCE = (NPSA_TBYL, MI5_2025, ODNI_NEVERNIGHT)

# The covers the guidance names: recruiters and headhunters, consultancies, think tanks,
# researchers and journalists (flags 1 and 9).
_COVER = (
    r"(?:(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:head-?\s?hunt\w*|recruit\w*|talent\s+(?:agent|scout)s?"
    r"|consult\w*|think[- ]?tanks?|research\w*|academics?|scholars?|journalists?|reporters?"
    r"|executive\s+search\w*|hr\s+(?:manager|agent|officer)s?|businessm[ae]n|businesswom[ae]n"
    r"|investors?|analysts?))"
)
_PRETEND = (
    r"(?:pos(?:e|es|ed|ing)\s+as|pretend(?:s|ed|ing)?\s+to\s+be|claim(?:s|ed|ing)?\s+to\s+be"
    r"|purport(?:s|ed|ing)?\s+to\s+be|masquerad(?:e|es|ed|ing)\s+as|disguised\s+as"
    r"|(?:present|pass|pass\w*\s+(?:himself|herself|themselves)\s+off)\w*\s+"
    r"(?:(?:himself|herself|themselves)\s+)?as|impersonat\w+|under\s+the\s+guise\s+of"
    r"|(?:operat|act)(?:e|es|ed|ing)\s+as|(?:said|says|claimed)\s+(?:he|she|they)\s+(?:was|were"
    r"|is|are|worked\s+for))"
)
_PRETEND_WORDS = (
    "pose poses posed posing pretend* claim* purport* masquerad* disguised present* pass* "
    "impersonat* guise operat* act acts acted acting said says claimed"
)
_FAKE = r"(?:fake|false|fictitious|fictional|bogus|sham|front|cover)"
_FAKE_THING = (
    r"(?:profiles?|personas?|accounts?|identit(?:y|ies)|recruit\w*|head-?\s?hunt\w*|consult\w*"
    r"|think[- ]?tanks?|compan(?:y|ies)|firms?|organi[sz]ations?|businesses|job\s+offers?|jobs?"
    r"|research\w*|journalists?)"
)
# What a cover is after, as a reporter names it.
_SEEK = (
    r"(?:obtain\w*|collect\w*|gather\w*|steal\w*|extract\w*|get|getting|seek\w*|sought"
    r"|solicit\w*|ask\w*\s+(?:me\s+|him\s+|her\s+|them\s+)?(?:for|about)|want\w*|after|fish\w*"
    r"|elicit\w*|harvest\w*|access\s+to|pump\w*|acquir\w*|procur\w*|provide|provided|share"
    r"|sharing|pass\w*\s+on|hand\w*\s+over)"
)
_SEEK_WORDS = (
    "obtain* collect* gather* steal* extract* get getting seek* sought solicit* ask* want* "
    "after fish* elicit* harvest* access pump* acquir* procur* provide provided share sharing "
    "pass* hand*"
)
_SECRET = (
    r"(?:(?:sensitive|non-?public|insider|confidential|classified|secret|proprietary"
    r"|privileged|internal|restricted)\s+(?:\w+\s+)?(?:information|insights?|details|data"
    r"|documents?|knowledge|material|files|intelligence)|(?:state|trade|military|government)"
    r"\s+secrets|secrets)"
)
_SECRET_WORDS = (
    "sensitive non-public nonpublic non insider confidential classified secret secrets "
    "proprietary privileged internal restricted"
)

COVER_EN: tuple[PatternRule, ...] = rules_from_parts(
    COVER_CODE,
    COVER_TITLE,
    _GUIDANCE,
    (
        (_PRETEND_WORDS, r"\b" + _PRETEND + r"\s+" + _COVER + r"\b"),
        (
            "fake false fictitious fictional bogus sham front cover",
            r"\b" + _FAKE + r"[- ]" + r"(?:\w+[- ]){0,2}?" + _FAKE_THING + r"\b",
        ),
    ),
)
ELICIT_EN: tuple[PatternRule, ...] = rules_from_parts(
    ELICIT_CODE,
    ELICIT_TITLE,
    _GUIDANCE,
    ((_SEEK_WORDS, _SECRET_WORDS, r"\b" + _SEEK + r"\b" + _GAP40 + r"\b" + _SECRET + r"\b"),),
    # A compliance warning ("do not share confidential information") is a reassuring sign.
    exclude=(
        r"\b(?:not|never|no)\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:share|sharing|provide|disclose)\b",
    ),
)


def _rules(
    cover: tuple[tuple[str, str], ...], elicit: tuple[tuple[str, str], ...]
) -> tuple[PatternRule, ...]:
    return rules_from_parts(COVER_CODE, COVER_TITLE, _GUIDANCE, cover) + rules_from_parts(
        ELICIT_CODE, ELICIT_TITLE, _GUIDANCE, elicit
    )


_FR_COVER = (
    r"(?:chasseurs?\s+de\s+t[êe]tes?|recruteu\w+|consultant\w*|cabinets?\s+de\s+conseil"
    r"|think[- ]?tanks?|groupes?\s+de\s+r[ée]flexion|chercheu\w+|universitaires?|journalistes?"
    r"|responsables?\s+de\s+think[- ]?tank|entreprises?|soci[ée]t[ée]s?)"
)
_DE_COVER = (
    r"(?:head-?\s?hunt\w*|headhunting-?\w*|personalvermittl\w*|unternehmensberat\w*|berat\w*"
    r"|consult\w*|think-?\s?tanks?|denkfabrik\w*|wissenschaftler\w*|forscher\w*|journalist\w*"
    r"|recruit\w*|angeh[öo]rige|mitarbeiter\w*|firmen|firma|agentur\w*)"
)
_ES_COVER = (
    r"(?:cazatalentos|headhunters?|reclutador\w*|consultor\w*|consultoras?|think[- ]?tanks?"
    r"|investigador\w*|acad[ée]mic\w*|periodistas?|empresas?)"
)
_IT_COVER = (
    r"(?:cacciatori\s+di\s+teste|cacciatore\s+di\s+teste|headhunter|reclutator\w*|recruiter"
    r"|consulent\w*|think[- ]?tank|ricercator\w*|accademic\w*|giornalist\w*|aziend\w*|societ[àa])"
)
_NL_COVER = (
    r"(?:headhunters?|recruiters?|consultants?|adviseurs?|denktanks?|think[- ]?tanks?"
    r"|wetenschappers?|onderzoekers?|journalisten?|technici|bedrijven|bedrijf)"
)

FOREIGN_RULES: dict[str, tuple[PatternRule, ...]] = {
    "fr": _rules(
        (
            (
                "présent* present* passer passant passent passait",
                r"\bse\s+(?:pr[ée]sent\w*|fais\w*\s+passer|f(?:on|ai)t\s+passer|passant)\s+"
                r"(?:comme|pour)\s+(?:des?\s+|une?\s+|les?\s+)?" + _GAP40 + _FR_COVER,
            ),
            (
                "faux fausse fausses fictif fictifs fictive fictives couverture",
                r"\b(?:faux|fausses?|ficti(?:f|fs|ve|ves))\s+(?:profils?|recruteu\w+|chasseurs?"
                r"|consultant\w*|entreprises?|soci[ée]t[ée]s?|identit[ée]s?|comptes?)\b"
                r"|\b(?:soci[ée]t[ée]s?|entreprises?)\s+(?:de\s+)?couverture\b",
            ),
        ),
        (
            (
                "confidentiel* sensible* secret* privilégié* non",
                r"\binformations?\s+(?:\w+\s+){0,5}?(?:confidentiel\w*|sensibles?|secr[èe]t\w*"
                r"|privil[ée]gi\w*|non\s+publiques?)\b|\bsecrets?\s+(?:industriels?|d'[ée]tat)",
            ),
        ),
    ),
    "de": _rules(
        (
            (
                "aus ausgeben ausgegeben getarnt tarnen",
                r"\b(?:gaben|geben|gibt|gab)\s+sich\b"
                + _GAP60
                + r"\bals\s+"
                + _GAP40
                + _DE_COVER
                + _GAP40
                + r"\baus\b|\bsich\s+als\s+"
                + _GAP40
                + _DE_COVER
                + r"\w*\s+"
                r"(?:aus(?:geben|gegeben|zugeben)|tarnen|getarnt)\b|\bgetarnt\s+als\b",
            ),
            (
                "gefälscht* gefalscht* fake* falsche* tarn* schein* imaginär* imaginar* fiktiv*",
                r"\b(?:gef[äa]lscht\w*|fake-?\w*|falsche\w*|imagin[äa]r\w*|fiktiv\w*)\s*-?\s*"
                r"(?:profil\w*|identit\w*|personalvermittl\w*|unternehmensberat\w*|headhunter\w*"
                r"|firm\w*|konten|accounts?)\b|\b(?:tarn|schein)(?:firm\w*|organisation\w*"
                r"|unternehmen|identit\w*|profil\w*)\b|\bfake-profil\w*",
            ),
        ),
        (
            (
                "sensibl* vertraulich* geheim* intern* nicht*",
                r"\b(?:sensibl\w*|vertraulich\w*|geheim\w*|interne\w*|nicht[- ]?[öo]ffentlich\w*)"
                r"\s+(?:\w+\s+)?(?:informationen|daten|dokumente|wissen|details|einblicke)\b"
                r"|\b(?:staats|betriebs|gesch[äa]fts)geheimnisse?\b",
            ),
        ),
    ),
    "es": _rules(
        (
            (
                "pasar pasando pasan pasaba pasaban presentan presentaba presentaban",
                r"\b(?:se\s+hac\w+\s+pasar|haci[ée]ndose\s+pasar|se\s+present\w+)\s+(?:por|como)"
                r"\s+" + _GAP40 + _ES_COVER,
            ),
            (
                "falso falsos falsa falsas ficticio ficticios ficticia ficticias fachada tapadera",
                r"\b(?:perfil(?:es)?|empresas?|identidad(?:es)?|cuentas?|reclutador\w*"
                r"|consultor\w*)\s+(?:falsos?|falsas?|ficticios?|ficticias?|fachada|tapadera)\b",
            ),
        ),
        (
            (
                "sensible sensibles confidencial confidenciales secreta secretas reservada "
                "reservadas privilegiada clasificada",
                r"\binformaci[óo]n\s+(?:\w+\s+)?(?:sensible|confidencial|secreta|reservada"
                r"|privilegiada|clasificada)\b|\bsecretos?\s+(?:de\s+estado|industriales?)\b",
            ),
        ),
    ),
    "it": _rules(
        (
            (
                "spaccia* fingendosi fingono presenta* ",
                r"\b(?:spaccia\w*|fingendosi|fingono|si\s+presenta\w*|presentandosi)\s+"
                r"(?:per|come|da)?\s*" + _GAP40 + _IT_COVER,
            ),
            (
                "falso falsi falsa false fittizio fittizi fittizia fittizie copertura",
                r"\b(?:profil[oi]|identit[àa]|societ[àa]|aziend[ae]|account)\s+(?:fals[oiae]"
                r"|fittizi[oae]?|di\s+copertura)\b",
            ),
        ),
        (
            (
                "sensibili riservate riservata segrete segreta classificate confidenziali",
                r"\binformazioni\s+(?:\w+\s+)?(?:sensibili|riservat[ae]|segret[ae]"
                r"|classificat[ae]|confidenziali)\b|\bsegreti\s+(?:di\s+stato|industriali)\b",
            ),
        ),
    ),
    "nl": _rules(
        (
            (
                "voor",
                r"\b(?:doen|doet|deed|deden)\s+(?:zich|zichzelf)\s+(?:\w+\s+)?voor\s+als\s+"
                + _GAP40
                + _NL_COVER,
            ),
            (
                "nep* vals* valse fictieve neprofiel* dekmantel*",
                r"\b(?:nep-?\w+|valse\s+(?:profielen|profiel|identiteit\w*|recruiters?|bedrijven)"
                r"|fictieve\s+(?:profielen|bedrijven|personen)|dekmantel\w*)\b",
            ),
        ),
        (
            (
                "gevoelige vertrouwelijke geheime staatsgeheimen bedrijfsgeheimen",
                r"\b(?:gevoelige|vertrouwelijke|geheime|niet-openbare)\s+(?:\w+\s+)?(?:informatie"
                r"|gegevens|documenten|kennis)\b|\b(?:staats|bedrijfs)geheimen\b",
            ),
        ),
    ),
}


_FOREIGN = LanguageRules(FOREIGN_RULES)


class ReportedTacticsDetector(PatternDetector):
    """The cover persona and the information sought, as a reporter's account tells them."""

    name = "reported_tactics"
    rules = COVER_EN + ELICIT_EN

    def detect(self, approach: Approach) -> list[Finding]:
        account = account_texts(approach)
        if not account:
            return []
        return merge_findings(
            (self.scan(account), _FOREIGN.scan(account)), account, list(self.codes)
        )
