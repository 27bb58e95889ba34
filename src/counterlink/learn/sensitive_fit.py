"""Fitting the sensitive-request model (:class:`counterlink.sensitive.model.SensitiveRequestModel`):
the request and type classifiers, grouped cross-validation, and the decision threshold."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from counterlink.sensitive.features import TextFeatures, round6
from counterlink.sensitive.model import TYPES, SensitiveRequestModel, sigmoid


def fit_sensitive_model(
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
    model = SensitiveRequestModel(features, coef, intercept, names)
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
    stratified. With ``nested``, each fold's model is a full :func:`fit_sensitive_model`
    (its own threshold chosen inside the fold), and the returned scores are shifted so that
    0.5 is that fold's threshold: the out-of-fold predictions are then ``proba >= 0.5``."""
    from sklearn.model_selection import StratifiedGroupKFold

    out = np.zeros(len(texts))
    splitter = StratifiedGroupKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    for train, test in splitter.split(np.zeros(len(y)), y, groups):
        train_texts = [texts[i] for i in train]
        test_texts = [texts[i] for i in test]
        if nested:
            model = fit_sensitive_model(
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
            out[test] = sigmoid(logit - shift)
        else:
            train_kinds = [kinds[i] for i in train]
            features, coef, intercept, _ = _fit_core(
                train_texts, y[train], train_kinds, c, top_k, min_df
            )
            logit = np.asarray(features.transform(test_texts) @ coef[:, 0]) + intercept[0]
            out[test] = sigmoid(logit)
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
