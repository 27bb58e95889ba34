"""Requests the persona makes of the target: CV, projects, colleagues, clearance, and sensitive
information (personal, credentials, financial, research, corporate, government).

A request is an ask directed at the target ("could you share...", "I'd need your...", "what is
your...?", "send me..."), so every rule matches the *object* of an ask and then requires a
request cue in the same sentence (``REQUEST_CUES``); mentions ("we protect your personal data",
"I'll send you the job description", "my address is...") have no cue or are vetoed by
``REQUEST_EXCLUDE``. Evidence is the asking sentence. This detector is also the single source
of truth for :mod:`counterlink.signals.escalation`.

Like the tactics, each request is several rules sharing its code, one per phrasing of the object
with the words its matches must contain, so only the phrasings a message could hold are run.
"""

from __future__ import annotations

from counterlink.signals.base import PatternDetector, PatternRule

# Guidance (formats/RED-FLAGS.md): row 10 is the request flag itself; 12 is clearance and
# colleagues; 3 and 13 are non-public and government insight; 15 is research and corporate IP.
from counterlink.signals.guidance import (
    ASIO_TBYL,
    MI5_2025,
    MI5_BBC,
    NPSA_TBYL,
    ODNI_NEVERNIGHT,
    PHISHING_FOR_INFORMATION,
    SECURE_INNOVATION,
    YEO,
)

_VERBS = (
    r"(?:share|send|provide|give|tell|confirm|forward|e-?mail|pass|describe|outline|explain|list"
    r"|introduce|connect|supply|upload|attach|fill|write|prepare|draft|include|specify|show"
    r"|walk|let|brief|disclose|reveal|note)"
)

# An ask directed at the target, somewhere in the same sentence as the object.
REQUEST_CUES: tuple[str, ...] = (
    r"\b(?:could|can|would|will|may|might)\s+you\b",
    rf"\byou\s+(?:could|can|would|might)\s+(?:\w+\s+)?{_VERBS}",
    r"\b(?:could|can|may|might)\s+(?:i|we)\s+(?:\w+\s+)?"
    r"(?:get|have|ask|see|obtain|receive|know|take|access|request|confirm|borrow)\b",
    r"\bplease\b",
    r"\b(?:i|we)(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+do|\s+also|\s+just|\s+still|\s+only)*"
    r"\s+(?:\w+\s+)?(?:need|require)s?\b",
    r"(?:'d|’d|\bwould)\s+(?:\w+\s+)?(?:like|love|appreciate|welcome|want|rather|prefer"
    r"|be\s+grateful)\b",
    r"\b(?:especially|particularly|most|mainly|mostly|really|very)\s+(?:\w+\s+)?(?:interested"
    r"\s+in|keen\s+(?:on|to)|curious\s+about)\b|\b(?:wants?|need|needs|like|love)\s+to\s+"
    r"(?:understand|know|learn|hear|see)\b|\bwant\s+a\s+feel\b",
    r"\b(?:all\s+)?(?:we|they|i)\s+ask\s+(?:is|for)\b|\bis\s+(?:helpful|useful)\s+if\s+you\b",
    r"\b(?:send|share|give|tell|forward|e-?mail|show|pass)\s+(?:me|us)\b",
    r"\b(?:let|keep)\s+(?:me|us)\s+know\b",
    r"\b(?:mind|willing|able|happy|prepared)\s+(?:to\s+)?"
    r"(?:sharing|sending|telling|providing|giving|confirming|introducing|share|send|tell"
    r"|provide|give|confirm|introduce)\b",
    r"\bif\s+you\s+(?:could|can|would|don't\s+mind|do\s+not\s+mind)\b",
    r"\bi\s+(?:was|am)\s+wondering\b",
    r"\bit\s+would\s+help\b|\bwould\s+be\s+(?:\w+\s+)?(?:great|helpful|useful|good|ideal"
    r"|perfect|appreciated)\b",
    r"\bany\s+chance\b",
    # Questions: a wh-question, or any question about "you"/"your".
    r"\b(?:what|what's|whats|where|when|which|who|whom|whose|how)\b[^?]*\?",
    r"\byou(?:r|rs)?\b[^?]*\?",
    # An imperative opening the sentence: "Send me...", "Also, list...".
    r"^(?:(?:also|and|now|lastly|finally|then|just|kindly|first|next|so)[,\s]+)?"
    r"(?:send|share|provide|forward|e-?mail|tell|give|list|describe|fill|upload|attach|include"
    r"|confirm|write|outline|introduce)\b",
)

