"""How common an indicator value is in ordinary outreach: the background a shared value is
judged against.

A value is *generic* when genuine outreach is full of it (gmail.com, "Google", "David Chen", a
recruiting platform's standard note), never because many approaches of the batch being linked
share it: fifty approaches with one template or one handle are the strongest campaign, not the
weakest. The background counts, for every value, how many different people hold it in a corpus
of ordinary approaches:

* the reference shipped with counterlink (``models/campaigns-background.json.gz``), built by
  ``counterlink campaigns-background`` from benign approaches (the project's hand-written and
  real benign approaches, and synthetic ordinary outreach: see docs/campaigns.md);
* large organisations (``data/background/organisations.csv``: the biggest companies,
  consultancies, defence suppliers and universities of published lists), counted as generic:
  a corpus of ordinary outreach too small to hold many of their recruiters must still know
  that "Amazon" and amazon.jobs are not a cover firm;
* what the store has seen: reports an analyst closed with the verdict *benign* (web app and
  ``counterlink campaigns`` over the database), added on every computation.

Persona texts are kept as MinHash signatures of their near-duplicate groups (one signature and a
count per group of two or more), so a standard note is known without keeping any message.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from counterlink.campaigns.indicators import NUM_PERM, Indicators
from counterlink.errors import InvalidInput

FORMAT = "counterlink.background/1"
# Inside the package; rebuilt by `make background` (needs nothing outside the repository).
SHIPPED = "models/campaigns-background.json.gz"
BANDS = 16
# Kinds that name the person: counted in approaches (everyone called David Chen is one "person"
# by name).
NAMED = frozenset({"name", "name_initial", "profile_stem"})
# Two texts are near-copies at this estimated Jaccard similarity (the linker's template_min).
NEAR_COPY = 0.5
# Signatures compared with the background's at once.
PIECE = 25_000


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """One 64-bit key per band and row (shape: BANDS x rows) of MinHash signatures: rows that
    share a key in any band are candidate near-copies (a collision only adds a candidate)."""
    grouped = signatures.reshape(len(signatures), BANDS, -1)
    keys = np.zeros((BANDS, len(signatures)), dtype=np.uint64)
    for column in range(grouped.shape[2]):
        keys = keys * np.uint64(0x100000001B3) ^ grouped[:, :, column].T.astype(np.uint64)
    return keys


# A large firm's name this long or longer, at the start of another firm's, makes that one its.
PREFIX_LETTERS = 6


def person_of(item: Indicators) -> str:
    """Who an approach claims to come from (its full-name key, else surname and initial, else
    the approach itself): commonness counts people, not the messages one person sends."""
    names = dict(item.keys)
    return names.get("name") or names.get("name_initial") or f"#{item.id}"


@dataclass
class Background:
    """Value counts of ordinary outreach.

    approaches: how many ordinary approaches were counted.
    counts: for each (kind, value), how many different people hold it.
    templates / template_counts: one MinHash signature per group of near-identical ordinary
        texts, and how many different people wrote each.
    sources: where the counts came from, for explanations.
    """

    approaches: int = 0
    counts: dict[tuple[str, str], int] = field(default_factory=dict)
    templates: np.ndarray = field(default_factory=lambda: np.zeros((0, NUM_PERM), dtype=np.uint64))
    template_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    sources: list[str] = field(default_factory=list)

    @classmethod
    def from_indicators(cls, items: Sequence[Indicators], source: str) -> Background:
        """The background of ``items``, all taken as ordinary outreach."""
        people: dict[tuple[str, str], set[str]] = defaultdict(set)
        for item in items:
            who = person_of(item)
            for key in item.keys:
                # A name is the person: how common it is counts approaches, not names.
                people[key].add(item.id if key[0] in NAMED else who)
            if item.photo is not None:
                people[("photo", f"{item.photo:016x}")].add(who)
        counts = {key: len(who) for key, who in people.items()}
        templates, template_counts = _template_groups(items)
        return cls(len(items), counts, templates, template_counts, [source])

    def merged(self, other: Background) -> Background:
        counts = dict(self.counts)
        for key, n in other.counts.items():
            counts[key] = counts.get(key, 0) + n
        return Background(
            self.approaches + other.approaches,
            counts,
            np.concatenate([self.templates, other.templates]),
            np.concatenate([self.template_counts, other.template_counts]),
            [*self.sources, *other.sources],
        )

    def with_organisations(self, path: Path, *, names: bool = True) -> Background:
        """The background with the large organisations of ``path`` (CSV: name, domains
        separated by ";", list) counted as generic: their firm keys, e-mail domains and
        websites are what genuine outreach from them shares, however few of its approaches
        the corpus happens to hold. ``names=False`` counts the domains only: an event's name
        ("Black Hat", "Collision") is no firm, and as a generic firm it would make every firm
        whose name begins with it generic too (:meth:`count`)."""
        import csv

        from counterlink.campaigns.indicators import firm_names, reordered

        generic = max(1, self.approaches // 50)  # 2 %: well past generic_share
        counts = dict(self.counts)
        try:
            with path.open(newline="", encoding="utf-8") as handle:
                rows = list(csv.DictReader(handle))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise InvalidInput(f"cannot read: {exc}", file=path) from None
        for number, row in enumerate(rows, start=2):
            name = (row.get("name") or "").strip()
            if not name:
                raise InvalidInput("no organisation name", file=path, line=number, field="name")
            # Every form linking reads the name in; none for a name too short to compare
            # ("BP"): its domains only.
            forms = firm_names(name) if names else []
            keys = [("firm", words.replace(" ", "")) for words in forms]
            keys += [("firm_words", r) for r in map(reordered, forms) if r]
            for domain in (row.get("domains") or "").split(";"):
                if domain.strip():
                    host = domain.strip().lower().removeprefix("www.")
                    keys += [("email_domain", host), ("website", host)]
            for item in keys:
                counts[item] = max(counts.get(item, 0), generic)
        kind = "large organisations" if names else "events' domains"
        source = f"{path.as_posix()} ({len(rows)} {kind})"
        return Background(
            self.approaches,
            counts,
            self.templates,
            self.template_counts,
            [*self.sources, source],
        )

    def count(self, kind: str, value: str) -> int:
        """How many people of the background hold ``value``, or what it is part of: a host
        counts as its parent domains do (careers.rolls-royce.com is Rolls-Royce's), and a firm
        as a large firm its name begins with (Amazon Web Services is Amazon's; 6 letters or
        more, so "Intel" says nothing of "Intelligence Partners")."""
        found = self.counts.get((kind, value), 0)
        if kind in ("website", "email_domain"):
            labels = value.split("/", 1)[0].split(".")
            for start in range(1, len(labels) - 1):
                found = max(found, self.counts.get((kind, ".".join(labels[start:])), 0))
        elif kind == "firm":
            for end in range(PREFIX_LETTERS, len(value)):
                found = max(found, self._large.get(value[:end], 0))
        return found

    @property
    def _large(self) -> dict[str, int]:
        """Firm keys held by a generic share of the background (computed once)."""
        cached = self.__dict__.get("_large_firms")
        if cached is None:
            floor = max(1, self.approaches // 500)
            cached = {v: n for (k, v), n in self.counts.items() if k == "firm" and n >= floor}
            self.__dict__["_large_firms"] = cached
        return cached

    def template_count(self, signatures: np.ndarray) -> np.ndarray:
        """For each signature (rows), how many people of the background wrote a near-copy of
        it (0 for a text ordinary outreach does not contain)."""
        out = np.zeros(len(signatures), dtype=np.int64)
        if not len(signatures) or not len(self.templates):
            return out
        known = band_keys(self.templates)
        queried = band_keys(signatures)
        for band in range(BANDS):
            order = np.argsort(known[band], kind="stable")
            ordered = known[band][order]
            where = np.minimum(np.searchsorted(ordered, queried[band]), len(ordered) - 1)
            rows = np.flatnonzero(ordered[where] == queried[band])
            # The first background group of the bucket, checked for similarity (with 16
            # bands, a near-copy of a group meets it in several).
            groups = order[where[rows]]
            for start in range(0, len(rows), PIECE):  # in pieces: 100,000 rows take 100 MB
                part, group = rows[start : start + PIECE], groups[start : start + PIECE]
                similar = (self.templates[group] == signatures[part]).mean(axis=1) >= NEAR_COPY
                counts = np.where(similar, self.template_counts[group], 0)
                out[part] = np.maximum(out[part], counts)
        return out

    # ---- file -------------------------------------------------------------------------------

    def save(self, path: Path, *, keep: int = 2) -> None:
        """Write the background, values held by fewer than ``keep`` people left out (a value
        one person wrote says nothing about ordinary outreach, and would only make the file
        bigger)."""
        by_kind: dict[str, dict[str, int]] = defaultdict(dict)
        for (kind, value), n in sorted(self.counts.items()):
            if n >= keep:
                by_kind[kind][value] = n
        kept = self.template_counts >= keep
        data = {
            "format": FORMAT,
            "approaches": self.approaches,
            "sources": self.sources,
            "counts": by_kind,
            "templates": [
                {"count": int(n), "signature": [int(v) for v in signature]}
                for signature, n in zip(
                    self.templates[kept], self.template_counts[kept], strict=True
                )
            ],
        }
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        # mtime=0: the same background gives the same bytes.
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
            out.write(text.encode("utf-8"))

    @classmethod
    def load(cls, path: Path | str) -> Background:
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read: {exc.strerror}", file=path) from None
        return cls.parse(raw, str(path))

    @classmethod
    def parse(cls, raw: bytes, where: str) -> Background:
        """A background from the bytes of its file (``where`` names it in errors)."""
        try:
            data = json.loads(gzip.decompress(raw).decode("utf-8"))
        except (OSError, EOFError, ValueError) as exc:
            raise InvalidInput(f"not a counterlink background file ({exc})", file=where) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise InvalidInput(f"not a {FORMAT} file", file=where, field="format")
        counts = {
            (kind, value): int(n)
            for kind, values in data["counts"].items()
            for value, n in values.items()
        }
        templates = data["templates"]
        signatures = np.array([t["signature"] for t in templates], dtype=np.uint64).reshape(
            len(templates), NUM_PERM
        )
        template_counts = np.array([t["count"] for t in templates], dtype=np.int64)
        return cls(int(data["approaches"]), counts, signatures, template_counts, data["sources"])


def _template_groups(items: Sequence[Indicators]) -> tuple[np.ndarray, np.ndarray]:
    """Near-identical texts grouped (any band in common and estimated Jaccard >= NEAR_COPY to
    the group's first text): one signature per group and the number of people in it."""
    rows = [i for i, item in enumerate(items) if item.template is not None]
    if not rows:
        return np.zeros((0, NUM_PERM), dtype=np.uint64), np.zeros(0, dtype=np.int64)
    matrix = np.stack([np.asarray(items[i].template, dtype=np.uint64) for i in rows])
    keys = band_keys(matrix)
    group = np.arange(len(rows))
    for band in range(BANDS):
        first_of: dict[int, int] = {}
        for row, key in enumerate(keys[band].tolist()):
            leader = first_of.setdefault(key, row)
            if leader != row and group[row] == row:
                head = group[leader]
                if (matrix[head] == matrix[row]).mean() >= NEAR_COPY:
                    group[row] = head
    people: dict[int, set[str]] = defaultdict(set)
    for row, head in enumerate(group.tolist()):
        people[head].add(person_of(items[rows[row]]))
    heads = sorted(people)
    return matrix[heads], np.array([len(people[h]) for h in heads], dtype=np.int64)


@cache
def shipped_digest() -> str:
    """The SHA-256 of the shipped background's bytes (a snapshot made against another one is
    stale)."""
    import hashlib

    return hashlib.sha256(files("counterlink").joinpath(SHIPPED).read_bytes()).hexdigest()


@cache
def shipped() -> Background:
    """The reference background shipped inside the package."""
    resource = files("counterlink").joinpath(SHIPPED)
    return Background.parse(resource.read_bytes(), f"counterlink/{SHIPPED}")


def from_approaches(approaches: Iterable[object], source: str) -> Background:
    """The background of approaches taken as ordinary outreach (e.g. benign verdicts)."""
    from counterlink.campaigns.indicators import extract
    from counterlink.schema import Approach

    items = [extract(a, k) for k, a in enumerate(approaches) if isinstance(a, Approach)]
    return Background.from_indicators(items, source)
