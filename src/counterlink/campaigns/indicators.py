"""The indicators of one approach, normalised so that the same thing written two ways matches.

* ``profile``: the LinkedIn profile slug (``/in/vivian-zhou-8a1b2c``), and ``profile_stem``
  without the random suffix LinkedIn adds to taken names;
* ``name``: the persona's name as a sorted set of lower-case tokens, accents dropped, titles
  dropped, Chinese written in Han script transliterated to pinyin ("周薇" and "Wei ZHOU" give
  the same key); ``name_initial``: surname + first initial, so "V. Zhou" meets "Vivian Zhou";
* ``email``, ``email_domain``, ``phone`` (E.164), ``handle`` (``wechat:id``), ``website`` (the
  host): through the contact extractor the detectors use, from the persona's messages, profile
  text and ``persona.contacts``;
* ``firm``: the claimed employer with legal suffixes, punctuation and case removed;
* ``photo``: the 64-bit perceptual hash (``persona.photo.phash``, or computed with imagehash
  from ``photo.path`` when the ``photos`` extra is installed);
* ``template``: a MinHash signature of the persona's messages (word 3-shingles, numbers
  masked), so a template re-sent with other names and fees still matches.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from urllib.parse import urlsplit

import numpy as np

from counterlink.schema import Approach
from counterlink.signals.contacts import (
    Contact,
    canonical_url,
    extract_contacts,
    is_free_webmail,
    is_linkedin,
)

NUM_PERM = 64
SHINGLE = 3

# Titles and honorifics that say nothing about who someone is.
_TITLES = frozenset(
    ["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "sir", "madam", "phd", "mba", "md"]
)
# Legal forms of a company name (any language this tool meets often), after lower-casing and
# punctuation removal.
_LEGAL_WORDS = (
    "ltd limited llc llp inc incorporated corp corporation co company plc gmbh ag sa sarl srl "
    "bv nv pte pty kk oy ab as spa group holdings holding international intl"
)
_LEGAL = frozenset(_LEGAL_WORDS.split())
_HAN_LEGAL = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团")
# Abbreviations written out after rigour's normalisation (which keeps mid-name words), so a firm
# abbreviated one way meets itself written another.
_FIRM_WORDS = {
    "exec": "executive",
    "grp": "group",
    "intl": "international",
    "int": "international",
    "mgmt": "management",
    "mgt": "management",
    "svcs": "services",
    "assoc": "associates",
    "consultancy": "consulting",
    "consultants": "consulting",
    "ctr": "center",
    "centre": "center",
    "tech": "technology",
    "technologies": "technology",
    "dev": "development",
    "corp": "",
    "co": "",
    "ltd": "",
}
# Words an acronym skips.
_SMALL_WORDS = frozenset(
    ["of", "for", "the", "and", "de", "du", "des", "la", "le", "et", "und", "fur"]
)
# Websites that identify nobody: platforms everyone links to.
_PLATFORMS = (
    "linkedin.com google.com youtube.com facebook.com twitter.com x.com instagram.com "
    "github.com wikipedia.org medium.com bit.ly tinyurl.com t.co wa.me t.me"
)
PLATFORM_HOSTS = frozenset(_PLATFORMS.split())
# Hosts where each user has a page of their own under the first path segment: the page names
# its owner (calendly.com/harrowstone-talent), the host alone nobody.
_MULTI_TENANT = (
    "calendly.com linktr.ee forms.gle tally.so typeform.com surveymonkey.com jotform.com "
    "wixsite.com notion.site substack.com about.me carrd.co zoom.us meet.google.com "
    "teams.microsoft.com"
)
# Hosts whose pages sit deeper: eventbrite.com/e/<event>, docs.google.com/forms/d/<id>.
_DEEPER = {"eventbrite.com": 2, "eventbrite.co.uk": 2, "docs.google.com": 3}
MULTI_TENANT_HOSTS = frozenset(_MULTI_TENANT.split()) | frozenset(_DEEPER)
# Second-level suffixes under which a registrable domain has three labels (example.co.uk).
_SECOND_LEVEL = frozenset(
    [
        "co.uk",
        "ac.uk",
        "org.uk",
        "gov.uk",
        "com.cn",
        "net.cn",
        "org.cn",
        "com.au",
        "com.sg",
        "com.hk",
        "co.jp",
        "co.kr",
    ]
)
# What people put where an employer goes when they have none to name: no firm.
_NOT_FIRMS = frozenset(
    (
        "self employed", "selfemployed", "freelance", "freelancer", "independent",
        "independent consultant", "independent consulting", "consultant", "consulting",
        "confidential", "stealth", "stealth startup", "retired", "various", "private",
        "private client", "n a", "none", "unemployed", "student",
    )
)  # fmt: skip
_SLUG_SUFFIX = re.compile(r"-(?=[a-z0-9]*\d)[a-z0-9]{4,12}$")
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_FULLWIDTH_BRACKETS = str.maketrans("（）【】", "()[]")
# A firm named in a message: capitalised words (joined by "&", "and", "of"...) ending in a legal
# form ("I work with Halcyon Crest Advisory LLP", "at Horizon Search & Selection Ltd").
# Words are joined by spaces, never a line break: a signature's name line is not the firm's.
_FIRM_IN_TEXT = re.compile(
    r"\b([A-Z][\w&'’.-]*[ \t]+(?:(?:[A-Z][\w&'’.-]*|&|and|of|for|the)[ \t]+){0,7}?"
    r"(?:\([A-Z][\w ]*\)[ \t]+)?"
    r"(?:LLP|LLC|Ltd\.?|Limited|Pte\.?\s+Ltd\.?|GmbH|Inc\.?|PLC|Plc|AG|S\.A\.|SAS|B\.V\.|"
    r"Co\.,?\s+Ltd\.?|Pty\.?\s+Ltd\.?))(?![\w])"
)
# A firm a sender introduces themselves with, legal form or not: "this is Dr Kim from Arcwell
# Aerospace Talent", "I am Chen Jing from 鹰桥人才咨询 (Kestrel Bridge Talent Partners)", "I
# work for ...". Two capitalised words or more (one is as often a place: "from Shenzhen"), or a
# Han name with its Latin one in brackets.
_FIRM_INTRO = re.compile(
    r"\b(?:I am|I'm|I’m|this is|my name is|it's|it’s)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,4}from[ \t]+"
    r"(?P<a>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|&|and|of|for|the))*[ \t]+[A-Z][\w&'’-]*"
    r"|[\u3400-\u4dbf\u4e00-\u9fff]{2,}(?:[ \t]*[(（][^)）\n]{3,60}[)）])?)"
    r"|\bI[ \t]+(?:work|am)[ \t]+(?:for|with|at)[ \t]+"
    r"(?P<b>[A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z][\w&'’-]*|&|and|of|for|the))*[ \t]+[A-Z][\w&'’-]*)"
)
# "Research Analyst at HALCYON CREST ADVISORY", "Partner @ Lotusgate": the employer a headline
# claims.
_HEADLINE_FIRM = re.compile(r"\s(?:at|@)\s+(.+?)\s*(?:[|·•,–—-]\s|$)", re.IGNORECASE)
# "KESTREL BRIDGE TALENT PARTNERS | Global Scientist Recruitment": a headline part in capitals
# of two words or more names the employer, unless it is a job title ("CEO & FOUNDER").
_HEADLINE_PART = re.compile(r"\s*[|·•–—]\s*|\s+-\s+")
_CAPITALS_PART = re.compile(r"[A-Z][A-Z&'’.-]+(?:\s+(?:[A-Z][A-Z&'’.-]*|&))+")
_TITLE_WORDS = frozenset(
    """ceo cto cfo coo cio ciso cmo vp svp evp avp md founder co-founder cofounder director
    manager head engineer recruiter recruitment consultant analyst officer president chair
    chairman lead senior principal partner associate researcher scientist professor phd msc
    mba hr acquisition sales marketing board member advisor adviser""".split()  # noqa: SIM905 - prose list
)
# "SRCEF – Silk Road Civic Exchange Foundation": a name given with its abbreviation or a
# second name after a spaced dash or a bar is read part by part too.
_NAME_PARTS = re.compile(r"\s+[–—-]\s+|\s*\|\s*")
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Indicators:
    """Everything linking needs of one approach (cheap to pickle to a worker and back)."""

    id: str
    keys: tuple[tuple[str, str], ...]  # (kind, value): matched exactly
    firms: tuple[str, ...]  # firm names as words (firm_name), also matched fuzzily
    photo: int | None  # 64-bit perceptual hash
    template: np.ndarray | None  # MinHash signature (NUM_PERM uint32 values)
    when: str | None
    persona: str | None
    sector: str | None
    organisation: str | None
    template_size: int = 0  # distinct word 3-shingles of the persona's text


def _ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def _pinyin(text: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin

    return tuple(s for s in lazy_pinyin(text) if s.strip())


def name_tokens(name: str) -> list[str]:
    """Lower-case ASCII tokens of a person's name, titles dropped, Han transliterated."""
    tokens: list[str] = []
    # "Zhou Wei (Vivian)": the bracket holds another name the person goes by, not part of it.
    name = _BRACKETED.sub(" ", name)
    for part in re.split(r"[\s,]+", name.strip()):
        if not part:
            continue
        if _HAN.search(part):
            tokens.extend(_pinyin(part))
            continue
        for token in _TOKEN.findall(_ascii_fold(part).lower()):
            if token not in _TITLES:
                tokens.append(token)
    return tokens


