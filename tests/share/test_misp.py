from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from counterlink.share import Attachment, Note, ShareCase, ShareRefused, export_misp
from tests.share.conftest import TARGET_NAME, TARGET_ORG, approach, assessment


def templates() -> dict[str, dict[str, Any]]:
    import pymisp

    root = Path(pymisp.__file__).parent / "data" / "misp-objects" / "objects"
    out: dict[str, dict[str, Any]] = {}
    for path in root.glob("*/definition.json"):
        definition = json.loads(path.read_text("utf-8"))
        out[definition["name"]] = definition
    return out


def case(tlp: str = "amber", **over: Any) -> ShareCase:
    return ShareCase(
        approach(),
        assessment(),
        tlp=tlp,
        notes=[Note("Imogen reported it.", "green"), Note("internal", "amber+strict")],
        attachments=[Attachment("screenshot.png", "b" * 64, "image/png", "amber")],
        **over,
    )


def test_objects_resolve_to_real_templates() -> None:
    event, _ = export_misp(case(), "organisation", "Example Org")
    known = templates()
    names = set()
    for obj in event["Object"]:
        names.add(obj["name"])
        template = known.get(obj["name"])
        assert template is not None, obj["name"]
        assert obj["template_uuid"] == template["uuid"], obj["name"]
        for attribute in obj["Attribute"]:
            assert attribute["object_relation"] in template["attributes"], (
                obj["name"],
                attribute["object_relation"],
            )
    assert {"impersonation", "person", "user-account", "instant-message", "email"} <= names
    assert "phone-number" in names
    # Every reference points at an object of the event.
    uuids = {o["uuid"] for o in event["Object"]}
    for obj in event["Object"]:
        for ref in obj.get("ObjectReference", []):
            assert ref["referenced_uuid"] in uuids


def test_tags_and_round_trip() -> None:
    from pymisp import MISPEvent

    event, loss = export_misp(case(), "organisation", "Example Org")
    tags = {t["name"] for t in event["Tag"]}
    assert tags == {"tlp:amber+strict", "PAP:AMBER"}  # the strictest note exported
    again = MISPEvent()
    again.load(json.dumps(event))
    assert len(again.objects) == len(event["Object"])
    assert ("attachments[0] (screenshot.png)", "bytes") in {(i.path, i.kind) for i in loss}


def test_audience_rules() -> None:
    event, loss = export_misp(case("green"), "community", "Example Org")
    assert {t["name"] for t in event["Tag"]} == {"tlp:green", "PAP:GREEN"}
    assert event["distribution"] == "1"
    text = json.dumps(event)
    assert "internal" not in text and "screenshot.png" not in text
    assert {i.path for i in loss if i.kind == "dropped"} == {
        "notes[1]",
        "attachments[0] (screenshot.png)",
    }
    with pytest.raises(ShareRefused):
        export_misp(case("amber+strict"), "community", "Example Org")
    with pytest.raises(ShareRefused):
        export_misp(case("red"), "organisation", "Example Org")


def test_target_never_exported_and_deterministic() -> None:
    one, loss_one = export_misp(case(), "organisation", "Example Org")
    two, loss_two = export_misp(case(), "organisation", "Example Org")
    assert one == two and loss_one == loss_two
    text = json.dumps(one).lower()
    for word in (TARGET_NAME, TARGET_ORG, "Imogen", "Hartley", "Qubitworks"):
        assert word.lower() not in text, word
    assert ("target.name", "withheld") in {(i.path, i.kind) for i in loss_one}


def test_values_keep_to_the_templates_closed_lists_and_relationships() -> None:
    # A template attribute with `values` takes only those (organization.role: Suspect, Victim,
    # ...); a job title there breaks a MISP instance's validation. Relationship names must be
    # MISP's own (relationships/definition.json).
    import pymisp

    root = Path(pymisp.__file__).parent / "data" / "misp-objects"
    relationships = json.loads((root / "relationships" / "definition.json").read_text("utf-8"))
    known_relations = {r["name"] for r in relationships["values"]}
    event, _ = export_misp(case(), "organisation", "Example Org")
    known = templates()
    checked = 0
    for obj in event["Object"]:
        spec = known[obj["name"]]["attributes"]
        for attribute in obj["Attribute"]:
            allowed = spec[attribute["object_relation"]].get("values")
            if allowed:
                checked += 1
                assert attribute["value"] in allowed, (obj["name"], attribute["object_relation"])
        for ref in obj.get("ObjectReference", []):
            assert ref["relationship_type"] in known_relations, ref["relationship_type"]
    orgs = [o for o in event["Object"] if o["name"] == "organization"]
    assert orgs, "the claimed employer is exported"
    assert all(a["object_relation"] != "role" for o in orgs for a in o["Attribute"])
    assert checked >= 0
