"""The watchlist pages: analysts import a partner's file, see its indicators, remove it."""

from __future__ import annotations

import json
from collections.abc import Callable

from fastapi import FastAPI
from sqlalchemy import select

from counterlink.store.tables import AuditEntry
from tests.web.conftest import SignedIn

PARTNER = {
    "format": "counterlink.hashed/1",
    "producer": "Partner CERT",
    "key_id": "0123456789abcdef",
    "tlp": "green",
    "personas": [
        {
            "id": "persona--1",
            "indicators": [
                {"kind": "phone", "digest": "a" * 64},
                {"kind": "handle", "digest": "b" * 64},
                {"kind": "shoe_size", "digest": "c" * 64},
            ],
        }
    ],
}


def _upload(
    client: SignedIn, content: bytes, filename: str = "partner.json", partner: str = ""
) -> str:
    response = client.post(
        "/watchlist",
        data={"csrf_token": client.csrf, "name": partner},
        files={"file": (filename, content, "application/json")},
    )
    assert response.status_code in (200, 422), response.text
    return response.text


def test_import_list_show_and_remove(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    ann = signed_in("ann")
    page = _upload(ann, json.dumps(PARTNER).encode(), filename="uni.json")
    assert "Imported 2 indicators from Partner CERT (hashed, TLP:GREEN)" in page
    assert "1 item(s) of the file were not imported" in page and "shoe_size" in page
    again = _upload(ann, json.dumps(PARTNER).encode(), filename="uni.json")
    assert "already imported with the same content" in again

    first = {"kind": "phone", "digest": "a" * 64}
    renamed = dict(PARTNER, personas=[{"id": "p2", "indicators": [first]}])
    page = _upload(
        ann, json.dumps(renamed).encode(), filename="uni.json", partner="University CERT"
    )
    assert "Imported 1 indicators from University CERT" in page and "replacing 2" in page

    listing = ann.get("/watchlist").text
    assert "University CERT" in listing and "upload:uni.json" in listing
    with app.state.sessions() as s:
        from counterlink.store.watchlist import list_sources

        [source] = list_sources(s)
        audit = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert audit.count("watchlist.import") == 2  # the unchanged re-upload wrote nothing
    shown = ann.get(f"/watchlist/{source.id}").text
    assert "keyed hash" in shown and "aaaaaaaaaaaaaaaa" in shown

    response = ann.post(
        f"/watchlist/{source.id}/remove", data={"csrf_token": ann.csrf}, follow_redirects=False
    )
    assert response.status_code == 303
    assert "The watchlist is empty" in ann.get("/watchlist").text
    assert ann.get(f"/watchlist/{source.id}").status_code == 404


def test_a_bad_file_is_refused_naming_it(signed_in: Callable[[str], SignedIn]) -> None:
    ann = signed_in("ann")
    page = _upload(ann, b'{"type": "bundle", "objects": 3', filename="broken.json")
    assert "broken.json" in page and "not JSON" in page
    page = _upload(ann, json.dumps({"hello": 1}).encode(), filename="other.json")
    assert "other.json" in page and "neither a STIX 2.1 bundle" in page
    assert "The watchlist is empty" in page


def test_reporters_cannot_see_it(signed_in: Callable[[str], SignedIn]) -> None:
    rita = signed_in("rita")
    assert rita.get("/watchlist").status_code == 403
    assert "/watchlist" not in rita.get("/reports/new").text
