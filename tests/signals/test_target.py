"""A target in a sector or role that states seek out (RED-FLAGS #12, #13, #15)."""

from __future__ import annotations

from typing import Any

import pytest

from counterlink.signals.target import TargetDetector, target_fields
from tests.signals.evidence_checks import (
    approach,
    assert_evidence_points_into_text,
    assert_stable_and_blind_to_labels,
)


def detect(**target: Any) -> list[Any]:
    item = approach([("persona", "Hello")], target=target)
    findings = TargetDetector().detect(item)
    assert_evidence_points_into_text(item, findings)
    return findings


@pytest.mark.parametrize(
    "target",
    [
        {"sector": "quantum computing"},
        {"sector": "applied AI safety"},
        {"sector": "Semiconductors"},
        {"sector": "synthetic biology"},
        {"sector": "biotech start-up"},
        {"sector": "Defence and aerospace"},
        {"sector": "civil service"},
        {"sector": "nuclear energy"},
        {"sector": "telecommunications"},
        {"organisation": "Ministry of Defence"},
        {"organisation": "University of Cambridge"},
        {"organisation": "House of Commons"},
        {"organisation": "an economic policy think tank"},
        {"role": "SC cleared systems engineer"},
        {"role": "holds security clearance"},
        {"role": "Researcher"},
        {"role": "Policy Advisor"},
        {"role": "civil servant"},
        {"role": "Parliamentary assistant to an MP"},
    ],
)
def test_sensitive_targets(target: dict[str, str]) -> None:
    (finding,) = detect(**target)
    assert finding.code == "context.sensitive_target"
    assert finding.category == "message"
    assert finding.guidance and finding.attack == "T1593.001"
    (field,) = target
    assert [(ev.field, ev.excerpt) for ev in finding.evidence] == [
        (f"target.{field}", target[field])
    ]


@pytest.mark.parametrize(
    "target",
    [
        {"sector": "Retail", "role": "Store manager", "organisation": "Tesco"},
        {"sector": "hospitality", "role": "chef"},
        {"role": "said she would camp"},  # "ai" and "mp" inside words
        {"sector": "mp3 players"},
        {},
    ],
)
def test_ordinary_targets(target: dict[str, str]) -> None:
    assert detect(**target) == []


def test_no_target_at_all() -> None:
    assert TargetDetector().detect(approach([("persona", "Hello")])) == []


def test_every_matching_field_is_cited_whole_and_named_in_the_title() -> None:
    (finding,) = detect(
        sector="applied quantum computing", role="researcher", organisation="Qubit Labs"
    )
    assert [(ev.field, ev.start, ev.end) for ev in finding.evidence] == [
        ("target.sector", 0, len("applied quantum computing")),
        ("target.role", 0, len("researcher")),
    ]
    assert "quantum" in finding.title and "researcher" in finding.title


def test_messages_are_never_read() -> None:
    item = approach(
        [
            ("target", "I'm a quantum researcher at the Ministry of Defence."),
            ("persona", "Your work on semiconductors and AI is impressive."),
        ],
        target={"name": "Dr Sam Moreton"},
    )
    assert TargetDetector().detect(item) == []
    assert list(target_fields(item)) == []


def test_deterministic_and_blind_to_labels() -> None:
    item = approach([("persona", "Hi")], target={"sector": "AI", "role": "engineer"})
    assert_stable_and_blind_to_labels(TargetDetector(), item)
