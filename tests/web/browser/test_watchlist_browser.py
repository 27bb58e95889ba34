"""The partner watchlist in a real browser: an analyst uploads a partner's STIX bundle on the
Watchlist page; a reporter then reports a harmless-looking message from the same WeChat id
under another name, and the case page names the partner.
Screenshots: test-artifacts/screenshots/watchlist-*.png."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from counterlink.store.tables import User
from tests.web.browser.conftest import shoot
from tests.web.browser.test_end_to_end import sign_in, sign_out

pytest.importorskip("stix2")


def _partner_bundle(folder: Path) -> Path:
    from counterlink.schema import Approach
    from counterlink.share import ShareCase, export_stix

    approach = Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "received_at": "2026-10-02T09:00:00Z",
            "persona": {
                "name": "Li Wen",
                "url": "https://www.linkedin.com/in/li-wen-talent-88",
                "contacts": {"handles": {"wechat": "liwen_talent88"}},
            },
            "messages": [{"sender": "persona", "text": "Paid reports for our client."}],
        }
    )
    bundle, _ = export_stix(ShareCase(approach, tlp="green"), "community", "Northbridge CERT")
    path = folder / "northbridge.json"
    path.write_text(json.dumps(bundle))
    return path


def test_import_a_partner_bundle_and_recognise_its_persona(
    page: Page, people: dict[str, User], tmp_path: Path
) -> None:
    sign_in(page, "ann")
    page.get_by_role("link", name="Watchlist").click()
    expect(page.locator("main")).to_contain_text("The watchlist is empty")
    page.locator("input[name=file]").set_input_files(str(_partner_bundle(tmp_path)))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_role("status")).to_contain_text(
        "Imported 3 indicators from Northbridge CERT (stix, TLP:GREEN)"
    )
    expect(page.locator("table.watchlist")).to_contain_text("Northbridge CERT")
    shoot(page, "watchlist-01-imported")
    page.get_by_role("link", name="Northbridge CERT").click()
    expect(page.locator("table.watchlist-entries")).to_contain_text("wechat:liwen_talent88")
    shoot(page, "watchlist-02-source")
    sign_out(page)

    sign_in(page, "rita")
    page.goto("/reports/new")
    page.locator("textarea[name=messages]").fill(
        "Hello! I enjoyed your talk last week. Add me on WeChat: liwen_talent88"
    )
    page.locator("input[name=persona_name]").fill("Grace Lin")
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator(".case-badges .level")).to_have_text("high")
    expect(page.locator("main")).to_contain_text("Known to partner Northbridge CERT as 'Li Wen'")
    shoot(page, "watchlist-03-case")
