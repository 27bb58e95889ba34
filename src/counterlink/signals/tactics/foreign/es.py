"""The tactics in Spanish: paid reports and trips, an unnamed client abroad, secrecy, leaving
the platform (see :mod:`counterlink.signals.tactics.foreign`)."""

from __future__ import annotations

from counterlink.signals.base import PatternRule
from counterlink.signals.tactics.concealment import OFF_PLATFORM, SECRECY
from counterlink.signals.tactics.foreign.common import _APP_WORDS, _APPS, _places
from counterlink.signals.tactics.offers import PAID_INSIGHT
from counterlink.signals.tactics.patterns import _GAP30, _GAP40, _GAP60, _like
from counterlink.signals.tactics.terms import TRAVEL, UNNAMED_CLIENT

_ES_PLACES = _places(
    "china",
    r"pek[ií]n",
    "beijing",
    r"shangh[aá]i",
    "shenzhen",
    r"hong\s?kong",
    "macao",
    r"mosc[uú]",
    "rusia",
    r"ir[aá]n",
    r"teher[aá]n",
    r"corea\s+del\s+norte",
    "minsk",
    "bielorrusia",
)
_ES_WORK = r"(?:informes?|reportes?|an[aá]lisis|estudios?|art[ií]culos?|notas?|documentos?)"
_ES_WORK_WORDS = (
    "informe informes reporte reportes análisis analisis estudio estudios artículo artículos "
    "articulo articulos nota notas documento documentos"
)
_ES_PAY = (
    r"(?:pagad[oa]s?|remunerad[oa]s?|pagamos|pagan|paga|pagar[ií]a|pagar[aá]n?|pagaremos"
    r"|remuneramos|remunera|honorarios|a\s+cambio\s+de\s+(?:dinero|un\s+pago|honorarios))"
)
_ES_PAY_WORDS = (
    "pagado pagada pagados pagadas remunerado remunerada remunerados remuneradas pagamos pagan "
    "paga pagaría pagaria pagará pagara pagarán pagaran pagaremos remuneramos remunera "
    "honorarios cambio"
)
RULES: tuple[PatternRule, ...] = (
    *_like(
        PAID_INSIGHT,
        (
            (
                _ES_WORK_WORDS,
                _ES_PAY_WORDS,
                r"\b"
                + _ES_WORK
                + r"\b"
                + _GAP40
                + r"\b"
                + _ES_PAY
                + r"\b|\b"
                + _ES_PAY
                + r"\b"
                + _GAP40
                + r"\b"
                + _ES_WORK
                + r"\b",
            ),
            (
                "información informacion",
                r"\binformaci[oó]n\s+(?:no\s+p[uú]blica|confidencial|interna|privilegiada)\b",
            ),
        ),
    ),
    *_like(
        TRAVEL,
        (
            ("todos", r"\btodos\s+los\s+gastos\s+(?:pagados|cubiertos|incluidos)\b"),
            (
                "gastos vuelo vuelos billete billetes pasaje pasajes hotel alojamiento viaje "
                "estancia",
                "pagado pagada pagados pagadas cubierto cubierta cubiertos cubiertas cuenta cargo "
                "reembolsad* incluid* gratis",
                r"\b(?:gastos|vuelos?|billetes?|pasajes?|hotel|alojamiento|viaje|estancia)\b"
                + _GAP40
                + r"\b(?:pagad[oa]s?|cubiert[oa]s?|(?:de|por)\s+nuestra\s+cuenta"
                r"|a\s+nuestro\s+cargo|reembolsad[oa]s?|incluid[oa]s?|gratis)\b",
            ),
            (
                "cubrimos cubriremos cubriría cubriria pagamos pagaremos pagaría pagaria costeamos",
                r"\b(?:cubrimos|cubriremos|cubrir[ií]a|pagamos|pagaremos|pagar[ií]a|costeamos)\s+(?:\w+\s+){0,3}?(?:gastos"
                r"|vuelos?|billetes?|pasajes?|hotel|alojamiento|viaje)\b",
            ),
            (
                "invit* visitar viaje venir viajar",
                r"\b(?:invit\w+|visitar|viaje|venir|viajar)\b"
                + _GAP60
                + r"\b(?:a|en)\s+"
                + _ES_PLACES
                + r"\b",
            ),
        ),
        exclude=(
            r"^(?![^\n]*?(?:todos\s+los\s+gastos|" + _ES_PLACES + r"))[^\n]*?\b(?:entrevistas?"
            r"|reubicaci[oó]n|traslado)\b",
            r"\bno\s+(?:est[aá]n?|ser[aá]n?)\s+(?:cubiert|incluid|pagad)",
        ),
    ),
    *_like(
        UNNAMED_CLIENT,
        (
            (
                "cliente clientes socio socios socia socias mandante mandantes",
                "asia china hong kong hongkong singapur rusia extranjero extranjera extranjeros "
                "extranjeras oriente golfo asiátic* asiatic* chino china chinos chinas",
                r"\b(?:un|una|mi|nuestro|nuestra|nuestros|nuestras|mis|su|sus)\s+(?:\w+\s+)?"
                r"(?:clientes?|socios?|socias?|mandantes?)\s+(?:(?:con\s+sede|ubicad[oa]s?"
                r"|radicad[oa]s?)\s+)?(?:en\s+(?:asia|china|hong\s?kong|singapur|rusia"
                r"|el\s+extranjero|oriente\s+medio|el\s+golfo)|del\s+extranjero|extranjer[oa]s?"
                r"|asi[aá]tic[oa]s?|chin[oa]s?)\b",
            ),
            (
                "anónimo anónima anónimos anónimas anonimo anonima anonimato anonimos",
                r"\b(?:prefiere|desea|quiere|prefieren|desean|quieren)\s+(?:permanecer|mantenerse"
                r"|seguir|quedar)\s+(?:en\s+el\s+)?an[oó]nim(?:o|a|os|as|ato)\b",
            ),
            (
                "revelar decir divulgar compartir",
                r"\bno\s+(?:puedo|podemos)\s+(?:todav[ií]a\s+)?(?:revelar|decir|divulgar|compartir)"
                r"\s+(?:\w+\s+)?(?:nombre|identidad|qui[eé]n)",
            ),
        ),
    ),
    *_like(
        SECRECY,
        (
            ("entre", r"\bentre\s+(?:nosotros|usted\s+y\s+yo|t[uú]\s+y\s+yo)\b"),
            (
                "secreto confidencial reserva discreción discrecion",
                r"\b(?:mantenga|mantener|guarde|guardar|mant[eé]n)\s+(?:esto|esta\s+\w+|todo|la\s+\w+"
                r"|el\s+\w+)\s+(?:en\s+)?(?:secreto|confidencial|reserva|discreci[oó]n)\b"
                r"|\b(?:lo|la|los|las|esto)\s+(?:mantenga|guarde|mantengas|guardes)\s+(?:en\s+)?"
                r"(?:secreto|reserva|confidencial)\b",
            ),
            (
                "diga cuente comente mencione informe",
                r"\bno\s+(?:se\s+lo\s+|le\s+|les\s+)?(?:diga|cuente|comente|mencione|informe)\s+"
                r"(?:nada\s+)?(?:a\s+)?(?:su|sus|nadie)\b",
            ),
            (
                "informar decirle avisar comunicarlo",
                r"\bsin\s+(?:informar|decirle|avisar|comunicarlo)\s+(?:a\s+)?(?:su|sus)\s+"
                r"(?:empleador|empresa|jefe|superior|colegas|universidad)\b",
            ),
            (
                "discreto discreta discreción discrecion",
                r"\bsea\s+discret[oa]\b|\bcon\s+(?:total|absoluta|m[aá]xima)\s+discreci[oó]n\b",
            ),
        ),
    ),
    *_like(
        OFF_PLATFORM,
        (
            (
                "personal privado",
                r"\b(?:correo|e-?mail|n[uú]mero|tel[eé]fono|m[oó]vil)\s+(?:personal|privado)\b",
            ),
            ("linkedin", r"\bfuera\s+de\s+linkedin\b"),
            (
                "correo teléfono telefono " + _APP_WORDS,
                "seguir continuar hablar conversar",
                r"\b(?:seguir|continuar|hablar|conversar)\b" + _GAP30 + r"\b(?:por|en|v[ií]a)\s+"
                r"(?:" + _APPS + r"|correo|tel[eé]fono)\b",
            ),
        ),
    ),
)
