"""Persuasion tactics in the persona's messages, one finding code per published red flag.

Each tactic cites the guidance it reflects (formats/RED-FLAGS.md). Patterns favour the phrasing
of hostile approaches over what genuine recruiters also write: a named client with a salary band,
a "confidential search", a work email or a call are not flagged here (the scorer weighs the
weaker signals, such as an unsolicited opportunity, against data). A few patterns cover Chinese,
French, German and Russian for the moves that matter most across languages: leaving the
platform, payment and secrecy.

A tactic is several :class:`PatternRule` s sharing its code, one per phrasing, each with the
words its matches must contain: the detector then runs only the few phrasings whose words a
message holds (see ``base._KeywordIndex``), which keeps it fast.
"""

from __future__ import annotations

from counterlink.schema import Approach, Finding
from counterlink.signals.base import PatternDetector, PatternRule, scoped_texts
from counterlink.signals.guidance import (
    ASIO_TBYL,
    MI5_2025,
    NPSA_TBYL,
    NZ_TBYL,
    ODNI_DECEPTION,
    ODNI_NEVERNIGHT,
    PSYSCAM_LIKING,
    SPEARPHISHING_VIA_SERVICE,
    YEO,
)

# "Within one sentence" gaps, bounded so that a regex never runs away.
_GAP20 = r"[^.!?\n]{0,20}?"
_GAP30 = r"[^.!?\n]{0,30}?"
_GAP40 = r"[^.!?\n]{0,40}?"
_GAP60 = r"[^.!?\n]{0,60}?"

# Places named in the guidance on all-expenses trips (China) and other hostile services' hosts.
_PLACES = (
    "china beijing shanghai shenzhen guangzhou hangzhou nanjing wuhan chengdu tianjin xian xi "
    "harbin hong macau macao moscow russia petersburg iran tehran korea pyongyang minsk belarus"
)
_HOSTILE_PLACES = (
    r"(?:mainland\s+)?(?:china|beijing|shanghai|shenzhen|guangzhou|hangzhou|nanjing|wuhan"
    r"|chengdu|tianjin|xi'?an|harbin|hong\s+kong|macau|macao|moscow|russia|(?:st\.?\s+|saint\s+)?"
    r"petersburg|iran|tehran|north\s+korea|pyongyang|minsk|belarus)"
)
_WORK_PRODUCT = (
    r"(?:reports?|papers?|articles?|essays?|presentations?|talks?|pieces?|briefings?|briefs?"
    r"|analys[ie]s|summar(?:y|ies)|memos?|notes?|consultations?|write-?ups?|calls?|sessions?"
    r"|meetings?|words|minutes|analysen?|rapports?|berichte?)"
)
_WORK_WORDS = (
    "report reports paper papers article articles essay essays presentation presentations "
    "talk talks piece pieces briefing briefings brief briefs analysis analyses summary "
    "summaries memo memos note notes consultation consultations write writeup writeups call "
    "calls session sessions meeting meetings words minutes analyse analysen rapport rapports "
    "bericht berichte"
)
# An amount of money, and one of thousands or more ("$3,000", "USD 5000", "€10k", "2 000 €").
_CURRENCY = r"(?:[$£€¥]|\b(?:usd|gbp|eur|us\$|rmb)\s?)"
_CURRENCY_AFTER = r"\s?(?:usd|gbp|eur|euros?|dollars|pounds|rmb|yuan|€|£)\b"
_AMOUNT = (
    r"(?:" + _CURRENCY + r"\s?\d[\d,.]*\s?k?\b|\b\d[\d,.]*(?:\s\d{3})?" + _CURRENCY_AFTER + ")"
)
_THOUSANDS = r"(?:\d{1,3}(?:[,.\s]\d{3})+|\d{4,}|\d+(?:\.\d+)?\s?(?:k|m|million)\b)"
_BIG_AMOUNT = r"(?:" + _CURRENCY + r"\s?" + _THOUSANDS + r"|\b" + _THOUSANDS + _CURRENCY_AFTER + ")"
_MONEY_WORDS = "$ £ € ¥ usd gbp eur euro euros dollars pounds rmb yuan"

# (keywords, pattern), or (keywords, also_keywords, pattern): every match of the pattern holds
# one of the keywords (and one of also_keywords); see PatternRule.
Part = tuple[str, str] | tuple[str, str, str]


def _tactic(
    code: str,
    title: str,
    guidance: tuple[str, ...],
    parts: tuple[Part, ...],
    *,
    exclude: tuple[str, ...] = (),
    attack: str | None = None,
) -> tuple[PatternRule, ...]:
    """One rule per phrasing, all under one code."""
    return tuple(
        PatternRule(
            code=code,
            category="message",
            title=title,
            patterns=(pattern,),
            guidance=guidance,
            attack=attack,
            exclude=exclude,
            keywords=tuple(part[0].split()),
            also_keywords=tuple(part[1].split()) if len(part) == 3 else (),
            sentence=True,
        )
        for part in parts
        for pattern in part[-1:]
    )


