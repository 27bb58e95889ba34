"""Why two approaches were, or were not, linked: every indicator they share, how it was
weighed against the background of ordinary outreach (and why a value counted as generic), the
score against the threshold, and whether the run put them in one campaign (and through whom).

The pair is compared directly, with the same weight functions linking uses, so a link that
blocking missed shows as "would link, not found".
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from typing import Any

import numpy as np

from counterlink.campaigns.background import Background
from counterlink.campaigns.indicators import Indicators, firm_initials, is_abbreviation
from counterlink.campaigns.linking import (
    FAMILY,
    LinkSettings,
    abbreviation_weight,
    firm_fuzzy_weight,
    photo_weight,
    reordered_weight,
    score_shared,
    template_weight,
)
from counterlink.campaigns.model import CampaignResult, Shared
from counterlink.errors import InvalidInput
from counterlink.schema import Approach

# Texts less alike than this are not worth a line in an explanation.
SHOWN_SIMILARITY = 0.2


def explain_pair(
    items: Sequence[Indicators],
    a: str,
    b: str,
    *,
    result: CampaignResult,
    settings: LinkSettings | None = None,
    background: Background,
    approaches: Sequence[Approach] = (),
) -> dict[str, Any]:
    """The explanation of the pair ``a``, ``b`` (approach ids of ``items``) as a JSON object.

    ``result`` is the run the pair was linked in; ``approaches`` (the two approaches
    themselves, when at hand) add the values that are never indicators, such as a shared
    webmail domain."""
    settings = settings or LinkSettings()
    by_id = {item.id: item for item in items}
    for which in (a, b):
        if which not in by_id:
            raise InvalidInput(f"no approach with the id {which!r} in the input", field="--explain")
    left, right = by_id[a], by_id[b]
    entries = _shared_entries(left, right, settings, background)
    score, kept = score_shared(
        Shared(e["kind"], e["value"], e["weight"]) for e in entries if e["weight"] > 0
    )
    counted = {(s.kind, s.value) for s in kept}
    for entry in entries:
        entry["counted"] = (entry["kind"], entry["value"]) in counted
    campaign = _campaign_of(result, a, b)
    direct = _found(result, a, b)
    path = _path(result, campaign, a, b) if campaign is not None else None
    return {
        "a": {"id": a, "persona": left.persona},
        "b": {"id": b, "persona": right.persona},
        "threshold": settings.threshold,
        "score": round(score, 4),
        "linked": score >= settings.threshold,
        "found_by_linker": direct,
        "same_campaign": campaign,
        "path": path,
        "shared": entries,
        "not_indicators": _not_indicators(approaches, a, b),
        "background": {"approaches": background.approaches, "sources": background.sources},
        "verdict": _verdict(score, kept, settings, direct, campaign, path),
    }


def _shared_entries(
    left: Indicators, right: Indicators, settings: LinkSettings, background: Background
) -> list[dict[str, Any]]:
    total = background.approaches
    entries: list[dict[str, Any]] = []
    for kind, value in sorted(set(left.keys) & set(right.keys)):
        people = background.count(kind, value)
        weight = settings.weight(kind, people, total)
        if kind == "firm_words":
            weight = reordered_weight(value, left.firms + right.firms, settings, background)
        entries.append(_entry(kind, value, weight, people, settings, background))
    if left.photo is not None and right.photo is not None:
        bits = int(left.photo ^ right.photo).bit_count()
        if bits <= 2 * settings.photo_bits:
            people = max(
                background.count("photo", f"{left.photo:016x}"),
                background.count("photo", f"{right.photo:016x}"),
            )
            value = f"{left.photo:016x}~{right.photo:016x} ({bits} bits)"
            entry = _entry(
                "photo",
                value,
                photo_weight(left.photo, right.photo, settings, background),
                people,
                settings,
                background,
            )
            if bits > settings.photo_bits:
                entry["why"] = (
                    f"{bits} bits apart: more than {settings.photo_bits}, not one picture"
                )
            elif bits > 4:
                entry["why"] += f"; {bits} bits apart, weight cut for the distance"
            entries.append(entry)
    if left.template is not None and right.template is not None:
        entry = _template_entry(left, right, settings, background)
        if entry["similarity"] >= SHOWN_SIMILARITY:
            entries.append(entry)
    for x in left.firms:
        for y in right.firms:
            if x.replace(" ", "") == y.replace(" ", ""):
                continue
            weight = firm_fuzzy_weight(x, y, settings, background)
            if weight > 0:
                people = max(
                    background.count("firm", x.replace(" ", "")),
                    background.count("firm", y.replace(" ", "")),
                )
                entries.append(
                    _entry("firm_fuzzy", f"{x} ~ {y}", weight, people, settings, background)
                )
            for full, short in ((x, y), (y, x)):
                if is_abbreviation(short) and firm_initials(full) == short:
                    people = background.count("firm", short)
                    entries.append(
                        _entry(
                            "firm_acronym",
                            f"{short} = {full}",
                            abbreviation_weight(short, settings, background),
                            people,
                            settings,
                            background,
                        )
                    )
    return sorted(entries, key=lambda e: (-e["weight"], e["kind"], e["value"]))


def _template_entry(
    left: Indicators, right: Indicators, settings: LinkSettings, background: Background
) -> dict[str, Any]:
    assert left.template is not None and right.template is not None
    similarity = float((np.asarray(left.template) == np.asarray(right.template)).mean())
    known = background.template_count(np.stack([left.template, right.template]))
    people = int(known.max())
    sizes = (left.template_size, right.template_size)
    one = bool(
        settings.one_template(np.array([similarity]), *map(np.array, ([sizes[0]], [sizes[1]])))[0]
    )
    weight = template_weight(similarity, sizes, people, settings, background) if one else 0.0
    entry = _entry("template", f"{similarity:.2f} similar", weight, people, settings, background)
    passage = settings.passage(similarity, *sizes)
    shared = similarity / (1 + similarity) * sum(sizes)
    if not one:
        entry["why"] = (
            f"the texts are {similarity:.2f} similar (estimated Jaccard of word 3-shingles), "
            f"below {settings.template_min}, and share about {shared:.0f} shingles (one "
            f"template from {settings.template_loose} similar with "
            f"{settings.template_long_passage} in common): not one template"
        )
    else:
        entry["why"] += (
            f"; {similarity:.2f} similar, sharing about {shared:.0f} "
            f"shingles ({settings.template_passage} give a passage full weight)"
        )
    entry["similarity"] = round(similarity, 4)
    entry["passage"] = round(passage, 4)
    return entry


def _entry(
    kind: str,
    value: str,
    weight: float,
    people: int,
    settings: LinkSettings,
    background: Background,
) -> dict[str, Any]:
    total = background.approaches
    base = settings.weights.get(kind, 0.0)
    discount = settings.discount(people, total)
    share = people / total if total else 0.0
    if people < settings.min_generic or discount == 1.0:
        why = (
            f"held by {people} of the {total:,} people of ordinary outreach: not generic, "
            f"full weight {base}"
        )
    elif discount == 0.0:
        why = (
            f"held by {people} of the {total:,} people of ordinary outreach ({share:.2%}, "
            f"at least {settings.generic_share:.1%}): generic, counts nothing"
        )
    else:
        why = (
            f"held by {people} of the {total:,} people of ordinary outreach ({share:.2%}): "
            f"common, weight cut to {discount:.0%} of {base}"
        )
    return {
        "kind": kind,
        "value": value,
        "family": FAMILY.get(kind, kind),
        "base": base,
        "background_people": people,
        "discount": round(discount, 4),
        "weight": round(weight, 4),
        "why": why,
    }


def _not_indicators(approaches: Sequence[Approach], a: str, b: str) -> list[dict[str, str]]:
    """Contact values both approaches hold that linking never counts (free webmail, platform
    websites), so a reader sees they were seen and set aside."""
    from counterlink.campaigns.indicators import PLATFORM_HOSTS
    from counterlink.signals.contacts import extract_contacts, is_free_webmail, is_linkedin

    by_id = {approach.id: approach for approach in approaches}
    if a not in by_id or b not in by_id:
        return []

    def ignored(approach: Approach) -> dict[tuple[str, str], str]:
        out: dict[tuple[str, str], str] = {}
        for contact in extract_contacts(approach):
            domain = (contact.domain or "").lower()
            if contact.kind == "email" and domain and is_free_webmail(domain):
                out[("email_domain", domain)] = "free webmail: millions write from it"
            elif (
                contact.kind == "url"
                and domain
                and (domain in PLATFORM_HOSTS or is_linkedin(domain))
            ):
                out[("website", domain)] = "a platform everyone links to"
        return out

    mine, theirs = ignored(by_id[a]), ignored(by_id[b])
    return [
        {"kind": kind, "value": value, "why": why}
        for (kind, value), why in sorted(mine.items())
        if (kind, value) in theirs
    ]


def _campaign_of(result: CampaignResult, a: str, b: str) -> str | None:
    for campaign in result.campaigns:
        if a in campaign.members and b in campaign.members:
            return campaign.id
    return None


def _found(result: CampaignResult, a: str, b: str) -> bool:
    pair = {a, b}
    return any({lk.a, lk.b} == pair for c in result.campaigns for lk in c.links)


def _path(result: CampaignResult, campaign_id: str, a: str, b: str) -> list[str] | None:
    """The shortest chain of links from ``a`` to ``b`` inside their campaign."""
    campaign = next(c for c in result.campaigns if c.id == campaign_id)
    neighbours: dict[str, list[str]] = {}
    for lk in campaign.links:
        neighbours.setdefault(lk.a, []).append(lk.b)
        neighbours.setdefault(lk.b, []).append(lk.a)
    before: dict[str, str | None] = {a: None}
    queue = deque([a])
    while queue:
        node = queue.popleft()
        if node == b:
            path = [b]
            while (step := before[path[-1]]) is not None:
                path.append(step)
            return path[::-1]
        for other in neighbours.get(node, []):
            if other not in before:
                before[other] = node
                queue.append(other)
    return None  # joined by an analyst's merge, not by links


def _verdict(
    score: float,
    kept: tuple[Shared, ...],
    settings: LinkSettings,
    direct: bool,
    campaign: str | None,
    path: list[str] | None,
) -> str:
    what = " + ".join(f"{s.kind} {s.weight:.2f}" for s in kept) or "nothing that counts"
    if score >= settings.threshold:
        verdict = f"linked: {what} = {score:.2f}, at least {settings.threshold}"
        if not direct:
            verdict += " (would link, but blocking did not compare them)"
    else:
        verdict = f"not linked directly: {what} = {score:.2f}, below {settings.threshold}"
    if campaign is not None:
        if path and len(path) > 2:
            verdict += f"; in one campaign ({campaign}) through {' → '.join(path)}"
        elif not path:
            verdict += f"; in one campaign ({campaign}) by an analyst's judgement"
        else:
            verdict += f"; in campaign {campaign}"
    else:
        verdict += "; in no common campaign"
    return verdict
