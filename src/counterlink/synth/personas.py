"""The people and firms of the synthetic generator: cover personas, their names (pinyin, Han and
English), firms and the ways members write them, profile slugs and URLs, contacts (webmail,
WeChat, Telegram, valid phone numbers), photos, and the targets approached."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import phonenumbers
from pypinyin import lazy_pinyin

from counterlink.synth.vocab import (
    FAMILY_NAMES,
    FIRST_NAMES,
    HAN_FAMILY,
    HAN_GIVEN,
    LEGAL_SUFFIXES,
    SECTORS,
    SYLLABLES,
    WEBMAIL,
    WEBMAIL_WEIGHTS,
)

# LinkedIn's grey silhouette: the photo of everyone who has none (a generic value).
DEFAULT_AVATAR_PHASH = "c3c3c3e7e7c38100"


@dataclass(frozen=True)
class _Name:
    given: str  # romanised given name: "Wei", "Xiaoming", "Max"
    family: str  # "Zhou", "Keller"
    english: str | None = None  # "Vivian" for a Chinese name that also has an English one
    han: str | None = None  # "周薇"

    @property
    def first(self) -> str:
        return self.english or self.given

    @property
    def canonical(self) -> str:
        return f"{self.first} {self.family}"


@dataclass(frozen=True)
class _Firm:
    base: str  # "Pinnacle Executive Search"
    jurisdiction: str
    domain: str | None  # its own e-mail domain and website, when it has one
    website: bool


@dataclass(frozen=True)
class _Persona:
    key: str
    name: _Name
    title: str
    firm: int  # home firm, index into the campaign's firms
    photo: int | None  # base perceptual hash (None: the default avatar)
    sha256: str
    slugs: tuple[str, ...]  # profile URL slugs: the profile was re-created under new slugs
    email: str
    email_firm: int | None  # the firm whose domain the address is at (None: webmail)
    location: str
    connections: int
    member_since: str
    prior: tuple[str, str] | None  # an earlier (title, big company) job
    school: str | None


# --- names, firms, contacts -------------------------------------------------------------------


@lru_cache(maxsize=512)
def _pinyin(han: str) -> str:
    """The pinyin of one character, as pypinyin reads it on its own (names are romanised
    character by character)."""
    return str(lazy_pinyin(han)[0])


def _chinese_name(rng: random.Random) -> _Name:
    family = rng.choice(HAN_FAMILY)
    given = "".join(rng.choices(HAN_GIVEN, k=rng.choice((1, 2, 2))))
    english = rng.choice(FIRST_NAMES) if rng.random() < 0.6 else None
    return _Name(
        given="".join(_pinyin(c) for c in given).capitalize(),
        family=_pinyin(family).capitalize(),
        english=english,
        han=family + given,
    )


def _western_name(rng: random.Random) -> _Name:
    return _Name(given=rng.choice(FIRST_NAMES), family=rng.choice(FAMILY_NAMES))


def name_variant(name: _Name, rng: random.Random) -> str:
    """One way a member writes the persona's name: order, initials, case, pinyin or Han."""
    first, family = name.first, name.family
    forms = [
        (f"{first} {family}", 50),
        (f"{family} {first}", 8),
        (f"{first[0]}. {family}", 6),
        (f"{first} {family}".upper(), 4),
        (f"{first} {family}".lower(), 4),
        (f"{family}, {first}", 4),
    ]
    if name.han is not None:
        forms += [
            (name.han, 8),
            (f"{family} {name.given}", 8),
            (f"{name.given} {family}", 4),
            (f"{family.upper()} {name.given}", 3),
            (f"{first} {family} {name.han}", 4),
        ]
        if name.english is not None:
            forms.append((f"{name.english} ({name.given}) {family}", 3))
    texts = [text for text, _ in forms]
    chosen: str = rng.choices(texts, weights=[weight for _, weight in forms])[0]
    return chosen


