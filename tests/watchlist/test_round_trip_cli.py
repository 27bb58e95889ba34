"""The round trip a partner and we make with the real commands: they export an approach
(`counterlink share`), we import the file (`counterlink watchlist import`), and a new approach
by the same persona — new name, same account or handle — is recognised by `counterlink check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterlink.cli import app

pytest.importorskip("stix2")
pytest.importorskip("pymisp")

runner = CliRunner()

PARTNER_APPROACH = {
    "schema": "counterlink.approach/1",
    "id": "partner-17",
    "channel": "linkedin",
    "received_at": "2026-08-20T10:00:00Z",
    "persona": {
        "name": "Vivian Zhou",
        "url": "https://www.linkedin.com/in/vivian-zhou-8a1b2c",
        "contacts": {"handles": {"wechat": "vzhou88"}, "emails": ["vz@gip-consult.example"]},
    },
    "target": {"name": "Imogen Hartley", "organisation": "Qubitworks Ltd"},
    "messages": [
        {"sender": "persona", "text": "Dear Imogen, add me on WeChat: vzhou88 for a paid report."}
    ],
}
# Weeks later, at our organisation: another name, the same WeChat id, a harmless first message.
OUR_APPROACH = {
    "schema": "counterlink.approach/1",
    "id": "ours-1",
    "channel": "linkedin",
    "persona": {"name": "Grace Lin", "url": "https://www.linkedin.com/in/grace-lin-5f6e7d"},
    "messages": [{"sender": "persona", "text": "Nice to meet you. My WeChat: VZhou88"}],
}
UNRELATED = {
    "schema": "counterlink.approach/1",
    "id": "ours-2",
    "persona": {"name": "Sam Roe", "url": "https://www.linkedin.com/in/sam-roe-1a2b3c"},
    "messages": [{"sender": "persona", "text": "Nice to meet you. My WeChat: samroe_1"}],
}


@pytest.mark.parametrize("fmt", ["stix", "misp"])
def test_export_import_match(tmp_path: Path, fmt: str) -> None:
    env = {"COUNTERLINK_DATABASE_URL": f"sqlite:///{tmp_path / 'ours.db'}"}
    partner_file = tmp_path / "partner.jsonl"
    partner_file.write_text(json.dumps(PARTNER_APPROACH) + "\n")
    shared = tmp_path / f"shared.{fmt}.jsonl"
    result = runner.invoke(
        app,
        [
            "share",
            str(partner_file),
            "--format",
            fmt,
            "--audience",
            "community",
            "--tlp",
            "green",
            "--identity",
            "Uni CERT",
            "--out",
            str(shared),
        ],
    )
    assert result.exit_code == 0, result.stderr
    assert "Imogen" not in shared.read_text() and "Qubitworks" not in shared.read_text()

    result = runner.invoke(app, ["watchlist", "import", str(shared)], env=env)
    assert result.exit_code == 0, result.stderr
    assert "from Uni CERT" in result.stderr and "TLP:GREEN" in result.stderr

    ours = tmp_path / "ours.jsonl"
    ours.write_text(json.dumps(OUR_APPROACH) + "\n" + json.dumps(UNRELATED) + "\n")
    result = runner.invoke(app, ["check", str(ours), "--json", "--watchlist"], env=env)
    assert result.exit_code == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    [hit] = [f for f in first["findings"] if f["code"] == "campaign.known_to_partner"]
    assert hit["source"] == "Uni CERT" and "wechat:vzhou88" in hit["title"]
    assert "VZhou88" in hit["evidence"][0]["excerpt"]
    assert first["level"] == "high"
    assert not [f for f in second["findings"] if f["code"] == "campaign.known_to_partner"]
