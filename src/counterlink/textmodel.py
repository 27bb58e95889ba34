"""The conversation text model: does the persona's wording resemble the malicious approaches of
the training data? A plain JSON artefact (``text.json`` in a model folder), never unpickled.

TF-IDF word 1–2-grams (:class:`counterlink.sensitive.features.TextFeatures`, the same
vectoriser as the sensitive-request model) over everything the persona wrote, and a logistic
regression. It is one input of the scorer, not a verdict of its own: the detector
:mod:`counterlink.signals.text_model` turns "probability >= 0.5" into a finding whose weight
the scorer learns beside the rule findings, from out-of-fold predictions so that the text model
never vouches for a conversation it was fitted on (:func:`counterlink.learn.train.train`).
Fitting lives in :mod:`counterlink.learn.text_fit`; this module never imports scikit-learn.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from counterlink.model import read_artefact
from counterlink.schema import Approach
from counterlink.sensitive.features import TextFeatures

TEXT_FORMAT = "counterlink.text-model/1"
TEXT_FILE = "text.json"
# Regularisation of the text model: C=10 was the best of (1, 3, 10, 30) by cross-validated
# log-loss on the training files; fixed so that retraining is quick and reproducible.
TEXT_C = 10.0
TOP_FEATURES = 4000
# English function words: never offered alone as the reason for a score.
_FUNCTION_WORDS = (
    "a about after again all also am an and any are as at be been before being but by can "
    "could did do does for from had has have he her here him his how i if in into is it its "
    "just me more my no not of on or our out over per she so some such than that the their "
    "them then there these they this those to too up us very was we were what when where "
    "which who why will with would you your yours dear hi hello"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


def strength(probability: np.ndarray) -> np.ndarray:
    """The text finding's strength: the text model's log-odds where it leans malicious
    (probability >= 0.5), else 0. The scorer multiplies it by one learned coefficient, so a
    conversation the text model is sure of weighs more than one it barely leans on."""
    p = np.clip(np.asarray(probability, dtype=float), 1e-4, 1 - 1e-4)
    return np.asarray(np.maximum(0.0, np.log(p / (1 - p))))


def persona_text(approach: Approach) -> str:
    """Everything the persona wrote, one message a line (the profile is left to the rules)."""
    return "\n".join(m.text for m in approach.messages if m.sender == "persona" and m.text)


@dataclass
class ConversationTextModel:
    """Logistic regression over the TF-IDF features of a conversation's persona text."""

    features: TextFeatures
    coef: np.ndarray  # one weight per feature
    intercept: float
    training: dict[str, Any] = field(default_factory=dict)
    name: str = "conversation-tfidf-lr"

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        return np.asarray(self.features.transform(texts) @ self.coef) + self.intercept

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return np.asarray(1.0 / (1.0 + np.exp(-self.logits(texts))))

    @cached_property
    def _coef_list(self) -> list[float]:
        # Python floats: indexing a list in the loop below is several times cheaper than
        # indexing the array, and the arithmetic is the same IEEE doubles.
        return [float(c) for c in self.coef]

    @cached_property
    def _names(self) -> dict[int, str]:
        return {i: g for g, i in self.features.words.items()}

    def explain(self, text: str, k: int = 3) -> tuple[float, list[str]]:
        """The probability of ``text`` and the ``k`` word grams that push it up the most,
        from one pass of the vectoriser (the detector's hot path)."""
        indices, values = self.features.weights(text)
        coef = self._coef_list
        logit = self.intercept + sum(v * coef[i] for i, v in zip(indices, values, strict=True))
        names = self._names
        pushes = sorted(
            (
                (v * coef[i], names[i])
                for i, v in zip(indices, values, strict=True)
                if coef[i] > 0 and i in names
            ),
            reverse=True,
        )
        terms: list[str] = []
        for _, gram in pushes:
            term = gram.removeprefix("q:")
            # Numbers, word fragments ("1", "ed") and function words ("they", "per") weigh in
            # the score but explain nothing to a reader.
            words = term.split()
            readable = (
                len(term) > 2
                and not term.replace(" ", "").isdigit()
                and not all(w in FUNCTION_WORDS or len(w) < 2 for w in words)
            )
            if readable and term not in terms:
                terms.append(term)
            if len(terms) == k:
                break
        return 1.0 / (1.0 + math.exp(-logit)), terms

    def top_terms(self, text: str, k: int = 3) -> list[str]:
        """The ``k`` word grams of ``text`` that push its score up the most (an explanation)."""
        return self.explain(text, k)[1]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": TEXT_FORMAT,
            "name": self.name,
            "kind": "tfidf-logistic-regression",
            "intercept": self.intercept,
            "training": self.training,
            "features": self.features.to_json(),
            "coef": self.coef.tolist(),  # one per feature, in feature order
        }

    def save(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / TEXT_FILE
        # One top-level key a line: diffs of a retrained model stay readable.
        parts = [
            f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}"
            for key, value in self.to_json().items()
        ]
        target.write_text("{\n" + ",\n".join(parts) + "\n}\n", "utf-8")
        return target

    @classmethod
    def from_json(cls, data: Any) -> ConversationTextModel:
        if not isinstance(data, dict) or data.get("format") != TEXT_FORMAT:
            raise ValueError(f"not a {TEXT_FORMAT} object")
        features = TextFeatures.from_json(data["features"])
        coef = np.array(data["coef"], dtype=np.float64)
        if coef.shape != (features.size,):
            raise ValueError("coef does not match the features")
        return cls(
            features=features,
            coef=coef,
            intercept=float(data["intercept"]),
            training=dict(data.get("training") or {}),
            name=str(data["name"]),
        )

    @classmethod
    def load(cls, folder: Path | None = None) -> ConversationTextModel | None:
        """The text model of a model folder, or the shipped one; None when the folder has none
        (a model trained without text keeps working on its rule findings alone)."""
        if folder is not None and not (folder / TEXT_FILE).exists():
            return None
        path = None if folder is None else folder / TEXT_FILE
        return read_artefact(path, TEXT_FILE, cls.from_json, "text model")
