"""The tactics in French: paid reports and trips, an unnamed client abroad, secrecy, leaving
the platform (see :mod:`counterlink.signals.tactics.foreign`)."""

from __future__ import annotations

from counterlink.signals.base import PatternRule
from counterlink.signals.tactics.concealment import OFF_PLATFORM, SECRECY
from counterlink.signals.tactics.foreign.common import _APP_WORDS, _APPS, _places
from counterlink.signals.tactics.offers import PAID_INSIGHT
from counterlink.signals.tactics.patterns import _GAP30, _GAP40, _GAP60, _like
from counterlink.signals.tactics.terms import TRAVEL, UNNAMED_CLIENT

_FR_PLACES = _places(
    r"p[ée]kin",
    "beijing",
    "shanghai",
    "shenzhen",
    "canton",
    r"hong\s?kong",
    "macao",
    "moscou",
    r"saint-p[ée]tersbourg",
    r"t[ée]h[ée]ran",
    "minsk",
    "chine",
    "russie",
    "iran",
    r"bi[ée]lorussie",
    r"cor[ée]e\s+du\s+nord",
)
_FR_WORK = r"(?:rapports?|notes?|analyses?|[ée]tudes?|articles?|synth[èe]ses?|contributions?)"
_FR_WORK_WORDS = (
    "rapport rapports note notes analyse analyses étude études etude etudes article articles "
    "synthèse synthèses synthese syntheses contribution contributions"
)
_FR_PAY = (
    r"(?:r[ée]mun[ée]r\w*|pay[ée]e?s?|payons|payerons|paierons|paie|paye|honoraires?"
    r"|contre\s+(?:r[ée]mun[ée]ration|paiement|rétribution))"
)
_FR_PAY_WORDS = (
    "rémun* remun* payé payée payés payées paye payee payes payees payons payerons paierons "
    "paie honoraire honoraires contre"
)
RULES: tuple[PatternRule, ...] = (
    *_like(
        PAID_INSIGHT,
        (
            (
                _FR_WORK_WORDS,
                _FR_PAY_WORDS,
                r"\b"
                + _FR_WORK
                + r"\b"
                + _GAP40
                + _FR_PAY
                + r"|"
                + _FR_PAY
                + _GAP40
                + r"\b"
                + _FR_WORK
                + r"\b",
            ),
            (
                "informations information",
                r"\binformations?\s+(?:non[- ]publiques?|confidentielles?|internes?"
                r"|privil[ée]gi[ée]es?|exclusives?)\b",
            ),
            ("non", r"\bnon[- ]publi(?:c|que|ques|[ée]s?|[ée]es?)\b"),
        ),
    ),
    *_like(
        TRAVEL,
        (
            (
                "frais voyage vol vols billet billets hôtel hotel hébergement séjour déplacement "
                "déplacements",
                "pris prise prises couverts couvert rembours* payé payée payés payées paye payee "
                "payes payees offert offerts nos notre",
                r"\b(?:frais|voyage|vols?|billets?|h[ôo]tel|h[ée]bergement|s[ée]jour|d[ée]placements?)"
                r"\b"
                + _GAP40
                + r"(?:pris(?:e|es)?\s+en\s+charge|couverts?|rembours[ée]s?|pay[ée]s?"
                r"|offerts?|[àa]\s+nos\s+frais|[àa]\s+notre\s+charge)",
            ),
            (
                "prenons prendrons prendra prend prendrait prendraient",
                r"\b(?:prenons|prendrons|prendra|prend|prendrait|prendraient)\s+en\s+charge\s+(?:\w+\s+){0,3}?(?:frais"
                r"|voyage|vols?|billets?|h[ôo]tel|h[ée]bergement|s[ée]jour|d[ée]placements?)\b",
            ),
            (
                "invit* venir visiter voyage séjour sejour",
                r"\b(?:invit\w+|venir|visiter|voyage|s[ée]jour)\b"
                + _GAP60
                + r"\b(?:[àa]|en|au)\s+"
                + _FR_PLACES
                + r"\b",
            ),
            # "invitée gracieusement à l'étranger": a free trip abroad.
            (
                "invit* voyage séjour sejour",
                "gracieusement étranger etranger",
                r"\binvit\w*\s+gracieusement\b|\b(?:invit\w+|voyage|s[ée]jour)\b"
                + _GAP60
                + r"\b(?:[àa]\s+)?l['’][ée]tranger\b",
            ),
        ),
        exclude=(
            r"^(?![^\n]*?(?:tous\s+frais|" + _FR_PLACES + r"))[^\n]*?\b(?:entretiens?"
            r"|d[ée]m[ée]nagement)\b",
            r"\bne\s+(?:sont|seront|est|sera)\s+pas\s+(?:pris|couverts?|rembours|pay)",
        ),
    ),
    *_like(
        UNNAMED_CLIENT,
        (
            (
                "client clients cliente clientes partenaire partenaires commanditaire "
                "commanditaires mandant mandants",
                "étranger* etranger* asie chine hong kong hongkong singapour pékin pekin "
                "shanghai russie moyen asiatique asiatiques chinois chinoise chinoises",
                r"\b(?:un|une|mon|ma|notre|nos|mes|son|sa|leur|leurs)\s+(?:\w+\s+)?(?:clients?"
                r"|clientes?|partenaires?|commanditaires?|mandants?)\s+(?:bas[ée]e?s?\s+|situ[ée]e?s?"
                r"\s+)?(?:[àa]\s+l'[ée]tranger|en\s+asie|en\s+chine|[àa]\s+hong\s?kong"
                r"|[àa]\s+singapour|[àa]\s+p[ée]kin|[àa]\s+shanghai|en\s+russie|au\s+moyen-orient"
                r"|asiatiques?|chinois(?:e|es)?|[ée]trang(?:er|ers|[èe]re|[èe]res))\b",
            ),
            (
                "anonymat anonyme anonymes",
                r"\b(?:souhaite|pr[ée]f[èe]re|d[ée]sire|veut|souhaitent|pr[ée]f[èe]rent|veulent)\s+"
                r"(?:rester|garder)\s+(?:l'anonymat|anonymes?)\b",
            ),
            (
                "révéler reveler divulguer dire donner communiquer",
                r"\bne\s+(?:peux|pouvons|puis)\s+pas\s+(?:encore\s+)?(?:vous\s+)?(?:r[ée]v[ée]ler"
                r"|divulguer|dire|donner|communiquer)\s+(?:\w+\s+)?(?:le\s+nom|l'identit[ée]|qui)",
            ),
        ),
    ),
    *_like(
        SECRECY,
        (
            (
                "discret discrète discrets discrètes discrete discretes discretion discrétion",
                r"\b(?:merci\s+d'[êe]tre|soyez|restez|rester|de\s+rester|d'[êe]tre)\s+discr(?:et|[èe]te)s?"
                r"\b|\b(?:en\s+toute|la\s+plus\s+grande|avec)\s+discr[ée]tion\b",
            ),
            ("confidentialité", r"\bconfidentialit[ée]\s+(?:absolue|totale|stricte)\b"),
            (
                "informer parler prévenir prevenir mentionner",
                "employeur hiérarchie hierarchie supérieur superieur collègues collegues direction "
                "responsable",
                r"\bsans\s+(?:en\s+)?(?:informer|parler\s+[àa]|pr[ée]venir|mentionner\s+[àa])\s+"
                r"(?:votre|vos)\s+(?:employeur|hi[ée]rarchie|sup[ée]rieur|coll[èe]gues|direction"
                r"|responsable)\b",
            ),
            (
                "savoir",
                r"\b(?:votre|vos)\s+(?:employeur|hi[ée]rarchie|sup[ée]rieur|coll[èe]gues|direction)\s+"
                r"n'(?:a|ont)\s+pas\s+(?:besoin\s+)?(?:de\s+)?(?:le\s+)?savoir\b",
            ),
            ("inutile", r"\binutile\s+d'(?:en\s+)?(?:parler|informer|avertir)\b"),
        ),
    ),
    *_like(
        OFF_PLATFORM,
        (
            (
                "linkedin",
                r"\b(?:hors\s+de|en\s+dehors\s+de)\s+linkedin\b",
            ),
            (
                "portable mobile",
                r"\bvotre\s+(?:num[ée]ro\s+de\s+)?(?:portable|mobile)\b",
            ),
            (
                "mail email courriel téléphone telephone " + _APP_WORDS,
                "continuer poursuivre passer échanger echanger discuter parler",
                r"\b(?:continuer|poursuivre|passer|[ée]changer|discuter|parler)\b"
                + _GAP30
                + r"\b(?:sur|par|via)\s+(?:"
                + _APPS
                + r"|e-?mail|mail|courriel|t[ée]l[ée]phone)\b",
            ),
        ),
    ),
)
