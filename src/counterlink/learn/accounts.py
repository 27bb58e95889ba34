"""How much an account alone says: the offset of ``context.account_only``, fitted on real reports.

The scorer is fitted on conversations, where the text model carries most of the evidence and the
intercept is low to match (no finding: almost surely benign). A reporter's account holds no
persona message, so the text model never speaks and the same red flag that would be one voice
among many in a thread is all there is: a published description of an approach ("posing as a
headhunter, he offered to fly her to China") scored 5 % with one consensus flag at +2.0. Whoever
wrote an account already judged the contact worth reporting, so the odds before any flag differ
too. Both are one number, the weight of ``context.account_only``, and it is fitted here with every
other weight held fixed: a one-parameter logistic regression on real accounts (the ``train`` rows
of ``data/real``), with a Normal(0, 2) prior so that a few dozen rows cannot push it far. Rows
marked ``annotations.split: heldout`` are refused, never read as training data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from counterlink.errors import InvalidInput
from counterlink.learn.features import code_matrix
from counterlink.learn.labelled import load_labelled, summarise
from counterlink.schema import Approach
from counterlink.signals.registry import Registry
from counterlink.signals.report_form import CODE as ACCOUNT_CODE

PRIOR_SD = 2.0
_NEWTON_STEPS = 200


@dataclass
class AccountCalibration:
    offset: float
    rows: int
    malicious: int
    skipped_heldout: int
    skipped_not_account: int
    leave_one_out: dict[str, Any]
    files: list[str]

    def as_json(self) -> dict[str, Any]:
        return {
            "code": ACCOUNT_CODE,
            "offset": round(self.offset, 6),
            "prior": f"Normal(0, {PRIOR_SD})",
            "rows": self.rows,
            "malicious": self.malicious,
            "skipped_heldout": self.skipped_heldout,
            "skipped_not_account": self.skipped_not_account,
            "files": self.files,
            "leave_one_out": self.leave_one_out,
        }


def fit_offset(z: np.ndarray, y: np.ndarray, prior_sd: float = PRIOR_SD) -> float:
    """The maximum a posteriori ``b`` of ``y ~ Bernoulli(sigmoid(z + b))``, ``b ~ N(0, sd)``,
    each label weighted to count as half the rows: how many of each a collection holds is the
    collectors' choice, not the odds of a report being hostile."""
    weight = np.where(y == 1, len(y) / (2 * max(y.sum(), 1)), len(y) / (2 * max((1 - y).sum(), 1)))
    b = 0.0
    for _ in range(_NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(z + b)))
        gradient = float(np.sum(weight * (y - p))) - b / prior_sd**2
        curvature = float(np.sum(weight * p * (1 - p))) + 1.0 / prior_sd**2
        # Damped: a full Newton step overshoots where the sigmoid is flat.
        step = float(np.clip(gradient / curvature, -1.0, 1.0))
        b += step
        if abs(step) < 1e-9:
            break
    return b


def _is_heldout(approach: Approach) -> bool:
    return str((approach.annotations or {}).get("split", "")).lower() == "heldout"


def calibrate_accounts(
    paths: Sequence[Path],
    registry: Registry,
    intercept: float,
    coefficients: dict[str, float],
) -> AccountCalibration:
    """Fit the account offset on the account-only rows of ``paths`` under fixed weights."""
    data = load_labelled(paths)
    kept = [(a, label) for a, label in zip(data.approaches, data.labels, strict=True)
            if not _is_heldout(a)]  # fmt: skip
    heldout = len(data.approaches) - len(kept)
    x, codes = code_matrix([a for a, _ in kept], registry)
    labels = np.array([label for _, label in kept], dtype=int)
    accounts = (
        x[:, codes.index(ACCOUNT_CODE)] > 0
        if ACCOUNT_CODE in codes
        else np.zeros(len(kept), dtype=bool)
    )
    not_account = int((~accounts).sum())
    weights = np.array([0.0 if c == ACCOUNT_CODE else coefficients.get(c, 0.0) for c in codes])
    z = list(intercept + x[accounts] @ weights)
    y = [int(v) for v in labels[accounts]]
    if not y or len(set(y)) < 2:
        raise InvalidInput(
            f"--accounts: {len(y)} account-only training rows ({sum(y)} malicious); the weight "
            "of an account needs rows of both labels that hold an account and no persona message "
            f"({heldout} held-out and {not_account} message rows were skipped)",
            file=", ".join(str(p) for p in paths),
            field="account",
        )
    zs, ys = np.array(z), np.array(y)
    offset = fit_offset(zs, ys)
    # Each row scored by the offset fitted without it: an honest figure for rows it was fitted on.
    loo = [
        1.0 / (1.0 + np.exp(-(zs[i] + fit_offset(np.delete(zs, i), np.delete(ys, i)))))
        for i in range(len(ys))
    ]
    return AccountCalibration(
        offset=offset,
        rows=len(ys),
        malicious=int(ys.sum()),
        skipped_heldout=heldout,
        skipped_not_account=not_account,
        leave_one_out=summarise(list(map(int, ys)), [float(p) for p in loo]),
        files=[f["name"] for f in data.files],
    )
