"""Logistic fits shared by training and the baselines: the constrained (non-negative) fit of
the scorer, cross-validated probabilities, the choice of C, and the length-only features."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

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


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float, *, nonnegative: bool) -> LogisticFit:
    """L2-regularised logistic regression (the same objective as scikit-learn's, C = 1/lambda).

    With ``nonnegative`` every weight is kept >= 0: a finding is a red flag, so it may raise the
    score or do nothing, but never lower it. Without it, scikit-learn's solver is used as is.
    """
    if not nonnegative:
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

    bounds = [(0.0, None)] * n_features + [(None, None)]
    result = minimize(
        loss,
        np.zeros(n_features + 1),
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        options={"maxiter": 5000, "gtol": 1e-9},
    )
    return LogisticFit(float(result.x[n_features]), result.x[:n_features])


def cross_validated_probabilities(
    x: np.ndarray,
    y: np.ndarray,
    c: float,
    seed: int,
    folds: int = FOLDS,
    *,
    nonnegative: bool = True,
) -> np.ndarray:
    out = np.zeros(len(y))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(x, y):
        fit = fit_logistic(x[train_idx], y[train_idx], c, nonnegative=nonnegative)
        out[test_idx] = fit.predict(x[test_idx])
    return out


def _log_loss(y: np.ndarray, p: np.ndarray) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def choose_c(x: np.ndarray, y: np.ndarray, seed: int) -> float:
    """The regularisation strength with the best cross-validated log-loss."""
    losses = {c: _log_loss(y, cross_validated_probabilities(x, y, c, seed)) for c in C_GRID}
    return min(losses, key=lambda c: (losses[c], c))
