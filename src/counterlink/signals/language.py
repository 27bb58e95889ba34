"""The language a text is written in, for rules that hold only in one language.

Phrasings in French, German, Spanish, Italian and Dutch share words with each other and with
English ("rapport", "cliente", "spese"), so a rule written for one language keeps its hits only on
text in that language (see :class:`LanguageRules`). The detector is lingua's, built once for the
languages counterlink has rules for; its models ship in the wheel, so nothing is downloaded. It
is asked only about a text some language's rule has already matched, so English-only traffic
never pays for it. It runs in lingua's low-accuracy mode (trigrams only): about 25 MB and a tenth
of a second to load, against some 190 MB and nearly two seconds for the full models, and as
reliable once a text holds a sentence of some twenty letters; shorter text is undetermined.

Short or ambiguous text ("My client pays well.", "ok") is :data:`UNDETERMINED`, and a rule of any
language may keep its hit there: a fragment is not evidence against the language of a phrase that
matched it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from counterlink.schema import Evidence, Finding
from counterlink.signals.base import PatternDetector, PatternRule

if TYPE_CHECKING:
    from lingua import LanguageDetector

# ISO 639-1 codes of the languages detected, and ISO 639-2 "und" for undetermined text.
SUPPORTED = ("en", "fr", "de", "es", "it", "nl", "zh", "ru")
UNDETERMINED = "und"

# Below this many letters lingua guesses; a guess must also lead the runner-up by a margin.
_MIN_LETTERS = 20
_MIN_CONFIDENCE = 0.5
_MIN_LEAD = 0.2
# Long texts are judged on their start: the language does not change halfway, and it is faster.
_SAMPLE = 2_000


@cache
def _detector() -> LanguageDetector:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


@lru_cache(maxsize=8192)
def language_of(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (one of :data:`SUPPORTED`), or
    :data:`UNDETERMINED` when it is too short or too mixed to say."""
    sample = text[:_SAMPLE]
    letters = sum(1 for ch in sample if ch.isalpha())
    # One CJK character carries about a word: "您好，我的客户" is plainly Chinese.
    cjk = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff")
    if letters < _MIN_LETTERS and cjk < 2:
        return UNDETERMINED
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return UNDETERMINED
    best = values[0]
    runner_up = values[1].value if len(values) > 1 else 0.0
    if best.value < _MIN_CONFIDENCE or best.value - runner_up < _MIN_LEAD:
        return UNDETERMINED
    return str(best.language.iso_code_639_1.name.lower())


def written_in(language: str, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a cited sentence) may be read as ``language``: the text, or
    else the sentence itself, is in that language or undetermined."""
    found = language_of(text)
    if found in (language, UNDETERMINED):
        return True
    # An English account quoting a French message: the sentence decides.
    return language_of(text[start:end]) in (language, UNDETERMINED)


class LanguageRules:
    """Rules grouped by the language they are written for; each group's hits are kept only on
    text in its language (:func:`written_in`).

    Each group is a :class:`PatternDetector` of its own, so the keyword index decides which of its
    rules run, exactly as for the language-neutral rules; the language is asked only of a text a
    rule matched.
    """

    def __init__(self, rules: Mapping[str, Sequence[PatternRule]]) -> None:
        for language in rules:
            if language not in SUPPORTED:
                raise ValueError(f"no language detection for {language!r}")
        self.rules = {language: tuple(group) for language, group in rules.items()}
        self._detectors = {
            language: _group_detector(language, group) for language, group in self.rules.items()
        }

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(rule.code for group in self.rules.values() for rule in group)

    def scan(self, texts: Sequence[tuple[str, str]]) -> list[Finding]:
        """The findings of every language's rules in ``texts``, each kept on its language."""
        by_path = dict(texts)
        findings: list[Finding] = []
        for language, detector in self._detectors.items():
            for finding in detector.scan(texts):
                kept = [
                    ev
                    for ev in finding.evidence
                    if written_in(language, by_path[ev.field], ev.start, ev.end)
                ]
                if kept:
                    findings.append(finding.model_copy(update={"evidence": kept}))
        return findings


def _group_detector(language: str, rules: Sequence[PatternRule]) -> PatternDetector:
    namespace: dict[str, object] = {"name": f"rules_{language}", "rules": tuple(rules)}
    cls = type(f"_Rules_{language}", (PatternDetector,), namespace)
    detector: PatternDetector = cls()
    return detector


def merge_findings(
    groups: Iterable[Sequence[Finding]], texts: Sequence[tuple[str, str]], order: Sequence[str]
) -> list[Finding]:
    """Findings of several scans as one finding per code, in ``order``: evidence in text order
    (the order of ``texts``, then offset), each cited sentence once."""
    position = {path: i for i, (path, _) in enumerate(texts)}
    merged: dict[str, Finding] = {}
    for findings in groups:
        for finding in findings:
            seen = merged.get(finding.code)
            if seen is None:
                merged[finding.code] = finding.model_copy(
                    update={"evidence": list(finding.evidence)}
                )
            else:
                seen.evidence.extend(finding.evidence)
    rank = {code: i for i, code in enumerate(order)}
    out = sorted(merged.values(), key=lambda f: rank.get(f.code, len(rank)))
    for finding in out:
        finding.evidence = _dedupe(finding.evidence, position)
    return out


def _dedupe(items: list[Evidence], position: Mapping[str, int]) -> list[Evidence]:
    items = sorted(items, key=lambda e: (position.get(e.field, len(position)), e.start, e.end))
    out: list[Evidence] = []
    for item in items:
        if out and (out[-1].field, out[-1].start) == (item.field, item.start):
            continue
        out.append(item)
    return out
