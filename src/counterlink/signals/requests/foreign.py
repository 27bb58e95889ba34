"""Requests in French, German, Spanish, Italian and Dutch: the target's projects, colleagues, and
internal or non-public information.

As in English, each object must be asked for in the same sentence, by that language's cues (a
question, "pourriez-vous", "könnten Sie", "podría", "potrebbe", "zou u"). Each group is read only
on text in its language (:class:`counterlink.signals.language.LanguageRules`).
"""

from __future__ import annotations

from counterlink.signals.base import Part, PatternRule, rules_from_parts
from counterlink.signals.guidance import PHISHING_FOR_INFORMATION
from counterlink.signals.requests.career import REQUEST_COLLEAGUES, REQUEST_PROJECTS
from counterlink.signals.requests.insider import SENSITIVE_CORPORATE

_NEAR = r"[^.!?\n]{0,40}?"


def _asked(
    cues: tuple[str, ...],
    projects: tuple[Part, ...],
    colleagues: tuple[Part, ...],
    corporate: tuple[Part, ...],
) -> tuple[PatternRule, ...]:
    """One language's request rules, under the English codes, titles and guidance."""
    out: list[PatternRule] = []
    for rules, parts in (
        (REQUEST_PROJECTS, projects),
        (REQUEST_COLLEAGUES, colleagues),
        (SENSITIVE_CORPORATE, corporate),
    ):
        first = rules[0]
        out += rules_from_parts(
            first.code,
            first.title,
            tuple(first.guidance),
            parts,
            attack=PHISHING_FOR_INFORMATION,
            require=cues,
        )
    return tuple(out)


# A question, in any of them, is an ask.
_QUESTION = r"[?¿]"

FR = _asked(
    (
        _QUESTION,
        r"\b(?:pourriez|pouvez|pourrais|peux|voudriez|auriez|accepteriez)[- ](?:vous|tu)\b",
        r"\bmerci\s+de\b|\bj'aimerais\b|\bje\s+(?:voudrais|souhaiterais|souhaite)\b"
        r"|\bnous\s+(?:aimerions|voudrions|souhaiterions|souhaitons)\b|\bs'il\s+vous\s+pla[iî]t\b"
        r"|\bsvp\b|\b(?:envoyez|transmettez|communiquez|donnez|dites|indiquez)[- ]moi\b",
        r"\b(?:demand\w+|voulait|voulaient|insist\w+)\b",
    ),
    (
        (
            "projets projet travaux recherches recherche programmes programme",
            r"\b(?:vos|votre)\s+(?:projets?|travaux|recherches?|programmes?)\s+(?:actuels?|en\s+cours"
            r"|r[ée]cents?|internes?|confidentiels?)\b|\b(?:d[ée]tails|informations|pr[ée]cisions)\s+"
            r"sur\s+(?:vos|votre|les)\s+(?:\w+\s+)?(?:projets?|programmes?|travaux|recherches)\b",
        ),
        ("quoi", r"\bsur\s+quoi\s+(?:travaillez-vous|vous\s+travaillez|travaille\s+votre)\b"),
    ),
    (
        (
            "collègues collegues équipe equipe chercheurs ingénieurs ingenieurs",
            "noms nom coordonnées coordonnees contacts contact mails mail email emails liste",
            r"\b(?:noms?|coordonn[ée]es|contacts?|e-?mails?|liste)\s+(?:de\s+|des\s+)(?:vos\s+|votre\s+)?"
            r"(?:coll[èe]gues|membres\s+de\s+(?:votre|l')\s*[ée]quipe|chercheurs|ing[ée]nieurs)\b",
        ),
        (
            "qui",
            r"\bqui\s+(?:d'autre\s+)?(?:travaille|dirige|pilote|est\s+responsable)\b"
            + _NEAR
            + r"\b(?:votre|l')\s*(?:[ée]quipe|laboratoire|labo|d[ée]partement|service|projet)\b",
        ),
        ("organigramme", r"\borganigrammes?\b"),
    ),
    (
        (
            "internes interne confidentiels confidentielles confidentiel confidentielle non",
            r"\b(?:documents?|informations?|donn[ée]es|rapports?|chiffres)\s+(?:internes?"
            r"|confidentiel(?:le)?s?|non[- ]publi(?:c|que|ques|[ée]s|[ée]es))\b",
        ),
    ),
)

