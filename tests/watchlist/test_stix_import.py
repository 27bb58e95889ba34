from __future__ import annotations

import json
from typing import Any

import pytest

pytest.importorskip("stix2")
pytest.importorskip("stix2patterns")

import stix2

from counterlink.campaigns.model import Campaign
from counterlink.errors import CounterlinkError
from counterlink.share import ShareCampaign, ShareCase, export_stix
from counterlink.share.stix import TLP2_MARKINGS
from counterlink.watchlist.model import WatchSource
from counterlink.watchlist.stix_import import source_from_stix
from tests.share.conftest import TARGET_NAME, TARGET_ORG, approach, assessment
from tests.watchlist.helpers import entry, imported, keys_of

ORG = "identity--7f1c7a58-6a43-4a47-9a39-6f3a1f8d2c11"
AMBER_STRICT_OPENCTI = "marking-definition--826578e1-40ad-459f-bc73-ede076f81f37"


def assert_no_target(source: WatchSource) -> None:
    text = json.dumps([e.to_json() for e in source.entries]).lower()
    for word in [*TARGET_NAME.lower().split(), TARGET_ORG.lower().split()[0]]:
        assert word not in text


@pytest.mark.parametrize("tlp", ["clear", "green", "amber", "amber+strict"])
def test_round_trip_of_our_own_export(tlp: str) -> None:
    original = approach()
    bundle, _ = export_stix(
        ShareCase(original, assessment(), tlp=tlp), "organisation", "Example Security Office"
    )
    source, skipped = source_from_stix([json.loads(json.dumps(bundle))], "bundle.json")
    assert imported(source) == keys_of(original)
    # The values spelled out, so that a change in both directions cannot hide a regression.
    assert imported(source) >= {
        ("profile", "vivian-zhou-8a1b2c"),
        ("email", "vz@gip-consult.example"),
        ("email_domain", "gip-consult.example"),
        ("phone", "+447700900123"),
        ("handle", "wechat:vzhou88"),
        ("website", "gip-consult.example"),
        ("name", "vivian zhou"),
    }
    assert source.name == "Example Security Office"
    assert source.format == "stix"
    assert source.origin == "bundle.json"
    assert source.tlp == tlp
    assert {e.tlp for e in source.entries} == {tlp}
    assert {e.persona for e in source.entries} == {"Vivian Zhou"}
    assert all(
        e.ref and e.ref.split("--")[0] in ("user-account", "email-addr", "url", "identity")
        for e in source.entries
    )
    assert entry(source, "profile", "vivian-zhou-8a1b2c").first_seen == "2026-08-20T10:00:00Z"
    assert_no_target(source)
    # What the export holds beyond indicators is reported, not silently dropped.
    assert any(line.startswith("note objects not imported") for line in skipped)
    assert any(line.startswith("attack-pattern objects not imported") for line in skipped)


def test_round_trip_of_a_campaign_labels_a_shared_handle_with_both_personas() -> None:
    first = approach("a1")
    second = approach(
        "a2",
        persona={
            "name": "Wei Chen",
            "url": "https://www.linkedin.com/in/wei-chen-77f0a1",
            "contacts": {"handles": {"wechat": "vzhou88"}, "emails": ["wchen@gip-consult.example"]},
        },
    )
    campaign = Campaign(
        id="campaign-0123456789ab",
        members=["a1", "a2"],
        indicators=[{"kind": "handle", "value": "wechat:vzhou88", "members": 2, "weight": 1.0}],
        targets={"sector": {"quantum": 2}},
    )
    subject = ShareCampaign(campaign, [ShareCase(first, tlp="green"), ShareCase(second)])
    bundle, _ = export_stix(subject, "organisation", "Example Security Office")
    source, _ = source_from_stix([bundle], "campaign.json")
    assert imported(source) == keys_of(first) | keys_of(second)
    assert entry(source, "handle", "wechat:vzhou88").persona == "Vivian Zhou; Wei Chen"
    assert entry(source, "profile", "wei-chen-77f0a1").persona == "Wei Chen"
    assert entry(source, "email", "vz@gip-consult.example").persona == "Vivian Zhou"
    # The second case is amber (the default): the shared handle gets the stricter marking.
    assert entry(source, "handle", "wechat:vzhou88").tlp == "amber"
    assert entry(source, "profile", "vivian-zhou-8a1b2c").tlp == "green"
    assert source.tlp == "amber"


