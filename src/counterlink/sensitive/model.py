"""The learned detector of requests for sensitive information: a plain JSON artefact.

Logistic regression over TF-IDF features (:mod:`counterlink.sensitive.features`) says whether a
message asks its reader for sensitive information; one-vs-rest logistic regressions, trained on
the asking messages only, say what it asks for. The decision threshold is chosen by grouped
cross-validation when it is fitted (:mod:`counterlink.learn.sensitive_fit`), so it never sees
the rows it is later judged on. The shipped artefact lives in
``counterlink/models/default/sensitive.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from counterlink.model import read_artefact
from counterlink.sensitive.features import TextFeatures

SENSITIVE_FORMAT = "counterlink.sensitive-model/1"
MODEL_FILE = "sensitive.json"

# What a request can be for, in the order titles list them.
TYPES: dict[str, str] = {
    "personal": "personal identifiers",
    "contact": "contact details or location",
    "credentials": "credentials",
    "financial": "financial details",
    "research": "research or technical data",
    "internal": "internal corporate or government information",
    "colleagues": "colleagues or org chart",
    "clearance": "security clearance",
}


@dataclass
class SensitiveRequestModel:
    """A fitted (or loaded) model. ``coef`` has one row per feature and one column per class:
    column 0 is "asks for sensitive information", the others the types in ``types``."""

    features: TextFeatures
    coef: np.ndarray
    intercept: np.ndarray
    types: tuple[str, ...]
    threshold: float = 0.5
    type_threshold: float = 0.5
    training: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    name: str = "sensitive-request-tfidf-lr"
    version: str = "1"

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Log-odds, one row per text, one column per class (request, then each type)."""
        if not texts:
            return np.zeros((0, self.coef.shape[1]))
        product = np.asarray(self.features.transform(texts) @ self.coef)
        result: np.ndarray = product + self.intercept
        return result

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """The probability that each text asks for sensitive information."""
        return sigmoid(self.logits(texts)[:, 0])

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.predict_proba(texts) >= self.threshold

    def predict_types(self, texts: Sequence[str]) -> list[list[str]]:
        """What each text asks for, supposing it asks: the types at or above
        ``type_threshold``, or the likeliest one when none is."""
        return [self.types_of(row) for row in self.logits(texts)]

    def types_of(self, logits: np.ndarray) -> list[str]:
        """The types read from one row of :meth:`logits`."""
        if not self.types:
            return []
        proba = sigmoid(logits[1:])
        chosen = [t for t, p in zip(self.types, proba, strict=True) if p >= self.type_threshold]
        return chosen or [self.types[int(np.argmax(proba))]]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": SENSITIVE_FORMAT,
            "name": self.name,
            "version": self.version,
            "kind": "tfidf-logistic-regression",
            "threshold": self.threshold,
            "type_threshold": self.type_threshold,
            "classes": ["request", *self.types],
            "intercept": self.intercept.tolist(),
            "training": self.training,
            "metrics": self.metrics,
            "features": self.features.to_json(),
            # One row per feature, in feature order; one value per class.
            "coef": self.coef.tolist(),
        }

    @classmethod
    def from_json(cls, data: Any) -> SensitiveRequestModel:
        if not isinstance(data, dict) or data.get("format") != SENSITIVE_FORMAT:
            raise ValueError(f"not a {SENSITIVE_FORMAT} object")
        classes = [str(c) for c in data["classes"]]
        if not classes or classes[0] != "request" or any(c not in TYPES for c in classes[1:]):
            raise ValueError(f"unexpected classes {classes}")
        features = TextFeatures.from_json(data["features"])
        coef = np.array(data["coef"], dtype=np.float64).reshape(-1, len(classes))
        intercept = np.array(data["intercept"], dtype=np.float64)
        if coef.shape[0] != features.size or intercept.shape != (len(classes),):
            raise ValueError("coef and intercept do not match the features and classes")
        return cls(
            features=features,
            coef=coef,
            intercept=intercept,
            types=tuple(classes[1:]),
            threshold=float(data["threshold"]),
            type_threshold=float(data["type_threshold"]),
            training=dict(data.get("training") or {}),
            metrics=dict(data.get("metrics") or {}),
            name=str(data["name"]),
            version=str(data["version"]),
        )

    def dumps(self) -> str:
        """The artefact text: one top-level key a line, so diffs of a retrained model stay
        readable without the megabytes of indentation a fully indented file would carry."""
        parts = [
            f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}"
            for key, value in self.to_json().items()
        ]
        return "{\n" + ",\n".join(parts) + "\n}\n"

    def save(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / MODEL_FILE
        target.write_text(self.dumps(), "utf-8")
        return target

    @classmethod
    def load(cls, folder: Path | None = None) -> SensitiveRequestModel:
        """Load the model in ``folder`` (a folder holding sensitive.json, or the file itself), or
        the shipped one."""
        path = None if folder is None else folder / MODEL_FILE if folder.is_dir() else folder
        return read_artefact(path, MODEL_FILE, cls.from_json, "sensitive-request model")


def sigmoid(x: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-x)))
