"""The guidance bounds the scorer: consensus red flags keep a floor, reassuring signs a ceiling."""

from __future__ import annotations

import numpy as np

from counterlink.learn.fitting import fit_logistic
from counterlink.learn.priors import STRONG, bound_for, bounds_for, bounds_table
from counterlink.learn.train import choose_thresholds, level_counts


def _data(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 400)
    informative = (rng.random(400) < np.where(y == 1, 0.8, 0.2)).astype(float)
    # A flag the (skewed) sample pairs with benign approaches more often than malicious ones.
    misleading = (rng.random(400) < np.where(y == 1, 0.1, 0.3)).astype(float)
    return np.column_stack([informative, misleading, misleading]), y


def test_a_consensus_red_flag_keeps_its_floor_against_skewed_data() -> None:
    x, y = _data()
    free = fit_logistic(x, y, 1.0, nonnegative=True)
    assert free.coef[1] < 0.1  # what the data alone would say
    codes = ["message.request_projects", "message.paid_insight", "reassure.compliance_terms"]
    bounded = fit_logistic(x, y, 1.0, nonnegative=True, bounds=bounds_for(codes))
    assert bounded.coef[1] >= STRONG - 1e-9
    assert bounded.coef[2] < -0.1  # a reassuring sign may pull the score down
    assert bounded.coef[0] > STRONG  # the data still fit above a floor


def test_reassuring_and_unwanted_codes_may_never_raise_the_score() -> None:
    for code in ("reassure.compliance_terms", "unwanted.loan_offer"):
        assert bound_for(code).upper == 0.0 and bound_for(code).lower is None
    assert bound_for("profile.thin").lower == 0.0 and bound_for("profile.thin").upper is None


def test_the_bounds_table_names_a_source_for_every_floor() -> None:
    table = bounds_table(["message.paid_insight", "profile.thin", "reassure.x"])
    assert set(table) == {"message.paid_insight", "reassure.x"}
    assert table["message.paid_insight"]["sources"]


def test_thresholds_leave_a_populated_medium_band() -> None:
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, 600)
    p = np.clip(rng.normal(np.where(y == 1, 0.7, 0.3), 0.18), 0.01, 0.99)
    t = choose_thresholds(list(y), list(p))
    assert 0.05 <= t["medium"] < t["high"]
    high = y[p >= t["high"]]
    low = y[p < t["medium"]]
    assert high.mean() >= 0.9 and 1 - low.mean() >= 0.95
    counts = level_counts(list(p), t)
    assert counts["medium"] > 0 and sum(counts.values()) == len(p)
