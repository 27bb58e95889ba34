"""Requests about the target's work: CV, projects, colleagues, clearance."""

from __future__ import annotations

# Guidance (formats/RED-FLAGS.md): row 10 is the request flag itself; 12 is clearance and
# colleagues.
from counterlink.signals.guidance import (
    ASIO_TBYL,
    MI5_BBC,
    NPSA_TBYL,
    ODNI_NEVERNIGHT,
    YEO,
)
from counterlink.signals.requests.cues import _request

_PEOPLE = (
    r"(?:colleagues?|co-?workers|team\s*mates|team\s+members|staff|employees|engineers"
    r"|researchers|scientists|analysts|officials|managers?|bosses|supervisors?|peers"
    r"|members\s+of\s+(?:your|the)\s+(?:team|group|lab|department|unit)|everyone|officers"
    r"|principal\s+investigators)"
)
_PEOPLE_WORDS = (
    "colleague colleagues co coworkers teammates team staff employees engineers researchers "
    "scientists analysts officials manager managers bosses supervisor supervisors peers "
    "members everyone officers investigators"
)
_CONTACT_WORDS = (
    "names name contacts contact emails email mail mails numbers details list profiles profile"
)
_UNIT = (
    r"(?:team|group|lab|department|unit|division|office|company|organi[sz]ation|ministry"
    r"|project|programme|program|desk)"
)
_UNIT_WORDS = (
    "team group lab department unit division office company organisation organization "
    "ministry project programme program desk"
)
_REQUEST_GUIDANCE = (NPSA_TBYL, ODNI_NEVERNIGHT, YEO)

REQUEST_CV = _request(
    "message.request_cv",
    "Asks for your CV or work history",
    _REQUEST_GUIDANCE,
    (
        ("cv cvs c.v", r"\bcvs?\b|\bc\.v\."),
        ("curriculum", r"\bcurriculum\s+vitae\b"),
        # "resume" the noun, not "resume our conversation".
        (
            "resume resumes résumé résumés",
            r"\brésumés?\b|\bresumes?\b(?!\s+(?:our|the|this|talks|discussions?|conversations?"
            r"|work|working|where))",
        ),
        ("history", r"\b(?:work|employment|career)\s+history\b"),
    ),
)

REQUEST_PROJECTS = _request(
    "message.request_projects",
    "Asks for details of your current projects or work",
    _REQUEST_GUIDANCE,
    (
        (
            "project projects programme programmes program programs roadmap roadmaps "
            "initiative initiatives development developments prototype prototypes pipeline "
            "portfolio assignment assignments workstream workstreams work research",
            "details detail specifics information info overview summary description outline "
            "update updates more",
            r"\b(?:details?|specifics|information|info|overview|summary|description|outline"
            r"|update|updates|more)\s+(?:about|on|of|regarding|around)\s+(?:\w+\s+){0,3}?"
            r"(?:projects?|programmes?|programs?|roadmaps?|initiatives?|developments?"
            r"|prototypes?|pipeline|portfolio|assignments?|workstreams?|(?:current|ongoing"
            r"|latest|recent|present|day-to-day|upcoming|future|next|classified|sensitive"
            r"|internal|confidential)\s+(?:\w+\s+)?(?:work|research))\b",
        ),
        (
            "working developing building researching designing testing planning",
            r"\bwhat\s+(?:exactly\s+|else\s+)?(?:are|is)\s+(?:you|your\s+(?:\w+\s+)?"
            + _UNIT
            + r")\s+(?:currently\s+|now\s+|presently\s+|actually\s+)?(?:working\s+on|developing"
            r"|building|researching|designing|testing|planning)\b|\bwhat\s+you(?:'re|’re"
            r"|\s+are)\s+(?:currently\s+|now\s+)?(?:working\s+on|developing|building"
            r"|researching)\b",
        ),
        (
            "project projects programme programmes program programs system systems product "
            "products technology technologies platform platforms contract contracts",
            r"\b(?:which|what)\s+(?:\w+\s+)?(?:projects?|programmes?|programs?|systems?"
            r"|products?|technolog(?:y|ies)|platforms?|contracts?)\s+(?:are|is|were|was|have"
            r"|has)\s+(?:you|your\s+(?:\w+\s+)?" + _UNIT + r")\s+(?:\w+\s+)?(?:working\s+on"
            r"|involved\s+(?:in|with)|developing|building|leading|led|responsible\s+for"
            r"|focus(?:ing|ed)\s+on)",
        ),
        (
            "roadmap pipeline milestones project",
            r"\b(?:your|the)\s+(?:\w+\s+)?(?:roadmap"
            r"|pipeline|milestones|project\s+plans?)\b",
        ),
        (
            "current ongoing latest recent present sensitive internal classified",
            "project projects programme programmes program programs work research",
            r"\byour\s+(?:current|ongoing|latest|recent|present|sensitive|internal|classified)\s+"
            r"(?:\w+\s+)?(?:projects?|programmes?|programs?|work|research)\b",
        ),
        (
            "project projects programme programmes program programs",
            "work research",
            r"\byour\s+(?:work|research)\s+(?:\w+\s+)?(?:projects?|programmes?|programs?)\b",
        ),
        (
            "project projects programme programmes initiative initiatives",
            "working leading led involved worked running managing",
            r"\b(?:projects?|programmes?|initiatives?)\s+(?:that\s+)?you(?:'ve|’ve|'re|’re"
            r"|\s+have|\s+are)?\s+(?:been\s+)?(?:\w+\s+)?(?:working\s+on|leading|led"
            r"|involved\s+in|worked\s+on|running|managing)\b",
        ),
    ),
)

