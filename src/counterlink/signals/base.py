"""The detector contract and the pattern machinery most detectors share.

A detector is like a scikit-learn estimator: parameters are stored as given in ``__init__``,
validated when it runs, and it is deterministic. ``detect`` is pure: it reads the approach
(never ``label`` or ``annotations``) and returns findings whose evidence offsets index into the
text named by ``Evidence.field`` (a path from :func:`counterlink.schema.text_fields`).
Detectors leave ``Finding.weight`` at 0: the scoring model sets it.
"""

from __future__ import annotations

import re
import string
from abc import ABC, abstractmethod
from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise
from typing import ClassVar, NamedTuple

from counterlink.schema import SENTENCE_END, Approach, Category, Evidence, Finding, text_fields

# The same boundaries, written so that re can skip ahead to the punctuation (see _sentence_bounds).
_SENTENCE_END_FAST = re.compile(r"[.!?。！？]\s+|\n+")

# Keyword prefilter: punctuation (ASCII and common Unicode) becomes a space before splitting a
# lower-cased text into words, so "high-impact," yields "high" and "impact".
_UNICODE_PUNCTUATION = "‘’“”«»„—–…·、，。！？：；（）「」"
_WORD_BREAKS = str.maketrans(dict.fromkeys(string.punctuation + _UNICODE_PUNCTUATION, " "))
_PLAIN_KEYWORD = re.compile(r"[a-z0-9]+")


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
    for match in SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = SENTENCE_END.search(text, end)
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


