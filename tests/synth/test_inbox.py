"""The ordinary-inbox generator: the same seed writes the same bytes, the folder is a LinkedIn
export `counterlink scan` reads without errors, and the counts are what it says. Nothing here
asserts a score: the model is retrained elsewhere."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterlink.cli.app import app
from counterlink.errors import CounterlinkError
from counterlink.ingest.linkedin import read_export
from counterlink.ingest.linkedin.messages import SPEC
from counterlink.synth.inbox import KIND_WEIGHTS, ORDINARY_KINDS, conversations, write_inbox

runner = CliRunner()
FILES = ("Connections.csv", "Positions.csv", "Profile.csv", "messages.csv")


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def message_rows(folder: Path) -> list[dict[str, str]]:
    text = (folder / "messages.csv").read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_same_seed_writes_the_same_bytes(tmp_path: Path) -> None:
    first = write_inbox(tmp_path / "a", 120, seed=7)
    second = write_inbox(tmp_path / "b", 120, seed=7)
    other = write_inbox(tmp_path / "c", 120, seed=8)
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert first.kinds == second.kinds
    assert files(tmp_path / "a")["messages.csv"] != files(tmp_path / "c")["messages.csv"]
    assert other.conversations == 120


def test_the_folder_is_a_linkedin_export_with_the_exact_headers(tmp_path: Path) -> None:
    write_inbox(tmp_path / "inbox", 50, seed=1)
    assert sorted(files(tmp_path / "inbox")) == sorted(FILES)
    raw = (tmp_path / "inbox" / "messages.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # LinkedIn's byte-order mark
    header = next(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert tuple(header) == SPEC.columns


def test_the_counts_are_right(tmp_path: Path) -> None:
    summary = write_inbox(tmp_path / "inbox", 300, seed=3)
    rows = message_rows(tmp_path / "inbox")
    assert summary.conversations == 300
    assert len({r["CONVERSATION ID"] for r in rows}) == 300
    assert summary.messages == len(rows)
    assert sum(summary.kinds.values()) == 300
    assert set(summary.kinds) <= set(KIND_WEIGHTS)
    noise = sum(n for kind, n in summary.kinds.items() if kind not in ORDINARY_KINDS)
    assert 0.3 < noise / 300 < 0.7  # commercial noise is a large share, as in a real inbox
    data = read_export(tmp_path / "inbox")
    assert len(data.approaches) == 300
    assert data.problems == []
    assert data.owner.name == summary.owner
    assert sum(len(a.messages) for a in data.approaches) == len(rows)
    assert all(any(m.sender == "persona" for m in a.messages) for a in data.approaches)


def test_no_conversation_uses_a_hostile_template() -> None:
    kinds = {c.kind for c in conversations(400, seed=5)}
    assert kinds <= set(KIND_WEIGHTS)
    assert "lone_hostile" not in kinds


def test_scan_reads_the_folder_without_errors(tmp_path: Path) -> None:
    write_inbox(tmp_path / "inbox", 40, seed=2)
    result = runner.invoke(app, ["scan", str(tmp_path / "inbox"), "--json", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 40
    assert all(line["level"] in ("low", "medium", "high") for line in lines)


def test_the_command_writes_the_same_folder_as_the_function(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["synth", "inbox", str(tmp_path / "cli"), "--conversations", "30", "--seed", "4"]
    )
    assert result.exit_code == 0, result.output
    assert "30 conversations" in result.stdout
    write_inbox(tmp_path / "api", 30, seed=4)
    assert files(tmp_path / "cli") == files(tmp_path / "api")


def test_a_folder_with_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(CounterlinkError):
        write_inbox(tmp_path / "full", 10, seed=0)
    result = runner.invoke(app, ["synth", "inbox", str(tmp_path / "full")])
    assert result.exit_code == 2
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"


def test_the_plain_synth_command_still_needs_out(tmp_path: Path) -> None:
    result = runner.invoke(app, ["synth", "-n", "10", "-k", "1"])
    assert result.exit_code == 2
    result = runner.invoke(
        app, ["synth", "-n", "20", "-k", "1", "--out", str(tmp_path / "s.jsonl")]
    )
    assert result.exit_code == 0, result.output
