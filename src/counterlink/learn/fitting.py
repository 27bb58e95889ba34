"""Logistic fits shared by training and the baselines: the constrained (non-negative) fit of
the scorer, cross-validated probabilities, the choice of C, and the length-only features."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

from counterlink.schema import Approach

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)


FOLDS = 5


def length_features(approaches: Sequence[Approach]) -> np.ndarray:
    """The trivial baseline's only inputs: how many messages and how much text."""
    return np.array(
        [[len(a.messages), math.log1p(sum(len(m.text) for m in a.messages))] for a in approaches]
    )


@dataclass(frozen=True)
class LogisticFit:
    intercept: float
    coef: np.ndarray

    def predict(self, x: np.ndarray) -> np.ndarray:
        logits: np.ndarray = x @ self.coef + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))


Bounds = Sequence[tuple[float | None, float | None]]


def fit_logistic(
    x: np.ndarray, y: np.ndarray, c: float, *, nonnegative: bool, bounds: Bounds | None = None
) -> LogisticFit:
    """L2-regularised logistic regression (the same objective as scikit-learn's, C = 1/lambda).

    With ``nonnegative`` every weight is kept >= 0: a finding is a red flag, so it may raise the
    score or do nothing, but never lower it. ``bounds`` instead gives each weight its own
    (lower, upper), None for open (see :mod:`counterlink.learn.priors`). Without either,
    scikit-learn's solver is used as is.
    """
    if not nonnegative and bounds is None:
        model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
        return LogisticFit(float(model.intercept_[0]), model.coef_[0].copy())
    n_features = x.shape[1]
    sign = 2.0 * y - 1.0

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = params[:n_features], params[n_features]
        margin = sign * (x @ w + b)
        # log(1 + exp(-m)) computed stably; its derivative is -sigmoid(-m).
        value = float(np.logaddexp(0.0, -margin).sum() + 0.5 / c * w @ w)
        weight = -sign / (1.0 + np.exp(margin))
        grad = np.append(x.T @ weight + w / c, weight.sum())
        return value, grad

    limits = list(bounds) if bounds is not None else [(0.0, None)] * n_features
    if len(limits) != n_features:
        raise ValueError(f"{len(limits)} bounds for {n_features} features")
    # Start inside the bounds: 0 where allowed, else the nearer bound.
    start = [
        min(max(0.0, -math.inf if lo is None else lo), math.inf if hi is None else hi)
        for lo, hi in limits
    ]
    result = minimize(
        loss,
        np.array([*start, 0.0]),
        jac=True,
        method="L-BFGS-B",
        bounds=[*limits, (None, None)],
        options={"maxiter": 5000, "gtol": 1e-9},
    )
    return LogisticFit(float(result.x[n_features]), result.x[:n_features])


def fold_splits(
    y: np.ndarray, seed: int, folds: int = FOLDS, groups: Sequence[str] | None = None
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified folds; with ``groups``, every group (a scenario) falls in one fold only, so
    no fold is scored on a scenario it was also trained on."""
    index = np.zeros(len(y))
    if groups is None:
        return list(StratifiedKFold(folds, shuffle=True, random_state=seed).split(index, y))
    splitter = StratifiedGroupKFold(folds, shuffle=True, random_state=seed)
    return list(splitter.split(index, y, np.asarray(groups)))


def cross_validated_probabilities(
    x: np.ndarray,
    y: np.ndarray,
    c: float,
    seed: int,
    folds: int = FOLDS,
    *,
    nonnegative: bool = True,
    bounds: Bounds | None = None,
    groups: Sequence[str] | None = None,
) -> np.ndarray:
    out = np.zeros(len(y))
    for train_idx, test_idx in fold_splits(y, seed, folds, groups):
        fit = fit_logistic(x[train_idx], y[train_idx], c, nonnegative=nonnegative, bounds=bounds)
        out[test_idx] = fit.predict(x[test_idx])
    return out


def _log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose_c(
    x: np.ndarray,
    y: np.ndarray,
    seed: int,
    *,
    bounds: Bounds | None = None,
    groups: Sequence[str] | None = None,
) -> float:
    """The regularisation strength with the best cross-validated log-loss."""
    losses = {
        c: _log_loss(y, cross_validated_probabilities(x, y, c, seed, bounds=bounds, groups=groups))
        for c in C_GRID
    }
    return min(losses, key=lambda c: (losses[c], c))
