"""The rows of campaign members: what each member shows (persona, firm, indicators), tied to an
earlier member of its campaign by one non-generic value, so that a campaign is connected."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

from counterlink.synth.messages import (
    _approach,
    _contact_text,
    _conversation,
    _fee,
    _future_date,
    _month,
    _office_hours,
    _render,
)
from counterlink.synth.personas import (
    _headline,
    _persona_dict,
    _photo,
    _prior_job,
    _target,
    _target_values,
    _url,
    _website,
    firm_variant,
    name_variant,
    phone_variant,
)
from counterlink.synth.planning import Plan, _Campaign


@dataclass(frozen=True)
class _Member:
    """What one member shows: chosen persona and firm, and which indicators it carries."""

    persona: int
    firm: int
    photo: bool
    url: bool
    slug: int
    email: bool
    role_mail: bool
    firm_shown: bool
    website: bool
    wechat: bool
    whatsapp: bool
    telegram: bool
    phone: bool


Key = tuple[Any, ...]


def _member_base(seed: int, campaign: _Campaign, j: int) -> tuple[_Member, random.Random]:
    """The indicators member ``j`` shows by its own draws (before it is tied to the graph)."""
    rng = random.Random(f"{seed}:member:{campaign.index}:{j}")
    p = rng.choices(range(len(campaign.personas)), weights=campaign.persona_weights)[0]
    persona = campaign.personas[p]
    firm = persona.firm if rng.random() < 0.85 else rng.randrange(len(campaign.firms))
    n_slugs = len(persona.slugs)
    member = _Member(
        persona=p,
        firm=firm,
        photo=rng.random() < 0.7,
        url=rng.random() < 0.65,
        slug=0 if rng.random() < 0.7 else rng.randrange(n_slugs),
        email=rng.random() < 0.4,
        role_mail=rng.random() < 0.12 and campaign.firms[firm].domain is not None,
        firm_shown=rng.random() < 0.75,
        website=rng.random() < 0.35 and campaign.firms[firm].website,
        wechat=campaign.wechat is not None and rng.random() < 0.5,
        whatsapp=campaign.whatsapp and rng.random() < 0.4,
        telegram=campaign.telegram is not None and rng.random() < 0.45,
        phone=campaign.phone is not None and rng.random() < 0.3,
    )
    if not _strong_keys(campaign, member):
        member = replace(member, url=True)
    return member, rng


def _strong_keys(campaign: _Campaign, m: _Member) -> list[Key]:
    """The non-generic values a member shows, as keys another member can copy."""
    persona = campaign.personas[m.persona]
    keys: list[Key] = []
    if m.photo and persona.photo is not None:
        keys.append(("photo", m.persona))
    if m.url:
        keys.append(("slug", m.persona, m.slug))
    if m.email:
        keys.append(("email", m.persona))
        if persona.email_firm is not None:
            keys.append(("domain", persona.email_firm))
    if m.role_mail:
        keys.append(("domain", m.firm))
    if m.firm_shown:
        keys.append(("firm", m.firm))
    if m.website:
        keys.append(("website", m.firm))
    keys += [(kind,) for kind in ("wechat", "whatsapp", "telegram", "phone") if getattr(m, kind)]
    return keys


def _tie(m: _Member, key: Key) -> _Member:
    """``m`` showing the value ``key`` names (switching persona or firm when it must)."""
    kind = key[0]
    if kind == "photo":
        return replace(m, persona=key[1], photo=True)
    if kind == "slug":
        return replace(m, persona=key[1], url=True, slug=key[2])
    if kind == "email":
        return replace(m, persona=key[1], email=True)
    if kind == "domain":
        return replace(m, firm=key[1], role_mail=True)
    if kind == "firm":
        return replace(m, firm=key[1], firm_shown=True)
    if kind == "website":
        return replace(m, firm=key[1], website=True)
    return replace(m, **{kind: True})


def _campaign_row(layout: Plan, campaign: _Campaign, j: int, rid: str) -> dict[str, Any]:
    member, rng = _member_base(layout.seed, campaign, j)
    if j > 0:
        parent, _ = _member_base(layout.seed, campaign, rng.randrange(j))
        member = _tie(member, rng.choice(_strong_keys(campaign, parent)))
    persona = campaign.personas[member.persona]
    firm = campaign.firms[member.firm]
    received = campaign.start + timedelta(seconds=rng.randrange(campaign.days * 86400))
    received = _office_hours(received, rng)
    sector, organisation = rng.choice(campaign.targets)
    target = _target(rng, sector, organisation)

    contacts: dict[str, Any] = {}
    in_text: list[str] = []
    emails = []
    if member.email:
        emails.append(persona.email)
    if member.role_mail and firm.domain is not None:
        emails.append(
            f"{rng.choice(('hr', 'info', 'careers', 'research', 'office'))}@{firm.domain}"
        )
    handles: dict[str, str] = {}
    phones: list[str] = []
    for kind, value in (
        ("wechat", campaign.wechat),
        ("whatsapp", campaign.phone if campaign.whatsapp else None),
        ("telegram", campaign.telegram),
        ("phone", campaign.phone),
    ):
        if value is None or not getattr(member, kind):
            continue
        shown = phone_variant(value, rng) if kind in ("whatsapp", "phone") else value
        if kind == "wechat" and rng.random() < 0.2:
            shown = shown.capitalize()
        where = rng.random()
        if where < 0.7:
            if kind == "phone":
                phones.append(shown)
            else:
                handles[kind] = shown
        if where >= 0.5:
            in_text.append(_contact_text(kind, shown, rng))
    if emails:
        contacts["emails"] = emails
    if phones:
        contacts["phones"] = phones
    if member.website and firm.domain is not None:
        contacts["websites"] = [_website(firm.domain, rng)]
    if handles:
        contacts["handles"] = handles
    firm_text = firm_variant(firm, rng) if member.firm_shown else None

    values = {
        "pfirst": persona.name.first if rng.random() < 0.8 else persona.name.given,
        "title": persona.title,
        "firm": firm_text or rng.choice(("our firm", "my company", "a leading firm")),
        "client": campaign.client,
        "topic": campaign.topic,
        "fee": _fee(campaign.fee, campaign.currency, rng),
        "city": campaign.city,
        "date": _future_date(received, rng),
        **_target_values(target),
    }
    text = _render(campaign.template, values, in_text, rng, paraphrase=True)
    experience: list[dict[str, Any]] = []
    if firm_text is not None:
        experience.append(
            {
                "title": persona.title,
                "company": firm_text,
                "location": persona.location,
                "start": _month(received - timedelta(days=rng.randint(60, 900))),
            }
        )
    if persona.prior is not None and rng.random() < 0.8:
        experience.append(_prior_job(persona.prior, rng))
    profile = _persona_dict(
        name=name_variant(persona.name, rng),
        headline=_headline(persona.title, firm_text, rng),
        location=persona.location if rng.random() < 0.85 else None,
        url=_url(persona.slugs[member.slug % len(persona.slugs)], rng) if member.url else None,
        connections=max(0, persona.connections + rng.randint(-15, 60)),
        member_since=persona.member_since,
        photo=_photo(persona, member.photo, rng),
        experience=experience,
        school=persona.school,
        contacts=contacts,
    )
    return _approach(
        rid=rid,
        seed=layout.seed,
        channel=rng.choices(("linkedin", "email", "whatsapp", "wechat"), weights=(85, 8, 4, 3))[0],
        received=received,
        persona=profile,
        target=target,
        messages=_conversation(text, received, values, in_text, rng, hostile=True, theme=campaign),
        label="malicious",
        annotations={"campaign": campaign.id, "scenario": campaign.theme, "persona": persona.key},
    )
