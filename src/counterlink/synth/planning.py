"""The plan of a synthetic data set: campaign sizes, and each campaign's personas, firms, shared
contacts, time window, targets and message template, made up front from the seed; and where
the members sit among the rows."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np

from counterlink.errors import CounterlinkError
from counterlink.synth.personas import (
    _chinese_name,
    _Firm,
    _Persona,
    _phone_number,
    _slug,
    _telegram,
    _webmail,
    _wechat_id,
    _western_name,
)
from counterlink.synth.templates import HOSTILE_THEME_NAMES, HOSTILE_THEMES
from counterlink.synth.vocab import (
    ANNUAL_PACKAGES,
    BIG_COMPANIES,
    CITIES,
    CLIENTS,
    CURRENCIES,
    FEES,
    FIRM_PREFIXES,
    FIRM_TLDS,
    FIRM_WORDS,
    HANDLE_REGION_WEIGHTS,
    HANDLE_REGIONS,
    HOSTILE_TITLES,
    JURISDICTION_WEIGHTS,
    JURISDICTIONS,
    LOCATION_WEIGHTS,
    LOCATIONS,
    RECRUITER_TITLES,
    SCHOOLS,
    SECTOR_NAMES,
    SECTORS,
    TECH_TITLES,
)

EPOCH = datetime(2025, 1, 6, 8, 0, tzinfo=UTC)
SPAN_DAYS = 364
MIN_CAMPAIGN = 3
MAX_CAMPAIGN = 3000
# No campaign is more than 2 % of the rows (nor capped below 30): one giant campaign would hold
# nearly every true pair, and pairwise scores would measure that campaign alone.
MAX_CAMPAIGN_SHARE = 0.02
CAMPAIGN_SHARE = 0.8  # campaign members may fill at most this share of the rows


@dataclass(frozen=True)
class _Campaign:
    id: str
    index: int
    size: int
    theme: str
    personas: tuple[_Persona, ...]
    persona_weights: tuple[float, ...]
    firms: tuple[_Firm, ...]
    wechat: str | None
    phone: str | None  # E.164
    whatsapp: bool  # the phone is also a WhatsApp handle
    telegram: str | None
    start: datetime
    days: int
    targets: tuple[tuple[str, str], ...]  # (sector, organisation)
    template: tuple[tuple[str, tuple[str, ...]], ...]
    topic: str
    client: str
    fee: int
    currency: str
    city: str


@dataclass(frozen=True)
class Plan:
    """The campaigns and where their members sit among the ``n`` rows."""

    n: int
    seed: int
    campaigns: tuple[_Campaign, ...]
    slots: np.ndarray[Any, np.dtype[np.int64]]  # sorted row positions of campaign members
    owners: np.ndarray[Any, np.dtype[np.int32]]  # campaign index of each slot

    @property
    def sizes(self) -> list[int]:
        return [c.size for c in self.campaigns]


def campaign_sizes(n_approaches: int, n_campaigns: int, seed: int) -> list[int]:
    """The campaign sizes :func:`generate` uses: heavy-tailed (most 3–30, a few in the hundreds
    or more, none above :func:`largest_campaign`), scaled down when they would not leave a fifth
    of the rows to background traffic."""
    _check_arguments(n_approaches, n_campaigns)
    rng = random.Random(f"{seed}:sizes")
    budget = int(n_approaches * CAMPAIGN_SHARE)
    cap = largest_campaign(n_approaches)
    sizes = [
        min(cap, MIN_CAMPAIGN + int(4 * (rng.paretovariate(1.0) - 1))) for _ in range(n_campaigns)
    ]
    total = sum(sizes)
    if total > budget:
        extra = total - MIN_CAMPAIGN * n_campaigns
        room = budget - MIN_CAMPAIGN * n_campaigns
        sizes = [MIN_CAMPAIGN + (s - MIN_CAMPAIGN) * room // extra for s in sizes]
    return sizes


def largest_campaign(n_approaches: int) -> int:
    """The largest campaign size among ``n_approaches`` rows: 2 % of them, 30 to 3,000."""
    return max(30, min(MAX_CAMPAIGN, int(n_approaches * MAX_CAMPAIGN_SHARE)))


def _check_arguments(n_approaches: int, n_campaigns: int) -> None:
    if n_approaches < 1:
        raise CounterlinkError(f"the number of approaches must be at least 1, not {n_approaches}")
    if n_campaigns < 0:
        raise CounterlinkError(f"the number of campaigns cannot be negative ({n_campaigns})")
    if MIN_CAMPAIGN * n_campaigns > int(n_approaches * CAMPAIGN_SHARE):
        need = -(-MIN_CAMPAIGN * n_campaigns * 10 // int(CAMPAIGN_SHARE * 10))
        raise CounterlinkError(
            f"{n_campaigns} campaigns of at least {MIN_CAMPAIGN} members need at least {need} "
            f"approaches (campaigns fill at most {CAMPAIGN_SHARE:.0%} of them)"
        )


def plan(n_approaches: int, n_campaigns: int, seed: int) -> Plan:
    """Plan the campaigns up front: everything but the rows themselves."""
    sizes = campaign_sizes(n_approaches, n_campaigns, seed)
    rng = random.Random(f"{seed}:plan")
    used_firms: set[str] = set()
    used_domains: set[str] = set()
    campaigns = tuple(
        _plan_campaign(rng, index, size, used_firms, used_domains)
        for index, size in enumerate(sizes)
    )
    members = sum(sizes)
    positions = np.random.default_rng(np.random.SeedSequence([seed & (2**63 - 1), 20261128]))
    slots = np.sort(positions.choice(n_approaches, size=members, replace=False)).astype(np.int64)
    owners = positions.permutation(np.repeat(np.arange(n_campaigns, dtype=np.int32), sizes))
    return Plan(n_approaches, seed, campaigns, slots, owners.astype(np.int32))


def _plan_campaign(
    rng: random.Random, index: int, size: int, used_firms: set[str], used_domains: set[str]
) -> _Campaign:
    theme = rng.choice(HOSTILE_THEME_NAMES)
    n_firms = 1 if rng.random() < 0.65 else 2
    firms = tuple(_plan_firm(rng, theme, used_firms, used_domains) for _ in range(n_firms))
    n_personas = min(size, rng.choices((1, 2, 3, 4), weights=(45, 30, 15, 10))[0])
    personas = tuple(
        _plan_persona(rng, f"c{index + 1:04d}/p{p + 1}", p % n_firms, firms, theme)
        for p in range(n_personas)
    )
    # Campaigns reuse a stolen photo across personas now and then.
    if n_personas > 1 and rng.random() < 0.15 and personas[0].photo is not None:
        personas = (personas[0], replace(personas[1], photo=personas[0].photo), *personas[2:])
    weights = tuple(1.0 / (p + 1) for p in range(n_personas))
    region = rng.choices(HANDLE_REGIONS, weights=HANDLE_REGION_WEIGHTS)[0]
    has_phone = rng.random() < 0.6
    lead = personas[0].name
    days = min(SPAN_DAYS - 7, int(14 + rng.expovariate(1 / 35) + size / 4))
    start = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS - days + 1))
    sectors = rng.sample(SECTOR_NAMES, rng.choice((1, 1, 2, 3)))
    targets = tuple(
        (sector, org)
        for sector in sectors
        for org in rng.sample(SECTORS[sector][0], rng.randint(1, 2))
    )
    template = tuple(
        (slot, tuple(rng.sample(phrasings, min(2, len(phrasings)))))
        for slot, phrasings in HOSTILE_THEMES[theme]
    )
    return _Campaign(
        id=f"c{index + 1:04d}",
        index=index,
        size=size,
        theme=theme,
        personas=personas,
        persona_weights=weights,
        firms=firms,
        wechat=_wechat_id(rng, lead) if rng.random() < 0.55 else None,
        phone=_phone_number(rng, region) if has_phone else None,
        whatsapp=has_phone and rng.random() < 0.7,
        telegram=_telegram(rng, lead) if rng.random() < 0.3 else None,
        start=start,
        days=days,
        targets=targets,
        template=template,
        topic=rng.choice(SECTORS[sectors[0]][1]),
        client=rng.choice(CLIENTS),
        fee=rng.choice(ANNUAL_PACKAGES if theme == "recruiter" else FEES),
        currency=rng.choice(CURRENCIES),
        city=rng.choice(CITIES),
    )


def _plan_firm(
    rng: random.Random, theme: str, used_firms: set[str], used_domains: set[str]
) -> _Firm:
    words, kinds = FIRM_WORDS[theme]
    base = ""
    for _ in range(30):
        prefix = rng.choice(FIRM_PREFIXES)
        if rng.random() < 0.3:
            prefix = f"{prefix} {rng.choice(('Asia', 'Global', 'International', 'Pacific'))}"
        base = " ".join(part for part in (prefix, rng.choice(words), rng.choice(kinds)) if part)
        if _firm_key(base) not in used_firms:
            break
    while _firm_key(base) in used_firms:
        # Thousands of campaigns exhaust the names of one theme: two campaigns of different
        # operators never share a cover firm, so a second name word makes this one new.
        base = f"{rng.choice(FIRM_PREFIXES)} {base}"
    used_firms.add(_firm_key(base))
    domain = None
    if rng.random() < 0.65:
        domain = _firm_domain(rng, base, used_domains)
    return _Firm(
        base=base,
        jurisdiction=rng.choices(JURISDICTIONS, weights=JURISDICTION_WEIGHTS)[0],
        domain=domain,
        website=domain is not None and rng.random() < 0.8,
    )


# Words a firm's name loses when it is compared (legal forms, "Group", "International"), and
# spellings that compare equal: what campaign linking's firm key drops, kept here because the
# generator sits beside the linker, not below it.
_FIRM_NOISE = frozenset({"group", "international", "intl", "limited", "ltd", "co", "company"})
_FIRM_SAME = {"consultancy": "consulting", "consultants": "consulting", "centre": "center"}


def _firm_key(name: str) -> str:
    words = re.findall(r"[a-z]+", name.lower())
    return "".join(_FIRM_SAME.get(w, w) for w in words if w not in _FIRM_NOISE)


def _firm_domain(rng: random.Random, base: str, used: set[str]) -> str:
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in base.split()]
    words = [w for w in words if w]
    while True:
        style = rng.randrange(3)
        if style == 0:
            label = "-".join(words[:2])
        elif style == 1:
            label = words[0] + "".join(w[0] for w in words[1:])
        else:
            label = "".join(words[:2])
        if rng.random() < 0.3:
            label += rng.choice(("-global", "-asia", "group", "-hk", "intl"))
        domain = f"{label}.{rng.choice(FIRM_TLDS)}"
        if domain not in used:
            used.add(domain)
            return domain
        words = [*words, str(rng.randrange(10, 100))]


def _plan_persona(
    rng: random.Random, key: str, firm: int, firms: Sequence[_Firm], theme: str
) -> _Persona:
    name = _chinese_name(rng) if rng.random() < 0.7 else _western_name(rng)
    slugs = [_slug(rng, name)]
    while rng.random() < 0.35 and len(slugs) < 4:
        slugs.append(_slug(rng, name))
    home = firms[firm]
    if home.domain is not None and rng.random() < 0.6:
        local = rng.choice((f"{name.first}.{name.family}", f"{name.first[0]}{name.family}"))
        email, email_firm = f"{local.lower()}@{home.domain}", firm
    else:
        local = f"{name.first}.{name.family}{rng.choice(('', '.hr', '_work', '.career'))}"
        email = f"{local.lower()}{rng.randrange(10, 1000)}@{_webmail(rng)}"
        email_firm = None
    title = rng.choice(HOSTILE_TITLES)
    if theme == "recruiter" and rng.random() < 0.7:
        title = rng.choice(RECRUITER_TITLES)
    return _Persona(
        key=key,
        name=name,
        title=title,
        firm=firm,
        photo=None if rng.random() < 0.15 else rng.getrandbits(64),
        sha256=f"{rng.getrandbits(256):064x}",
        slugs=tuple(slugs),
        email=email,
        email_firm=email_firm,
        location=rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0],
        connections=rng.randint(30, 480),
        member_since=f"{rng.choice((2023, 2024, 2024, 2025))}-{rng.randint(1, 12):02d}",
        prior=(rng.choice(TECH_TITLES + HOSTILE_TITLES), rng.choice(BIG_COMPANIES)[0])
        if rng.random() < 0.5
        else None,
        school=rng.choice(SCHOOLS) if rng.random() < 0.4 else None,
    )
