"""Evaluation figures against values worked out by hand, on a toy detector and model whose every
score is known: 0.1192 without the finding, 0.8808 with it (sigmoid of -2 and of +2)."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

from counterlink.assess import Assessor
from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.learn.evaluate import (
    _no_nan,
    annotated_messages,
    conversation_figures,
    evaluate,
    message_level,
    reliability_bins,
    scenario_breakdown,
    threshold_errors,
)
from counterlink.learn.labelled import flagged_messages, truncate
from counterlink.learn.plot import reliability_plot
from counterlink.model import ScoringModel
from counterlink.schema import APPROACH_SCHEMA, Approach, Assessment, Evidence, Finding
from counterlink.signals.base import Detector, evidence
from counterlink.signals.registry import Registry

LOW, HIGH = 0.1192, 0.8808  # sigmoid(-2), sigmoid(2), rounded as Assessment.score is


class KeywordDetector(Detector):
    """Flags each persona message containing SECRET, citing it."""

    name = "toy"
    codes: ClassVar[dict[str, str]] = {"toy.sensitive_keyword": "says SECRET"}

    def detect(self, approach: Approach) -> list[Finding]:
        cited = [
            evidence(f"messages[{i}].text", m.text, 0, len(m.text))
            for i, m in enumerate(approach.messages)
            if m.sender == "persona" and "SECRET" in m.text
        ]
        if not cited:
            return []
        return [
            Finding(code="toy.sensitive_keyword", category="message", title="t", evidence=cited)
        ]


def toy_assessor() -> Assessor:
    model = ScoringModel(
        name="toy",
        version="1",
        intercept=-2.0,
        coefficients={"toy.sensitive_keyword": 4.0},
        thresholds={"medium": 0.3, "high": 0.5},
    )
    return Assessor(model, Registry([KeywordDetector()]))


def record(label: str, *persona: str, **extra: Any) -> dict[str, Any]:
    """Persona and target alternate: persona texts land at indices 0, 2, 4..."""
    messages: list[dict[str, str]] = []
    for text in persona:
        messages += [
            {"sender": "persona", "text": text},
            {"sender": "target", "text": "thanks, tell me more"},
        ]
    return {"schema": APPROACH_SCHEMA, "messages": messages, "label": label, **extra}


def toy_file(tmp_path: Path) -> Path:
    """6 malicious (one says SECRET only in its 2nd persona message), 6 benign (one says it)."""
    words = ["report", "project", "meeting", "paper", "salary", "role"]
    rows = [
        record("malicious", f"SECRET {w} for my client please", "pay well", scenario=None)
        for w in words[:5]
    ]
    rows.append(record("malicious", "hello there, a project for you", "SECRET pay well"))
    rows += [record("benign", f"hello {w} for the team please", "see you soon") for w in words[:5]]
    rows.append(record("benign", "SECRET santa at the team meeting", "see you soon"))
    for row in rows:
        row["annotations"] = {"scenario": "hostile" if row["label"] == "malicious" else "genuine"}
    # Message-level truth on three conversations only; the others take no part.
    rows[0]["annotations"]["sensitive_info_requests"] = [{"message": 0}, {"message": 2}]
    rows[5]["annotations"]["sensitive_info_requests"] = [{"message": 2, "types": ["x"]}]
    rows[11]["annotations"]["sensitive_info_requests"] = []
    path = tmp_path / "toy.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def test_conversation_figures_by_hand() -> None:
    # Predictions at 0.5: [1, 0, 1, 0] -> tp 1, fn 1, fp 1, tn 1: both F1 = 0.5.
    figures = conversation_figures([1, 1, 0, 0], [0.9, 0.4, 0.6, 0.1])
    assert figures["macro_f1"] == 0.5 and figures["malicious_f1"] == 0.5
    assert figures["auc"] == 0.75  # 3 of 4 malicious/benign pairs ranked right
    assert figures["brier"] == pytest.approx((0.01 + 0.36 + 0.36 + 0.01) / 4)
    assert figures["ece"] == pytest.approx((0.1 + 0.6 + 0.6 + 0.1) / 4)
    assert figures["n"] == 4


def test_reliability_bins_match_the_ece_binning() -> None:
    bins = reliability_bins([1, 0, 0, 1], [0.95, 0.15, 0.12, 1.0])
    assert len(bins) == 10 and [b["n"] for b in bins] == [0, 2, 0, 0, 0, 0, 0, 0, 0, 2]
    assert bins[1]["mean_score"] == 0.135 and bins[1]["malicious_rate"] == 0.0
    assert bins[9]["mean_score"] == 0.975 and bins[9]["malicious_rate"] == 1.0  # 1.0 in last bin
    assert bins[0]["mean_score"] is None and bins[0]["lower"] == 0.0 and bins[0]["upper"] == 0.1


def test_threshold_errors_counts_and_rates() -> None:
    errors = threshold_errors([1, 1, 0, 0], [0.9, 0.4, 0.6, 0.1], {"medium": 0.3, "high": 0.7})
    assert errors["medium"] == {
        "threshold": 0.3,
        "malicious_missed": 0,
        "malicious_missed_rate": 0.0,
        "benign_flagged": 1,
        "benign_flagged_rate": 0.5,
    }
    assert errors["high"]["malicious_missed"] == 1 and errors["high"]["benign_flagged"] == 0
    # "At or above" flags: a benign score equal to the threshold counts as flagged.
    assert threshold_errors([0, 1], [0.5, 0.5], {"medium": 0.5, "high": 0.5})["high"] == {
        "threshold": 0.5,
        "malicious_missed": 0,
        "malicious_missed_rate": 0.0,
        "benign_flagged": 1,
        "benign_flagged_rate": 1.0,
    }


def test_truncate_keeps_everything_but_later_messages() -> None:
    approach = Approach.model_validate(
        {**record("malicious", "a", "b", "c"), "id": "x", "annotations": {"k": 1}}
    )
    cut = truncate(approach, 3)
    assert [m.text for m in cut.messages] == ["a", "thanks, tell me more", "b"]
    assert cut.id == "x" and cut.label == "malicious" and cut.annotations == {"k": 1}
    assert len(approach.messages) == 6  # the original is untouched
    assert len(truncate(approach, 10).messages) == 6


def _assessment(*findings: tuple[str, list[str]]) -> Assessment:
    return Assessment(
        score=0.5,
        level="medium",
        advice=[],
        model="m",
        findings=[
            Finding(
                code=code,
                category="message",
                title="t",
                evidence=[Evidence(field=f, excerpt="x", start=0, end=1) for f in fields],
            )
            for code, fields in findings
        ],
    )


def test_message_matching_rule() -> None:
    # persona messages at 0, 2, 4; target at 1, 3
    approach = Approach.model_validate(
        record("malicious", "a", "b", "c", annotations={"sensitive_info_requests": []})
    )
    assessment = _assessment(
        ("message.sensitive_personal", ["messages[0].text", "persona.about"]),
        ("message.flattery", ["messages[2].text"]),  # code lacks "sensitive": not a prediction
        ("message.sensitive_research", ["messages[1].text"]),  # a target message: never counts
    )
    assert flagged_messages(assessment.findings, approach) == {0}
    approach.annotations = {
        "sensitive_info_requests": [{"message": 0}, {"message": 2}, {"message": 1}]
    }
    assert annotated_messages(approach, ("f", 1)) == {0, 2}  # message 1 is the target's
    figures = message_level([approach], [assessment], [("f", 1)])
    assert figures is not None
    # tp {0}, fn {2}, tn {4}: precision 1, recall 1/2, F1 2/3.
    assert (figures["tp"], figures["fp"], figures["fn"], figures["tn"]) == (1, 0, 1, 1)
    assert figures["precision"] == 1.0 and figures["recall"] == 0.5
    assert figures["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert figures["persona_messages"] == 3 and figures["conversations"] == 1


def test_message_level_is_skipped_without_annotations() -> None:
    approach = Approach.model_validate(record("benign", "a", annotations={"scenario": "s"}))
    assert annotated_messages(approach, ("f", 1)) is None
    assert message_level([approach], [_assessment()], [("f", 1)]) is None


def test_malformed_annotation_names_file_line_and_field() -> None:
    approach = Approach.model_validate(
        record("benign", "a", annotations={"sensitive_info_requests": [{"types": ["x"]}]})
    )
    with pytest.raises(InvalidInput) as caught:
        annotated_messages(approach, ("data.jsonl", 7))
    assert str(caught.value).startswith("data.jsonl:7: field 'annotations.sensitive_info_requests'")


def test_scenario_breakdown_uses_accuracy_for_one_class() -> None:
    approaches = [
        Approach.model_validate(record("malicious", "a", annotations={"scenario": s}))
        for s in ("x", "x", "y", "y")
    ]
    rows = scenario_breakdown(approaches, [1, 0, 1, 1], [0.9, 0.2, 0.8, 0.3])
    assert rows["x"] == {"n": 2, "malicious": 1, "macro_f1": 1.0, "mean_score": 0.55}
    assert rows["y"] == {"n": 2, "malicious": 2, "accuracy": 0.5, "mean_score": 0.55}
    plain = [Approach.model_validate(record("benign", "a"))]
    assert scenario_breakdown(plain, [0], [0.1]) == {}


def test_evaluate_on_a_toy_model_by_hand(tmp_path: Path) -> None:
    report = evaluate([toy_file(tmp_path)], assessor=toy_assessor()).as_json()
    assert (report["n"], report["malicious"], report["benign"]) == (12, 6, 6)
    # Whole conversations: 6 malicious at HIGH; benign 5 at LOW and 1 at HIGH.
    # tp 6, fp 1, tn 5, fn 0 -> malicious F1 12/13, benign F1 10/11.
    whole = report["conversation"]
    assert whole["malicious_f1"] == round(12 / 13, 4)
    assert whole["macro_f1"] == round((12 / 13 + 10 / 11) / 2, 4)
    assert whole["auc"] == round((6 * 5 + 6 * 0.5) / 36, 4)  # ties count 1/2
    brier = (6 * (1 - HIGH) ** 2 + 5 * LOW**2 + HIGH**2) / 12
    assert whole["brier"] == round(brier, 4)
    ece = (5 * LOW + 7 * abs(HIGH - 6 / 7)) / 12  # bins 0.1-0.2 and 0.8-0.9
    assert whole["ece"] == pytest.approx(ece, abs=1e-4)
    # After one message the late malicious one scores LOW: tp 5, fn 1, fp 1, tn 5.
    first = report["early_detection"]["1"]
    assert first["macro_f1"] == round(10 / 12, 4) and first["shortened"] == 12
    assert report["early_detection"]["3"]["macro_f1"] == whole["macro_f1"]
    assert report["early_detection"]["7"]["shortened"] == 0
    assert report["thresholds"]["medium"]["benign_flagged"] == 1
    assert report["thresholds"]["high"]["malicious_missed"] == 0
    assert report["scenarios"]["genuine"] == {
        "n": 6,
        "malicious": 0,
        "accuracy": round(5 / 6, 4),
        "mean_score": round((5 * LOW + HIGH) / 6, 4),
    }
    # Rows 0, 5, 11: truth {0, 2}, {2}, {}; flagged {0}, {2}, {0}.
    level = report["message_level"]
    assert (level["tp"], level["fp"], level["fn"]) == (2, 1, 1)
    assert level["conversations"] == 3 and level["persona_messages"] == 6
    assert set(report["baselines"]) == {"method", "length", "tfidf"}
    assert "cross-validation" in report["baselines"]["method"]["how"]
    for name in ("length", "tfidf"):
        assert 0.0 <= report["baselines"][name]["auc"] <= 1.0


def test_evaluate_is_deterministic_and_fits_baselines_on_train(tmp_path: Path) -> None:
    path = toy_file(tmp_path)
    once = evaluate([path], assessor=toy_assessor(), seed=3).as_json()
    assert once == evaluate([path], assessor=toy_assessor(), seed=3).as_json()
    trained = evaluate([path], assessor=toy_assessor(), train_paths=[path]).as_json()
    assert trained["baselines"]["method"]["fitted_on"] == ["toy.jsonl"]
    assert trained["conversation"] == once["conversation"]


def test_too_few_of_a_class_for_cross_validated_baselines(tmp_path: Path) -> None:
    rows = [record("malicious", "SECRET a b"), record("benign", "a b")] + [
        record("benign", f"a b {i}") for i in range(4)
    ]
    path = tmp_path / "few.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    with pytest.raises(InvalidInput, match="--train"):
        evaluate([path], assessor=toy_assessor())


def test_plot_is_a_png(tmp_path: Path) -> None:
    bins = reliability_bins([1, 0, 1], [0.9, 0.1, 0.6])
    target = reliability_plot(bins, 0.2, tmp_path / "sub" / "r.png")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plot_without_matplotlib_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    with pytest.raises(CounterlinkError, match=r"counterlink\[eval\]"):
        reliability_plot(reliability_bins([1], [0.5]), 0.0, tmp_path / "r.png")


def test_nan_auc_becomes_null_in_json() -> None:
    figures = conversation_figures([1, 1], [0.2, 0.9])  # one class: no AUC
    assert math.isnan(figures["auc"])
    assert _no_nan({"x": [figures]})["x"][0]["auc"] is None
