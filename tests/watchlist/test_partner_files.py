"""Partner files in the shapes partners send (written for counterlink, not copied: MISP events
with reference links, STIX e-mails with recipients, OASIS-style contact information, a
misp-stix round trip, an OpenCTI export): each gives exactly the indicators its manifest
lists, and counts what it skipped by reason."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("stix2patterns")

from counterlink.watchlist.collect import NO_COUNTRY, RECIPIENT, REFERENCE, TARGET
from counterlink.watchlist.read import read_watch_file

FIXTURES = Path(__file__).parent / "fixtures" / "partners"
MANIFEST: dict[str, Any] = json.loads((FIXTURES / "manifest.json").read_text("utf-8"))["files"]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_each_partner_file_gives_the_indicators_its_manifest_lists(name: str) -> None:
    expected = MANIFEST[name]
    parsed = read_watch_file(FIXTURES / name)
    got = sorted([e.kind, e.value] for e in parsed.source.entries)
    assert got == expected["entries"]
    assert len(got) == expected["indicators"]
    assert dict(sorted(parsed.skipped.by_reason.items())) == expected["skipped_by_reason"]


def values(name: str) -> set[str]:
    return {e.value or "" for e in read_watch_file(FIXTURES / name).source.entries}


def test_misp_reference_links_and_victims_are_no_persona_indicators() -> None:
    got = values("misp_references_event.json")
    for host in ("virustotal.example", "welivesecurity.example", "urlscan.example"):
        assert host not in got
    assert "wiki.sector-cert.example" not in got  # Internal reference
    assert "blog.threat-research.example" not in got  # a url in External analysis
    assert not {v for v in got if "uni-south" in v}  # victim, employee, targeting data
    assert "alice target" not in got
    # What describes the persona is still taken.
    assert {"careers-gip.example", "daniel.wu@careers-gip.example", "+447700900456"} <= got
    by_reason = read_watch_file(FIXTURES / "misp_references_event.json").skipped.by_reason
    assert by_reason[REFERENCE] == 5 and by_reason[TARGET] >= 3 and by_reason[RECIPIENT] == 1


def test_stix_recipients_and_the_target_are_skipped_the_sender_taken() -> None:
    got = values("stix_email_recipients.json")
    assert not {v for v in got if "uni-north" in v}
    assert "robert smith" not in got
    assert {"li.na@talent-bridge.example", "talent-bridge.example", "li na"} <= got


def test_contact_information_phone_numbers_are_taken_or_reported() -> None:
    parsed = read_watch_file(FIXTURES / "stix_identity_contacts.json")
    got = {e.value for e in parsed.source.entries}
    assert {"+12025550143", "jdoe@acme-strategy.example", "+442079460958"} <= got
    assert "+447700900123" not in got  # a national number: its country is not known
    assert parsed.skipped.by_reason == {NO_COUNTRY: 1}
    assert any("'07700 900123' has no country code" in line for line in parsed.skipped)


def test_a_name_keeps_no_analyst_remark() -> None:
    assert "li na" in values("stix_email_recipients.json")
    assert not any("headhunter" in v for v in values("stix_email_recipients.json"))


def test_the_import_summary_counts_what_was_not_taken_by_reason(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from counterlink.cli import app

    env = {"COUNTERLINK_DATABASE_URL": f"sqlite:///{tmp_path / 'ours.db'}"}
    shown = str(FIXTURES / "misp_references_event.json")
    result = CliRunner().invoke(app, ["watchlist", "import", shown], env=env)
    assert result.exit_code == 0, result.stderr
    assert "Imported 5 indicators from Sector CERT" in result.stderr
    assert f"Not taken: 7 {TARGET}, 5 {REFERENCE}, 1 {RECIPIENT}." in result.stderr.replace(
        "\n", " "
    )
