"""Every route, for every kind of visitor: no route is reachable without the right role.

``ACCESS`` lists every route the app serves with who may use it; a test fails when the app
gains a route the table does not list, so a new route cannot ship unreviewed. Each route is
then called by an anonymous visitor, the reporter who owns the report in question (rita),
another reporter (rob), an analyst (ann) and an admin (adam), with a body that would be
accepted, and the answer must be "allowed" or the denial the table promises:

* anonymous: pages redirect to /login, the API answers 401;
* a role the route does not allow: 403;
* another reporter's report (or its evidence): 404, never a hint that it exists.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from counterlink.store.evidence import attach_evidence
from counterlink.store.tables import User
from counterlink.store.users import add_user
from tests.dbfixtures import PASSWORD, sample_approach, submit
from tests.web.conftest import SignedIn

ANYONE = frozenset({"anonymous", "rita", "rob", "ann", "adam"})
SIGNED_IN = frozenset({"rita", "rob", "ann", "adam"})
OWNER_OR_STAFF = frozenset({"rita", "ann", "adam"})  # rob gets 404
STAFF = frozenset({"ann", "adam"})
ADMIN = frozenset({"adam"})

FINDING = "message.off_platform"  # the finding of rita's report (sharing: its TLP)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 17


# A GET's query string (sharing): a body starting with "?" is appended to the path.
SHARE_QUERY = "?format=stix&audience=organisation"


@dataclass(frozen=True)
class Rule:
    allowed: frozenset[str]
    body: str = ""  # which request body to send (see _request)


ACCESS: dict[tuple[str, str], Rule] = {
    ("GET", "/login"): Rule(ANYONE),
    ("POST", "/login"): Rule(ANYONE, "login"),
    ("GET", "/"): Rule(SIGNED_IN),
    ("POST", "/logout"): Rule(SIGNED_IN, "csrf"),
    ("GET", "/reports/new"): Rule(SIGNED_IN),
    ("POST", "/reports/new"): Rule(SIGNED_IN, "new-report"),
    ("GET", "/reports"): Rule(SIGNED_IN),
    ("GET", "/scan"): Rule(SIGNED_IN),
    ("POST", "/scan"): Rule(SIGNED_IN, "scan"),
    ("POST", "/scan/report"): Rule(SIGNED_IN, "scan-report"),
    ("GET", "/queue"): Rule(STAFF),
    ("GET", "/reports/{report_id:int}"): Rule(OWNER_OR_STAFF),
    ("POST", "/reports/{report_id:int}/triage"): Rule(STAFF, "triage"),
    ("POST", "/reports/{report_id:int}/comments"): Rule(STAFF, "comment"),
    ("POST", "/reports/{report_id:int}/evidence"): Rule(OWNER_OR_STAFF, "evidence"),
    ("GET", "/evidence/{sha256}"): Rule(OWNER_OR_STAFF),
    ("GET", "/export/labelled"): Rule(STAFF),
    ("GET", "/dashboard"): Rule(STAFF),
    ("GET", "/dashboard.json"): Rule(STAFF),
    ("GET", "/admin/users"): Rule(ADMIN),
    ("POST", "/admin/users"): Rule(ADMIN, "add-user"),
    ("POST", "/admin/users/{user_id}/role"): Rule(ADMIN, "role"),
    ("POST", "/admin/users/{user_id}/active"): Rule(ADMIN, "active"),
    ("POST", "/admin/users/{user_id}/password"): Rule(ADMIN, "password"),
    ("GET", "/admin/settings"): Rule(ADMIN),
    ("GET", "/api/v1/me"): Rule(SIGNED_IN),
    ("POST", "/api/v1/reports"): Rule(SIGNED_IN, "api-report"),
    ("POST", "/api/v1/reports/files"): Rule(SIGNED_IN, "api-files"),
    ("POST", "/api/v1/read"): Rule(SIGNED_IN, "api-files"),
    ("POST", "/reports/preview"): Rule(SIGNED_IN, "new-report"),
    ("GET", "/api/v1/reports"): Rule(SIGNED_IN),
    ("GET", "/api/v1/reports/{report_id}"): Rule(OWNER_OR_STAFF),
    ("PATCH", "/api/v1/reports/{report_id}"): Rule(STAFF, "api-patch"),
    ("POST", "/api/v1/reports/{report_id}/comments"): Rule(STAFF, "api-comment"),
    ("GET", "/api/v1/dashboard"): Rule(STAFF),
    # campaigns (pages_campaigns); judgement forms with only a CSRF token are refused with a
    # 422 for those allowed (or 409 once an earlier visitor's judgement changed the campaign)
    ("GET", "/campaigns"): Rule(STAFF),
    ("GET", "/campaigns/{campaign_id}"): Rule(STAFF),
    ("POST", "/campaigns/{campaign_id}/confirm"): Rule(STAFF, "csrf"),
    ("POST", "/campaigns/{campaign_id}/exclude"): Rule(STAFF, "csrf"),
    ("POST", "/campaigns/{campaign_id}/split"): Rule(STAFF, "csrf"),
    ("POST", "/campaigns/{campaign_id}/merge"): Rule(STAFF, "csrf"),
    ("POST", "/campaigns/judgements/{judgement_id:int}/revoke"): Rule(STAFF, "csrf"),
    ("GET", "/api/v1/campaigns"): Rule(STAFF),
    # partner watchlist (pages_watchlist); removing twice is not an error
    ("GET", "/watchlist"): Rule(STAFF),
    ("POST", "/watchlist"): Rule(STAFF, "watchlist-import"),
    ("GET", "/watchlist/{source_id}"): Rule(STAFF),
    ("POST", "/watchlist/{source_id}/remove"): Rule(STAFF, "csrf"),
    # sharing (pages_share, pages_triage): markings and exports for partners
    ("POST", "/reports/{report_id:int}/findings/tlp"): Rule(STAFF, "finding-tlp"),
    ("POST", "/reports/{report_id:int}/employer"): Rule(STAFF, "employer"),
    ("POST", "/reports/{report_id:int}/evidence/{sha256}/tlp"): Rule(STAFF, "tlp"),
    ("POST", "/reports/{report_id:int}/share"): Rule(STAFF, "share"),
    ("POST", "/campaigns/{campaign_id}/share"): Rule(STAFF, "share"),
    ("GET", "/api/v1/reports/{report_id}/share"): Rule(STAFF, SHARE_QUERY),
    ("GET", "/api/v1/campaigns/{campaign_id}/share"): Rule(STAFF, SHARE_QUERY),
    # The API's description is public, like any published API document.
    ("GET", "/openapi.json"): Rule(ANYONE),
}


def app_routes(app: FastAPI) -> set[tuple[str, str]]:
    """(method, path) of every route the app serves, through included routers."""
    found: set[tuple[str, str]] = set()

    def walk(routes: list[Any], prefix: str) -> None:
        for route in routes:
            if hasattr(route, "original_router"):  # a router included in the app
                walk(route.original_router.routes, prefix + route.include_context.prefix)
            elif hasattr(route, "methods") and route.methods:
                for method in route.methods - {"HEAD"}:
                    found.add((method, prefix + route.path))

    walk(list(app.routes), "")
    return found


def test_every_route_is_in_the_access_table(app: FastAPI) -> None:
    assert app_routes(app) == set(ACCESS)


@pytest.fixture
def world(app: FastAPI, people: dict[str, User], session: Session) -> dict[str, Any]:
    """rita's report with a piece of evidence, and a user the admin routes may change."""
    report = submit(session, people["rita"], score=0.9, level="high", codes=(FINDING,))
    item = attach_evidence(session, people["rita"], report.id, "shot.png", PNG)
    victim = add_user(session, "victim", "reporter", PASSWORD)
    session.commit()
    return {"report": report.id, "sha": item.sha256, "victim": victim.id}


