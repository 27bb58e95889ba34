"""Evidence files in a real browser (issue #17): a reporter drops the persona's saved profile PDF
and a screenshot of the chat on the report form, previews what is read, sends the report, and
the case page shows where each field was read and the screenshot with its cited lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.web.browser.conftest import shoot
from tests.web.browser.test_end_to_end import sign_in

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")
pytest.importorskip("PIL")


def test_drop_a_profile_pdf_and_a_screenshot(
    page: Page, people: dict[str, object], tmp_path: Path
) -> None:
    from counterlink.ingest.images.ocr import tesseract_available
    from tests.ingest import screenshots
    from tests.ingest.pdfs import build
    from tests.ingest.test_pdf_check import THIN

    pdf = build(tmp_path / "Profile.pdf", THIN, "two-column")
    files = [str(pdf)]
    if tesseract_available():
        files.append(str(screenshots.whatsapp_chat(tmp_path / "chat.png").path))
    sign_in(page, "rita")
    page.goto("/reports/new")
    page.locator("input[name=evidence]").set_input_files(files)
    page.get_by_role("button", name="Preview what is read").click()
    expect(page.locator("#read-rows")).to_contain_text("Evelyn Marsh")
    expect(page.locator("#read-rows")).to_contain_text("page 1")
    shoot(page, "20-evidence-preview")
    page.go_back()
    page.locator("input[name=evidence]").set_input_files(files)
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator("#persona")).to_contain_text("Evelyn Marsh")
    expect(page.locator("#persona")).to_contain_text("(page 1,")
    expect(page.locator("#evidence-notes")).to_contain_text("Profile.pdf: read the profile")
    if tesseract_available():
        shot = page.locator("figure.case-shot svg")
        expect(shot).to_be_visible()
        assert page.locator("figure.case-shot rect.ocr-cited").count() >= 1
        loaded = page.locator("figure.case-shot image").evaluate(
            "image => image.getBBox().width > 0"
        )
        assert loaded
    shoot(page, "21-evidence-case")
