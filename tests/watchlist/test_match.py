"""Matching approaches against the watchlist: plain and hashed entries, the finding it gives,
and what a hit does to the score."""

from __future__ import annotations

from typing import Any

import pytest

from counterlink.assess import Assessor
from counterlink.campaigns.indicators import cited_keys
from counterlink.errors import CounterlinkError
from counterlink.schema import Approach
from counterlink.share import ShareCase, export_hashed
from counterlink.share.digest import indicator_digest, key_id, load_key, parse_key
from counterlink.watchlist import CODE, KIND_WEIGHTS, WatchEntry, Watchlist, WatchSource
from counterlink.watchlist.model import normalise
from counterlink.watchlist.read import parse_documents

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))


def approach(ident: str = "a1", **persona: Any) -> Approach:
    data: dict[str, Any] = {
        "name": "Vivian Zhou",
        "url": "https://www.linkedin.com/in/vivian-zhou-8a1b2c",
        "contacts": {"handles": {"wechat": "vzhou88"}, "phones": ["+44 7700 900123"]},
    }
    data.update(persona)
    return Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "id": ident,
            "persona": data,
            "target": {"name": "Imogen Hartley", "organisation": "Qubitworks Ltd"},
            "messages": [
                {
                    "sender": "persona",
                    "text": "Hello, I represent a consultancy. Write to me at "
                    "v.zhou@gip-consult.example when you can.",
                }
            ],
        }
    )


def newcomer() -> Approach:
    """Another approach by the same persona: new name, new profile, the same WeChat id
    written differently."""
    return Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "id": "new",
            "persona": {"name": "Grace Lin", "url": "https://linkedin.com/in/grace-lin-77"},
            "messages": [
                {
                    "sender": "persona",
                    "text": "Lovely to connect! My WeChat is @VZhou88, easier to talk there.",
                }
            ],
        }
    )


def source(*entries: WatchEntry, name: str = "Partner CERT") -> WatchSource:
    return WatchSource(name=name, origin=f"test:{name}", format="stix", entries=entries)


@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        ("profile", "https://www.linkedin.com/in/Vivian-Zhou-8a1b2c/", "vivian-zhou-8a1b2c"),
        ("profile", "vivian-zhou-8a1b2c", "vivian-zhou-8a1b2c"),
        ("profile", "https://example.com/in/x", None),
        ("email", " V.Zhou@GIP-Consult.example ", "v.zhou@gip-consult.example"),
        ("email", "not an address", None),
        ("email_domain", "@GIP-consult.example", "gip-consult.example"),
        ("website", "https://www.gip-consult.example/team", "gip-consult.example"),
        ("website", "localhost", None),
        ("phone", "+44 7700 900123", "+447700900123"),
        ("phone", "12", None),
        ("handle", "WeChat:@VZhou88", "wechat:vzhou88"),
        ("handle", "vzhou88", None),
        ("name", "Dr. Vivian ZHOU", "vivian zhou"),
        ("name", "Vivian", None),
        ("firm", "Global Insight Partners", None),
    ],
)
def test_normalise(kind: str, raw: str, expected: str | None) -> None:
    assert normalise(kind, raw) == expected


def test_normalised_values_are_the_ones_linking_derives() -> None:
    """An approach's own indicators, fed back through normalise, are unchanged: a partner's
    value written the way we extract it always matches."""
    for cited in cited_keys(approach()):
        if cited.kind in KIND_WEIGHTS:
            assert normalise(cited.kind, cited.value) == cited.value, cited


def test_a_known_handle_is_a_finding_with_source_weight_and_evidence() -> None:
    watchlist = Watchlist(
        [source(WatchEntry("handle", "wechat:vzhou88", persona="Vivian Zhou", tlp="green"))]
    )
    [finding] = watchlist.match(newcomer())
    assert finding.code == CODE and finding.category == "campaign"
    assert finding.source == "Partner CERT"
    assert finding.weight == KIND_WEIGHTS["handle"]
    assert "Partner CERT" in finding.title and "TLP:GREEN" in finding.title
    assert "wechat:vzhou88" in finding.title and "'Vivian Zhou'" in finding.title
    [evidence] = finding.evidence
    text = newcomer().messages[0].text or ""
    assert evidence.field == "messages[0].text"
    assert text[evidence.start : evidence.end] == evidence.excerpt
    assert "VZhou88" in evidence.excerpt


def test_one_finding_per_source_weighted_by_its_strongest_hit() -> None:
    watchlist = Watchlist(
        [
            source(
                WatchEntry("name", "vivian zhou"),
                WatchEntry("phone", "+447700900123", confidence=50),
                name="A",
            ),
            source(WatchEntry("name", "vivian zhou"), name="B"),
        ]
    )
    findings = watchlist.match(approach())
    assert [(f.source, f.weight) for f in findings] == [
        ("A", KIND_WEIGHTS["phone"] * 0.5),
        ("B", KIND_WEIGHTS["name"]),
    ]
    assert {e.field for e in findings[0].evidence} == {
        "persona.name",
        "persona.contacts.phones[0]",
    }