# An offer of any kind (role, paid work, invitation, funding, collaboration), read only in the
# persona's opening message of a conversation the persona started (see TacticsDetector.detect).
UNSOLICITED = _tactic(
    "message.unsolicited_opportunity",
    "Unsolicited contact offering an opportunity",
    (NPSA_TBYL, NZ_TBYL, ODNI_NEVERNIGHT),
    (
        (
            "recruiting recruiter recruiters recruitment hiring headhunting headhunter "
            "headhunters head talent executive search personalberater personalberaterin "
            "chasseur",
            r"\b(?:recruit(?:ing|er|ers|ment)|hiring|head-?hunt(?:ing|ers?)|talent\s+(?:partner"
            r"|acquisition|scout)|executive\s+search|(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?"
            r"search\s+(?:for|on\s+behalf\s+of)|personalberater(?:in)?|chasseur\s+de\s+têtes)\b",
        ),
        (
            "role roles position positions job jobs vacancy vacancies opening openings post "
            "opportunity opportunities offer offering proposal proposition gig engagement",
            r"\b(?:roles?|positions?|jobs?|vacanc(?:y|ies)|openings?|post|opportunit(?:y|ies)"
            r"|offer|offering|proposal|proposition|gig|engagement)\b",
        ),
        (
            "invite invites invited inviting invitation invitations nominated nomination "
            "shortlisted selected honoured honored welcome",
            r"\binvit(?:e|es|ed|ing|ation|ations)\b|\bnominat(?:ed|ion)\b|\bshortlisted\b"
            r"|\bselected\s+(?:as|for)\b|\bhonou?red\s+to\b|\bwelcome\s+you\s+as\b",
        ),
        (
            "paid fee fees honorarium honoraria stipend bursary retainer consulting consultancy "
            "consultant advisory advisor adviser fellowship fellow panel board commission "
            "commissioned commissions contributor",
            r"\b(?:paid|fees?|honorari(?:um|a)|stipend|bursary|retainer|consult(?:ing|ancy|ant)"
            r"|advis(?:ory|or|er)|fellowship|fellow|panel|board|commission(?:ed|s)?"
            r"|contributor)\b",
        ),
        (
            "invest investing investment investor cheque cheques term lead fund funding grant "
            "joint license licence",
            r"\b(?:invest(?:ing|ment|or)?|cheques?|term\s+sheet|lead\s+your|fund(?:ing)?|grant"
            r"|joint\s+venture|licen[cs]e\s+(?:your|the))\b",
        ),
        (
            "collaborate collaborating collaboration collaborations partnership co coauthor "
            "coauthoring joint",
            r"\b(?:collaborat(?:e|ing|ion|ions)|partnership|co-?author(?:ing)?|joint\s+(?:project"
            r"|research|paper|bid|work))\b",
        ),
        (
            "profile background cv page work research",
            "across found noticed saw viewed spotted discovered came",
            r"\b(?:came|come)\s+across\s+your\s+(?:\w+\s+)?(?:profile|work|research|background|cv"
            r"|page)\b|\b(?:found|noticed|saw|viewed|spotted|discovered)\s+your\s+(?:\w+\s+)?"
            r"(?:profile|background|cv|page)\b",
        ),
        (
            "would might",
            r"\b(?:would|might)\s+you\s+be\s+(?:interested|open)\b|\bwould\s+you\s+(?:consider"
            r"|like\s+to\s+join)\b",
        ),
        (
            "proposons poste opportunité invitons rémunér* suchen stelle angebot einladen "
            "einladung honorar gewinnen 邀请 机会 职位 合作 项目 有偿",
            r"\b(?:nous\s+proposons|poste|opportunité|invitons|rémunér\w+)\b|\b(?:wir\s+suchen"
            r"|stelle|angebot|einladen|einladung|honorar|gewinnen)\b|邀请|机会|职位|合作|项目|有偿",
        ),
    ),
)

TOO_GOOD = _tactic(
    "message.too_good_to_be_true",
    "An offer too good to be true: outsized pay for little work, work on your own terms",
    (NPSA_TBYL, ASIO_TBYL),
    (
        # Money for a sentence's worth of work: "£600 per piece", "$400/call", "€1,000 for 20
        # minutes", "2 000 € pour une note".
        (
            _MONEY_WORDS,
            _WORK_WORDS,
            _AMOUNT + r"[^.!?\n]{0,25}?(?:\b(?:per|each|for\s+(?:a|each|every|one|the|your"
            r"|writing|producing|preparing|giving|\d+)|a|pour|pro|je)\s+|/\s?)(?:[\w-]+\s+){0,3}?"
            + _WORK_PRODUCT
            + r"\b",
        ),
        (_MONEY_WORDS, "each", _AMOUNT + r"\s+each\b"),
        # A large honorarium, fee or stipend: thousands, not a token £200.
        (
            "honorarium honoraria stipend bursary fee allowance retainer remunerate remunerated "
            "remunerates remunerating remuneration remunerations",
            _MONEY_WORDS,
            r"\b(?:honorari(?:um|a)|stipend|bursary|fee|allowance|retainer|remunerat\w+)\b"
            r"[^.!?\n]{0,25}?" + _BIG_AMOUNT,
        ),
        (
            "honorarium honoraria stipend bursary fee allowance retainer",
            _MONEY_WORDS,
            _BIG_AMOUNT + r"[^.!?\n]{0,15}?\b(?:honorari(?:um|a)|stipend|bursary|fee|allowance"
            r"|retainer)\b",
        ),
        (
            "thousands",
            r"\bthousands\s+(?:of\s+(?:pounds|dollars|euros)\s+)?(?:for|per|to\s+write|to\s+prepare"
            r"|to\s+give)\b",
        ),
        (
            "lucrative handsomely paid money generously",
            r"\b(?:lucrative|handsomely|highly[- ]paid|well[- ]paid|(?:easy|quick|fast)\s+money"
            r"|generously\s+(?:paid|rewarded|compensated)|paid\s+(?:very|extremely|really)\s+well)\b",
        ),
        ("pay", r"\bpay\s+(?:very\s+|really\s+)?well\b"),
        (
            "generous",
            r"\b(?:very|extremely|highly)\s+generous\s+(?:fee|fees|pay|compensation|remuneration"
            r"|honorari(?:um|a))\b|\bgenerous\s+(?:\w+\s+)?(?:allowance|day\s+rates?|rates"
            r"|honorari(?:um|a)|stipend)\b",
        ),
        (
            "high generous attractive",
            r"\b(?:very|extremely|exceptionally|unusually)\s+(?:high|generous|attractive)\s+"
            r"(?:salary|pay|fee|fees|rates?|compensation|package|remuneration)\b",
        ),
        (
            "little minimal real",
            r"\b(?:little|minimal|no\s+real|very\s+little)\s+(?:time|effort|work|commitment)\s+"
            r"(?:is\s+|will\s+be\s+)?(?:required|needed|involved|on\s+your\s+part)\b",
        ),
        (
            "hours hour minutes evening evenings",
            r"\b(?:only|just)\s+(?:takes?|requires?|needs?)\s+(?:a\s+few|an|one|two|a\s+couple\s+of)"
            r"\s+(?:hours?|minutes|evenings?)\b|\ba\s+few\s+hours\s+(?:max|maximum|at\s+most)\b"
            r"|\b(?:a\s+few|a\s+couple\s+of|\d+|two|three|four|five)\s+hours?\s+(?:a|per|each)\s+"
            r"(?:week|month)\b",
        ),
        (
            "alongside addition top without need",
            r"\b(?:alongside|in\s+addition\s+to|on\s+top\s+of|without\s+(?:leaving|quitting"
            r"|giving\s+up)|no\s+need\s+to\s+(?:leave|quit|give\s+up))\s+your\s+(?:current\s+"
            r"|day\s+|existing\s+|present\s+|full[- ]time\s+)?(?:job|role|position|work"
            r"|employment|employer)\b",
        ),
        (
            "anywhere whenever own",
            r"\bwork\s+(?:from\s+)?(?:anywhere|whenever)\b|\bset\s+your\s+own\s+(?:hours|schedule)\b",
        ),
        (
            "simple easy light quick",
            "work job task tasks gig money things",
            r"\b(?:simple|easy|light)\s+(?:work|job|task|tasks|gig|money|things)\b"
            r"|\bquick\s+(?:\w+\s+)?(?:gig|task|money)\b",
        ),
        ("too", r"\btoo\s+good\s+to\s+(?:be\s+true|miss|pass\s+up|refuse|turn\s+down)\b"),
        (
            "prestigious",
            r"\bprestigious\s+(?:\w+\s+)?(?:journal|publication|editorial\s+board|fellowship|award"
            r"|platform|think[- ]tank|forum)\b",
        ),
        (
            "double triple twice times 2x 3x 4x 5x 6x 10x",
            "your rate",
            r"\b(?:double|triple|twice|(?:\d+|two|three|four|five)\s*(?:x|times))\s+(?:your|what"
            r"\s+you|the\s+(?:market|going)\s+rate)\b",
        ),
        ("double", r"\b(?:roughly|about|nearly|almost)\s+double\b"),
    ),
)

