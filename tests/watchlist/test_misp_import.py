from __future__ import annotations

import json
from typing import Any

import pytest

pytest.importorskip("pymisp")

from counterlink.errors import CounterlinkError
from counterlink.share import ShareCase, export_misp
from counterlink.watchlist.misp_import import source_from_misp
from tests.share.conftest import TARGET_NAME, TARGET_ORG, approach, assessment
from tests.watchlist.helpers import entry, imported, keys_of

EVENT_UUID = "5e1d4c2b-3a49-4f8e-9d7c-6b5a4f3e2d1c"


@pytest.mark.parametrize("wrapped", [True, False])
@pytest.mark.parametrize("tlp", ["clear", "green", "amber+strict"])
def test_round_trip_of_our_own_export(tlp: str, wrapped: bool) -> None:
    original = approach()
    event, _ = export_misp(
        ShareCase(original, assessment(), tlp=tlp), "organisation", "Example Security Office"
    )
    event = json.loads(json.dumps(event))
    source, skipped = source_from_misp([{"Event": event} if wrapped else event], "event.json")
    assert imported(source) == keys_of(original)
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
    assert source.format == "misp"
    assert source.tlp == tlp
    assert {e.tlp for e in source.entries} == {tlp}
    assert {e.persona for e in source.entries} == {"Vivian Zhou"}
    attribute_uuids = {a["uuid"] for o in event["Object"] for a in o["Attribute"]}
    assert {e.ref for e in source.entries} <= attribute_uuids
    text = json.dumps([e.to_json() for e in source.entries]).lower()
    for word in [*TARGET_NAME.lower().split(), TARGET_ORG.lower().split()[0]]:
        assert word not in text
    assert "organization objects not imported (no persona indicator): 1" in skipped
    assert "instant-message.body attributes not imported (no persona indicator): 1" in skipped


def attribute(kind: str, value: Any, n: int, **extra: Any) -> dict[str, Any]:
    return {
        "uuid": f"0000000{n}-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
        "type": kind,
        "category": "Network activity",
        "value": value,
        "timestamp": "1767225600",  # 2026-01-01T00:00:00Z
        **extra,
    }


def server_event(**extra: Any) -> dict[str, Any]:
    """An event as a MISP instance's API returns it: EventTag / AttributeTag wrappers, Orgc and
    Org, string timestamps, top-level attributes."""
    return {
        "Event": {
            "uuid": EVENT_UUID,
            "info": "Fake recruiter 'Talent Bridge' targeting engineers",
            "Org": {"name": "Local MISP"},
            "Orgc": {"name": "CERT-Partner"},
            "EventTag": [{"Tag": {"name": "tlp:green"}}, {"Tag": {"name": "PAP:GREEN"}}],
            "Attribute": [
                attribute("email-src", "HR@Talent-Bridge.example", 1),
                attribute(
                    "phone-number",
                    "+44 7700 900222",
                    2,
                    AttributeTag=[{"Tag": {"name": "tlp:amber+strict"}}],
                ),
                attribute("url", "https://www.linkedin.com/in/tb-recruiter-1a2b3c", 3),
                attribute(
                    "domain",
                    "talent-bridge.example",
                    4,
                    Tag=[{"name": "TLP:WHITE"}],
                    first_seen="2025-12-24T09:30:00+00:00",
                ),
                attribute("email-dst", "victim@qubitworks.example", 5),
                attribute("github-username", "tb-recruiter", 6),
                attribute("whois-registrant-email", "admin@talent-bridge.example", 7),
                attribute("email-src", "old@talent-bridge.example", 8, deleted=True),
                attribute("hostname|port", "jobs.talent-bridge.example|443", 9),
                attribute("url", "not a url", 10),
            ],
            **extra,
        }
    }


