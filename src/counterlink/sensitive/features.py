"""Text → sparse TF-IDF features, written out so that a fitted vectoriser is plain JSON.

Two blocks, each L2-normalised on its own (as a scikit-learn ``FeatureUnion`` of two
``TfidfVectorizer`` s would be): word 1–2-grams, with ``?`` kept as a word because asking is
what we look for, and (optional, off in the shipped model, see ``NO_CHAR_GRAMS``) character
n-grams over the lower-cased text. The word block also holds the word grams of the message's
*asking* sentences (questions, or sentences with a request cue such as "could" or "send"),
prefixed ``q:``: a long message mentions many things, and what matters is what it asks for.
Term frequency is sublinear (``1 + log tf``) and idf is scikit-learn's smoothed
``ln((1 + n) / (1 + df)) + 1``.

The transform is implemented here rather than borrowed from scikit-learn so that training and
inference run the very same code, the artefact needs no pickle, and one short text costs a few
dictionary look-ups instead of a vectoriser call (the detector scores thousands a second).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Any, cast

import numpy as np
from scipy import sparse

from counterlink.schema import SENTENCE_END

FEATURES_FORMAT = "counterlink.sensitive-features/1"

# Sublinear term frequencies 1 + ln(tf) of the small counts nearly every gram has, computed once.
_TF_CACHED = 64
_TF = [0.0] + [1.0 + math.log(c) for c in range(1, _TF_CACHED)]

# An empty range: no character grams. Character 3-5-grams were the first choice, but grouped
# cross-validation (3 seeds) gave the same message-level F1 without them (SEConvo 0.769 mean
# vs 0.770) at a third of the cost per message, so the shipped model uses word grams only;
# ``char_sizes=(3, 5)`` brings them back.
NO_CHAR_GRAMS = (1, 0)

# Words (letters, digits, underscore in any script) and the question mark.
_WORD = re.compile(r"\w+|\?")
_SPACES = re.compile(r"\s+")
# Typographic apostrophes and quotes folded so "I’d" and "I'd" share features.
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def normalise(text: str) -> str:
    """Lower-cased, quotes folded, whitespace collapsed: what every n-gram is taken from."""
    return _SPACES.sub(" ", text.translate(_FOLD).lower()).strip()


# Words that make a sentence an ask even without a question mark.
_CUE = re.compile(
    r"\b(?:could|can|would|will|please|kindly|provide|share|send|need|give|tell|let me know"
    r"|let us know|wondering|mind|submit|upload|enter|fill)\b",
    re.IGNORECASE,
)


def sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every sentence of ``text``, exactly as :func:`sentence_span` cuts
    them (the same boundaries, whitespace trimmed), in one pass over the text."""
    out: list[tuple[int, int]] = []
    left = 0
    ends = [(m.start(), m.end()) for m in SENTENCE_END.finditer(text)]
    for start, end in [*ends, (len(text), len(text))]:
        a, b = left, start
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a and (not out or out[-1] != (a, b)):
            out.append((a, b))
        left = end
    return out


def asking_part(text: str) -> str:
    """The sentences of ``text`` that ask: questions and sentences holding a request cue."""
    if "?" not in text and _CUE.search(text) is None:
        return ""  # no sentence of it can ask (most texts, the hot path)
    # Split where sentences() cuts; parts keep inner whitespace, which no word gram sees.
    parts = SENTENCE_END.split(text)
    return " ".join(
        p.strip() for p in parts if p.strip() and (p.rstrip().endswith("?") or _CUE.search(p))
    )


def word_grams(norm: str, sizes: tuple[int, int]) -> list[str]:
    words = _WORD.findall(norm)
    low, high = sizes
    out: list[str] = []
    for n in range(low, high + 1):
        if n == 1:
            out.extend(words)
        elif n == 2:  # the common case, without slicing
            out.extend([f"{a} {b}" for a, b in pairwise(words)])
        else:
            out.extend([" ".join(words[i : i + n]) for i in range(len(words) - n + 1)])
    return out


def char_grams(norm: str, sizes: tuple[int, int]) -> list[str]:
    padded = f" {norm} "
    low, high = sizes
    out: list[str] = []
    for n in range(low, high + 1):
        out.extend([padded[i : i + n] for i in range(len(padded) - n + 1)])
    return out