# What the offer pays for: inside knowledge, or a written or spoken product for clients.
_INSIGHT_PRODUCT = (
    r"(?:reports?(?!\s+(?:to|into|directly))|notes?|briefs?|briefings?|pieces?|papers?|articles?"
    r"|analys[ie]s|insights?|views?|opinions?|perspectives?|thoughts|contributors?"
    r"|contributions?|write-?ups?|newsletters?|pick\s+your\s+brain|expert\s+panel|panellists?"
    r"|analysen|hintergrundanalysen|études?|rapports?)"
)
_PAY = (
    r"(?:paid|pay|pays|paying|fee|fees|honorari(?:um|a)|honorar|retainer|compensat\w+"
    r"|remunerat\w+|rémunér\w+|stipend|commission(?:s|ed)?|劳务费|有偿|报酬)"
)
_INSIGHT_WORDS = (
    "report reports note notes brief briefs briefing briefings piece pieces paper papers "
    "article articles analysis analyses insight insights view views opinion opinions "
    "perspective perspectives thoughts contributor contributors contribution contributions "
    "write writeup writeups newsletter newsletters brain panel panellist panellists analysen "
    "hintergrundanalysen étude études rapport rapports"
)
_PAY_WORDS = (
    "paid pay pays paying fee fees honorarium honoraria honorar retainer compensate compensated "
    "compensates compensating compensation compensations "
    "remunerate remunerated remunerates remunerating remuneration remunerations rémunér* "
    "stipend commission commissions commissioned 劳务费 有偿 报酬"
)

PAID_INSIGHT = _tactic(
    "message.paid_insight",
    'Paid reports or consultancy for "non-public" or insider insight',
    (MI5_2025, NPSA_TBYL, YEO),
    (
        ("non nonpublic", r"\bnon[- ]?public\b"),
        (
            "insider",
            r"\binsider\s+(?:insights?|information|knowledge|views?|perspectives?|understanding"
            r"|take|access)\b",
        ),
        (
            "not",
            r"\bnot\s+(?:yet\s+)?(?:publicly\s+(?:available|known|released|disclosed)|public"
            r"|announced|available\s+(?:in\s+the\s+press|to\s+the\s+public|publicly)"
            r"|in\s+the\s+(?:public\s+(?:domain|papers|record)|press)|(?:been\s+)?made\s+public)\b",
        ),
        (
            "inside internal behind exclusive sight",
            r"\b(?:inside|internal|behind[- ]the[- ]scenes|exclusive)\s+(?:\w+\s+)?(?:insights?"
            r"|information|knowledge|perspectives?|picture|understanding|intelligence)\b"
            r"|\bbehind\s+the\s+scenes\b|\bearly\s+sight\b",
        ),
        (
            "information thing things",
            r"\b(?:information|things?)\s+you\s+(?:know|hear|learn|see)\s+(?:from|through|at|in)\s+"
            r"your\s+(?:work|job|role|position|contacts)\b",
        ),
        (
            _PAY_WORDS,
            _INSIGHT_WORDS,
            _PAY
            + r"\b"
            + _GAP40
            + r"\b"
            + _INSIGHT_PRODUCT
            + r"|\b"
            + _INSIGHT_PRODUCT
            + _GAP40
            + r"\b"
            + _PAY
            + r"\b",
        ),
        ("paid", r"\bpaid\s+(?:[\w-]+\s+){0,2}?(?:calls?|consultations?|sessions?|basis)\b"),
        (
            "client clients",
            r"\b(?:write|prepare|produce|draft|provide|compile)\b" + _GAP40 + r"\b(?:reports?"
            r"|papers?|analys[ie]s|briefings?|assessments?|memos?|write-?ups?)\b"
            + _GAP40
            + r"\bfor\s+(?:my|our|a|an|the|some)\s+(?:\w+\s+)?clients?\b"
            r"|\b(?:insights?|views?|perspectives?|analysis|knowledge)\b" + _GAP60 + r"\bfor\s+"
            r"(?:my|our)\s+(?:\w+\s+)?clients?\b",
        ),
    ),
    # Compliant expert networks say what may not be shared; that sentence is not the ask.
    exclude=(
        r"\bcompliance\b|\bnot\s+(?:to\s+)?(?:share|discuss|disclose|ask)\b[^.!?\n]{0,30}"
        r"\b(?:confidential|proprietary|non-public)\b",
    ),
)

