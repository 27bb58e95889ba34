"""Every report that arrives in the web app is matched against the partner watchlist as it is
in the database at that moment: an import made after the app started counts at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from counterlink.store.watchlist import import_source, remove_source
from counterlink.watchlist import CODE, WatchEntry, WatchSource
from tests.web.conftest import SignedIn

Token = Callable[[str], str]

GENUINE = "Hi, we met at the conference last week - thanks again for the talk on error correction."


def body(text: str, url: str = "https://www.linkedin.com/in/sam-roe-1a2b3c") -> dict[str, Any]:
    return {
        "schema": "counterlink.approach/1",
        "channel": "linkedin",
        "persona": {"name": "Sam Roe", "url": url},
        "messages": [{"sender": "persona", "text": text}],
    }


def _import(app: FastAPI, *entries: WatchEntry) -> None:
    with app.state.sessions() as s:
        import_source(
            s,
            "test",
            WatchSource("Partner CERT", "partner.json", "stix", "green", entries),
            "0" * 64,
        )
        s.commit()


def test_api_reports_match_the_watchlist_imported_after_start(
    app: FastAPI, client: TestClient, token_for: Token
) -> None:
    headers = {"Authorization": f"Bearer {token_for('rita')}"}
    before = client.post("/api/v1/reports", json=body(GENUINE), headers=headers).json()
    assert before["level"] == "low"
    assert CODE not in [f["code"] for f in before["assessment"]["findings"]]

    _import(app, WatchEntry("profile", "sam-roe-1a2b3c", persona="Sam Roe", tlp="green"))
    after = client.post("/api/v1/reports", json=body(GENUINE), headers=headers).json()
    [hit] = [f for f in after["assessment"]["findings"] if f["code"] == CODE]
    assert hit["source"] == "Partner CERT"
    assert hit["evidence"][0]["field"] == "persona.url"
    assert after["level"] == "high" and after["score"] > before["score"]
    assert CODE in after["tactics"]

    other = client.post(
        "/api/v1/reports",
        json=body(GENUINE, "https://www.linkedin.com/in/someone-else-9z8y7x"),
        headers=headers,
    ).json()
    assert CODE not in [f["code"] for f in other["assessment"]["findings"]]

    with app.state.sessions() as s:
        remove_source(s, "test", "partner.json")
        s.commit()
    gone = client.post("/api/v1/reports", json=body(GENUINE), headers=headers).json()
    assert gone["score"] == before["score"]


def test_the_case_page_shows_the_partner_finding(
    app: FastAPI, signed_in: Callable[[str], SignedIn]
) -> None:
    _import(app, WatchEntry("profile", "sam-roe-1a2b3c", persona="Sam Roe", tlp="green"))
    rita = signed_in("rita")
    response = rita.post(
        "/reports/new",
        data={
            "csrf_token": rita.csrf,
            "messages": GENUINE,
            "persona_name": "Sam Roe",
            "profile_url": "https://www.linkedin.com/in/sam-roe-1a2b3c",
            "channel": "linkedin",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    page = signed_in("ann").get(response.headers["location"])
    assert page.status_code == 200
    assert "Known to partner Partner CERT" in page.text