def test_a_misp_server_event_with_attribute_markings_and_deleted_attributes() -> None:
    source, skipped = source_from_misp([server_event()], "misp.json")
    assert source.name == "CERT-Partner"  # Orgc, the creator, not Org
    assert [(e.kind, e.value, e.tlp) for e in source.entries] == [
        ("email", "hr@talent-bridge.example", "green"),
        ("email_domain", "talent-bridge.example", "green"),
        ("phone", "+447700900222", "amber+strict"),  # the attribute's own tag wins
        ("profile", "tb-recruiter-1a2b3c", "green"),
        ("website", "talent-bridge.example", "clear"),  # TLP:WHITE is clear
        ("email", "admin@talent-bridge.example", "green"),
        ("website", "jobs.talent-bridge.example", "green"),
    ]
    assert source.tlp == "amber+strict"
    email = entry(source, "email", "hr@talent-bridge.example")
    assert email.ref == "00000001-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
    assert email.first_seen == "2026-01-01T00:00:00Z"  # the unix timestamp, as ISO 8601
    assert email.persona == "Fake recruiter 'Talent Bridge' targeting engineers"  # no person
    assert "deleted MISP attributes skipped: 1" in skipped
    assert "email-dst attributes not imported (a recipient, not the persona): 1" in skipped
    assert "github-username attributes not imported (no persona indicator): 1" in skipped
    assert (
        "000000010-aaaa-4aaa-8aaa-aaaaaaaaaaaa: url 'not a url' is not a URL or host name"
        in skipped
    )
    assert all("victim" not in json.dumps(e.to_json()) for e in source.entries)


def test_a_domain_alone_is_a_website_with_its_own_marking_and_first_seen() -> None:
    event = server_event()
    event["Event"]["Attribute"] = [a for a in event["Event"]["Attribute"] if a["type"] == "domain"]
    source, _ = source_from_misp([event], "misp.json")
    [website] = source.entries
    assert (website.kind, website.value, website.tlp) == (
        "website",
        "talent-bridge.example",
        "clear",
    )
    assert website.first_seen == "2025-12-24T09:30:00Z"  # first_seen over timestamp


def test_event_tags_default_and_unknown_tlp_tags() -> None:
    event = server_event(EventTag=[{"Tag": {"name": "tlp:ex:chr"}}])
    event["Event"]["Attribute"] = event["Event"]["Attribute"][:1]
    source, skipped = source_from_misp([event], "misp.json")
    assert {e.tlp for e in source.entries} == {"amber"}  # no TLP level: amber
    assert "[0].Event: tag 'tlp:ex:chr' is not a TLP 2.0 level: ignored" in skipped


def obj(name: str, uuid: str, *attributes: tuple[str, str], **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "uuid": uuid,
        "Attribute": [
            {"uuid": f"{uuid[:-2]}{i:02d}", "object_relation": rel, "type": "text", "value": v}
            for i, (rel, v) in enumerate(attributes)
        ],
        **extra,
    }


PERSON_A = "aaaaaaaa-0000-4000-8000-000000000001"
PERSON_B = "bbbbbbbb-0000-4000-8000-000000000001"
URL_OF_A = "abababab-0000-4000-8000-000000000001"