DE = _asked(
    (
        _QUESTION,
        r"\b(?:könnten|können|konnten|würden|wurden|würde|dürfte|wären)\s+sie\b|\bbitte\b",
        r"\b(?:ich|wir)\s+(?:bräuchte|bräuchten|benötige|benötigen|hätte|hätten)\b"
        r"|\b(?:schicken|senden|teilen|nennen|geben)\s+sie\s+(?:mir|uns)\b",
        r"\b(?:gefragt|gebeten|fragte|wollte|wollten|verlangt\w*)\b",
    ),
    (
        (
            "ihre ihren ihrem ihrer",
            "aktuellen laufenden derzeitigen internen neuesten",
            r"\bihre[nmr]?\s+(?:aktuellen|laufenden|derzeitigen|internen|neuesten)\s+(?:projekte?n?"
            r"|forschung\w*|arbeiten|programme?n?|vorhaben)\b",
        ),
        ("woran was", r"\b(?:woran|an\s+was)\s+(?:arbeiten\s+sie|sie\s+(?:gerade\s+)?arbeiten)\b"),
        (
            "projekt projekte projekten programm programme programmen arbeiten forschung",
            "details einzelheiten informationen näheres naheres",
            r"\b(?:details|einzelheiten|informationen|n[äa]heres)\s+(?:zu|über|uber)\s+(?:ihre[nmr]?"
            r"|den|die|dem)\s+(?:\w+\s+)?(?:projekte?n?|programme?n?|arbeiten|forschung)\b",
        ),
    ),
    (
        (
            "kollegen kolleginnen mitarbeiter* teammitglieder* forscher* ingenieur*",
            "namen kontakte kontakt kontaktdaten adressen liste",
            r"\b(?:namen|kontakte?|kontaktdaten|e-?mail-adressen|liste)\s+(?:ihrer|der|von)\s+"
            r"(?:\w+\s+)?(?:kollegen|kolleginnen|mitarbeiter\w*|teammitglieder\w*|forscher\w*"
            r"|ingenieur\w*)\b",
        ),
        (
            "wer",
            r"\bwer\s+(?:sonst\s+)?(?:arbeitet|leitet|ist\s+(?:zuständig|verantwortlich))\b"
            + _NEAR
            + r"\b(?:team|abteilung|labor|projekt|gruppe)\b",
        ),
        ("organigramm organigramme", r"\borganigramme?\b"),
    ),
    (
        (
            "interne internen vertrauliche vertraulichen nicht*",
            r"\b(?:interne|vertrauliche|nicht[- ]?öffentliche)[n]?\s+(?:dokumente|unterlagen"
            r"|informationen|daten|berichte|zahlen)\b",
        ),
    ),
)

ES = _asked(
    (
        _QUESTION,
        r"\b(?:podr[ií]a|puede|podr[ií]as|puedes|podr[ií]amos)\b|\bpor\s+favor\b",
        r"\b(?:me|nos)\s+gustar[ií]a\b|\b(?:env[ií]e(?:me)?|comparta|d[ií]game|ind[ií]queme"
        r"|facil[ií]teme)\b|\bnecesit\w+\b",
        r"\b(?:pidi[oó]|pidieron|quer[ií]a|quer[ií]an|pregunt[oó]|preguntaron|insisti[oó])\b",
    ),
    (
        (
            "proyectos proyecto",
            "sus tus",
            r"\b(?:sus|tus)\s+proyectos\s+(?:actuales|en\s+curso|internos|recientes)\b",
        ),
        ("qué que", r"\ben\s+qu[eé]\s+(?:est[aá]\s+trabajando|trabaja|est[aá]s\s+trabajando)\b"),
        (
            "proyecto proyectos programa programas investigación investigacion investigaciones",
            "detalles información informacion",
            r"\b(?:detalles|informaci[oó]n)\s+(?:sobre|de)\s+(?:sus|tus|los)\s+(?:\w+\s+)?"
            r"(?:proyectos?|programas?|investigaci(?:[oó]n|ones))\b",
        ),
    ),
    (
        (
            "colegas compañeros companeros investigadores ingenieros equipo",
            "nombres nombre contactos contacto correos lista",
            r"\b(?:nombres?|contactos?|correos?|lista)\s+de\s+(?:sus|tus)\s+(?:\w+\s+)?(?:colegas"
            r"|compa[ñn]eros|investigadores|ingenieros|equipo)\b",
        ),
        (
            "quién quien",
            r"\bqui[eé]n\s+(?:m[aá]s\s+)?(?:trabaja|dirige|lidera|es\s+responsable)\b"
            + _NEAR
            + r"\b(?:equipo|departamento|laboratorio|proyecto)\b",
        ),
        ("organigrama", r"\borganigramas?\b"),
    ),
    (
        (
            "internos internas interno interna confidenciales confidencial públicos publicos "
            "pública publica público publico",
            r"\b(?:documentos?|informaci[oó]n|datos|informes?)\s+(?:internos?|internas?"
            r"|confidenciales?|no\s+p[uú]blic[oa]s?)\b",
        ),
    ),
)