def name_keys(name: str | None) -> list[tuple[str, str]]:
    """``name``: all tokens, sorted; ``name_initial``: each full token with the initials of
    the others (order-free), which is what "V. Zhou" and "Vivian Zhou" share."""
    if not name:
        return []
    tokens = name_tokens(name)
    if not tokens:
        return []
    full = [t for t in tokens if len(t) > 1]
    keys = []
    if len(tokens) > 1 and all(len(t) > 1 for t in tokens):
        keys.append(("name", " ".join(sorted(tokens))))
    # Han names are often written as one token ("weizhou" never, but "zhouwei" sometimes):
    if len(full) >= 1 and len(tokens) >= 2:
        for surname in sorted(set(full)):
            rest = sorted(t[0] for t in tokens if t != surname)
            keys.append(("name_initial", f"{surname} {''.join(rest)}"))
    return keys


def firm_name(raw: str | None) -> str | None:
    """A company name as words without its legal form, punctuation or case: rigour's
    normalisation and legal-form removal (the key the employer check uses,
    ``ownership.match.name_key``) with common abbreviations written out ("Global Insight
    Partners Ltd." and "GLOBAL INSIGHT PARTNERS LIMITED" give "global insight partners"). Han
    names are transliterated first, their legal forms (有限公司...) removed."""
    names = firm_names(raw)
    return names[0] if names else None