def test_objects_persons_and_their_references() -> None:
    event = {
        "uuid": EVENT_UUID,
        "info": "Two personas",
        "Orgc": {"name": "CERT-Partner"},
        "Tag": [{"name": "tlp:amber"}],
        "Object": [
            obj(
                "person",
                PERSON_A,
                ("full-name", "Li Wei"),
                ("handle", "telegram:@LiWei_HR"),
                ObjectReference=[{"referenced_uuid": URL_OF_A, "relationship_type": "uses"}],
            ),
            obj("url", URL_OF_A, ("url", "https://talent-li.example/jobs")),
            obj(
                "person", PERSON_B, ("full-name", "Anna Berg"), ("phone-number", "+44 7700 900333")
            ),
            obj(
                "user-account",
                "cccccccc-0000-4000-8000-000000000001",
                ("username", "LiWeiRecruits"),
                ("account-type", "WhatsApp"),
                ("display-name", "Li Wei"),
                ObjectReference=[
                    {"referenced_uuid": PERSON_A, "relationship_type": "associated-with"}
                ],
            ),
            obj(
                "instant-message",
                "dddddddd-0000-4000-8000-000000000001",
                ("from-user", "anna-berg-55c4d3"),
                ("app-used", "LinkedIn"),
                ("to-user", "the-target"),
                ("body", "Hello"),
                ObjectReference=[{"referenced_uuid": PERSON_B, "relationship_type": "authored-by"}],
            ),
            obj(
                "impersonation",
                "eeeeeeee-0000-4000-8000-000000000001",
                ("account-name", "anna_b"),
                ("type-of-account", "Telegram"),
            ),
            obj(
                "user-account",
                "ffffffff-0000-4000-8000-000000000001",
                ("username", "anna.b"),
                ("account-type", "skype"),
            ),
            obj(
                "email",
                "99999999-0000-4000-8000-000000000001",
                ("from", "anna@berg-consult.example"),
                ("to", "someone@qubitworks.example"),
            ),
            obj(
                "url",
                "88888888-0000-4000-8000-000000000001",
                ("url", "https://old.example"),
                deleted=True,
            ),
            obj("file", "77777777-0000-4000-8000-000000000001", ("sha256", "ab" * 32)),
        ],
    }
    source, skipped = source_from_misp([event], "objects.json")
    got = {(e.kind, e.value): e.persona for e in source.entries}
    assert got == {
        ("name", "li wei"): "Li Wei",
        ("handle", "telegram:liwei_hr"): "Li Wei",
        ("name", "anna berg"): "Anna Berg",
        ("phone", "+447700900333"): "Anna Berg",
        ("handle", "whatsapp:liweirecruits"): "Li Wei",  # references person A
        ("website", "talent-li.example"): "Li Wei",  # person A references it
        ("profile", "anna-berg-55c4d3"): "Anna Berg",  # app-used LinkedIn; references person B
        ("handle", "telegram:anna_b"): "Two personas",  # two persons, no reference: the info
        ("email", "anna@berg-consult.example"): "Two personas",
        ("email_domain", "berg-consult.example"): "Two personas",
    }
    assert {e.tlp for e in source.entries} == {"amber"}
    text = "\n".join(skipped)
    assert "account type 'skype' is not LinkedIn or a messaging app" in text
    assert "email.to attributes not imported (a recipient, not the persona): 1" in skipped
    assert (
        "instant-message.to-user attributes not imported (a recipient, not the persona): 1"
        in skipped
    )
    assert "deleted MISP objects skipped: 1" in skipped
    assert "file objects not imported (no persona indicator): 1" in skipped
    assert "user-account.display-name attributes not imported (no persona indicator): 1" in skipped


def test_several_events_name_their_producers() -> None:
    first = {
        "info": "a",
        "Orgc": {"name": "CERT-A"},
        "Attribute": [attribute("email", "a@x-corp.example", 1)],
    }
    second = {
        "info": "b",
        "Org": {"name": "CERT-B"},
        "Attribute": [attribute("email", "b@x-corp.example", 2)],
    }
    source, _ = source_from_misp([first, {"Event": second}, first], "feed")
    assert source.name == "CERT-A, CERT-B"
    assert [e.value for e in source.entries if e.kind == "email"] == [
        "a@x-corp.example",
        "b@x-corp.example",
    ]
    assert source_from_misp([{"info": "none"}], "feed")[0].name == "unknown producer"


@pytest.mark.parametrize(
    ("events", "field", "message"),
    [
        (["not an event"], "[0]", "not a MISP event"),
        ([{"Event": []}], "[0].Event", "not a MISP event"),
        ([{"Event": {"Attribute": {"a": 1}}}], "[0].Event.Attribute", "not a list"),
        (
            [{"info": "x", "Attribute": [{"value": "a@b.example"}]}],
            "[0].Attribute[0].type",
            "without type",
        ),
        (
            [{"info": "x", "Attribute": [{"type": "email"}]}],
            "[0].Attribute[0].value",
            "without a value",
        ),
        (
            [{}, {"Object": [{"name": "email", "Attribute": [{"value": "a@b.example"}]}]}],
            "[1].Object[0].Attribute[0].object_relation",
            "without object_relation",
        ),
        ([{"Object": [{"Attribute": []}]}], "[0].Object[0].name", "without a name"),
        (
            [{"Object": [{"name": "url", "Attribute": "x"}]}],
            "[0].Object[0].Attribute",
            "not a list",
        ),
    ],
)
def test_malformed_events_name_the_file_and_the_field(
    events: list[Any], field: str, message: str
) -> None:
    with pytest.raises(CounterlinkError) as caught:
        source_from_misp(events, "partner.json")
    assert caught.value.file == "partner.json"
    assert caught.value.field == field
    assert message in caught.value.message
