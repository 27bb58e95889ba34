"""The model artefact: JSON only, validated on load, rebuilt exactly by training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counterlink.errors import InvalidModel
from counterlink.learn.train import choose_thresholds, train
from counterlink.model import MODEL_FORMAT, load_model


def test_shipped_model_records_its_training_and_metrics() -> None:
    model = load_model()
    assert model.training["files"] and model.training["approaches"] > 100
    assert {"cross_validated", "length_baseline"} <= set(model.metrics)
    assert 0 < model.thresholds["medium"] <= model.thresholds["high"] < 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "malformed model JSON"),
        (json.dumps({"format": "other"}), f"not a {MODEL_FORMAT}"),
        (json.dumps({"format": MODEL_FORMAT, "name": "x"}), "invalid model"),
    ],
)
def test_bad_model_files_are_refused(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "model.json").write_text(content)
    with pytest.raises(InvalidModel, match=message):
        load_model(tmp_path)


def test_missing_model_folder(tmp_path: Path) -> None:
    with pytest.raises(InvalidModel, match="cannot read model"):
        load_model(tmp_path / "absent")


def _tiny_training_file(path: Path) -> Path:
    hostile = [
        "We pay $3,000 per report on non-public plans. Add me on WhatsApp.",
        "Keep this between us; my client in Asia pays in USDT for insider insights.",
        "Could you share the names of your colleagues and whether you hold clearance?",
        "All expenses paid trip to Shanghai; send your CV and current projects first.",
        "Let's move to WeChat, my ID is abc_123. Payment in cash, no invoice needed.",
        "Confidential offer: paid consultancy for your views on unpublished research data.",
    ]
    benign = [
        "Thanks for the great talk at the workshop, the slides were really helpful.",
        "Hi, we are hiring a data engineer at Monzo in London; would you like to chat?",
        "Congratulations on the new role! Let's catch up for coffee sometime.",
        "Your paper on error correction was cited in our review; sharing the link.",
        "Are you coming to the department seminar on Thursday?",
        "Hello, I run the alumni newsletter and wanted to feature your start-up.",
    ]
    rows = [
        {
            "schema": "counterlink.approach/1",
            "id": f"{label}-{i}",
            "source": "tiny",
            "messages": [{"sender": "persona", "text": text}],
            "label": label,
        }
        for label, texts in (("malicious", hostile), ("benign", benign))
        for i, text in enumerate(texts)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_training_is_reproducible_and_separates_a_tiny_set(tmp_path: Path) -> None:
    data = _tiny_training_file(tmp_path / "tiny.jsonl")
    first = train([data]).save(tmp_path / "one")
    second = train([data]).save(tmp_path / "two")
    assert first.read_bytes() == second.read_bytes()
    text = "text.json"
    assert (tmp_path / "one" / text).read_bytes() == (tmp_path / "two" / text).read_bytes()
    model = load_model(tmp_path / "one")
    assert model.training["files"][0]["rows"] == 12
    assert model.probability({"message.paid_insight", "message.off_platform"}) > model.probability(
        set()
    )


def test_training_refuses_unlabelled_rows(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    labelled = {"schema": "counterlink.approach/1", "messages": [], "label": "benign"}
    unlabelled = {"schema": "counterlink.approach/1", "messages": []}
    # A blank line between records: the error must still name the record's real line.
    path.write_text(json.dumps(labelled) + "\n\n" + json.dumps(unlabelled) + "\n")
    from counterlink.errors import InvalidInput

    with pytest.raises(InvalidInput) as info:
        train([path])
    assert (info.value.line, info.value.field) == (3, "label")


def test_thresholds_meet_their_targets_on_a_hand_made_case() -> None:
    labels = [0, 0, 0, 0, 1, 0, 1, 1, 1, 1]
    scores = [0.05, 0.1, 0.2, 0.3, 0.35, 0.6, 0.7, 0.8, 0.9, 0.95]
    thresholds = choose_thresholds(labels, scores)
    # high: first score >= 0.5 where precision >= 0.9 → 0.7 (4/4 malicious above it)
    assert thresholds["high"] == 0.7
    # medium: highest score below which >= 95% are benign → 0.35 (4/4 below it are benign)
    assert thresholds["medium"] == 0.35