def opencti_bundle() -> dict[str, Any]:
    """A bundle as an OpenCTI instance exports it: TLP 1.0 markings by their STIX ids, its own
    marking definition for TLP:AMBER+STRICT, indicators with patterns and confidence, no
    counterlink conventions."""

    def indicator(n: int, pattern: str, marking: str | None, **extra: Any) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "type": "indicator",
            "spec_version": "2.1",
            "id": f"indicator--0000000{n}-1111-4111-8111-111111111111",
            "created": "2026-05-01T08:00:00.000Z",
            "modified": "2026-05-02T08:00:00.000Z",
            "created_by_ref": ORG,
            "name": f"Observable {n}",
            "pattern": pattern,
            "pattern_type": "stix",
            "valid_from": "2026-05-01T08:00:00.000Z",
            **extra,
        }
        if marking:
            obj["object_marking_refs"] = [marking]
        return obj

    return {
        "type": "bundle",
        "id": "bundle--3c4a6d2e-1a6a-4bd5-8a4c-0f0b1f6d9a10",
        "objects": [
            {
                "type": "identity",
                "spec_version": "2.1",
                "id": ORG,
                "created": "2026-01-01T00:00:00.000Z",
                "modified": "2026-01-01T00:00:00.000Z",
                "name": "ACME CERT",
                "identity_class": "organization",
            },
            json.loads(stix2.TLP_AMBER.serialize()),
            json.loads(stix2.TLP_WHITE.serialize()),
            {
                "type": "marking-definition",
                "spec_version": "2.1",
                "id": AMBER_STRICT_OPENCTI,
                "created": "2022-10-01T00:00:00.000Z",
                "definition_type": "TLP",
                "definition": {"TLP": "TLP:AMBER+STRICT"},
                "name": "TLP:AMBER+STRICT",
            },
            indicator(
                1,
                "[email-addr:value = 'Recruiter@Talent-Bridge.example']",
                stix2.TLP_AMBER.id,
                confidence=80,
            ),
            indicator(
                2,
                "[url:value = 'https://www.linkedin.com/in/Jane-Doe-77a1b2/']",
                stix2.TLP_WHITE.id,
            ),
            indicator(
                3,
                "[user-account:account_type = 'WhatsApp' "
                "AND user-account:user_id = '+44 7700 900456']",
                AMBER_STRICT_OPENCTI,
            ),
            indicator(
                4,
                "[domain-name:value = 'www.talent-bridge.example'] "
                "OR [ipv4-addr:value = '198.51.100.7']",
                None,  # unmarked: the strictest marking of the bundle
            ),
            indicator(5, "[file:hashes.'SHA-256' = '" + "ab" * 32 + "']", stix2.TLP_AMBER.id),
            indicator(6, "[user-account:user_id = 'ghost']", stix2.TLP_AMBER.id),
            indicator(7, "[email-addr:value MATCHES '^x.*@evil\\\\.example$']", None),
            indicator(8, "rule persona { condition: true }", None, pattern_type="yara"),
            indicator(9, "[email-addr:value = ", None),
            {
                "type": "identity",
                "spec_version": "2.1",
                "id": "identity--2b8e9f1c-4b1e-4c8e-9b4a-3f1e2d3c4b5a",
                "created": "2026-05-01T08:00:00.000Z",
                "modified": "2026-05-01T08:00:00.000Z",
                "created_by_ref": ORG,
                "name": "Jane Doe",
                "identity_class": "individual",
                "contact_information": "WeChat: janed_88\nTelephone: +44 7700 900789\nFax machine",
                "object_marking_refs": [stix2.TLP_AMBER.id],
            },
            {
                "type": "relationship",
                "spec_version": "2.1",
                "id": "relationship--9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                "created": "2026-05-01T08:00:00.000Z",
                "modified": "2026-05-01T08:00:00.000Z",
                "relationship_type": "related-to",
                "source_ref": "indicator--00000002-1111-4111-8111-111111111111",
                "target_ref": "identity--2b8e9f1c-4b1e-4c8e-9b4a-3f1e2d3c4b5a",
            },
            {
                "type": "threat-actor",
                "spec_version": "2.1",
                "id": "threat-actor--5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                "created": "2026-05-01T08:00:00.000Z",
                "modified": "2026-05-01T08:00:00.000Z",
                "name": "Fake recruiters",
            },
            {
                "type": "malware",
                "spec_version": "2.1",
                "id": "malware--6e7f8091-a2b3-4c4d-8e5f-6a7b8c9d0e1f",
                "created": "2026-05-01T08:00:00.000Z",
                "modified": "2026-05-01T08:00:00.000Z",
                "name": "dropper",
                "is_family": False,
            },
        ],
    }


