"""Sharing through HTTP on both databases: TLP markings of findings and attachments on the case
page, the export button on case and campaign pages (loss report, the document's download and
its SHA-256 in the audit trail), refusals as pages, hashed only with a server key, roles, and the
same export as JSON at /api/v1/.../share."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.store.campaigns import current
from counterlink.store.sharing import document_bytes
from counterlink.store.tables import AuditEntry, Report, ReportEvidence, User
from counterlink.web.app import create_app
from counterlink.web.settings import Settings
from tests.share.stored_cases import NOTES, OFF_PLATFORM, PAID, stored_case
from tests.web.conftest import SignedIn, _assessor

pytest.importorskip("stix2")
pytest.importorskip("stix2validator")
pytest.importorskip("pymisp")

from tests.share.test_stix import validate  # after the skips: it needs the share extra

People = dict[str, User]
Browser = Callable[[str], SignedIn]
KEY = bytes(range(32))
NOTES_SHA = hashlib.sha256(NOTES).hexdigest()
DOWNLOAD = re.compile(r'href="data:application/json;base64,([^"]+)" download="([^"]+)"')


def _audit(s: Session, action: str) -> list[AuditEntry]:
    """The audit entries of ``action``, read in a transaction ended at once (on SQLite an open
    one would hold the write lock the app needs)."""
    s.expire_all()
    entries = list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))
    s.commit()
    return entries


def _markings(s: Session, report_id: int) -> tuple[dict[str, Any], str | None]:
    """The report's finding markings and call-notes.txt's marking, as stored now."""
    s.expire_all()
    report = s.get(Report, report_id)
    link = s.scalar(
        select(ReportEvidence).where(
            ReportEvidence.report_id == report_id, ReportEvidence.sha256 == NOTES_SHA
        )
    )
    s.commit()
    assert report is not None and link is not None
    return report.finding_tlp, link.tlp


def _download(page: str) -> tuple[bytes, str]:
    """The bytes and file name of the result page's download link."""
    match = DOWNLOAD.search(page)
    assert match, "no download link"
    return base64.b64decode(html.unescape(match.group(1))), html.unescape(match.group(2))


def _share(client: SignedIn, path: str, format: str, audience: str) -> Any:
    return client.post(
        path, data={"csrf_token": client.csrf, "format": format, "audience": audience}
    )


# ---- markings on the case page ---------------------------------------------------------------


