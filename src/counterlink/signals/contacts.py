"""Contact details a persona hands out, and the detector that flags them.

:func:`extract_contacts` is the one place that pulls phone numbers, e-mail addresses, URLs and
messaging handles out of an approach, each normalised so that the same contact written two ways
compares equal (E.164 phones, lower-cased addresses, ``app:handle``, canonical URLs). It is pure
and is meant to be reused for campaign linking and watchlists, not only by
:class:`ContactsDetector`.

Pushing a conversation towards "specific communications platforms" is one of the hallmarks in
NPSA's Think Before You Link (RED-FLAGS #5); MI5's 2025 alert names WhatsApp.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar, Literal
from urllib.parse import urlsplit

import phonenumbers

from counterlink.schema import Approach, Evidence, Finding
from counterlink.signals.base import Detector, scoped_texts
from counterlink.signals.guidance import (
    EMAIL_ACCOUNTS,
    MI5_2025,
    NPSA_TBYL,
    SPEARPHISHING_LINK,
    SPEARPHISHING_VIA_SERVICE,
)

ContactKind = Literal["phone", "email", "handle", "url"]


@dataclass(frozen=True)
class Contact:
    """One contact detail found at ``path``; ``value == text[start:end]`` of that text."""

    kind: ContactKind
    value: str
    normalised: str
    country: str | None
    domain: str | None
    app: str | None
    path: str
    start: int
    end: int


# --- messaging apps -------------------------------------------------------------------------

MESSAGING_APPS = frozenset({"wechat", "whatsapp", "telegram", "signal", "line", "qq"})

# Spellings seen in messages and profile "contact info", mapped to one app name.
APP_ALIASES = {
    "wechat": "wechat",
    "we chat": "wechat",
    "weixin": "wechat",
    "微信": "wechat",
    "wx": "wechat",
    "vx": "wechat",
    "tg": "telegram",
    "whatsapp": "whatsapp",
    "whats app": "whatsapp",
    "telegram": "telegram",
    "电报": "telegram",
    "signal": "signal",
    "line": "line",
    "qq": "qq",
}
# Ordinary English words ("signal", "line") or terse shorthands ("wx", "vx" for WeChat, "tg" for
# Telegram): accepted
# only when written as a label ("Signal: ...", "LINE ID ...", "@...") or, but for LINE, when
# followed by a phone number.
_WEAK_KEYWORDS = frozenset({"signal", "line", "wx", "vx", "tg"})
# Words that follow an app name in ordinary prose and are never a handle.
_NOT_A_HANDLE = frozenset(
    """me us is at on or and the to so if for please below above here there id number account
    group call calls chat app instead too also then now today directly first as via with we i
    you your my our it this that contact message messages details handle username only
    available request later soon more""".split()  # noqa: SIM905 - prose list
)

_HANDLE_KEYWORD = re.compile(
    r"(?<![A-Za-z0-9])(?=[wtslqvWTSLQV微电])"  # quick rejection of most positions
    r"(?P<app>(?:we\s?chat|weixin|whats\s?app|telegram|signal|line|qq|wx|vx|tg)(?![A-Za-z])|微信|电报)"
    r"(?P<idword>\s*(?:ID|I\.D\.|number|no\.|handle|user\s?name|account|号码|号|號|账号|帳號))?"
    r"(?P<sep>\s*[:：=]\s*|\s*是\s*"
    # a dash or a bracket sets the handle off as plainly as a colon: "WeChat — gip_vz88",
    # "WeChat (gip_vz88)", "WeChat (ID: gip_vz88)", "WeChat me (gip_vz88)"
    r"|\s*[—–]\s*|\s+-\s+"
    r"|\s+(?:(?:me|us)\s+)?(?:(?:is|at|on)\s+)?\(\s*(?:(?:ID|I\.D\.)\s*[:：]?\s*)?"
    r"|\s*\(\s*(?:(?:ID|I\.D\.)\s*[:：]?\s*)?"
    r"|\s+(?:(?:me|us)\s+)?(?:(?:is|at|on)\s+)?|\s*[?!.,]\s*(?=@)"
    # "Contact (Signal) @kalina.48": the app in brackets, the handle after it
    r"|\s*\)\s*(?=@)|)"
    r"(?P<at>@)?"
    r"(?P<value>\(\+\d{1,4}\)\s?\d[\d \-]{3,16}\d|\+?\d[\d \-]{3,18}\d"
    r"|[A-Za-z][A-Za-z0-9_\-]*(?:\.[A-Za-z0-9_\-]+)*)",
    re.IGNORECASE,
)

# "add kalina.48 on Signal", "find me as gip_vz88 on WeChat": the handle before the app's name;
# handle-shaped only (a digit, "_" or "."), so "add Anna on Signal" names a person, not a handle.
_HANDLE_BEFORE_APP = re.compile(
    r"\b(?:add|find|message|text|ping|contact|reach)\s+(?:me\s+)?(?:as\s+)?@?"
    r"(?P<value>[A-Za-z][A-Za-z0-9_\-]*[._\d][A-Za-z0-9_.\-]*[A-Za-z0-9])"
    r"\s+(?:on|via|in)\s+(?P<app>we\s?chat|weixin|whats\s?app|telegram|signal|line)\b",
    re.IGNORECASE,
)

# Deep links that open a chat directly: the handle is in the URL.
_MESSAGING_LINK = re.compile(
    r"(?<![A-Za-z0-9.\-])(?:https?://)?(?:www\.)?"
    r"(?:(?:t|telegram)\.me/(?P<tg>joinchat/[A-Za-z0-9_\-]+|\+[A-Za-z0-9_\-]+|[A-Za-z0-9_]{4,32})"
    r"|wa\.me/(?P<wa>\+?\d{7,15})"
    r"|api\.whatsapp\.com/send/?\?phone=(?P<wa2>\+?\d{7,15})"
    r"|chat\.whatsapp\.com/(?P<wagroup>[A-Za-z0-9]{10,40})"
    r"|signal\.me/\#p/(?P<sig>\+?\d{7,15})"
    r"|line\.me/(?:R/)?ti/p/(?P<line>[A-Za-z0-9_.\-~@%]{3,40})"
    r"|(?:u\.wechat\.com|weixin\.qq\.com/r)/(?P<wx>[A-Za-z0-9_\-]{4,60})"
    r")",
    re.IGNORECASE,
)

_LINK_APPS = {
    "tg": "telegram",
    "wa": "whatsapp",
    "wa2": "whatsapp",
    "wagroup": "whatsapp",
    "sig": "signal",
    "line": "line",
    "wx": "wechat",
}

# Cheap substring tests that let most texts skip the regular expressions below.
_LINK_HINTS = (
    "t.me/",
    "telegram.me/",
    "wa.me/",
    "whatsapp.com",
    "signal.me/",
    "line.me/",
    "wechat.com/",
    "weixin.qq.com/",
)
_HANDLE_HINTS = (
    "wechat",
    "we chat",
    "weixin",
    "whats",
    "telegram",
    "signal",
    "line",
    "qq",
    "wx",
    "vx",
    "tg",
    "微信",
    "电报",
)

# --- e-mail and URLs ------------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])"
    r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*"
    r"@(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})"
    r"(?![A-Za-z0-9\-])"
)

SHORTENERS = frozenset(
    """bit.ly bitly.com tinyurl.com t.co goo.gl ow.ly is.gd v.gd buff.ly rebrand.ly cutt.ly
    shorturl.at rb.gy tiny.cc t.ly s.id lnkd.in t.cn url.cn dwz.cn""".split()  # noqa: SIM905 - prose list
)
# TLDs accepted for a bare domain ("acme-advisory.com"); English words such as .in/.is/.it/.to
# are left out so that prose like "log.in" is not read as a link.
_BARE_TLDS = (
    "com|net|org|io|co|ai|info|biz|me|app|dev|xyz|top|online|site|tech|cc|uk|us|cn|hk|tw|sg|ru"
    "|su|de|fr|nl|eu|ch|jp|kr|au|ca|nz|ir|by|kz|ae|edu|gov|mil|int"
    "|gle|ee|so"  # forms.gle, linktr.ee, tally.so: links written without a scheme
    "|example"  # RFC 2606: what examples, fixtures and synthetic data use
)
_SHORTENER_HOSTS = "|".join(re.escape(host) for host in sorted(SHORTENERS))
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]"
_URL = re.compile(
    r"(?<![A-Za-z0-9@._\-/])(?:"
    rf"https?://{_URL_CHARS}+"
    rf"|www\.{_URL_CHARS}+"
    rf"|(?:{_SHORTENER_HOSTS})(?![A-Za-z0-9\-])(?:/{_URL_CHARS}*)?"
    rf"|(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,61}}[A-Za-z0-9])?\.)+(?-i:{_BARE_TLDS})"
    rf"(?![A-Za-z0-9\-@])(?:/{_URL_CHARS}*)?"
    r")",
    re.IGNORECASE,
)
# Every URL form above has "://", "www." or a dot and a known TLD, which prose rarely has: the
# URL regex (slow, as it tries every word as a domain) only runs on the words holding one.
_SHORTENER_TLDS = "|".join(sorted({host.rsplit(".", 1)[1] for host in SHORTENERS}))
_URL_MARK = re.compile(rf"://|(?i:www)\.|\.(?:{_BARE_TLDS}|{_SHORTENER_TLDS})(?![A-Za-z0-9\-])")
_SPACE = re.compile(r"\s")
# Sentence punctuation that ends a URL written in prose: "see acme.com/jobs." or "(bit.ly/x)".
_URL_TRAILING = ".,;:!?'\")]}>"

FREE_WEBMAIL = frozenset(
    """gmail.com googlemail.com outlook.com hotmail.com hotmail.co.uk live.com msn.com yahoo.com
    yahoo.co.uk ymail.com icloud.com me.com mac.com aol.com gmx.com gmx.de gmx.net web.de
    mail.com proton.me protonmail.com protonmail.ch pm.me tutanota.com tuta.io yandex.ru
    yandex.com ya.ru mail.ru inbox.ru list.ru bk.ru rambler.ru qq.com foxmail.com 163.com
    126.com yeah.net sina.com sina.cn sohu.com aliyun.com 139.com 189.cn naver.com daum.net
    hanmail.net yahoo.co.jp rediffmail.com""".split()  # noqa: SIM905 - prose list
)
# Providers with many country domains (yahoo.fr, hotmail.de, yandex.kz, ...).
_FREE_WEBMAIL_BRANDS = frozenset(
    "gmail googlemail hotmail outlook yahoo ymail live msn aol gmx yandex protonmail".split()  # noqa: SIM905 - prose list
)

# --- phones ---------------------------------------------------------------------------------

# phonenumbers' matcher costs tens of microseconds a call, so it only ever sees the runs of
# seven or more digits (with the separators people write numbers with) that could be a number;
# _SEVEN_DIGITS is the quicker test that most texts fail.
_SEVEN_DIGITS = re.compile(r"\d(?:[ ()./\-\u00a0]{0,3}\d){6}")
_PHONE_RUN = re.compile(r"(?<![A-Za-z0-9])[+(]?\d(?:[ ()./\-\u00a0]{0,3}\d){6,}\)?(?![A-Za-z0-9])")
_DATE_RUN = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# Ranges Ofcom reserves for fiction and examples. phonenumbers calls them invalid, but they are
# what examples, demos and synthetic data use, and no real person holds them, so accepting them
# costs nothing on real approaches.
_FICTION_PREFIXES = ("+447700900", "+441632960")


def _phone(number: phonenumbers.PhoneNumber) -> tuple[str, str] | None:
    """(E.164, region) for a usable number, else None."""
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # The two steps of is_valid_number(), which would otherwise look the (costly) region up twice.
    region = phonenumbers.region_code_for_number(number)
    if region is not None and phonenumbers.is_valid_number_for_region(number, region):
        return e164, region
    if e164.startswith(_FICTION_PREFIXES) and phonenumbers.is_possible_number(number):
        return e164, "GB"  # every fiction range is a UK one
    return None


@lru_cache(maxsize=8192)
def parse_phone(raw: str, default_region: str = "GB") -> tuple[str, str] | None:
    """(E.164, ISO region) for one phone number string, or None when it is not a valid number.

    Numbers in international form keep their own country; national forms are read as
    ``default_region``. Cached: the same number recurs across a campaign's messages.
    """
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        return None
    return _phone(number)


@lru_cache(maxsize=8192)
def _numbers_in(run: str, region: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """(start, end, raw, E.164, region) of each valid number in one digit run; cached like
    :func:`parse_phone`."""
    found = []
    for m in phonenumbers.PhoneNumberMatcher(run, region, phonenumbers.Leniency.POSSIBLE):
        parsed = _phone(m.number)
        if parsed is not None:
            found.append((m.start, m.end, m.raw_string, parsed[0], parsed[1]))
    return tuple(found)


# --- normalisation --------------------------------------------------------------------------


def canonical_url(raw: str) -> tuple[str, str] | None:
    """(canonical URL, host) or None. The scheme becomes https and ``www.``, the fragment and a
    trailing slash go: the same site written two ways must link two reports."""
    try:
        parts = urlsplit(raw if "://" in raw else "https://" + raw)
    except ValueError:  # e.g. "http://[abc": a malformed address is no site, not a crash
        return None
    host = (parts.hostname or "").rstrip(".")
    if "." not in host:
        return None
    host = host.removeprefix("www.")
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = f"{host}:{port}" if port and port not in (80, 443) else host
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"https://{netloc}{path}{query}", host


def normalise_handle(app: str, value: str, default_region: str = "GB") -> str:
    """``app:handle``: phone-number handles in E.164, usernames lower-cased (WeChat, Telegram
    and LINE ids are case-insensitive), a leading "@" dropped."""
    value = value.strip().removeprefix("@")
    if app == "line":
        value = value.removeprefix("~")  # line.me/ti/p/~id is the id itself
    digits = re.sub(r"[ \-]", "", value)
    if app != "qq" and re.fullmatch(r"\+?\d{7,15}", digits):
        parsed = parse_phone(digits if digits.startswith("+") else value, default_region)
        if parsed is None and not digits.startswith("+"):
            parsed = parse_phone("+" + digits, default_region)
        if parsed is not None:
            return f"{app}:{parsed[0]}"
        return f"{app}:{digits}"
    return f"{app}:{value.lower()}"


def is_free_webmail(domain: str) -> bool:
    """True for consumer mail providers (gmail, outlook, qq.com, 163.com, mail.ru, ...)."""
    domain = domain.lower()
    return domain in FREE_WEBMAIL or domain.split(".", 1)[0] in _FREE_WEBMAIL_BRANDS


def is_linkedin(domain: str) -> bool:
    return domain == "linkedin.com" or domain.endswith(".linkedin.com")


# --- extraction -----------------------------------------------------------------------------


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def _link_contacts(path: str, text: str, region: str) -> Iterator[Contact]:
    for m in _MESSAGING_LINK.finditer(text):
        group = m.lastgroup or ""
        handle = m.group(group)
        app = _LINK_APPS[group]
        if group in ("wa", "wa2", "sig"):
            normalised = normalise_handle(app, "+" + handle.lstrip("+"), region)
        elif group == "wagroup" or handle.startswith(("joinchat/", "+")) or group == "wx":
            # Invite and QR codes are case-sensitive: keep them as written.
            normalised = f"{app}:{handle}"
        else:
            normalised = normalise_handle(app, handle, region)
        yield Contact("handle", m.group(), normalised, None, None, app, path, m.start(), m.end())
        if group in ("wa", "wa2", "sig"):
            # The number behind a wa.me link is itself a phone contact.
            parsed = parse_phone("+" + handle.lstrip("+"), region)
            if parsed is not None:
                s, e = m.span(group)
                yield Contact("phone", text[s:e], parsed[0], parsed[1], None, None, path, s, e)


def _keyword_handles(
    path: str, text: str, region: str, taken: list[tuple[int, int]]
) -> Iterator[Contact]:
    for m in _HANDLE_KEYWORD.finditer(text):
        keyword = re.sub(r"\s+", " ", m.group("app").lower())
        app = APP_ALIASES[keyword]
        value = m.group("value")
        if value.lower() in _NOT_A_HANDLE:
            continue
        labelled = bool(
            m.group("idword") or m.group("at") or re.search(r"[:：=是]", m.group("sep"))
        )
        # "WeChat (gip_vz88)", "WeChat — gip_vz88": set off, which names a handle after an
        # app's name, but not after an ordinary word ("a strong signal (noise)").
        set_off = bool(re.search(r"[(—–]|\s-\s", m.group("sep")))
        value = value.replace("(", "").replace(")", "")  # "(+44) 7700 ..."
        numeric = value.lstrip("+").replace(" ", "").replace("-", "")
        if app == "qq":
            if not (numeric.isdigit() and 5 <= len(numeric) <= 11):
                continue
        elif keyword == "line":
            # "our support line is 020 ..." is not LINE: only "LINE ID ...", "LINE: ...",
            # "@..." is, or the app's own capitals before an id-shaped word ("LINE sakura_21").
            written_as_app = m.group("app") == "LINE" and re.search(r"[_\d]", value)
            if not (m.group("idword") or m.group("at") or labelled or written_as_app):
                continue
            if numeric.isdigit() and not (m.group("idword") or m.group("at")):
                continue
        elif keyword in _WEAK_KEYWORDS:
            # "My Signal is +45 ..." is a handle; "a strong signal that ..." is not; nor is
            # "a signal (noise)", but "Signal (harbourline.77)" is: set off and handle-shaped.
            handle_shaped = set_off and re.search(r"[\d_.]", value) is not None
            if not labelled and not handle_shaped and not (numeric.isdigit() and len(numeric) >= 7):
                continue
        elif not (labelled or set_off) and not (
            (numeric.isdigit() and len(numeric) >= 7) or re.search(r"[\d_]", value)
        ):
            # "add me on WeChat so we can talk" names an app, not a handle.
            continue
        if numeric.isdigit() and app != "qq" and len(numeric) < 5:
            continue
        # Cite the label with the handle ("WeChat ID: abc_123"): it says which app it is.
        start, end = m.start(), m.end("value")
        if _overlaps(start, end, taken):
            continue
        yield Contact(
            "handle",
            text[start:end],
            normalise_handle(app, value, region),
            None,
            None,
            app,
            path,
            start,
            end,
        )


def _handles_before_app(
    path: str, text: str, region: str, taken: list[tuple[int, int]]
) -> Iterator[Contact]:
    for m in _HANDLE_BEFORE_APP.finditer(text):
        start, end = m.start("value"), m.end()
        if _overlaps(start, end, taken) or m.group("value").lower() in _NOT_A_HANDLE:
            continue
        app = APP_ALIASES[re.sub(r"\s+", " ", m.group("app").lower())]
        normalised = normalise_handle(app, m.group("value"), region)
        yield Contact("handle", text[start:end], normalised, None, None, app, path, start, end)


# "office (at) example-review (dot) org", "desk [at] example [dot] org": an address written so
# that harvesters miss it.
_OBFUSCATED_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])(?P<user>[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*)"
    r"\s*[(\[]\s*at\s*[)\]]\s*"
    r"(?P<domain>[A-Za-z0-9\-]+(?:\s*(?:[(\[]\s*dot\s*[)\]]|\.)\s*[A-Za-z0-9\-]+)+)",
    re.IGNORECASE,
)
_DOT = re.compile(r"\s*(?:[(\[]\s*dot\s*[)\]]|\.)\s*", re.IGNORECASE)


def _email_contacts(path: str, text: str, taken: list[tuple[int, int]]) -> Iterator[Contact]:
    for m in _EMAIL.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        value = m.group()
        domain = m.group("domain").lower()
        yield Contact("email", value, value.lower(), None, domain, None, path, m.start(), m.end())
    lowered = text.lower()
    if "(at)" in lowered.replace(" ", "") or "[at]" in lowered.replace(" ", ""):
        for m in _OBFUSCATED_EMAIL.finditer(text):
            domain = _DOT.sub(".", m.group("domain")).lower()
            if "." not in domain or _overlaps(m.start(), m.end(), taken):
                continue
            address = f"{m.group('user')}@{domain}".lower()
            yield Contact("email", m.group(), address, None, domain, None, path, m.start(), m.end())


def _url_windows(text: str) -> list[tuple[int, int]]:
    """The whitespace-delimited words of ``text`` that hold a URL mark."""
    windows: list[tuple[int, int]] = []
    for mark in _URL_MARK.finditer(text):
        if windows and mark.start() < windows[-1][1]:
            continue
        start = mark.start()
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        space = _SPACE.search(text, mark.end())
        windows.append((start, space.start() if space else len(text)))
    return windows


def _url_contacts(path: str, text: str, taken: list[tuple[int, int]]) -> Iterator[Contact]:
    matches = (m for w in _url_windows(text) for m in _URL.finditer(text, *w))
    for m in matches:
        start, end = m.span()
        while end > start and text[end - 1] in _URL_TRAILING:
            # Keep a closing bracket that belongs to the URL, e.g. .../Foo_(bar)
            if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                break
            end -= 1
        if _overlaps(start, end, taken):
            continue
        canon = canonical_url(text[start:end])
        if canon is None:
            continue
        yield Contact("url", text[start:end], canon[0], None, canon[1], None, path, start, end)


def _phone_contacts(
    path: str, text: str, region: str, taken: list[tuple[int, int]]
) -> Iterator[Contact]:
    if not _SEVEN_DIGITS.search(text):
        return
    for run in _PHONE_RUN.finditer(text):
        if _DATE_RUN.fullmatch(run.group()):
            continue
        offset = run.start()
        for start, end, raw, e164, country in _numbers_in(run.group(), region):
            start, end = start + offset, end + offset
            if not _overlaps(start, end, taken):
                yield Contact("phone", raw, e164, country, None, None, path, start, end)


def contacts_in_text(path: str, text: str, default_region: str = "GB") -> list[Contact]:
    """Every contact in one free text, in order of position (see :func:`_contacts_in_text`);
    cached, since the contacts detector, the reassurance detector and campaign linking all
    read the same messages."""
    return list(_cached_contacts(path, text, default_region))


@lru_cache(maxsize=4096)
def _cached_contacts(path: str, text: str, default_region: str) -> tuple[Contact, ...]:
    return tuple(_contacts_in_text(path, text, default_region))


def _contacts_in_text(path: str, text: str, default_region: str = "GB") -> list[Contact]:
    """Every contact in one free text, in order of position.

    Deep links are read first, then e-mail addresses, labelled handles, URLs and phone numbers;
    a later kind never claims text an earlier one already holds (the domain of an e-mail is not
    also a URL), except that a handle which is a phone number ("WhatsApp: +44 ...") is also
    reported as that phone.
    """
    lowered = text.lower()
    found: list[Contact] = []
    if any(hint in lowered for hint in _LINK_HINTS):
        found += _link_contacts(path, text, default_region)
    taken = [(c.start, c.end) for c in found if c.kind == "handle"]
    if "@" in text or "at" in lowered:
        emails = list(_email_contacts(path, text, taken))
        found += emails
        taken += [(c.start, c.end) for c in emails]
    handle_spans: list[tuple[int, int]] = []
    if any(hint in lowered for hint in _HANDLE_HINTS):
        handles = list(_keyword_handles(path, text, default_region, taken))
        handles += _handles_before_app(
            path, text, default_region, taken + [(c.start, c.end) for c in handles]
        )
        found += handles
        handle_spans = [(c.start, c.end) for c in handles]
    if "." in text:
        urls = list(_url_contacts(path, text, taken + handle_spans))
        found += urls
        taken += [(c.start, c.end) for c in urls]
    found += _phone_contacts(path, text, default_region, taken)
    order = {"handle": 0, "email": 1, "url": 2, "phone": 3}
    return sorted(found, key=lambda c: (c.start, order[c.kind], c.end))


def persona_texts(approach: Approach) -> list[tuple[str, str]]:
    """The free texts a persona wrote itself: headline, about, job descriptions, its messages."""
    profile = [
        (path, text)
        for path, text in scoped_texts(approach, "profile")
        if path in ("persona.headline", "persona.about") or path.endswith(".description")
    ]
    return profile + scoped_texts(approach, "persona_messages")


def contact_fields(approach: Approach) -> Iterator[tuple[str, str]]:
    """The structured contact details of a persona with their evidence paths, e.g.
    ``persona.contacts.emails[0]`` or ``persona.contacts.handles.wechat``."""
    contacts = approach.persona.contacts if approach.persona else None
    if contacts is None:
        return
    for name in ("emails", "phones", "websites"):
        for i, value in enumerate(getattr(contacts, name) or []):
            if value:
                yield f"persona.contacts.{name}[{i}]", value
    for app, value in (contacts.handles or {}).items():
        if value:
            yield f"persona.contacts.handles.{app}", value


def _structured_contact(path: str, value: str, region: str) -> Contact | None:
    """A contact for one structured value, cited whole (offsets 0..len)."""
    end = len(value)
    stripped = value.strip()
    if path.startswith("persona.contacts.emails"):
        m = _EMAIL.fullmatch(stripped)
        if m is None:
            return None
        return Contact(
            "email", value, stripped.lower(), None, m.group("domain").lower(), None, path, 0, end
        )
    if path.startswith("persona.contacts.phones"):
        parsed = parse_phone(stripped, region)
        if parsed is None:
            return None
        return Contact("phone", value, parsed[0], parsed[1], None, None, path, 0, end)
    if path.startswith("persona.contacts.websites"):
        links = list(_link_contacts(path, stripped, region))
        if links:
            return Contact(
                "handle", value, links[0].normalised, None, None, links[0].app, path, 0, end
            )
        canon = canonical_url(stripped)
        if canon is None:
            return None
        return Contact("url", value, canon[0], None, canon[1], None, path, 0, end)
    key = path.rsplit(".", 1)[1].strip().lower()
    app = APP_ALIASES.get(key, key)
    if not stripped.removeprefix("@"):
        return None
    return Contact(
        "handle", value, normalise_handle(app, stripped, region), None, None, app, path, 0, end
    )


def extract_contacts(approach: Approach, default_region: str = "GB") -> list[Contact]:
    """Every contact detail the persona gave, in a stable order.

    Reads the persona's messages (never the target's), its headline, about and job descriptions,
    and ``persona.contacts``. Phone numbers written without a country code are read as
    ``default_region``. Only valid numbers are kept (plus Ofcom's fiction ranges).
    """
    found: list[Contact] = []
    for path, text in persona_texts(approach):
        found += contacts_in_text(path, text, default_region)
    for path, value in contact_fields(approach):
        contact = _structured_contact(path, value, default_region)
        if contact is not None:
            found.append(contact)
    return found


# --- the detector ---------------------------------------------------------------------------

# RED-FLAGS 5: fake profiles move you towards specific platforms (MI5: WhatsApp);
# 8: a webmail address is no verifiable company information.
# code -> (generic title, guidance, ATT&CK)
_CODES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "contact.messaging_handle": (
        "Offers a WeChat/WhatsApp/Telegram/Signal/LINE/QQ contact",
        (NPSA_TBYL, MI5_2025),
        SPEARPHISHING_VIA_SERVICE,
    ),
    "contact.phone": ("Offers a phone number", (NPSA_TBYL, MI5_2025), SPEARPHISHING_VIA_SERVICE),
    "contact.personal_email": (
        "Gives a free webmail address, not a company one",
        (NPSA_TBYL,),
        EMAIL_ACCOUNTS,
    ),
    "contact.email": (
        "Gives an e-mail address to continue off LinkedIn",
        (NPSA_TBYL,),
        SPEARPHISHING_VIA_SERVICE,
    ),
    "contact.link": ("Sends a link to an outside website", (NPSA_TBYL,), SPEARPHISHING_LINK),
    "contact.link_shortener": (
        "Sends a shortened link that hides where it leads",
        (NPSA_TBYL,),
        SPEARPHISHING_LINK,
    ),
}

_APP_NAMES = {
    "wechat": "WeChat",
    "whatsapp": "WhatsApp",
    "telegram": "Telegram",
    "signal": "Signal",
    "line": "LINE",
    "qq": "QQ",
}


def _code_for(contact: Contact) -> str | None:
    if contact.kind == "handle":
        return "contact.messaging_handle" if contact.app in MESSAGING_APPS else None
    if contact.kind == "phone":
        return "contact.phone"
    if contact.kind == "email":
        return (
            "contact.personal_email" if is_free_webmail(contact.domain or "") else "contact.email"
        )
    domain = contact.domain or ""
    if domain in SHORTENERS:
        return "contact.link_shortener"
    # A link back to LinkedIn keeps the conversation on the platform: not a signal.
    return None if is_linkedin(domain) else "contact.link"


def _listing(items: list[str], limit: int = 3) -> str:
    unique = list(dict.fromkeys(items))
    shown = ", ".join(unique[:limit])
    return shown + (f" (+{len(unique) - limit} more)" if len(unique) > limit else "")


def _title(code: str, contacts: list[Contact]) -> str:
    if code == "contact.messaging_handle":
        apps = _listing([_APP_NAMES.get(c.app or "", c.app or "") for c in contacts])
        return f"Moves you to {apps}: {_listing([c.normalised for c in contacts])}"
    if code == "contact.phone":
        numbers = _listing([f"{c.normalised} ({c.country})" for c in contacts])
        return f"Offers a phone number: {numbers}"
    if code == "contact.personal_email":
        return f"Gives a free webmail address: {_listing([c.normalised for c in contacts])}"
    if code == "contact.email":
        return f"Gives an e-mail address: {_listing([c.normalised for c in contacts])}"
    if code == "contact.link_shortener":
        return f"Sends a shortened link: {_listing([c.normalised for c in contacts])}"
    return f"Sends a link to an outside website: {_listing([c.domain or '' for c in contacts])}"


class ContactsDetector(Detector):
    """Flags every way the persona offers to continue off LinkedIn: one finding per code, every
    occurrence as evidence.

    ``default_region`` is the ISO region used to read phone numbers written without a country
    code (e.g. "07700 900123").
    """

    name = "contacts"
    codes: ClassVar[dict[str, str]] = {code: spec[0] for code, spec in _CODES.items()}

    def __init__(self, default_region: str = "GB") -> None:
        self.default_region = default_region

    def detect(self, approach: Approach) -> list[Finding]:
        region = self.default_region.upper()
        if region not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"default_region {self.default_region!r} is not an ISO region")
        groups: dict[str, list[Contact]] = {}
        for contact in extract_contacts(approach, region):
            code = _code_for(contact)
            if code is not None:
                groups.setdefault(code, []).append(contact)
        findings = []
        for code, (_, guidance, attack) in _CODES.items():
            contacts = groups.get(code)
            if not contacts:
                continue
            findings.append(
                Finding(
                    code=code,
                    category="contact",
                    title=_title(code, contacts),
                    evidence=[
                        Evidence(field=c.path, excerpt=c.value, start=c.start, end=c.end)
                        for c in contacts
                    ],
                    guidance=list(guidance),
                    attack=attack,
                )
            )
        return findings