OFF_PLATFORM = _tactic(
    "message.off_platform",
    "Pushes the conversation off the platform (WhatsApp, WeChat, personal email...)",
    (NPSA_TBYL, MI5_2025),
    (
        (
            "whatsapp whats wechat weixin telegram viber line kakao kakaotalk threema wickr zalo",
            r"\b(?:whats\s?app|wechat|weixin|telegram|viber|line\s+app|kakao\s?talk|threema"
            r"|wickr|zalo)\b",
        ),
        (
            "signal",
            r"\bsignal\b(?=" + _GAP30 + r"\b(?:app|messenger|number|chat|handle|username)\b)"
            r"|\b(?:on|via|over|through|use|using|download|install)\s+signal\b",
        ),
        (
            "personal private non",
            r"\b(?:personal|private|non-work)\s+(?:e-?mail|email\s+address|mail|gmail|phone|number"
            r"|mobile|cell|line|contact|whatsapp|wechat|telegram)\b",
        ),
        (
            "gmail googlemail hotmail outlook live yahoo ymail aol icloud gmx protonmail proton "
            "tutanota tuta yandex mail qq 163 126 sina sohu foxmail",
            r"(?<=[\w.+-])@(?:gmail|googlemail|hotmail|outlook|live|yahoo|ymail|aol|icloud|gmx"
            r"|protonmail|proton|tutanota|tuta|yandex|mail\.ru|qq|163|126|sina|sohu|foxmail)\.",
        ),
        (
            "elsewhere offline off outside privately email e mail phone channel platform app",
            "continue move take shift switch transfer carry",
            r"\b(?:continue|move|take|shift|switch|transfer|carry\s+on)\b" + _GAP30 + r"\b"
            r"(?:conversation|discussion|chat|this|things|it|talk)\b" + _GAP30 + r"(?:\belsewhere"
            r"|\boffline|\boff[- ](?:line|platform|linkedin)|\boutside\s+(?:of\s+)?linkedin"
            r"|\bprivately|\bto\s+(?:e-?mail|phone|a\s+(?:more\s+)?(?:private|secure|direct"
            r"|encrypted)\s+(?:channel|platform|app))|\b(?:via|by|over)\s+(?:e-?mail|phone"
            r"|the\s+phone))\b",
        ),
        (
            "secure encrypted private",
            r"\b(?:secure|encrypted|private)\s+(?:e-?mail|channel|app|application|platform"
            r"|messenger|means\s+of\s+communication)\b",
        ),
        (
            "linkedin platform",
            r"\b(?:off|outside(?:\s+of)?|away\s+from)\s+(?:linkedin|this\s+platform"
            r"|the\s+platform)\b",
        ),
        ("mobile cell", r"\b(?:my|your)\s+(?:mobile|cell)\s+(?:number|no\.?)\b"),
        # Chinese, French, German, Russian.
        ("微信 电报 私人 私聊", r"微信|电报|私人(?:邮箱|邮件|手机|电话|号码)|私聊"),
        (
            "perso personnel personnelle privé privée poursuivre",
            r"\b(?:e-?mail|adresse(?:\s+e-?mail)?|numéro|téléphone|portable|messagerie)\s+"
            r"(?:perso|personnel(?:le)?|privée?)\b|\bpoursuivre\s+(?:cette\s+|la\s+|notre\s+)?"
            r"(?:conversation|discussion|échange)\s+(?:ailleurs|en\s+privé)",
        ),
        (
            "private privat privaten privater privates privatem persönlich* handynummer",
            r"\b(?:private[nrs]?|persönliche[nrs]?)\s+(?:e-?mail(?:-adresse)?|handynummer"
            r"|telefonnummer|nummer|handy)\b|\bhandynummer\b",
        ),
        (
            "ватсап вотсап вацап телеграм вайбер вичат личн",
            r"ватсап|вотсап|вацап|телеграм\w*|вайбер|вичат|личн(?:ую|ая|ой|ый|ого|ом)\s+(?:почт\w*"
            r"|e-?mail|имейл|телефон|номер)",
        ),
    ),
    attack=SPEARPHISHING_VIA_SERVICE,
    # A work address is not a move off the platform to somewhere private.
    exclude=(r"\b(?:work|office|company|corporate|business)\s+(?:e-?mail|address|phone|number)\b",),
)