def firm_variant(firm: _Firm, rng: random.Random) -> str:
    """One way a member writes the firm: legal suffix, case and punctuation vary."""
    base = firm.base
    roll = rng.random()
    if roll < 0.15:
        base = base.replace(" ", "-", 1) if rng.random() < 0.5 else base.replace("&", "and")
    elif roll < 0.25:
        base = base.replace("Asia Pacific", "Asia-Pacific")
    suffix = rng.choice(LEGAL_SUFFIXES[firm.jurisdiction]) if rng.random() < 0.7 else ""
    text = f"{base}{',' if suffix and rng.random() < 0.15 else ''} {suffix}".strip()
    case = rng.random()
    if case < 0.08:
        return text.upper()
    if case < 0.14:
        return text.lower()
    return text


def _slug(rng: random.Random, name: _Name) -> str:
    """A cover persona's profile slug (vanity forms, or LinkedIn's hex suffix)."""
    first, family = name.first.lower(), name.family.lower()
    style = rng.randrange(4)
    if style == 0:
        return f"{first}-{family}-{rng.getrandbits(24):06x}"
    if style == 1:
        return f"{family}{first}{rng.randrange(1000, 10000)}"
    if style == 2:
        job = rng.choice(("hr", "talent", "consulting", "research"))
        return f"{first}-{family}-{job}-{rng.randrange(1000, 10000)}"
    return f"{first[0]}{family}-{rng.getrandbits(20):05x}"


def _background_slug(rng: random.Random, name: _Name) -> str:
    """A genuine member's slug: LinkedIn adds an 8-hex suffix to names that are taken."""
    return f"{name.first.lower()}-{name.family.lower()}-{rng.getrandbits(32):08x}"


def _url(slug: str, rng: random.Random) -> str:
    form = rng.random()
    if form < 0.55:
        return f"https://www.linkedin.com/in/{slug}"
    if form < 0.7:
        return f"https://www.linkedin.com/in/{slug}/"
    if form < 0.8:
        return f"linkedin.com/in/{slug}"
    if form < 0.9:
        sub = rng.choice(("uk", "hk", "sg", "cn"))
        return f"https://{sub}.linkedin.com/in/{slug}"
    return f"https://www.linkedin.com/in/{slug}?originalSubdomain={rng.choice(('hk', 'sg', 'uk'))}"


def _website(domain: str, rng: random.Random) -> str:
    return rng.choice(
        (f"https://www.{domain}", f"https://{domain}/", f"http://www.{domain}", f"www.{domain}")
    )


def _webmail(rng: random.Random) -> str:
    return rng.choices(WEBMAIL, weights=WEBMAIL_WEIGHTS)[0]


def _wechat_id(rng: random.Random, name: _Name) -> str:
    base = rng.choice(
        (
            f"{name.first}{name.family}",
            f"{name.first}_{name.family}",
            f"{name.family}{name.given}",
            f"hr_{name.family}",
        )
    ).lower()
    return f"{base}{rng.randrange(10, 10000)}"


def _telegram(rng: random.Random, name: _Name) -> str:
    role = rng.choice(("hr", "talent", "research", "work"))
    return f"@{name.first.lower()}_{role}{rng.randrange(10, 1000)}"


_MOBILE_STARTS = {"CN": ("13", "15", "18", "17"), "HK": ("5", "6", "9"), "SG": ("8", "9")}
_NATIONAL_LENGTH = {"CN": 11, "HK": 8, "SG": 8, "GB": 10}
_COUNTRY_CODE = {"CN": "86", "HK": "852", "SG": "65", "GB": "44"}


def _phone_number(rng: random.Random, region: str) -> str:
    """A valid mobile number of ``region`` in E.164 (checked with phonenumbers)."""
    starts = _MOBILE_STARTS.get(region, ("74", "75", "77", "78", "79"))
    while True:
        start = rng.choice(starts)
        rest = "".join(rng.choices("0123456789", k=_NATIONAL_LENGTH[region] - len(start)))
        e164 = f"+{_COUNTRY_CODE[region]}{start}{rest}"
        if phonenumbers.is_valid_number(phonenumbers.parse(e164)):
            return e164


