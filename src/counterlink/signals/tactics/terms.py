"""The terms of an offer: all-expenses travel, irregular payment, an unnamed client."""

from __future__ import annotations

from counterlink.signals.guidance import (
    MI5_2025,
    NPSA_TBYL,
    ODNI_DECEPTION,
    YEO,
)
from counterlink.signals.tactics.patterns import (
    _GAP20,
    _GAP30,
    _GAP40,
    _GAP60,
    _HOSTILE_PLACES,
    _PLACES,
    _tactic,
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
            "lodging visa travel costs cost expenses expense fees",
            r"\b(?:flights?|air\s?fares?|(?:plane|air|flight|airline|train)\s+tickets?"
            r"|accommodation|hotels?|lodging|visa(?:\s+fees)?|travel(?:\s+costs|\s+expenses)?"
            r"|all\s+(?:the\s+)?(?:costs?|expenses?|fees)|your\s+(?:travel\s+)?(?:costs|expenses))\b"
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
            r"\b(?:cover|covers|covering|pays?\s+(?:for\s+)?all|pay\s+for|pays?\s+(?:the|your)|fund"
            r"|sponsor|bear)\s+"
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
            r"\bbusiness[- ]class\b|\bfly\s+(?:you|me)\s+(?:out|over|in|to|there)\b"
            r"|\beverything\s+(?:is\s+|will\s+be\s+|would\s+be\s+)?(?:paid|covered)\b",
        ),
        # "expenses paid", "your expenses will be covered", "at our expense".
        (
            "expenses",
            r"\bexpenses\s+(?:will\s+be\s+|would\s+be\s+|are\s+|being\s+)?(?:fully\s+|all\s+)?"
            r"(?:paid|covered|reimbursed|taken\s+care\s+of)\b",
        ),
        (
            "expense cost",
            "trip visit travel stay journey flights",
            r"\b(?:trip|visit|travel|stay|journey|flights)\b" + _GAP40 + r"\bat\s+(?:our|their|his"
            r"|her|the\s+client'?s|my\s+client'?s)\s+(?:own\s+)?(?:expense|cost)\b",
        ),
        # "invite you to visit our headquarters in ...": a visit to the firm, abroad or not.
        (
            "headquarters hq head campus institute facilities factory plant lab labs laboratory "
            "laboratories research",
            "invit*",
            r"\binvit\w*\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:visit|come\s+to|tour|see)\s+(?:our|their"
            r"|his|her|the)\s+(?:\w+\s+)?(?:headquarters|hq|head\s+office|campus|institute"
            r"|facilities|factory|plant|labs?|laborator(?:y|ies)|research\s+cent(?:er|re))\s+in\b",
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
    # Genuine employers pay for interview travel and relocation, but an all-expenses trip to
    # China "for an interview" is the MI5 pattern itself; and "not covered" is not an offer.
    exclude=(
        r"^(?![^\n]*?\b(?:all[- ]expenses?|"
        + _HOSTILE_PLACES
        + r")\b)[^\n]*?\b(?:interview\w*|relocat\w+)\b",
        r"\b(?:aren't|are\s+not|isn't|is\s+not|not|won't\s+be|will\s+not\s+be|can't\s+be"
        r"|cannot\s+be)\s+(?:be\s+)?(?:covered|paid|included|provided)\b",
        # The target asking, in an account: "I asked whether they cover travel".
        r"\b(?:asked|wondered|asking|enquired|inquired)\s+(?:\w+\s+)?(?:whether|if)\b"
        r"[^.!?\n]{0,30}?\b(?:cover|covers|covered|pay|pays|paid)\b",
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
            + r"\b(?:prefer(?:s|red)?|wish(?:es|ed)?|want(?:s|ed)?"
            r"|would\s+like|chooses?|chose|needs?|needed|likes?|(?:has|have|had)\s+asked|asked)\s+"
            r"(?:me\s+|us\s+|him\s+|her\s+)?to\s+"
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
            "t cannot unable able liberty won not allowed permitted position refused declined",
            r"\b(?:can(?:no|')t|can\s+not|couldn't|could\s+not|unable\s+to|not\s+able\s+to"
            r"|not\s+at\s+liberty\s+to|won't|wouldn't|will\s+not|would\s+not|not\s+allowed\s+to"
            r"|not\s+permitted\s+to|not\s+in\s+a\s+position\s+to|refused\s+to|declined\s+to"
            r"|didn't\s+want\s+to|did\s+not\s+want\s+to)\s+(?:yet\s+)?(?:disclose|reveal|name|share"
            r"|say|tell\s+(?:you|me|us)|give)\b"
            + _GAP30
            + r"\b(?:clients?|customers?|partners?|names?|identity|identities|who\s+(?:they|it"
            r"|the\s+client|his\s+client|her\s+client|their\s+client)\s+(?:are|is|was|were)"
            r"|the\s+(?:company|firm|organi[sz]ation|sponsor|end\s+client)|which\s+(?:company"
            r"|firm|organi[sz]ation))",
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
            r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:clients?|customers?|principals?)\b,?\s+"
            r"(?:(?:which|who)"
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
        # A client or partner abroad, placed but not named: "a client abroad", "our partner in
        # Hong Kong", "his client in Shanghai" (the Yeo "clients in Asia"; MI5 2025).
        (
            _CLIENTS,
            "abroad overseas",
            r"\b(?:clients?|customers?|partners?|principals?)\s+(?:(?:who\s+is|which\s+is"
            r"|that\s+is)\s+)?(?:based\s+|located\s+)?(?:abroad|overseas)\b",
        ),
        (
            _CLIENTS,
            "asia asian east far china mainland hong kong macau macao singapore beijing shanghai "
            "shenzhen guangzhou moscow russia iran tehran gulf middle",
            r"\b(?:(?:an?|one)\s+(?:\w+\s+)?(?:clients?|customers?|principals?)|(?:our|my|his|her"
            r"|their)\s+(?:\w+\s+)?(?:clients?|customers?|principals?|partners?))\s+(?:(?:who\s+is"
            r"|which\s+is|that\s+is)\s+)?(?:based\s+|located\s+)?(?:in|from)\s+(?:the\s+)?"
            r"(?:(?:south[- ]?)?east\s+asia|asia|far\s+east|middle\s+east|gulf|singapore|"
            + _HOSTILE_PLACES
            + r")\b(?!,?\s+(?:called|named)\b)",
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
        # Broken English: "I am headhunter for company in Hong Kong".
        (
            "company companies firm firms client clients group organisation organization "
            "enterprise institute customer investor",
            "asia asian east far china mainland hong kong macau macao beijing shanghai shenzhen "
            "guangzhou moscow russia iran tehran",
            r"\b(?:for|with|on\s+behalf\s+of)\s+(?:an?\s+|one\s+|some\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:compan(?:y|ies)|firms?|clients?|group|organi[sz]ation|enterprise|institute"
            r"|customer|investor)\s+(?:based\s+)?(?:in|from)\s+(?:the\s+)?(?:(?:south[- ]?)?east"
            r"\s+asia|asia|far\s+east|" + _HOSTILE_PLACES + r")\b(?!,?\s+(?:called|named)\b)",
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
