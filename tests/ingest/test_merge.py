"""Pieces of evidence about one approach put together (ingest/merge.py)."""

from __future__ import annotations

from typing import Any

import pytest

from counterlink.errors import InvalidInput
from counterlink.ingest.merge import merge_evidence
from counterlink.schema import Approach


def _piece(**record: Any) -> Approach:
    return Approach.model_validate({"schema": "counterlink.approach/1", "messages": [], **record})


PDF = _piece(
    id="profile",
    source="profile.pdf",
    channel="linkedin",
    persona={"name": "Evelyn Marsh", "headline": "Director", "skills": ["Policy"]},
    annotations={
        "extracted_from": {
            "fields": {
                "persona.name": {"page": 1},
                "persona.headline": {"page": 1},
                "persona.skills": {"page": 2},
            }
        }
    },
)
SHOT = _piece(
    id="shot",
    source="shot.png",
    channel="unknown",
    messages=[{"sender": "persona", "text": "Hello"}, {"sender": "target", "text": "Hi"}],
    annotations={"extracted_from": {"fields": {"messages[1].text": {"box": [1, 2, 3, 4]}}}},
)
FORM = _piece(
    id="form",
    source="web report",
    persona={"headline": "Senior Director (typed by the reporter)"},
    messages=[{"sender": "persona", "text": "Pasted"}],
    account="He asked for my CV.",
    received_at="2026-11-02",
    target={"sector": "quantum"},
)


def test_one_piece_is_itself_and_none_is_refused() -> None:
    assert merge_evidence([PDF]) is PDF
    with pytest.raises(InvalidInput):
        merge_evidence([])


def test_messages_follow_in_order_and_their_locations_move_with_them() -> None:
    merged = merge_evidence([FORM, SHOT, PDF])
    assert [m.text for m in merged.messages] == ["Pasted", "Hello", "Hi"]
    fields = merged.annotations["extracted_from"]["fields"]
    assert fields["messages[2].text"] == {"box": [1, 2, 3, 4]}
    assert "messages[1].text" not in fields


def test_the_first_piece_wins_a_field_and_keeps_only_its_own_locations() -> None:
    merged = merge_evidence([FORM, PDF])
    assert merged.persona.headline == "Senior Director (typed by the reporter)"
    assert merged.persona.name == "Evelyn Marsh" and merged.persona.skills == ["Policy"]
    fields = merged.annotations["extracted_from"]["fields"]
    # The PDF's headline box does not describe the headline the reporter typed.
    assert "persona.headline" not in fields and fields["persona.name"] == {"page": 1}
    assert merged.account == "He asked for my CV." and merged.received_at == "2026-11-02"
    assert merged.target.sector == "quantum" and merged.channel == "linkedin"
    assert [e["source"] for e in merged.annotations["evidence"]] == ["web report", "profile.pdf"]


def test_the_same_pieces_give_the_same_id() -> None:
    assert merge_evidence([PDF, SHOT]).id == merge_evidence([PDF, SHOT]).id
    assert merge_evidence([PDF, SHOT]).id != merge_evidence([SHOT, PDF]).id
