"""Evaluate a scoring model on labelled approaches: the figures of ``counterlink eval``.

Everything here is pure (no typer, no rich, no matplotlib) and deterministic: the same files,
model and seed give the same report. The maths lives in :mod:`counterlink.learn.metrics` and
:func:`counterlink.learn.labelled.summarise`; this module decides *what* is measured on *which*
data. See docs/evaluation.md for the method.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from counterlink.assess import Assessor
from counterlink.errors import InvalidInput
from counterlink.learn import metrics
from counterlink.learn.baselines import cross_validated_baselines, fitted_baselines
from counterlink.learn.labelled import (
    EARLY_MESSAGES,
    LabelledSet,
    flagged_messages,
    load_labelled,
    persona_indices,
    summarise,
    truncate,
)
from counterlink.schema import Approach, Assessment

RELIABILITY_BINS = 10
F1_THRESHOLD = 0.5
SENSITIVE_ANNOTATION = "sensitive_info_requests"


@dataclass
class EvaluationReport:
    """Every figure of one evaluation run; ``as_json()`` is the ``--json`` output."""

    data: list[dict[str, Any]]
    model: dict[str, Any]
    n: int
    malicious: int
    benign: int
    conversation: dict[str, Any]
    reliability: list[dict[str, Any]]
    scenarios: dict[str, dict[str, Any]]
    levels: dict[str, dict[str, int]]
    early_detection: dict[str, dict[str, Any]]
    message_level: dict[str, Any] | None
    thresholds: dict[str, dict[str, Any]]
    baselines: dict[str, Any]
    by: str = "scenario"  # the annotation ``scenarios`` is broken down by

    def as_json(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = _no_nan(asdict(self))
        return cleaned


def _no_nan(value: Any) -> Any:
    """NaN (an AUC over one class) is not JSON: write it as null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: _no_nan(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_nan(v) for v in value]
    return value


def conversation_figures(labels: Sequence[int], scores: Sequence[float]) -> dict[str, Any]:
    """macro-F1 and malicious-F1 at 0.5, AUC, Brier, ECE (10 bins), and how many were scored."""
    return {"n": len(labels), **summarise(labels, scores, F1_THRESHOLD)}


def reliability_bins(
    labels: Sequence[int], scores: Sequence[float], bins: int = RELIABILITY_BINS
) -> list[dict[str, Any]]:
    """The equal-width bins behind the ECE (same binning as ``metrics``), empty bins included."""
    out: list[dict[str, Any]] = []
    members: list[list[tuple[int, float]]] = [[] for _ in range(bins)]
    for y, p in zip(labels, scores, strict=True):
        members[min(int(p * bins), bins - 1)].append((y, p))
    for i, inside in enumerate(members):
        n = len(inside)
        out.append(
            {
                "lower": round(i / bins, 4),
                "upper": round((i + 1) / bins, 4),
                "n": n,
                "mean_score": round(sum(p for _, p in inside) / n, 4) if n else None,
                "malicious_rate": round(sum(y for y, _ in inside) / n, 4) if n else None,
            }
        )
    return out


def scenario_breakdown(
    approaches: Sequence[Approach],
    labels: Sequence[int],
    scores: Sequence[float],
    key: str = "scenario",
) -> dict[str, dict[str, Any]]:
    """Per ``annotations[key]`` (the scenario, or e.g. ``form`` or ``language``): n, macro-F1
    (or accuracy when one class only), mean score.

    Empty when no approach has the key; approaches without it are grouped as "(none)".
    """
    names = [str((a.annotations or {}).get(key) or "") for a in approaches]
    if not any(names):
        return {}
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(set(names)):
        idx = [i for i, s in enumerate(names) if s == name]
        y = [labels[i] for i in idx]
        p = [scores[i] for i in idx]
        predicted = [int(s >= F1_THRESHOLD) for s in p]
        row: dict[str, Any] = {"n": len(idx), "malicious": sum(y)}
        if len(set(y)) == 2:
            row["macro_f1"] = round(metrics.macro_f1(y, predicted), 4)
        else:
            # One class only: F1 of the absent class is meaningless, accuracy is not.
            right = sum(a == b for a, b in zip(y, predicted, strict=True))
            row["accuracy"] = round(right / len(y), 4)
        row["mean_score"] = round(sum(p) / len(p), 4)
        out[name or "(none)"] = row
    return out


def level_breakdown(
    labels: Sequence[int], assessments: Sequence[Assessment]
) -> dict[str, dict[str, int]]:
    """How many malicious and how many benign approaches got each level."""
    out = {name: {"low": 0, "medium": 0, "high": 0} for name in ("malicious", "benign")}
    for label, assessment in zip(labels, assessments, strict=True):
        out["malicious" if label else "benign"][assessment.level] += 1
    return out