# Sentences that mention the object without asking the target for it.
REQUEST_EXCLUDE: tuple[str, ...] = (
    # The persona offering something: "I'll send you the job description".
    r"\b(?:i|we)(?:'ll|’ll|\s+will|\s+can|\s+could|\s+shall|\s+am\s+going\s+to"
    r"|\s+are\s+going\s+to|\s+would\s+be\s+happy\s+to|\s+am\s+happy\s+to|\s+are\s+happy\s+to"
    r"|'ve|’ve|\s+have)?\s+(?:\w+\s+)?(?:send|share|forward|e-?mail|provide|give|attach(?:ed)?"
    r"|sent|shared|forwarded)\s+(?:you|it|them|this|over)\b",
    # Warnings and reassurance: "we will never ask for your password".
    r"\b(?:never|don't|do\s+not|won't|will\s+not|shouldn't|should\s+not)\s+(?:\w+\s+)?"
    r"(?:ask(?:ing)?|share|send|give|provide|disclose|reveal|include|submit|enter|post|require"
    r"|need)\b",
    r"\b(?:protect|protects|protecting|safeguard\w*|store|stores|storing)\s+(?:your|all|any)\b",
    r"\bplease\s+find\b|\bhere(?:'s|’s|\s+is|\s+are)\s+(?:the|my|our|a)\b",
    # Questions about skills, not asks for the thing: "any experience with source code review?"
    r"\b(?:do|did|have|has)\s+you\s+(?:\w+\s+)?(?:any\s+)?(?:experience|exposure|familiarity"
    r"|expertise|skills?)\b|\bare\s+you\s+familiar\s+with\b|\bhave\s+you\s+(?:ever\s+)?worked\b",
)


# (keywords, pattern), or (keywords, also_keywords, pattern): every match of the pattern holds
# one of the keywords (and one of also_keywords); see PatternRule.
Part = tuple[str, str] | tuple[str, str, str]


def _request(
    code: str,
    title: str,
    guidance: tuple[str, ...],
    parts: tuple[Part, ...],
    exclude: tuple[str, ...] = (),
) -> tuple[PatternRule, ...]:
    """A request: the phrasings of its object, each asked for in the same sentence."""
    return tuple(
        PatternRule(
            code=code,
            category="message",
            title=title,
            patterns=(pattern,),
            guidance=guidance,
            attack=PHISHING_FOR_INFORMATION,
            exclude=REQUEST_EXCLUDE + exclude,
            require=REQUEST_CUES,
            keywords=tuple(part[0].split()),
            also_keywords=tuple(part[1].split()) if len(part) == 3 else (),
            sentence=True,
        )
        for part in parts
        for pattern in part[-1:]
    )


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