TRAVEL = _tactic(
    "message.travel_invitation",
    "Offers a paid trip or an invitation to visit (e.g. China)",
    (ODNI_DECEPTION, MI5_2025),
    (
        (
            "expenses expense",
            r"\ball[- ]expenses?[- ](?:paid|covered|included)\b|\bexpenses?[- ]paid\s+(?:trip"
            r"|visit|travel|tour|stay)",
        ),
        (
            "covered paid taken us expense cost charge complimentary",
            "flights flight airfare airfares fares tickets ticket accommodation hotel hotels "
            "lodging visa travel costs expenses",
            r"\b(?:flights?|air\s?fares?|(?:plane|air|flight|airline|train)\s+tickets?"
            r"|accommodation|hotels?|lodging|visa(?:\s+fees)?|travel(?:\s+costs|\s+expenses)?"
            r"|all\s+(?:costs|expenses)|your\s+(?:travel\s+)?(?:costs|expenses))\b"
            + _GAP40
            + r"\b(?:covered|paid\s+for|taken\s+care\s+of|on\s+us|at\s+our\s+(?:own\s+)?"
            r"(?:expense|cost)|free\s+of\s+charge|complimentary|fully\s+paid|all\s+paid)",
        ),
        (
            "included provided",
            r"\b(?:flights?|accommodation|hotels?|lodging)\b" + _GAP30 + r"\b(?:included"
            r"|provided)\b",
        ),
        (
            "cover covers covering pays pay fund sponsor bear",
            "travel flights flight airfare airfares fares accommodation hotel hotels trip expenses",
            r"\b(?:cover|covers|covering|pays?\s+(?:for\s+)?all|pay\s+for|fund|sponsor|bear)\s+"
            r"(?!my\b)(?:\w+\s+){0,3}?(?:travel|flights?|air\s?fares?|accommodation|hotels?|trip"
            r"|expenses)\b",
        ),
        (
            "trip trips visit visits travel tour tours delegation stay holiday vacation",
            r"\b(?:free|sponsored|funded|fully[- ]funded|paid|complimentary)\s+(?:trip|visit"
            r"|travel|study\s+tour|tour|delegation|stay|holiday|vacation)s?\b",
        ),
        (
            "business fly everything",
            r"\bbusiness[- ]class\b|\bfly\s+you\s+(?:out|over|in)\b|\beverything\s+(?:is\s+)?"
            r"(?:paid|covered)\b",
        ),
        (
            _PLACES,
            "invite invites invited inviting invitation visit come travel fly host hosting "
            "welcome join trip delegation tour",
            r"\b(?:invit(?:e|es|ed|ing|ation)|visit|come|travel|fly|host|hosting|welcome"
            r"|join\s+(?:us|me)|trip|delegation|tour)\b"
            + _GAP60
            + r"\b(?:to|in)\s+(?:the\s+)?"
            + _HOSTILE_PLACES
            + r"\b|\bvisit\s+(?:the\s+)?"
            + _HOSTILE_PLACES
            + r"\b",
        ),
        # French, German, Russian, Chinese.
        (
            "frais charge payés payé remboursés remboursé offerts offert",
            r"\btous\s+frais\s+(?:payés|compris|pris\s+en\s+charge)|\b(?:billets?\s+d'avion|vols?"
            r"|hôtel|hébergement)\b" + _GAP30 + r"(?:pris\s+en\s+charge|payés?|remboursés?"
            r"|offerts?)",
        ),
        (
            "übernehm* übernommen bezahlt bezahlen bezahlte bezahlung erstattet erstatten "
            "erstattung",
            r"\b(?:\w*kosten|flüge?|hotel|unterkunft)\b" + _GAP30 + r"(?:übernehm\w*|übernommen"
            r"|bezahl\w*|erstatt\w*)",
        ),
        (
            "оплач оплатим покрыва берём берем счёт счет",
            r"(?:расходы|перел[её]т|проживание|гостиниц\w*)" + _GAP30 + r"(?:оплач\w*|оплатим"
            r"|покрыва\w*|берём\s+на\s+себя|берем\s+на\s+себя|за\s+наш\s+сч[её]т)",
        ),
        (
            "费用 机票 住宿 酒店 邀请",
            r"费用(?:全部|均)?由\S{0,6}(?:承担|负责|支付)|(?:机票|住宿|酒店)\S{0,10}(?:报销|承担|负责"
            r"|免费)|邀请您?(?:来|访问|到)(?:中国|北京|上海|深圳)",
        ),
    ),
    # Genuine employers pay for interview travel and relocation; and "not covered" is not an offer.
    exclude=(
        r"\b(?:interview\w*|relocat\w+)\b",
        r"\b(?:aren't|are\s+not|isn't|is\s+not|not|won't\s+be|will\s+not\s+be|can't\s+be"
        r"|cannot\s+be)\s+(?:be\s+)?(?:covered|paid|included|provided)\b",
    ),
)

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

_PARTIES = (
    r"(?:your\s+|the\s+)?(?:employer|company|manager|boss|line\s+manager|supervisor|colleagues?"
    r"|co-?workers|security(?:\s+(?:team|officer|manager|department))?|hr|human\s+resources"
    r"|anyone|anybody|organi[sz]ation|institution|university|ministry|compliance|authorities"
    r"|family|board|investors|tech(?:nology)?\s+transfer(?:\s+office)?|department)\b"
)

