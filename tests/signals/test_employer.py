"""The employer check in `check`/`scan` (issue #15): the claimed employer, read from the headline,
the current jobs and (weakly) a contact address's domain, verified against a real DuckDB
registry loaded from the hand-made register fixtures of tests/ownership."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from counterlink.assess import Assessor
from counterlink.cli.app import app
from counterlink.learn.priors import STRONG, SUPPORTING, bound_for
from counterlink.ownership.load import load_file
from counterlink.ownership.registry import Registry
from counterlink.schema import Approach, resolve_field
from counterlink.signals.employer import CODES, EmployerDetector, configured_registry
from counterlink.signals.registry import default_registry
from tests.ownership.conftest import FILES, FIXTURES

runner = CliRunner()


@pytest.fixture(scope="module")
def registers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("registers") / "registry.duckdb"
    with Registry(path) as reg:
        for name in FILES:
            load_file(reg, FIXTURES / name)
    return path


def _approach(
    headline: str | None = None,
    jobs: list[dict[str, str]] | None = None,
    emails: list[str] | None = None,
    received: str = "2026-11-20T09:00:00Z",
) -> Approach:
    persona: dict[str, Any] = {"name": "Jane Li"}
    if headline:
        persona["headline"] = headline
    if jobs:
        persona["experience"] = jobs
    if emails:
        persona["contacts"] = {"emails": emails}
    return Approach.model_validate(
        {
            "schema": "counterlink.approach/1",
            "received_at": received,
            "persona": persona,
            "messages": [{"sender": "persona", "text": "Hello, may I ask you about your work?"}],
        }
    )


def _employer(registers: Path, approach: Approach) -> dict[str, Any]:
    found = Assessor.from_path(None, registers=registers).findings(approach)
    return {f.code: f for f in found if f.category == "employer"}


def test_without_a_registry_the_detector_is_not_registered(monkeypatch) -> None:
    monkeypatch.delenv("COUNTERLINK_REGISTRY", raising=False)
    assert configured_registry() is None
    assert not set(CODES) & set(default_registry().codes())


def test_a_registry_named_in_the_environment_that_does_not_exist_is_no_registry(
    monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COUNTERLINK_REGISTRY", str(tmp_path / "absent.duckdb"))
    assert configured_registry() is None


def test_assessing_without_a_registry_loads_no_duckdb() -> None:
    code = (
        "import os, sys\n"
        "os.environ.pop('COUNTERLINK_REGISTRY', None)\n"
        "from counterlink.assess import Assessor\n"
        "from counterlink.ingest.text import approach_from_text\n"
        "text = 'Partner at Harbour Light Trading Ltd'\n"
        "Assessor().assess(approach_from_text(text, source='t'))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('duckdb', 'rigour', "
        "'counterlink.ownership', 'counterlink.signals.employer'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_state_owned_employer_in_the_headline_is_a_strong_finding(registers: Path) -> None:
    approach = _approach("Senior Partner at Harbour Light Trading Ltd | Advisory")
    found = _employer(registers, approach)
    finding = found["ownership.state_linked"]
    # The model was trained before this code existed: it weighs its floor.
    assert finding.weight == STRONG
    assert "GB-COH-10000001" in finding.title
    [cited] = finding.evidence
    assert cited.field == "persona.headline"
    assert cited.excerpt == "Harbour Light Trading Ltd"
    assert resolve_field(approach, cited.field)[cited.start : cited.end] == cited.excerpt
    assert any(
        g == "record: /company/10000001/persons-with-significant-control/legal-person/L1"
        for g in finding.guidance
    )
    assert "MI5 espionage alert 2025" in finding.guidance
    # ... and raises the score above the same approach checked without a registry.
    with_check = Assessor.from_path(None, registers=registers).assess(approach).score
    assert with_check > Assessor().assess(approach).score


def test_a_claimed_firm_no_register_knows_is_not_found(registers: Path) -> None:
    approach = _approach(jobs=[{"title": "Director", "company": "Nowhere Imaginary Widgets Ltd"}])
    finding = _employer(registers, approach)["employer.not_found"]
    assert finding.weight == SUPPORTING
    assert finding.evidence[0].field == "persona.experience[0].company"
    assert any("searched for 'Nowhere Imaginary Widgets Ltd'" in g for g in finding.guidance)


def test_a_past_job_is_not_a_claim_and_a_placeholder_is_left_to_the_profile(
    registers: Path,
) -> None:
    approach = _approach(
        "Recruiter at Confidential Client",
        jobs=[{"company": "Nowhere Imaginary Widgets Ltd", "start": "2019", "end": "2021"}],
    )
    assert _employer(registers, approach) == {}


def test_a_dissolved_employer_is_flagged(registers: Path) -> None:
    found = _employer(registers, _approach("Head of research at Abandoned Ventures Limited"))
    assert "employer.dissolved" in found


def test_recency_is_measured_to_the_day_the_approach_was_received(registers: Path) -> None:
    jobs = [{"title": "Partner", "company": "Northgate Advisory Ltd"}]
    recent = _employer(registers, _approach(jobs=jobs, received="2026-11-20"))
    later = _employer(registers, _approach(jobs=jobs, received="2028-01-05"))
    assert "employer.recently_incorporated" in recent
    assert "employer.recently_incorporated" not in later


def test_one_firm_claimed_twice_is_one_finding_citing_both(registers: Path) -> None:
    approach = _approach(
        "Partner at Harbour Light Trading Ltd",
        jobs=[{"title": "Partner", "company": "HARBOUR LIGHT TRADING LIMITED"}],
    )
    finding = _employer(registers, approach)["ownership.state_linked"]
    assert [e.field for e in finding.evidence] == [
        "persona.headline",
        "persona.experience[0].company",
    ]


def test_an_email_domain_is_a_weak_hint_that_never_says_not_found(registers: Path) -> None:
    hinted = _employer(registers, _approach(emails=["jane@harbour-light-trading.com"]))
    finding = hinted["ownership.state_linked"]
    assert finding.strength == 0.5 and finding.weight == STRONG * 0.5
    assert finding.evidence[0].field == "persona.contacts.emails[0]"
    assert finding.evidence[0].excerpt == "harbour-light-trading.com"
    assert _employer(registers, _approach(emails=["jane@unknown-firm-xyz.com"])) == {}
    assert _employer(registers, _approach(emails=["jane@gmail.com"])) == {}


def test_the_detector_reopens_its_registry_in_a_forked_worker(registers: Path) -> None:
    detector = EmployerDetector(registers)
    approaches = [_approach("Partner at Harbour Light Trading Ltd")] * 4
    from counterlink.assess import assess_all

    assessor = Assessor.from_path(None, registers=registers)
    serial = assess_all(assessor, approaches)
    parallel = assess_all(assessor, approaches, jobs=2, min_parallel=2)
    assert [a.score for a in serial] == [a.score for a in parallel]
    assert detector.detect(approaches[0])[0].code == "ownership.state_linked"


def test_the_priors_give_the_employer_codes_their_published_floors() -> None:
    assert bound_for("ownership.state_linked").lower == STRONG
    assert "MI5 espionage alert 2025" in bound_for("ownership.state_linked").sources
    assert bound_for("employer.not_found").lower == SUPPORTING
    assert bound_for("employer.dissolved").lower == 0.0


def test_check_and_scan_take_a_registry(registers: Path, tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        _approach("Partner at Harbour Light Trading Ltd").model_dump_json(by_alias=True)
    )
    result = runner.invoke(app, ["check", str(path), "--json", "--registry", str(registers)])
    assert result.exit_code == 0, result.output
    codes = [f["code"] for f in json.loads(result.output)["findings"]]
    assert "ownership.state_linked" in codes
    plain = runner.invoke(app, ["check", str(path), "--json"], env={"COUNTERLINK_REGISTRY": ""})
    assert "ownership.state_linked" not in plain.output
    missing = runner.invoke(app, ["check", str(path), "--registry", str(tmp_path / "no.duckdb")])
    assert missing.exit_code != 0
    assert "no registry file here" in missing.output and "Traceback" not in missing.output
    scan = runner.invoke(app, ["scan", "--help"])
    assert "--registry" in scan.output