def test_the_opencti_bundle_is_valid_stix() -> None:
    # Else the tests below would test a format no partner writes.
    from stix2validator import ValidationOptions, validate_string

    bundle = opencti_bundle()
    bundle["objects"] = [
        o for o in bundle["objects"] if o["id"] != "indicator--00000009-1111-4111-8111-111111111111"
    ]
    result = validate_string(json.dumps(bundle), ValidationOptions(version="2.1"))
    assert result.is_valid, [str(e) for r in result.object_results for e in r.errors]


def test_opencti_style_bundle() -> None:
    source, skipped = source_from_stix([opencti_bundle()], "opencti.json")
    assert source.name == "ACME CERT"
    assert imported(source) == {
        ("email", "recruiter@talent-bridge.example"),
        ("email_domain", "talent-bridge.example"),
        ("profile", "jane-doe-77a1b2"),
        ("handle", "whatsapp:+447700900456"),
        ("website", "talent-bridge.example"),
        ("name", "doe jane"),
        ("handle", "wechat:janed_88"),
        ("phone", "+447700900789"),
    }
    email = entry(source, "email", "recruiter@talent-bridge.example")
    assert email.tlp == "amber"  # TLP 1.0 amber
    assert email.confidence == 80
    assert email.first_seen == "2026-05-01T08:00:00Z"
    assert email.ref == "indicator--00000001-1111-4111-8111-111111111111"
    assert email.persona == "Observable 1"  # no individual: the indicator's own name
    profile = entry(source, "profile", "jane-doe-77a1b2")
    assert profile.tlp == "clear"  # TLP 1.0 white
    assert profile.persona == "Jane Doe"  # related-to the individual
    assert entry(source, "handle", "whatsapp:+447700900456").tlp == "amber+strict"
    # Unmarked: the strictest marking the bundle uses.
    assert entry(source, "website", "talent-bridge.example").tlp == "amber+strict"
    assert entry(source, "phone", "+447700900789").persona == "Jane Doe"
    assert source.tlp == "amber+strict"
    text = "\n".join(skipped)
    assert "indicator--00000004-1111-4111-8111-111111111111: comparison ipv4-addr:value" in text
    assert "indicator--00000005-1111-4111-8111-111111111111: no persona indicator" in text
    assert (
        "indicator--00000006-1111-4111-8111-111111111111: no persona indicator in pattern "
        "\"[user-account:user_id = 'ghost']\": user-account:user_id='ghost' "
        "(no user-account:account_type in the same observation)" in skipped
    )
    assert "indicator--00000007-1111-4111-8111-111111111111: no persona indicator" in text
    assert "(operator MATCHES)" in text
    assert "indicator--00000009-1111-4111-8111-111111111111: pattern" in text
    assert "does not parse" in text
    assert "indicators with a yara pattern not imported: 1" in skipped
    assert "threat-actor objects not imported (no persona indicator): 1" in skipped
    assert "malware objects not imported (no persona indicator): 1" in skipped
    assert "'Fax machine' holds no contact detail" in text
    # The producer is no persona and not reported as skipped.
    assert not any("identity" in line and "not imported" in line for line in skipped)


