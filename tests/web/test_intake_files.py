"""Evidence files read on arrival (issue #17): a saved profile PDF dropped on the report form
becomes the report's persona, the preview shows what was read and stores nothing, and a file
that cannot be read is still attached with a note saying what was not read."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from counterlink.store.tables import Report, ReportEvidence
from tests.ingest.pdfs import build, image_only
from tests.ingest.test_pdf_check import THIN
from tests.web.conftest import SignedIn
from tests.web.test_intake import count, report_at

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

SignIn = Callable[[str], SignedIn]

# The thin persona of the CLI's PDF tests: a senior title after a year of history.
PROFILE = THIN
PASTE = "Our client pays USD 1,500 per short report on insights that are not public. WeChat?"


def _post(browser: SignedIn, files: list[tuple[str, bytes]], action: str, **fields: str) -> Any:
    data = {"channel": "linkedin", "csrf_token": browser.csrf, **fields}
    upload = [("evidence", (name, content)) for name, content in files]
    return browser.post(action, data=data, files=upload, follow_redirects=False)


@pytest.fixture
def profile_pdf(tmp_path: Path) -> bytes:
    return build(tmp_path / "Profile.pdf", PROFILE, "two-column").read_bytes()


def test_a_dropped_profile_pdf_is_the_persona(
    app: FastAPI, signed_in: SignIn, profile_pdf: bytes
) -> None:
    response = _post(
        signed_in("rita"), [("Profile.pdf", profile_pdf)], "/reports/new", messages=PASTE
    )
    assert response.status_code == 303, response.text
    report = report_at(app, response.headers["location"])
    persona = report.approach["persona"]
    assert persona["name"] == "Evelyn Marsh"
    assert persona["experience"][0]["company"] == "Global Strategic Consulting Group"
    codes = {f["code"] for f in report.assessment["findings"]}
    assert "profile.implausible_seniority" in codes and "message.paid_insight" in codes
    notes = report.approach["annotations"]["evidence_notes"]
    assert any(n.startswith("Profile.pdf: read the profile") for n in notes)
    assert count(app, ReportEvidence) == 1  # still attached as the file it was
    # The case page says where each field was read and what each file gave.
    case = signed_in("rita").get(response.headers["location"])
    assert "(page 1, " in case.text
    assert "What was read from the files on arrival" in case.text


def test_a_profile_pdf_alone_is_a_report(
    app: FastAPI, signed_in: SignIn, profile_pdf: bytes
) -> None:
    response = _post(signed_in("rita"), [("Profile.pdf", profile_pdf)], "/reports/new")
    assert response.status_code == 303, response.text
    report = report_at(app, response.headers["location"])
    assert report.approach["messages"] == []
    assert report.approach["persona"]["headline"].startswith("Managing Director")


def test_the_preview_shows_what_is_read_and_stores_nothing(
    app: FastAPI, signed_in: SignIn, profile_pdf: bytes
) -> None:
    page = _post(
        signed_in("rita"), [("Profile.pdf", profile_pdf)], "/reports/preview", messages=PASTE
    )
    assert page.status_code == 200, page.text
    assert "Evelyn Marsh" in page.text and "page 1" in page.text
    assert "message 1 (persona)" in page.text and "USD 1,500" in page.text
    assert count(app, Report) == 0 and count(app, ReportEvidence) == 0


def test_a_pdf_that_cannot_be_read_is_attached_with_a_note(
    app: FastAPI, signed_in: SignIn, tmp_path: Path
) -> None:
    scan = image_only(tmp_path / "scan.pdf").read_bytes()
    response = _post(signed_in("rita"), [("scan.pdf", scan)], "/reports/new", messages=PASTE)
    assert response.status_code == 303, response.text
    report = report_at(app, response.headers["location"])
    [note] = report.approach["annotations"]["evidence_notes"]
    assert note.startswith("scan.pdf: attached, not read:")
    assert count(app, ReportEvidence) == 1
    # With nothing else in the form, an unreadable file is no report: the form says so.
    refused = _post(signed_in("rita"), [("scan.pdf", scan)], "/reports/new")
    assert refused.status_code == 422
    assert "saved profile PDF" in refused.text


# --- the API --------------------------------------------------------------------------------------


def test_the_api_reads_files_and_reports_them(
    app: FastAPI, client: Any, token_for: Callable[[str], str], profile_pdf: bytes
) -> None:
    headers = {"Authorization": f"Bearer {token_for('rita')}"}
    files = [("files", ("Profile.pdf", profile_pdf, "application/pdf"))]
    read = client.post("/api/v1/read", files=files, data={"text": PASTE}, headers=headers)
    assert read.status_code == 200, read.text
    body = read.json()
    assert body["approach"]["persona"]["name"] == "Evelyn Marsh"
    assert body["approach"]["messages"][0]["text"] == PASTE
    assert body["notes"][0].startswith("Profile.pdf: read the profile")
    assert count(app, Report) == 0
    made = client.post(
        "/api/v1/reports/files",
        files=files,
        data={"text": PASTE, "sector": "quantum"},
        headers=headers,
    )
    assert made.status_code == 201, made.text
    report = made.json()
    assert made.headers["location"].endswith(f"/reports/{report['id']}")
    codes = {f["code"] for f in report["assessment"]["findings"]}
    assert "profile.implausible_seniority" in codes and "message.paid_insight" in codes
    assert [e["filename"] for e in report["evidence"]] == ["Profile.pdf"]


def test_the_api_refuses_what_it_cannot_read_naming_the_file(
    app: FastAPI, client: Any, token_for: Callable[[str], str], tmp_path: Path
) -> None:
    headers = {"Authorization": f"Bearer {token_for('rita')}"}
    scan = image_only(tmp_path / "scan.pdf").read_bytes()
    refused = client.post(
        "/api/v1/reports/files", files=[("files", ("scan.pdf", scan))], headers=headers
    )
    assert refused.status_code == 422 and "scan.pdf" in refused.json()["detail"]
    script = client.post(
        "/api/v1/read", files=[("files", ("x.pdf", b"<script>alert(1)</script>"))], headers=headers
    )
    assert script.status_code == 422 and "x.pdf" in script.json()["detail"]
    assert count(app, Report) == 0


# --- screenshots ----------------------------------------------------------------------------------


def test_a_screenshot_is_read_on_arrival_and_drawn_with_its_regions(
    app: FastAPI, signed_in: SignIn, tmp_path: Path
) -> None:
    pytest.importorskip("PIL")
    from counterlink.ingest.images.ocr import tesseract_available
    from tests.ingest import screenshots

    if not tesseract_available():
        pytest.skip("tesseract-ocr is not installed: apt-get install tesseract-ocr")
    shot = screenshots.linkedin_thread(tmp_path / "thread.png").path.read_bytes()
    rita = signed_in("rita")
    response = _post(rita, [("thread.png", shot)], "/reports/new")
    assert response.status_code == 303, response.text
    report = report_at(app, response.headers["location"])
    assert report.approach["persona"]["name"] == screenshots.PERSONA
    titles = [f["title"] for f in report.assessment["findings"]]
    assert any(t.endswith("(from OCR)") for t in titles), titles
    case = rita.get(response.headers["location"]).text
    assert 'viewBox="0 0 1000 860"' in case
    assert case.count('class="ocr-cited"') >= 1 and case.count('class="ocr-line"') >= 3
    assert "persona ocr" not in case.lower()  # the boxes are drawn, not listed as fields


def test_a_photo_dropped_again_under_another_name_is_a_reused_photo(
    app: FastAPI, signed_in: SignIn, tmp_path: Path
) -> None:
    pytest.importorskip("imagehash")
    from tests.ingest.test_image_check import photo

    face = photo(tmp_path / "face.png", (640, 640)).read_bytes()
    rita = signed_in("rita")
    first = _post(rita, [("face.png", face)], "/reports/new", persona_name="Evelyn Marsh")
    assert first.status_code == 303, first.text
    # The same picture re-encoded as JPEG, under another persona.
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.open(BytesIO(face)).convert("RGB").save(buffer, "JPEG", quality=70)
    second = _post(
        rita,
        [("photo.jpg", buffer.getvalue())],
        "/reports/new",
        persona_name="Grace Liu",
        messages=PASTE,
    )
    assert second.status_code == 303, second.text
    report = report_at(app, second.headers["location"])
    reused = [f for f in report.assessment["findings"] if f["code"] == "photo.reused"]
    assert reused and "Evelyn Marsh" in reused[0]["title"]
    again = report_at(app, first.headers["location"])
    assert not any(f["code"] == "photo.reused" for f in again.assessment["findings"])