SECRECY = _tactic(
    "message.secrecy",
    "Asks you to keep the contact secret, from your employer or anyone else",
    (NPSA_TBYL, YEO),
    (
        (
            "keep",
            r"\bkeep\s+(?:this|it|that|these|our\s+(?:\w+\s+)?(?:conversations?|discussions?"
            r"|chats?|arrangement|relationship|contact|exchanges?|collaboration|work"
            r"|communications?|correspondence)|everything|things|the\s+(?:matter|arrangement"
            r"|details))\b" + _GAP20 + r"\b(?:between\s+(?:us|ourselves|you\s+and\s+me|the\s+two"
            r"\s+of\s+us)|to\s+yourself|confidential|private|secret|quiet|discreet|under\s+wraps"
            r"|low[- ]key|off\s+the\s+record|hush[- ]hush)",
        ),
        (
            "between",
            r"\b(?:just|strictly|only)\s+between\s+(?:us|ourselves|you\s+and\s+me)\b|\bbetween\s+"
            r"(?:you\s+and\s+me|you\s+and\s+i|the\s+two\s+of\s+us)\b|\b(?:this|it)\s+(?:stays"
            r"|remains)\s+between\s+us\b",
        ),
        (
            "tell telling inform informing mention mentioning notify notifying involve "
            "involving report reporting declare declaring disclose disclosing alert alerting let "
            "discuss discussing",
            "employer company manager boss supervisor colleague colleagues co coworkers "
            "security hr human anyone anybody organisation organization institution university "
            "ministry compliance authorities family board investors tech department",
            r"\b(?:don't|do\s+not|no\s+need\s+to|there'?s\s+no\s+need\s+to|better\s+not\s+to"
            r"|best\s+not\s+to|without)\s+(?:\w+\s+){0,2}?(?:tell|telling|inform|informing|mention"
            r"|mentioning|notify|notifying|involve|involving|report|reporting|declare|declaring"
            r"|disclose|disclosing|alert|alerting|let|discuss|discussing)\b"
            + _GAP30
            + r"\b"
            + _PARTIES,
        ),
        (
            "one nobody tell",
            r"\b(?:no\s+one|no-one|nobody)\s+(?:else\s+)?(?:needs?\s+to|has\s+to|should|must|will"
            r"|would)\s+(?:ever\s+)?(?:know|find\s+out|hear)\b|\btell\s+no(?:\s?one|body)\b",
        ),
        (
            "employer company manager boss colleagues security hr",
            r"\b(?:your\s+)?(?:employer|company|manager|boss|colleagues|security\s+(?:team"
            r"|officer)|hr)\s+(?:doesn't|does\s+not|don't|do\s+not|needn't|need\s+not|won't"
            r"|will\s+not|shouldn't|should\s+not|must\s+not|mustn't)(?:\s+need\s+to|\s+have\s+to"
            r"|\s+ever)?\s+(?:know|find\s+out|hear|be\s+(?:told|informed))\b",
        ),
        # Discretion asked of the target, not a recruiter's promise of it.
        (
            "discreet",
            r"\b(?:please|kindly|you(?:'ll|\s+will|\s+must|\s+should)?(?:\s+need\s+to)?|ask\s+you"
            r"\s+to)\s+(?:be|remain|stay)\s+(?:\w+\s+)?discreet\b",
        ),
        (
            "record radar trail",
            r"\boff\s+the\s+record\b|\bunder\s+the\s+radar\b|\bno\s+paper\s+trail\b",
        ),
        (
            "delete erase destroy wipe",
            r"\b(?:delete|erase|destroy|wipe)\b" + _GAP30 + r"\b(?:after(?:wards)?|once\s+(?:read"
            r"|you(?:'ve|\s+have)?\s+read)|to\s+be\s+safe|just\s+in\s+case)\b",
        ),
        # Hiding the contact from the employer, or routing around oversight.
        (
            "rather prefer better best",
            r"\b(?:rather|prefer(?:\s+that)?|better\s+(?:if|that)|best\s+(?:if|that))\s+your\s+"
            r"(?:employer|company|manager|boss|colleagues|university|department|board|hr)\s+"
            r"(?:didn't|doesn't|did\s+not|does\s+not|wouldn't|won't|never|not)\s+(?:see|know"
            r"|find\s+out|hear)\b",
        ),
        (
            "mention declare record register report put list include note route through",
            r"\b(?:don't|do\s+not|better\s+not\s+to|best\s+not\s+to|no\s+need\s+to)\s+"
            r"(?:\w+\s+){0,2}?(?:mention|declare|record|register|report|put|list|include|note"
            r"|route|go\s+through)\b[^.!?\n]{0,40}?\b(?:in|on|with|to|through)\s+(?:your|the)\s+"
            r"(?:travel\s+documents?|visa|calendar|diary|declaration|conflicts?|register|form"
            r"|application|expenses|records?|university|department|employer|security|compliance"
            r"|tech(?:nology)?\s+transfer|press\s+office|legal|ethics|line\s+manager)\b",
        ),
        (
            "approval clearance sign signoff review compliance forward share circulate show",
            r"\bno\s+need\s+for\s+(?:\w+\s+)?(?:government|security|departmental|university"
            r"|employer|compliance|ethics)\s+(?:approval|clearance|sign-?off|review)\b"
            r"|\bno\s+compliance\s+(?:forms?|checks?|paperwork)\b"
            r"|\bnot\s+to\s+(?:forward|share|circulate|show)\s+(?:this|it|the\s+invitation)\b",
        ),
        (
            "nobody one alone",
            r"\b(?:nobody|no\s+one|no-one)\s+(?:really\s+)?(?:checks?|would\s+notice"
            r"|will\s+notice|would\s+know|will\s+know)\b|\bcome\s+alone\b|\bcame\s+alone\b",
        ),
        (
            "name circle freely",
            r"\byour\s+name\s+(?:would|will)\s+(?:never|not)\s+(?:be\s+)?(?:attached|appear"
            r"|mentioned|published|disclosed)|\bstays?\s+within\s+(?:a\s+)?(?:very\s+)?small"
            r"\s+circle\b|\bspeak\s+freely\b",
        ),
        # French, German, Russian, Chinese.
        (
            "entre gardez garder parlez dites nulle",
            r"\bentre\s+nous\b|\b(?:gardez|garder)\s+(?:cela|ça|ceci|le|la|tout)\s+(?:pour\s+vous"
            r"|secret|confidentiel|entre\s+nous)|\bn'en\s+parlez\s+(?:à\s+personne|pas)"
            r"|\bne\s+(?:le\s+)?dites\s+rien\b|\bvotre\s+nom\s+n'apparaîtra\s+nulle\s+part\b",
        ),
        (
            "unter sagen erzählen verraten arbeitgeber chef vorgesetzter",
            r"\bunter\s+uns\b|\b(?:sagen|erzählen|verraten)\s+sie\s+(?:\w+\s+)?(?:niemandem|keinem"
            r"|nichts|ihrem\s+arbeitgeber|ihrem\s+chef)\b|\b(?:arbeitgeber|chef|vorgesetzter)\s+"
            r"(?:muss|braucht|sollte)\s+(?:davon\s+|das\s+)?nichts\b",
        ),
        (
            "между никому говорите рассказывайте сообщайте",
            r"между\s+нами|никому\s+не\s+(?:говори|рассказыва|сообща)\w*|не\s+(?:говорите"
            r"|рассказывайте|сообщайте)\s+(?:об\s+этом\s+)?(?:вашему\s+|своему\s+)?(?:работодател"
            r"|начальств|руководств|коллегам|никому)\w*",
        ),
        (
            "保密 告诉 不要对 你知我知 审批 绕过",
            r"请(?:务必)?保密|(?:要|需要)保密|不要告诉|别告诉|不要对\S{0,6}(?:说|提)|你知我知"
            r"|不用走\S{0,8}审批|绕过\S{0,8}(?:审批|单位|学校|公司)",
        ),
    ),
    # The persona promising to keep the target's details private is not asking for secrecy,
    # and a journalist's "on or off the record" offers a choice.
    exclude=(
        r"\b(?:i|we)(?:'ll|’ll|\s+will|\s+shall|\s+always|\s+would|\s+can)?\s+(?:of\s+course\s+)?"
        r"keep\s+(?:your|this\s+confidential|it\s+confidential)",
        r"\bon\s+or\s+off\s+the\s+record\b",
    ),
)

