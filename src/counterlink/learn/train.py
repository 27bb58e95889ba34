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

from counterlink import __version__
from counterlink.learn.accounts import calibrate_accounts
from counterlink.learn.baselines import cross_validated_baselines
from counterlink.learn.features import code_matrix
from counterlink.learn.fitting import (
    FOLDS,
    Bounds,
    LogisticFit,
    choose_c,
    fit_logistic,
    fold_splits,
)
from counterlink.learn.labelled import (
    EARLY_MESSAGES,
    groups_of,
    load_labelled,
    summarise,
    truncate,
)
from counterlink.learn.priors import bounds_for, bounds_table
from counterlink.learn.sensitive import train_sensitive_from
from counterlink.learn.text_fit import fit_text_model, out_of_fold_proba
from counterlink.model import MAX_SCORE, MIN_SCORE, ScoringModel
from counterlink.schema import Approach
from counterlink.sensitive.model import MODEL_FILE as SENSITIVE_FILE
from counterlink.sensitive.model import SensitiveRequestModel
from counterlink.signals.registry import Registry, default_registry
from counterlink.signals.report_form import CODE as ACCOUNT_CODE
from counterlink.signals.text_model import CODE as TEXT_CODE
from counterlink.signals.text_model import TextModelDetector
from counterlink.textmodel import (
    TEXT_FILE,
    ConversationTextModel,
    persona_text,
    strength,
)

# Level thresholds are chosen on cross-validated scores to meet these targets: of the
# approaches rated high, at least 90 % are malicious; of those rated low, at least 95 % are
# benign. Medium, between them, is "verify before you engage".
HIGH_PRECISION_TARGET = 0.90
LOW_NPV_TARGET = 0.95
Progress = Callable[[str], None]


def choose_thresholds(y: Sequence[int], p: Sequence[float]) -> dict[str, float]:
    """``high``: the lowest score (at least 0.5) whose flagged set reaches the precision
    target; ``medium``: the highest score below which the negative predictive value still
    reaches its target, so that what is rated low can be set aside."""
    labels, scores = np.asarray(y), np.asarray(p, dtype=float)
    candidates = sorted({round(float(s), 4) for s in scores} | {0.5})
    high = 0.9
    for t in candidates:
        flagged = labels[scores >= t]
        if t >= 0.5 and flagged.size and flagged.mean() >= HIGH_PRECISION_TARGET:
            high = t
            break
    medium = 0.05
    for t in candidates:
        below = labels[scores < t]
        if below.size and 1.0 - below.mean() >= LOW_NPV_TARGET:
            medium = t
    medium = min(max(medium, 0.05), high)
    return {"medium": round(medium, 4), "high": round(high, 4)}


