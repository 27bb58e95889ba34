"""The learned detector of requests for sensitive information: a plain JSON artefact.

Logistic regression over TF-IDF features (:mod:`counterlink.sensitive.features`) says whether a
message asks its reader for sensitive information; one-vs-rest logistic regressions, trained on
the asking messages only, say what it asks for. The decision threshold is chosen by grouped
cross-validation inside :meth:`SensitiveRequestModel.fit`, so it never sees the rows it is
later judged on. The shipped artefact lives in ``counterlink/models/default/sensitive.json``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from counterlink.model import read_artefact
from counterlink.sensitive.features import TextFeatures, round6

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

    @classmethod
    def fit(
        cls,
        texts: Sequence[str],
        labels: Sequence[bool | int],
        *,
        types: Sequence[Sequence[str]] | None = None,
        groups: Sequence[str] | None = None,
        seed: int = 0,
        c: float = 10.0,
        top_k: int = 6000,
        min_df: int = 2,
    ) -> SensitiveRequestModel:
        """Fit on ``texts`` and their 0/1 ``labels`` (and, optionally, the types each positive
        asks for). ``groups`` (e.g. conversation ids) keep related rows on one side of the
        cross-validation that chooses the threshold; without them every row is its own group."""
        y = np.array([int(bool(v)) for v in labels])
        if len(texts) != len(y) or not 0 < y.sum() < len(y):
            raise ValueError("need texts and labels of equal length, with both classes present")
        kinds = [list(t) for t in types] if types is not None else [[] for _ in texts]
        features, coef, intercept, names = _fit_core(texts, y, kinds, c, top_k, min_df)
        model = cls(features, coef, intercept, names)
        group_ids = list(groups) if groups is not None else [str(i) for i in range(len(texts))]
        n_splits = min(5, int(y.sum()), int(len(y) - y.sum()), len(set(group_ids)))
        if n_splits >= 2:
            proba = cross_val_proba(
                texts,
                y,
                kinds,
                group_ids,
                seed=seed,
                n_splits=n_splits,
                c=c,
                top_k=top_k,
                min_df=min_df,
                nested=False,
            )
            model.threshold = best_threshold(y, proba)
        model.training = {"c": c, "top_k": top_k, "min_df": min_df, "seed": seed}
        return model

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """Log-odds, one row per text, one column per class (request, then each type)."""
        if not texts:
            return np.zeros((0, self.coef.shape[1]))
        product = np.asarray(self.features.transform(texts) @ self.coef)
        result: np.ndarray = product + self.intercept
        return result

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """The probability that each text asks for sensitive information."""
        return _sigmoid(self.logits(texts)[:, 0])

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
        proba = _sigmoid(logits[1:])
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


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-x)))


def _logistic(c: float) -> Any:
    # Imported here: scikit-learn takes longer to import than the shipped model takes to load,
    # and only training needs it.
    from sklearn.linear_model import LogisticRegression

    # liblinear: fast on a few hundred rows and deterministic with a fixed seed; balanced
    # weights because asks are the minority.
    return LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=0)


def _fit_columns(
    features: TextFeatures, texts: Sequence[str], y: np.ndarray, kinds: list[list[str]], c: float
) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """Coefficients (features × classes) and intercepts of the request and type classifiers."""
    matrix = features.transform(texts)
    request = _logistic(c).fit(matrix, y)
    columns = [request.coef_[0]]
    intercepts = [float(request.intercept_[0])]
    # Types are learnt among the asking rows: "given that it asks, what for?".
    asking = np.flatnonzero(y == 1)
    names: list[str] = []
    for name in TYPES:
        target = np.array([int(name in kinds[i]) for i in asking])
        if target.sum() < 2 or target.sum() > len(target) - 2:
            continue  # too few rows either way to learn this type
        clf = _logistic(c).fit(matrix[asking], target)
        columns.append(clf.coef_[0])
        intercepts.append(float(clf.intercept_[0]))
        names.append(name)
    coef = np.column_stack(columns)
    return coef, np.array(intercepts), tuple(names)


def _fit_core(
    texts: Sequence[str],
    y: np.ndarray,
    kinds: list[list[str]],
    c: float,
    top_k: int,
    min_df: int,
) -> tuple[TextFeatures, np.ndarray, np.ndarray, tuple[str, ...]]:
    """Fit, keep the features that matter most, and refit on them (a smaller artefact, and
    norms computed over exactly the features the saved model reads)."""
    features = TextFeatures.fit(texts, min_df=min_df)
    coef, _, names = _fit_columns(features, texts, y, kinds, c)
    if features.size > top_k:
        keep = set(np.argsort(-np.abs(coef[:, 0]), kind="stable")[:top_k].tolist())
        for column in range(1, coef.shape[1]):
            order = np.argsort(-np.abs(coef[:, column]), kind="stable")
            keep.update(order[: top_k // 8].tolist())
        features = features.restrict(keep)
    coef, intercept, names = _fit_columns(features, texts, y, kinds, c)
    rounded = np.vectorize(round6, otypes=[np.float64])
    return features, rounded(coef), rounded(intercept), names


def cross_val_proba(
    texts: Sequence[str],
    y: np.ndarray,
    kinds: list[list[str]],
    groups: Sequence[str],
    *,
    seed: int = 0,
    n_splits: int = 5,
    c: float = 10.0,
    top_k: int = 6000,
    min_df: int = 2,
    nested: bool = True,
) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped (a conversation stays on one side) and
    stratified. With ``nested``, each fold's model is a full :meth:`SensitiveRequestModel.fit`
    (its own threshold chosen inside the fold), and the returned scores are shifted so that
    0.5 is that fold's threshold: the out-of-fold predictions are then ``proba >= 0.5``."""
    from sklearn.model_selection import StratifiedGroupKFold

    out = np.zeros(len(texts))
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    for train, test in splitter.split(np.zeros(len(y)), y, groups):
        train_texts = [texts[i] for i in train]
        test_texts = [texts[i] for i in test]
        if nested:
            model = SensitiveRequestModel.fit(
                train_texts,
                y[train],
                types=[kinds[i] for i in train],
                groups=[groups[i] for i in train],
                seed=seed,
                c=c,
                top_k=top_k,
                min_df=min_df,
            )
            logit = model.logits(test_texts)[:, 0]
            shift = np.log(model.threshold / (1 - model.threshold))
            out[test] = _sigmoid(logit - shift)
        else:
            train_kinds = [kinds[i] for i in train]
            features, coef, intercept, _ = _fit_core(
                train_texts, y[train], train_kinds, c, top_k, min_df
            )
            logit = np.asarray(features.transform(test_texts) @ coef[:, 0]) + intercept[0]
            out[test] = _sigmoid(logit)
    return out


def best_threshold(y: np.ndarray, proba: np.ndarray) -> float:
    """The threshold maximising F1 on (y, proba); among ties, the one nearest 0.5."""
    best = (-1.0, 0.0, 0.5)
    for t in np.unique(np.round(proba, 6)):
        predicted = proba >= t
        tp = float(np.sum(predicted & (y == 1)))
        f1 = 2 * tp / (predicted.sum() + y.sum()) if predicted.sum() + y.sum() else 0.0
        key = (f1, -abs(float(t) - 0.5), float(t))
        best = max(best, key)
    return round6(min(max(best[2], 0.01), 0.99))