SENSITIVE_PERSONAL = _request(
    "message.sensitive_personal",
    "Asks for personal identifying information (date of birth, address, ID, family...)",
    (NPSA_TBYL, ODNI_NEVERNIGHT),
    (
        (
            "birth birthdate birthday birthdays birthplace dob d.o.b",
            r"\b(?:date|place|year|country|city)\s+of\s+birth\b|\bbirth\s?(?:date|day|place)\b"
            r"|\bbirthdays?\b|\bd\.?o\.?b\b",
        ),
        (
            "address addresses",
            r"\b(?:your|home|residential|postal|private|personal|current|full|mailing|street"
            r"|physical)\s+(?:home\s+)?address(?:es)?\b(?!\s+(?:book|bar))",
        ),
        (
            "live reside grow grew born",
            r"\bwhere\s+(?:do|did)\s+you\s+(?:currently\s+)?(?:live|reside|grow\s+up|grew\s+up)\b"
            r"|\bwhere\s+you\s+(?:live|grew\s+up|were\s+born)\b|\bwhere\s+were\s+you\s+born\b",
        ),
        (
            "hometown hometowns home grew",
            r"\bhome\s?towns?\b|\btown\s+you\s+grew\s+up\b|\bplace\s+you\s+grew\s+up\b",
        ),
        ("passport passports", r"\bpassports?\b(?!\s+(?:control|office))"),
        (
            "id identity identification licence license licences licenses utility",
            r"\b(?:national|government(?:-issued)?|identity|photo|university|student|staff"
            r"|employee|work)\s+id\b|\bid\s+(?:cards?|numbers?|documents?|scans?|copy|copies"
            r"|photos?)\b|\bidentity\s+(?:cards?|documents?|numbers?|papers)\b"
            r"|\bidentification\b|\bdriv(?:ing|er'?s|ers)\s+licen[cs]es?\b|\butility\s+bills?\b",
        ),
        (
            "security ssn insurance ni tax taxpayer",
            r"\bsocial\s+security(?:\s+numbers?)?\b|\bssn\b|\bnational\s+insurance(?:\s+numbers?)?"
            r"\b|\bni\s+numbers?\b|\b(?:tax|taxpayer)\s+(?:id|identification|file|reference)\b",
        ),
        ("maiden first pet", r"\bmaiden\s+name\b|\bfirst\s+(?:pet|car|school)\b|\bpet'?s\s+name\b"),
        (
            "wife husband spouse partner children child kids son daughter parents mother "
            "father family relatives siblings",
            r"\b(?:your|the)\s+(?:wife|husband|spouse|children|child|kids|son|daughter|parents"
            r"|mother|father|family|family\s+members|relatives|siblings)(?:'s|’s|s'|’)?\s+"
            r"(?:\w+\s+)?(?:names?|details|jobs?|work|employers?|occupations?|schools?|ages?"
            r"|birthdays?|whereabouts|address(?:es)?|contacts?)\b|\b(?:names?|ages?|details"
            r"|schools?)\s+of\s+your\s+(?:wife|husband|spouse|partner|children|kids|family"
            r"|parents|siblings|relatives)\b",
        ),
        (
            "married marital children kids wife husband family",
            r"\bare\s+you\s+married\b|\bmarital\s+status\b|\bdo\s+you\s+have\s+(?:any\s+)?"
            r"(?:children|kids|a\s+(?:wife|husband|family))\b",
        ),
        # A full name alone is on the profile; with contact details or "as on your ID" it is not.
        (
            "full",
            r"\bfull\s+legal\s+name\b|\bfull\s+name\s+as\s+it\s+appears\b|\bfull\s+name\b"
            r"(?=[^.!?\n]{0,60}\b(?:contact|e-?mail|phone|number|mobile))",
        ),
        ("graduate", r"\bwhat\s+year\s+did\s+you\s+graduate\b"),
        ("personal", r"\bpersonal\s+(?:e-?mail|phone|mobile|cell|number|contact\s+details)\b"),
        (
            "medical health performance",
            r"\b(?:medical|health)\s+(?:history|histories|records|conditions?|details"
            r"|information)\b|\bperformance\s+(?:reviews?|appraisals?)\b",
        ),
    ),
)

SENSITIVE_CREDENTIALS = _request(
    "message.sensitive_credentials",
    "Asks for passwords, logins, access codes or other credentials",
    (NPSA_TBYL, ODNI_NEVERNIGHT),
    (
        (
            "password passwords passcode passcodes passphrase passphrases pin",
            r"\bpass(?:word|words|code|codes|phrase|phrases)\b|\bpin\s+(?:code|number)s?\b"
            r"|\byour\s+pin\b",
        ),
        (
            "login logins log credentials username usernames user sign",
            r"\blog-?in\s+(?:details|credentials|info\w*|data|name)\b|\blog-?ins\b"
            r"|\b(?:access|account|vpn|network|system|e-?mail|admin|user|remote)\s+credentials\b"
            r"|\buser\s?names?\b|\bsign-?in\s+details\b",
        ),
        ("vpn", r"\bvpn\b"),
        (
            "access entry door alarm building",
            r"\b(?:access|entry|door|alarm|building)\s+(?:codes?|tokens?|keys?|cards?|badges?"
            r"|passes)\b",
        ),
        ("2fa mfa otp", r"\b(?:2fa|mfa|otp)\b"),
        (
            "code codes password passwords passcode passcodes pin pins",
            r"\bone[- ]time\s+(?:code|password|passcode|pin)s?\b",
        ),
        (
            "verification authentication authenticator auth sms token tokens",
            r"\bverification\s+codes?\b|\bauthenticat(?:ion|or)\s+(?:codes?|app)\b"
            r"|\bauth\s+codes?\b|\bsecurity\s+tokens?\b|\bsms\s+codes?\b",
        ),
        ("ssh api private encryption", r"\b(?:ssh|api|private|encryption)\s+keys?\b"),
        (
            "access",
            r"\b(?:remote|network|server|database|system|intranet|sharepoint|repository|repo"
            r"|admin|administrator)\s+access\b|\baccess\s+to\s+(?:your|the)\s+(?:\w+\s+)?"
            r"(?:network|intranet|servers?|systems?|database|repository|repo|sharepoint|drive"
            r"|vpn|e-?mail\s+account|accounts?)\b",
        ),
    ),
)

