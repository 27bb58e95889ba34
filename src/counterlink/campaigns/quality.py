"""How well predicted campaigns match known ones: pairwise precision, recall, F1 and the
adjusted Rand index, and two naive baselines to compare a linker with.

Pairs are counted from group sizes, never enumerated: a group of ``s`` approaches holds
``s(s-1)/2`` pairs, and the pairs a prediction gets right are counted from the contingency of
(true campaign, predicted campaign), so a million approaches cost a pass over them.

An approach with a null truth, or absent from every predicted campaign, is its own singleton: it
is in no true pair, or in no predicted pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from sklearn.metrics import adjusted_rand_score

from counterlink.schema import Approach


def pairs(size: int) -> int:
    return size * (size - 1) // 2


def pairwise_scores(
    truth: Mapping[str, str | None], predicted: Sequence[Collection[str]]
) -> dict[str, Any]:
    """Pairwise precision, recall and F1, the adjusted Rand index, and the pair counts.

    ``truth`` maps every approach id to its campaign (None: in no campaign); ``predicted`` is
    the predicted campaigns as collections of ids. Conventions for the empty cases: with no
    predicted pair, precision is 1.0 (no link was wrong); with no true pair, recall is 1.0 (no
    link was missed); F1 is 0.0 when both precision and recall are 0.

    Raises ValueError when a predicted id is not in ``truth`` or is in two predicted campaigns.
    """
    placed: dict[str, int] = {}
    for group, members in enumerate(predicted):
        for member in members:
            if member not in truth:
                raise ValueError(f"predicted campaign {group} holds an unknown id {member!r}")
            if member in placed:
                raise ValueError(
                    f"id {member!r} is in predicted campaigns {placed[member]} and {group}"
                )
            placed[member] = group
    true_sizes = Counter(c for c in truth.values() if c is not None)
    predicted_sizes = Counter(placed.values())
    both = Counter(
        (truth[member], group) for member, group in placed.items() if truth[member] is not None
    )
    true_pairs = sum(pairs(s) for s in true_sizes.values())
    predicted_pairs = sum(pairs(s) for s in predicted_sizes.values())
    hits = sum(pairs(s) for s in both.values())
    precision = hits / predicted_pairs if predicted_pairs else 1.0
    recall = hits / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "approaches": len(truth),
        "true_campaigns": sum(1 for s in true_sizes.values() if s > 1),
        "predicted_campaigns": sum(1 for s in predicted_sizes.values() if s > 1),
        "true_pairs": true_pairs,
        "predicted_pairs": predicted_pairs,
        "true_positive_pairs": hits,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "ari": _ari(truth, placed),
    }


def _ari(truth: Mapping[str, str | None], placed: Mapping[str, int]) -> float:
    """sklearn's adjusted Rand index, every singleton its own label."""
    n = len(truth)
    if n == 0:
        return 1.0
    true_labels = np.empty(n, dtype=np.int64)
    predicted_labels = np.empty(n, dtype=np.int64)
    codes: dict[str, int] = {}
    for i, (member, campaign) in enumerate(truth.items()):
        # Campaigns get codes 0..k-1; singletons get codes from n up, one each.
        true_labels[i] = n + i if campaign is None else codes.setdefault(campaign, len(codes))
        group = placed.get(member)
        predicted_labels[i] = n + i if group is None else group
    return float(adjusted_rand_score(true_labels, predicted_labels))


def truth_of(approaches: Iterable[Approach]) -> dict[str, str | None]:
    """Each approach's id and its true campaign (``annotations.campaign``; None when absent).

    Raises ValueError when an approach has no id or shares its id with another."""
    truth: dict[str, str | None] = {}
    for number, approach in enumerate(approaches, start=1):
        if not approach.id:
            raise ValueError(f"approach {number} has no id")
        if approach.id in truth:
            raise ValueError(f"approach {number} repeats the id {approach.id!r}")
        campaign = (approach.annotations or {}).get("campaign")
        truth[approach.id] = None if campaign is None else str(campaign)
    return truth


def name_key(approach: Approach) -> str | None:
    """The persona's name lower-cased with its spaces collapsed (None when it has none)."""
    name = approach.persona.name if approach.persona else None
    key = " ".join((name or "").lower().split())
    return key or None


def contact_values(approach: Approach) -> set[str]:
    """The persona's contact values as written (lower-cased, trimmed): each e-mail's domain,
    each phone, website and handle. No normalisation and no generic list, on purpose."""
    contacts = approach.persona.contacts if approach.persona else None
    if contacts is None:
        return set()
    values = set()
    for email in contacts.emails or ():
        values.add("domain:" + email.rpartition("@")[2].strip().lower())
    for phone in contacts.phones or ():
        values.add("phone:" + phone.strip().lower())
    for site in contacts.websites or ():
        values.add("website:" + site.strip().lower())
    for app, handle in (contacts.handles or {}).items():
        values.add(f"handle:{app.lower()}:{handle.strip().lower()}")
    return values


def grouped_by_key(items: Iterable[tuple[str, str | None]]) -> list[list[str]]:
    """Ids grouped by an identical key (None: no group); groups of two or more."""
    groups: dict[str, list[str]] = {}
    for member, key in items:
        if key is not None:
            groups.setdefault(key, []).append(member)
    return [members for members in groups.values() if len(members) > 1]


def connected_by_values(items: Iterable[tuple[str, Iterable[str]]]) -> list[list[str]]:
    """Connected components of ids that share any value; components of two or more."""
    ids: list[str] = []
    parent: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    holder: dict[str, int] = {}
    for member, values in items:
        i = len(ids)
        ids.append(member)
        parent.append(i)
        for value in values:
            j = holder.setdefault(value, i)
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[str]] = {}
    for i, member in enumerate(ids):
        groups.setdefault(root(i), []).append(member)
    return [members for members in groups.values() if len(members) > 1]


def by_exact_name(approaches: Iterable[Approach]) -> list[list[str]]:
    """Baseline: approaches whose persona names are identical once lower-cased."""
    return grouped_by_key((str(a.id), name_key(a)) for a in approaches)


def by_any_shared_contact(approaches: Iterable[Approach]) -> list[list[str]]:
    """Baseline: connected components of approaches sharing any identical contact value (an
    e-mail domain, a handle, a phone number or a website as written), generic values such as
    gmail.com included."""
    return connected_by_values((str(a.id), contact_values(a)) for a in approaches)