@dataclass(frozen=True)
class TextFeatures:
    """A fitted vectoriser: vocabulary (word grams first, then char grams) and idf."""

    words: dict[str, int]
    chars: dict[str, int]
    idf: np.ndarray  # float64, one per feature: words then chars
    word_sizes: tuple[int, int] = (1, 2)
    char_sizes: tuple[int, int] = NO_CHAR_GRAMS

    @property
    def size(self) -> int:
        return len(self.words) + len(self.chars)

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        *,
        min_df: int = 2,
        word_sizes: tuple[int, int] = (1, 2),
        char_sizes: tuple[int, int] = NO_CHAR_GRAMS,
    ) -> TextFeatures:
        """Vocabulary of the grams found in at least ``min_df`` texts, sorted for determinism."""
        word_df: Counter[str] = Counter()
        char_df: Counter[str] = Counter()
        blank = cls({}, {}, np.zeros(0), word_sizes, char_sizes)
        for text in texts:
            words, chars = blank.grams(text)
            word_df.update(set(words))
            char_df.update(set(chars))
        n = len(texts)
        kept_words = sorted(g for g, df in word_df.items() if df >= min_df)
        kept_chars = sorted(g for g, df in char_df.items() if df >= min_df)
        dfs = [word_df[g] for g in kept_words] + [char_df[g] for g in kept_chars]
        idf = np.array([round6(math.log((1 + n) / (1 + df)) + 1.0) for df in dfs])
        return cls(
            words={g: i for i, g in enumerate(kept_words)},
            chars={g: i + len(kept_words) for i, g in enumerate(kept_chars)},
            idf=idf,
            word_sizes=word_sizes,
            char_sizes=char_sizes,
        )

    def restrict(self, keep: Iterable[int]) -> TextFeatures:
        """The same vectoriser over only the features ``keep`` (re-indexed, order preserved).

        Norms are taken over the kept features, so a classifier must be refitted after this."""
        chosen = sorted(set(keep))
        remap = {old: new for new, old in enumerate(chosen)}
        words = {g: remap[i] for g, i in self.words.items() if i in remap}
        chars = {g: remap[i] for g, i in self.chars.items() if i in remap}
        return TextFeatures(
            words=words,
            chars=chars,
            idf=self.idf[chosen].copy(),
            word_sizes=self.word_sizes,
            char_sizes=self.char_sizes,
        )

    @cached_property
    def _idf_list(self) -> list[float]:
        # Indexing a Python list is several times cheaper than a NumPy array in the hot loop.
        return [float(v) for v in self.idf]

    def grams(self, text: str) -> tuple[list[str], list[str]]:
        """The word grams (with the ``q:`` grams of the asking sentences) and char grams."""
        if self.char_sizes[0] > self.char_sizes[1]:
            # Word grams alone: words are runs of \w or "?", which neither quote folding nor
            # whitespace collapsing can change, so lower-casing is all normalise() would add
            # (the detectors' hot path; a test checks the two agree).
            words = word_grams(text.lower(), self.word_sizes)
            asked = asking_part(text).lower()
            words.extend(["q:" + g for g in word_grams(asked, self.word_sizes)])
            return words, []
        norm = normalise(text)
        words = word_grams(norm, self.word_sizes)
        asked = normalise(asking_part(text))
        words.extend("q:" + g for g in word_grams(asked, self.word_sizes))
        return words, char_grams(norm, self.char_sizes)

    def weights(self, text: str) -> tuple[list[int], list[float]]:
        """The non-zero features of one text: indices and TF-IDF values."""
        indices: list[int] = []
        values: list[float] = []
        idf = self._idf_list
        words, chars = self.grams(text)
        for vocab, grams in ((self.words, words), (self.chars, chars)):
            # Look every gram up and count the indices at C speed (map and Counter), so no
            # Python-level step is taken per gram (this is the detectors' hot path); grams
            # outside the vocabulary count under None, dropped.
            found = Counter(map(vocab.get, grams))
            found.pop(None, None)
            counts = cast("Counter[int]", found)
            if not counts:
                continue
            block = [_TF[c] * idf[i] if c < _TF_CACHED else (1.0 + math.log(c)) * idf[i]
                     for i, c in counts.items()]  # fmt: skip
            norm2 = math.sqrt(sum(v * v for v in block))
            indices.extend(counts)
            values.extend(v / norm2 for v in block)
        return indices, values

    def transform(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """The feature matrix of ``texts`` (rows in order), as used for training."""
        indptr = [0]
        indices: list[int] = []
        data: list[float] = []
        for text in texts:
            idx, val = self.weights(text)
            indices.extend(idx)
            data.extend(val)
            indptr.append(len(indices))
        return sparse.csr_matrix(
            (np.array(data, dtype=np.float64), np.array(indices, dtype=np.int64), indptr),
            shape=(len(texts), self.size),
        )

    def to_json(self) -> dict[str, Any]:
        idf = self.idf.tolist()
        return {
            "format": FEATURES_FORMAT,
            "word_ngrams": list(self.word_sizes),
            "char_ngrams": list(self.char_sizes),
            "sublinear_tf": True,
            "norm": "l2 per block",
            # Each list in feature order: the index of a gram is its position.
            "words": [[g, idf[i]] for g, i in sorted(self.words.items(), key=lambda x: x[1])],
            "chars": [[g, idf[i]] for g, i in sorted(self.chars.items(), key=lambda x: x[1])],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TextFeatures:
        if data.get("format") != FEATURES_FORMAT:
            raise ValueError(f"not a {FEATURES_FORMAT} object")
        words = [(str(g), float(v)) for g, v in data["words"]]
        chars = [(str(g), float(v)) for g, v in data["chars"]]
        word_sizes = tuple(int(x) for x in data["word_ngrams"])
        char_sizes = tuple(int(x) for x in data["char_ngrams"])
        if len(word_sizes) != 2 or len(char_sizes) != 2:
            raise ValueError("n-gram sizes must be [low, high]")
        return cls(
            words={g: i for i, (g, _) in enumerate(words)},
            chars={g: i + len(words) for i, (g, _) in enumerate(chars)},
            idf=np.array([v for _, v in words] + [v for _, v in chars], dtype=np.float64),
            word_sizes=(word_sizes[0], word_sizes[1]),
            char_sizes=(char_sizes[0], char_sizes[1]),
        )


def round6(value: float) -> float:
    """Six significant digits: the JSON stays small and what is saved is exactly what runs."""
    return float(f"{value:.6g}")
