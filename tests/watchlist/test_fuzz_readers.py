"""Property tests of every watchlist reader (STIX, MISP, MISP feed, hashed): whatever a
partner's file holds, the outcome is a parsed source or counterlink's own error naming the
file, never a traceback."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("stix2patterns")

from counterlink.errors import CounterlinkError
from counterlink.watchlist.feeds import fetch_misp_feed
from counterlink.watchlist.read import read_watch_bytes

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAME = "partner-file.json"
# The keys the readers look at, so that random documents reach past the first check.
KEYS = [
    "type",
    "id",
    "objects",
    "spec_version",
    "name",
    "identity_class",
    "contact_information",
    "pattern",
    "pattern_type",
    "valid_from",
    "value",
    "user_id",
    "account_login",
    "account_type",
    "object_refs",
    "from_ref",
    "to_refs",
    "cc_refs",
    "bcc_refs",
    "relationship_type",
    "source_ref",
    "target_ref",
    "created_by_ref",
    "object_marking_refs",
    "granular_markings",
    "marking_ref",
    "definition_type",
    "definition",
    "extensions",
    "external_references",
    "url",
    "confidence",
    "revoked",
    "modified",
    "first_observed",
    "Event",
    "response",
    "info",
    "uuid",
    "Attribute",
    "Object",
    "ObjectReference",
    "referenced_uuid",
    "object_relation",
    "category",
    "to_ids",
    "deleted",
    "Tag",
    "Orgc",
    "Org",
    "timestamp",
    "first_seen",
    "format",
    "key_id",
    "producer",
    "tlp",
    "personas",
    "indicators",
    "kind",
    "digest",
]
VALUES = [
    "bundle",
    "identity",
    "individual",
    "indicator",
    "user-account",
    "email-addr",
    "url",
    "email-message",
    "observed-data",
    "relationship",
    "targets",
    "marking-definition",
    "tlp",
    "stix",
    "linkedin",
    "WeChat",
    "person",
    "identity",
    "role",
    "Victim",
    "full-name",
    "stix2-pattern",
    "link",
    "External analysis",
    "Targeting data",
    "email-dst",
    "counterlink.hashed/1",
    "tlp:amber",
    "[email-addr:value = 'a@b.example']",
    "[user-account:account_type = 'linkedin' AND user-account:user_id = 'x']",
    "https://www.linkedin.com/in/x-1",
    "Phone: +44 20 7946 0958; Email: a@b.example",
    "07700 900123",
    "identity--1",
    "0" * 64,
    "0" * 16,
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.sampled_from(VALUES),
    st.text(max_size=30),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=6),
    ),
    max_leaves=15,
)
shaped = st.one_of(
    documents.map(lambda d: {"type": "bundle", "id": "bundle--1", "objects": d}),
    st.lists(st.dictionaries(st.sampled_from(KEYS), documents, max_size=8), max_size=4).map(
        lambda objs: {"type": "bundle", "id": "bundle--1", "objects": objs}
    ),
    st.dictionaries(st.sampled_from(KEYS), documents, max_size=8).map(
        lambda e: {"Event": {"info": "x", **e}}
    ),
    st.dictionaries(st.sampled_from(KEYS), documents, max_size=8).map(
        lambda d: {"format": "counterlink.hashed/1", **d}
    ),
    documents,
)


def outcome(data: bytes) -> None:
    try:
        parsed = read_watch_bytes(data, "upload:" + NAME, NAME)
    except CounterlinkError as exc:
        assert NAME in str(exc)
    else:
        assert all(e.kind and (e.value or e.digest) for e in parsed.source.entries)


@SETTINGS
@given(shaped)
def test_any_json_shape_is_parsed_or_refused_naming_the_file(document: Any) -> None:
    outcome(json.dumps(document).encode("utf-8"))


@SETTINGS
@given(st.lists(shaped, min_size=2, max_size=3))
def test_json_lines_of_any_shape(lines: list[Any]) -> None:
    outcome("\n".join(json.dumps(line) for line in lines).encode("utf-8"))


@SETTINGS
@given(st.binary(max_size=200))
def test_random_bytes(data: bytes) -> None:
    outcome(data)


@SETTINGS
@given(shaped, st.sampled_from(["utf-16", "latin-1", "cp1252"]))
def test_wrong_encodings(document: Any, encoding: str) -> None:
    text = json.dumps(document, ensure_ascii=False) + " é"
    outcome(text.encode(encoding, errors="replace"))


EVENT_ID = "5f1a2b3c-4d5e-4f60-8172-93a4b5c6d7e8"


@SETTINGS
@given(documents, shaped)
def test_a_misp_feed_folder_of_any_content(manifest: Any, event: Any) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if isinstance(manifest, dict):
            manifest = {EVENT_ID: manifest}
        (root / "manifest.json").write_text(json.dumps(manifest))
        (root / f"{EVENT_ID}.json").write_text(json.dumps(event))
        try:
            events = fetch_misp_feed(folder)
        except CounterlinkError as exc:
            assert folder in str(exc)
            return
        outcome(json.dumps(events).encode("utf-8"))
