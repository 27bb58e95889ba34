"""The employer check in a real browser (issue #15): an analyst opens a case whose persona claims
a state-owned firm, sees the ownership chain drawn (the state-linked owner marked), checks
another company by number from the case and sees its chain kept with the case. Screenshots:
test-artifacts/screenshots/employer-*.png."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.web.browser.conftest import shoot
from tests.web.browser.test_end_to_end import sign_in
from tests.web.test_employer_case import (  # noqa: F401 - the fixtures: the app with a registry
    Browser,
    _report,
    app,
    employer_app,
    registers,
)


def test_the_case_page_draws_the_ownership_chain(page: Page, signed_in: Browser) -> None:
    # Reported through the real form over HTTP; the analyst's part is in the browser.
    number = _report(signed_in("rita"))
    sign_in(page, "ann")
    page.goto(f"/reports/{number}#employer")
    section = page.locator("section#employer")
    picture = section.locator("svg.ownership-picture")
    expect(picture).to_be_visible()
    expect(picture.locator("g.node.state-linked")).to_have_count(1)
    expect(section.locator("#ownership-text")).to_contain_text("(STATE-LINKED) holds 75–100%")
    box = picture.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 50
    shoot(page, "employer-case")

    section.get_by_label("Company name").fill("")
    section.get_by_label("or number").fill("10000002")
    section.get_by_role("button", name="Check and keep").click()
    expect(page).to_have_url(re.compile(rf"/reports/{number}#employer$"))
    section = page.locator("section#employer")
    expect(section).to_contain_text("kept with the case")
    expect(section.locator("svg.ownership-picture")).to_contain_text("Ms Alice Example")
    shoot(page, "employer-kept")