def firm_names(raw: str | None) -> list[str]:
    """Every way ``raw`` names its firm, first the plain one (:func:`firm_name`): a bracket
    may hold a place or an abbreviation ("BR-YR Executive Search (Beijing) Co. Ltd") or a word
    of the name ("Halcyon Crest (Advisory) Pte Ltd"), so the name is read without it and with
    it unwrapped; a name written in Latin letters and in Han characters ("... Co., Ltd.
    海岚咨询（深圳）有限公司") is read in each script apart."""
    if not raw:
        return []
    text = raw.translate(_FULLWIDTH_BRACKETS)
    variants = [_BRACKETED.sub(" ", text).strip() or text.strip(), re.sub(r"[()\[\]]", " ", text)]
    if _HAN.search(text) and re.search(r"[A-Za-z]{3}", text):
        variants += [_HAN_RUN.sub(" ", v) for v in variants[:2]]
        variants += ["".join(_HAN_RUN.findall(text))]
    if _NAME_PARTS.search(text):
        variants += [part for part in _NAME_PARTS.split(text) if part.strip()]
    names: list[str] = []
    for variant in variants:
        words = _firm_words(variant)
        if words and words not in names:
            names.append(words)
    return names


def reordered(words: str) -> str | None:
    """A firm name of three words or more (as :func:`firm_name` writes it) with its words in
    the order of the alphabet, small words dropped, spaces removed: "Foundation for Silk Road
    Civic Exchange" and "Silk Road Civic Exchange Foundation" are one name with its words
    moved (the ``firm_words`` key)."""
    kept = sorted(w for w in words.split() if w not in _SMALL_WORDS)
    return "".join(kept) if len(kept) >= 3 else None


