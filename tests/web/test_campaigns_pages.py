"""Campaign pages through HTTP on both databases: the list, a campaign, the case page section,
judgements that hold through recomputation, escaping (SVG included), roles, the JSON for
scripts, and `counterlink campaigns` over the same database printing the same campaigns."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from counterlink.cli import app as cli_app
from counterlink.schema import APPROACH_SCHEMA, Approach
from counterlink.store.reports import create_report
from counterlink.store.tables import AuditEntry, User
from counterlink.web.graph import Member, Value, campaign_graph
from tests.dbfixtures import sample_assessment
from tests.web.conftest import SignedIn

People = dict[str, User]
Browser = Callable[[str], SignedIn]
HOSTILE = "<script>alert(1)</script>"
CAMPAIGN = re.compile(r"campaign-[0-9a-f]{12}")


def approach(
    name: str,
    *,
    handle: str | None = None,
    email: str | None = None,
    when: str | None = None,
    sector: str = "university",
    organisation: str = "Uni A",
) -> dict[str, Any]:
    contacts: dict[str, Any] = {}
    if handle:
        contacts["handles"] = {"wechat": handle}
    if email:
        contacts["emails"] = [email]
    return {
        "schema": APPROACH_SCHEMA,
        "received_at": when,
        "channel": "linkedin",
        "persona": {"name": name, "contacts": contacts or None},
        "target": {"sector": sector, "organisation": organisation},
        "messages": [{"sender": "persona", "text": "Hello, nice to connect."}],
    }


def add(s: Session, user: User, record: dict[str, Any]) -> int:
    report = create_report(s, user, Approach.model_validate(record), sample_assessment())
    s.commit()
    return report.id


@pytest.fixture
def reports(session: Session, people: People) -> dict[str, int]:
    """a, b, c share a WeChat handle; x and y share only a common name and a webmail domain."""
    rita, rob = people["rita"], people["rob"]
    return {
        "a": add(session, rita, approach("Vivian Zhou", handle="vz_gip", when="2026-10-03")),
        "b": add(session, rob, approach("Lily Chen", handle="vz_gip", when="2026-10-21")),
        "c": add(
            session,
            rita,
            approach("Grace Wu", handle="vz_gip", when="2026-11-02", sector="quantum"),
        ),
        "x": add(session, rita, approach("Tom Li", email="tom@gmail.com")),
        "y": add(session, rob, approach("Tom Li", email="li@gmail.com")),
    }


def campaign_ids(html: str) -> list[str]:
    return list(dict.fromkeys(CAMPAIGN.findall(html)))


def members_of(browser: TestClient) -> list[set[int]]:
    """The campaigns now, as sets of report ids, from the JSON for scripts."""
    body = browser.get("/api/v1/campaigns").json()
    return [{int(m.removeprefix("report-")) for m in c["members"]} for c in body["campaigns"]]


def only_campaign(browser: TestClient) -> str:
    [found] = campaign_ids(browser.get("/campaigns").text)
    return found


def test_shared_handle_is_a_campaign_on_the_list_its_page_and_both_case_pages(
    signed_in: Browser, reports: dict[str, int]
) -> None:
    ann = signed_in("ann")
    listing = ann.get("/campaigns")
    assert listing.status_code == 200
    [campaign] = campaign_ids(listing.text)
    assert "Vivian Zhou" in listing.text and "wechat:vz_gip" in listing.text
    assert "2026-10-03 → 2026-11-02" in listing.text
    page = ann.get(f"/campaigns/{campaign}")
    assert page.status_code == 200
    for key in ("a", "b", "c"):
        assert f'href="/reports/{reports[key]}"' in page.text
    assert f'href="/reports/{reports["x"]}"' not in page.text
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="graph"' in page.text
    assert 'class="graph-table"' in page.text and "Targeted organisations" in page.text
    assert page.text.index("2026-10-03") < page.text.index("2026-11-02")  # the timeline
    for key, other in (("a", "b"), ("b", "a")):
        case = ann.get(f"/reports/{reports[key]}").text
        assert f'Part of campaign <a href="/campaigns/{campaign}">' in case
        assert "with\n    2 other reports" in case
        assert "wechat:vz_gip" in case and f"report #{reports[other]}" in case
    assert "Not linked to any other report." in ann.get(f"/reports/{reports['x']}").text
    assert members_of(ann) == [{reports["a"], reports["b"], reports["c"]}]


def test_generic_overlaps_form_no_campaign(
    session: Session, people: People, signed_in: Browser
) -> None:
    for name, email in (("Tom Li", "tom@gmail.com"), ("Tom Li", "li@gmail.com")):
        add(session, people["rita"], approach(name, email=email))
    page = signed_in("adam").get("/campaigns")
    assert page.status_code == 200
    assert campaign_ids(page.text) == []
    assert "No campaigns" in page.text


def test_reporters_are_refused_and_see_no_campaign_on_their_case(
    signed_in: Browser, reports: dict[str, int], token_for: Callable[[str], str], app: FastAPI
) -> None:
    campaign = only_campaign(signed_in("ann"))
    rita = signed_in("rita")
    assert rita.get("/campaigns").status_code == 403
    assert rita.get(f"/campaigns/{campaign}").status_code == 403
    refused = rita.post(f"/campaigns/{campaign}/confirm", data={"csrf_token": rita.csrf})
    assert refused.status_code == 403
    case = rita.get(f"/reports/{reports['a']}")
    assert case.status_code == 200 and 'id="campaign"' not in case.text
    api = TestClient(app).get(
        "/api/v1/campaigns", headers={"Authorization": f"Bearer {token_for('rita')}"}
    )
    assert api.status_code == 403 and api.json()["detail"]
    assert TestClient(app).get("/api/v1/campaigns").status_code == 401


def _post(browser: SignedIn, path: str, **fields: Any) -> Any:
    return browser.post(path, data={"csrf_token": browser.csrf, **fields}, follow_redirects=False)


def _new_report(app: FastAPI, token: str, record: dict[str, Any]) -> int:
    """A report submitted as a reporter would, through the API (assessed on arrival)."""
    made = TestClient(app).post(
        "/api/v1/reports", json=record, headers={"Authorization": f"Bearer {token}"}
    )
    assert made.status_code == 201, made.text
    return int(made.json()["id"])


def test_split_stays_split_after_a_new_report_joins(
    app: FastAPI, signed_in: Browser, reports: dict[str, int], token_for: Callable[[str], str]
) -> None:
    ann = signed_in("ann")
    campaign = only_campaign(ann)
    a, b, c = reports["a"], reports["b"], reports["c"]
    done = _post(ann, f"/campaigns/{campaign}/split", members=[f"report-{a}"], note="two teams")
    assert done.status_code == 303
    assert members_of(ann) == [{b, c}]
    assert done.headers["location"] == f"/campaigns/{only_campaign(ann)}"
    newcomer = _new_report(app, token_for("rob"), approach("Mia Sun", handle="vz_gip"))
    after = members_of(ann)
    assert not any(a in group and (b in group or c in group) for group in after)
    assert any(newcomer in group for group in after)
    listing = ann.get("/campaigns").text
    assert "split" in listing and "two teams" in listing and "in force" in listing


def test_exclude_holds_for_new_reports_and_revoking_brings_it_back(
    app: FastAPI, signed_in: Browser, reports: dict[str, int], token_for: Callable[[str], str]
) -> None:
    ann = signed_in("ann")
    a, b, c = reports["a"], reports["b"], reports["c"]
    done = _post(ann, f"/campaigns/{only_campaign(ann)}/exclude", member=f"report-{b}")
    assert done.status_code == 303
    assert members_of(ann) == [{a, c}]
    newcomer = _new_report(app, token_for("rita"), approach("Mia Sun", handle="vz_gip"))
    assert members_of(ann) == [{a, c, newcomer}]
    case = ann.get(f"/reports/{b}").text
    assert "Excluded from every campaign by judgement #" in case
    judgement = int(
        re.findall(r"/campaigns/judgements/(\d+)/revoke", ann.get("/campaigns").text)[0]
    )
    undo = _post(signed_in("adam"), f"/campaigns/judgements/{judgement}/revoke")
    assert (undo.status_code, undo.headers["location"]) == (303, "/campaigns#judgements")
    assert members_of(ann) == [{a, b, c, newcomer}]
    listing = ann.get("/campaigns").text
    assert "revoked by adam" in listing
    again = _post(ann, f"/campaigns/judgements/{judgement}/revoke")
    assert again.status_code == 422 and "already revoked" in again.text


def test_merge_and_confirm_hold_through_recomputation(
    app: FastAPI,
    session: Session,
    people: People,
    signed_in: Browser,
    reports: dict[str, int],
    token_for: Callable[[str], str],
) -> None:
    d = add(session, people["rob"], approach("Kai Ho", handle="other_op"))
    e = add(session, people["rob"], approach("Jin Ma", handle="other_op"))
    ann = signed_in("ann")
    trio = {reports["a"], reports["b"], reports["c"]}
    assert members_of(ann) == [trio, {d, e}]
    first, second = campaign_ids(ann.get("/campaigns").text)
    page = ann.get(f"/campaigns/{first}").text
    assert f'<option value="{second}">' in page  # the merge form offers the other campaign
    done = _post(ann, f"/campaigns/{first}/merge", other=second)
    assert done.status_code == 303
    assert members_of(ann) == [trio | {d, e}]
    merged = only_campaign(ann)
    assert _post(ann, f"/campaigns/{merged}/confirm", note="one operator").status_code == 303
    newcomer = _new_report(app, token_for("rita"), approach("Ying Xu", handle="other_op"))
    assert members_of(ann) == [trio | {d, e, newcomer}]
    with app.state.sessions() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.action.like("campaign.%")))
        assert list(actions) == ["campaign.merge", "campaign.confirm"]


def test_a_form_about_a_campaign_that_changed_is_refused(
    app: FastAPI, signed_in: Browser, reports: dict[str, int], token_for: Callable[[str], str]
) -> None:
    ann = signed_in("ann")
    shown = only_campaign(ann)
    _new_report(app, token_for("rob"), approach("Mia Sun", handle="vz_gip"))
    stale = _post(ann, f"/campaigns/{shown}/confirm")
    assert stale.status_code == 409 and "changed since the page was shown" in stale.text
    assert ann.get(f"/campaigns/{shown}").status_code == 404
    assert ann.get("/campaigns/not-a-campaign").status_code == 404


@pytest.mark.parametrize(
    ("action", "fields", "message"),
    [
        ("split", {}, "split off, not all"),
        ("split", {"members": "everyone"}, "split off, not all"),
        ("exclude", {"member": "report-999"}, "choose a report of this campaign"),
        ("merge", {"other": "nothing"}, "choose another campaign"),
        ("confirm", {"note": "x" * 3000}, "note"),
    ],
)
def test_bad_judgement_forms_change_nothing(
    signed_in: Browser,
    reports: dict[str, int],
    action: str,
    fields: dict[str, Any],
    message: str,
) -> None:
    ann = signed_in("ann")
    campaign = only_campaign(ann)
    if fields.get("members") == "everyone":
        fields = {"members": [f"report-{reports[k]}" for k in "abc"]}
    refused = _post(ann, f"/campaigns/{campaign}/{action}", **fields)
    assert refused.status_code == 422 and message in refused.text
    assert "Traceback" not in refused.text
    assert "No judgements yet." in ann.get("/campaigns").text
    missing_csrf = ann.post(f"/campaigns/{campaign}/confirm", data={})
    assert missing_csrf.status_code == 403


def test_hostile_values_are_escaped_everywhere(
    session: Session, people: People, signed_in: Browser
) -> None:
    ids = [
        add(session, people["rita"], approach(HOSTILE, handle=HOSTILE, organisation=HOSTILE)),
        add(session, people["rob"], approach(HOSTILE + " B", handle=HOSTILE, sector=HOSTILE)),
    ]
    ann = signed_in("ann")
    listing = ann.get("/campaigns").text
    [campaign] = campaign_ids(listing)
    page = ann.get(f"/campaigns/{campaign}").text
    svg = page[page.index('<svg xmlns="http://www.w3.org/2000/svg" class="graph"') :]
    svg = svg[: svg.index("</svg>")]
    case = ann.get(f"/reports/{ids[0]}").text
    for html in (listing, page, svg, case):
        assert "<script>" not in html
    for html in (listing, page, svg):
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "wechat:&lt;script&gt;" in svg and "wechat:&lt;script&gt;" in case


def test_cli_over_the_database_prints_the_campaigns_of_the_page(
    db_url: str, signed_in: Browser, reports: dict[str, int]
) -> None:
    ann = signed_in("ann")
    campaign = only_campaign(ann)
    assert _post(ann, f"/campaigns/{campaign}/exclude", member=f"report-{reports['c']}")
    api = ann.get("/api/v1/campaigns").json()
    runner = CliRunner()
    env = {"COUNTERLINK_DATABASE_URL": db_url}
    result = runner.invoke(cli_app, ["campaigns", "--json"], env=env)
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["campaigns"] == api["campaigns"]
    assert printed["approaches"] == api["approaches"] == len(reports)
    [shown] = campaign_ids(ann.get("/campaigns").text)
    assert [c["id"] for c in printed["campaigns"]] == [shown]
    table = runner.invoke(cli_app, ["campaigns", "--database", db_url], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and shown in table.stdout
    wrong = runner.invoke(cli_app, ["campaigns", "--judgements", "x.jsonl"], env=env)
    assert wrong.exit_code == 2 and "--judgements needs a FILE" in wrong.stderr


def test_graph_is_deterministic_and_escaped() -> None:
    members = [Member("m1", f"#1 {HOSTILE}", "/reports/1"), Member("m2", "#2 Lily", None)]
    values = [Value("handle", HOSTILE, ("m1", "m2")), Value("firm_fuzzy", "a ~ b", ("m2",))]
    first = campaign_graph("g", "Who shares what", members, values)
    assert first == campaign_graph("g", "Who shares what", members, values)
    assert "<script>" not in first and "&lt;script&gt;" in first
    assert first.count('<line class="graph-edge') == 3
    assert 'class="graph-edge kind-firm-fuzzy"' in first
    assert '<a href="/reports/1">' in first