IRREGULAR_PAYMENT = _tactic(
    "message.irregular_payment",
    "Offers irregular payment: cash, cryptocurrency, gift cards, a personal account, no invoice",
    (MI5_2025,),
    (
        (
            "cash crypto cryptocurrency cryptocurrencies bitcoin bitcoins btc usdt tether "
            "ethereum eth stablecoin stablecoins monero xmr gift giftcard giftcards voucher "
            "vouchers western moneygram",
            r"\b(?:paid|pay|payment|payments|paying|compensat\w+|remunerat\w+|fee|fees|settle\w*"
            r"|transfer\w*|handed|given)\b" + _GAP60 + r"\b(?:in|via|with|through|using|by|as)\s+"
            r"(?:\w+\s+)?(?:cash|crypto(?:currenc(?:y|ies))?|bitcoins?|btc|usdt|tether|ethereum"
            r"|eth|stablecoins?|monero|xmr|gift\s?cards?|vouchers?|western\s+union|moneygram)\b",
        ),
        (
            "cash crypto cryptocurrency bitcoin btc usdt tether ethereum stablecoin monero gift "
            "giftcard eth",
            r"\b(?:cash|crypto(?:currency)?|bitcoin|btc|usdt|tether|ethereum|stablecoin|monero"
            r"|gift\s?card)s?\s+(?:payments?|transfers?|in\s+hand|only|envelopes?)\b"
            r"|\byour\s+(?:crypto|bitcoin|btc|usdt|eth\w*)\s+(?:wallet|address)\b"
            r"|\b(?:cash|bitcoin|crypto|usdt)\s+(?:or|and)\s+(?:cash|bitcoin|crypto|usdt"
            r"|bank\s+transfer|gift\s?cards?)\b",
        ),
        (
            "account accounts",
            r"\b(?:pay\w*|paid|transfer\w*|send\w*|deposit\w*|wire\w*|remit\w*)\b" + _GAP30 + r"\b"
            r"(?:to|into|via)\s+(?:a\s+|an\s+|your\s+)?(?:personal|private|family\s+member'?s?"
            r"|relative'?s?|friend'?s?|spouse'?s?|offshore|third[- ]party|overseas|foreign|another"
            r"|different|separate)\s+(?:bank\s+)?accounts?\b",
        ),
        (
            "invoice invoices receipt receipts",
            r"\b(?:no|without(?:\s+an?|\s+any)?|don't\s+need\s+an?|do\s+not\s+need\s+an?|no\s+need"
            r"\s+for\s+an?|skip\s+the)\s+(?:invoices?|receipts?)\b|\bno\s+invoice\s+(?:needed"
            r"|required|necessary)\b",
        ),
        (
            "untaxed undeclared books table cash",
            r"\b(?:untaxed|undeclared|off\s+the\s+books|under\s+the\s+table|cash\s+in\s+hand)\b",
        ),
        # French, German, Russian, Chinese.
        (
            "espèces liquide paiement facture",
            r"\ben\s+(?:espèces|liquide)\b|\bpaiement\s+(?:en\s+)?(?:espèces|liquide|crypto\w*"
            r"|bitcoins?)\b|\bsans\s+facture\b",
        ),
        (
            "bar barzahlung bargeld rechnung bitcoin kryptowährung*",
            r"\bin\s+bar\b|\bbar\s+(?:bezahlt|auszahlen|zahlen|auf\s+die\s+hand)\b|\bbarzahlung\b"
            r"|\bbargeld\b|\bohne\s+rechnung\b|\bin\s+(?:bitcoin|kryptowährung\w*)\b",
        ),
        (
            "наличн налом криптовалют биткоин без личн",
            r"наличн(?:ыми|ые|ых)|\bналом\b|криптовалют\w*|биткоин\w*|без\s+(?:сч[её]та|договора"
            r"|чека)|на\s+личн\w*\s+(?:сч[её]т|карту)",
        ),
        (
            "现金 比特币 泰达币 加密货币 发票 账户",
            r"现金(?!流)|比特币|泰达币|加密货币|(?:不需要|无需|不用)发票|(?:私人|个人)账户",
        ),
    ),
)

_CLIENTS = "client clients customer customers partner partners principal principals"