def _firm_words(text: str) -> str | None:
    from counterlink.ownership.match import name_key

    for suffix in _HAN_LEGAL:
        text = text.replace(suffix, " ")
    if _HAN.search(text):
        text = " ".join(_pinyin(text))
    key = name_key(_ascii_fold(text))
    if key is None:
        return None
    words = [_FIRM_WORDS.get(w, w) for w in key.split()]
    return " ".join(w for w in words if w and w not in _LEGAL) or None


def firm_key(raw: str | None) -> str | None:
    """The firm's name as linking compares it: :func:`firm_name` without its spaces, so
    hyphenation and spacing do not matter ("BR-YR Executive Search", "BRYR Exec. Search Ltd"
    and "Br Yr Executive Search Limited" agree)."""
    words = firm_name(raw)
    return words.replace(" ", "") if words else None


def firm_initials(words: str) -> str | None:
    """The initials of a firm name of three words or more (as :func:`firm_name` writes it,
    small words skipped): "center for sino europe development studies" gives "cseds", how
    such a firm is often abbreviated."""
    kept = [w for w in words.split() if w not in _SMALL_WORDS]
    if len(kept) < 3 or not all(w[0].isalpha() for w in kept):
        return None
    return "".join(w[0] for w in kept)


def firm_alias(raw: str | None) -> str | None:
    """An abbreviation a firm gives in brackets ("... Studies (CSEDS)" gives "cseds")."""
    if not raw:
        return None
    found = re.search(r"\(([A-Z][A-Z&]{2,5})\)", raw)
    return found.group(1).replace("&", "").lower() if found else None


def is_abbreviation(words: str) -> bool:
    """A firm name that may be an abbreviation: one word of 3 to 6 letters ("cseds")."""
    return " " not in words and 3 <= len(words) <= 6 and words.isalpha()


def profile_slug(url: str | None) -> str | None:
    if not url:
        return None
    site = canonical_url(url)  # None for a malformed address ("https://[x"), never a crash
    if site is None or not is_linkedin(site[1]):
        return None
    segments = [s for s in urlsplit(site[0]).path.split("/") if s]
    if len(segments) >= 2 and segments[0] in ("in", "pub"):
        return segments[1].lower()
    return None


def parse_phash(value: str | None) -> int | None:
    if not value:
        return None
    text = value.strip().lower().removeprefix("0x")
    if not re.fullmatch(r"[0-9a-f]{16}", text):
        return None
    return int(text, 16)


def _photo_hash(approach: Approach) -> int | None:
    photo = approach.persona.photo if approach.persona else None
    if photo is None or photo.placeholder:  # a default silhouette is on unrelated profiles
        return None
    given = parse_phash(photo.phash)
    if given is not None or not photo.path:
        return given
    try:  # the photos extra; without it a photo given only as a file is not compared
        import imagehash
        from PIL import Image
    except ImportError:
        return None
    from counterlink.ingest.images.photo import is_placeholder

    try:
        with Image.open(photo.path) as image:
            if is_placeholder(image.convert("RGB")):
                return None
            return int(str(imagehash.phash(image)), 16)
    except (OSError, ValueError):
        return None


def _crc32(data: bytes) -> int:
    # A 32-bit hash of a shingle: CRC-32 is several times cheaper than datasketch's default
    # SHA-1, and as good for MinHash over short strings (it only has to spread them).
    return zlib.crc32(data)


@cache
def _minhash_base(num_perm: int) -> object:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=1, hashfunc=_crc32)


