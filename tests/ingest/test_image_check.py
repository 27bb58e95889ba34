"""Screenshots and photos through `read` and `check` (issue #17): an image is read as a
screenshot when OCR finds a conversation or profile header in it, else as the persona's photo;
findings on OCR'd text say so and point at the image regions; a photo's weak facts are findings;
without Tesseract an image is still read as a photo, saying its text was not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterlink.cli.app import app
from counterlink.errors import InvalidInput
from counterlink.ingest import read_path
from counterlink.ingest.images import read_image

pytest.importorskip("PIL")
pytest.importorskip("imagehash")


from counterlink.ingest.images.ocr import tesseract_available
from tests.ingest import screenshots
from tests.photos import face

runner = CliRunner()
needs_tesseract = pytest.mark.skipif(
    not tesseract_available(),
    reason="tesseract-ocr is not installed: apt-get install tesseract-ocr",
)


def photo(path: Path, size: tuple[int, int] = (1024, 1024)) -> Path:
    """A drawn head and shoulders with a photograph's grain: no text, some shape."""
    face(3, max(size)).resize(size).save(path)
    return path


def test_a_photo_is_the_personas_photo_with_its_hashes_and_facts(tmp_path: Path) -> None:
    [approach] = read_path(photo(tmp_path / "face.png")).approaches
    assert approach.messages == [] and approach.persona is not None
    shot = approach.persona.photo
    assert shot is not None and len(shot.phash or "") == 16
    assert set(shot.hashes) >= {"phash", "dhash", "ahash", "whash", "colorhash"}
    codes = [fact["code"] for fact in shot.facts]
    assert "generator_size" in codes  # 1024×1024
    result = runner.invoke(app, ["check", str(tmp_path / "face.png"), "--json"])
    assert result.exit_code == 0, result.output
    found = {f["code"]: f for f in json.loads(result.stdout)["findings"]}
    assert "photo.generator_size" in found
    assert found["photo.generator_size"]["evidence"][0]["field"].startswith("persona.photo.facts")


def test_an_ordinary_photo_size_is_no_generator_size(tmp_path: Path) -> None:
    [approach] = read_path(photo(tmp_path / "face.jpg", (800, 1000))).approaches
    assert approach.persona is not None and approach.persona.photo is not None
    assert "generator_size" not in [f["code"] for f in approach.persona.photo.facts]


@pytest.mark.parametrize("maker", [screenshots.corrupt, screenshots.huge, screenshots.blank])
def test_bad_images_are_refused_naming_the_file(tmp_path: Path, maker) -> None:  # type: ignore[no-untyped-def]
    path = maker(tmp_path / "bad.png")
    with pytest.raises(InvalidInput) as caught:
        read_path(path)
    assert str(path) in str(caught.value)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2 and "bad.png" in result.stderr
    assert "Traceback" not in result.output


def test_without_tesseract_an_image_is_a_photo_and_says_its_text_was_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import counterlink.ingest.images.ocr as ocr

    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    loaded = read_image(screenshots.linkedin_thread(tmp_path / "thread.png").path)
    [approach] = loaded.approaches
    assert approach.persona is not None and approach.persona.photo is not None
    [problem] = loaded.problems
    assert problem.lost and "NOT read" in problem.message and "apt-get install" in problem.message


@needs_tesseract
def test_a_screenshot_is_read_as_messages_and_its_findings_say_from_ocr(tmp_path: Path) -> None:
    path = screenshots.linkedin_thread(tmp_path / "thread.png").path
    [approach] = read_path(path).approaches
    assert approach.persona is not None and approach.persona.name == screenshots.PERSONA
    assert any("WhatsApp" in m.text for m in approach.messages if m.sender == "persona")
    result = runner.invoke(app, ["check", str(path), "--json"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["findings"]
    on_ocr = [f for f in findings if any(e.get("ocr") for e in f["evidence"])]
    assert on_ocr, findings
    for finding in on_ocr:
        assert finding["title"].endswith("(from OCR)")
        for cited in finding["evidence"]:
            assert cited["image"] == "thread.png"
            for x0, y0, x1, y1 in cited["regions"]:
                assert 0 <= x0 < x1 <= 1000 and 0 <= y0 < y1 <= 860
    shown = runner.invoke(app, ["read", str(path)], env={"COLUMNS": "160"})
    assert "OCR, " in shown.stdout and screenshots.PERSONA in shown.stdout


@needs_tesseract
def test_a_screenshot_a_profile_pdf_and_a_photo_make_one_approach(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from tests.ingest.pdfs import Profile, build

    pdf = build(tmp_path / "Profile.pdf", Profile(), "two-column")
    shot = screenshots.whatsapp_chat(tmp_path / "chat.png").path
    face = photo(tmp_path / "face.png")
    result = runner.invoke(app, ["read", str(pdf), str(shot), str(face), "--together", "--json"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    persona = record["persona"]
    assert persona["name"] == Profile().name  # the PDF's, given first
    assert persona["photo"]["path"] == "face.png"
    assert any(m["sender"] == "persona" and "pay" in m["text"] for m in record["messages"])
    sources = [e["source"] for e in record["annotations"]["evidence"]]
    assert len(sources) == 3 and "Profile.pdf" in sources[0] and "face.png" in sources[2]
