"""The JSON API v1: credentials on every route, assessment on arrival, the queue, triage,
access rules, field-naming 422s, CSRF for browser sessions, the OpenAPI document."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from counterlink.assess import Assessor
from counterlink.schema import APPROACH_SCHEMA, Approach
from counterlink.store.tables import LEVELS, STATUSES, TLPS, VERDICTS, User
from counterlink.web import api
from tests.dbfixtures import submit
from tests.web.conftest import SignedIn

Token = Callable[[str], str]

ROUTES = [
    ("GET", "/api/v1/me"),
    ("GET", "/api/v1/reports"),
    ("POST", "/api/v1/reports"),
    ("GET", "/api/v1/reports/1"),
    ("PATCH", "/api/v1/reports/1"),
    ("POST", "/api/v1/reports/1/comments"),
    ("GET", "/api/v1/dashboard"),
]

HOSTILE_TEXT = (
    "Hello! I represent a consultancy whose client pays USD 3,000 for short reports on your "
    "research. Discretion is essential; let's continue on WeChat, my ID is vz_consult."
)
BENIGN_TEXT = "Hi, great talk at the conference last week. Would you share the slides?"


def approach_body(text: str = BENIGN_TEXT, **fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "channel": "linkedin",
        "persona": {"name": "Vivian Zhou"},
        "messages": [{"sender": "persona", "text": text}],
    }
    body.update(fields)
    return body


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def fields_named(response: Any) -> list[list[Any]]:
    """The ``loc`` of each field a 422 names, e.g. ["body", "status"]."""
    assert response.status_code == 422, response.text
    return [error["loc"] for error in response.json()["detail"]]


@pytest.mark.parametrize(("method", "path"), ROUTES)
def test_every_route_needs_credentials(
    client: TestClient, people: dict[str, User], method: str, path: str
) -> None:
    for headers in ({}, bearer("not-a-token"), {"Authorization": "Basic cml0YTpwdw=="}):
        response = client.request(method, path, json={}, headers=headers)
        assert response.status_code == 401, (method, path, headers)
        assert response.headers["content-type"] == "application/json"
        assert response.headers["www-authenticate"] == "Bearer"


def test_a_report_is_assessed_on_arrival(client: TestClient, token_for: Token) -> None:
    body = approach_body(HOSTILE_TEXT, target={"sector": "university", "department": "Physics"})
    response = client.post("/api/v1/reports", json=body, headers=bearer(token_for("rita")))
    assert response.status_code == 201, response.text
    report = response.json()
    assert response.headers["location"] == f"/api/v1/reports/{report['id']}"
    expected = Assessor().assess(Approach.model_validate(body))
    assert report["score"] == expected.score == report["assessment"]["score"]
    assert report["level"] == expected.level == report["assessment"]["level"]
    codes = [f["code"] for f in report["assessment"]["findings"]]
    assert codes == [f.code for f in expected.findings]
    assert report["tactics"] == sorted(set(codes))
    assert report["status"] == "new" and report["reporter"] == "rita"
    assert (report["target_sector"], report["target_department"]) == ("university", "Physics")
    assert report["created_at"] and report["approach"]["messages"][0]["text"] == HOSTILE_TEXT
    assert [e["kind"] for e in report["timeline"]] == ["created"]


def test_a_hostile_approach_scores_higher_than_a_benign_one(
    client: TestClient, token_for: Token
) -> None:
    headers = bearer(token_for("rita"))
    hostile = client.post("/api/v1/reports", json=approach_body(HOSTILE_TEXT), headers=headers)
    benign = client.post("/api/v1/reports", json=approach_body(BENIGN_TEXT), headers=headers)
    assert hostile.json()["score"] > benign.json()["score"]
    assert hostile.json()["assessment"]["findings"]  # with evidence to show for it
    assert hostile.json()["assessment"]["findings"][0]["evidence"]


def test_bad_approaches_are_422_naming_the_field(client: TestClient, token_for: Token) -> None:
    headers = bearer(token_for("rita"))
    cases = [
        ({"messages": []}, ["body", "schema"]),
        ({"schema": "counterlink.approach/9", "messages": []}, ["body", "schema"]),
        ({"schema": APPROACH_SCHEMA}, ["body", "messages"]),
        (
            approach_body(messages=[{"sender": "bot", "text": "x"}]),
            ["body", "messages", 0, "sender"],
        ),
        (approach_body(channel="carrier pigeon"), ["body", "channel"]),
    ]
    for body, where in cases:
        response = client.post("/api/v1/reports", json=body, headers=headers)
        assert where in fields_named(response), (body, response.text)
        assert "Traceback" not in response.text
    for raw in (b"{not json", b"[1, 2]", b""):
        response = client.post(
            "/api/v1/reports", content=raw, headers={**headers, "content-type": "application/json"}
        )
        assert response.status_code == 422 and "Traceback" not in response.text


def test_oversized_bodies_are_refused(client: TestClient, token_for: Token) -> None:
    headers = {**bearer(token_for("rita")), "content-type": "application/json"}
    big = approach_body("x" * (api.MAX_BODY + 1))
    response = client.post("/api/v1/reports", json=big, headers=headers)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/json"

    def chunks() -> Any:  # no Content-Length: counted as it arrives
        for _ in range(20):
            yield b" " * 100_000

    streamed = client.post("/api/v1/reports", content=chunks(), headers=headers)
    assert streamed.status_code == 413
    assert client.get("/api/v1/reports", headers=headers).json()["total"] == 0


def test_list_pages_and_total(
    client: TestClient, session: Session, people: dict[str, User], token_for: Token
) -> None:
    for i in range(7):
        submit(session, people["rita"], score=i / 10, level="low")
    headers = bearer(token_for("ann"))
    first = client.get("/api/v1/reports?limit=3", headers=headers).json()
    assert (first["total"], first["limit"], first["offset"]) == (7, 3, 0)
    assert [r["score"] for r in first["items"]] == [0.6, 0.5, 0.4]  # riskiest first
    last = client.get("/api/v1/reports?limit=3&offset=6", headers=headers).json()
    assert [r["score"] for r in last["items"]] == [0.0] and last["total"] == 7
    past = client.get("/api/v1/reports?offset=50", headers=headers).json()
    assert past["items"] == [] and past["total"] == 7
    for bad, field in (("limit=0", "limit"), ("limit=501", "limit"), ("offset=-1", "offset")):
        response = client.get(f"/api/v1/reports?{bad}", headers=headers)
        assert ["query", field] in fields_named(response)


def test_list_filters(
    client: TestClient, session: Session, people: dict[str, User], token_for: Token
) -> None:
    rita = people["rita"]
    submit(session, rita, score=0.9, level="high", codes=("message.off_platform",), sector="uni")
    submit(session, rita, score=0.5, level="medium", department="Physics")
    submit(session, rita, score=0.1, level="low", sector="uni", department="Physics")
    headers = bearer(token_for("ann"))

    def scores(query: str) -> list[float]:
        response = client.get(f"/api/v1/reports?{query}", headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["total"] == len(body["items"])
        return [r["score"] for r in body["items"]]

    assert scores("level=high") == [0.9]
    assert scores("sector=uni") == [0.9, 0.1]
    assert scores("department=Physics") == [0.5, 0.1]
    assert scores("sector=uni&department=Physics") == [0.1]
    assert scores("tactic=message.off_platform") == [0.9]
    assert scores("status=new") == [0.9, 0.5, 0.1]
    assert scores("status=closed") == []
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    assert scores("since=2020-01-01") == [0.9, 0.5, 0.1]  # a date alone is UTC midnight
    assert scores(f"since={tomorrow}T00:00:00Z") == []
    assert scores(f"until={tomorrow}T00:00:00") == [0.9, 0.5, 0.1]
    assert ["query", "level"] in fields_named(
        client.get("/api/v1/reports?level=x", headers=headers)
    )
    assert ["query", "since"] in fields_named(
        client.get("/api/v1/reports?since=soon", headers=headers)
    )


def test_reporters_see_only_their_own(
    client: TestClient, session: Session, people: dict[str, User], token_for: Token
) -> None:
    robs = submit(session, people["rob"], score=0.8, level="high").id
    ritas = submit(session, people["rita"], score=0.2, level="low").id
    rita = bearer(token_for("rita"))
    listed = client.get("/api/v1/reports", headers=rita).json()
    assert [r["id"] for r in listed["items"]] == [ritas] and listed["total"] == 1
    assert client.get(f"/api/v1/reports/{robs}", headers=rita).status_code == 404
    assert client.get("/api/v1/reports/99999", headers=rita).status_code == 404
    # Reporters never triage: 403 before it matters whose report it is.
    for report_id in (robs, ritas):
        response = client.patch(
            f"/api/v1/reports/{report_id}", json={"status": "closed"}, headers=rita
        )
        assert response.status_code == 403
        response = client.post(
            f"/api/v1/reports/{report_id}/comments", json={"body": "mine"}, headers=rita
        )
        assert response.status_code == 403
    assert client.get("/api/v1/dashboard", headers=rita).status_code == 403
    own = client.get(f"/api/v1/reports/{ritas}", headers=rita).json()
    assert own["comments"] is None and own["status"] == "new"
    ann = bearer(token_for("ann"))
    assert client.get("/api/v1/reports", headers=ann).json()["total"] == 2
    assert client.get("/api/v1/me", headers=rita).json() == {"name": "rita", "role": "reporter"}


def test_analysts_triage_and_it_shows(
    client: TestClient, session: Session, people: dict[str, User], token_for: Token
) -> None:
    report_id = submit(session, people["rita"], score=0.8, level="high").id
    ann = bearer(token_for("ann"))
    change = {"status": "investigating", "verdict": "malicious", "assignee": "adam", "tlp": "red"}
    response = client.patch(f"/api/v1/reports/{report_id}", json=change, headers=ann)
    assert response.status_code == 200, response.text
    shown = client.get(f"/api/v1/reports/{report_id}", headers=ann).json()
    assert {k: shown[k] for k in change} == change
    assert shown["first_triaged_at"] is not None and shown["closed_at"] is None
    kinds = [e["kind"] for e in shown["timeline"]]
    assert kinds == ["created", "status", "verdict", "assignee", "tlp"]
    assert shown["timeline"][1] == {
        "at": shown["timeline"][1]["at"],
        "kind": "status",
        "actor": "ann",
        "detail": {"from": "new", "to": "investigating"},
    }
    comment = client.post(
        f"/api/v1/reports/{report_id}/comments", json={"body": "called her"}, headers=ann
    )
    assert comment.status_code == 201 and comment.json()["author"] == "ann"
    # null clears the verdict and the assignee; fields left out stay.
    cleared = client.patch(
        f"/api/v1/reports/{report_id}", json={"verdict": None, "assignee": ""}, headers=ann
    ).json()
    assert (cleared["verdict"], cleared["assignee"]) == (None, None)
    assert (cleared["status"], cleared["tlp"]) == ("investigating", "red")
    assert [c["body"] for c in cleared["comments"]] == ["called her"]
    # The reporter sees the outcome, not who works it nor the notes.
    mine = client.get(f"/api/v1/reports/{report_id}", headers=bearer(token_for("rita"))).json()
    assert [e["kind"] for e in mine["timeline"]] == ["created", "status", "verdict", "verdict"]
    assert {e["actor"] for e in mine["timeline"][1:]} == {None}
    assert mine["assignee"] is None and mine["comments"] is None and mine["tlp"] == "red"
    closed = client.patch(f"/api/v1/reports/{report_id}", json={"status": "closed"}, headers=ann)
    assert closed.json()["closed_at"] is not None


def test_invalid_triage_values_are_422_naming_the_field(
    client: TestClient, session: Session, people: dict[str, User], token_for: Token
) -> None:
    report_id = submit(session, people["rita"]).id
    ann = bearer(token_for("ann"))
    cases = [
        ({"status": "done"}, "status"),
        ({"status": None}, "status"),
        ({"verdict": "guilty"}, "verdict"),
        ({"tlp": "purple"}, "tlp"),
        ({"tlp": None}, "tlp"),
        ({"assignee": "rita"}, "assignee"),  # a reporter cannot work cases
        ({"assignee": "nobody"}, "assignee"),
        ({"stauts": "closed"}, "stauts"),
    ]
    for body, field in cases:
        response = client.patch(f"/api/v1/reports/{report_id}", json=body, headers=ann)
        assert ["body", field] in fields_named(response), (body, response.text)
    assert client.get(f"/api/v1/reports/{report_id}", headers=ann).json()["status"] == "new"
    empty = client.post(f"/api/v1/reports/{report_id}/comments", json={"body": ""}, headers=ann)
    assert ["body", "body"] in fields_named(empty)
    assert client.patch("/api/v1/reports/99999", json={}, headers=ann).status_code == 404


def test_a_browser_session_needs_the_csrf_header(
    signed_in: Callable[[str], SignedIn], session: Session, people: dict[str, User]
) -> None:
    report_id = submit(session, people["rita"]).id
    ann = signed_in("ann")
    path = f"/api/v1/reports/{report_id}"
    assert ann.get(path).status_code == 200  # reads need no token
    assert ann.patch(path, json={"status": "triaging"}).status_code == 403
    forged = ann.patch(path, json={"status": "triaging"}, headers={"X-CSRF-Token": "forged"})
    assert forged.status_code == 403
    ok = ann.patch(path, json={"status": "triaging"}, headers={"X-CSRF-Token": ann.csrf})
    assert ok.status_code == 200 and ok.json()["status"] == "triaging"
    rita = signed_in("rita")
    assert rita.post("/api/v1/reports", json=approach_body()).status_code == 403
    made = rita.post("/api/v1/reports", json=approach_body(), headers={"X-CSRF-Token": rita.csrf})
    assert made.status_code == 201


def test_markup_round_trips_as_json_data(client: TestClient, token_for: Token) -> None:
    hostile = "<script>alert(1)</script>"
    body = approach_body(f"Hi {hostile}", persona={"name": hostile, "about": "<b>x</b>"})
    headers = bearer(token_for("rita"))
    made = client.post("/api/v1/reports", json=body, headers=headers)
    assert made.headers["content-type"] == "application/json"
    report_id = made.json()["id"]
    for path in (f"/api/v1/reports/{report_id}", "/api/v1/reports", "/api/v1/me"):
        response = client.get(path, headers=headers)
        assert response.headers["content-type"] == "application/json"
        assert response.headers["x-content-type-options"] == "nosniff"
    shown = client.get(f"/api/v1/reports/{report_id}", headers=headers).json()
    assert shown["persona_name"] == hostile
    assert shown["approach"]["persona"] == {"name": hostile, "about": "<b>x</b>"}
    assert shown["approach"]["messages"][0]["text"] == f"Hi {hostile}"
    listed = client.get("/api/v1/reports", headers=headers).json()
    assert listed["items"][0]["persona_name"] == hostile


def test_dashboard_for_analysts(
    client: TestClient, session: Session, people: dict[str, User], token_for: Token
) -> None:
    submit(session, people["rita"], level="high", codes=("message.off_platform",), sector="uni")
    response = client.get("/api/v1/dashboard?weeks=4", headers=bearer(token_for("adam")))
    assert response.status_code == 200, response.text
    figures = response.json()
    assert figures["total"] == 1 and figures["open"] == 1 and len(figures["per_week"]) == 4
    assert figures["by_level"]["high"] == 1
    assert figures["by_tactic"] == [{"code": "message.off_platform", "count": 1}]


def test_openapi_documents_every_route(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    paths = document["paths"]
    for method, path in ROUTES:
        documented = path.replace("/1", "/{report_id}")
        assert method.lower() in paths[documented], (method, path)
        operation = paths[documented][method.lower()]
        assert operation["summary"] and operation["security"] == [{"HTTPBearer": []}]
        assert "401" in operation["responses"]
    post = paths["/api/v1/reports"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/Approach"
    )
    assert "201" in post["responses"] and "413" in post["responses"]
    assert document["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert set(document["components"]["schemas"]["ReportChange"]["properties"]) == {
        "status",
        "verdict",
        "assignee",
        "tlp",
    }


def test_vocabularies_match_the_store() -> None:
    assert get_args(api.Level) == LEVELS
    assert get_args(api.Status) == STATUSES
    assert get_args(api.Verdict) == VERDICTS
    assert get_args(api.Tlp) == TLPS
