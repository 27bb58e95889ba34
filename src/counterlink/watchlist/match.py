"""Matching an arriving approach against the partner watchlist.

Every indicator of the approach (``campaigns.indicators.cited_keys``: the normalisation campaign
linking uses) is looked up among the entries; hashed entries are compared by keyed digest when
the community key they were made with is configured. Each partner source that knows the persona
gives one finding, ``campaign.known_to_partner``, citing where the approach shows each matched
indicator. Its weight is the strongest matched kind's (``model.KIND_WEIGHTS``, scaled by the
partner's confidence when given): the scorer adds it to the learned findings' log-odds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from counterlink.campaigns.indicators import CitedKey, cited_keys
from counterlink.schema import Approach, Evidence, Finding
from counterlink.share.digest import indicator_digest, key_id
from counterlink.share.kinds import KIND_LABELS, WATCH_KINDS
from counterlink.signals.guidance import MI5_2025, NPSA_TBYL, SOCIAL_MEDIA_ACCOUNTS
from counterlink.watchlist.model import WatchEntry, WatchSource

CODE = "campaign.known_to_partner"


@dataclass(frozen=True)
class Hit:
    """One indicator of the approach found in one source's entry."""

    source: str
    entry: WatchEntry
    cited: CitedKey


class Watchlist:
    """The entries of every imported source, indexed for lookup by (kind, value) and by
    (kind, digest). ``key`` is the community key for hashed entries (None: they cannot match,
    and :attr:`unmatchable` counts them)."""

    def __init__(self, sources: Iterable[WatchSource], key: bytes | None = None) -> None:
        self.key = key
        self.key_id = key_id(key) if key is not None else None
        self._by_value: dict[tuple[str, str], list[tuple[str, WatchEntry]]] = defaultdict(list)
        self._by_digest: dict[tuple[str, str], list[tuple[str, WatchEntry]]] = defaultdict(list)
        self.sources = 0
        self.entries = 0
        self.unmatchable = 0
        for source in sources:
            self.sources += 1
            for entry in source.entries:
                self.entries += 1
                if entry.value is not None:
                    self._by_value[(entry.kind, entry.value)].append((source.name, entry))
                elif entry.digest is not None and entry.key_id == self.key_id:
                    self._by_digest[(entry.kind, entry.digest)].append((source.name, entry))
                else:
                    self.unmatchable += 1
        self._digest_kinds = {kind for kind, _ in self._by_digest}

    def __len__(self) -> int:
        return self.entries

    def hits(self, approach: Approach) -> list[Hit]:
        """Every (source, entry, where) the approach's indicators are found, in approach order."""
        if not self._by_value and not self._by_digest:
            return []
        found: list[Hit] = []
        for cited in cited_keys(approach):
            if cited.kind not in WATCH_KINDS:
                continue
            for source, entry in self._by_value.get((cited.kind, cited.value), ()):
                found.append(Hit(source, entry, cited))
            if self.key is not None and cited.kind in self._digest_kinds:
                digest = indicator_digest(self.key, cited.kind, cited.value)
                for source, entry in self._by_digest.get((cited.kind, digest), ()):
                    found.append(Hit(source, entry, cited))
        return found

    def match(self, approach: Approach) -> list[Finding]:
        """One finding per source that knows one of the approach's indicators, strongest first."""
        by_source: dict[str, list[Hit]] = defaultdict(list)
        for hit in self.hits(approach):
            by_source[hit.source].append(hit)
        findings = [_finding(source, hits) for source, hits in by_source.items()]
        return sorted(findings, key=lambda f: -f.weight)


def _finding(source: str, hits: list[Hit]) -> Finding:
    strongest = max(hits, key=lambda h: h.entry.weight)
    matched: dict[tuple[str, str], Hit] = {}
    for hit in hits:
        matched.setdefault((hit.cited.kind, hit.cited.value), hit)
    what = ", ".join(
        f"{KIND_LABELS[kind]} {value}" + (" (privately, by keyed hash)" if h.entry.digest else "")
        for (kind, value), h in matched.items()
    )
    persona = strongest.entry.persona
    known_as = f" as {persona!r}" if persona and strongest.entry.value is not None else ""
    evidence: list[Evidence] = []
    seen: set[tuple[str, int, int]] = set()
    for hit in hits:
        c = hit.cited
        if (c.path, c.start, c.end) not in seen:
            seen.add((c.path, c.start, c.end))
            evidence.append(Evidence(field=c.path, excerpt=c.excerpt, start=c.start, end=c.end))
    tlp = strongest.entry.tlp.upper()
    title = f"Known to partner {source}{known_as} (TLP:{tlp}): same {what}"
    if any(hit.entry.tlp == "red" for hit in hits):
        # TLP:RED was for the people the partner named, not for everyone who reads a report
        # (a reporter sees their own): the finding says only that there is a match.
        title = (
            "Known to a partner under TLP:RED: details withheld "
            "(your security team can see the source on the Watchlist page)"
        )
        source = "a partner (TLP:RED)"
    return Finding(
        code=CODE,
        category="campaign",
        weight=strongest.entry.weight,
        title=title,
        evidence=evidence,
        guidance=[MI5_2025, NPSA_TBYL],
        attack=SOCIAL_MEDIA_ACCOUNTS,
        source=source,
    )
