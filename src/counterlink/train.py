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
from counterlink.sensitive.model import MODEL_FILE as SENSITIVE_FILE
from counterlink.sensitive.model import SensitiveRequestModel
from counterlink.sensitive.train import train_sensitive_from
from counterlink.signals.registry import Registry, default_registry
from counterlink.signals.text_model import CODE as TEXT_CODE
from counterlink.signals.text_model import THRESHOLD as TEXT_THRESHOLD
from counterlink.signals.text_model import TextModelDetector
from counterlink.textmodel import (
    TEXT_FILE,
    ConversationTextModel,
    out_of_fold_proba,
    persona_text,
)

C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
FOLDS = 5
# Level thresholds are chosen on cross-validated scores to meet these targets.
HIGH_PRECISION_TARGET = 0.90
MEDIUM_RECALL_TARGET = 0.90
Progress = Callable[[str], None]
# Early detection is measured on each approach cut to its first N messages.
EARLY_MESSAGES = (1, 3, 5, 7)


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


def truncate(approach: Approach, first: int) -> Approach:
    """The approach as it stood after its first ``first`` messages (persona or target)."""
    return approach.model_copy(update={"messages": approach.messages[:first]})


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


@dataclass
class TrainedModel:
    """What :func:`train` produces: the scorer, the conversation text model it reads through
    the ``text.resembles_malicious`` finding, and (when trained) the sensitive-request model.
    Saved together in one model folder, which ``--model DIR`` loads."""

    scorer: ScoringModel
    text: ConversationTextModel | None
    sensitive: SensitiveRequestModel | None = None

    @property
    def metrics(self) -> dict[str, Any]:
        return self.scorer.metrics

    def save(self, folder: Path) -> Path:
        """Write every part into ``folder``; returns the path of model.json."""
        target = self.scorer.save(folder)
        for part in (self.text, self.sensitive):
            if part is not None:
                part.save(folder)
        return target


def _training_registry(
    registry: Registry | None, sensitive: SensitiveRequestModel | None
) -> Registry:
    """The detectors whose findings are computed directly: every one but the text model (its
    column comes from out-of-fold predictions), with a freshly trained sensitive model."""
    from counterlink.signals.sensitive_model import SensitiveModelDetector

    base = registry if registry is not None else default_registry()
    detectors = []
    for detector in base:
        if detector.name == TextModelDetector.name:
            continue
        if sensitive is not None and detector.name == SensitiveModelDetector.name:
            detector = SensitiveModelDetector(sensitive)
        detectors.append(detector)
    return Registry(detectors)


def _text_column(train_texts: Sequence[str], y: np.ndarray, seed: int) -> np.ndarray:
    return (out_of_fold_proba(train_texts, y, seed=seed) >= TEXT_THRESHOLD).astype(float)


def stacked_cross_validation(
    x: np.ndarray,
    texts: Sequence[str],
    y: np.ndarray,
    c: float,
    seed: int,
    early: dict[int, tuple[np.ndarray, list[str]]] | None = None,
) -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """Out-of-fold scores of rules + text, nested so that no score depends on its own row: in
    each fold the scorer learns the text finding's weight from the text model's out-of-fold
    predictions on the training rows, and the held-out rows get the finding from a text model
    fitted on the training rows alone. ``early`` maps N to the rule matrix and texts of every
    approach cut to its first N messages; the held-out rows' cut versions are scored by the
    same fold's models (early detection, measured without leakage)."""
    out = np.zeros(len(y))
    early_out = {n: np.zeros(len(y)) for n in early or {}}
    splitter = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(x, y):
        train_texts = [texts[i] for i in train_idx]
        column = _text_column(train_texts, y[train_idx], seed)
        fit = fit_logistic(
            np.column_stack([x[train_idx], column]), y[train_idx], c, nonnegative=True
        )
        model = ConversationTextModel.fit(train_texts, y[train_idx])

        def score(
            rows: np.ndarray,
            row_texts: Sequence[str],
            fit: LogisticFit = fit,
            model: ConversationTextModel = model,
        ) -> np.ndarray:
            found = model.predict_proba(list(row_texts)) >= TEXT_THRESHOLD
            return fit.predict(np.column_stack([rows, found.astype(float)]))

        out[test_idx] = score(x[test_idx], [texts[i] for i in test_idx])
        for n, (x_cut, texts_cut) in (early or {}).items():
            early_out[n][test_idx] = score(x_cut[test_idx], [texts_cut[i] for i in test_idx])
    return out, early_out


def train(
    paths: Sequence[Path],
    *,
    seed: int = 0,
    registry: Registry | None = None,
    name: str = "counterlink-findings-lr",
    progress: Progress | None = None,
    sensitive_paths: Sequence[Path] = (),
    text: bool = True,
) -> TrainedModel:
    """Fit the model on ``paths`` and record cross-validated metrics beside a length baseline.

    With ``sensitive_paths`` the sensitive-request model is retrained first (see
    :func:`counterlink.sensitive.train.train_sensitive`) and the scorer learns from its
    findings; otherwise the shipped one is used. With ``text`` (the default) a conversation
    text model is fitted and stacked under the scorer.
    """
    say = progress or (lambda _: None)
    data = load_labelled(paths)
    sensitive = None
    if sensitive_paths:
        say("training the sensitive-request model")
        sensitive = train_sensitive_from(sensitive_paths, seed=seed)
    rules = _training_registry(registry, sensitive)
    say(f"running detectors over {len(data.approaches)} labelled approaches")
    x, codes = code_matrix(data.approaches, rules)
    y = np.array(data.labels)
    texts = [persona_text(a) for a in data.approaches]
    text_model = None
    if text:
        say("fitting the conversation text model (out-of-fold)")
        x_all = np.column_stack([x, _text_column(texts, y, seed)])
        codes_all = [*codes, TEXT_CODE]
    else:
        x_all, codes_all = x, codes
    say("choosing regularisation by cross-validation")
    c = choose_c(x_all, y, seed)
    early: dict[str, Any] = {}
    if text:
        say("cross-validating, on whole conversations and on their first 1/3/5/7 messages")
        cut: dict[int, tuple[np.ndarray, list[str]]] = {}
        for n in EARLY_MESSAGES:
            shortened = [truncate(a, n) for a in data.approaches]
            cut[n] = (code_matrix(shortened, rules)[0], [persona_text(a) for a in shortened])
        cv, early_cv = stacked_cross_validation(x, texts, y, c, seed, cut)
        early = {f"first_{n}": summarise(data.labels, list(p)) for n, p in early_cv.items()}
    else:
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
    final = fit_logistic(x_all, y, c, nonnegative=True)
    if text:
        text_model = ConversationTextModel.fit(texts, y)
        text_model.training = {**text_model.training, "files": [f["name"] for f in data.files]}
    coefficients = {
        code: round(float(w), 6) for code, w in zip(codes_all, final.coef, strict=True) if w > 1e-6
    }
    scorer = ScoringModel(
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
            "parts": {
                "text": TEXT_FILE if text_model is not None else None,
                "sensitive": SENSITIVE_FILE if sensitive is not None else "shipped",
            },
            "codes_never_seen": [code for i, code in enumerate(codes_all) if not x_all[:, i].any()],
        },
        metrics={
            "method": (
                f"{FOLDS}-fold stratified cross-validation, threshold 0.5"
                + (", text model nested inside each fold" if text else "")
            ),
            "cross_validated": summarise(data.labels, list(cv)),
            "length_baseline": summarise(data.labels, list(baseline)),
            "early": early,
            "by_source": by_source,
        },
    )
    return TrainedModel(scorer, text_model, sensitive)
