"""Checks shared by the contact, profile and target detector tests."""

from __future__ import annotations

import copy
from typing import Any

from counterlink.schema import APPROACH_SCHEMA, Approach, Finding, resolve_field
from counterlink.signals.base import Detector
from counterlink.signals.contacts import contact_fields
from counterlink.signals.target import target_fields


def approach(messages: list[tuple[str, str]] | None = None, **fields: Any) -> Approach:
    """An approach from (sender, text) pairs; ``fields`` set persona, target, received_at..."""
    record: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "id": fields.pop("id", "t-1"),
        "messages": [{"sender": s, "text": t} for s, t in messages or []],
    }
    record.update(fields)
    return Approach.model_validate(record)


def cited_text(item: Approach, field: str) -> str | None:
    """The text an evidence path names: free texts, structured contacts and target fields."""
    text = resolve_field(item, field)
    if text is not None:
        return text
    return dict([*contact_fields(item), *target_fields(item)]).get(field)


def assert_evidence_points_into_text(item: Approach, findings: list[Finding]) -> None:
    for finding in findings:
        assert finding.evidence, finding.code
        for ev in finding.evidence:
            text = cited_text(item, ev.field)
            if text is None:
                # A structured fact (connections, a date, an empty section) cites its own string.
                assert (ev.start, ev.end) == (0, len(ev.excerpt)), ev
            else:
                assert text[ev.start : ev.end] == ev.excerpt, ev
            if ev.field.startswith("messages["):
                index = int(ev.field[len("messages[") : ev.field.index("]")])
                assert item.messages[index].sender == "persona", ev


def assert_stable_and_blind_to_labels(detector: Detector, item: Approach) -> None:
    first = [f.model_dump() for f in detector.detect(item)]
    assert first, "the check needs an approach that produces findings"
    relabelled = copy.deepcopy(item)
    relabelled.label = "benign" if item.label != "benign" else "malicious"
    relabelled.annotations = {"scenario": "recruitment", "tactics": ["off_platform"]}
    assert [f.model_dump() for f in detector.detect(relabelled)] == first
    assert [f.model_dump() for f in detector.detect(item)] == first


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def by_code(findings: list[Finding], code: str) -> Finding:
    (found,) = [f for f in findings if f.code == code]
    return found