UNNAMED_CLIENT = _tactic(
    "message.unnamed_client",
    "A vague or unnamed client behind the offer",
    (NPSA_TBYL, YEO),
    (
        (
            "anonymous unnamed confidential undisclosed private discreet unknown background low",
            r"\b(?:clients?|customers?|partners?|principals?|sponsors?|investors?)\b"
            + _GAP20
            + r"\b(?:who|that|which)\b"
            + _GAP20
            + r"\b(?:prefers?|wish(?:es)?|wants?"
            r"|would\s+like|chooses?|needs?|likes?|(?:has|have)\s+asked|asked)\s+(?:me\s+)?to\s+"
            r"(?:stay|remain|be\s+kept|keep|be)\s+(?:\w+\s+)?(?:anonymous|unnamed|confidential"
            r"|undisclosed|private|discreet|unknown|in\s+the\s+background|low[- ]profile)",
        ),
        (
            "anonymous unnamed undisclosed unspecified unidentified confidential",
            r"\b(?:anonymous|unnamed|undisclosed|unspecified|unidentified|confidential)\s+"
            r"(?:\w+\s+)?(?:clients?|customers?|partners?|investors?|principals?|sponsors?"
            r"|parties|party|organi[sz]ations?|institutions?|firms?|compan(?:y|ies)"
            r"|entit(?:y|ies))\b",
        ),
        (
            "disclose reveal name share say tell give",
            "t cannot unable able liberty won not allowed permitted position",
            r"\b(?:can(?:no|')t|can\s+not|unable\s+to|not\s+able\s+to|not\s+at\s+liberty\s+to"
            r"|won't|will\s+not|not\s+allowed\s+to|not\s+permitted\s+to|not\s+in\s+a\s+position"
            r"\s+to)\s+(?:yet\s+)?(?:disclose|reveal|name|share|say|tell\s+you|give)\b"
            + _GAP30
            + r"\b(?:clients?|customers?|partners?|names?|identity|identities|who\s+(?:they|it"
            r"|the\s+client)\s+(?:are|is)|the\s+(?:company|firm|organi[sz]ation|sponsor"
            r"|end\s+client)|which\s+(?:company|firm|organi[sz]ation))",
        ),
        (
            "identity name names details",
            r"\b(?:identity|name|names|details)\s+of\s+(?:my|our|the)\s+(?:\w+\s+)?(?:clients?"
            r"|customers?|partners?|principals?|sponsors?)\b" + _GAP20 + r"\b(?:is|are|must|will"
            r"|remains?|has\s+to|have\s+to)\b" + _GAP20 + r"\b(?:confidential|undisclosed"
            r"|anonymous|secret|private|withheld)",
        ),
        # "my client, a leading firm in Asia": a client described, never named.
        (
            _CLIENTS,
            r"\b(?:my|our)\s+(?:\w+\s+)?(?:clients?|customers?|principals?)\b,?\s+(?:(?:which|who)"
            r"\s+(?:is|are)\s+)?(?:an?|some|several|various|one\s+of\s+the)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:firms?|compan(?:y|ies)|organi[sz]ations?|groups?|consultanc(?:y|ies)"
            r"|think[- ]tanks?|institutions?|investors?|funds?|players?|enterprises?"
            r"|corporations?|conglomerates?|businesses|entit(?:y|ies)|research\s+(?:institutes?"
            r"|centres?|centers?))\b",
        ),
        (
            "client clients",
            r"\bclients?\s+(?:are\s+)?(?:mostly\s+|mainly\s+|largely\s+|all\s+)?(?:in|from"
            r"|based\s+in)\s+(?:asia|the\s+(?:region|far\s+east"
            r"|middle\s+east|gulf|mainland)|china|hong\s+kong|overseas|abroad)\b",
        ),
        (
            _CLIENTS + " investor investors",
            r"\bon\s+behalf\s+of\s+(?:an?|some|certain|several|various|my|our)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:clients?|customers?|partners?|principals?|investors?)\b(?!,?\s+(?-i:[A-Z]))",
        ),
        # Described by region or kind: "international clients", "a few investors".
        (
            "client clients investor investors sponsor sponsors buyer buyers backer backers "
            "corporates principal principals commanditaire commanditaires mandanten investoren "
            "lps",
            "international internationale internationalen internationaler internationales "
            "foreign overseas asian chinese gulf regional private strategic "
            "backed certain few several various",
            r"\b(?:international\w*|foreign|overseas|asian|chinese|gulf|regional|private"
            r"|strategic|state-backed|certain|a\s+few|several|various)\s+(?:\w+\s+)?(?:clients?"
            r"|investors?|sponsors?|buyers?|backers?|corporates|principals?|commanditaires?"
            r"|mandanten|investoren|lps)\b",
        ),
        (
            "client clients investor investors buyer buyers firm firms company companies group "
            "groups fund funds manufacturer manufacturers consultancy consultancies "
            "organisation organisations organization organizations institution institutions "
            "laboratory laboratories",
            "act acting work working recruit recruiting search searching help helping "
            "represent representing",
            r"\b(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are)?\s+(?:\w+\s+)?(?:act(?:ing)?|work(?:ing)?"
            r"|recruit(?:ing)?|search(?:ing)?|help(?:ing)?|represent(?:ing)?)\s+(?:for|on\s+behalf"
            r"\s+of|with)?\s*(?:an?|some|several|various)\s+(?:[\w-]+\s+){0,3}?(?:clients?"
            r"|investors?|buyers?|firms?|company|companies|groups?|funds?|manufacturers?"
            r"|consultanc(?:y|ies)|organi[sz]ations?|institutions?|laborator(?:y|ies))\b"
            r"(?!,?\s+(?-i:[A-Z]))",
        ),
        (
            "clients client",
            r"\bone\s+of\s+(?:my|our)\s+clients\b|\ba\s+client\s+(?:is|has|wants|would|asks"
            r"|needs)\b",
        ),
        (
            "represent act work advise",
            "client manufacturer company firm investor buyer",
            r"\ban?\s+(?:\w+\s+)?(?:client|manufacturer|company|firm|investor|buyer)\s+"
            r"(?:we|i)\s+(?:represent|act\s+for|work\s+with|advise)\b",
        ),
        (
            "name say tell",
            "t cannot unable able",
            r"\b(?:can(?:no|')t|cannot|not\s+able\s+to|unable\s+to)\s+(?:yet\s+)?(?:name\s+them"
            r"|say\s+(?:which|who)|tell\s+you\s+(?:which|who))\b",
        ),
        (
            "named anonymous",
            r"\bprefers?\s+not\s+to\s+be\s+named\b|\b(?:wish\w*|want\w*|prefer\w*)\s+to\s+"
            r"(?:stay|remain)\s+anonymous\b",
        ),
        (
            "anonym anonyme anonymes rester privé international internationale internationalen "
            "internationaler internationales étranger* 不愿透露 匿名",
            r"\banonym(?:e|es)?\s+bleiben\b|\brester\s+(?:anonyme|discret)\b"
            r"|\b(?:client|commanditaire)s?\s+(?:privé|international|étranger)\w*|不愿透露|匿名",
        ),
    ),
)

TACTIC_RULES: tuple[PatternRule, ...] = (
    *UNSOLICITED,
    *TOO_GOOD,
    *PAID_INSIGHT,
    *OFF_PLATFORM,
    *TRAVEL,
    *FLATTERY,
    *URGENCY,
    *SECRECY,
    *IRREGULAR_PAYMENT,
    *UNNAMED_CLIENT,
)
_UNSOLICITED_CODE = UNSOLICITED[0].code
_OTHER_CODES = frozenset(rule.code for rule in TACTIC_RULES) - {_UNSOLICITED_CODE}


class TacticsDetector(PatternDetector):
    """The published persuasion tactics of hostile approaches, found in the persona's messages."""

    name = "tactics"
    rules = TACTIC_RULES

    def detect(self, approach: Approach) -> list[Finding]:
        texts = scoped_texts(approach, "persona_messages")
        # Only an opening the persona sent is unsolicited; an offer the target asked for is not.
        first = approach.messages[0] if approach.messages else None
        opener = texts[:1] if first is not None and first.sender == "persona" and first.text else []
        findings = self.scan(opener, codes={_UNSOLICITED_CODE}) + self.scan(
            texts, codes=_OTHER_CODES
        )
        order = list(self.codes)
        return sorted(findings, key=lambda f: order.index(f.code))
