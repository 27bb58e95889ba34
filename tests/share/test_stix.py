from __future__ import annotations

import json
import re
from typing import Any

import pytest

from counterlink.campaigns.model import Campaign
from counterlink.share import Attachment, Note, ShareCampaign, ShareCase, ShareRefused, export_stix
from counterlink.share.stix import TLP2_MARKINGS
from tests.share.conftest import TARGET_NAME, TARGET_ORG, approach, assessment

# Warnings accepted: {244} account_type 'linkedin'/'wechat' is not in the open vocabulary
# account-type-ov (ECOSYSTEM.md §2.1: no LinkedIn value exists; the vocabulary is open).
ACCEPTED_WARNINGS = {"244"}


def validate(bundle: dict[str, object]) -> None:
    from stix2validator import (
        ValidationOptions,
        validate_string,
    )

    result = validate_string(json.dumps(bundle), ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for e in result.errors]
    codes = {m for w in _warnings(result) for m in re.findall(r"\{(\d+)\}", w)}
    assert codes <= ACCEPTED_WARNINGS, _warnings(result)


def _warnings(result: object) -> list[str]:
    out: list[str] = []
    for obj in getattr(result, "object_results", []):
        out += [str(w) for w in obj.warnings]
    out += [str(w) for w in getattr(result, "warnings", []) or []]
    return out


def full_case(ident: str = "a1") -> ShareCase:
    return ShareCase(
        approach(ident),
        assessment(),
        tlp="amber",
        notes=[Note("Imogen reported it within an hour.", "green")],
        attachments=[Attachment("screenshot.png", "b" * 64, "image/png", "amber")],
    )


def campaign_of(*cases: ShareCase) -> ShareCampaign:
    c = Campaign(
        id="campaign-0123456789ab",
        members=[x.approach.id or "" for x in cases],
        indicators=[
            {"kind": "handle", "value": "wechat:vzhou88", "members": 2, "weight": 1.0},
            {"kind": "template", "value": "0.9", "members": 2, "weight": 0.5},
        ],
        targets={"sector": {"quantum": 2}, "organisation": {TARGET_ORG: 2}},
    )
    return ShareCampaign(c, list(cases), notes=[Note("Same handle twice.", "green")])


@pytest.mark.parametrize("audience", ["organisation", "community", "public"])
@pytest.mark.parametrize("tlp", ["clear", "green", "amber", "amber+strict"])
def test_bundles_validate_or_are_refused(tlp: str, audience: str) -> None:
    case = ShareCase(approach(), assessment(), tlp=tlp, notes=[Note("n", "clear")])
    allowed = {"public": 0, "community": 1, "organisation": 3}[audience]
    if ["clear", "green", "amber", "amber+strict"].index(tlp) > allowed:
        with pytest.raises(ShareRefused):
            export_stix(case, audience, "Example Org")
        return
    bundle, _ = export_stix(case, audience, "Example Org")
    validate(bundle)
    marks = {m for o in bundle["objects"] for m in o.get("object_marking_refs", [])}
    assert TLP2_MARKINGS[tlp] in marks


@pytest.mark.parametrize("audience", ["organisation", "community", "public"])
def test_red_never_leaves(audience: str) -> None:
    with pytest.raises(ShareRefused, match="RED"):
        export_stix(ShareCase(approach(), tlp="red"), audience, "Example Org")


def test_full_case_maps_persona_approach_and_notes() -> None:
    bundle, loss = export_stix(full_case(), "organisation", "Example Org")
    validate(bundle)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for obj in bundle["objects"]:
        by_type.setdefault(obj["type"], []).append(obj)
    accounts = {(o["account_type"], o["user_id"]) for o in by_type["user-account"]}
    assert ("linkedin", "vivian-zhou-8a1b2c") in accounts
    assert ("wechat", "vzhou88") in accounts
    assert {o["value"] for o in by_type["email-addr"]} == {"vz@gip-consult.example"}
    assert "https://www.linkedin.com/in/vivian-zhou-8a1b2c" in {o["value"] for o in by_type["url"]}
    for kind in ("observed-data", "sighting", "indicator", "attack-pattern", "note", "identity"):
        assert kind in by_type, kind
    patterns = {o["pattern"] for o in by_type["indicator"]}
    assert (
        "[user-account:account_type = 'linkedin' AND user-account:user_id = 'vivian-zhou-8a1b2c']"
        in patterns
    )
    techniques = {o["external_references"][0]["external_id"] for o in by_type["attack-pattern"]}
    assert techniques == {"T1566.003", "T1598"}
    files = {o["name"]: o for o in by_type["file"]}
    assert files["screenshot.png"]["hashes"] == {"SHA-256": "b" * 64}
    kinds = {(i.path.split(" ")[0], i.kind) for i in loss}
    assert ("attachments[0]", "bytes") in kinds
    assert ("target.name", "withheld") in kinds
    assert ("target.organisation", "withheld") in kinds
    assert ("persona.photo.phash", "unrepresented") in kinds


def test_target_is_never_exported() -> None:
    for subject in (full_case(), campaign_of(full_case(), full_case("a2"))):
        text = json.dumps(export_stix(subject, "organisation", "Example Org")[0])
        for word in (TARGET_NAME, TARGET_ORG, "Imogen", "Hartley", "Qubitworks"):
            assert word.lower() not in text.lower(), word


def test_stricter_notes_and_attachments_are_dropped_and_reported() -> None:
    case = ShareCase(
        approach(),
        assessment(),
        tlp="green",
        notes=[Note("fine", "clear"), Note("internal view", "amber")],
        attachments=[Attachment("mail.eml", "c" * 64, None, "amber+strict")],
        finding_tlp={"message.paid_report": "amber"},
    )
    bundle, loss = export_stix(case, "community", "Example Org")
    validate(bundle)
    text = json.dumps(bundle)
    assert "internal view" not in text and "mail.eml" not in text
    assert "Offers paid reports" not in text
    dropped = {i.path for i in loss if i.kind == "dropped"}
    assert dropped == {
        "notes[1]",
        "attachments[0] (mail.eml)",
        "assessment.findings[1] (message.paid_report)",
    }
    # The organisation may receive all of it, each under its own marking.
    bundle, loss = export_stix(case, "organisation", "Example Org")
    validate(bundle)
    assert "internal view" in json.dumps(bundle)
    assert not [i for i in loss if i.kind == "dropped"]


def test_campaign_bundle() -> None:
    second = ShareCase(approach("a2"), tlp="red")
    subject = campaign_of(full_case(), ShareCase(approach("a3"), tlp="green"), second)
    bundle, loss = export_stix(subject, "organisation", "Example Org")
    validate(bundle)
    campaigns = [o for o in bundle["objects"] if o["type"] == "campaign"]
    assert len(campaigns) == 1
    uses = [
        o
        for o in bundle["objects"]
        if o["type"] == "relationship" and o["relationship_type"] == "uses"
    ]
    assert len(uses) == 3
    assert ("a2", "refused") in {(i.case, i.kind) for i in loss}
    assert ("campaign-0123456789ab", "targets.organisation") in {(i.case, i.path) for i in loss}
    with pytest.raises(ShareRefused):
        export_stix(campaign_of(second), "organisation", "Example Org")


def test_deterministic() -> None:
    one = export_stix(full_case(), "organisation", "Example Org")
    two = export_stix(full_case(), "organisation", "Example Org")
    assert one[0] == two[0] and one[1] == two[1]
    ids = [o["id"] for o in one[0]["objects"]]
    assert len(ids) == len(set(ids))