# ---- campaigns: a campaign and a judgement for the campaign routes ----
@pytest.fixture
def campaign_world(people: dict[str, User], session: Session) -> dict[str, Any]:
    from counterlink.schema import Approach
    from counterlink.store.campaigns import current, judge, member_id
    from counterlink.store.reports import create_report
    from tests.dbfixtures import sample_assessment

    ids = []
    for name in ("Kai Ho", "Jin Ma", "Ying Xu"):
        record = sample_approach(name).to_json_dict()
        record["persona"]["contacts"] = {"handles": {"wechat": "same_operator"}}
        report = create_report(
            session, people["rita"], Approach.model_validate(record), sample_assessment()
        )
        ids.append(member_id(report.id))
    made = judge(session, people["ann"], {"action": "confirm", "members": ids[:2]})
    [campaign] = current(session).campaigns
    session.commit()
    return {"campaign": campaign.id, "judgement": made.id}


# ---- end campaigns ----


def _tiny_export() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "messages.csv",
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,"
            "RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
            "c1,,Kevin Tan,https://www.linkedin.com/in/k,Me,https://www.linkedin.com/in/me,"
            '2026-10-03 09:00:00 UTC,,"We pay for reports.",INBOX\n',
        )
    return buffer.getvalue()


def _partner_file() -> bytes:
    """A partner's hashed export (no community key needed to import one)."""
    return json.dumps(
        {
            "format": "counterlink.hashed/1",
            "producer": "Partner CERT",
            "key_id": "0" * 16,
            "tlp": "green",
            "personas": [{"id": "p1", "indicators": [{"kind": "phone", "digest": "a" * 64}]}],
        }
    ).encode()


