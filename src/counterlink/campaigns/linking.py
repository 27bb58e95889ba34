"""Which approaches share enough to be linked, and why: never all pairs.

Candidates come from blocking: an inverted index of exact indicator values, locality-sensitive
hashing of photo hashes (5 bands of 12-13 bits) and of template signatures (16 bands of 4 MinHash
values), and rare words of firm names for fuzzy matching. Each shared indicator weighs its
kind's base weight, discounted as the value becomes common *in ordinary outreach*: the
background (:mod:`counterlink.campaigns.background`: a reference of benign approaches shipped
with counterlink, plus the reports the store holds as benign). A value held by
``generic_share`` of the people of the background links nothing, one held by ``rare_share`` or
fewer keeps its full weight, and in between the weight falls with the log of its share. How
many approaches *of the input* share a value never lowers its weight: fifty approaches with one
handle or one template are the clearest campaign. Free webmail domains and platform websites
never count. A shared template weighs the passage the two texts share (a sentence everyone
writes is not a template). Two approaches are linked when the
weights of what they share add up to ``threshold`` (one weight per family: a full name and the
same name's initials count once).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from counterlink.campaigns.background import Background
from counterlink.campaigns.indicators import (
    Indicators,
    firm_initials,
    is_abbreviation,
    reordered,
)
from counterlink.campaigns.model import Link, Shared

# How much a shared value of each kind says on its own (a link needs THRESHOLD).
BASE_WEIGHTS: dict[str, float] = {
    "profile": 1.0,
    "handle": 1.0,
    "phone": 1.0,
    "phone_national": 1.0,  # the same number without its country code (9 digits or more)
    "email": 1.0,
    "photo": 1.0,
    "email_domain": 1.0,  # an unusual domain is an operator's own: webmail never counts
    "website": 1.0,  # an unusual host, like an unusual domain: platforms never count
    "template": 1.0,  # times the passage shared: only a long near-copy links alone
    "profile_stem": 0.5,
    "name": 0.5,
    "firm": 0.5,  # a short name ("Meridian"): needs another indicator
    "firm_distinct": 1.0,  # a firm name of 12 letters or more: a cover firm links alone
    "firm_words": 0.5,  # the firm's words in another order: weighs as the firm would
    "firm_fuzzy": 0.4,
    "firm_acronym": 0.4,
    "name_initial": 0.25,
}
# Kinds that say the same thing count once: a profile stem is usually the name again
# ("alice-kim"), and a firm's website is usually its e-mail domain.
FAMILY = {
    "name_initial": "name",
    "profile_stem": "name",
    "firm_words": "firm",
    "firm_fuzzy": "firm",
    "firm_acronym": "firm",
    "phone_national": "phone",
    "website": "domain",
    "email_domain": "domain",
}


@dataclass(frozen=True)
class LinkSettings:
    """Every knob of linking, with the reason for its default.

    threshold: total weight two approaches must share to be linked (1.0: one strong indicator,
        or two weaker ones such as a name and a firm).
    generic_share: a value held by this share of the people of the background (one in 500)
        is generic and links nothing.
    rare_share: a value held by this share or less (one in 2,000) keeps its full weight.
    min_generic: a value fewer people than this hold in the background is never generic, however
        small the background (two recruiters of one agency make nothing generic).
    pair_cap: weak values held by at most this many approaches are compared pair by pair;
        above it they link through the combinations they form with other weak values, as a
        star, never all pairs.
    bucket_cap: an LSH bucket with more members than this is compared to a few anchors of it
        rather than pair by pair.
    photo_bits: largest Hamming distance between two photo hashes of the same picture.
    template_min: smallest estimated Jaccard similarity of two templates (0.6: one operator's
        template re-sent with other names, fees and edits stays above it; two campaigns of one
        theme written from the same phrases fall below).
    template_loose / template_long_passage: two texts only 0.45 similar are still one template
        when they share 90 word 3-shingles (a long message re-sent with its names, roles and
        salary changed and a sentence moved: about 0.5 similar, 100 shingles in common), while
        two short pitches of one theme sharing a few phrases are not.
    template_passage: word 3-shingles two near-copies must share for a template's full weight
        (a passage of about 60 words in common); fewer share proportionally less, so the
        sentence or two every recruiter writes ("I came across your profile...") does not link
        on its own, while a cover consultancy's pitch of a hundred words does, however its
        names, fees and topics were changed.
    """

    threshold: float = 1.0
    generic_share: float = 0.002
    rare_share: float = 0.0005
    min_generic: int = 3
    pair_cap: int = 60
    bucket_cap: int = 200
    photo_bits: int = 6
    template_min: float = 0.6
    template_passage: int = 60
    template_loose: float = 0.45
    template_long_passage: int = 90
    weights: dict[str, float] = field(default_factory=lambda: dict(BASE_WEIGHTS))

    def discount(self, people: int, total: int) -> float:
        """The factor (0 to 1) for a value ``people`` of ``total`` background approaches hold."""
        if people < self.min_generic or total <= 0:
            return 1.0
        share = people / total
        if share >= self.generic_share:
            return 0.0
        if share <= self.rare_share:
            return 1.0
        return math.log(self.generic_share / share) / math.log(self.generic_share / self.rare_share)

    def weight(self, kind: str, people: int, total: int) -> float:
        """The weight of a value of ``kind`` held by ``people`` of ``total`` background
        approaches."""
        return self.weights.get(kind, 0.0) * self.discount(people, total)

    def discounts(self, people: np.ndarray, total: int) -> np.ndarray:
        """:meth:`discount` of many counts at once."""
        if total <= 0:
            return np.ones(len(people))
        share = people / total
        span = math.log(self.generic_share / self.rare_share)
        middle = np.log(self.generic_share / np.maximum(share, 1e-12)) / span
        out = np.where(
            share >= self.generic_share, 0.0, np.where(share <= self.rare_share, 1.0, middle)
        )
        result: np.ndarray = np.where(people < self.min_generic, 1.0, out)
        return result

    def passages(
        self, similarity: np.ndarray, size_a: np.ndarray, size_b: np.ndarray
    ) -> np.ndarray:
        """:meth:`passage` of many pairs at once."""
        shared = similarity / (1 + similarity) * (size_a + size_b)
        result: np.ndarray = np.minimum(1.0, shared / self.template_passage)
        return result

    def one_template(
        self, similarity: np.ndarray, size_a: np.ndarray, size_b: np.ndarray
    ) -> np.ndarray:
        """Whether pairs of texts are near-copies of one template: ``template_min`` similar, or
        ``template_loose`` similar while sharing a long passage (``template_long_passage``
        shingles), as a long template re-sent with its slots filled and sentences moved is."""
        shared = similarity / (1 + similarity) * (size_a + size_b)
        loose = (similarity >= self.template_loose) & (shared >= self.template_long_passage)
        result: np.ndarray = (similarity >= self.template_min) | loose
        return result

    def passage(self, similarity: float, size_a: int, size_b: int) -> float:
        """How much of a passage two texts of these shingle counts share at this similarity,
        as a factor (0 to 1) of ``template_passage``."""
        shared = similarity / (1 + similarity) * (size_a + size_b)
        return min(1.0, shared / self.template_passage)


@dataclass
class Links:
    """The links found, and the weight each indicator value got (for explanations)."""

    links: list[Link]
    value_weights: dict[tuple[str, str], float]


def _score(shared: Iterable[Shared]) -> tuple[float, tuple[Shared, ...]]:
    # The heaviest of each family, ties broken by kind and value so that every run explains a
    # link alike (a set's order changes from one process to the next).
    best: dict[str, Shared] = {}
    for item in sorted(shared, key=lambda s: (-s.weight, s.kind, s.value)):
        best.setdefault(FAMILY.get(item.kind, item.kind), item)
    kept = tuple(sorted(best.values(), key=lambda s: (-s.weight, s.kind, s.value)))
    return sum(s.weight for s in kept), kept


def score_shared(shared: Iterable[Shared]) -> tuple[float, tuple[Shared, ...]]:
    """The score of what two approaches share (one weight per family) and what counted."""
    return _score(shared)


# Candidate pairs compared at once (memory: BATCH x 2 signatures).
BATCH = 100_000
# Signature pairs compared at once (two 64-value rows each: 25,000 take 13 MB as uint32).
ROWS = 25_000
# A value seeds candidate pairs when it weighs at least this much.
SEED = 0.3
# Members of a big LSH bucket each compared to this many anchors of it.
ANCHORS = 3
# Two firm names (without spaces) this similar (rapidfuzz ratio, 0-100) are one firm misspelt.
FIRM_RATIO = 90
# ... and this similar, in names of 15 letters or more, the same firm with a slip of the pen.
FIRM_SLIP = 95


# A firm name (legal form and spaces removed) this long is specific enough to link alone.
FIRM_DISTINCT = 12


def weight_kind(kind: str, value: str) -> str:
    """The kind whose base weight a value takes: a long firm name is a distinct firm."""
    if kind in ("firm", "firm_words") and len(value) >= FIRM_DISTINCT:
        return "firm_distinct"
    return kind


def value_weight(key: tuple[str, str], settings: LinkSettings, background: Background) -> float:
    """The weight of one exact indicator value against the background."""
    kind = weight_kind(*key)
    return settings.weight(kind, background.count(*key), background.approaches)


def reordered_weight(
    value: str, firms: Iterable[str], settings: LinkSettings, background: Background
) -> float:
    """The weight of a ``firm_words`` value: no more than that of the firm names it stands
    for among ``firms`` (the reordered "Amazon Web Services" is as generic as the name)."""
    weights = [value_weight(("firm_words", value), settings, background)]
    weights += [
        value_weight(("firm", firm.replace(" ", "")), settings, background)
        for firm in firms
        if reordered(firm) == value
    ]
    return min(weights)


def link(
    items: Sequence[Indicators],
    settings: LinkSettings | None = None,
    background: Background | None = None,
) -> Links:
    """Links between ``items`` (indices into it), each with the indicators that explain it."""
    settings = settings or LinkSettings()
    background = background if background is not None else Background()
    holders: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        for key in item.keys:
            holders[key].append(i)
    value_weights = {
        key: value_weight(key, settings, background)
        for key, members in holders.items()
        if len(members) > 1
    }
    for key in [k for k in value_weights if k[0] == "firm_words"]:
        firms = (firm for i in holders[key] for firm in items[i].firms)
        value_weights[key] = reordered_weight(key[1], firms, settings, background)
    # Candidates: every pair of a value strong enough on its own (as a star when it is held by
    # many), and every pair sharing two weaker values that together reach the threshold (each
    # combination a bucket: a common name alone never enumerates its pairs). Weaker values two
    # candidates share are added when they are scored. (A pair held together only by three
    # values, none two of which reach the threshold, is not found.)
    pairs: dict[tuple[int, int], list[Shared]] = defaultdict(list)
    strong: list[tuple[int, int, tuple[Shared, ...]]] = []
    weak: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for key, weight in value_weights.items():
        members = holders[key]
        if weight >= settings.threshold:
            if len(members) <= settings.pair_cap:
                for pair in combinations(members, 2):
                    pairs[pair]  # creates the candidate
            else:
                # Held by many: a star joins them all without listing every pair.
                shared: tuple[Shared, ...] = (Shared(key[0], key[1], weight),)
                strong.extend((members[0], other, shared) for other in members[1:])
        elif weight >= SEED:
            for member in members:
                weak[member].append(key)
    _weak_combinations(weak, value_weights, settings, pairs, strong)
    del weak
    _similar_photos(items, settings, background, pairs)
    _similar_firms(items, settings, background, pairs, holders)
    _abbreviated_firms(items, settings, background, pairs, holders)
    _similar_templates(items, settings, background, pairs, strong)
    found: dict[tuple[int, int], Link] = {}
    del holders  # what is left needs only the candidates, and memory peaks here
    while pairs:  # popped, so that each candidate's list is freed as its link is made
        (a, b), extra = pairs.popitem()
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
            score, kept = _score(shared)
            found[pair] = Link(items[pair[0]].id, items[pair[1]].id, score, kept)
    links = [found[p] for p in sorted(found)]
    return Links(links, value_weights)


def _weak_combinations(
    weak: dict[int, list[tuple[str, str]]],
    value_weights: dict[tuple[str, str], float],
    settings: LinkSettings,
    pairs: dict[tuple[int, int], list[Shared]],
    strong: list[tuple[int, int, tuple[Shared, ...]]],
) -> None:
    """Values too weak to link alone link the approaches that share two of them whose weights
    reach the threshold (a cover firm and the persona's name): each such combination is a
    bucket, its pairs candidates (a star when it holds more than ``pair_cap``)."""
    buckets: dict[tuple[tuple[str, str], ...], list[int]] = defaultdict(list)
    for member, keys in weak.items():
        for first, second in combinations(sorted(keys), 2):
            if FAMILY.get(first[0], first[0]) == FAMILY.get(second[0], second[0]):
                continue
            if value_weights[first] + value_weights[second] >= settings.threshold:
                buckets[(first, second)].append(member)
    for combination, members in buckets.items():
        if len(members) < 2:
            continue
        if len(members) <= settings.pair_cap:
            for pair in combinations(members, 2):
                pairs[pair]
            continue
        shared = tuple(Shared(k, v, value_weights[(k, v)]) for k, v in combination)
        strong.extend((members[0], other, shared) for other in members[1:])


Filter = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _band_pairs(bands: np.ndarray, cap: int, keep: Filter) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of rows that share a key in any band (``bands``: one row of keys per band) and
    pass ``keep`` (a boolean mask over candidate pairs), each pair once (lower index first).
    Buckets of 2 to ``cap`` members give all their pairs; a bigger bucket gives each member
    paired with the bucket's first ANCHORS members (a star: enough to connect it, never its
    square). Candidates are filtered as they are made, in pieces, and the survivors of each
    band merged with those of the bands before, so memory holds each pair once, not once per
    band it collides in."""
    width = np.int64(bands.shape[1] + 1)
    found = np.zeros(0, dtype=np.int64)

    for keys in bands:
        pieces: list[np.ndarray] = []

        def add(left: np.ndarray, right: np.ndarray, pieces: list[np.ndarray] = pieces) -> None:
            mask = keep(left, right)
            low = np.minimum(left[mask], right[mask]).astype(np.int64)
            pieces.append(low * width + np.maximum(left[mask], right[mask]))

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
                add(members[:, i].ravel(), members[:, j].ravel())
        big = sizes > cap
        for start, size in zip(starts[big].tolist(), sizes[big].tolist(), strict=True):
            members = order[start : start + size]
            for anchor in members[:ANCHORS].tolist():
                others = members[members != anchor]
                add(np.full(len(others), anchor), others)
        if pieces:
            found = _sorted_union(found, np.concatenate(pieces))
    return found // width, found % width


def _sorted_union(found: np.ndarray, new: np.ndarray) -> np.ndarray:
    """The sorted distinct values of a sorted distinct ``found`` and any ``new``, by sorting:
    numpy's union1d hashes, which took 450 of the 540 s of linking 1,000,000 approaches. A
    stable sort of two sorted runs is a linear merge."""
    if not len(new):
        return found
    new.sort()
    merged = np.concatenate([found, new[np.r_[True, new[1:] != new[:-1]]]])
    merged.sort(kind="stable")
    return merged[np.r_[True, merged[1:] != merged[:-1]]]


def _similar_photos(
    items: Sequence[Indicators],
    settings: LinkSettings,
    background: Background,
    pairs: dict[tuple[int, int], list[Shared]],
) -> None:
    """Photo hashes within ``photo_bits``: found through 5 bands of 12-13 bits (any two
    hashes within 4 bits share a band, most within 5 or 6 do), checked exactly."""
    rows = np.array([i for i, item in enumerate(items) if item.photo is not None], dtype=np.int64)
    if len(rows) < 2:
        return
    hashes = np.array([items[i].photo for i in rows], dtype=np.uint64)
    # Five bands (13, 13, 13, 13 and 12 bits): two hashes within 4 bits always share one.
    bands = np.stack([(hashes >> np.uint64(13 * k)) & np.uint64((1 << 13) - 1) for k in range(5)])

    def close(left: np.ndarray, right: np.ndarray) -> np.ndarray:
        mask: np.ndarray = np.bitwise_count(hashes[left] ^ hashes[right]) <= settings.photo_bits
        return mask

    left, right = _band_pairs(bands, settings.bucket_cap, close)
    distance = np.bitwise_count(hashes[left] ^ hashes[right])
    for k in range(len(left)):
        a, b = int(rows[left[k]]), int(rows[right[k]])
        pa, pb, bits = int(hashes[left[k]]), int(hashes[right[k]]), int(distance[k])
        weight = photo_weight(pa, pb, settings, background)
        if weight > 0:
            value = f"{pa:016x}" if pa == pb else f"{pa:016x}~{pb:016x} ({bits} bits)"
            pairs[(a, b)].append(Shared("photo", value, weight))


def photo_weight(a: int, b: int, settings: LinkSettings, background: Background) -> float:
    """Two photo hashes' weight: 0 beyond ``photo_bits``, full up to 4 bits apart (re-encoding
    flips a few), less beyond; discounted when ordinary outreach uses the picture (a stock
    photo, the default avatar)."""
    bits = int(a ^ b).bit_count()
    if bits > settings.photo_bits:
        return 0.0
    people = max(background.count("photo", f"{a:016x}"), background.count("photo", f"{b:016x}"))
    return settings.weight("photo", people, background.approaches) * (1 - max(0, bits - 4) / 8)


def firm_fuzzy_weight(x: str, y: str, settings: LinkSettings, background: Background) -> float:
    """Two different firm names' weight (as words): 0 below a rapidfuzz ratio of 90 of their
    spaceless keys, else ``firm_fuzzy``'s, discounted as the more common of them is."""
    from rapidfuzz import fuzz

    kx, ky = x.replace(" ", ""), y.replace(" ", "")
    ratio = fuzz.ratio(kx, ky)
    if kx == ky or ratio < FIRM_RATIO:
        return 0.0
    people = max(background.count("firm", kx), background.count("firm", ky))
    # One slip in a long name ("Developement") is the firm itself: the exact firm's weight.
    kind = "firm_distinct" if ratio >= FIRM_SLIP and min(len(kx), len(ky)) >= 15 else "firm_fuzzy"
    return settings.weight(kind, people, background.approaches)


def template_weight(
    similarity: float,
    sizes: tuple[int, int],
    people: int,
    settings: LinkSettings,
    background: Background,
) -> float:
    """A shared template's weight: the passage the two near-copies share, times how unusual
    the text is in ordinary outreach (``people`` of the background wrote a
    near-copy of it)."""
    return settings.weight("template", people, background.approaches) * settings.passage(
        similarity, *sizes
    )


def _similar_templates(
    items: Sequence[Indicators],
    settings: LinkSettings,
    background: Background,
    pairs: dict[tuple[int, int], list[Shared]],
    strong: list[tuple[int, int, tuple[Shared, ...]]],
) -> None:
    """Near-duplicate persona texts, through 16 bands of 4 MinHash values. A text ordinary
    outreach is full of (a recruiting platform's standard note) links nothing; one the
    background does not know links however many approaches of the input share it."""
    from counterlink.campaigns.background import band_keys

    rows = np.array(
        [i for i, item in enumerate(items) if item.template is not None], dtype=np.int64
    )
    if len(rows) < 2:
        return
    matrix = np.stack([np.asarray(items[i].template) for i in rows])
    keys = band_keys(matrix)
    sizes = np.array([items[i].template_size for i in rows], dtype=np.int64)

    def similar(left: np.ndarray, right: np.ndarray) -> np.ndarray:
        jaccard = _similarities(matrix, left, right)
        mask: np.ndarray = settings.one_template(jaccard, sizes[left], sizes[right])
        return mask

    left, right = _band_pairs(keys, settings.bucket_cap, similar)
    if not len(left):
        return
    similarity = _similarities(matrix, left, right)
    known = background.template_count(matrix)
    people = np.maximum(known[left], known[right])
    weights = (
        settings.weights.get("template", 0.0)
        * settings.discounts(people, background.approaches)
        * settings.passages(similarity, sizes[left], sizes[right])
    )
    alone = weights >= settings.threshold
    # Which template pairs are already candidates (by their other values), found at once.
    width = np.int64(len(items))
    wanted = np.fromiter((a * width + b for a, b in pairs), dtype=np.int64, count=len(pairs))
    codes = rows[left].astype(np.int64) * width + rows[right]
    useful = (weights > 0) & (alone | np.isin(codes, wanted))
    for k in np.flatnonzero(useful).tolist():
        pair = (int(rows[left[k]]), int(rows[right[k]]))
        shared = Shared("template", f"{similarity[k]:.2f} similar", float(weights[k]))
        # A resemblance too weak to link on its own only matters beside other evidence: a
        # pair with nothing else in common is not kept (millions of them in big campaigns).
        if pair in pairs:
            pairs[pair].append(shared)
        elif alone[k]:
            strong.append((pair[0], pair[1], (shared,)))


def _similarities(matrix: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of signature rows ``left[k]`` and ``right[k]``, in pieces
    of ROWS pairs (the rows of a million pairs at once would take gigabytes; of 100,000, the
    peak memory of linking 100,000 approaches)."""
    out = np.empty(len(left), dtype=np.float64)
    for start in range(0, len(left), ROWS):
        piece = slice(start, start + ROWS)
        out[piece] = (matrix[left[piece]] == matrix[right[piece]]).mean(axis=1)
    return out


def _similar_firms(
    items: Sequence[Indicators],
    settings: LinkSettings,
    background: Background,
    pairs: dict[tuple[int, int], list[Shared]],
    holders: dict[tuple[str, str], list[int]],
) -> None:
    """Firm names that differ but nearly match ("global insight partner" / "global insights
    partners"), found through the rare words they share, compared without their spaces."""
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
            weight = firm_fuzzy_weight(x, y, settings, background)
            hx = holders[("firm", x.replace(" ", ""))]
            hy = holders[("firm", y.replace(" ", ""))]
            if weight <= 0 or len(hx) * len(hy) > settings.pair_cap**2:
                continue
            for a in hx:
                for b in hy:
                    if a != b:
                        pairs[(min(a, b), max(a, b))].append(
                            Shared("firm_fuzzy", f"{x} ~ {y}", weight)
                        )


def _abbreviated_firms(
    items: Sequence[Indicators],
    settings: LinkSettings,
    background: Background,
    pairs: dict[tuple[int, int], list[Shared]],
    holders: dict[tuple[str, str], list[int]],
) -> None:
    """A firm written as its abbreviation ("CSEDS") and one written in full ("Center for
    Sino-Europe Development Studies"): the abbreviation is the initials of the full name."""
    short = {f for item in items for f in item.firms if is_abbreviation(f)}
    if not short:
        return
    seen: set[tuple[str, str]] = set()
    for item in items:
        for full in item.firms:
            initials = firm_initials(full)
            if initials is None or initials not in short or (full, initials) in seen:
                continue
            seen.add((full, initials))
            weight = abbreviation_weight(initials, settings, background)
            long_holders = holders[("firm", full.replace(" ", ""))]
            short_holders = holders[("firm", initials)]
            if weight <= 0 or len(long_holders) * len(short_holders) > settings.pair_cap**2:
                continue
            for a in long_holders:
                for b in short_holders:
                    if a != b:
                        pairs[(min(a, b), max(a, b))].append(
                            Shared("firm_acronym", f"{initials} = {full}", weight)
                        )


def abbreviation_weight(initials: str, settings: LinkSettings, background: Background) -> float:
    """An abbreviation's weight, discounted as ordinary outreach uses it for a firm: an
    abbreviation of five letters or more ("CSEDS") is the firm's own (a distinct firm's
    weight), a shorter one could stand for many."""
    people = background.count("firm", initials)
    kind = "firm_distinct" if len(initials) >= 5 else "firm_acronym"
    return settings.weight(kind, people, background.approaches)
