"""Exactly-once submission: a retry with the same Idempotency-Key, or the same approach id from
the same person, gets the first report back and stores nothing new (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from counterlink.schema import APPROACH_SCHEMA
from counterlink.store.tables import Report

URL = "/api/v1/reports"


def _approach(text: str = "Our client pays for short reports. WhatsApp?", **extra: Any) -> Any:
    return {
        "schema": APPROACH_SCHEMA,
        "channel": "linkedin",
        "messages": [{"sender": "persona", "text": text}],
        **extra,
    }


def _reports(app: FastAPI) -> int:
    with app.state.sessions() as s:
        return s.scalar(select(func.count()).select_from(Report)) or 0


def _auth(token: str, key: str | None = None) -> dict[str, str]:
    headers = {"Authorization": f"Bearer {token}"}
    return headers | ({"Idempotency-Key": key} if key else {})


def test_a_retry_with_the_same_key_gets_the_first_report(
    app: FastAPI, client: TestClient, token_for: Callable[[str], str]
) -> None:
    rita = token_for("rita")
    first = client.post(URL, json=_approach(), headers=_auth(rita, "k-1"))
    again = client.post(URL, json=_approach(), headers=_auth(rita, "k-1"))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert again.headers["location"] == first.headers["location"]
    assert _reports(app) == 1
    # A new key is a new submission, even of the same text.
    other = client.post(URL, json=_approach(), headers=_auth(rita, "k-2"))
    assert other.status_code == 201 and other.json()["id"] != first.json()["id"]
    assert _reports(app) == 2


def test_the_same_approach_id_is_one_report(
    app: FastAPI, client: TestClient, token_for: Callable[[str], str]
) -> None:
    rita = token_for("rita")
    first = client.post(URL, json=_approach(id="x-7"), headers=_auth(rita))
    again = client.post(URL, json=_approach(id="x-7"), headers=_auth(rita, "fresh"))
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert _reports(app) == 1


def test_keys_belong_to_their_submitter(
    app: FastAPI, client: TestClient, token_for: Callable[[str], str]
) -> None:
    rita, rob = token_for("rita"), token_for("rob")
    mine = client.post(URL, json=_approach(id="x-1"), headers=_auth(rita, "shared"))
    theirs = client.post(URL, json=_approach(id="x-1"), headers=_auth(rob, "shared"))
    assert (mine.status_code, theirs.status_code) == (201, 201)
    assert theirs.json()["id"] != mine.json()["id"]
    assert theirs.json()["reporter"] == "rob"
    assert _reports(app) == 2


def test_a_key_reused_for_another_approach_is_refused(
    app: FastAPI, client: TestClient, token_for: Callable[[str], str]
) -> None:
    rita = token_for("rita")
    assert client.post(URL, json=_approach(), headers=_auth(rita, "k")).status_code == 201
    reused = client.post(URL, json=_approach("Another message"), headers=_auth(rita, "k"))
    assert reused.status_code == 422
    assert reused.json()["detail"][0]["loc"] == ["header", "Idempotency-Key"]
    assert "different approach" in reused.json()["detail"][0]["msg"]
    assert _reports(app) == 1


def test_a_malformed_key_is_a_clear_422(
    app: FastAPI, client: TestClient, token_for: Callable[[str], str]
) -> None:
    rita = token_for("rita")
    for key in ("has space", "x" * 201):
        response = client.post(URL, json=_approach(), headers=_auth(rita, key))
        assert response.status_code == 422, key
        assert response.json()["detail"][0]["loc"] == ["header", "Idempotency-Key"]
    assert _reports(app) == 0
