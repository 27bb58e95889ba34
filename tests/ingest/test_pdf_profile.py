"""LinkedIn profile PDFs in each layout, generated here with reportlab for invented people."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

from counterlink.errors import InvalidInput
from counterlink.ingest import read_path
from counterlink.ingest.pdf import locate, read_pdf_profile
from tests.ingest import pdfs

LAYOUTS = ["2016", "two-column", "recruiter"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_layout_reads_the_whole_persona(tmp_path: Path, layout: str) -> None:
    profile = read_pdf_profile(pdfs.build(tmp_path / "p.pdf", pdfs.Profile(), layout))
    persona = profile.approach.persona
    assert persona is not None
    assert profile.layout == layout
    assert profile.problems == []
    assert persona.name == "Maren Okonkwo-Lindqvist"
    assert persona.headline == "Talent Partner at Helix Dynamics"
    assert persona.location == "Rotterdam, South Holland, Netherlands"
    assert persona.about == "I connect engineers with teams building tidal energy systems."
    jobs = [(j.title, j.company, j.start, j.end, j.location) for j in persona.experience or []]
    assert jobs == [
        ("Talent Partner", "Helix Dynamics", "2021-03", None, "Rotterdam, Netherlands"),
        ("Recruiter", "Northwind Staffing", "2015-01", "2021-02", None),
    ]
    assert persona.experience and persona.experience[0].description == (
        "Hiring for the offshore controls group."
    )
    school = (persona.education or [])[0]
    assert (school.school, school.degree, school.field, school.start, school.end) == (
        "Erasmus University", "Bachelor of Arts", "Psychology", "2010", "2014",
    )  # fmt: skip
    assert persona.skills == ["Technical Recruiting", "Sourcing"]
    assert persona.contacts and persona.contacts.emails == ["maren.ol@example.org"]
    assert profile.approach.channel == "linkedin"


@pytest.mark.parametrize("layout", ["2016", "two-column"])
def test_profile_url_becomes_persona_url(tmp_path: Path, layout: str) -> None:
    profile = read_pdf_profile(pdfs.build(tmp_path / "p.pdf", pdfs.Profile(), layout))
    assert profile.approach.persona and (
        profile.approach.persona.url == "https://www.linkedin.com/in/maren-ol-3a91"
    )


def test_sidebar_is_not_mixed_into_the_main_column(tmp_path: Path) -> None:
    person = pdfs.Profile(languages=["Dutch (Native or Bilingual)", "Swahili"])
    profile = read_pdf_profile(pdfs.build(tmp_path / "p.pdf", person, "two-column"))
    persona = profile.approach.persona
    assert persona and persona.contacts
    assert persona.contacts.websites == ["helix-dynamics.example"]
    assert persona.model_extra and persona.model_extra["languages"] == [
        "Dutch (Native or Bilingual)", "Swahili",
    ]  # fmt: skip
    # Nothing of the sidebar leaks into the header or the summary.
    assert "Contact" not in (persona.headline or "") + (persona.about or "")


def test_every_field_says_where_it_was_read(tmp_path: Path) -> None:
    profile = read_pdf_profile(pdfs.build(tmp_path / "p.pdf", pdfs.Profile(), "two-column"))
    approach = profile.approach
    headline = locate(approach, "persona.headline")
    assert headline is not None
    assert headline["file"] == "p.pdf" and headline["page"] == 1
    x0, top, x1, bottom = headline["bbox"]
    # Drawn at x=220 in the main column, under the name near the top of an A4 page.
    assert 215 < x0 < 225 and x1 > x0 and 0 < top < bottom < 200
    # A finding's path inside a job points at the job's line.
    title = locate(approach, "persona.experience[1].title")
    assert title is not None and title["bbox"][1] > headline["bbox"][1]
    assert locate(approach, "messages[0].text") is None


def test_two_page_profile_with_footers(tmp_path: Path) -> None:
    person = pdfs.Profile(filler=60)
    file = pdfs.build(tmp_path / "long.pdf", person, "2016")
    profile = read_pdf_profile(file)
    persona = profile.approach.persona
    assert persona and persona.about
    assert "Page 1 of" not in persona.about
    assert "part 60" in persona.about
    # The jobs are on the second page, and their evidence says so.
    assert [j.company for j in persona.experience or []] == ["Helix Dynamics", "Northwind Staffing"]
    where = locate(profile.approach, "persona.experience[0].company")
    assert where is not None and where["page"] == 2


def test_non_ascii_names(tmp_path: Path) -> None:
    if pdfs.font() == "Helvetica":
        pytest.skip("no TrueType font with non-Latin letters on this machine")
    person = pdfs.Profile(
        name="Zoë Þórsdóttir-Ćwiek Ζωή Зоя", headline="Ingénieure à Société Générale"
    )
    persona = read_pdf_profile(
        pdfs.build(tmp_path / "p.pdf", person, "two-column")
    ).approach.persona
    assert persona and persona.name == "Zoë Þórsdóttir-Ćwiek Ζωή Зоя"
    assert persona.headline == "Ingénieure à Société Générale"


def test_glyphs_without_unicode_are_a_warning_not_silence(tmp_path: Path) -> None:
    if pdfs.font() == "Helvetica":
        pytest.skip("no TrueType font on this machine")
    # DejaVu Sans has no Chinese: the PDF draws nothing the text layer can map back.
    person = pdfs.Profile(name="Wang Fang 王芳")
    loaded = read_path(pdfs.build(tmp_path / "p.pdf", person, "two-column"))
    persona = loaded.approaches[0].persona
    assert persona and persona.name and "\x00" not in persona.name
    assert [p.message for p in loaded.problems if not p.lost] == [
        "1 line holds characters the PDF maps to no Unicode text (shown as \ufffd)"
    ]


def test_missing_sections_are_recorded_not_invented(tmp_path: Path) -> None:
    person = pdfs.Profile(summary=None, schools=[], skills=[])
    profile = read_pdf_profile(pdfs.build(tmp_path / "p.pdf", person, "two-column"))
    persona = profile.approach.persona
    assert persona and persona.about is None and persona.education is None
    assert persona.experience and len(persona.experience) == 2
    record = (profile.approach.annotations or {})["extracted_from"]
    assert record["sections_missing"] == ["about", "education", "skills"]


def test_an_unreadable_experience_section_is_a_lost_problem(tmp_path: Path) -> None:
    person = pdfs.Profile(jobs=[pdfs.Job("Director", "Acme", "sometime recently")])
    loaded = read_path(pdfs.build(tmp_path / "p.pdf", person, "two-column"))
    assert loaded.rows_lost == 1
    assert "Experience" in loaded.problems[0].message
    assert loaded.approaches[0].persona and loaded.approaches[0].persona.experience is None


def test_read_path_routes_pdf(tmp_path: Path) -> None:
    loaded = read_path(pdfs.build(tmp_path / "p.pdf", pdfs.Profile(), "recruiter"))
    assert len(loaded.approaches) == 1 and loaded.problems == []
    assert loaded.approaches[0].id == "p"


def test_encrypted_pdf_says_password(tmp_path: Path) -> None:
    file = pdfs.encrypted(tmp_path / "locked.pdf", pdfs.Profile())
    with pytest.raises(InvalidInput, match="password-protected") as caught:
        read_pdf_profile(file)
    assert caught.value.file == str(file)


def test_image_only_pdf_says_no_text_layer(tmp_path: Path) -> None:
    file = pdfs.image_only(tmp_path / "scan.pdf")
    with pytest.raises(InvalidInput, match=r"no text layer.*scanned.*does not OCR"):
        read_pdf_profile(file)


def test_other_pdf_says_what_was_expected(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"not a LinkedIn profile PDF.*Save to PDF"):
        read_pdf_profile(pdfs.not_a_profile(tmp_path / "invoice.pdf"))


@pytest.mark.parametrize(
    "content", [b"", b"%PDF-1.4\n%garbage\n", b"PK\x03\x04 not a pdf", b"%PDF-1.7\n1 0 obj <<"]
)
def test_corrupt_pdf_is_invalid_input(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "broken.pdf"
    file.write_bytes(content)
    with pytest.raises(InvalidInput, match=r"broken\.pdf"):
        read_pdf_profile(file)


def test_truncated_profile_is_invalid_input_or_read(tmp_path: Path) -> None:
    data = pdfs.build(tmp_path / "p.pdf", pdfs.Profile(), "2016").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    try:
        profile = read_pdf_profile(cut)
    except InvalidInput as exc:
        assert exc.file == str(cut)
    else:  # pdfminer may recover the first objects; what it read must still be a profile
        assert profile.approach.persona is not None


def test_image_suffix_goes_to_the_image_reader(tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n")  # a PNG signature and nothing else
    pytest.importorskip("PIL")
    # The image reader, not the JSON reader, answers for a PNG: a cut-short image.
    with pytest.raises(InvalidInput) as caught:
        read_path(shot)
    assert "JSON" not in str(caught.value) and "cannot be read as an image" in str(caught.value)
