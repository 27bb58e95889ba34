from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from counterlink.cli import app as counterlink_app
from tests.share.conftest import approach


def app() -> typer.Typer:
    # The real command line: importing counterlink.cli registers `share` as users get it.
    return counterlink_app


def write(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    rows = [approach("a1").to_json_dict(), approach("a2").to_json_dict()]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    return path


def test_share_stix_and_misp(tmp_path: Path) -> None:
    source = write(tmp_path)
    for fmt in ("stix", "misp"):
        result = CliRunner().invoke(
            app(), ["share", str(source), "--format", fmt, "--tlp", "green"]
        )
        assert result.exit_code == 0, result.output
        lines = [json.loads(x) for x in result.stdout.splitlines()]
        assert len(lines) == 2
        assert "loss: a1: target.name: withheld" in result.stderr


def test_share_refuses_red(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app(), ["share", str(write(tmp_path)), "--format", "stix", "--tlp", "red"]
    )
    assert result.exit_code == 2
    assert "refused" in result.stderr


def test_share_out_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app(),
        [
            "share",
            str(write(tmp_path)),
            "--format",
            "misp",
            "--audience",
            "public",
            "--tlp",
            "clear",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    events = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert {t["name"] for t in events[0]["Tag"]} == {"tlp:clear", "PAP:CLEAR"}


def test_share_hashed_needs_the_community_key(tmp_path: Path) -> None:
    source = write(tmp_path)
    result = CliRunner().invoke(app(), ["share", str(source), "--format", "hashed"])
    assert result.exit_code == 2 and "needs the community key" in result.stderr
    keyfile = tmp_path / "team.key"
    keyfile.write_text(bytes(range(32)).hex())
    result = CliRunner().invoke(
        app(),
        ["share", str(source), "--format", "hashed", "--community-key", str(keyfile)],
    )
    assert result.exit_code == 0, result.stderr
    documents = [json.loads(x) for x in result.stdout.splitlines()]
    assert [d["format"] for d in documents] == ["counterlink.hashed/1"] * 2
    assert "vzhou88" not in result.stdout and "Vivian" not in result.stdout
    assert "a hashed export carries only keyed digests" in result.stderr
