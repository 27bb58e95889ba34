"""Loading registers: idempotent, incomplete files reported, bad input named by file and line;
and the command line a user runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterlink.cli.app import app
from counterlink.errors import InvalidInput
from counterlink.ownership.load import load_file
from counterlink.ownership.registry import Registry
from tests.ownership.conftest import FILES, FIXTURES

SNAPSHOT = FIXTURES / "psc-snapshot.jsonl"


def _counts(reg: Registry) -> tuple[int, ...]:
    tables = ("pscs", "companies", "bods_entities", "bods_relationships", "list_entries", "files")
    return tuple(reg.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def test_loading_the_same_files_twice_changes_nothing(tmp_path: Path) -> None:
    with Registry(tmp_path / "r.duckdb") as reg:
        first = [load_file(reg, FIXTURES / name) for name in FILES]
        before = _counts(reg)
        again = [load_file(reg, FIXTURES / name) for name in FILES]
        assert _counts(reg) == before
    assert not any(r.unchanged for r in first) and all(r.unchanged for r in again)
    assert before[0] == 21 and before[1] == 6 and before[4] == 3  # FtM edges are skipped


def test_a_complete_snapshot_is_complete_and_dated(tmp_path: Path) -> None:
    with Registry(tmp_path / "r.duckdb") as reg:
        done = load_file(reg, SNAPSHOT).file
    assert done.complete and done.note is None and done.date == "2026-11-30"
    assert done.records == 21


def test_a_zipped_snapshot_is_read_as_published(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "persons-with-significant-control-snapshot-2026-11-30.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(SNAPSHOT, "persons-with-significant-control-snapshot-2026-11-30.txt")
    with Registry(tmp_path / "r.duckdb") as reg:
        result = load_file(reg, archive)
    assert result.kind == "psc" and result.file.complete and result.file.records == 21


def test_a_truncated_snapshot_is_reported_incomplete(tmp_path: Path) -> None:
    cut = tmp_path / "cut.jsonl"
    text = SNAPSHOT.read_text()
    cut.write_text(text[: len(text) // 2])  # stops mid-line, no trailer
    with Registry(tmp_path / "r.duckdb") as reg:
        done = load_file(reg, cut).file
        stored = reg.files()[0]
    assert not done.complete and "stops mid-way" in (done.note or "")
    assert not stored.complete
    assert 0 < done.records < 21


def test_a_snapshot_whose_counts_disagree_with_its_trailer_is_incomplete(tmp_path: Path) -> None:
    lines = SNAPSHOT.read_text().splitlines(keepends=True)
    short = tmp_path / "short.jsonl"
    short.write_text("".join(lines[:3] + lines[-1:]))  # trailer kept, most records gone
    with Registry(tmp_path / "r.duckdb") as reg:
        done = load_file(reg, short).file
    assert not done.complete and "counts disagree" in (done.note or "")


def test_a_bad_json_line_names_the_file_and_line_and_loads_nothing(tmp_path: Path) -> None:
    lines = SNAPSHOT.read_text().splitlines(keepends=True)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("".join([*lines[:4], '{"company_number": "1", "data": {\n', *lines[4:]]))
    with Registry(tmp_path / "r.duckdb") as reg:
        with pytest.raises(InvalidInput) as caught:
            load_file(reg, bad)
        assert reg.con.execute("SELECT count(*) FROM pscs").fetchone() == (0,)
        assert reg.files() == []
    assert caught.value.line == 5 and caught.value.file == str(bad)


def test_a_bad_date_names_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "companies.csv"
    text = (FIXTURES / "basic-company-data.csv").read_text()
    bad.write_text(text.replace("12/03/2015", "31/31/2015"))
    with Registry(tmp_path / "r.duckdb") as reg, pytest.raises(InvalidInput) as caught:
        load_file(reg, bad)
    assert caught.value.field == "IncorporationDate" and caught.value.line == 2


runner = CliRunner()


def _registry(tmp_path: Path) -> list[str]:
    return ["--registry", str(tmp_path / "r.duckdb")]


def test_cli_load_summary_and_employer_json(tmp_path: Path) -> None:
    files = [str(FIXTURES / name) for name in FILES]
    loaded = runner.invoke(app, ["registers", "load", *files, *_registry(tmp_path), "--json"])
    assert loaded.exit_code == 0, loaded.output
    rows = [json.loads(line) for line in loaded.stdout.splitlines()]
    assert [r["kind"] for r in rows] == ["psc", "companies", "bods", "lists", "ftm"]
    result = runner.invoke(
        app,
        [
            "employer",
            "--number",
            "10000001",
            "--as-of",
            "2026-12-01",
            "--json",
            *_registry(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {
        "query",
        "company",
        "candidates",
        "owners",
        "flags",
        "registers",
        "trace",
    }
    assert report["query"] == {"name": None, "number": "10000001", "as_of": "2026-12-01"}
    assert report["flags"][0]["code"] == "ownership.state_linked"
    human = runner.invoke(
        app, ["employer", "Harbour Light Trading", "--as-of", "2026-12-01", *_registry(tmp_path)]
    )
    assert human.exit_code == 0 and "Ministry Of Industry Of Examplestan" in human.stdout
    assert "ownership.state_linked" in human.stdout


def test_cli_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    empty = runner.invoke(app, ["employer", "Anything", *_registry(tmp_path)])
    assert empty.exit_code == 2 and "load registers first" in empty.stderr
    bad = tmp_path / "x.txt"
    bad.write_text("hello\n")
    refused = runner.invoke(app, ["registers", "load", str(bad), *_registry(tmp_path)])
    assert refused.exit_code == 2 and "Traceback" not in refused.output
    assert str(bad) in refused.stderr


def test_committed_employer_schema_is_fresh() -> None:
    from counterlink.ownership.report import json_schema

    committed = Path(__file__).resolve().parents[2] / "docs" / "schema" / "employer.schema.json"
    assert committed.read_text("utf-8") == json.dumps(json_schema(), indent=2) + "\n", (
        "regenerate with `counterlink registers schema > docs/schema/employer.schema.json`"
    )
