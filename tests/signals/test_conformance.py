"""One battery run over every registered detector (STYLE.md §2): valid output, evidence offsets
that point into the cited text, documented codes, determinism, and no peeking at labels."""

from __future__ import annotations

import copy

import pytest

from counterlink.schema import Approach, resolve_field
from counterlink.signals.base import Detector
from counterlink.signals.guidance import SOURCES
from counterlink.signals.registry import Registry, default_registry
from tests.conftest import make_approach

CATEGORIES = {"profile", "message", "contact", "photo", "employer", "campaign"}

# An approach that should wake most detectors up, and an ordinary one.
LOUD = make_approach(
    "Dear Dr Moreton, I have followed your outstanding research on trapped-ion qubits.",
    "My client, a consultancy in Asia, pays GBP 5,000 per short report on developments not yet "
    "public. Payment can be in USDT if you prefer, and please keep this between us.",
    "Could you send your CV and the names of colleagues on the cryogenics team? Do you hold "
    "security clearance? Add me on WhatsApp +86 138 0013 8000 or WeChat ID: grace_liu88.",
    "We would also cover an all-expenses-paid trip to Shanghai next month. Please reply today.",
    id="loud",
    persona={
        "name": "Grace Liu",
        "headline": "Senior Director | Global Talent Consulting | Connecting elite talent",
        "connections": 14,
        "member_since": "2026-01",
        "experience": [{"title": "Managing Director", "company": "Global Strategic Advisory"}],
    },
    target={"organisation": "Qubit Labs", "sector": "quantum computing", "role": "researcher"},
    received_at="2026-03-01T10:00:00+00:00",
)
QUIET = make_approach(
    "Hi Sam, thanks for the talk yesterday; the slides are on the conference site.",
    id="quiet",
)


def detectors() -> list[Detector]:
    return list(default_registry())


@pytest.fixture(params=detectors(), ids=lambda d: d.name)
def detector(request: pytest.FixtureRequest) -> Detector:
    return request.param


def test_every_detector_documents_its_codes(detector: Detector) -> None:
    assert detector.name and detector.codes
    for code, title in detector.codes.items():
        assert "." in code and code == code.lower(), code
        assert title.strip(), code


@pytest.mark.parametrize("approach", [LOUD, QUIET], ids=["loud", "quiet"])
def test_findings_are_valid_and_cite_real_text(detector: Detector, approach: Approach) -> None:
    for finding in detector.detect(approach):
        assert finding.code in detector.codes
        assert finding.category in CATEGORIES
        assert finding.weight == 0.0, "detectors leave the weight to the scoring model"
        assert finding.evidence, f"{finding.code} has no evidence"
        assert finding.guidance, f"{finding.code} cites no guidance"
        assert set(finding.guidance) <= set(SOURCES), finding.guidance
        for ev in finding.evidence:
            assert 0 <= ev.start <= ev.end
            text = resolve_field(approach, ev.field)
            assert text is not None, f"{ev.field} points at no text"
            assert text[ev.start : ev.end] == ev.excerpt, ev
            if ev.field.startswith("messages["):
                index = int(ev.field[len("messages[") : ev.field.index("]")])
                assert approach.messages[index].sender == "persona"


def test_detectors_are_deterministic_and_ignore_labels(detector: Detector) -> None:
    first = [f.model_dump() for f in detector.detect(LOUD)]
    relabelled = copy.deepcopy(LOUD)
    relabelled.label = "benign"
    relabelled.annotations = {"scenario": "Recruitment", "tactics": ["everything"]}
    assert [f.model_dump() for f in detector.detect(relabelled)] == first
    assert [f.model_dump() for f in detector.detect(LOUD)] == first


def test_the_loud_approach_wakes_every_message_detector() -> None:
    codes = {f.code for f in default_registry().run(LOUD)}
    for expected in [
        "message.paid_insight",
        "message.off_platform",
        "message.secrecy",
        "message.irregular_payment",
        "message.travel_invitation",
        "message.request_cv",
        "message.request_colleagues",
        "message.request_clearance",
        "contact.messaging_handle",
        "contact.phone",
    ]:
        assert expected in codes, expected


def test_registry_refuses_duplicates() -> None:
    registry = default_registry()
    first = next(iter(registry))
    with pytest.raises(ValueError, match="already registered"):
        registry.add(first)
    with pytest.raises(ValueError, match="already registered"):
        Registry([first, first])