def test_analysts_mark_findings_and_attachments(
    session: Session, people: People, signed_in: Browser
) -> None:
    rid = stored_case(session, people["ann"], reporter=people["rita"]).id
    ann = signed_in("ann")
    page = ann.get(f"/reports/{rid}").text
    # Every finding and attachment shows what an export gives it (the case's AMBER here).
    assert page.count('class="inline case-marking"') == 4
    assert "Export for partners" in page

    answer = ann.post(
        f"/reports/{rid}/findings/tlp",
        data={"csrf_token": ann.csrf, "code": PAID, "tlp": "red"},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"].endswith("#findings")
    answer = ann.post(
        f"/reports/{rid}/evidence/{NOTES_SHA}/tlp",
        data={"csrf_token": ann.csrf, "tlp": "amber+strict"},
        follow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"].endswith("#evidence")

    page = ann.get(f"/reports/{rid}").text
    assert '<option value="red" selected>TLP:RED</option>' in page
    assert '<option value="amber+strict" selected>TLP:AMBER+STRICT</option>' in page
    assert f"marked finding {PAID} as the case → TLP:RED" in page
    assert "marked attachment call-notes.txt as the case → TLP:AMBER+STRICT" in page
    assert _markings(session, rid) == ({PAID: "red"}, "amber+strict")
    assert len(_audit(session, "report.finding_tlp")) == 1
    assert len(_audit(session, "report.evidence_tlp")) == 1

    # Back to the case's marking with the empty choice.
    ann.post(
        f"/reports/{rid}/findings/tlp",
        data={"csrf_token": ann.csrf, "code": PAID, "tlp": ""},
    )
    assert _markings(session, rid) == ({}, "amber+strict")


def test_bad_markings_are_refused_on_the_case_page(
    session: Session, people: People, signed_in: Browser
) -> None:
    rid = stored_case(session, people["ann"]).id
    ann = signed_in("ann")
    answer = ann.post(
        f"/reports/{rid}/findings/tlp",
        data={"csrf_token": ann.csrf, "code": "message.unheard_of", "tlp": "red"},
    )
    assert answer.status_code == 422
    assert f"report {rid} has no finding &#39;message.unheard_of&#39;" in answer.text
    answer = ann.post(
        f"/reports/{rid}/evidence/{NOTES_SHA}/tlp",
        data={"csrf_token": ann.csrf, "tlp": "black"},
    )
    assert answer.status_code == 422 and "&#39;black&#39; is not one of" in answer.text
    assert not _audit(session, "report.evidence_tlp")


def test_reporters_see_no_markings_and_may_not_mark_or_export(
    session: Session, people: People, signed_in: Browser
) -> None:
    rid = stored_case(session, people["ann"], reporter=people["rita"]).id
    rita = signed_in("rita")
    page = rita.get(f"/reports/{rid}").text
    assert "case-marking" not in page and "Export for partners" not in page
    for path, data in (
        (f"/reports/{rid}/findings/tlp", {"code": PAID, "tlp": "clear"}),
        (f"/reports/{rid}/evidence/{NOTES_SHA}/tlp", {"tlp": "clear"}),
        (f"/reports/{rid}/share", {"format": "stix", "audience": "organisation"}),
    ):
        assert rita.post(path, data={"csrf_token": rita.csrf, **data}).status_code == 403
    assert not _audit(session, "report.share")


# ---- exporting a case ------------------------------------------------------------------------


def test_export_a_case_shows_the_loss_report_and_the_document(
    session: Session, people: People, signed_in: Browser
) -> None:
    rid = stored_case(session, people["ann"], tlp="green").id
    ann = signed_in("ann")
    ann.post(
        f"/reports/{rid}/findings/tlp",
        data={"csrf_token": ann.csrf, "code": OFF_PLATFORM, "tlp": "amber+strict"},
    )
    ann.post(
        f"/reports/{rid}/evidence/{NOTES_SHA}/tlp",
        data={"csrf_token": ann.csrf, "tlp": "red"},
    )

    answer = _share(ann, f"/reports/{rid}/share", "stix", "community")

    assert answer.status_code == 200
    page = answer.text
    data, filename = _download(page)
    assert filename == f"case-{rid}-stix-community.json"
    bundle = json.loads(data)
    validate(bundle)
    assert data == document_bytes(bundle)
    digest = hashlib.sha256(data).hexdigest()
    assert f'<code id="share-sha256">{digest}</code>' in page
    # The textarea holds exactly the same document.
    shown = re.search(r'<textarea id="share-text" readonly rows="20">(.*?)</textarea>', page, re.S)
    assert shown and html.unescape(shown.group(1)).encode() == data
    # The loss report names what the community may not receive, and why.
    assert f"assessment.findings[0] ({OFF_PLATFORM})" in page
    assert "attachments[1] (call-notes.txt)" in page
    assert "marked TLP:AMBER+STRICT, above what the community audience may receive" in page
    assert "marked TLP:RED, above the community audience" in page
    assert "call-notes.txt" not in data.decode() and "Imogen" not in data.decode()
    [entry] = _audit(session, "report.share")
    assert entry.actor == "ann" and entry.object_id == str(rid)
    assert entry.detail["sha256"] == digest and entry.detail["audience"] == "community"
    assert entry.detail["loss"]["dropped"] == 2
    # The case's timeline says it left.
    assert "exported as stix for the community audience" in ann.get(f"/reports/{rid}").text


def test_a_refused_export_is_a_page_and_records_nothing(
    session: Session, people: People, signed_in: Browser
) -> None:
    amber = stored_case(session, people["ann"]).id
    red = stored_case(session, people["ann"], tlp="red", ident="a2").id
    adam = signed_in("adam")
    answer = _share(adam, f"/reports/{amber}/share", "misp", "community")
    assert answer.status_code == 409
    assert f"report-{amber}: refused: TLP:AMBER may not go to the community audience" in (
        answer.text
    )
    assert "Not exported" in answer.text and "data:application/json" not in answer.text
    answer = _share(adam, f"/reports/{red}/share", "stix", "organisation")
    assert answer.status_code == 409 and "TLP:RED never leaves the organisation" in answer.text
    assert not _audit(session, "report.share")
    answer = _share(adam, "/reports/999/share", "stix", "organisation")
    assert answer.status_code == 404 and "no report 999" in answer.text
    answer = _share(adam, f"/reports/{amber}/share", "stix", "")
    assert answer.status_code == 422 and "choose who receives it" in answer.text


@pytest.fixture
def keyed_app(db_url: str) -> Iterator[FastAPI]:
    """The app with a community key, as COUNTERLINK_COMMUNITY_KEY would give it."""
    application = create_app(Settings(database_url=db_url, community_key=KEY), assessor=_assessor())
    try:
        yield application
    finally:
        application.state.engine.dispose()


def test_hashed_only_with_a_server_key(
    app: FastAPI, keyed_app: FastAPI, session: Session, people: People, signed_in: Browser
) -> None:
    rid = stored_case(session, people["ann"]).id
    ann = signed_in("ann")
    assert 'value="hashed"' not in ann.get(f"/reports/{rid}").text
    answer = _share(ann, f"/reports/{rid}/share", "hashed", "organisation")
    assert answer.status_code == 422 and "holds no community key" in answer.text

    keyed = SignedIn(keyed_app)
    keyed.cookies = ann.cookies
    keyed.csrf = ann.csrf
    assert 'value="hashed"' in keyed.get(f"/reports/{rid}").text
    answer = _share(keyed, f"/reports/{rid}/share", "hashed", "organisation")
    assert answer.status_code == 200
    data, filename = _download(answer.text)
    document = json.loads(data)
    assert document["format"] == "counterlink.hashed/1" and filename.endswith(
        "-hashed-organisation.json"
    )
    assert KEY.hex() not in answer.text
    [entry] = _audit(session, "report.share")
    assert entry.detail["key_id"] == document["key_id"]


def test_settings_never_show_the_key() -> None:
    assert KEY.hex() not in repr(Settings(database_url="sqlite://", community_key=KEY))


# ---- exporting a campaign --------------------------------------------------------------------


def test_export_a_campaign(session: Session, people: People, signed_in: Browser) -> None:
    ann = people["ann"]
    green = stored_case(session, ann, tlp="green", ident="a1").id
    red = stored_case(session, ann, tlp="red", ident="a2").id
    [campaign] = current(session).campaigns
    session.commit()
    browser = signed_in("ann")
    page = browser.get(f"/campaigns/{campaign.id}").text
    assert f'action="/campaigns/{campaign.id}/share"' in page

    answer = _share(browser, f"/campaigns/{campaign.id}/share", "stix", "community")

    assert answer.status_code == 200
    data, filename = _download(answer.text)
    assert filename == f"{campaign.id}-stix-community.json"
    validate(json.loads(data))
    assert f'<a href="/reports/{green}">#{green}</a>' in answer.text
    assert re.search(r'<tr class="share-loss-refused">\s*<td><strong>refused', answer.text)
    assert f"report-{red}: refused: TLP:RED never leaves" in answer.text
    [entry] = _audit(session, "campaign.share")
    assert entry.object_id == campaign.id and entry.detail["reports"] == [green]
    answer = _share(browser, "/campaigns/campaign-000000000000/share", "stix", "community")
    assert answer.status_code == 404 and "no campaign campaign-000000000000 now" in answer.text


# ---- the JSON API ----------------------------------------------------------------------------


def test_api_export(
    session: Session, people: People, token_for: Callable[[str], str], client: Any
) -> None:
    rid = stored_case(session, people["ann"]).id
    stored_case(session, people["ann"], ident="a2")
    [campaign] = current(session).campaigns
    session.commit()
    headers = {"Authorization": f"Bearer {token_for('ann')}"}
    answer = client.get(
        f"/api/v1/reports/{rid}/share",
        params={"format": "misp", "audience": "organisation"},
        headers=headers,
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["format"] == "misp" and body["reports"] == [rid]
    assert body["sha256"] == hashlib.sha256(document_bytes(body["document"])).hexdigest()
    withheld = {(i["case"], i["path"]) for i in body["loss"] if i["kind"] == "withheld"}
    assert (f"report-{rid}", "target.name") in withheld
    assert body["loss_counts"]["withheld"] >= 2
    [entry] = _audit(session, "report.share")
    assert entry.detail["sha256"] == body["sha256"]

    answer = client.get(
        f"/api/v1/campaigns/{campaign.id}/share",
        params={"format": "stix", "audience": "organisation"},
        headers=headers,
    )
    assert answer.status_code == 200
    validate(answer.json()["document"])

    refused = client.get(
        f"/api/v1/reports/{rid}/share",
        params={"format": "stix", "audience": "public"},
        headers=headers,
    )
    assert refused.status_code == 409
    assert refused.json() == {
        "detail": f"report-{rid}: refused: TLP:AMBER may not go to the public audience"
    }
    no_key = client.get(
        f"/api/v1/reports/{rid}/share",
        params={"format": "hashed", "audience": "organisation"},
        headers=headers,
    )
    assert no_key.status_code == 422 and "no community key" in no_key.json()["detail"]
    reporter = {"Authorization": f"Bearer {token_for('rita')}"}
    answer = client.get(
        f"/api/v1/reports/{rid}/share",
        params={"format": "stix", "audience": "organisation"},
        headers=reporter,
    )
    assert answer.status_code == 403