@pytest.mark.parametrize(
    ("marking", "level"),
    [
        (stix2.TLP_WHITE, "clear"),
        (stix2.TLP_GREEN, "green"),
        (stix2.TLP_AMBER, "amber"),
        (stix2.TLP_RED, "red"),
    ],
)
def test_tlp_1_markings(marking: Any, level: str) -> None:
    account = stix2.UserAccount(
        account_type="telegram", user_id="@Recruit_Bot", object_marking_refs=[marking]
    )
    bundle = json.loads(stix2.Bundle(marking, account).serialize())
    source, _ = source_from_stix([bundle], "b.json")
    assert [(e.kind, e.value, e.tlp) for e in source.entries] == [
        ("handle", "telegram:recruit_bot", level)
    ]


def test_tlp_2_markings_and_no_marking_at_all() -> None:
    marked = stix2.EmailAddress(
        value="a@b-corp.example", object_marking_refs=[TLP2_MARKINGS["red"]]
    )
    bundle = json.loads(stix2.Bundle(marked, allow_custom=True).serialize())
    assert [e.tlp for e in source_from_stix([bundle], "b.json")[0].entries] == ["red", "red"]
    bare = json.loads(stix2.Bundle(stix2.EmailAddress(value="a@b-corp.example")).serialize())
    source, _ = source_from_stix([bare], "b.json")
    assert {e.tlp for e in source.entries} == {"amber"}
    assert source.tlp == "amber"


def bundle_of(*objects: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "bundle",
        "id": "bundle--1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
        "objects": list(objects),
    }


def sid(kind: str, n: int) -> str:
    return f"{kind}--0000000{n}-2222-5222-8222-222222222222"


def sco(kind: str, n: int, **props: Any) -> dict[str, Any]:
    return {"type": kind, "spec_version": "2.1", "id": sid(kind, n), **props}


def test_observables_of_every_kind_and_what_is_skipped() -> None:
    bundle = bundle_of(
        sco(
            "user-account",
            1,
            account_type="LinkedIn",
            account_login="https://linkedin.com/in/Sam-Li-9f8e7d",
        ),
        sco("user-account", 2, account_type="Weixin", user_id="SamLi_88"),
        sco("user-account", 3, account_type="twitter", user_id="samli"),
        sco("user-account", 4, user_id="nobody"),
        sco("email-addr", 5, value="sam.li@gmail.com"),
        sco("email-addr", 6, value="not an address"),
        sco("url", 7, value="https://github.com/samli"),
        sco("url", 8, value="https://t.me/samli_recruits"),
        sco("domain-name", 9, value="WWW.Li-Partners.example."),
    )
    source, skipped = source_from_stix([bundle], "b.json")
    assert [(e.kind, e.value) for e in source.entries] == [
        ("profile", "sam-li-9f8e7d"),
        ("handle", "wechat:samli_88"),
        ("email", "sam.li@gmail.com"),  # webmail: no email_domain, as cited_keys
        ("handle", "telegram:samli_recruits"),
        ("website", "li-partners.example"),
    ]
    assert (
        f"{sid('user-account', 3)}: user-account 'samli': account type 'twitter' is "
        + ("not LinkedIn or a messaging app")
        in skipped
    )
    assert (
        f"{sid('user-account', 4)}: user-account 'nobody' has no account type"
        + (" (LinkedIn or an app)")
        in skipped
    )
    assert (
        f"{sid('email-addr', 6)}: email-addr 'not an address' is not a valid e-mail address"
        in skipped
    )
    assert (
        f"{sid('url', 7)}: url 'https://github.com/samli': a link to github.com names no one"
        in (skipped)
    )