def phone_variant(e164: str, rng: random.Random) -> str:
    """The number as people write it: E.164, spaced international, 00-prefixed or bracketed."""
    form = rng.random()
    if form < 0.4:
        return e164
    spaced = _international(e164)
    if form < 0.8:
        return spaced
    if form < 0.9:
        return "00" + spaced[1:]
    code, _, rest = spaced.partition(" ")
    return f"({code}) {rest.replace(' ', '')}"


@lru_cache(maxsize=4096)
def _international(e164: str) -> str:
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _jitter(phash: int, rng: random.Random) -> str:
    """The hash of a re-encoded copy: 0–4 bits flipped."""
    flips = rng.choices((0, 1, 2, 3, 4), weights=(30, 25, 20, 15, 10))[0]
    for bit in rng.sample(range(64), flips):
        phash ^= 1 << bit
    return f"{phash:016x}"


def _unique_word(row: int, n: int) -> str:
    """An invented word that no other row of ``n`` gets: the row number scrambled by a
    bijection, written in syllables."""
    base = len(SYLLABLES)
    digits = 3
    while base**digits < n:
        digits += 1
    modulus = base**digits
    value = (row * 7_368_787 + 12_345) % modulus  # 7368787 is coprime to 70, so a bijection
    parts = []
    for _ in range(digits):
        value, rem = divmod(value, base)
        parts.append(SYLLABLES[rem])
    return "".join(parts).capitalize()


# --- profile parts --------------------------------------------------------------------------------


def _persona_dict(
    *,
    name: str,
    headline: str | None,
    location: str | None,
    url: str | None,
    connections: int,
    member_since: str,
    photo: dict[str, str] | None,
    experience: list[dict[str, Any]],
    school: str | None,
    contacts: dict[str, Any],
) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name}
    if headline:
        out["headline"] = headline
    if url:
        out["url"] = url
    if location:
        out["location"] = location
    out["connections"] = connections
    out["member_since"] = member_since
    if photo:
        out["photo"] = photo
    if experience:
        out["experience"] = experience
    if school:
        out["education"] = [{"school": school}]
    if contacts:
        out["contacts"] = contacts
    return out


def _photo(persona: _Persona, shown: bool, rng: random.Random) -> dict[str, str] | None:
    if not shown:
        return None
    if persona.photo is None:
        return {"phash": DEFAULT_AVATAR_PHASH}
    sha = persona.sha256 if rng.random() < 0.3 else f"{rng.getrandbits(256):064x}"
    return {"sha256": sha, "phash": _jitter(persona.photo, rng)}


def _background_photo(rng: random.Random) -> dict[str, str] | None:
    roll = rng.random()
    if roll < 0.2:
        return None
    if roll < 0.3:
        return {"phash": DEFAULT_AVATAR_PHASH}
    return {"sha256": f"{rng.getrandbits(256):064x}", "phash": f"{rng.getrandbits(64):016x}"}


def _prior_job(prior: tuple[str, str], rng: random.Random) -> dict[str, Any]:
    start = rng.randint(2010, 2019)
    return {
        "title": prior[0],
        "company": prior[1],
        "start": f"{start}-{rng.randint(1, 12):02d}",
        "end": f"{start + rng.randint(1, 4)}-{rng.randint(1, 12):02d}",
    }


def _headline(title: str, company: str | None, rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.1:
        return None
    if company and roll < 0.7:
        return f"{title} at {company}"
    return rng.choice(
        (
            title,
            f"{title} | Connecting talent with opportunity",
            f"{title} | Technology | Asia-Pacific",
            f"{title} · Helping experts share their knowledge",
        )
    )


def _target(rng: random.Random, sector: str, organisation: str) -> dict[str, Any]:
    name = _western_name(rng) if rng.random() < 0.75 else _chinese_name(rng)
    return {
        "name": name.canonical,
        "organisation": organisation,
        "sector": sector,
        "role": rng.choice(SECTORS[sector][2]),
    }


def _target_values(target: dict[str, Any]) -> dict[str, str]:
    first, _, last = target["name"].partition(" ")
    return {
        "tfirst": first,
        "tlast": last,
        "tfull": target["name"],
        "torg": target["organisation"],
    }
