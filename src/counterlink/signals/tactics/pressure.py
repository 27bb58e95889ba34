"""Pressure on the target: flattery and urgency."""

from __future__ import annotations

from counterlink.signals.guidance import NPSA_TBYL, PSYSCAM_LIKING
from counterlink.signals.tactics.patterns import _GAP20, _GAP30, _tactic

FLATTERY = _tactic(
    "message.flattery",
    "Flattery and inflated language about you or the offer",
    (NPSA_TBYL, PSYSCAM_LIKING),
    (
        ("renowned", r"\brenowned\b"),
        ("high", r"\bhigh[- ](?:impact|end|calibre|caliber|level\s+expert)\b"),
        (
            "leading",
            r"\bleading\s+(?:\w+\s+)?(?:expert|experts|authority|authorities|researcher|scientist"
            r"|voice|figure|light|thinker|specialist)s?\b",
        ),
        (
            "impressive outstanding exceptional remarkable brilliant extraordinary unique "
            "invaluable stellar groundbreaking pioneering",
            r"\byour\s+(?:very\s+)?(?:impressive|outstanding|exceptional|remarkable|brilliant"
            r"|extraordinary|unique|invaluable|stellar|groundbreaking|pioneering)\s+(?:\w+\s+)?"
            r"(?:work|research|background|career|profile|expertise|achievements?|insights?"
            r"|experience|knowledge|perspective|contributions?|track\s+record)\b",
        ),
        (
            "impressed",
            r"\b(?:deeply|very|really|greatly|most|extremely|so|truly|hugely)\s+"
            r"impressed\s+(?:by|with)\b",
        ),
        (
            "following admiring admired followed",
            r"\b(?:i|we)(?:'ve|’ve|\s+have)\s+(?:long\s+)?(?:been\s+)?(?:following|admiring"
            r"|admired|followed)\s+your\s+(?:\w+\s+)?(?:work|research|career|articles?"
            r"|publications?|writing|contributions?)\b",
        ),
        (
            "world globally internationally",
            r"\b(?:world|globally|internationally)[- ](?:class"
            r"|renowned|leading|recogni[sz]ed)\b",
        ),
        (
            "distinguished eminent esteemed prominent brilliant top foremost preeminent",
            r"\b(?:distinguished|eminent|esteemed|prominent|brilliant|top|foremost|preeminent)\s+"
            r"(?:\w+\s+)?(?:experts?|researchers?|scientists?|scholars?|professionals?|figures?"
            r"|talents?|minds?|authorit(?:y|ies)|specialists?)\b",
        ),
        (
            "calibre caliber stature standing reputation eminence",
            r"\bsomeone\s+(?:of|with)\s+"
            r"your\s+(?:calibre|caliber|stature|standing|reputation|eminence)\b",
        ),
        (
            "best brightest top leading most",
            r"\bone\s+of\s+the\s+(?:best|brightest|top|leading"
            r"|most\s+(?:respected|influential|talented|brilliant))\b",
        ),
        ("admirer fan", r"\b(?:big|huge|great)\s+(?:admirer|fan)\s+of\s+your\b"),
        (
            "impressive brilliant amazing outstanding exceptional remarkable incredible superb "
            "stellar world regarded respected legendary",
            "your",
            r"\byour\s+(?:[\w'’-]+\s+){1,4}?(?:is|are|was|were|looks?)\s+(?:\w+\s+)?(?:impressive"
            r"|brilliant|amazing|outstanding|exceptional|remarkable|incredible|superb|stellar"
            r"|world-class|(?:very\s+)?highly\s+(?:regarded|respected)|legendary)\b",
        ),
        (
            "excellent brilliant amazing impressive outstanding superb stellar exceptional",
            r"\b(?:excellent|brilliant|amazing|impressive|outstanding|superb|stellar|exceptional)"
            r"\s+(?:\w+\s+)?(?:paper|talk|work|research|post|blog|demo|presentation|cv|profile"
            r"|article|thesis|results|numbers|track\s+record|webinar)\b|\bgenuinely\s+brilliant\b",
        ),
        (
            "outstanding brilliant exceptional superb exactly",
            r"\byou(?:'d|’d|\s+would)\s+be\s+(?:an?\s+)?(?:outstanding|brilliant|exceptional"
            r"|superb)\b|\bexactly\s+the\s+(?:\w+\s+)?(?:expertise|expert|calibre|caliber)\b",
        ),
        (
            "honoured honored honour honor",
            r"\b(?:would\s+be|are|am|we(?:'d|\s+would)\s+be)\s+(?:\w+\s+)?honou?red\s+(?:to|if)\b"
            r"|\bgreat\s+honou?r\b",
        ),
        (
            "beeindruckt beeindruckend beeindruckende beeindruckender beeindruckenden "
            "impressionnant impressionnante impressionné impressionnée 佩服 仰慕 久仰 впечатл",
            r"\bbeeindruck\w*|\bimpressionn(?:é|ée|ant|ante)\b|佩服|仰慕|久仰|впечатл\w+",
        ),
    ),
)

# A deadline put on the target's answer or delivery.
_DEADLINE = (
    r"\b(?:(?:by|before|within)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:day|week)"
    r"|(?:\d+|one|two|three|twenty[- ]four|forty[- ]eight)\s+(?:hours?|days?|weeks?)"
    r"|(?:mon|tues|wednes|thurs|fri)day)|today|tonight)\b"
)

