"""The two baselines ``counterlink eval`` reports beside the model.

* ``length``: logistic regression on the number of messages and log total characters (the
  features and fit of :mod:`counterlink.learn.fitting`, so the figure matches ``model.json``'s).
* ``tfidf``: TF-IDF of the persona's messages (word 1-2-grams, sublinear tf, min_df=2) and a
  logistic regression. The vectoriser is fitted inside each training fold, never on the fold it
  scores, so no vocabulary leaks from the scored approaches.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from counterlink.errors import InvalidInput
from counterlink.learn.fitting import (
    FOLDS,
    cross_validated_probabilities,
    fit_logistic,
    fold_splits,
    length_features,
)
from counterlink.learn.labelled import LabelledSet
from counterlink.schema import Approach

C = 1.0  # scikit-learn's default strength; the baselines are not tuned, on purpose


def persona_text(approach: Approach) -> str:
    return "\n".join(m.text for m in approach.messages if m.sender == "persona")


def _vectoriser() -> TfidfVectorizer:
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)


def _tfidf_scores(train_texts: list[str], y: np.ndarray, texts: list[str]) -> np.ndarray:
    vectoriser = _vectoriser()
    try:
        x_train = vectoriser.fit_transform(train_texts)
    except ValueError:
        # No word occurs twice in the training texts: nothing to learn from, say so.
        raise InvalidInput("too little persona text to fit the TF-IDF baseline") from None
    fit = fit_logistic(x_train, y, C, nonnegative=False)
    return fit.predict(vectoriser.transform(texts))


def _folds(y: np.ndarray) -> int:
    smallest = int(min(np.bincount(y, minlength=2)))
    if smallest < 2:
        raise InvalidInput(
            "cross-validated baselines need at least 2 malicious and 2 benign approaches "
            "(or give --train)"
        )
    return min(FOLDS, smallest)


def cross_validated_baselines(
    approaches: Sequence[Approach],
    y: np.ndarray,
    seed: int,
    *,
    groups: Sequence[str] | None = None,
) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """Out-of-fold baseline probabilities for every approach, and how they were obtained;
    with ``groups``, on the same grouped folds as the model's cross-validation."""
    folds = _folds(y)
    lengths = cross_validated_probabilities(
        length_features(approaches), y, C, seed, folds, nonnegative=False, groups=groups
    )
    texts = [persona_text(a) for a in approaches]
    tfidf = np.zeros(len(y))
    for train_idx, test_idx in fold_splits(y, seed, folds, groups):
        tfidf[test_idx] = _tfidf_scores(
            [texts[i] for i in train_idx], y[train_idx], [texts[i] for i in test_idx]
        )
    method = {
        "fitted_on": "the evaluation data itself",
        "how": f"{folds}-fold stratified cross-validation, seed {seed}"
        + (", grouped by scenario" if groups is not None else ""),
        "note": "the baselines learn from the evaluation data's own distribution while the "
        "model never saw it: this favours the baselines",
        "C": C,
    }
    return _rounded(lengths, tfidf), method


def fitted_baselines(
    train: LabelledSet, approaches: Sequence[Approach]
) -> tuple[dict[str, list[float]], dict[str, Any]]:
    """Baselines fitted on separate training data, then scored on the evaluation approaches."""
    y = np.array(train.labels)
    lengths = fit_logistic(length_features(train.approaches), y, C, nonnegative=False).predict(
        length_features(approaches)
    )
    tfidf = _tfidf_scores(
        [persona_text(a) for a in train.approaches], y, [persona_text(a) for a in approaches]
    )
    method = {
        "fitted_on": [f["name"] for f in train.files],
        "how": "fitted once on the --train files, scored on the evaluation data",
        "C": C,
    }
    return _rounded(lengths, tfidf), method


def _rounded(lengths: np.ndarray, tfidf: np.ndarray) -> dict[str, list[float]]:
    # Rounded like the model's scores, so every row of the report is on the same footing.
    return {
        "length": [round(float(p), 4) for p in lengths],
        "tfidf": [round(float(p), 4) for p in tfidf],
    }
