"""Which approaches share enough to be linked, and why: never all pairs.

Candidates come from blocking: an inverted index of exact indicator values, locality-sensitive
hashing of photo hashes (4 bands of 16 bits) and of template signatures (16 bands of 4 MinHash
values), and rare words of firm names for fuzzy matching. Each shared indicator weighs its
kind's base weight, discounted as the value becomes common (for handles, numbers, domains,
photos and firms: how many different people stand behind it): a value held by more than
``cutoff`` links nothing, one held by at most a tenth of that (half, for specific values such
as handles) keeps its full weight, and in between the weight falls with the log of its
frequency. Free webmail domains and platform websites never count. Two approaches are linked
when the weights of what they share add up to ``threshold`` (one weight per family: a full
name and the same name's initials count once).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from counterlink.campaigns.indicators import Indicators
from counterlink.campaigns.model import Link, Shared

# How much a shared value of each kind says on its own (a link needs THRESHOLD).
BASE_WEIGHTS: dict[str, float] = {
    "profile": 1.0,
    "handle": 1.0,
    "phone": 1.0,
    "email": 1.0,
    "photo": 1.0,
    "email_domain": 0.8,
    "website": 0.8,
    "template": 1.0,  # times the similarity: only a near-copy links on its own
    "profile_stem": 0.5,
    "name": 0.5,
    "firm": 0.5,
    "firm_fuzzy": 0.4,
    "name_initial": 0.25,
}
# Kinds whose values identify an operator (a handle, a number, a domain): common only when a
# campaign is big. The rest describe (a name, a firm): common by nature.
SPECIFIC = frozenset({"profile", "handle", "phone", "email", "photo", "email_domain", "website"})
# Kinds that say the same thing count once: a profile stem is usually the name again
# ("alice-kim"), and a firm's website is usually its e-mail domain.
FAMILY = {
    "name_initial": "name",
    "profile_stem": "name",
    "firm_fuzzy": "firm",
    "website": "domain",
    "email_domain": "domain",
}


@dataclass(frozen=True)
class LinkSettings:
    """Every knob of linking, with the reason for its default.

    threshold: total weight two approaches must share to be linked (1.0: one strong indicator,
        or two weaker ones such as a name and a firm).
    specific_cutoff / specific_share: a specific value (handle, phone...) held by more than
        max(cutoff, share x N) approaches is generic.
    descriptive_cutoff / descriptive_share: the same for names, firms and profile stems. The
        share is 0: fifty people of the same name are generic in any amount of data, and a
        cutoff growing with the input would make pair candidates grow with its square.
    pair_cap: weak values held by at most this many approaches are compared pair by pair;
        above it only strong values link (as a star, never all pairs).
    bucket_cap: an LSH bucket with more members than this is a generic photo or text.
    photo_bits: largest Hamming distance between two photo hashes of the same picture.
    template_min: smallest estimated Jaccard similarity of two templates.
    """

    threshold: float = 1.0
    specific_cutoff: int = 100
    specific_share: float = 0.005
    descriptive_cutoff: int = 50
    descriptive_share: float = 0.0
    pair_cap: int = 60
    bucket_cap: int = 200
    photo_bits: int = 6
    template_min: float = 0.5
    weights: dict[str, float] = field(default_factory=lambda: dict(BASE_WEIGHTS))

    def cutoff(self, kind: str, total: int) -> float:
        if kind in SPECIFIC:
            return max(self.specific_cutoff, self.specific_share * total)
        return max(self.descriptive_cutoff, self.descriptive_share * total)

    def weight(self, kind: str, holders: int, total: int) -> float:
        """The weight of a value of ``kind`` held by ``holders`` of ``total`` approaches."""
        base = self.weights.get(kind, 0.0)
        cutoff = self.cutoff(kind, total)
        if holders > cutoff:
            return 0.0
        # A specific value keeps its full weight up to half the cutoff (one campaign's handle
        # on hundreds of approaches is still one operator); a descriptive one to a tenth.
        rare = cutoff / (2 if kind in SPECIFIC else 10)
        if holders <= rare:
            return base
        return base * math.log(cutoff / holders) / math.log(cutoff / rare)


@dataclass
class Links:
    """The links found, and the weight each indicator value got (for explanations)."""

    links: list[Link]
    value_weights: dict[tuple[str, str], float]
    holders: dict[tuple[str, str], list[int]]


def _score(shared: Iterable[Shared]) -> tuple[float, tuple[Shared, ...]]:
    best: dict[str, Shared] = {}
    for item in shared:
        family = FAMILY.get(item.kind, item.kind)
        if family not in best or item.weight > best[family].weight:
            best[family] = item
    kept = tuple(sorted(best.values(), key=lambda s: (-s.weight, s.kind, s.value)))
    return sum(s.weight for s in kept), kept


# Candidate pairs compared at once (memory: BATCH x 2 signatures).
BATCH = 100_000
# A value seeds candidate pairs when it weighs at least this much.
SEED = 0.3
# Kinds whose commonness is measured in people rather than approaches.
BY_PERSONA = SPECIFIC | {"firm"}


def _persona_ids(items: Sequence[Indicators]) -> list[int]:
    """A number per approach for the person it claims to come from: its full-name key, else
    its surname-and-initial key, else the approach itself."""
    ids: dict[str, int] = {}
    out = []
    for i, item in enumerate(items):
        names = dict(item.keys)  # the last key of a kind wins; any one is fine as an identity
        who = names.get("name") or names.get("name_initial") or f"#{i}"
        out.append(ids.setdefault(who, len(ids)))
    return out


def _spread(kind: str, members: list[int], personas: list[int]) -> int:
    """How common a value is. For a handle, a number, a domain, a photo or a firm: how many
    different people stand behind it — gmail.com or a switchboard number sits behind
    thousands of names, a campaign's handle behind its few cover personas however many
    approaches they send. For a name: how many approaches carry it."""
    if kind in BY_PERSONA:
        return len({personas[m] for m in members})
    return len(members)


def link(items: Sequence[Indicators], settings: LinkSettings | None = None) -> Links:
    """Links between ``items`` (indices into it), each with the indicators that explain it."""
    settings = settings or LinkSettings()
    total = len(items)
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for key in item.keys:
            holders[key].append(i)
    personas = _persona_ids(items)
    value_weights = {
        key: settings.weight(key[0], _spread(key[0], members, personas), total)
        for key, members in holders.items()
        if len(members) > 1
    }
    # Candidate pairs are seeded only by values that weigh something on their own; the weaker
    # values two candidates share are added afterwards, so a common surname-and-initial never
    # enumerates its thousands of pairs. (A pair held together only by several values below
    # SEED each is not found: it would need four of them to reach the threshold.)
    pairs: dict[tuple[int, int], list[Shared]] = defaultdict(list)
    strong: list[tuple[int, int, Shared]] = []
    for key, weight in value_weights.items():
        members = holders[key]
        if weight < SEED:
            continue
        if len(members) <= settings.pair_cap:
            for pair in combinations(members, 2):
                pairs[pair]  # creates the candidate
        elif weight >= settings.threshold:
            # Enough on its own but held by many: a star joins them all without listing
            # every pair.
            shared = Shared(key[0], key[1], weight)
            strong.extend((members[0], other, shared) for other in members[1:])
    _similar_photos(items, settings, total, pairs)
    _similar_firms(items, settings, total, pairs, holders)
    _similar_templates(items, settings, total, pairs)
    found: dict[tuple[int, int], Link] = {}
    for (a, b), extra in pairs.items():
        common = set(items[a].keys).intersection(items[b].keys)
        shared_list = [
            Shared(kind, value, value_weights[(kind, value)])
            for kind, value in common
            if value_weights.get((kind, value), 0.0) > 0
        ]
        score, kept = _score([*shared_list, *extra])
        if score >= settings.threshold:
            found[(a, b)] = Link(items[a].id, items[b].id, score, kept)
    for a, b, shared in strong:
        pair = (min(a, b), max(a, b))
        if pair not in found:
            found[pair] = Link(items[pair[0]].id, items[pair[1]].id, shared.weight, (shared,))
    links = [found[p] for p in sorted(found)]
    return Links(links, value_weights, dict(holders))


Filter = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _band_pairs(bands: np.ndarray, cap: int, keep: Filter) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of rows that share a key in any band (``bands``: one row of keys per band) and
    pass ``keep`` (a boolean mask over candidate pairs), from buckets of 2 to ``cap`` members,
    each pair once (lower index first). Candidates are filtered as they are made, in pieces,
    so memory holds the survivors, not every collision of a million hashes."""
    lefts: list[np.ndarray] = []
    rights: list[np.ndarray] = []
    for keys in bands:
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, len(ordered)])
        for size in np.unique(sizes[(sizes >= 2) & (sizes <= cap)]).tolist():
            first = starts[sizes == size]
            i, j = np.triu_indices(size, k=1)
            step = max(1, BATCH // len(i))
            for chunk in range(0, len(first), step):
                members = order[first[chunk : chunk + step, None] + np.arange(size)]
                left, right = members[:, i].ravel(), members[:, j].ravel()
                mask = keep(left, right)
                lefts.append(np.minimum(left[mask], right[mask]))
                rights.append(np.maximum(left[mask], right[mask]))
    if not lefts:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    width = len(bands[0]) + 1
    code = np.unique(np.concatenate(lefts).astype(np.int64) * width + np.concatenate(rights))
    return code // width, code % width


def _similar_photos(
    items: Sequence[Indicators],
    settings: LinkSettings,
    total: int,
    pairs: dict[tuple[int, int], list[Shared]],
) -> None:
    """Photo hashes within ``photo_bits``: found through 4 bands of 16 bits (any two hashes
    within 3 bits share a band, most within 4 to 6 do), checked exactly."""
    rows = np.array([i for i, item in enumerate(items) if item.photo is not None], dtype=np.int64)
    if len(rows) < 2:
        return
    hashes = np.array([items[i].photo for i in rows], dtype=np.uint64)
    bands = np.stack([(hashes >> np.uint64(16 * k)) & np.uint64(0xFFFF) for k in range(4)])

    def close(left: np.ndarray, right: np.ndarray) -> np.ndarray:
        mask: np.ndarray = np.bitwise_count(hashes[left] ^ hashes[right]) <= settings.photo_bits
        return mask

    left, right = _band_pairs(bands, settings.bucket_cap, close)
    distance = np.bitwise_count(hashes[left] ^ hashes[right])
    values, counts = np.unique(hashes, return_counts=True)
    holders = dict(zip(values.tolist(), counts.tolist(), strict=True))
    for k in range(len(left)):
        a, b = int(rows[left[k]]), int(rows[right[k]])
        pa, pb, bits = int(hashes[left[k]]), int(hashes[right[k]]), int(distance[k])
        # Re-encoding flips a few bits: full weight up to 4, less beyond.
        weight = settings.weight("photo", max(holders[pa], holders[pb]), total)
        weight *= 1 - max(0, bits - 4) / 8
        if weight > 0:
            value = f"{pa:016x}" if pa == pb else f"{pa:016x}~{pb:016x} ({bits} bits)"
            pairs[(a, b)].append(Shared("photo", value, weight))


def _similar_templates(
    items: Sequence[Indicators],
    settings: LinkSettings,
    total: int,
    pairs: dict[tuple[int, int], list[Shared]],
) -> None:
    """Near-duplicate persona texts, through 16 bands of 4 MinHash values. A text many
    approaches share (a recruiting agency's standard note, a platform's canned invitation) is
    generic like a common name: a bucket of more than ``descriptive_cutoff`` near-copies is
    skipped (whatever the size of the input: bucket pairs grow with its square), and the more
    near-copies an approach has, the less its resemblance to any one of them says."""
    rows = np.array(
        [i for i, item in enumerate(items) if item.template is not None], dtype=np.int64
    )
    if len(rows) < 2:
        return
    matrix = np.stack([np.asarray(items[i].template) for i in rows])
    grouped = matrix.reshape(len(rows), 16, -1)
    # Each band's values folded into one 64-bit key (a collision only adds a candidate).
    keys = np.zeros((16, len(rows)), dtype=np.uint64)
    for column in range(grouped.shape[2]):
        keys = keys * np.uint64(0x100000001B3) ^ grouped[:, :, column].T.astype(np.uint64)

    def similar(left: np.ndarray, right: np.ndarray) -> np.ndarray:
        mask: np.ndarray = (matrix[left] == matrix[right]).mean(axis=1) >= settings.template_min
        return mask

    cap = min(settings.bucket_cap, settings.descriptive_cutoff)
    left, right = _band_pairs(keys, cap, similar)
    if not len(left):
        return
    similarity = (matrix[left] == matrix[right]).mean(axis=1)
    copies = np.bincount(np.concatenate([left, right]), minlength=len(rows))
    holders = np.maximum(copies[left], copies[right]) + 1
    alone = settings.threshold
    for k, count in enumerate(holders.tolist()):
        pair = (int(rows[left[k]]), int(rows[right[k]]))
        weight = settings.weight("template", count, total) * float(similarity[k])
        # A resemblance too weak to link on its own only matters beside other evidence: a
        # pair with nothing else in common is not kept (millions of them in big campaigns).
        if weight > 0 and (weight >= alone or pair in pairs):
            pairs[pair].append(Shared("template", f"{similarity[k]:.2f} similar", weight))


def _similar_firms(
    items: Sequence[Indicators],
    settings: LinkSettings,
    total: int,
    pairs: dict[tuple[int, int], list[Shared]],
    holders: dict[tuple[str, str], list[int]],
) -> None:
    """Firm names that differ but nearly match ("global insight partner" / "global insights
    partners"), found through the rare words they share."""
    from rapidfuzz import fuzz

    by_word: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for firm in item.firms:
            for word in firm.split():
                by_word[word].add(firm)
    compared: set[tuple[str, str]] = set()
    for firms in by_word.values():
        if len(firms) > settings.pair_cap:
            continue  # a common word ("technology") blocks nothing
        for x, y in combinations(sorted(firms), 2):
            if (x, y) in compared:
                continue
            compared.add((x, y))
            if fuzz.token_sort_ratio(x, y) < 90:
                continue
            hx, hy = holders[("firm", x)], holders[("firm", y)]
            weight = settings.weight("firm_fuzzy", len(hx) + len(hy), total)
            if weight <= 0 or len(hx) * len(hy) > settings.pair_cap**2:
                continue
            for a in hx:
                for b in hy:
                    if a != b:
                        pairs[(min(a, b), max(a, b))].append(
                            Shared("firm_fuzzy", f"{x} ~ {y}", weight)
                        )
