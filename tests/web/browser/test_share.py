"""Exporting a case for partners in a real browser: an analyst marks a finding TLP:RED on the
case page, exports the case as STIX for the organisation, reads the loss report (the red finding
named as dropped) and downloads the document, whose SHA-256 is the one shown and audited.
Screenshots: test-artifacts/screenshots/share-*.png."""

from __future__ import annotations

import hashlib
import json
import re

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.store.tables import AuditEntry, User
from tests.share.stored_cases import PAID, stored_case
from tests.web.browser.conftest import shoot
from tests.web.browser.test_end_to_end import sign_in

pytest.importorskip("stix2")
pytest.importorskip("stix2validator")

from tests.share.test_stix import validate  # after the skips: it needs the share extra


def test_mark_a_finding_export_and_download(
    page: Page, session: Session, people: dict[str, User]
) -> None:
    report_id = stored_case(session, people["ann"], reporter=people["rita"]).id
    sign_in(page, "ann")
    page.goto(f"/reports/{report_id}")

    # Mark the paid-report finding TLP:RED: it must never leave.
    finding = page.locator("article.case-finding", has=page.locator(f"code:text-is('{PAID}')"))
    finding.locator("select[name=tlp]").select_option("red")
    finding.get_by_role("button", name="Mark").click()
    expect(page).to_have_url(re.compile(rf"/reports/{report_id}#findings$"))
    finding = page.locator("article.case-finding", has=page.locator(f"code:text-is('{PAID}')"))
    expect(finding.locator(".tlp")).to_have_text("TLP:RED")
    expect(page.locator("#timeline")).to_contain_text(f"marked finding {PAID}")
    shoot(page, "share-01-case-marked")

    # Export it for the organisation as STIX.
    form = page.locator("#share form")
    form.locator("select[name=format]").select_option("stix")
    form.locator("select[name=audience]").select_option("organisation")
    form.get_by_role("button", name="Export").click()
    expect(page.locator("h1")).to_contain_text("Export for partners")
    loss = page.locator("#share-loss")
    expect(loss).to_contain_text(f"assessment.findings[1] ({PAID})")
    expect(loss.locator("tr.share-loss-dropped")).to_contain_text("marked TLP:RED")
    expect(loss).to_contain_text("target.name")
    shoot(page, "share-02-result")

    # The download is exactly the document shown, and its SHA-256 the one shown and audited.
    with page.expect_download() as caught:
        page.locator("#share-download").click()
    download = caught.value
    assert download.suggested_filename == f"case-{report_id}-stix-organisation.json"
    path = download.path()
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    expect(page.locator("#share-sha256")).to_have_text(digest)
    bundle = json.loads(data)
    validate(bundle)
    assert "Offers paid reports" not in data.decode()
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "report.share"))
    session.commit()
    assert entry is not None and entry.detail["sha256"] == digest
