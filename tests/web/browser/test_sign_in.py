"""The sign-in page in a real browser."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.dbfixtures import PASSWORD
from tests.web.browser.conftest import shoot


def test_sign_in_and_out(page: Page, people: dict[str, object]) -> None:
    page.goto("/queue")
    assert page.url.endswith("/login?next=/queue")
    shoot(page, "01-login")
    page.get_by_label("Name").fill("rita")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("wrong name or password")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator(".who")).to_contain_text("rita")  # back where she was going
    page.get_by_role("button", name="Sign out").click()
    assert "/login" in page.url
