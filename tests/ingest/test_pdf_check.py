"""A saved profile PDF is checked as an export's profile is (issue #17): `read` shows what was
extracted, `check` weighs its profile findings with evidence pointing into the PDF, `--text`
adds the pasted message to the same approach, and the employer check runs on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterlink.assess import Assessor
from counterlink.cli.app import app
from counterlink.ingest import read_path
from counterlink.schema import resolve_field
from tests.ingest.pdfs import Job, Profile, School, build

pytest.importorskip("pdfplumber")
pytest.importorskip("reportlab")

runner = CliRunner()
LAYOUTS = ("2016", "two-column", "recruiter")

# A persona in the shape MI5's "Think Before You Link" describes: a senior title after a year of
# history, a firm with nothing distinctive, no schooling, no contact but the platform.
THIN = Profile(
    name="Evelyn Marsh",
    headline="Managing Director at Global Strategic Consulting Group",
    location="London",
    email=None,
    # Every saved profile carries its own URL in the contact block, however thin it is.
    url="www.linkedin.com/in/evelyn-marsh-9b2c41",
    website=None,
    summary=None,
    jobs=[
        Job(
            "Managing Director",
            "Global Strategic Consulting Group",
            "January 2026 - Present (11 months)",
        )
    ],
    schools=[],
    skills=[],
)
PASTE = (
    "Dear Dr Hale, our client pays USD 1,500 per short report on policy insights that are not "
    "public. Could we continue on WeChat?"
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_profile_findings_fire_on_a_pdf_as_on_an_export(layout: str, tmp_path: Path) -> None:
    pdf = build(tmp_path / f"{layout}.pdf", THIN, layout)
    [approach] = read_path(pdf).approaches
    findings = Assessor().findings(approach)
    codes = {f.code for f in findings}
    assert {"profile.implausible_seniority", "profile.consultancy_persona"} <= codes, codes
    # Evidence cites fields of the PDF's persona, and each field says where on which page.
    located = approach.annotations["extracted_from"]["fields"]
    for finding in findings:
        for cited in finding.evidence:
            text = resolve_field(approach, cited.field)
            assert text[cited.start : cited.end] == cited.excerpt
            assert cited.field in located, (finding.code, cited.field)
            assert located[cited.field]["page"] == 1


def test_a_full_genuine_profile_is_not_thin(tmp_path: Path) -> None:
    genuine = Profile(
        jobs=[
            Job("Talent Partner", "Helix Dynamics", "March 2016 - Present (10 years)"),
            Job("Recruiter", "Northwind Staffing", "January 2010 - February 2016 (6 years)"),
        ],
        schools=[School("Erasmus University", "Bachelor of Arts, Psychology · (2006 - 2010)")],
    )
    [approach] = read_path(build(tmp_path / "g.pdf", genuine, "two-column")).approaches
    codes = {f.code for f in Assessor().findings(approach)}
    assert "profile.implausible_seniority" not in codes and "profile.thin" not in codes


def test_check_pdf_with_pasted_text_is_one_approach(tmp_path: Path) -> None:
    pdf = build(tmp_path / "thin.pdf", THIN, "two-column")
    result = runner.invoke(app, ["check", str(pdf), "--text", PASTE, "--json"])
    assert result.exit_code == 0, result.output
    [line] = result.stdout.strip().splitlines()
    assessment = json.loads(line)
    codes = {f["code"] for f in assessment["findings"]}
    # Profile findings from the PDF and message findings from the paste, in one assessment.
    assert "profile.implausible_seniority" in codes
    assert {"message.paid_insight", "message.off_platform"} <= codes
    fields = {e["field"] for f in assessment["findings"] for e in f["evidence"]}
    assert "messages[0].text" in fields and any(f.startswith("persona.") for f in fields)
    # The profile weighs: a mild note scores higher sent by this persona than on its own.
    mild = "Hello Dr Hale, would you be open to a short call about a policy project?"
    alone = runner.invoke(app, ["check", "--text", mild, "--json"])
    joined = runner.invoke(app, ["check", str(pdf), "--text", mild, "--json"])
    assert json.loads(alone.stdout)["score"] < json.loads(joined.stdout)["score"]


def test_read_shows_what_was_extracted_and_where(tmp_path: Path) -> None:
    pdf = build(tmp_path / "thin.pdf", THIN, "2016")
    shown = runner.invoke(app, ["read", str(pdf)], env={"COLUMNS": "160"})
    assert shown.exit_code == 0, shown.output
    assert "Evelyn Marsh" in shown.stdout and "Managing Director" in shown.stdout
    assert "page 1" in shown.stdout
    as_json = runner.invoke(app, ["read", str(pdf), "--json"])
    [record] = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert record["schema"] == "counterlink.approach/1"
    assert record["persona"]["name"] == "Evelyn Marsh"
    # What `read --json` prints is what `check -` assesses: the same findings.
    piped = runner.invoke(app, ["check", "-", "--json"], input=as_json.stdout)
    direct = runner.invoke(app, ["check", str(pdf), "--json"])
    assert json.loads(piped.stdout)["findings"] == json.loads(direct.stdout)["findings"]


def test_text_cannot_be_merged_into_a_file_of_many_approaches(tmp_path: Path) -> None:
    many = tmp_path / "many.jsonl"
    record = {"schema": "counterlink.approach/1", "messages": [{"sender": "persona", "text": "Hi"}]}
    many.write_text("\n".join(json.dumps(record) for _ in range(2)) + "\n")
    result = runner.invoke(app, ["check", str(many), "--text", PASTE])
    assert result.exit_code == 2
    assert "ONE approach" in result.stderr and "Traceback" not in result.output


def test_an_image_only_pdf_is_refused_naming_the_file(tmp_path: Path) -> None:
    from tests.ingest.pdfs import image_only

    pdf = image_only(tmp_path / "scan.pdf")
    for command in ("read", "check"):
        result = runner.invoke(app, [command, str(pdf)])
        assert result.exit_code == 2
        assert "scan.pdf" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_one_word_location_is_not_part_of_the_headline(layout: str, tmp_path: Path) -> None:
    [approach] = read_path(build(tmp_path / "p.pdf", THIN, layout)).approaches
    assert approach.persona is not None
    assert approach.persona.headline == THIN.headline
    assert approach.persona.location == "London"