def annotated_messages(approach: Approach, where: tuple[str, int]) -> set[int] | None:
    """Persona messages the annotators marked as asking for sensitive information.

    None when the approach carries no such annotation (it then takes no part in the figure).
    """
    requests = (approach.annotations or {}).get(SENSITIVE_ANNOTATION)
    if requests is None:
        return None
    field = f"annotations.{SENSITIVE_ANNOTATION}"
    if not isinstance(requests, list):
        raise InvalidInput("expected a list", file=where[0], line=where[1], field=field)
    marked: set[int] = set()
    for request in requests:
        index = request.get("message") if isinstance(request, dict) else None
        if not isinstance(index, int) or isinstance(index, bool):
            raise InvalidInput(
                "each entry needs an integer 'message'", file=where[0], line=where[1], field=field
            )
        marked.add(index)
    return marked & set(persona_indices(approach))


def message_level(
    approaches: Sequence[Approach],
    assessments: Sequence[Assessment],
    origins: Sequence[tuple[str, int]],
) -> dict[str, Any] | None:
    """Precision, recall and F1 of sensitive-request detection over annotated persona messages."""
    tp = fp = fn = tn = 0
    conversations = 0
    for approach, assessment, where in zip(approaches, assessments, origins, strict=True):
        truth = annotated_messages(approach, where)
        if truth is None:
            continue
        conversations += 1
        predicted = flagged_messages(assessment.findings, approach)
        for i in persona_indices(approach):
            hit, marked = i in predicted, i in truth
            tp += hit and marked
            fp += hit and not marked
            fn += marked and not hit
            tn += not hit and not marked
    if not conversations:
        return None
    return {
        "conversations": conversations,
        "persona_messages": tp + fp + fn + tn,
        "annotated": tp + fn,
        "flagged": tp + fp,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "recall": round(tp / (tp + fn), 4) if tp + fn else None,
        "f1": round(metrics.f1(tp, fp, fn), 4),
    }


def threshold_errors(
    labels: Sequence[int], scores: Sequence[float], thresholds: dict[str, float]
) -> dict[str, dict[str, Any]]:
    """At each level threshold: malicious approaches that get through (score below it) and
    benign ones flagged (score at or above it), as counts and rates."""
    malicious = sum(labels)
    benign = len(labels) - malicious
    out: dict[str, dict[str, Any]] = {}
    for level in ("medium", "high"):
        t = thresholds[level]
        missed = sum(1 for y, p in zip(labels, scores, strict=True) if y and p < t)
        flagged = sum(1 for y, p in zip(labels, scores, strict=True) if not y and p >= t)
        out[level] = {
            "threshold": t,
            "malicious_missed": missed,
            "malicious_missed_rate": round(missed / malicious, 4) if malicious else None,
            "benign_flagged": flagged,
            "benign_flagged_rate": round(flagged / benign, 4) if benign else None,
        }
    return out


def origins_of(paths: Sequence[Path], data: LabelledSet) -> list[tuple[str, int]]:
    """(file, line) of every approach, in load order, so errors can point at the record."""
    out: list[tuple[str, int]] = []
    for path, info in zip(paths, data.files, strict=True):
        out.extend((str(path), line) for line in range(1, int(info["rows"]) + 1))
    return out


def evaluate(
    paths: Sequence[Path],
    *,
    assessor: Assessor | None = None,
    train_paths: Sequence[Path] = (),
    seed: int = 0,
    by: str = "scenario",
) -> EvaluationReport:
    """Score labelled approaches with the model and measure it beside two baselines.

    Without ``train_paths`` the baselines are fitted by stratified cross-validation on the
    evaluation data itself; with them, fitted on those files and applied to the evaluation data.
    """
    assessor = assessor if assessor is not None else Assessor()
    data = load_labelled(paths)
    approaches, labels = data.approaches, data.labels
    assessments = [assessor.assess(a) for a in approaches]
    scores = [a.score for a in assessments]
    early: dict[str, dict[str, Any]] = {}
    for first in EARLY_MESSAGES:
        cut = [assessor.assess(truncate(a, first)).score for a in approaches]
        shortened = sum(1 for a in approaches if len(a.messages) > first)
        early[str(first)] = {**conversation_figures(labels, cut), "shortened": shortened}
    if train_paths:
        train = load_labelled(train_paths)
        baseline_scores, method = fitted_baselines(train, approaches)
    else:
        baseline_scores, method = cross_validated_baselines(approaches, np.array(labels), seed)
    model = assessor.model
    return EvaluationReport(
        data=data.files,
        model={"name": model.label, "thresholds": dict(model.thresholds)},
        n=len(labels),
        malicious=sum(labels),
        benign=len(labels) - sum(labels),
        conversation=conversation_figures(labels, scores),
        reliability=reliability_bins(labels, scores),
        scenarios=scenario_breakdown(approaches, labels, scores, by),
        levels=level_breakdown(labels, assessments),
        by=by,
        early_detection=early,
        message_level=message_level(approaches, assessments, origins_of(paths, data)),
        thresholds=threshold_errors(labels, scores, model.thresholds),
        baselines={
            "method": method,
            **{name: conversation_figures(labels, p) for name, p in baseline_scores.items()},
        },
    )
