"""Browser tests: Playwright driving Debian's chromium against a real server on a real port.

They run whenever chromium (/usr/bin/chromium, or COUNTERLINK_CHROMIUM) and the playwright
package are present (CI installs chromium), on SQLite and on PostgreSQL like every web test,
and skip saying why otherwise. Each page visited is saved as a screenshot under
``test-artifacts/screenshots/`` for a person to look at.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI

from tests.web.live import serving

CHROMIUM = Path(os.environ.get("COUNTERLINK_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"

try:
    from playwright.sync_api import Browser, Page, sync_playwright
except ImportError:  # the dev extra installs it; a bare install may not have it
    sync_playwright = None


def _skip_reason() -> str | None:
    if sync_playwright is None:
        return "browser tests need the playwright package (pip install -e '.[dev]')"
    if not CHROMIUM.exists():
        return f"browser tests need chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    assert sync_playwright is not None
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--headless"]
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture
def live_server(app: FastAPI) -> Iterator[str]:
    """The test's app served by uvicorn on a free local port, in a thread; yields its URL."""
    with serving(app) as url:
        yield url


@pytest.fixture
def page(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    # A script error or a Content-Security-Policy violation on our pages is a bug. (Pages
    # answered with 4xx on purpose, like a failed sign-in, log a console error of their own.)
    errors: list[str] = []
    opened.on("pageerror", lambda exc: errors.append(str(exc)))
    opened.on(
        "console",
        lambda msg: (
            errors.append(msg.text)
            if msg.type == "error" and "Failed to load resource" not in msg.text
            else None
        ),
    )
    try:
        yield opened
    finally:
        context.close()
    assert not errors, f"browser errors: {errors}"


def shoot(page: Page, name: str) -> Path:
    """Save a full-page screenshot as test-artifacts/screenshots/NAME.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
