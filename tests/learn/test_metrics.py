"""Evaluation maths against values computed by hand."""

import math

import pytest

from counterlink.learn import metrics


def test_confusion_and_f1_by_hand() -> None:
    labels = [1, 1, 1, 0, 0, 0, 0, 1]
    predicted = [1, 1, 0, 1, 0, 0, 0, 0]
    assert metrics.confusion(labels, predicted) == (2, 1, 3, 2)
    # malicious F1 = 2*2 / (2*2 + 1 + 2) = 4/7; benign F1 = 2*3 / (2*3 + 2 + 1) = 6/9
    assert metrics.malicious_f1(labels, predicted) == pytest.approx(4 / 7)
    assert metrics.macro_f1(labels, predicted) == pytest.approx((4 / 7 + 6 / 9) / 2)


def test_f1_of_an_absent_class_is_zero() -> None:
    assert metrics.malicious_f1([0, 0], [0, 0]) == 0.0


def test_brier_by_hand() -> None:
    assert metrics.brier([1, 0], [0.8, 0.4]) == pytest.approx((0.04 + 0.16) / 2)


def test_ece_by_hand() -> None:
    # bin [0.1,0.2): probs 0.1, 0.1 with 1 positive → |0.1 - 0.5| = 0.4, share 2/4
    # bin [0.9,1.0]: probs 0.9, 1.0 with 2 positives → |0.95 - 1.0| = 0.05, share 2/4
    ece = metrics.expected_calibration_error([1, 0, 1, 1], [0.1, 0.1, 0.9, 1.0])
    assert ece == pytest.approx(0.5 * 0.4 + 0.5 * 0.05)


def test_ece_is_zero_when_perfectly_calibrated() -> None:
    assert metrics.expected_calibration_error([1, 0], [1.0, 0.0]) == 0.0


def test_auc_by_hand_with_ties() -> None:
    # pairs (pos, neg): (0.9,0.1) win, (0.9,0.5) win, (0.5,0.1) win, (0.5,0.5) tie → 3.5/4
    assert metrics.auc([1, 1, 0, 0], [0.9, 0.5, 0.1, 0.5]) == pytest.approx(3.5 / 4)
    assert metrics.auc([1, 0], [0.2, 0.8]) == 0.0
    assert math.isnan(metrics.auc([1, 1], [0.2, 0.8]))
