"""Requests for the target's sensitive personal information: identity, credentials, money."""

from __future__ import annotations

# Guidance (formats/RED-FLAGS.md): row 10 is the request flag itself.
from counterlink.signals.guidance import (
    MI5_2025,
    NPSA_TBYL,
    ODNI_NEVERNIGHT,
)
from counterlink.signals.requests.cues import _request

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