IT = _asked(
    (
        _QUESTION,
        r"\b(?:potrebbe|pu[òo]|potresti|puoi|vorrebbe|potreste)\b|\bper\s+favore\b|\bla\s+prego\b",
        r"\b(?:mi|ci)\s+(?:piacerebbe|serve|servono|servirebbe|servirebbero)\b"
        r"|\b(?:mi|ci)\s+(?:invii|mandi|dica|indichi)\b|\bcondivida\b",
        r"\b(?:chiesto|chiese|voleva|volevano|insistito)\b",
    ),
    (
        (
            "progetti",
            "attuali corso interni recenti",
            r"\b(?:i\s+suoi|suoi|i\s+tuoi|tuoi)\s+progetti\s+(?:attuali|in\s+corso|interni|recenti)\b",
        ),
        ("cosa", r"\bsu\s+cosa\s+(?:sta\s+lavorando|lavora|stai\s+lavorando)\b"),
        (
            "progetto progetti programma programmi ricerca ricerche",
            "dettagli informazioni",
            r"\b(?:dettagli|informazioni)\s+(?:sui|sul|sulle|sulla|sugli)\s+(?:\w+\s+)?(?:progett[oi]"
            r"|programm[ai]|ricerc(?:a|he))\b",
        ),
    ),
    (
        (
            "colleghi colleghe ricercatori ingegneri membri",
            "nomi contatti email mail elenco lista",
            r"\b(?:nomi|contatti|e-?mail|elenco|lista)\s+(?:dei\s+|delle\s+)?(?:suoi\s+|sue\s+)?"
            r"(?:colleghi|colleghe|ricercatori|ingegneri|membri\s+del\s+(?:suo\s+)?team)\b",
        ),
        (
            "chi",
            r"\bchi\s+(?:altro\s+)?(?:lavora|dirige|guida|[èe]\s+responsabile)\b"
            + _NEAR
            + r"\b(?:team|gruppo|dipartimento|laboratorio|progetto|reparto)\b",
        ),
        ("organigramma", r"\borganigramm[ai]\b"),
    ),
    (
        (
            "interni interne riservati riservate confidenziali pubblici pubbliche",
            r"\b(?:documenti|informazioni|dati|rapporti)\s+(?:intern[ie]|riservat[ie]|confidenziali"
            r"|non\s+pubblic[ih]e?)\b",
        ),
    ),
)

NL = _asked(
    (
        _QUESTION,
        r"\b(?:zou|kunt|kun|wilt|zoudt)\s+(?:u|je|jij)\b|\balstublieft\b|\baub\b|\bgraag\b",
        r"\b(?:ik|wij|we)\s+(?:zou(?:den)?\s+graag|wil(?:len)?\s+graag|heb(?:ben)?\s+\w*\s*nodig)\b"
        r"|\b(?:stuur|deel|geef|vertel|mail)\s+(?:me|mij|ons)\b",
        r"\b(?:vroeg|vroegen|wilde|wilden|gevraagd)\b",
    ),
    (
        (
            "uw je jouw",
            "huidige lopende interne recente",
            r"\b(?:uw|je|jouw)\s+(?:huidige|lopende|interne|recente)\s+(?:projecten|project|onderzoek"
            r"|werk|programma'?s)\b",
        ),
        ("waar", r"\bwaar\s+(?:werkt\s+u|werk\s+je|u\s+(?:nu\s+)?aan\s+werkt)\b"),
        (
            "projecten project programma programma's onderzoek",
            "details informatie meer",
            r"\b(?:details|informatie|meer)\s+over\s+(?:uw|je|de)\s+(?:\w+\s+)?(?:projecten|project"
            r"|programma'?s|onderzoek)\b",
        ),
    ),
    (
        (
            "collega collega's collegas teamleden onderzoekers ingenieurs medewerkers",
            "namen contactgegevens contacten e-mailadressen emailadressen lijst",
            r"\b(?:namen|contactgegevens|contacten|e-?mailadressen|lijst)\s+van\s+(?:uw|je|jouw)\s+"
            r"(?:\w+\s+)?(?:collega'?s|teamleden|onderzoekers|ingenieurs|medewerkers)\b",
        ),
        (
            "wie",
            r"\bwie\s+(?:er\s+)?(?:nog\s+meer\s+)?(?:werkt|leidt|is\s+verantwoordelijk)\b"
            + _NEAR
            + r"\b(?:team|afdeling|lab|laboratorium|project|groep)\b",
        ),
        ("organogram", r"\borganogram(?:men)?\b"),
    ),
    (
        (
            "interne vertrouwelijke niet",
            r"\b(?:interne|vertrouwelijke|niet[- ]openbare)\s+(?:documenten|informatie|gegevens"
            r"|rapporten|cijfers)\b",
        ),
    ),
)

FOREIGN_REQUESTS: dict[str, tuple[PatternRule, ...]] = {
    "fr": FR,
    "de": DE,
    "es": ES,
    "it": IT,
    "nl": NL,
}
