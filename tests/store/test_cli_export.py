"""`counterlink export CASE_OR_CAMPAIGN --format ... --tlp-audience ...` over a real database
(SQLite and PostgreSQL), driven in-process: the document, the loss report on stderr, the audit
entry with the document's SHA-256, and one-line errors with exit code 2."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from counterlink.cli import app
from counterlink.store.campaigns import current
from counterlink.store.sharing import set_finding_tlp
from counterlink.store.tables import AuditEntry, User
from tests.share.stored_cases import PAID, stored_case

pytest.importorskip("stix2")
pytest.importorskip("stix2validator")
pytest.importorskip("pymisp")

from tests.share.test_stix import validate  # after the skips: it needs the share extra

runner = CliRunner()
KEY_HEX = bytes(range(32)).hex()


def run(db_url: str, *args: str, **env: str) -> tuple[int, str, str]:
    # No community key unless the test gives one (whatever the developer's environment holds).
    env = {"COUNTERLINK_DATABASE_URL": db_url, "COUNTERLINK_COMMUNITY_KEY": "", **env}
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def _entries(s: Session) -> list[AuditEntry]:
    s.expire_all()
    found = list(s.scalars(select(AuditEntry).where(AuditEntry.action.like("%.share"))))
    s.commit()
    return found


def test_export_a_case_as_stix(db_url: str, session: Session, people: dict[str, User]) -> None:
    report_id = stored_case(session, people["ann"]).id
    set_finding_tlp(session, people["ann"], report_id, PAID, "red")
    session.commit()

    code, out, err = run(
        db_url, "export", f"case:{report_id}", "--format", "stix", "--tlp-audience", "organisation"
    )

    assert code == 0, err
    bundle = json.loads(out)
    validate(bundle)
    assert out.startswith('{\n  "type": "bundle"')  # indented, as the web's download
    # The loss report, as `counterlink share` prints it: the red finding dropped, named.
    lines = err.splitlines()
    assert (
        f"loss: report-{report_id}: assessment.findings[1] ({PAID}): dropped: marked TLP:RED, "
        "above what the organisation audience may receive"
    ) in lines
    assert f"loss: report-{report_id}: target.name: withheld: withheld by design: " in err
    digest = hashlib.sha256(out.encode("utf-8")).hexdigest()
    assert f"SHA-256 {digest}" in lines[-1]
    [entry] = _entries(session)
    assert entry.action == "report.share" and entry.object_id == str(report_id)
    assert entry.actor.startswith("cli")
    assert entry.detail["sha256"] == digest and entry.detail["loss"]["dropped"] == 1


def test_export_to_a_file_and_subject_forms(
    db_url: str, session: Session, people: dict[str, User], tmp_path: Path
) -> None:
    report_id = stored_case(session, people["ann"], tlp="green").id
    target = tmp_path / "case.json"
    code, out, err = run(
        db_url,
        "export",
        str(report_id),
        "--format",
        "misp",
        "--tlp-audience",
        "community",
        "--identity",
        "Example Security Office",
        "--out",
        str(target),
    )
    assert code == 0, err
    assert out == ""
    event = json.loads(target.read_text("utf-8"))
    assert event["Orgc"]["name"] == "Example Security Office"
    assert f"to {target}" in err
    assert not list(tmp_path.glob("*.partial"))
    [entry] = _entries(session)
    assert entry.detail["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert entry.detail["identity"] == "Example Security Office"


def test_export_a_campaign_and_hashed_with_a_key(
    db_url: str, session: Session, people: dict[str, User], tmp_path: Path
) -> None:
    ann = people["ann"]
    green = stored_case(session, ann, tlp="green", ident="a1").id
    red = stored_case(session, ann, tlp="red", ident="a2").id
    [campaign] = current(session).campaigns
    session.commit()
    code, out, err = run(
        db_url,
        "export",
        f"campaign:{campaign.id}",
        "--format",
        "stix",
        "--tlp-audience",
        "community",
    )
    assert code == 0, err
    validate(json.loads(out))
    assert f"loss: report-{red}: (case): refused: report-{red}: refused: TLP:RED never" in err

    key = tmp_path / "community.key"
    key.write_text(KEY_HEX + "\n", "utf-8")
    code, out, err = run(
        db_url,
        "export",
        campaign.id,
        "--format",
        "hashed",
        "--tlp-audience",
        "community",
        "--community-key",
        str(key),
    )
    assert code == 0, err
    document = json.loads(out)
    assert document["format"] == "counterlink.hashed/1" and len(document["personas"]) == 1
    # The key may also come from the environment, as for the web app.
    code, out, _ = run(
        db_url,
        "export",
        f"case:{green}",
        "--format",
        "hashed",
        "--tlp-audience",
        "organisation",
        COUNTERLINK_COMMUNITY_KEY=KEY_HEX,
    )
    assert code == 0 and json.loads(out)["key_id"] == document["key_id"]
    entries = _entries(session)
    assert [e.action for e in entries] == ["campaign.share", "campaign.share", "report.share"]
    assert entries[0].detail["reports"] == [green]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("case:1", "--format", "stix", "--tlp-audience", "community"), "TLP:AMBER may not go"),
        (("case:99", "--format", "stix", "--tlp-audience", "organisation"), "no report 99"),
        (
            ("campaign:campaign-000000000000", "--format", "stix", "--tlp-audience", "public"),
            "no campaign campaign-000000000000 now",
        ),
        (
            ("case:1", "--format", "hashed", "--tlp-audience", "organisation"),
            "--format hashed needs the community key",
        ),
        (("case:1", "--format", "stix"), "say how and for whom"),
        (("vivian", "--format", "stix", "--tlp-audience", "public"), "cannot tell what 'vivian'"),
        (("case:1", "--labelled"), "give either --labelled or a case"),
        (("--labelled", "--format", "stix"), "are for exporting a case or a campaign"),
        ((), "say what to export"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    db_url: str, session: Session, people: dict[str, User], args: tuple[str, ...], message: str
) -> None:
    assert stored_case(session, people["ann"]).id == 1
    code, out, err = run(db_url, "export", *args)
    assert code == 2, (out, err)
    assert message in err and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not _entries(session)