SENSITIVE_FINANCIAL = _request(
    "message.sensitive_financial",
    "Asks for bank, card or other financial details",
    (NPSA_TBYL, MI5_2025),
    (
        (
            "bank banking",
            r"\bbank(?:ing)?\s+(?:account\s+)?(?:details|information|info|numbers?|statements?"
            r"|credentials|logins?|cards?)\b|\bbank\s+accounts?\b",
        ),
        (
            "account routing sort swift bic iban aba",
            r"\b(?:account|routing|sort|swift|bic|iban|aba)\s+(?:numbers?|codes?|details)\b"
            r"|\biban\b|\bsort\s+code\b",
        ),
        (
            "card cards cvv cvc expiry expiration",
            r"\b(?:credit|debit|bank|payment|visa|mastercard|amex)\s+cards?\b"
            r"|\bcard\s+(?:number|details|info\w*)\b|\bcvv\b|\bcvc\b"
            r"|\b(?:expiry|expiration)\s+date\b",
        ),
        (
            "paypal venmo revolut alipay",
            r"\b(?:paypal|venmo|revolut|alipay)\s+(?:account"
            r"|details|id|e-?mail)\b",
        ),
        ("wallet", r"\bwallet\s+address\b"),
        (
            "financial debt debts loan loans mortgage",
            r"\bfinancial\s+(?:situation|circumstances|difficult\w+|problems?|troubles?"
            r"|position)\b|\byour\s+(?:debts?|loans?|mortgage)\b",
        ),
    ),
)