URGENCY = _tactic(
    "message.urgency",
    "Urgency or scarcity: a limited, one-off chance that needs a quick answer",
    (NPSA_TBYL,),
    (
        (
            "urgent urgently asap soon delay",
            r"\b(?:urgent(?:ly)?|asap|as\s+soon\s+as\s+(?:possible"
            r"|you\s+can)|without\s+delay)\b",
        ),
        (
            "away immediately",
            r"\b(?:reply|respond|start|answer|decide|confirm|sign|act|begin|join)\w*\s+(?:\w+\s+)?"
            r"(?:right\s+away|immediately|straight\s+away)\b",
        ),
        (
            "sensitive critical limited window timeframe frame deadline",
            r"\btime[- ](?:sensitive|critical|limited)\b|\blimited[- ]time\b|\b(?:short|narrow"
            r"|tight|small|limited)\s+(?:window|timeframe|time\s+frame|deadline)\b",
        ),
        (
            "chance opportunity offer",
            r"\b(?:one[- ]off|one[- ]time|once[- ]in[- ]a[- ]lifetime"
            r"|rare|exclusive|last)\s+(?:chance|opportunity|offer)\b",
        ),
        (
            "places place spots spot seats seat slots slot positions openings vacancies",
            r"\bonly\s+(?:a\s+(?:few|handful\s+of)|\d+|one|two|three|four|five)\s+(?:places?"
            r"|spots?|seats?|slots?|positions?|openings?|vacancies)\s+(?:left|remaining"
            r"|available)\b",
        ),
        (
            "today tonight tomorrow week friday monday day business eod cob",
            "need needs must have has",
            r"\b(?:need|needs|must|have\s+to|has\s+to|would\s+need)\b" + _GAP30 + r"\b(?:by"
            r"|before)\s+(?:the\s+end\s+of\s+)?(?:today|tonight|tomorrow|(?:this|next)\s+(?:week"
            r"|friday|monday)|end\s+of\s+(?:day|the\s+week)|close\s+of\s+business|eod|cob)\b",
        ),
        (
            "today tonight hours hour days day promptly tomorrow",
            "reply respond answer decide confirm get",
            r"\b(?:reply|respond|answer|decide|confirm|get\s+back\s+to\s+me)\b" + _GAP20 + r"\b"
            r"(?:today|tonight|within\s+(?:the\s+next\s+)?(?:\d+|twenty[- ]four|forty[- ]eight"
            r"|a\s+few)\s+(?:hours?|days?)|promptly|by\s+tomorrow)\b",
        ),
        (
            "miss act won served sooner",
            r"\b(?:don't|do\s+not)\s+miss\s+(?:out|this)\b|\bact\s+(?:fast|now|quickly)\b"
            r"|\bwon't\s+(?:last|be\s+(?:available|open))\s+(?:long|for\s+long)\b"
            r"|\bfirst[- ]come,?\s+first[- ]served\b|\bthe\s+sooner\s+the\s+better\b",
        ),
        (
            "closes closing expire expires ends until late else",
            r"\b(?:closes|closing|expires?|ends)\s+(?:on\s+)?(?:today|tonight|tomorrow|soon"
            r"|shortly|this\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bonly\s+until\b"
            r"|\bbefore\s+(?:it'?s\s+too\s+late|someone\s+else\s+(?:does|takes))\b",
        ),
        (
            "today tonight within end monday tuesday wednesday thursday friday",
            "need needs needed must send confirm reply respond complete decide return sign "
            "submit deliver get pull have",
            r"\b(?:need|needs|needed|must|send|confirm|reply|respond|complete|decide|return|sign"
            r"|submit|deliver|get\s+back|pull\s+(?:it|that|this)\s+together|have\s+it)\b"
            + _GAP30
            + _DEADLINE,
        ),
        # "this week" is everyday; only a need or must makes it a deadline.
        (
            "week",
            "need needs needed must",
            r"\b(?:need|needs|needed|must)\b" + _GAP30 + r"\bthis"
            r"\s+week\b",
        ),
        (
            "today tonight",
            "speak talk call meet",
            r"\b(?:speak|talk|call|meet)\s+(?:\w+\s+)?(?:today|tonight)\b",
        ),
        (
            "places spots seats slots limited long",
            r"\b(?:only|just)\s+(?:a\s+)?few\s+(?:places|spots|seats|slots)\b|\b(?:places|spots"
            r"|seats|numbers)\s+are\s+(?:very\s+)?limited\b|\b(?:won't|will\s+not)\s+(?:stay|be"
            r"|remain)\s+(?:open|available)\s+(?:long|for\s+long)\b",
        ),
        (
            "fast quickly quick deadline released withdrawn someone",
            r"\b(?:moves?|moving)\s+(?:very\s+)?(?:fast|quickly)\b|\bquick\s+(?:reply|response"
            r"|answer|decision|turnaround)\b|\b(?:on\s+a|tight|short|strict|hard)\s+deadline\b"
            r"|\bdeadline\s+is\s+(?:short|tight|today|tomorrow)\b|\b(?:place|spot|seat|offer)\s+"
            r"(?:will\s+be|is)\s+(?:released|withdrawn|given\s+to\s+someone)",
        ),
    ),
    # Politeness, not pressure.
    exclude=(
        r"\bno\s+(?:rush|hurry|pressure)\b|\btake\s+your\s+time\b|\bin\s+your\s+own\s+time\b",
    ),
)
