"""Fit the scoring model on labelled approaches, reproducibly, and measure it by cross-validation.

The model is a logistic regression over the presence of each finding code. Training data are
approach/1 JSON Lines with ``label``; the same files and seed always give the same model.json.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedKFold

from counterlink import __version__
from counterlink.learn.fitting import (
    FOLDS,
    LogisticFit,
    choose_c,
    cross_validated_probabilities,
    fit_logistic,
    length_features,
)
from counterlink.learn.labelled import (
    EARLY_MESSAGES,
    load_labelled,
    summarise,
    truncate,
)
from counterlink.learn.sensitive import train_sensitive_from
from counterlink.learn.text_fit import fit_text_model, out_of_fold_proba
from counterlink.model import ScoringModel
from counterlink.schema import Approach
from counterlink.sensitive.model import MODEL_FILE as SENSITIVE_FILE
from counterlink.sensitive.model import SensitiveRequestModel
from counterlink.signals.registry import Registry, default_registry
from counterlink.signals.text_model import CODE as TEXT_CODE
from counterlink.signals.text_model import THRESHOLD as TEXT_THRESHOLD
from counterlink.signals.text_model import TextModelDetector
from counterlink.textmodel import (
    TEXT_FILE,
    ConversationTextModel,
    persona_text,
)

# Level thresholds are chosen on cross-validated scores to meet these targets.
HIGH_PRECISION_TARGET = 0.90
MEDIUM_RECALL_TARGET = 0.90
Progress = Callable[[str], None]


def code_matrix(approaches: Sequence[Approach], registry: Registry) -> tuple[np.ndarray, list[str]]:
    """Rows: approaches; columns: every code the registry can emit (1 if present)."""
    codes = sorted(registry.codes())
    column = {code: i for i, code in enumerate(codes)}
    matrix = np.zeros((len(approaches), len(codes)))
    for row, approach in enumerate(approaches):
        for finding in registry.run(approach):
            matrix[row, column[finding.code]] = 1.0
    return matrix, codes


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
        model = fit_text_model(train_texts, y[train_idx])

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
    :func:`counterlink.learn.sensitive.train_sensitive`) and the scorer learns from its
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
        text_model = fit_text_model(texts, y)
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