SENSITIVE_RESEARCH = _request(
    "message.sensitive_research",
    "Asks for unpublished research, data, source code, designs or technical specifications",
    (NPSA_TBYL, SECURE_INNOVATION, ODNI_NEVERNIGHT),
    (
        (
            "unpublished published",
            r"\bunpublished\s+(?:\w+\s+){0,2}?(?:data|results?|work|works|findings|papers?"
            r"|research|manuscripts?|drafts?|articles?|studies|experiments?|methods?|code)\b"
            r"|\bnot\s+yet\s+(?:been\s+)?published\b",
        ),
        (
            "data dataset datasets result results findings notes notebook notebooks logs "
            "records measurements",
            r"\b(?:raw|proprietary|experimental|test|trial|lab|laboratory|benchmark|clinical"
            r"|sensor|simulation|measurement|patient|training)\s+(?:data(?:sets?)?|results?"
            r"|findings|notes|notebooks?|logs|records|measurements)\b",
        ),
        (
            "notebook notebooks protocol protocols procedures",
            r"\blab(?:oratory)?\s+(?:notebooks?|protocols?|procedures)\b"
            r"|\b(?:experimental|research|lab)\s+protocols?\b",
        ),
        (
            "source code codebase repository repositories repo repos",
            r"\bsource\s?code\b|\bcode\s?base\b|\b(?:code|git|github|gitlab|private)\s+"
            r"(?:repositor(?:y|ies)|repos?)\b|\brepositor(?:y|ies)\s+access\b",
        ),
        (
            "design engineering technical cad manufacturing production fabrication process",
            r"\b(?:design|engineering|technical|cad|manufacturing|production|fabrication"
            r"|process)\s+(?:documents?|docs|drawings|files|details|data|parameters|recipes?"
            r"|flows?|notes|documentation)\b",
        ),
        (
            "schematic schematics blueprint blueprints cad circuit gds gdsii netlist netlists mask",
            r"\bschematics?\b|\bblueprints?\b|\bcad\s+(?:files|models|drawings)\b"
            r"|\bcircuit\s+(?:diagrams?|designs?|layouts?)\b|\bgds(?:ii)?\s+files?\b"
            r"|\bnetlists?\b|\bmask\s+(?:sets?|layouts?)\b",
        ),
        (
            "spec specs specification specifications",
            r"\b(?:technical|product|design|system|hardware|chip|device|engineering|detailed"
            r"|performance)\s+spec(?:ification)?s?\b",
        ),
        (
            "weights checkpoint checkpoints trained",
            r"\bmodel\s+(?:weights|checkpoints?)\b"
            r"|\btrained\s+models?\b",
        ),
        ("prototype prototypes", r"\bprototypes?\b"),
        (
            "research project grant",
            r"(?<!\bour\s)(?<!\bmy\s)\b(?:research|project|grant)\s+(?:plans?|proposals?|drafts?"
            r"|protocols?|methodology|notes|data)\b",
        ),
        (
            "draft pre prepublication progress",
            r"\b(?:draft|pre-?publication|work-in-progress)\s+(?:\w+\s+)?(?:papers?"
            r"|manuscripts?|articles?|versions?|drafts?)\b",
        ),
        (
            "formulation formulations process yield",
            r"\bformulations?\b|\bprocess\s+(?:recipes?|nodes?)\b|\byield\s+(?:problems|issues"
            r"|data|numbers|figures|rates?)\b",
        ),
        (
            "patent patents documentation equipment",
            r"\bpatent\s+applications?\b|\bunfiled\s+patents?\b|\btechnical\s+documentation\b"
            r"|\bequipment\s+lists?\b|\blist\s+of\s+(?:\w+\s+){0,3}?equipment\b",
        ),
        (
            "field flight eval evaluation performance navigation test trial breeding research "
            "experimental",
            r"\b(?:field|flight|eval|evaluation|performance|navigation|test|trial)\s+"
            r"(?:test\s+)?(?:results|data|numbers|logs|trials|records)\b|\b(?:breeding|research"
            r"|experimental)\s+records\b",
        ),
        (
            "code",
            r"\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?code\b(?!\s+of\s+conduct)(?<!dress\scode)"
            r"(?<!post\scode)(?<!zip\scode)(?<!promo\scode)(?<!discount\scode)",
        ),
    ),
    # Published work is not sensitive: "a link to your published paper", "public datasets".
    exclude=(
        r"(?<!yet\s)(?<!not\s)\bpublished\b|\bpreprints?\b|\barxiv\b|\bpublicly\s+available\b"
        r"|\bopen[- ]source\b|\bpublic\s+(?:data|datasets?|repos?|repositor(?:y|ies))"
        r"|\bavailable\s+(?:anywhere|online|publicly|on\s+github)\b"
        r"|\bfor\s+your\s+(?:\w+\s+){0,3}?(?:paper|article|publication)\b",
    ),
)

