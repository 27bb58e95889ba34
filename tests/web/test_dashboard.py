"""The dashboard: who may see it, figures equal to hand counts, JSON, charts escape user data."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from counterlink.store.reports import update_report
from counterlink.store.users import require_user
from tests.dbfixtures import submit
from tests.web.conftest import SignedIn

HOSTILE = "<script>alert(1)</script>"
CODE_A, CODE_B = "message.paid_insight", "message.off_platform"

# (reporter, level, codes, sector, department) of the seeded reports.
SEED: list[tuple[str, str, tuple[str, ...], str | None, str | None]] = [
    ("rita", "high", (CODE_A, CODE_B), "academia", "Physics"),
    ("rita", "high", (CODE_A,), "academia", "Physics"),
    ("rob", "medium", (CODE_A,), "academia", "Chemistry"),
    ("rob", "low", (), "defence", HOSTILE),
    ("rob", "low", (CODE_B,), None, None),
]


def _seed(app: FastAPI) -> list[int]:
    ids: list[int] = []
    with app.state.sessions() as s:
        for name, level, codes, sector, department in SEED:
            report = submit(
                s,
                require_user(s, name),
                level=level,
                codes=codes,
                sector=sector,
                department=department,
            )
            ids.append(report.id)
        s.commit()
    return ids


def _json(browser: TestClient) -> dict[str, Any]:
    response = browser.get("/dashboard.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    data: dict[str, Any] = response.json()
    return data


def test_roles(
    client: TestClient, signed_in: Callable[[str], SignedIn], people: dict[str, object]
) -> None:
    anonymous = client.get("/dashboard", follow_redirects=False)
    assert anonymous.status_code == 303
    assert anonymous.headers["location"].startswith("/login")
    rita = signed_in("rita")
    assert rita.get("/dashboard").status_code == 403
    assert rita.get("/dashboard.json").status_code == 403
    for name in ("ann", "adam"):
        browser = signed_in(name)
        assert browser.get("/dashboard").status_code == 200
        assert browser.get("/dashboard.json").status_code == 200


def test_reporter_token_is_refused(client: TestClient, token_for: Callable[[str], str]) -> None:
    headers = {"Authorization": f"Bearer {token_for('rob')}"}
    assert client.get("/dashboard.json", headers=headers).status_code == 403
    headers = {"Authorization": f"Bearer {token_for('ann')}"}
    assert client.get("/dashboard.json", headers=headers).status_code == 200


def test_figures_equal_hand_counts(app: FastAPI, signed_in: Callable[[str], SignedIn]) -> None:
    _seed(app)
    data = _json(signed_in("ann"))
    assert data["total"] == 5
    assert data["open"] == 5
    assert data["open_high"] == 2
    assert data["by_level"] == {"low": 2, "medium": 1, "high": 2}
    assert data["by_status"]["new"] == 5
    assert data["by_tactic"] == [{"code": CODE_A, "count": 3}, {"code": CODE_B, "count": 2}]
    sectors = {r["sector"]: r["count"] for r in data["by_sector"]}
    assert sectors == {"academia": 3, "defence": 1, None: 1}
    departments = {r["department"]: r["count"] for r in data["by_department"]}
    assert departments == {"Physics": 2, "Chemistry": 1, HOSTILE: 1, None: 1}
    assert len(data["per_week"]) == 12
    assert data["per_week"][-1]["count"] == 5
    assert sum(w["count"] for w in data["per_week"]) == 5
    assert data["median_hours_to_triage"] is None
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", data["generated_at"])


def test_page_shows_the_figures_and_escapes_user_data(
    app: FastAPI, signed_in: Callable[[str], SignedIn]
) -> None:
    _seed(app)
    page = signed_in("adam").get("/dashboard")
    assert page.status_code == 200
    html = page.text
    assert re.search(r'id="total">5<', html)
    assert re.search(r'id="open">5<', html)
    assert re.search(r'id="open-high"><span class="level level-high">2<', html)
    assert "none triaged yet" in html
    assert 'href="/dashboard.json"' in html
    # Tactic titles from the registry, with their codes.
    titles = app.state.assessor.registry.codes()
    assert str(titles[CODE_A]).replace('"', "&#34;") in html
    assert CODE_A in html
    # The hostile department stays text, in the chart and in its table.
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert len(svgs) == 5
    for svg in svgs:
        root = ET.fromstring(svg)
        assert root.get("role") == "img"
    assert re.search(r'<th scope="row">Physics</th><td>2</td>', html)
    assert re.search(r'<th scope="row">\(not given\)</th><td>1</td>', html)
    assert re.search(r'<th scope="row">high</th><td>2</td>', html)


@pytest.mark.parametrize("level", ["high", "low"])
def test_closing_a_report_changes_the_figures(
    app: FastAPI, signed_in: Callable[[str], SignedIn], level: str
) -> None:
    ids = _seed(app)
    target = ids[0] if level == "high" else ids[3]
    ann = signed_in("ann")
    before = _json(ann)
    with app.state.sessions() as s:
        update_report(s, require_user(s, "ann"), target, status="closed", verdict="malicious")
        s.commit()
    after = _json(ann)
    assert after["open"] == before["open"] - 1
    assert after["open_high"] == before["open_high"] - (level == "high")
    assert after["by_status"]["closed"] == 1
    assert after["total"] == before["total"]
    median = after["median_hours_to_triage"]
    assert isinstance(median, float) and 0 <= median < 1
    page = ann.get("/dashboard").text
    assert re.search(r'id="open">4<', page)
    assert re.search(r'id="median">\d+ min<', page)


def test_empty_office(signed_in: Callable[[str], SignedIn]) -> None:
    browser = signed_in("ann")
    data = _json(browser)
    assert data["total"] == 0 and data["open"] == 0 and data["open_high"] == 0
    assert data["by_tactic"] == [] and data["by_sector"] == []
    page = browser.get("/dashboard").text
    assert "No reports yet." in page
