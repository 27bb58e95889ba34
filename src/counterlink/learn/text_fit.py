"""Fitting the conversation text model (:class:`counterlink.textmodel.ConversationTextModel`):
TF-IDF features, a logistic regression, and out-of-fold probabilities for stacking."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from counterlink.sensitive.features import TextFeatures, round6
from counterlink.textmodel import TEXT_C, TOP_FEATURES, ConversationTextModel


def fit_text_model(
    texts: Sequence[str],
    labels: Sequence[int] | np.ndarray,
    *,
    c: float = TEXT_C,
    min_df: int = 2,
) -> ConversationTextModel:
    """Fit on texts and 0/1 labels; the features that matter most are kept and the model
    refitted on them, so the artefact stays small and reads exactly what it was fitted on."""
    y = np.asarray(labels, dtype=int)
    if len(texts) != len(y) or not 0 < y.sum() < len(y):
        raise ValueError("need texts and labels of equal length, with both classes present")
    features = TextFeatures.fit(texts, min_df=min_df)
    if features.size == 0:  # too little text to learn from: the base rate alone
        rate = float(y.mean())
        return ConversationTextModel(
            features, np.zeros(0), round6(np.log(rate / (1 - rate))), {"C": c}
        )
    coef, intercept = _fit(features, texts, y, c)
    if features.size > TOP_FEATURES:
        keep = np.argsort(-np.abs(coef), kind="stable")[:TOP_FEATURES].tolist()
        features = features.restrict(keep)
        coef, intercept = _fit(features, texts, y, c)
    rounded = np.vectorize(round6, otypes=[np.float64])
    return ConversationTextModel(
        features, rounded(coef), round6(intercept), {"C": c, "min_df": min_df}
    )


def _fit(
    features: TextFeatures, texts: Sequence[str], y: np.ndarray, c: float
) -> tuple[np.ndarray, float]:
    clf = LogisticRegression(C=c, solver="liblinear", random_state=0)
    clf.fit(features.transform(texts), y)
    return clf.coef_[0].copy(), float(clf.intercept_[0])


def out_of_fold_proba(
    texts: Sequence[str], labels: Sequence[int] | np.ndarray, *, seed: int, folds: int = 5
) -> np.ndarray:
    """Each text's probability from a text model fitted without it (stratified folds)."""
    y = np.asarray(labels, dtype=int)
    out = np.zeros(len(y))
    folds = min(folds, int(y.sum()), int(len(y) - y.sum()))
    if folds < 2:  # too few of a class to hold any out: no opinion
        return np.full(len(y), 0.0)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(np.zeros(len(y)), y):
        model = fit_text_model([texts[i] for i in train_idx], y[train_idx])
        out[test_idx] = model.predict_proba([texts[i] for i in test_idx])
    return out