SENSITIVE_CORPORATE = _request(
    "message.sensitive_corporate",
    "Asks for internal or non-public company information (documents, strategy, clients...)",
    (NPSA_TBYL, MI5_2025, SECURE_INNOVATION),
    (
        # "our internal policies" are the persona's own.
        (
            "internal",
            r"(?<!\bour\s)(?<!\bmy\s)\binternal\s+(?:\w+\s+)?(?:documents?|docs|memos?|reports?"
            r"|e-?mails?|communications?|presentations?|slides|decks?|information|info|data"
            r"|policies|procedures|files|wiki|figures|numbers|discussions|plans?"
            r"|strateg(?:y|ies)|roadmaps?|assessments?)\b",
        ),
        (
            "strategy strategies plan plans",
            r"\b(?:company|business|corporate|commercial|market|pricing|sales|growth|investment"
            r"|acquisition|expansion|product|go-to-market|negotiation|bidding|tender|r&d)\s+"
            r"strateg(?:y|ies)\b|\b(?:strategic|acquisition)\s+plans?\b",
        ),
        (
            "client customer supplier vendor contractor investor clients customers suppliers "
            "vendors contractors investors",
            r"\b(?:client|customer|supplier|vendor|contractor|investor)\s+(?:lists?|names?|base"
            r"|contracts?|details|data|databases?|contacts|transactions|records)\b"
            r"|\b(?:list|names?)\s+of\s+(?:your\s+|the\s+(?:company'?s?\s+)?)?(?:clients"
            r"|customers|suppliers|vendors|contractors|investors)\b|\b(?:who\s+(?:are\s+)?"
            r"(?:your|the\s+company'?s)\s+(?:main\s+|key\s+|biggest\s+)?|which\s+|what\s+)"
            r"(?:clients|customers|suppliers|investors)\b",
        ),
        (
            "pricing price margin margins cost card cards bid tender",
            r"\bpricing\b|\bprice\s+lists?\b|\b(?:profit|gross)\s+margins?\b|\bcost\s+(?:structure"
            r"|base|breakdown)\b|\brate\s+cards?\b|\b(?:bid|tender)\s+(?:documents?|details"
            r"|submissions?|prices?)\b",
        ),
        (
            "information info data details documents document figures numbers material",
            r"\b(?:non-?public|confidential|proprietary|sensitive|commercially\s+sensitive"
            r"|price-?sensitive|inside|insider|privileged)\s+(?:company\s+|corporate\s+"
            r"|business\s+|commercial\s+|financial\s+)?(?:information|info|data|details"
            r"|documents?|figures|numbers|material)\b",
        ),
        (
            "forecast forecasts projection projections results figures numbers data "
            "unreleased board merger acquisition takeover m&a unannounced upcoming",
            r"\b(?:financial|revenue|sales|earnings)\s+(?:forecasts?|projections?|results"
            r"|figures|numbers|data)\b|\bunreleased\s+(?:earnings|results|figures|products?)\b"
            r"|\bboard\s+(?:papers|minutes|meetings?|decisions|discussions|materials|packs?)\b"
            r"|\b(?:merger|acquisition|takeover)\s+(?:targets?|plans?|talks|discussions)\b"
            r"|\bm&a\b|\b(?:unannounced|upcoming)\s+(?:products?|launches|deals)\b",
        ),
        (
            "plan plans partners sources",
            r"\b(?:fab|production|capacity|manufacturing)\s+plans?\b|\b(?:names?|list)\s+of\s+"
            r"(?:your\s+)?(?:\w+\s+)?(?:industrial|commercial|business|defen[cs]e)\s+partners\b"
            r"|\bfunding\s+sources\b",
        ),
    ),
    # Government business has its own code.
    exclude=(
        r"\b(?:ministry|ministries|government|governmental|cabinet|parliament\w*|whitehall"
        r"|civil\s+service|classified|minister\w*)\b",
    ),
)

