"""Background rows: benign approaches (recruiters, colleagues, conferences, sales, networking)
and lone hostile approaches of no campaign, each from its own seeded random stream."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from counterlink.synth.messages import (
    _approach,
    _contact_text,
    _conversation,
    _event,
    _fee,
    _future_date,
    _month,
    _office_hours,
    _render,
    _salary,
    _Values,
)
from counterlink.synth.personas import (
    _background_photo,
    _background_slug,
    _chinese_name,
    _Firm,
    _headline,
    _Persona,
    _persona_dict,
    _phone_number,
    _photo,
    _prior_job,
    _slug,
    _target,
    _target_values,
    _unique_word,
    _url,
    _webmail,
    _website,
    _wechat_id,
    _western_name,
    firm_variant,
    phone_variant,
)
from counterlink.synth.planning import EPOCH, SPAN_DAYS, Plan
from counterlink.synth.templates import (
    BENIGN_THEMES,
    BENIGN_WEIGHTS,
    HOSTILE_THEME_NAMES,
    HOSTILE_THEMES,
)
from counterlink.synth.vocab import (
    AGENCIES,
    BIG_COMPANIES,
    CITIES,
    CLIENTS,
    CURRENCIES,
    EVENT_TITLES,
    FIRM_WORDS,
    HANDLE_REGIONS,
    HOSTILE_TITLES,
    JURISDICTION_WEIGHTS,
    JURISDICTIONS,
    LOCATION_WEIGHTS,
    LOCATIONS,
    RECRUITER_TITLES,
    SALES_TITLES,
    SCHOOLS,
    SECTOR_NAMES,
    SECTORS,
    TECH_TITLES,
)

LONE_HOSTILE_RATE = 0.01  # of background rows


def _background_row(layout: Plan, row: int, rid: str) -> dict[str, Any]:
    rng = random.Random(f"{layout.seed}:row:{row}")
    if rng.random() < LONE_HOSTILE_RATE:
        return _lone_hostile_row(layout, row, rid, rng)
    scenario = rng.choices(tuple(BENIGN_WEIGHTS), weights=tuple(BENIGN_WEIGHTS.values()))[0]
    name = _chinese_name(rng) if rng.random() < 0.3 else _western_name(rng)
    sector = rng.choice(SECTOR_NAMES)
    organisation = rng.choice(SECTORS[sector][0])
    target = _target(rng, sector, organisation)
    word = _unique_word(row, layout.n)
    if scenario == "recruiter":
        title = rng.choice(RECRUITER_TITLES)
        company, domain = (
            rng.choice(AGENCIES)
            if rng.random() < 0.6
            else (f"{word} Recruitment", f"{word.lower()}-recruitment.co.uk")
        )
    elif scenario == "sales":
        title = rng.choice(SALES_TITLES)
        company = f"{word} {rng.choice(('Software', 'Analytics', 'Systems', 'Labs', 'Cloud'))}"
        domain = f"{word.lower()}.{rng.choice(('io', 'com', 'ai'))}"
    elif scenario == "conference":
        title = rng.choice(EVENT_TITLES)
        company, domain = rng.choice(SCHOOLS), None
    else:
        title = rng.choice(TECH_TITLES)
        company, domain = rng.choice(BIG_COMPANIES)
    received = _office_hours(EPOCH + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400)), rng)
    local = f"{name.first}{rng.choice(('.', '_', ''))}{name.family}".lower()
    if domain is not None and rng.random() < 0.6:
        email = (
            f"{local}{rng.randrange(100, 10**5)}@{domain}"
            if rng.random() < 0.5
            else (f"{local}.{word.lower()}@{domain}")
        )
    else:
        email = f"{local}.{word.lower()}{rng.randrange(10, 100)}@{_webmail(rng)}"
    contacts: dict[str, Any] = {}
    if rng.random() < 0.35:
        contacts["emails"] = [email]
    phone = _phone_number(rng, rng.choice(HANDLE_REGIONS)) if rng.random() < 0.15 else None
    if phone is not None:
        contacts["phones"] = [phone_variant(phone, rng)]
    if domain is not None and rng.random() < 0.25:
        contacts["websites"] = [_website(domain, rng)]

    def direct_line() -> str:
        number = phone or _phone_number(rng, rng.choice(HANDLE_REGIONS))
        return phone_variant(number, rng)

    values = _Values(direct_line)
    values |= {
        "pfirst": name.first,
        "title": title,
        "company": company,
        "role": rng.choice(SECTORS[sector][2]),
        "hiring": rng.choice(SECTORS[sector][0] + tuple(c for c, _ in BIG_COMPANIES)),
        "location": rng.choice(LOCATIONS),
        "salary": _salary(rng),
        "days": str(rng.randint(1, 3)),
        "email": email,
        "topic": rng.choice(SECTORS[sector][1]),
        "sector": sector,
        "event": _event(rng, sector),
        "school": rng.choice(SCHOOLS),
        "date": _future_date(received, rng),
        **_target_values(target),
    }
    template = tuple((slot, phrasings) for slot, phrasings in BENIGN_THEMES[scenario])
    text = _render(template, values, [], rng, paraphrase=False)
    experience = [
        {
            "title": title,
            "company": company,
            "location": rng.choice(LOCATIONS),
            "start": _month(received - timedelta(days=rng.randint(60, 4000))),
        }
    ]
    if rng.random() < 0.4:
        experience.append(_prior_job((rng.choice(TECH_TITLES), rng.choice(BIG_COMPANIES)[0]), rng))
    profile = _persona_dict(
        name=name.canonical if name.han is None or rng.random() < 0.9 else name.han,
        headline=_headline(title, company, rng),
        location=rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0],
        url=_url(_background_slug(rng, name), rng) if rng.random() < 0.7 else None,
        connections=rng.randint(40, 3000),
        member_since=f"{rng.randint(2008, 2024)}-{rng.randint(1, 12):02d}",
        photo=_background_photo(rng),
        experience=experience,
        school=rng.choice(SCHOOLS) if rng.random() < 0.5 else None,
        contacts=contacts,
    )
    return _approach(
        rid=rid,
        seed=layout.seed,
        channel=rng.choices(("linkedin", "email", "other"), weights=(85, 12, 3))[0],
        received=received,
        persona=profile,
        target=target,
        messages=_conversation(text, received, values, [], rng, hostile=False, theme=None),
        label="benign",
        annotations={"campaign": None, "scenario": scenario, "persona": None},
    )


def _lone_hostile_row(layout: Plan, row: int, rid: str, rng: random.Random) -> dict[str, Any]:
    """A hostile approach of no campaign: campaign-like text, firm and contacts, all its own."""
    theme = rng.choice(HOSTILE_THEME_NAMES)
    words, kinds = FIRM_WORDS[theme]
    word = _unique_word(row, layout.n)
    firm = _Firm(
        base=" ".join(p for p in (word, rng.choice(words), rng.choice(kinds)) if p),
        jurisdiction=rng.choices(JURISDICTIONS, weights=JURISDICTION_WEIGHTS)[0],
        domain=f"{word.lower()}-{rng.choice(('advisory', 'global', 'group'))}.com",
        website=True,
    )
    name = _chinese_name(rng) if rng.random() < 0.7 else _western_name(rng)
    sector = rng.choice(SECTOR_NAMES)
    target = _target(rng, sector, rng.choice(SECTORS[sector][0]))
    received = _office_hours(EPOCH + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400)), rng)
    in_text = []
    contacts: dict[str, Any] = {}
    if rng.random() < 0.5:
        wechat = _wechat_id(rng, name)
        contacts["handles"] = {"wechat": wechat}
        in_text.append(_contact_text("wechat", wechat, rng))
    elif rng.random() < 0.5:
        phone = phone_variant(_phone_number(rng, rng.choice(HANDLE_REGIONS)), rng)
        contacts["handles"] = {"whatsapp": phone}
        in_text.append(_contact_text("whatsapp", phone, rng))
    if rng.random() < 0.4:
        contacts["emails"] = [
            f"{name.first}.{name.family}{rng.randrange(100, 10**5)}@{_webmail(rng)}".lower()
        ]
    firm_text = firm_variant(firm, rng)
    title = rng.choice(HOSTILE_TITLES)
    template = tuple((slot, (rng.choice(phrasings),)) for slot, phrasings in HOSTILE_THEMES[theme])
    values = {
        "pfirst": name.first,
        "title": title,
        "firm": firm_text,
        "client": rng.choice(CLIENTS),
        "topic": rng.choice(SECTORS[sector][1]),
        "fee": _fee(rng.choice((2000, 3000, 5000, 200000)), rng.choice(CURRENCIES), rng),
        "city": rng.choice(CITIES),
        "date": _future_date(received, rng),
        **_target_values(target),
    }
    text = _render(template, values, in_text, rng, paraphrase=True)
    persona = _Persona(
        key="",
        name=name,
        title=title,
        firm=0,
        photo=None if rng.random() < 0.2 else rng.getrandbits(64),
        sha256=f"{rng.getrandbits(256):064x}",
        slugs=(_slug(rng, name),),
        email="",
        email_firm=None,
        location=rng.choices(LOCATIONS, weights=LOCATION_WEIGHTS)[0],
        connections=rng.randint(30, 480),
        member_since="2025-01",
        prior=None,
        school=None,
    )
    profile = _persona_dict(
        name=name.canonical,
        headline=_headline(title, firm_text, rng),
        location=persona.location,
        url=_url(persona.slugs[0], rng) if rng.random() < 0.7 else None,
        connections=persona.connections,
        member_since=f"{rng.choice((2024, 2025))}-{rng.randint(1, 12):02d}",
        photo=_photo(persona, rng.random() < 0.8, rng),
        experience=[{"title": title, "company": firm_text, "location": persona.location}],
        school=None,
        contacts=contacts,
    )
    return _approach(
        rid=rid,
        seed=layout.seed,
        channel="linkedin",
        received=received,
        persona=profile,
        target=target,
        messages=_conversation(text, received, values, in_text, rng, hostile=True, theme=None),
        label="malicious",
        annotations={"campaign": None, "scenario": "lone_hostile", "persona": None},
    )
