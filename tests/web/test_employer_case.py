"""The employer check in the web app (issue #15), through HTTP on the real app and database,
with a real DuckDB registry loaded from the hand-made register fixtures: the assessment of a
report verifies the claimed employer; the case page shows the check and the ownership chain as
a picture (analysts and admins only); an analyst runs it for any name or number, and the result
is kept with the case, on its timeline and in the audit log."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from counterlink.assess import Assessor
from counterlink.ownership.load import load_file
from counterlink.ownership.registry import Registry
from counterlink.store.tables import AuditEntry, EmployerCheck, Report
from counterlink.web.app import create_app
from counterlink.web.settings import Settings
from tests.ownership.conftest import FILES, FIXTURES
from tests.web.conftest import SignedIn
from tests.web.test_intake import FORM, HOSTILE

Browser = Callable[[str], SignedIn]
HEADLINE = "Partner at Harbour Light Trading Ltd"


@pytest.fixture(scope="session")
def registers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-registers") / "registry.duckdb"
    with Registry(path) as reg:
        for name in FILES:
            load_file(reg, FIXTURES / name)
    return path


@cache
def _assessor(path: Path) -> Assessor:
    return Assessor.from_path(None, registers=path)


@pytest.fixture
def employer_app(db_url: str, registers: Path) -> Iterator[FastAPI]:
    settings = Settings(database_url=db_url, registry=registers)
    application = create_app(settings, assessor=_assessor(registers))
    try:
        yield application
    finally:
        application.state.engine.dispose()


@pytest.fixture
def app(employer_app: FastAPI) -> FastAPI:
    # signed_in and people use the ``app`` fixture: here, the app with a registry.
    return employer_app


def _report(browser: SignedIn, **fields: str) -> int:
    data = {**FORM, "messages": HOSTILE, "csrf_token": browser.csrf}
    data.update(headline=HEADLINE, employer="Harbour Light Trading Ltd", **fields)
    response = browser.post("/reports/new", data=data, follow_redirects=False)
    assert response.status_code == 303, response.text
    found = re.fullmatch(r"/reports/(\d+)", response.headers["location"])
    assert found
    return int(found.group(1))


def test_the_assessment_of_a_report_verifies_the_claimed_employer(
    app: FastAPI, signed_in: Browser
) -> None:
    number = _report(signed_in("rita"))
    with app.state.sessions() as s:
        report = s.get(Report, number)
        assert report is not None
        codes = {f["code"]: f for f in report.assessment["findings"]}
    finding = codes["ownership.state_linked"]
    assert finding["weight"] == 2.0
    assert finding["evidence"][0]["field"] == "persona.headline"


def test_the_case_page_shows_the_check_and_the_chain_as_a_picture(
    app: FastAPI, signed_in: Browser
) -> None:
    number = _report(signed_in("rita"))
    page = signed_in("ann").get(f"/reports/{number}").text
    section = page[page.index('<section id="employer">') :]
    assert "GB-COH-10000001" in section and "ownership.state_linked" in section
    svg = section[section.index("<svg") : section.index("</svg>")]
    assert 'role="img"' in svg and 'aria-describedby="ownership-text"' in svg
    assert 'class="node state-linked"' in svg and "STATE-LINKED" in svg
    assert "75–100%" in svg  # the arrow carries the direct stake
    assert "<script" not in svg
    # The text alternative says the same in words.
    assert "Ministry Of Industry Of Examplestan (STATE-LINKED) holds 75–100% of" in section
    assert "not kept" in section  # checked live, nothing stored yet
    with app.state.sessions() as s:
        assert s.scalars(select(EmployerCheck)).all() == []


def test_a_reporter_sees_no_employer_section(app: FastAPI, signed_in: Browser) -> None:
    rita = signed_in("rita")
    number = _report(rita)
    page = rita.get(f"/reports/{number}").text
    assert 'id="employer"' not in page and "<svg" not in page
    refused = rita.post(
        f"/reports/{number}/employer",
        data={"name": "Northgate Advisory Ltd", "csrf_token": rita.csrf},
        follow_redirects=False,
    )
    assert refused.status_code == 403
    with app.state.sessions() as s:
        assert s.scalars(select(EmployerCheck)).all() == []


def test_an_analyst_runs_the_check_for_any_company_and_it_is_kept_and_audited(
    app: FastAPI, signed_in: Browser
) -> None:
    number = _report(signed_in("rita"))
    ann = signed_in("ann")
    response = ann.post(
        f"/reports/{number}/employer",
        data={"name": "", "number": "10000002", "csrf_token": ann.csrf},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/reports/{number}#employer"
    with app.state.sessions() as s:
        [check] = s.scalars(select(EmployerCheck)).all()
        assert check.report_id == number and check.number == "10000002"
        assert check.result["company"]["id"] == "GB-COH-10000002"
        assert check.as_of == check.result["query"]["as_of"]
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.employer_check")
        ).one()
        assert entry.actor == "ann" and entry.object_id == str(number)
        assert entry.detail["company"] == "GB-COH-10000002"
    page = ann.get(f"/reports/{number}").text
    section = page[page.index('<section id="employer">') :]
    assert "NORTHGATE ADVISORY LTD" in section and "kept with the case" in section
    assert "Ms Alice Example" in section  # the two-layer chain is drawn
    assert "checked the employer" in page  # on the timeline


def test_a_check_needs_a_name_or_number_and_a_csrf_token(app: FastAPI, signed_in: Browser) -> None:
    number = _report(signed_in("rita"))
    ann = signed_in("ann")
    empty = ann.post(
        f"/reports/{number}/employer",
        data={"name": " ", "number": "", "csrf_token": ann.csrf},
        follow_redirects=False,
    )
    assert empty.status_code == 422 and "give a company name or number" in empty.text
    forged = ann.post(f"/reports/{number}/employer", data={"name": "X Ltd"}, follow_redirects=False)
    assert forged.status_code == 403
    with app.state.sessions() as s:
        assert s.scalars(select(EmployerCheck)).all() == []


def test_without_a_registry_the_page_says_so_and_a_check_is_refused(
    db_url: str, tmp_path: Path
) -> None:
    from fastapi.testclient import TestClient

    from counterlink.store.users import add_user
    from tests.dbfixtures import PASSWORD

    application = create_app(Settings(database_url=db_url), assessor=Assessor())
    try:
        with application.state.sessions() as s:
            add_user(s, "ann", "analyst", PASSWORD)
            add_user(s, "rita", "reporter", PASSWORD)
            s.commit()
        clients = {}
        for name in ("rita", "ann"):
            browser = TestClient(application)
            browser.post("/login", data={"name": name, "password": PASSWORD})
            with application.state.sessions() as s:
                from counterlink.store.users import session_user

                live = session_user(s, browser.cookies.get("counterlink_session") or "")
                assert live is not None
                clients[name] = (browser, live[1])
        rita, rita_csrf = clients["rita"]
        data = {**FORM, "messages": HOSTILE, "csrf_token": rita_csrf, "headline": HEADLINE}
        made = rita.post("/reports/new", data=data, follow_redirects=False)
        number = int(made.headers["location"].rsplit("/", 1)[1])
        with application.state.sessions() as s:
            report = s.get(Report, number)
            assert report is not None
            assert not [f for f in report.assessment["findings"] if f["category"] == "employer"]
        ann, ann_csrf = clients["ann"]
        page = ann.get(f"/reports/{number}").text
        assert "No registry of company registers is configured" in page
        refused = ann.post(
            f"/reports/{number}/employer",
            data={"name": "Harbour Light Trading Ltd", "csrf_token": ann_csrf},
        )
        assert refused.status_code == 422 and "COUNTERLINK_REGISTRY" in refused.text
    finally:
        application.state.engine.dispose()
