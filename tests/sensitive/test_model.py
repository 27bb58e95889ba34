"""The sensitive-request model: fitting, the JSON artefact, the shipped model, training."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pytest

from counterlink.errors import InvalidModel
from counterlink.learn.sensitive import seconvo_type, train_sensitive
from counterlink.learn.sensitive_fit import fit_sensitive_model
from counterlink.schema import APPROACH_SCHEMA
from counterlink.sensitive.features import TextFeatures, asking_part, sentences
from counterlink.sensitive.model import TYPES, SensitiveRequestModel

# A tiny hand-written training set: (text, asks, types).
FIXTURE: list[tuple[str, bool, list[str]]] = [
    ("Could you send me your passport number and date of birth?", True, ["personal"]),
    ("Please share your date of birth and a copy of your ID card.", True, ["personal"]),
    ("What is your passport number? I need it for the visa.", True, ["personal"]),
    ("Can you give me the password for the lab VPN?", True, ["credentials"]),
    ("Please send your login and password for the portal.", True, ["credentials"]),
    ("Could you tell me your VPN password so I can log in?", True, ["credentials"]),
    ("Could you share the unpublished test results of your project?", True, ["research"]),
    ("Please send the internal test data from your lab.", True, ["research"]),
    ("Do you hold a security clearance? Which level?", True, ["clearance"]),
    ("Thanks for connecting, have a great week.", False, []),
    ("I will send you the job description tomorrow.", False, []),
    ("We never ask for your password or bank details.", False, []),
    ("Would you be open to a quick call next week?", False, []),
    ("Congratulations on the new role at the lab.", False, []),
    ("The conference was great, thanks for your talk.", False, []),
    ("Our company is hiring engineers in Berlin this year.", False, []),
    ("Happy to share our public brochure with you.", False, []),
    ("I enjoyed reading your published paper on batteries.", False, []),
]
TEXTS = [t for t, _, _ in FIXTURE]
LABELS = [a for _, a, _ in FIXTURE]
KINDS = [k for _, _, k in FIXTURE]


@pytest.fixture(scope="module")
def tiny() -> SensitiveRequestModel:
    return fit_sensitive_model(TEXTS, LABELS, types=KINDS, seed=0, min_df=1)


def test_fit_ranks_asks_above_the_rest(tiny: SensitiveRequestModel) -> None:
    proba = tiny.predict_proba(TEXTS)
    asks = proba[np.array(LABELS)]
    rest = proba[~np.array(LABELS)]
    assert asks.min() > rest.max()
    assert 0.0 < tiny.threshold < 1.0
    assert set(tiny.types) <= set(TYPES)
    assert tiny.predict_types(["Can you give me your VPN password?"]) == [["credentials"]]


def test_fit_without_types_or_groups() -> None:
    model = fit_sensitive_model(TEXTS, LABELS, min_df=1)
    assert model.types == ()
    assert model.predict_types(TEXTS[:1]) == [[]]
    assert model.predict_proba([]).shape == (0,)


def test_fit_needs_both_classes() -> None:
    with pytest.raises(ValueError, match="both classes"):
        fit_sensitive_model(TEXTS[:3], [True, True, True])


def test_json_round_trip_gives_identical_probabilities(
    tiny: SensitiveRequestModel, tmp_path: Path
) -> None:
    probe = [*TEXTS, "Kindly provide ur bank acount number pls", "", "??"]
    again = SensitiveRequestModel.from_json(json.loads(json.dumps(tiny.to_json())))
    assert np.array_equal(again.predict_proba(probe), tiny.predict_proba(probe))
    tiny.save(tmp_path)
    loaded = SensitiveRequestModel.load(tmp_path)
    assert np.array_equal(loaded.logits(probe), tiny.logits(probe))
    assert loaded.dumps() == tiny.dumps()
    assert (loaded.threshold, loaded.types) == (tiny.threshold, tiny.types)


def test_features_round_trip_and_restrict() -> None:
    features = TextFeatures.fit(TEXTS, min_df=1)
    again = TextFeatures.from_json(json.loads(json.dumps(features.to_json())))
    assert (again.transform(TEXTS) != features.transform(TEXTS)).nnz == 0
    small = features.restrict(range(0, features.size, 2))
    assert small.size == (features.size + 1) // 2
    rows = small.transform(TEXTS).toarray()
    norms = np.linalg.norm(rows, axis=1)
    assert np.all(norms <= 2.0 + 1e-9)  # two blocks, each of norm at most 1


def test_sentences_and_asking_part() -> None:
    text = "Hi Sam.  Great talk!\nCould you send the data? Thanks."
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Hi Sam.",
        "Great talk!",
        "Could you send the data?",
        "Thanks.",
    ]
    assert asking_part(text) == "Could you send the data?"
    assert sentences("") == [] and sentences("   ") == []


def test_fitting_is_deterministic() -> None:
    first = fit_sensitive_model(TEXTS, LABELS, types=KINDS, seed=3, min_df=1)
    second = fit_sensitive_model(TEXTS, LABELS, types=KINDS, seed=3, min_df=1)
    assert first.dumps() == second.dumps()


def test_bad_artefacts_fail_loudly(tmp_path: Path) -> None:
    with pytest.raises(InvalidModel, match="cannot read"):
        SensitiveRequestModel.load(tmp_path / "missing")
    (tmp_path / "sensitive.json").write_text("{not json", "utf-8")
    with pytest.raises(InvalidModel, match="malformed"):
        SensitiveRequestModel.load(tmp_path)
    (tmp_path / "sensitive.json").write_text('{"format": "counterlink.model/1"}', "utf-8")
    with pytest.raises(InvalidModel, match="invalid"):
        SensitiveRequestModel.load(tmp_path)


def test_shipped_artefact_loads_fast_and_records_its_training() -> None:
    started = time.perf_counter()
    model = SensitiveRequestModel.load()
    elapsed = time.perf_counter() - started
    print(f"shipped sensitive-request model loaded in {elapsed * 1000:.0f} ms")
    files = model.training["files"]
    assert {f["kind"] for f in files} == {"seconvo", "extra"}
    assert all(len(f["sha256"]) == 64 for f in files)
    assert model.metrics["seconvo"]["model_cv"]["f1"] > 0.5
    assert set(model.types) == set(TYPES)
    path = Path(__file__).parents[2] / "src/counterlink/models/default/sensitive.json"
    assert path.stat().st_size < 5_000_000


SHIPPED_ASKS = [
    "Could you send me a scan of your passport and your date of birth?",
    "Please share the login and password for your university VPN.",
    "Would you be able to send the unpublished test results of the battery project?",
    "Do you hold a security clearance? What level?",
    "Who else in your team works on the radar programme? Their emails would help.",
    "What is your bank account number? We will transfer the fee.",
]
SHIPPED_OTHERS = [
    "Thanks for connecting, I hope you have a great week.",
    "Would you be open to a quick call next week about a senior engineer role?",
    "I'll send you the job description and the salary range tomorrow.",
    "We never ask for passwords or bank details.",
    "Congratulations on your new position!",
    "I enjoyed your talk at the conference yesterday.",
]


def test_shipped_model_on_realistic_messages() -> None:
    model = SensitiveRequestModel.load()
    assert model.predict(SHIPPED_ASKS).all()
    assert not model.predict(SHIPPED_OTHERS).any()


@pytest.mark.parametrize(
    ("name", "ours"),
    [
        ("Date of Birth", "personal"),
        ("SSN", "personal"),
        ("Email Address", "contact"),
        ("Hometown", "contact"),
        ("login information", "credentials"),
        ("Credit Card Information", "financial"),
        ("Unpublished data", "research"),
        ("LinkedIN endorsement", "colleagues"),
    ],
)
def test_seconvo_type_names_map_onto_ours(name: str, ours: str) -> None:
    assert seconvo_type(name) == ours


def _write_training_files(folder: Path) -> tuple[Path, Path]:
    conversations = folder / "convos.jsonl"
    lines = []
    for i in range(6):
        ask = FIXTURE[i % 9][0]
        messages = [
            {"sender": "persona", "text": f"Hello Sam {i}, great talk at the conference."},
            {"sender": "target", "text": "Thanks! What do you need?"},
            {"sender": "persona", "text": ask},
            {"sender": "target", "text": "I would rather not."},
            {"sender": "persona", "text": FIXTURE[9 + i % 9][0]},
        ]
        record = {
            "schema": APPROACH_SCHEMA,
            "id": f"c{i}",
            "messages": messages,
            "label": "malicious",
            "annotations": {"sensitive_info_requests": [{"message": 2, "types": ["ID"]}]},
        }
        lines.append(json.dumps(record))
    conversations.write_text("\n".join(lines) + "\n", "utf-8")
    extra = folder / "extra.jsonl"
    extra.write_text(
        "".join(json.dumps({"text": t, "asks": a, "types": k}) + "\n" for t, a, k in FIXTURE[::2]),
        "utf-8",
    )
    return conversations, extra


def test_train_sensitive_reports_grouped_cv_beside_rules_and_baseline(tmp_path: Path) -> None:
    conversations, extra = _write_training_files(tmp_path)
    model = train_sensitive([conversations], [extra], seed=0)
    assert model.training["conversations"] == 6
    assert model.training["messages"] == 6 * 3 + 9
    names = [f["name"] for f in model.training["files"]]
    assert names == ["convos.jsonl", "extra.jsonl"]
    for subset in ("all", "seconvo", "extra"):
        assert set(model.metrics[subset]) == {
            "model_cv",
            "rule_detector",
            "baseline_question_mark",
        }
    assert model.metrics["seconvo"]["model_cv"]["positives"] == 6
    again = train_sensitive([conversations], [extra], seed=0)
    assert again.dumps() == model.dumps()