@lru_cache(maxsize=8192)
def _sentence_bounds(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of every sentence boundary in ``text`` (see :func:`sentence_span`)."""
    starts: list[int] = []
    ends: list[int] = []
    for match in _SENTENCE_END_FAST.finditer(text):
        start = match.start()
        # "[.!?]\\s+" starts at the punctuation; the boundary is the space after it.
        starts.append(start + 1 if text[start] != "\n" else start)
        ends.append(match.end())
    return tuple(starts), tuple(ends)


def _cached_sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """:func:`sentence_span` from the cached boundaries: the same result without rescanning the
    text for every hit (it falls back to the scan when a boundary straddles the hit)."""
    starts, ends = _sentence_bounds(text)
    before = bisect_left(starts, start)  # boundaries starting before the hit
    after = bisect_left(starts, end)  # the first boundary starting at or after its end
    if (before and ends[before - 1] > start) or (after and ends[after - 1] > end):
        return sentence_span(text, start, end)
    left = ends[before - 1] if before else 0
    right = starts[after] if after < len(starts) else len(text)
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


@lru_cache(maxsize=16384)
def _found(pattern: re.Pattern[str], excerpt: str) -> bool:
    # Rules sharing exclude or require patterns (compiled once, see _compile_any) check each
    # sentence once.
    return pattern.search(excerpt) is not None


class _View(NamedTuple):
    """What the pattern machinery reads of one text, computed once and shared by every rule."""

    lowered: str | None  # text.lower() when it keeps every offset, else None
    folded: str  # text.lower(), for substring keywords
    words: frozenset[str]  # lower-cased words, for whole-word keywords
    ascii: bool


@lru_cache(maxsize=8192)
def _view(text: str) -> _View:
    # Cached because every rule of every detector reads the same few texts in turn; the cache is
    # bounded and the function pure, so results never depend on what ran before.
    folded = text.lower()
    words = frozenset(folded.translate(_WORD_BREAKS).split())
    lowered = folded if len(folded) == len(text) else None
    return _View(lowered, folded, words, text.isascii())


def _top_level(pattern: str) -> tuple[list[int], list[int]] | None:
    """Where ``pattern`` has top-level ``|`` and, for each ``(`` opening at top level, where it
    closes; None when its brackets do not balance. Escapes and character classes are skipped."""
    bars: list[int] = []
    closes: list[int] = []
    depth, i, n = 0, 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1  # a "]" right after "[" or "[^" is a literal
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                closes.append(i)
            elif depth < 0:
                return None
        elif ch == "|" and depth == 0:
            bars.append(i)
        i += 1
    return (bars, closes) if depth == 0 and i == n else None


def _split_top(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; None if its brackets do not balance."""
    found = _top_level(pattern)
    if found is None:
        return None
    cuts = [-1, *found[0], len(pattern)]
    return [pattern[a + 1 : b] for a, b in pairwise(cuts)]


def _word_first(alternative: str) -> str | None:
    """``alternative`` with a leading ``\\b`` before a plain word (or before a group whose
    alternatives all begin with one) moved after the word: ``could(?<=\\bcould)``; None when it
    has no such start."""
    if alternative.startswith(r"\b(?:"):
        found = _top_level(alternative[2:])
        if found is None or not found[1]:
            return None
        inner_end = found[1][0] + 2  # the ")" closing the leading group
        inner = _split_top(alternative[5:inner_end])
        moved = [_plain_first(a) for a in inner] if inner else None
        if not moved or any(m is None for m in moved):
            return None
        return "(?:" + "|".join(m for m in moved if m) + ")" + alternative[inner_end + 1 :]
    if alternative.startswith(r"\b"):
        return _plain_first(alternative[2:])
    return None


def _plain_first(alternative: str) -> str | None:
    first = _PLAIN_KEYWORD.match(alternative)
    if first is None:
        return None
    word = first.group()
    if alternative[len(word) : len(word) + 1] in ("?", "*", "+", "{"):
        word = word[:-1]  # the quantifier belongs to the last letter
    if not word:
        return None
    return rf"{word}(?<=\b{word}){alternative[len(word) :]}"


def _faster(pattern: str) -> str:
    """The same regex with its leading word boundaries moved after the first word, so that
    Python's re can skip ahead to the possible first letters: a leading ``\\b`` makes it try
    every position, several times slower."""
    parts = _split_top(pattern)
    if parts is None:
        return pattern
    return "|".join(_word_first(part) or part for part in parts)


@lru_cache(maxsize=1024)
def _compile_any(
    patterns: tuple[str, ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """``patterns`` as one case-insensitive regex, and (when no pattern needs upper case) the
    same regex compiled case-sensitively to run on lower-cased text, several times faster."""
    joined = "|".join(f"(?:{p})" for p in patterns)
    if not joined:
        return None, None
    # An upper-case letter not escaped (\W, \S, \b are fine) means case matters somewhere.
    casefree = not any(
        ch.isupper() and (i == 0 or joined[i - 1] != "\\") for i, ch in enumerate(joined)
    )
    fast = re.compile("|".join(f"(?:{_faster(p)})" for p in patterns)) if casefree else None
    return re.compile(joined, re.IGNORECASE), fast


class _Compiled(NamedTuple):
    regex: re.Pattern[str]
    exclude: re.Pattern[str] | None
    require: re.Pattern[str] | None


@dataclass(frozen=True)
class PatternRule:
    """One tactic recognised by regular expressions over selected texts.

    ``patterns`` are alternatives (case-insensitive); a match anywhere in a selected text is a
    hit, and each hit becomes one evidence item. ``exclude`` patterns veto a hit when they match
    the same sentence (e.g. a genuine "no travel required"); ``require`` patterns, when given,
    must match it for the hit to count (e.g. a request cue around "your date of birth"). Both are
    checked against the cited excerpt, the whole sentence when ``sentence`` is true.
    ``scope`` chooses the texts: "persona_messages" (messages the persona sent), "profile"
    (persona headline/about/experience), or "all".

    ``keywords`` is an optional prefilter for speed: lower-case words of which every match of
    ``patterns`` contains at least one. A text holding none of them is skipped without running
    the regular expressions. Plain ASCII keywords ("whatsapp") must appear as whole words; a
    trailing ``*`` makes a prefix ("compensat*"), and prefixes and any other keyword ("微信",
    "non-public") are looked for as substrings, since some scripts are not split by spaces.
    Leave it empty to always run the patterns. ``also_keywords``, when given, is a second group
    of the same kind that a text must hold as well (e.g. "would" and "interested"), for patterns
    built from common words.

    Several rules of one :class:`PatternDetector` may share a ``code`` (and then its title,
    category, guidance and attack): each can carry the keywords of its own patterns, and the
    detector merges their evidence into one finding.
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
    keywords: Sequence[str] = ()
    require: Sequence[str] = ()
    also_keywords: Sequence[str] = ()
    _regex: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _exclude: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _fast: _Compiled | None = field(init=False, repr=False, compare=False)
    _require: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _words: frozenset[str] = field(init=False, repr=False, compare=False)
    _substrings: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _also: tuple[frozenset[str], tuple[str, ...]] | None = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if self.scope not in ("persona_messages", "profile", "all"):
            raise ValueError(f"unknown scope {self.scope!r} for rule {self.code}")
        regex, fast_regex = _compile_any(tuple(self.patterns))
        if regex is None:
            raise ValueError(f"rule {self.code} has no patterns")
        exclude, fast_exclude = _compile_any(tuple(self.exclude))
        require, fast_require = _compile_any(tuple(self.require))
        object.__setattr__(self, "_regex", regex)
        object.__setattr__(self, "_exclude", exclude)
        object.__setattr__(self, "_require", require)
        # The lower-cased-text versions, used only when all three are available.
        usable = fast_regex and (fast_exclude or not exclude) and (fast_require or not require)
        fast = _Compiled(fast_regex, fast_exclude, fast_require) if fast_regex and usable else None
        object.__setattr__(self, "_fast", fast)
        if self.also_keywords and not self.keywords:
            raise ValueError(f"rule {self.code} has also_keywords but no keywords")
        words, substrings = _keyword_groups(self.code, self.keywords)
        object.__setattr__(self, "_words", words)
        object.__setattr__(self, "_substrings", substrings)
        also = _keyword_groups(self.code, self.also_keywords) if self.also_keywords else None
        object.__setattr__(self, "_also", also)

    def may_match(self, text: str) -> bool:
        """False only when the keyword prefilter proves the patterns cannot match ``text``."""
        if not self.keywords:
            return True
        view = _view(text)
        return _holds(view, self._words, self._substrings) and self._holds_also(view)

    def _holds_also(self, view: _View) -> bool:
        return self._also is None or _holds(view, *self._also)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The cited spans of every hit in ``text`` (keyword prefilter not applied)."""
        return self._spans(text, _view(text))

    def _spans(self, text: str, view: _View) -> list[tuple[int, int]]:
        if self._fast is not None and view.lowered is not None:
            subject, (regex, exclude, require) = view.lowered, self._fast
        else:
            subject, regex, exclude, require = text, self._regex, self._exclude, self._require
        out: list[tuple[int, int]] = []
        for match in regex.finditer(subject):
            start, end = match.span()
            if self.sentence:
                start, end = _cached_sentence_span(text, start, end)
            if exclude is not None and _found(exclude, subject[start:end]):
                continue
            if require is not None and not _found(require, subject[start:end]):
                continue
            if not out or out[-1][0] != start:
                out.append((start, end))
        return out

    def find(self, texts: Iterable[tuple[str, str]]) -> Finding | None:
        items = [
            Evidence(field=path, excerpt=text[start:end], start=start, end=end)
            for path, text in texts
            if self.may_match(text)
            for start, end in self._spans(text, _view(text))
        ]
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


# (keywords, pattern), or (keywords, also_keywords, pattern): every match of the pattern holds
# one of the keywords (and one of also_keywords); see PatternRule.
Part = tuple[str, str] | tuple[str, str, str]


def rules_from_parts(
    code: str,
    title: str,
    guidance: tuple[str, ...],
    parts: tuple[Part, ...],
    *,
    attack: str | None = None,
    exclude: tuple[str, ...] = (),
    require: tuple[str, ...] = (),
) -> tuple[PatternRule, ...]:
    """One message rule per phrasing, all under one code, each citing its whole sentence."""
    return tuple(
        PatternRule(
            code=code,
            category="message",
            title=title,
            patterns=(part[-1],),
            guidance=guidance,
            attack=attack,
            exclude=exclude,
            require=require,
            keywords=tuple(part[0].split()),
            also_keywords=tuple(part[1].split()) if len(part) == 3 else (),
            sentence=True,
        )
        for part in parts
    )


def _keyword_groups(code: str, keywords: Sequence[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """Keywords split into whole words and substrings (see :class:`PatternRule`)."""
    words: set[str] = set()
    substrings: list[str] = []
    for keyword in keywords:
        stem = keyword.removesuffix("*")
        if not stem or stem != stem.lower() or stem != stem.strip():
            raise ValueError(f"keyword {keyword!r} of rule {code} must be lower-case")
        if stem == keyword and _PLAIN_KEYWORD.fullmatch(keyword):
            words.add(keyword)
        elif stem not in substrings:
            substrings.append(stem)
    return frozenset(words), tuple(substrings)


def _holds(view: _View, words: frozenset[str], substrings: tuple[str, ...]) -> bool:
    if not words.isdisjoint(view.words):
        return True
    return any(keyword in view.folded for keyword in substrings)


def scoped_texts(approach: Approach, scope: str) -> list[tuple[str, str]]:
    """The (path, text) pairs a rule of the given scope reads."""
    if scope == "persona_messages":
        # The messages part of text_fields, without walking the profile.
        return [
            (f"messages[{i}].text", message.text)
            for i, message in enumerate(approach.messages)
            if message.sender == "persona" and message.text
        ]
    return [
        (path, text)
        for path, text in text_fields(approach)
        if scope == "all" or not path.startswith("messages[")
    ]


@dataclass(frozen=True, eq=False)
class _KeywordIndex:
    """Every rule of a detector behind one keyword lookup: a text's words are looked up once,
    giving the set (a bit mask) of rules worth running on it."""

    rules: tuple[PatternRule, ...]
    keywords: frozenset[str]
    masks: dict[str, int]
    ascii_substrings: tuple[tuple[str, int], ...]
    other_substrings: tuple[tuple[str, int], ...]
    always: int
    first_rule: dict[str, PatternRule]  # each code's first rule: its title, guidance...

    @classmethod
    def build(cls, rules: Sequence[PatternRule]) -> _KeywordIndex:
        masks: dict[str, int] = {}
        substrings: dict[str, int] = {}
        always = 0
        codes = dict.fromkeys(rule.code for rule in rules)
        for position, rule in enumerate(rules):
            bit = 1 << position
            if not rule.keywords:
                always |= bit
            for word in rule._words:
                masks[word] = masks.get(word, 0) | bit
            for stem in rule._substrings:
                substrings[stem] = substrings.get(stem, 0) | bit
        return cls(
            rules=tuple(rules),
            keywords=frozenset(masks),
            masks=masks,
            ascii_substrings=tuple((s, m) for s, m in substrings.items() if s.isascii()),
            other_substrings=tuple((s, m) for s, m in substrings.items() if not s.isascii()),
            always=always,
            first_rule={code: next(r for r in rules if r.code == code) for code in codes},
        )


@lru_cache(maxsize=8192)
def _index_hits(index: _KeywordIndex, text: str, allowed: int) -> tuple[tuple[int, int, int], ...]:
    """(rule position, start, end) of every hit in ``text`` of the index's rules in the bit mask
    ``allowed``. Cached so that a detector reusing another's rules (escalation reads the request
    rules) pays nothing more."""
    view = _view(text)
    mask = index.always
    for word in view.words & index.keywords:
        mask |= index.masks[word]
    for stem, bits in index.ascii_substrings:
        if stem in view.folded:
            mask |= bits
    if not view.ascii:
        for stem, bits in index.other_substrings:
            if stem in view.folded:
                mask |= bits
    mask &= allowed
    hits: list[tuple[int, int, int]] = []
    rules = index.rules
    while mask:
        lowest = mask & -mask
        mask ^= lowest
        position = lowest.bit_length() - 1
        rule = rules[position]
        if rule._also is not None and not _holds(view, *rule._also):
            continue
        for start, end in rule._spans(text, view):
            hits.append((position, start, end))
    return tuple(hits)


@cache
def _index_of(detector: type[PatternDetector]) -> _KeywordIndex:
    # Built on first use, not at import.
    return _KeywordIndex.build(detector.rules)


@lru_cache(maxsize=1024)
def _rule_mask(detector: type[PatternDetector], by: str, value: str | frozenset[str] | None) -> int:
    """The bit mask of a detector's rules in one scope (``by="scope"``) or with one of some
    codes (``by="codes"``, None for all)."""
    mask = 0
    for position, rule in enumerate(_index_of(detector).rules):
        if by == "scope":
            chosen = rule.scope == value
        else:
            chosen = value is None or (isinstance(value, frozenset) and rule.code in value)
        if chosen:
            mask |= 1 << position
    return mask


class PatternDetector(Detector):
    """A detector made of :class:`PatternRule` s; subclasses set ``rules``."""

    rules: ClassVar[Sequence[PatternRule]]

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "rules" in cls.__dict__:
            cls.codes = {}
            first: dict[str, PatternRule] = {}
            for rule in cls.rules:
                seen = first.setdefault(rule.code, rule)
                if (seen.title, seen.category, seen.scope) != (
                    rule.title,
                    rule.category,
                    rule.scope,
                ):
                    raise ValueError(f"rules sharing code {rule.code} must share title and scope")
                cls.codes[rule.code] = rule.title

    def detect(self, approach: Approach) -> list[Finding]:
        scopes = dict.fromkeys(rule.scope for rule in self.rules)
        findings: list[Finding] = []
        for scope in scopes:
            texts = scoped_texts(approach, scope)
            findings.extend(self._collect(texts, _rule_mask(type(self), "scope", scope)))
        if len(scopes) == 1:
            return findings
        order = list(self.codes)
        return sorted(findings, key=lambda f: order.index(f.code))

    def scan(
        self, texts: Iterable[tuple[str, str]], *, codes: Collection[str] | None = None
    ) -> list[Finding]:
        """The findings of this detector's rules (all scopes, or only ``codes``) in ``texts``."""
        selected = None if codes is None else frozenset(codes)
        return self._collect(texts, _rule_mask(type(self), "codes", selected))

    def _collect(self, texts: Iterable[tuple[str, str]], allowed: int) -> list[Finding]:
        index = _index_of(type(self))
        cited: dict[str, list[tuple[int, int, int, str, str]]] = {}
        for order, (path, text) in enumerate(texts):
            for position, start, end in _index_hits(index, text, allowed):
                code = index.rules[position].code
                cited.setdefault(code, []).append((order, start, end, path, text))
        findings: list[Finding] = []
        for code in self.codes:
            if code not in cited:
                continue
            items: list[Evidence] = []
            last: tuple[int, int] | None = None
            # Rules sharing a code may cite the same sentence: keep it once, in text order.
            for order, start, end, path, text in sorted(cited[code], key=lambda c: c[:3]):
                if (order, start) != last:
                    items.append(
                        Evidence(field=path, excerpt=text[start:end], start=start, end=end)
                    )
                    last = (order, start)
            rule = index.first_rule[code]
            findings.append(
                Finding(
                    code=code,
                    category=rule.category,
                    title=rule.title,
                    evidence=items,
                    guidance=list(rule.guidance),
                    attack=rule.attack,
                )
            )
        return findings
