"""Every export of the demo data, in every format, at every TLP and audience, carries none of
what never leaves (docs/sharing.md, "What never leaves"): a target's name, organisation, role or
department, who reported it, the sector of a member the audience may not receive, or a value
cited by a finding marked above the audience.

The demo is seeded as `counterlink serve --demo` seeds it; each round marks the cases with the
TLP levels in rotation (so every case meets every level, and campaigns mix them) and, in turn, a
case's findings, or its first, TLP:RED. Each case and campaign is exported through
``export_as`` (what the CLI, the web button and the API call) and, in the first round, through
the web button itself. Hashed exports are searched for the keyed digests of cited values too."""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.campaigns.indicators import firm_name
from counterlink.schema import Approach, Assessment
from counterlink.share import AUDIENCES, FORMATS, TLP_LEVELS, ShareRefused, export_as
from counterlink.share.digest import indicator_digest
from counterlink.share.kinds import WATCH_KINDS
from counterlink.share.model import may_receive, strictest
from counterlink.signals.contacts import contacts_in_text
from counterlink.store.campaigns import current, member_id
from counterlink.store.reports import update_report
from counterlink.store.share_source import campaign_from_store, case_from_report
from counterlink.store.sharing import set_finding_tlp
from counterlink.store.tables import Report, User
from counterlink.web.app import create_app
from counterlink.web.demo import seed_demo
from counterlink.web.settings import Settings
from tests.web.conftest import _assessor

pytest.importorskip("stix2")
pytest.importorskip("pymisp")

KEY = bytes(range(32))
DOWNLOAD = re.compile(r'href="data:application/json;base64,([^"]+)" download="([^"]+)"')


@pytest.fixture
def demo(db_url: str) -> Iterator[tuple[FastAPI, dict[str, str]]]:
    app = create_app(Settings(database_url=db_url, community_key=KEY), assessor=_assessor())
    try:
        logins = seed_demo(app.state.sessions, app.state.assessor)
        yield app, {name: password for name, _, password in logins}
    finally:
        app.state.engine.dispose()


@dataclass(frozen=True)
class Case:
    """A stored case as the test sees it: its marking, and what must never leave of it."""

    member: str
    tlp: str
    sector: str | None
    identifying: tuple[str, ...]  # the target's and the reporter's, whatever the audience
    red_cited: dict[str, tuple[str, ...]]  # audience -> values cited by findings above it


def _cases(s: Session) -> dict[str, Case]:
    found: dict[str, Case] = {}
    for report in s.scalars(select(Report).order_by(Report.id)):
        approach = Approach.model_validate(report.approach)
        target = approach.target
        identifying = [report.reporter.name, report.target_role, report.target_department]
        if target is not None:
            identifying += [target.name, target.organisation, target.role]
            identifying.append(firm_name(target.organisation))
        assessment = Assessment.model_validate(report.assessment)
        cited: dict[str, tuple[str, ...]] = {}
        for audience in AUDIENCES:
            values: list[str] = []
            for finding in assessment.findings:
                level = strictest(
                    report.tlp, (report.finding_tlp or {}).get(finding.code) or report.tlp
                )
                if finding.source is None and not may_receive(audience, level):
                    for evidence in finding.evidence:
                        values.append(evidence.excerpt)
                        for c in contacts_in_text(evidence.field, evidence.excerpt):
                            values += [c.value, c.normalised]
                            # A hashed export gives a value as its keyed digest.
                            values += [
                                indicator_digest(KEY, kind, form)
                                for kind in WATCH_KINDS
                                for form in (c.normalised, c.domain)
                                if form
                            ]
            cited[audience] = tuple(values)
        found[member_id(report.id)] = Case(
            member_id(report.id),
            report.tlp,
            report.target_sector,
            tuple(v for v in identifying if v),
            cited,
        )
    return found


def _withheld(members: list[Case], audience: str) -> set[str]:
    kept = [c for c in members if may_receive(audience, c.tlp)]
    shown = {c.sector.lower() for c in kept if c.sector}
    values = {v for c in members for v in c.identifying}
    values |= {v for c in kept for v in c.red_cited[audience]}
    values |= {c.sector for c in members if c.sector and c.sector.lower() not in shown}
    if not kept:
        values.clear()  # refused: nothing leaves at all
    return {v.lower() for v in values}


def _leaks(document: object, withheld: set[str]) -> list[str]:
    text = json.dumps(document, ensure_ascii=False).lower()
    return sorted(v for v in withheld if v in text)


def _mark(s: Session, admin: User, round_: int) -> None:
    for k, report in enumerate(s.scalars(select(Report).order_by(Report.id)).all()):
        update_report(s, admin, report.id, tlp=TLP_LEVELS[(k + round_) % len(TLP_LEVELS)])
        codes = [f["code"] for f in report.assessment["findings"] if not f.get("source")]
        # In turn: every finding TLP:RED, the first only, none.
        red = {0: codes, 1: codes[:1], 2: []}[(k + round_) % 3]
        for code in codes:
            set_finding_tlp(s, admin, report.id, code, "red" if code in red else None)
    s.commit()


def _sign_in(app: FastAPI, name: str, password: str) -> tuple[TestClient, str]:
    from counterlink.store.users import session_user

    browser = TestClient(app)
    answer = browser.post("/login", data={"name": name, "password": password})
    assert answer.status_code in (200, 303), answer.text
    with app.state.sessions() as s:
        live = session_user(s, browser.cookies.get("counterlink_session") or "")
        assert live is not None
        return browser, live[1]


def test_no_export_of_the_demo_carries_what_never_leaves(
    demo: tuple[FastAPI, dict[str, str]],
) -> None:
    app, passwords = demo
    browser, csrf = _sign_in(app, "admin", passwords["admin"])
    exported = 0
    for round_ in range(len(TLP_LEVELS)):
        with app.state.sessions() as s:
            admin = s.scalar(select(User).where(User.name == "admin"))
            assert admin is not None
            _mark(s, admin, round_)
            cases = _cases(s)
            campaigns = current(s)
            s.commit()
            subjects: list[tuple[str, object, list[Case]]] = []
            for member, case in cases.items():
                number = int(member.removeprefix("report-"))
                subjects.append((f"/reports/{number}", case_from_report(s, admin, number), [case]))
            for campaign in campaigns.campaigns:
                members = [cases[m] for m in campaign.members if m in cases]
                shared = campaign_from_store(s, admin, campaign.id, campaigns)
                subjects.append((f"/campaigns/{campaign.id}", shared, members))
        assert campaigns.campaigns, "the demo links some reports into campaigns"
        for path, subject, members in subjects:
            for audience in AUDIENCES:
                withheld = _withheld(members, audience)
                for fmt in FORMATS:
                    try:
                        document, _ = export_as(subject, fmt, audience, "Demo Office", KEY)  # type: ignore[arg-type]
                    except ShareRefused:
                        continue
                    exported += 1
                    assert not _leaks(document, withheld), (path, fmt, audience, round_)
                    if round_:
                        continue
                    # The web button: the document the result page offers to save.
                    answer = browser.post(
                        f"{path}/share",
                        data={"csrf_token": csrf, "format": fmt, "audience": audience},
                    )
                    assert answer.status_code == 200, (path, fmt, audience, answer.text[:300])
                    match = DOWNLOAD.search(answer.text)
                    assert match, "no download link"
                    downloaded = json.loads(base64.b64decode(html.unescape(match.group(1))))
                    assert not _leaks(downloaded, withheld), ("web", path, fmt, audience)
                    assert not _leaks(answer.text, withheld), ("page", path, fmt, audience)
    assert exported > 100
