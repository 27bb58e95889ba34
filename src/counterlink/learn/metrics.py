"""Evaluation maths, written out so each figure can be checked by hand.

Probabilities are for the malicious class; labels are 1 (malicious) or 0 (benign).
"""

from __future__ import annotations

from collections.abc import Sequence


def confusion(labels: Sequence[int], predicted: Sequence[int]) -> tuple[int, int, int, int]:
    """(true positives, false positives, true negatives, false negatives)."""
    tp = fp = tn = fn = 0
    for y, p in zip(labels, predicted, strict=True):
        if p and y:
            tp += 1
        elif p:
            fp += 1
        elif y:
            fn += 1
        else:
            tn += 1
    return tp, fp, tn, fn


def f1(tp: int, fp: int, fn: int) -> float:
    """F1 of one class; 0 when the class is neither predicted nor present."""
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def macro_f1(labels: Sequence[int], predicted: Sequence[int]) -> float:
    """Mean of the malicious-class and benign-class F1."""
    tp, fp, tn, fn = confusion(labels, predicted)
    return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2


def malicious_f1(labels: Sequence[int], predicted: Sequence[int]) -> float:
    tp, fp, _, fn = confusion(labels, predicted)
    return f1(tp, fp, fn)


def brier(labels: Sequence[int], probabilities: Sequence[float]) -> float:
    """Mean squared error of the probabilities."""
    pairs = list(zip(labels, probabilities, strict=True))
    return sum((p - y) ** 2 for y, p in pairs) / len(pairs)


def expected_calibration_error(
    labels: Sequence[int], probabilities: Sequence[float], bins: int = 10
) -> float:
    """ECE over equal-width bins: sum over bins of (bin share) x |mean prob - observed rate|.

    A probability of exactly 1.0 falls in the last bin.
    """
    totals = [0] * bins
    prob_sums = [0.0] * bins
    positives = [0] * bins
    for y, p in zip(labels, probabilities, strict=True):
        index = min(int(p * bins), bins - 1)
        totals[index] += 1
        prob_sums[index] += p
        positives[index] += y
    n = len(labels)
    return sum(
        (totals[i] / n) * abs(prob_sums[i] / totals[i] - positives[i] / totals[i])
        for i in range(bins)
        if totals[i]
    )


def auc(labels: Sequence[int], probabilities: Sequence[float]) -> float:
    """Area under the ROC curve: the chance a malicious item outranks a benign one (ties 1/2)."""
    pos = [p for y, p in zip(labels, probabilities, strict=True) if y]
    neg = [p for y, p in zip(labels, probabilities, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    # Rank-sum form: O(n log n) rather than comparing every pair.
    ranked = sorted((p, y) for y, p in zip(labels, probabilities, strict=True))
    rank_sum = 0.0
    i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mean_rank = (i + 1 + j) / 2
        rank_sum += mean_rank * sum(1 for k in range(i, j) if ranked[k][1])
        i = j
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))
