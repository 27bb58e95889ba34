"""The demo export shipped with the package, and the benchmark's export generator."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import counterlink
from counterlink.ingest.linkedin import count_message_rows, is_linkedin_export, read_export

DEMO = Path(counterlink.__file__).parent / "demo" / "linkedin-export"
GENERATOR = Path(__file__).parents[3] / "benchmarks" / "make_export.py"


def test_demo_export_reads_cleanly() -> None:
    assert is_linkedin_export(DEMO)
    export = read_export(DEMO)
    assert export.owner.name == "Imogen Hartley"
    assert export.owner.organisation == "Coherent Qubit Labs"
    assert export.owner.url == "https://www.linkedin.com/in/imogen-hartley-qc"
    assert export.rows_lost == 0
    # The one warning is the deliberate mojibake in a FROM column.
    assert [(p.file, p.field) for p in export.problems] == [("messages.csv", "FROM")]
    assert sorted(export.files_skipped) == ["Articles/Articles/x.html", "Skills.csv"]
    conversations = [a for a in export.approaches if a.id and "conversation" in a.id]
    invitations = [a for a in export.approaches if a.id and "invitation" in a.id]
    assert 30 <= len(conversations) <= 40
    assert len(invitations) == 5
    folders = {(a.model_extra or {})["linkedin"]["folder"] for a in conversations}
    assert folders == {"INBOX", "ARCHIVE", "SPAM"}
    assert sum((a.model_extra or {})["linkedin"]["sponsored"] for a in conversations) == 1
    texts = " ".join(m.text for a in export.approaches for m in a.messages)
    for cue in ["GBP 5,000", "WhatsApp", "+44 7700 900418", "Shanghai", "WeChat", "USDT",
                "keep this opportunity between us", "client in Asia", "clearance"]:  # fmt: skip
        assert cue in texts, cue
    assert count_message_rows(DEMO) is not None


def test_generator_writes_a_readable_export(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_export", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = module.write_export(tmp_path / "big", 2000, seed=3)
    assert (folder / "messages.csv").read_bytes().startswith(b'\xef\xbb\xbf"CONVERSATION ID"')
    calls: list[int] = []
    export = read_export(folder, progress=calls.append)
    assert sum(calls) == 2000
    assert export.rows_lost == 0
    assert all(not p.lost for p in export.problems)
    assert export.owner.name == "Eleanor Whitcombe"
    assert len(export.approaches) > 100
    again = module.write_export(tmp_path / "again", 2000, seed=3)
    assert (again / "messages.csv").read_bytes() == (folder / "messages.csv").read_bytes()