def test_no_overlap_no_finding_and_the_same_score() -> None:
    watchlist = Watchlist([source(WatchEntry("email", "someone@else.example"))])
    plain, watched = Assessor(), Assessor(watchlist=watchlist)
    for item in (approach(), newcomer()):
        assert watched.assess(item) == plain.assess(item)


def test_a_partner_hit_raises_the_score_by_its_weight() -> None:
    benign = Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "persona": {"name": "Sam Roe", "url": "https://www.linkedin.com/in/sam-roe-1a2b3c"},
            "messages": [{"sender": "persona", "text": "Thanks for the talk yesterday."}],
        }
    )
    plain = Assessor().assess(benign)
    watched = Assessor(
        watchlist=Watchlist([source(WatchEntry("profile", "sam-roe-1a2b3c"))])
    ).assess(benign)
    assert plain.level == "low"
    assert watched.level == "high" and watched.score > plain.score
    assert watched.findings[0].code == CODE
    model = Assessor().model
    codes = {f.code for f in plain.findings}
    assert watched.score == round(model.probability(codes, extra=KIND_WEIGHTS["profile"]), 4)


def test_a_shared_name_alone_only_nudges() -> None:
    benign = Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "persona": {"name": "Vivian Zhou"},
            "messages": [{"sender": "persona", "text": "Thanks for the talk yesterday."}],
        }
    )
    watched = Assessor(watchlist=Watchlist([source(WatchEntry("name", "vivian zhou"))]))
    assessment = watched.assess(benign)
    assert any(f.code == CODE for f in assessment.findings)
    assert assessment.level == "low"


def test_hashed_round_trip_matches_only_with_the_same_key() -> None:
    document, loss = export_hashed(ShareCase(approach(), tlp="green"), "community", "Uni CERT", KEY)
    serialised = str(document)
    for secret in ("vzhou88", "Vivian", "7700", "Imogen", "Qubitworks"):
        assert secret not in serialised
    assert any(item.kind == "unrepresented" for item in loss)
    imported, skipped = parse_documents([document], "partner.json")
    assert skipped == [] and imported.name == "Uni CERT" and imported.format == "hashed"
    assert imported.tlp == "green"
    assert all(e.value is None and e.key_id == key_id(KEY) for e in imported.entries)

    [finding] = Watchlist([imported], KEY).match(newcomer())
    assert finding.source == "Uni CERT" and "privately" in finding.title
    assert finding.weight == KIND_WEIGHTS["handle"]

    without = Watchlist([imported])
    assert without.match(newcomer()) == [] and without.unmatchable == len(imported.entries)
    assert Watchlist([imported], OTHER_KEY).match(newcomer()) == []


def test_digest_depends_on_kind_and_key() -> None:
    digest = indicator_digest(KEY, "phone", "+447700900123")
    assert digest != indicator_digest(KEY, "handle", "+447700900123")
    assert digest != indicator_digest(OTHER_KEY, "phone", "+447700900123")
    assert len(digest) == 64


def test_keys_too_short_are_refused(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(CounterlinkError, match="at least 16 bytes"):
        parse_key("abc", "key.txt")
    path = tmp_path / "key.txt"
    path.write_text(KEY.hex() + "\n")
    assert load_key(path) == KEY
    monkeypatch.setenv("COUNTERLINK_COMMUNITY_KEY", "a long shared passphrase")
    assert load_key(None) == b"a long shared passphrase"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"format": "counterlink.hashed/1", "personas": []}, "key_id"),
        (
            {
                "format": "counterlink.hashed/1",
                "key_id": "0" * 16,
                "personas": [{"indicators": [{"kind": "phone", "digest": "xyz"}]}],
            },
            "personas\\[0\\].indicators\\[0\\].digest",
        ),
        ({"something": "else"}, "neither a STIX"),
    ],
)
def test_bad_hashed_documents_name_the_field(document: dict[str, Any], message: str) -> None:
    with pytest.raises(CounterlinkError, match=message) as info:
        parse_documents([document], "partner.json")
    assert "partner.json" in str(info.value)


def test_a_red_entry_matches_but_reveals_nothing() -> None:
    watchlist = Watchlist(
        [source(WatchEntry("handle", "wechat:vzhou88", persona="Vivian Zhou", tlp="red"))]
    )
    [finding] = watchlist.match(newcomer())
    assert finding.weight == KIND_WEIGHTS["handle"]
    assert "Partner CERT" not in finding.title + str(finding.source)
    assert "vzhou88" not in finding.title and "Vivian" not in finding.title
    assert "TLP:RED" in finding.title and finding.source == "a partner (TLP:RED)"
