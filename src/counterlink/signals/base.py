"""The detector contract and the pattern machinery most detectors share.

A detector is like a scikit-learn estimator: parameters are stored as given in ``__init__``,
validated when it runs, and it is deterministic. ``detect`` is pure: it reads the approach
(never ``label`` or ``annotations``) and returns findings whose evidence offsets index into the
text named by ``Evidence.field`` (a path from :func:`counterlink.schema.text_fields`).
Detectors leave ``Finding.weight`` at 0: the scoring model sets it.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from counterlink.schema import Approach, Category, Evidence, Finding, text_fields

# Sentence boundaries: end punctuation followed by space, or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+|\n+")


class Detector(ABC):
    """Base class of every detector.

    Subclasses set ``name`` (registry key) and ``codes`` (every finding code the detector can
    emit, mapped to its one-line title), and implement :meth:`detect`.
    """

    name: ClassVar[str]
    codes: ClassVar[dict[str, str]]

    @abstractmethod
    def detect(self, approach: Approach) -> list[Finding]:
        """Return the findings for one approach; an empty list when nothing is found."""


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) containing ``text[start:end]``, whitespace trimmed."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def evidence(path: str, text: str, start: int, end: int, *, sentence: bool = False) -> Evidence:
    """Evidence citing ``text[start:end]`` (or its whole sentence) at ``path``."""
    if sentence:
        start, end = sentence_span(text, start, end)
    return Evidence(field=path, excerpt=text[start:end], start=start, end=end)


@dataclass(frozen=True)
class PatternRule:
    """One tactic recognised by regular expressions over selected texts.

    ``patterns`` are alternatives (case-insensitive); a match anywhere in a selected text is a
    hit, and each hit becomes one evidence item. ``exclude`` patterns veto a hit when they match
    the same sentence (e.g. a genuine "no travel required").
    ``scope`` chooses the texts: "persona_messages" (messages the persona sent), "profile"
    (persona headline/about/experience), or "all".
    """

    code: str
    category: Category
    title: str
    patterns: Sequence[str]
    guidance: Sequence[str] = ()
    attack: str | None = None
    exclude: Sequence[str] = ()
    scope: str = "persona_messages"
    sentence: bool = True
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _exclude: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.scope not in ("persona_messages", "profile", "all"):
            raise ValueError(f"unknown scope {self.scope!r} for rule {self.code}")
        joined = "|".join(f"(?:{p})" for p in self.patterns)
        object.__setattr__(self, "_regex", re.compile(joined, re.IGNORECASE))
        excl = "|".join(f"(?:{p})" for p in self.exclude)
        object.__setattr__(self, "_exclude", re.compile(excl, re.IGNORECASE) if excl else None)

    def find(self, texts: Iterable[tuple[str, str]]) -> Finding | None:
        items: list[Evidence] = []
        for path, text in texts:
            for match in self._regex.finditer(text):
                ev = evidence(path, text, match.start(), match.end(), sentence=self.sentence)
                if self._exclude is not None and self._exclude.search(ev.excerpt):
                    continue
                if not items or items[-1].field != ev.field or items[-1].start != ev.start:
                    items.append(ev)
        if not items:
            return None
        return Finding(
            code=self.code,
            category=self.category,
            title=self.title,
            evidence=items,
            guidance=list(self.guidance),
            attack=self.attack,
        )


def scoped_texts(approach: Approach, scope: str) -> list[tuple[str, str]]:
    """The (path, text) pairs a rule of the given scope reads."""
    out: list[tuple[str, str]] = []
    for path, text in text_fields(approach):
        if path.startswith("messages["):
            if scope == "profile":
                continue
            if scope == "persona_messages":
                index = int(path[len("messages[") : path.index("]")])
                if approach.messages[index].sender != "persona":
                    continue
        elif scope == "persona_messages":
            continue
        out.append((path, text))
    return out


class PatternDetector(Detector):
    """A detector made of :class:`PatternRule` s; subclasses set ``rules``."""

    rules: ClassVar[Sequence[PatternRule]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "rules" in cls.__dict__:
            cls.codes = {rule.code: rule.title for rule in cls.rules}

    def detect(self, approach: Approach) -> list[Finding]:
        cache: dict[str, list[tuple[str, str]]] = {}
        findings: list[Finding] = []
        for rule in self.rules:
            if rule.scope not in cache:
                cache[rule.scope] = scoped_texts(approach, rule.scope)
            found = rule.find(cache[rule.scope])
            if found is not None:
                findings.append(found)
        return findings