def shingles(text: str) -> set[str]:
    """The word 3-shingles of ``text``, lower-cased, numbers masked (so a template re-sent
    with other fees and dates keeps its shingles)."""
    words = _WORDS.findall(_NUMBER.sub("0", text.lower()))
    if len(words) < SHINGLE + 2:
        return set()
    return {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def template_signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray | None:
    """datasketch's MinHash of the word 3-shingles of ``text``, numbers masked (None for too
    little text to compare). Seeded, so signatures agree across processes and runs."""
    return signature_of(shingles(text), num_perm)


def signature_of(shingle_set: set[str], num_perm: int = NUM_PERM) -> np.ndarray | None:
    from datasketch import MinHash

    if not shingle_set:
        return None
    base = _minhash_base(num_perm)
    minhash = MinHash(
        num_perm=num_perm,
        seed=1,
        hashfunc=_crc32,
        permutations=base.permutations,  # type: ignore[attr-defined]
        scheme=base.scheme,  # type: ignore[attr-defined]
    )
    minhash.update_batch([s.encode("utf-8") for s in shingle_set])
    # datasketch keeps 32-bit values (its max_hash) in 64-bit slots: half the memory as uint32,
    # the same numbers.
    signature: np.ndarray = minhash.hashvalues.astype(np.uint32)
    return signature


def _when(approach: Approach) -> str | None:
    if approach.received_at:
        return approach.received_at
    return next((m.sent_at for m in approach.messages if m.sent_at), None)


@dataclass(frozen=True)
class CitedKey:
    """One exact-match indicator and where the approach says it: ``text[start:end]`` of the
    text at ``path`` (the whole field for a name or a profile URL)."""

    kind: str
    value: str
    path: str
    excerpt: str
    start: int
    end: int


def cited_keys(approach: Approach) -> list[CitedKey]:
    """The persona's name keys, profile slug and contact details, each with its evidence.

    This is the one place these indicators are derived: campaign linking and the partner
    watchlist match on exactly these values."""
    persona = approach.persona
    found: list[CitedKey] = []
    if persona is not None:
        if persona.name:
            name = persona.name
            found += [
                CitedKey(k, v, "persona.name", name, 0, len(name)) for k, v in name_keys(name)
            ]
        slug = profile_slug(persona.url)
        if slug and persona.url:
            url = persona.url
            found.append(CitedKey("profile", slug, "persona.url", url, 0, len(url)))
            stem = _SLUG_SUFFIX.sub("", slug)
            if stem != slug:
                found.append(CitedKey("profile_stem", stem, "persona.url", url, 0, len(url)))
    for contact in extract_contacts(approach):
        found += [
            CitedKey(kind, value, contact.path, contact.value, contact.start, contact.end)
            for kind, value in _contact_keys(contact)
        ]
    return found


def _contact_keys(contact: Contact) -> list[tuple[str, str]]:
    if contact.kind == "handle":
        return [(contact.kind, contact.normalised)]
    if contact.kind == "phone":
        return [("phone", contact.normalised), *_national(contact.normalised)]
    if contact.kind == "email":
        keys = [("email", contact.normalised)]
        if contact.domain and not is_free_webmail(contact.domain):
            keys += [("email_domain", d) for d in _with_parent(contact.domain)]
        return keys
    if contact.kind == "url" and contact.domain:
        host = contact.domain.lower().removeprefix("www.")
        if host in MULTI_TENANT_HOSTS:
            page = _page(contact.normalised, _DEEPER.get(host, 1))
            return [("website", f"{host}/{page}")] if page else []
        if host not in PLATFORM_HOSTS and not is_linkedin(host):
            # The site's domain is the domain its people write from: a campaign's website
            # and its e-mail addresses meet.
            domains = [("email_domain", d) for d in _with_parent(host)]
            return [("website", contact.domain.lower()), *domains]
    return []


def _with_parent(domain: str) -> list[str]:
    """A domain and, for a subdomain, its registrable parent (eu.example-net.org gives
    example-net.org too): a campaign writes from one office's subdomain and another's."""
    labels = domain.split(".")
    keep = 3 if ".".join(labels[-2:]) in _SECOND_LEVEL else 2
    return [domain] if len(labels) <= keep else [domain, ".".join(labels[-keep:])]


def _page(url: str, depth: int) -> str | None:
    """The path to a user's page on a shared platform (its first ``depth`` segments)."""
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return "/".join(segments[:depth]).lower() if len(segments) >= depth else None


def _national(international: str) -> list[tuple[str, str]]:
    """The national significant number of an international one (+12025550147 gives
    2025550147), which is what the same number written without its country code shares."""
    import phonenumbers

    try:
        number = phonenumbers.parse(international, None)
    except phonenumbers.NumberParseException:
        return []
    digits = str(number.national_number)
    return [("phone_national", digits)] if len(digits) >= 9 else []


# A number written without a country code, as North American and other numbers often are:
# "(202) 555-0147", "202.555.0147", "07700 900417" (a trunk 0 is dropped).
_LOCAL_PHONE = re.compile(r"(?<![\d+])\(?0?\d{2,4}\)?[ .\-]?\d{3,4}[ .\-]?\d{3,4}(?!\d)")


def _local_numbers(texts: list[str]) -> list[tuple[str, str]]:
    keys = []
    for text in texts:
        for match in _LOCAL_PHONE.finditer(text):
            digits = re.sub(r"\D", "", match.group(0)).removeprefix("0")
            if 9 <= len(digits) <= 11:
                keys.append(("phone_national", digits))
    return keys


def claimed_firms(approach: Approach) -> list[str]:
    """Every firm the approach claims, as words: current and past companies, the headline's
    "... at FIRM" or FIRM in capitals, and firms the persona's messages name with their legal
    form or introduce the sender with ("this is Kim from Arcwell Aerospace Talent")."""
    persona = approach.persona
    raw: list[str] = []
    if persona is not None:
        raw += [job.company for job in persona.experience or [] if job.company]
        if persona.headline:
            raw += [m.group(1) for m in _HEADLINE_FIRM.finditer(persona.headline)]
            raw += _capitals_firms(persona.headline)
    for message in approach.messages:
        if message.sender == "persona" and message.text:
            raw += [m.group(1) for m in _FIRM_IN_TEXT.finditer(message.text)]
            raw += [m.group("a") or m.group("b") for m in _FIRM_INTRO.finditer(message.text)]
    names: list[str] = []
    for firm in raw:
        names += [n for n in firm_names(firm) if n not in names and n not in _NOT_FIRMS]
        alias = firm_alias(firm)
        if alias and alias not in names:  # the firm also goes by its abbreviation
            names.append(alias)
    return names


def _capitals_firms(headline: str) -> list[str]:
    """The parts of a headline written wholly in capitals, two words or more, that are no job
    title (:data:`_CAPITALS_PART`)."""
    found = []
    for part in _HEADLINE_PART.split(headline):
        match = _CAPITALS_PART.fullmatch(part.strip())
        words = set(re.findall(r"[a-z&'’-]+", part.lower()))
        if match and not words & _TITLE_WORDS:
            found.append(part.strip())
    return found


def extract(approach: Approach, index: int) -> Indicators:
    """The indicators of ``approach`` (the ``index``-th of its input, for an id when it has
    none)."""
    persona = approach.persona
    keys = [(k.kind, k.value) for k in cited_keys(approach)]
    firms = claimed_firms(approach)
    keys += [("firm", words.replace(" ", "")) for words in firms]
    keys += [("firm_words", r) for r in map(reordered, firms) if r]
    phones = list((persona.contacts.phones or []) if persona and persona.contacts else [])
    persona_text = [m.text for m in approach.messages if m.sender == "persona" and m.text]
    keys += _local_numbers(phones + persona_text)
    text = "\n".join(m.text for m in approach.messages if m.sender == "persona" and m.text)
    shingle_set = shingles(text)
    target = approach.target
    return Indicators(
        id=approach.id or f"#{index}",
        keys=tuple(sorted(set(keys))),
        firms=tuple(sorted(set(firms))),
        photo=_photo_hash(approach),
        template=signature_of(shingle_set),
        when=_when(approach),
        persona=persona.name if persona else None,
        sector=target.sector if target else None,
        organisation=target.organisation if target else None,
        template_size=len(shingle_set),
    )


def compact(items: Iterable[Indicators], pool: dict[object, object]) -> list[Indicators]:
    """``items`` with each value they hold once in memory: every key, firm, sector and
    organisation equal to one already in ``pool`` is that object (pass one pool for all the
    chunks of an input). Items unpickled from worker processes each hold their own copies, and
    a campaign's hundreds of members hold the same handle: a third of the memory of 100,000
    approaches' indicators."""

    def one(value: object) -> object:
        return pool.setdefault(value, value)

    return [
        replace(
            item,
            keys=tuple(one(k) for k in item.keys),  # type: ignore[misc]
            firms=tuple(one(f) for f in item.firms),  # type: ignore[misc]
            sector=item.sector and one(item.sector),  # type: ignore[arg-type]
            organisation=item.organisation and one(item.organisation),  # type: ignore[arg-type]
        )
        for item in items
    ]