def _watchlist_source(app: FastAPI) -> int:
    from counterlink.store.watchlist import import_source
    from counterlink.watchlist import WatchEntry, WatchSource

    with app.state.sessions() as s:
        entry = WatchEntry("handle", "wechat:vzhou88")
        done = import_source(s, "test", WatchSource("P", "p.json", "stix", "green", (entry,)), "0")
        s.commit()
        return done.source.id


def _request(client: TestClient, method: str, path: str, body: str, csrf: str) -> httpx.Response:
    approach = sample_approach(text="Could you send me your CV?").to_json_dict()
    forms: dict[str, dict[str, Any]] = {
        "login": {"name": "victim", "password": PASSWORD},
        "csrf": {},
        "new-report": {"messages": "Could you send me your CV and current projects?"},
        "scan-report": {"approach": json.dumps(approach)},
        "triage": {"status": "triaging"},
        "comment": {"body": "Looked at it."},
        "add-user": {"name": "newcomer", "role": "reporter", "password": PASSWORD},
        "role": {"role": "analyst"},
        "active": {"active": "true"},
        "password": {"password": PASSWORD + "-new"},
        "finding-tlp": {"code": FINDING, "tlp": "red"},
        "employer": {"name": "Harbour Light Trading Ltd"},
        "tlp": {"tlp": "red"},
        "share": {"format": "stix", "audience": "organisation"},
    }
    files = {
        "scan": {"export": ("export.zip", _tiny_export(), "application/zip")},
        "evidence": {"file": ("more.png", PNG, "image/png")},
        "watchlist-import": {"file": ("partner.json", _partner_file(), "application/json")},
    }
    jsons = {
        "api-report": approach,
        "api-patch": {"status": "triaging"},
        "api-comment": {"body": "Looked at it."},
    }
    if body.startswith("?"):
        return client.request(method, path + body, follow_redirects=False)
    if body == "api-files":
        upload = {"files": ("note.png", PNG, "image/png")}
        text = {"text": "Could you send me your CV?"}
        return client.post(path, data=text, files=upload, headers={"X-CSRF-Token": csrf})
    if body in jsons:
        return client.request(method, path, json=jsons[body], headers={"X-CSRF-Token": csrf})
    data = {**forms.get(body, {}), "csrf_token": csrf} if method == "POST" else None
    return client.request(method, path, data=data, files=files.get(body), follow_redirects=False)


def _outcome(response: httpx.Response) -> str:
    location = response.headers.get("location", "")
    # Signing out also lands on /login, but only a refusal asks to come back (?next=).
    if response.status_code in (303, 307) and location.startswith("/login?next="):
        return "login"
    if response.status_code in (401, 403, 404) or response.status_code >= 500:
        return str(response.status_code)  # a 500 is never "allowed": it is a bug
    return "allowed"


@pytest.mark.parametrize(("method", "path"), sorted(ACCESS))
def test_route_answers_each_visitor_as_the_table_says(
    method: str,
    path: str,
    app: FastAPI,
    world: dict[str, Any],
    signed_in: Callable[[str], SignedIn],
    request: pytest.FixtureRequest,
) -> None:
    rule = ACCESS[(method, path)]
    concrete = (
        path.replace("{report_id:int}", str(world["report"]))
        .replace("{report_id}", str(world["report"]))
        .replace("{sha256}", world["sha"])
        .replace("{user_id}", str(world["victim"]))
    )
    # ---- campaigns ----
    if "{campaign_id}" in path or "{judgement_id:int}" in path:
        extra = request.getfixturevalue("campaign_world")
        concrete = concrete.replace("{campaign_id}", extra["campaign"]).replace(
            "{judgement_id:int}", str(extra["judgement"])
        )
    # ---- end campaigns ----
    if "{source_id}" in path:
        concrete = concrete.replace("{source_id}", str(_watchlist_source(app)))
    api = path.startswith("/api/")
    for visitor in ("anonymous", "rita", "rob", "ann", "adam"):
        client: TestClient = TestClient(app) if visitor == "anonymous" else signed_in(visitor)
        csrf = getattr(client, "csrf", "")
        outcome = _outcome(_request(client, method, concrete, rule.body, csrf))
        if visitor in rule.allowed:
            expected = "allowed"
        elif visitor == "anonymous":
            expected = "401" if api else "login"
        elif visitor == "rob" and rule.allowed == OWNER_OR_STAFF:
            expected = "404"
        else:
            expected = "403"
        assert outcome == expected, f"{method} {path} as {visitor}"
