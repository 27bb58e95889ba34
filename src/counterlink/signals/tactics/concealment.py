"""Keeping the contact out of sight: leaving the platform, and secrecy."""

from __future__ import annotations

from counterlink.signals.guidance import (
    MI5_2025,
    NPSA_TBYL,
    SPEARPHISHING_VIA_SERVICE,
    YEO,
)
from counterlink.signals.tactics.patterns import _GAP20, _GAP30, _tactic

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
