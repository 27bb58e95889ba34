"""The learned sensitive-request detector: cites the asking sentence of persona messages only."""

from __future__ import annotations

import subprocess
import sys

import pytest

from counterlink.learn.sensitive_fit import fit_sensitive_model
from counterlink.signals.sensitive_model import CODE, SensitiveModelDetector
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
)

DETECTOR = SensitiveModelDetector()

POSITIVES = [
    "Hi Anna, great talk in Delft. Could you send me the internal test results of the new "
    "battery cell? My client pays well for a short summary.",
    "Thank you for accepting. For the visa invitation, please send a scan of your passport "
    "and your date of birth.",
    "Before we move on, do you hold a security clearance? Which level, SC or DV?",
    "It would help a lot if you could tell me who else in your team works on the radar "
    "programme, with their emails.",
    "To pay the honorarium we need your bank account number and the card details.",
    "Dear Sir, kindly to send me the login of your university library system, I need some "
    "papers urgently.",
]
NEGATIVES = [
    "Hello Sam, I'm a recruiter at Brightpath. Would you be open to a quick call next week "
    "about a senior engineer role?",
    "Thanks for connecting! I enjoyed your talk at the conference yesterday.",
    "I'll send you the job description and the salary range by email tomorrow.",
    "We take privacy seriously and never ask for passwords or bank details.",
    "Congratulations on the new position, your team is lucky to have you.",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_flags_asks_and_cites_the_asking_sentence(text: str) -> None:
    opener = "Hello, nice to connect with you."
    item = approach([("persona", opener), ("target", "Hi!"), ("persona", text)])
    findings = DETECTOR.detect(item)
    assert [f.code for f in findings] == [CODE]
    (finding,) = findings
    assert finding.category == "message" and finding.attack == "T1598"
    assert finding.guidance and finding.title.startswith("Asks for sensitive information (")
    assert {ev.field for ev in finding.evidence} == {"messages[2].text"}
    assert_evidence_points_into_text(item, findings)
    for ev in finding.evidence:
        assert len(ev.excerpt) <= len(text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_leaves_ordinary_messages_alone(text: str) -> None:
    assert DETECTOR.detect(approach([("persona", text)])) == []


def test_title_names_what_is_asked() -> None:
    item = approach([("persona", "Do you hold a security clearance? What level?")])
    (finding,) = DETECTOR.detect(item)
    assert "security clearance" in finding.title


def test_cites_the_asking_sentence_not_the_whole_message() -> None:
    text = (
        "I really enjoyed your keynote on solid-state batteries. Our firm supports young "
        "researchers across Europe. Could you please send me your passport number and date "
        "of birth for the registration? Have a nice evening."
    )
    (finding,) = DETECTOR.detect(approach([("persona", text)]))
    excerpts = [ev.excerpt for ev in finding.evidence]
    assert any("passport number" in e for e in excerpts)
    assert all("keynote" not in e and "nice evening" not in e for e in excerpts)


def test_target_messages_are_never_cited() -> None:
    item = approach(
        [
            ("persona", "Thanks for connecting, hope the project goes well."),
            ("target", "Could you send me your passport number and your bank details?"),
        ]
    )
    assert DETECTOR.detect(item) == []
    item = approach([("target", "What is your password?"), ("persona", POSITIVES[1])])
    findings = DETECTOR.detect(item)
    assert_evidence_points_into_text(item, findings)
    assert {ev.field for f in findings for ev in f.evidence} == {"messages[1].text"}


def test_blind_to_label_and_annotations_and_deterministic() -> None:
    item = approach([("persona", p) for p in POSITIVES], label="malicious")
    assert_stable_and_blind_to_labels(DETECTOR, item)
    again = SensitiveModelDetector()
    assert [f.model_dump() for f in again.detect(item)] == [
        f.model_dump() for f in DETECTOR.detect(item)
    ]


def test_empty_and_silent_approaches() -> None:
    assert DETECTOR.detect(approach([])) == []
    assert DETECTOR.detect(approach([("persona", ""), ("persona", "   ")])) == []


def test_a_given_model_is_used() -> None:
    texts = [
        "Please send your password.",
        "Can you tell me the password?",
        "Give me your VPN password please.",
        "Have a nice day.",
        "Great talk yesterday.",
        "See you at the conference.",
    ]
    model = fit_sensitive_model(texts, [1, 1, 1, 0, 0, 0], min_df=1)
    detector = SensitiveModelDetector(model)
    (finding,) = detector.detect(approach([("persona", "Hi. What is the password?")]))
    assert finding.title == "Asks for sensitive information"  # this model knows no types
    assert [ev.excerpt for ev in finding.evidence] == ["What is the password?"]


def test_the_model_is_not_loaded_at_import() -> None:
    code = "import counterlink.signals.sensitive_model as m; print(m._load.cache_info().currsize)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "0"