def level_counts(p: Sequence[float], thresholds: dict[str, float]) -> dict[str, int]:
    scores = np.asarray(p, dtype=float)
    high = int((scores >= thresholds["high"]).sum())
    low = int((scores < thresholds["medium"]).sum())
    return {"low": low, "medium": len(scores) - high - low, "high": high}


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
    column comes from out-of-fold predictions) and those weighed by fixed priors alone
    (``trained = False``, e.g. the photo detector), with a freshly trained sensitive model."""
    from counterlink.signals.sensitive_model import SensitiveModelDetector

    base = registry if registry is not None else default_registry()
    detectors = []
    for detector in base:
        if detector.name == TextModelDetector.name or not getattr(detector, "trained", True):
            continue
        if sensitive is not None and detector.name == SensitiveModelDetector.name:
            detector = SensitiveModelDetector(sensitive)
        detectors.append(detector)
    return Registry(detectors)


def _text_column(train_texts: Sequence[str], y: np.ndarray, seed: int) -> np.ndarray:
    return strength(out_of_fold_proba(train_texts, y, seed=seed))


def _capped(p: np.ndarray) -> np.ndarray:
    # Cross-validated scores are capped as the model's are, so that thresholds and
    # calibration are measured on what a user is shown.
    return np.asarray(np.clip(p, MIN_SCORE, MAX_SCORE))


def stacked_cross_validation(
    x: np.ndarray,
    texts: Sequence[str],
    y: np.ndarray,
    c: float,
    seed: int,
    early: dict[int, tuple[np.ndarray, list[str]]] | None = None,
    *,
    bounds: Bounds | None = None,
    groups: Sequence[str] | None = None,
) -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """Out-of-fold scores of rules + text, nested so that no score depends on its own row: in
    each fold the scorer learns the text finding's weight from the text model's out-of-fold
    predictions on the training rows, and the held-out rows get the finding from a text model
    fitted on the training rows alone. ``early`` maps N to the rule matrix and texts of every
    approach cut to its first N messages; the held-out rows' cut versions are scored by the
    same fold's models (early detection, measured without leakage)."""
    out = np.zeros(len(y))
    early_out = {n: np.zeros(len(y)) for n in early or {}}
    for train_idx, test_idx in fold_splits(y, seed, FOLDS, groups):
        train_texts = [texts[i] for i in train_idx]
        column = _text_column(train_texts, y[train_idx], seed)
        fit = fit_logistic(
            np.column_stack([x[train_idx], column]),
            y[train_idx],
            c,
            nonnegative=True,
            bounds=bounds,
        )
        model = fit_text_model(train_texts, y[train_idx])

        def score(
            rows: np.ndarray,
            row_texts: Sequence[str],
            fit: LogisticFit = fit,
            model: ConversationTextModel = model,
        ) -> np.ndarray:
            found = strength(model.predict_proba(list(row_texts)))
            return _capped(fit.predict(np.column_stack([rows, found])))

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
    account_paths: Sequence[Path] = (),
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
    groups = groups_of(data.approaches)
    texts = [persona_text(a) for a in data.approaches]
    if text:
        say("fitting the conversation text model (out-of-fold)")
        x_all = np.column_stack([x, _text_column(texts, y, seed)])
        codes_all = [*codes, TEXT_CODE]
    else:
        x_all, codes_all = x, codes
    bounds = bounds_for(codes_all)
    say("choosing regularisation by cross-validation")
    c = choose_c(x_all, y, seed, bounds=bounds, groups=groups)
    say("cross-validating, grouped by scenario, on whole conversations and their first messages")
    cut: dict[int, tuple[np.ndarray, list[str]]] = {}
    for n in EARLY_MESSAGES:
        shortened = [truncate(a, n) for a in data.approaches]
        cut[n] = (code_matrix(shortened, rules)[0], [persona_text(a) for a in shortened])
    if text:
        cv, early_cv = stacked_cross_validation(
            x, texts, y, c, seed, cut, bounds=bounds, groups=groups
        )
    else:
        cv, early_cv = _rules_cross_validation(x, y, c, seed, cut, bounds, groups)
    early = {f"first_{n}": summarise(data.labels, list(p)) for n, p in early_cv.items()}
    say("cross-validating the baselines on the same folds")
    baselines, _ = cross_validated_baselines(data.approaches, y, seed, groups=groups)
    thresholds = choose_thresholds(data.labels, list(cv))
    by_source = _by_source(data.approaches, data.labels, cv, baselines)
    say("fitting the final model on all the data")
    final = fit_logistic(x_all, y, c, nonnegative=True, bounds=bounds)
    text_model = None
    if text:
        text_model = fit_text_model(texts, y)
        text_model.training = {**text_model.training, "files": [f["name"] for f in data.files]}
    coefficients = {
        code: round(float(w), 6)
        for code, w in zip(codes_all, final.coef, strict=True)
        if abs(w) > 1e-6
    }
    calibration = None
    if account_paths:
        say("fitting the weight of an account alone on the real accounts")
        calibration = calibrate_accounts(account_paths, rules, final.intercept, coefficients)
        coefficients[ACCOUNT_CODE] = round(calibration.offset, 6)
        coefficients = dict(sorted(coefficients.items()))
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
            "groups": len(set(groups)),
            "parts": {
                "text": TEXT_FILE if text_model is not None else None,
                "sensitive": SENSITIVE_FILE if sensitive is not None else "shipped",
            },
            "bounds": bounds_table(codes_all),
            "codes_never_seen": [code for i, code in enumerate(codes_all) if not x_all[:, i].any()],
            **({"account_calibration": calibration.as_json()} if calibration else {}),
        },
        metrics={
            "method": (
                f"{FOLDS}-fold cross-validation stratified by label and grouped by scenario "
                "(no scenario in both a fold's training and its scoring rows), threshold 0.5"
                + (", text model nested inside each fold" if text else "")
            ),
            "cross_validated": summarise(data.labels, list(cv)),
            "levels": level_counts(list(cv), thresholds),
            "length_baseline": summarise(data.labels, baselines["length"]),
            "tfidf_baseline": summarise(data.labels, baselines["tfidf"]),
            "early": early,
            "by_source": by_source,
        },
    )
    return TrainedModel(scorer, text_model, sensitive)


def _rules_cross_validation(
    x: np.ndarray,
    y: np.ndarray,
    c: float,
    seed: int,
    early: dict[int, tuple[np.ndarray, list[str]]],
    bounds: Bounds,
    groups: Sequence[str],
) -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """Out-of-fold scores of the rules alone (``--no-text``), whole and cut short."""
    out = np.zeros(len(y))
    early_out = {n: np.zeros(len(y)) for n in early}
    for train_idx, test_idx in fold_splits(y, seed, FOLDS, groups):
        fit = fit_logistic(x[train_idx], y[train_idx], c, nonnegative=True, bounds=bounds)
        out[test_idx] = _capped(fit.predict(x[test_idx]))
        for n, (x_cut, _) in early.items():
            early_out[n][test_idx] = _capped(fit.predict(x_cut[test_idx]))
    return out, early_out


def _by_source(
    approaches: Sequence[Approach],
    labels: Sequence[int],
    cv: np.ndarray,
    baselines: dict[str, list[float]],
) -> dict[str, Any]:
    """The cross-validated figures of each source file's rows that hold both labels."""
    out: dict[str, Any] = {}
    for source in sorted({a.source or "" for a in approaches}):
        idx = [i for i, a in enumerate(approaches) if (a.source or "") == source]
        y = [labels[i] for i in idx]
        if len(set(y)) == 2:
            out[source] = {
                "n": len(idx),
                "model": summarise(y, [float(cv[i]) for i in idx]),
                **{
                    f"{name}_baseline": summarise(y, [scores[i] for i in idx])
                    for name, scores in baselines.items()
                },
            }
    return out
