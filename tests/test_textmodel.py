"""The conversation text model, its detector, and the model folder that carries it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from counterlink.assess import Assessor
from counterlink.errors import InvalidInput, InvalidModel
from counterlink.learn.labelled import truncate
from counterlink.learn.text_fit import fit_text_model, out_of_fold_proba
from counterlink.learn.train import train
from counterlink.model import load_model
from counterlink.schema import Approach
from counterlink.signals.text_model import CODE, TextModelDetector
from counterlink.textmodel import (
    TEXT_FILE,
    ConversationTextModel,
    persona_text,
)
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
)

HOSTILE = [
    "My client pays well for a short report. Please verify your bank details first.",
    "Kindly verify your bank login so the consultancy fee can be paid.",
    "The fee is paid after you verify your bank account and send a passport scan.",
    "Verify your bank details and we pay the report fee today.",
]
FRIENDLY = [
    "Great talk at the seminar, thanks for the slides.",
    "Thanks for the slides, the seminar was great.",
    "Are you coming to the seminar on Thursday? Thanks again.",
    "The seminar slides were great, thanks for sharing.",
]


def _fitted() -> ConversationTextModel:
    return fit_text_model(HOSTILE + FRIENDLY, [1] * 4 + [0] * 4, min_df=1)


def test_fit_separates_and_explains_with_the_terms_that_push_up() -> None:
    model = _fitted()
    hostile, friendly = model.predict_proba(
        ["Please verify your bank details for the fee.", "Thanks for the great seminar."]
    )
    assert hostile > 0.5 > friendly
    terms = model.top_terms("Please verify your bank details for the fee.")
    assert terms and all(t in "please verify your bank details for the fee" for t in terms)
    assert model.top_terms("Thanks for the great seminar.") == []  # nothing pushes it up


def test_artefact_round_trips_exactly_and_refuses_bad_files(tmp_path: Path) -> None:
    model = _fitted()
    path = model.save(tmp_path)
    loaded = ConversationTextModel.load(tmp_path)
    assert loaded is not None
    assert np.array_equal(loaded.coef, model.coef) and loaded.intercept == model.intercept
    assert loaded.save(tmp_path / "again").read_bytes() == path.read_bytes()
    assert ConversationTextModel.load(tmp_path / "elsewhere") is None  # no text model there
    path.write_text("{broken", "utf-8")
    with pytest.raises(InvalidModel, match="malformed"):
        ConversationTextModel.load(tmp_path)
    path.write_text(json.dumps({"format": "counterlink.text-model/1"}), "utf-8")
    with pytest.raises(InvalidModel, match="invalid text model"):
        ConversationTextModel.load(tmp_path)


def test_out_of_fold_predictions_never_see_their_own_row() -> None:
    # Each text is unique to its row, so a model that had seen the row would score it ~1.
    texts = [f"token{i} shared words here" for i in range(10)]
    labels = [1, 0] * 5
    proba = out_of_fold_proba(texts, labels, seed=0)
    assert proba.shape == (10,)
    assert np.all(np.abs(proba - 0.5) < 0.2)
    assert np.all(out_of_fold_proba(texts[:3], [1, 0, 0], seed=0) == 0.0)  # too few to fold


def test_persona_text_leaves_the_target_out() -> None:
    item = approach([("persona", "Send the report."), ("target", "No."), ("persona", "Why?")])
    assert persona_text(item) == "Send the report.\nWhy?"


def test_detector_cites_the_most_telling_sentence_and_names_the_terms() -> None:
    detector = TextModelDetector(_fitted())
    item = approach(
        [
            ("persona", "Hello there. Thanks for the seminar."),
            ("target", "You're welcome."),
            ("persona", "One thing. Please verify your bank details so we pay the fee."),
        ]
    )
    (finding,) = detector.detect(item)
    assert finding.code == CODE
    assert finding.evidence[0].field == "messages[2].text"
    assert finding.evidence[0].excerpt == "Please verify your bank details so we pay the fee."
    assert "bank" in finding.title or "verify" in finding.title
    assert_evidence_points_into_text(item, [finding])
    assert_stable_and_blind_to_labels(detector, item)
    assert detector.detect(approach([("persona", "Thanks for the great seminar.")])) == []
    assert detector.detect(approach([("target", "verify your bank details")])) == []


def test_shipped_text_model_on_a_first_message_and_on_a_friendly_one() -> None:
    assessor = Assessor()
    hostile = approach(
        [
            (
                "persona",
                "Dear researcher, our think tank pays USD 2,000 for a short report on your "
                "institute's internal plans. Please keep this confidential and add me on "
                "WhatsApp.",
            )
        ]
    )
    friendly = approach([("persona", "Thanks for the talk yesterday, the slides were great.")])
    assert CODE in {f.code for f in assessor.findings(hostile)}
    assert CODE not in {f.code for f in assessor.findings(friendly)}
    assert assessor.assess(hostile).score > assessor.assess(friendly).score


def _labelled_file(path: Path) -> Path:
    rows = [
        {
            "schema": "counterlink.approach/1",
            "id": f"{label}-{i}",
            "messages": [{"sender": "persona", "text": text}, {"sender": "target", "text": "ok"}],
            "label": label,
        }
        for label, texts in (("malicious", HOSTILE * 2), ("benign", FRIENDLY * 2))
        for i, text in enumerate(texts)
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return path


def test_train_writes_one_folder_that_check_uses(tmp_path: Path) -> None:
    data = _labelled_file(tmp_path / "cases.jsonl")
    requests = tmp_path / "requests.jsonl"
    requests.write_text(
        "\n".join(
            json.dumps({"text": t, "asks": a, "types": ["financial"] if a else []})
            for t, a in [
                ("Please send your bank details.", True),
                ("Could you share your account number?", True),
                ("What is your card number?", True),
                ("Please tell me your login password.", True),
                ("Thanks for the talk.", False),
                ("Lovely weather at the conference.", False),
                ("See you at the seminar.", False),
                ("Great slides!", False),
            ]
        )
        + "\n"
    )
    first = train([data], sensitive_paths=[requests])
    first.save(tmp_path / "one")
    train([data], sensitive_paths=[requests]).save(tmp_path / "two")
    for name in ("model.json", TEXT_FILE, "sensitive.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    scorer = load_model(tmp_path / "one")
    assert scorer.training["parts"] == {"text": TEXT_FILE, "sensitive": "sensitive.json"}
    assert set(scorer.metrics["early"]) == {"first_1", "first_3", "first_5", "first_7"}
    # The folder's own text model is used, not the shipped one: it knows this data's words.
    assessor = Assessor.from_path(tmp_path / "one")
    item = Approach.model_validate(json.loads(data.read_text().splitlines()[0]))
    assert CODE in {f.code for f in assessor.findings(item)}


def test_training_without_text_writes_no_text_model(tmp_path: Path) -> None:
    data = _labelled_file(tmp_path / "cases.jsonl")
    folder = tmp_path / "rules"
    train([data], text=False).save(folder)
    assert not (folder / TEXT_FILE).exists()
    assert CODE not in load_model(folder).coefficients
    item = Approach.model_validate(json.loads(data.read_text().splitlines()[0]))
    assert CODE not in {f.code for f in Assessor.from_path(folder).findings(item)}


def test_bad_sensitive_request_lines_name_file_line_and_field(tmp_path: Path) -> None:
    data = _labelled_file(tmp_path / "cases.jsonl")
    bad = tmp_path / "requests.jsonl"
    bad.write_text(json.dumps({"text": "Send it", "asks": True}) + "\n" + '{"text": 3}\n')
    with pytest.raises(InvalidInput) as info:
        train([data], sensitive_paths=[bad])
    assert (info.value.file, info.value.line, info.value.field) == (str(bad), 2, "text")


def test_partial_conversations_are_assessed_on_what_was_said_so_far() -> None:
    item = approach(
        [
            ("persona", "Hello, I enjoyed your paper on battery chemistry."),
            ("target", "Thanks!"),
            ("persona", "My client pays USD 3,000 for a confidential report. Add me on WeChat."),
        ]
    )
    assessor = Assessor()
    early = assessor.assess(truncate(item, 1))
    late = assessor.assess(item)
    assert early.score < late.score
    for assessment, shown in ((early, truncate(item, 1)), (late, item)):
        assert_evidence_points_into_text(shown, assessment.findings)