REQUEST_COLLEAGUES = _request(
    "message.request_colleagues",
    "Asks about your colleagues: names, contacts, who works on what, the org chart",
    (NPSA_TBYL, ODNI_NEVERNIGHT, MI5_BBC, YEO),
    (
        (
            _PEOPLE_WORDS,
            _CONTACT_WORDS,
            r"\b(?:names?|contacts?|contact\s+(?:details|info\w*)|e-?mails?|e-?mail\s+addresses"
            r"|phone\s+numbers|numbers|details|list|(?:linkedin\s+)?profiles?)\s+(?:of|for)\s+"
            r"(?:\w+\s+){0,3}?" + _PEOPLE + r"\b",
        ),
        (
            "colleague colleagues co coworkers teammates team manager boss supervisor director",
            _CONTACT_WORDS,
            r"\b(?:your|the)\s+(?:colleagues?|co-?workers|team\s*mates|team\s+members|manager"
            r"|boss|supervisor|line\s+manager|director)(?:'s|’s|s'|’)?\s+(?:names?|contacts?"
            r"|contact\s+details|e-?mails?|e-?mail\s+addresses|phone\s+numbers|numbers|details"
            r"|profiles?)\b",
        ),
        (
            "who",
            r"\bwho\s+else\s+(?:\w+\s+){0,3}?(?:in|on|at|from|within)\s+(?:your|the)\s+"
            + _UNIT
            + r"|\bwho\s+(?:\w+\s+){0,2}?(?:works?|is\s+working|are\s+working|leads?|runs?"
            r"|manages?|heads?|is\s+in\s+charge|are\s+in\s+charge|is\s+responsible"
            r"|are\s+responsible|reports?|sits?|is\s+involved|are\s+involved)\s+(?:\w+\s+){0,4}?"
            r"(?:in|on|at|for|with|of)\s+(?:your|the)\s+(?:\w+\s+)?" + _UNIT + r"\b"
            r"|\bwho\s+(?:do|did)\s+you\s+(?:report\s+to|work\s+(?:with|for|alongside))\b"
            r"|\bwho\s+(?:the\s+)?(?:principal\s+investigators|pis|leads|heads|managers"
            r"|engineers|researchers|officers|officials)\s+(?:are|were)\b",
        ),
        (
            "officers officials colleagues staff engineers researchers people members",
            r"\bwhich\s+(?:officers|officials|colleagues|staff|engineers|researchers|people"
            r"|members)\s+(?:are|were|is)\s+(?:\w+\s+)?(?:involved|working|responsible"
            r"|leading)\b",
        ),
        (
            "chart charts structure diagram hierarchy",
            r"\b(?:org(?:ani[sz]ation(?:al)?)?|organi[sz]ation(?:al)?)[- ]?(?:chart|charts"
            r"|structure|diagram|hierarchy)\b",
        ),
        (
            "directory list roster structure hierarchy composition",
            r"\b(?:team|staff|employee|internal|company|department|phone)\s+(?:directory|list"
            r"|roster|structure|hierarchy|composition)\b",
        ),
        (
            "introduce connect put",
            r"\b(?:introduce|connect|put)\s+(?:me|us)\s+(?:in\s+touch\s+)?(?:to|with)\s+"
            r"(?:\w+\s+){0,3}?(?:your\s+)?(?:colleagues?|co-?workers|team(?:mates|\s+members)?"
            r"|manager|boss|supervisor|director|people|someone|anyone|others|contacts)\b",
        ),
    ),
    # Genuine referral asks ("anyone who might be interested", "pass this on") are not this.
    exclude=(
        r"\b(?:anyone|someone|somebody|anybody|people|friends|others|colleagues)\s+(?:\w+\s+)?"
        r"(?:who|that)\s+(?:\w+\s+)?(?:might|may|would|could)\s+(?:also\s+)?(?:be\s+)?"
        r"(?:interested|keen|suitable|a\s+(?:good\s+)?fit|fit|like|benefit)",
        r"\b(?:pass|forward|share)\s+(?:this|it|the\s+(?:role|job|post|link|ad|advert|details))"
        r"\s+(?:on\s+)?(?:to|with)\b",
        r"\brefer(?:ral|rals|ring|red)?\b",
    ),
)

REQUEST_CLEARANCE = _request(
    "message.request_clearance",
    "Asks about your security clearance or vetting",
    (ASIO_TBYL, YEO, NPSA_TBYL),
    (
        (
            "clearance clearances vetting",
            r"(?<!customs\s)(?<!export\s)\b(?:clearances?"
            r"|vetting)\b",
        ),
        (
            "cleared vetted",
            r"\b(?:are|were)\s+you\s+(?:\w+\s+)?(?:cleared|vetted)\b"
            r"|\b(?:sc|dv|ctc|ts/sci|ts|top[- ]secret)[- ]cleared\b",
        ),
    ),
    # A job advert stating a requirement is not asking about yours.
    exclude=(
        r"\b(?:requires?|required|must\s+(?:hold|have|be)|essential|eligible|eligibility"
        r"|ability\s+to\s+obtain|able\s+to\s+obtain|willing\s+to\s+undergo|subject\s+to"
        r"|will\s+need\s+to\s+(?:obtain|undergo))\b",
    ),
)