SENSITIVE_GOVERNMENT = _request(
    "message.sensitive_government",
    "Asks for government information: policy papers, plans, classified or internal material",
    (MI5_2025, YEO, NPSA_TBYL),
    (
        (
            "policy policies",
            r"\bpolic(?:y|ies)\s+(?:papers?|drafts?|documents?|proposals?|discussions?"
            r"|deliberations?|options?|positions?|plans?|briefings?|directions?|changes?"
            r"|decisions?|memos?|advice|thinking|development|submissions?|work)\b",
        ),
        (
            "government governmental ministry ministerial departmental cabinet whitehall white "
            "state administration parliamentary committee minister",
            "plans plan positions position thinking strategy strategies deliberations "
            "discussions documents document papers paper briefings briefing memos memo "
            "information intentions priorities decisions stance agenda lines minutes meetings "
            "meeting correspondence communications communication reports report",
            r"\b(?:government|governmental|ministry|ministerial|departmental|cabinet|whitehall"
            r"|white\s+house|state\s+department|administration|parliamentary|committee"
            r"|minister)(?:'s|’s)?\s+(?:\w+\s+){0,2}?(?:plans?|positions?|thinking"
            r"|strateg(?:y|ies)|deliberations|discussions|documents?|papers?|briefings?|memos?"
            r"|information|intentions|priorities|decisions|stance|agenda|red\s+lines|minutes"
            r"|meetings?|correspondence|communications?|reports?)\b",
        ),
        (
            "classified official secret restricted",
            r"\b(?:official[- ]sensitive|secret|top[- ]secret|restricted)\s+(?:\w+\s+)?"
            r"(?:documents?|information|material|papers?|files|briefings?|reports?|data"
            r"|programmes?|projects?|communications?)\b|\bclassified\b",
        ),
        (
            "ministry government departmental cabinet parliament parliamentary whitehall service",
            r"\b(?:internal|inside|insider)\s+(?:\w+\s+){0,2}?(?:ministry|government|departmental"
            r"|cabinet|parliament(?:ary)?|whitehall|civil\s+service)\b",
        ),
        (
            "briefing briefings ministerial",
            r"\bbriefing\s+(?:notes?|papers?|materials?|packs?|documents?)\b"
            r"|\bministerial\s+(?:briefings?|submissions?|correspondence)\b"
            r"|\b(?:internal|departmental|parliamentary|committee)\s+briefings?\b"
            r"|\bbriefings?\b(?=[^.!?\n]{0,40}\b(?:mp|minister|committee|ministry|cabinet"
            r"|government|parliament)\b)",
        ),
        (
            "negotiating negotiation",
            r"\b(?:negotiating|negotiation)\s+(?:positions?|strateg(?:y|ies)|red\s+lines"
            r"|mandates?|tactics)\b",
        ),
        (
            "defence defense military procurement sanctions trade foreign intelligence nuclear "
            "export",
            r"\b(?:defen[cs]e|military|procurement|sanctions|trade|foreign|intelligence|nuclear"
            r"|export\s+control)\s+(?:plans?|polic(?:y|ies)|strateg(?:y|ies)|decisions"
            r"|programmes?|capabilit(?:y|ies)|deliberations|reviews?|priorities|budgets?)\b",
        ),
        (
            "upcoming forthcoming unannounced planned draft drafts",
            r"\b(?:upcoming|forthcoming|unannounced|planned|draft)\s+(?:polic(?:y|ies)|decisions"
            r"|announcements|legislation|regulations?|sanctions|reforms?|budget"
            r"|white\s+papers?|bills?|amendments?|guidance)\b|\bdrafts?\s+of\s+(?:the\s+)?"
            r"(?:bills?|legislation|amendments?|regulations?)\b",
        ),
        (
            "government ministry department minister cabinet whitehall office treasury white "
            "pentagon state regulator",
            "thinking planning considering going likely intending preparing discussing deciding",
            r"\bwhat\s+(?:the\s+)?(?:government|ministry|department|minister|cabinet|whitehall"
            r"|prime\s+minister|foreign\s+office|treasury|home\s+office|white\s+house|pentagon"
            r"|state\s+department|regulator)\s+(?:is|are|was|will\s+be|would\s+be)\s+"
            r"(?:\w+\s+)?(?:thinking|planning|considering|going\s+to|likely\s+to|intending"
            r"|preparing|discussing|deciding)\b",
        ),
        ("minutes", r"\bminutes\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:meetings?|cabinet|committee)\b"),
        (
            "decisions criteria deliberations closed mod dstl darpa government ministry",
            r"\b(?:licensing|export\s+licen[cs]ing|sanctions|procurement)\s+(?:decisions|criteria"
            r"|deliberations)\b|\bclosed\s+(?:sessions?|door\s+(?:sessions?|meetings?))\b"
            r"|\b(?:mod|dstl|darpa|government|ministry)\s+(?:funding|contracts?|customers?"
            r"|programmes?|projects?)\b",
        ),
        (
            "heading",
            r"\bwhere\s+(?:\w+\s+){0,5}?(?:rules|polic(?:y|ies)|regulations?|legislation"
            r"|funding)\s+(?:is|are)\s+heading\b",
        ),
    ),
)

# Career asks a genuine recruiter also makes; escalation needs an ask beyond them.
CAREER_CODES = frozenset({REQUEST_CV[0].code, REQUEST_PROJECTS[0].code})

REQUEST_RULES: tuple[PatternRule, ...] = (
    *REQUEST_CV,
    *REQUEST_PROJECTS,
    *REQUEST_COLLEAGUES,
    *REQUEST_CLEARANCE,
    *SENSITIVE_PERSONAL,
    *SENSITIVE_CREDENTIALS,
    *SENSITIVE_FINANCIAL,
    *SENSITIVE_RESEARCH,
    *SENSITIVE_CORPORATE,
    *SENSITIVE_GOVERNMENT,
)


class RequestsDetector(PatternDetector):
    """Requests for the target's CV, work, colleagues, clearance and sensitive information."""

    name = "requests"
    rules = REQUEST_RULES
