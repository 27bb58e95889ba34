"""The weight of an account alone: a one-parameter fit under fixed weights, held-out rows never
read, and a clear error when the rows cannot support it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from counterlink.errors import InvalidInput
from counterlink.learn.accounts import calibrate_accounts, fit_offset
from counterlink.schema import APPROACH_SCHEMA
from counterlink.signals.registry import default_registry


def test_the_offset_is_recovered_from_data_drawn_with_it() -> None:
    rng = np.random.default_rng(3)
    z = rng.normal(-2.0, 1.5, 4000)
    # Balanced weighting estimates the offset that makes both labels equally likely a priori:
    # draw labels at even odds around the true offset and compare.
    true = 1.3
    y = (rng.random(4000) < 1 / (1 + np.exp(-(z + true)))).astype(int)
    balanced_true = true + np.log((1 - y.mean()) / y.mean())
    assert fit_offset(z, y, prior_sd=100.0) == pytest.approx(balanced_true, abs=0.25)


def test_the_prior_pulls_a_tiny_sample_towards_zero() -> None:
    z = np.full(4, -3.0)
    y = np.array([1, 1, 0, 0])
    assert 0 < fit_offset(z, y, prior_sd=0.5) < fit_offset(z, y, prior_sd=100.0)


def _row(label: str, account: str, split: str, messages: list[str] | None = None) -> str:
    return json.dumps(
        {
            "schema": APPROACH_SCHEMA,
            "label": label,
            "account": account,
            "messages": [{"sender": "persona", "text": m} for m in messages or []],
            "annotations": {"split": split},
        }
    )


def test_held_out_rows_and_message_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "accounts.jsonl"
    rows = [
        _row("malicious", "He offered to pay me for reports and to fly me to Beijing.", "train"),
        _row("malicious", "Posing as a headhunter, she asked for non-public details.", "train"),
        _row("benign", "A recruiter from a bank sent me a role with its salary band.", "train"),
        _row("benign", "A journal asked me to review a paper.", "train"),
        _row("malicious", "He asked me for classified information.", "heldout"),
        _row("benign", "", "train", ["Hello, we have a role in Leeds."]),
    ]
    path.write_text("\n".join(rows) + "\n", "utf-8")
    fit = calibrate_accounts([path], default_registry(), -4.0, {"message.paid_insight": 2.0})
    assert (fit.rows, fit.malicious, fit.skipped_heldout, fit.skipped_not_account) == (4, 2, 1, 1)
    assert fit.as_json()["code"] == "context.account_only"


def test_rows_of_one_label_are_refused_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "only-malicious.jsonl"
    path.write_text(_row("malicious", "He offered to fly me to Moscow.", "train") + "\n", "utf-8")
    with pytest.raises(InvalidInput, match="both") as caught:
        calibrate_accounts([path], default_registry(), -4.0, {})
    assert "only-malicious.jsonl" in str(caught.value.file)