def test_patterns_with_alternatives_sets_and_like() -> None:
    pattern = (
        "[user-account:account_type = 'wechat' AND (user-account:user_id = 'A1' "
        "OR user-account:user_id IN ('b2', 'c3'))] FOLLOWEDBY "
        "[email-addr:value LIKE '%@Shell-Co.example' AND email-addr:display_name = 'HR'] "
        "WITHIN 600 SECONDS"
    )
    indicator = {
        "type": "indicator",
        "spec_version": "2.1",
        "id": "indicator--4f5e6d7c-8b9a-4012-8345-6789abcdef01",
        "created": "2026-05-01T08:00:00Z",
        "modified": "2026-05-01T08:00:00Z",
        "pattern": pattern,
        "pattern_type": "stix",
        "valid_from": "2026-05-01T08:00:00Z",
        "confidence": 55,
    }
    source, skipped = source_from_stix([bundle_of(indicator)], "b.json")
    assert [(e.kind, e.value, e.confidence) for e in source.entries] == [
        ("handle", "wechat:a1", 55),
        ("handle", "wechat:b2", 55),
        ("handle", "wechat:c3", 55),
        ("email_domain", "shell-co.example", 55),
    ]
    assert skipped == [
        "indicator--4f5e6d7c-8b9a-4012-8345-6789abcdef01: comparison "
        "email-addr:display_name='HR' (not a persona indicator) not imported"
    ]


def test_duplicates_keep_the_first_under_the_strictest_marking_and_latest_versions_count() -> None:
    old = sco(
        "email-addr", 1, value="x@corp-one.example", object_marking_refs=[TLP2_MARKINGS["red"]]
    )
    identity = {
        "type": "identity",
        "spec_version": "2.1",
        "id": "identity--0a1b2c3d-4e5f-4061-8273-9a8b7c6d5e4f",
        "created": "2026-01-01T00:00:00Z",
        "modified": "2026-01-01T00:00:00Z",
        "name": "Old Name",
        "identity_class": "individual",
        "contact_information": "email: X@corp-one.example",
        "object_marking_refs": [TLP2_MARKINGS["green"]],
    }
    newer = {**identity, "modified": "2026-02-01T00:00:00Z", "name": "New Name"}
    source, _ = source_from_stix([bundle_of(identity, old), bundle_of(newer)], "two.jsonl")
    assert entry(source, "name", "name new").ref == identity["id"]
    assert ("name", "name old") not in imported(source)
    email = entry(source, "email", "x@corp-one.example")
    assert email.ref == identity["id"]  # the first found
    assert email.tlp == "red"  # the strictest of the two
    assert entry(source, "name", "name new").tlp == "green"


def test_unnamed_persona_and_revoked_objects() -> None:
    unnamed = {
        "type": "identity",
        "spec_version": "2.1",
        "id": "identity--1a1b2c3d-4e5f-4061-8273-9a8b7c6d5e4f",
        "created": "2026-01-01T00:00:00Z",
        "modified": "2026-01-01T00:00:00Z",
        "name": "unnamed persona",
        "identity_class": "individual",
        "contact_information": "phone: +44 7700 900111",
    }
    revoked = {**sco("email-addr", 2, value="gone@corp-two.example"), "revoked": True}
    source, skipped = source_from_stix([bundle_of(unnamed, revoked)], "b.json")
    assert [(e.kind, e.value, e.persona) for e in source.entries] == [
        ("phone", "+447700900111", unnamed["id"])
    ]
    assert f"{unnamed['id']}: name 'unnamed persona' is no name" in skipped
    assert f"{revoked['id']}: revoked" in skipped


@pytest.mark.parametrize(
    ("bundles", "field", "message"),
    [
        ([{"type": "report", "objects": []}], "type", "not a STIX bundle"),
        ([{"type": "bundle", "objects": {"a": 1}}], "objects", "not a list"),
        (
            [bundle_of(sco("url", 1, value="x.example"), {"type": "url", "value": "y"})],
            "objects[1].id",
            "without an id",
        ),
        ([bundle_of({"id": "url--1"})], "objects[0].type", "without a type"),
        ([bundle_of(), bundle_of("not an object")], "[1].objects[0]", "not a STIX object"),  # type: ignore[arg-type]
    ],
)
def test_malformed_input_names_the_file_and_the_field(
    bundles: list[dict[str, Any]], field: str, message: str
) -> None:
    with pytest.raises(CounterlinkError) as caught:
        source_from_stix(bundles, "partner.json")
    assert caught.value.file == "partner.json"
    assert caught.value.field == field
    assert message in caught.value.message
    assert str(caught.value).startswith(f"partner.json: field '{field}': ")
