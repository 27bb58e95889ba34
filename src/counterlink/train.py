"""Fit the scoring model on labelled approaches, reproducibly, and measure it by cross-validation.

The model is a logistic regression over the presence of each finding code. Training data are
approach/1 JSON Lines with ``label``; the same files and seed always give the same model.json.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from counterlink import __version__, metrics
from counterlink.errors import InvalidInput
from counterlink.ingest.approach_json import read_numbered
from counterlink.model import ScoringModel
from counterlink.schema import Approach
from counterlink.signals.registry import Registry, default_registry

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5
# Level thresholds are chosen on cross-validated scores to meet these targets.
HIGH_PRECISION_TARGET = 0.90
MEDIUM_RECALL_TARGET = 0.90
Progress = Callable[[str], None]


@dataclass
class LabelledSet:
    approaches: list[Approach]
    labels: list[int]
    files: list[dict[str, Any]]


def load_labelled(paths: Sequence[Path]) -> LabelledSet:
    """Read labelled approach/1 files; an approach without a label is an error, not a skip."""
    approaches: list[Approach] = []
    labels: list[int] = []
    files: list[dict[str, Any]] = []
    for path in paths:
        numbered = read_numbered(path)
        rows = [approach for _, approach in numbered]
        for number, approach in numbered:
            if approach.label is None:
                raise InvalidInput(
                    "training data needs a label (malicious or benign)",
                    file=path,
                    line=number,
                    field="label",
                )
            approaches.append(approach)
            labels.append(1 if approach.label == "malicious" else 0)
        counts = Counter(a.label for a in rows)
        files.append(
            {
                "name": path.name,
                "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                "rows": len(rows),
                "malicious": counts["malicious"],
                "benign": counts["benign"],
            }
        )
    if len(set(labels)) < 2:
        raise InvalidInput("training data needs both malicious and benign approaches")
    return LabelledSet(approaches, labels, files)


def code_matrix(approaches: Sequence[Approach], registry: Registry) -> tuple[np.ndarray, list[str]]:
    """Rows: approaches; columns: every code the registry can emit (1 if present)."""
    codes = sorted(registry.codes())
    column = {code: i for i, code in enumerate(codes)}
    matrix = np.zeros((len(approaches), len(codes)))
    for row, approach in enumerate(approaches):
        for finding in registry.run(approach):
            matrix[row, column[finding.code]] = 1.0
    return matrix, codes


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


def choose_thresholds(y: Sequence[int], p: Sequence[float]) -> dict[str, float]:
    """``high``: lowest score whose flagged set reaches the precision target;
    ``medium``: highest score that still catches the recall target of malicious approaches."""
    candidates = sorted({round(float(s), 4) for s in p} | {0.5})
    high = 0.9
    for t in candidates:
        flagged = [yi for yi, pi in zip(y, p, strict=True) if pi >= t]
        if flagged and sum(flagged) / len(flagged) >= HIGH_PRECISION_TARGET and t >= 0.5:
            high = t
            break
    positives = sum(y)
    medium = 0.5
    for t in reversed(candidates):
        caught = sum(1 for yi, pi in zip(y, p, strict=True) if yi and pi >= t)
        if caught / positives >= MEDIUM_RECALL_TARGET:
            medium = t
            break
    medium = min(max(medium, 0.05), high)
    return {"medium": round(medium, 4), "high": round(high, 4)}


def summarise(y: Sequence[int], p: Sequence[float], threshold: float = 0.5) -> dict[str, float]:
    predicted = [int(pi >= threshold) for pi in p]
    return {
        "macro_f1": round(metrics.macro_f1(y, predicted), 4),
        "malicious_f1": round(metrics.malicious_f1(y, predicted), 4),
        "auc": round(metrics.auc(y, p), 4),
        "brier": round(metrics.brier(y, p), 4),
        "ece": round(metrics.expected_calibration_error(y, p), 4),
    }


def train(
    paths: Sequence[Path],
    *,
    seed: int = 0,
    registry: Registry | None = None,
    name: str = "counterlink-findings-lr",
    progress: Progress | None = None,
) -> ScoringModel:
    """Fit the model on ``paths`` and record cross-validated metrics beside a length baseline."""
    say = progress or (lambda _: None)
    registry = registry if registry is not None else default_registry()
    data = load_labelled(paths)
    say(f"running detectors over {len(data.approaches)} labelled approaches")
    x, codes = code_matrix(data.approaches, registry)
    y = np.array(data.labels)
    say("choosing regularisation by cross-validation")
    c = choose_c(x, y, seed)
    cv = cross_validated_probabilities(x, y, c, seed)
    baseline_x = length_features(data.approaches)
    baseline = cross_validated_probabilities(baseline_x, y, 1.0, seed, nonnegative=False)
    thresholds = choose_thresholds(data.labels, list(cv))
    by_source = {}
    for source in sorted({a.source or "" for a in data.approaches}):
        idx = [i for i, a in enumerate(data.approaches) if (a.source or "") == source]
        if len({data.labels[i] for i in idx}) == 2:
            by_source[source] = {
                "n": len(idx),
                "model": summarise([data.labels[i] for i in idx], [cv[i] for i in idx]),
                "length_baseline": summarise(
                    [data.labels[i] for i in idx], [baseline[i] for i in idx]
                ),
            }
    say("fitting the final model on all the data")
    final = fit_logistic(x, y, c, nonnegative=True)
    coefficients = {
        code: round(float(w), 6) for code, w in zip(codes, final.coef, strict=True) if w > 1e-6
    }
    return ScoringModel(
        name=name,
        version=__version__,
        intercept=round(final.intercept, 6),
        coefficients=coefficients,
        thresholds=thresholds,
        training={
            "files": data.files,
            "approaches": len(data.approaches),
            "seed": seed,
            "C": c,
            "folds": FOLDS,
            "codes_never_seen": [code for i, code in enumerate(codes) if not x[:, i].any()],
        },
        metrics={
            "method": f"{FOLDS}-fold stratified cross-validation, threshold 0.5",
            "cross_validated": summarise(data.labels, list(cv)),
            "length_baseline": summarise(data.labels, list(baseline)),
            "by_source": by_source,
        },
    )
