"""The TF-IDF features: the fast word-gram path equals the fully normalised one."""

from __future__ import annotations

import random

import numpy as np

from counterlink.sensitive.features import (
    NO_CHAR_GRAMS,
    TextFeatures,
    asking_part,
    normalise,
    sentences,
    word_grams,
)
from counterlink.signals.base import sentence_span

TRICKY = [
    "Could you send me your CV?  I’d like to “share” it.\n\nThanks!",
    "İstanbul ŞEHİR? ǅemal said: ß straße. Please SEND the files\u00a0now.",
    "   leading and trailing   \t",
    "no punctuation at all just words and more words",
    "Hi!!! Really??? Yes... maybe.\u2028Next line\u2029para",
    "",
    "?",
]


def _fuzz(n: int) -> list[str]:
    rng = random.Random(7)
    alphabet = "ab AB’‘“”?.!\n\t İıß ǅ x\u00a0\u2028could send"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60))) for _ in range(n)]


def _reference_words(text: str, sizes: tuple[int, int]) -> list[str]:
    words = word_grams(normalise(text), sizes)
    words.extend("q:" + g for g in word_grams(normalise(asking_part(text)), sizes))
    return words


def test_word_grams_need_no_more_than_lower_casing() -> None:
    features = TextFeatures({}, {}, np.zeros(0), (1, 2), NO_CHAR_GRAMS)
    for text in TRICKY + _fuzz(3000):
        words, chars = features.grams(text)
        assert words == _reference_words(text, (1, 2)), repr(text)
        assert chars == []


def test_char_grams_still_take_the_normalised_path() -> None:
    features = TextFeatures({}, {}, np.zeros(0), (1, 2), (3, 4))
    words, chars = features.grams("Could  you SEND it?")
    assert words == _reference_words("Could  you SEND it?", (1, 2))
    assert " co" in chars and "send" in chars


def test_sentences_cut_exactly_where_sentence_span_does() -> None:
    def reference(text: str) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        position = 0
        while position < len(text):
            start, end = sentence_span(text, position, position)
            if end > start and (not out or out[-1] != (start, end)):
                out.append((start, end))
            position = max(end, position) + 1
        return out

    for text in TRICKY + _fuzz(3000):
        assert sentences(text) == reference(text), repr(text)
