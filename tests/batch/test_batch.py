"""`counterlink batch` in process: JSON Lines or Parquet in, Parquet out; the same campaigns as
find_campaigns and the same assessments as Assessor; errors name the file and line; nothing is
dropped; Dask is optional."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from counterlink.assess import Assessor
from counterlink.batch import parse_size
from counterlink.campaigns import find_campaigns
from counterlink.cli.batch import _batch, _dask_engine, register
from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.ingest.approach_json import read_approach_file
from counterlink.schema import APPROACH_SCHEMA

app = typer.Typer()


@app.callback()
def _root() -> None:
    """A bare app holding `batch`, as cli/app.py does."""


register(app)
runner = CliRunner()

TEMPLATE = (
    "Dear {target}, my client, {client}, pays USD {fee} for a short report on your unpublished "
    "results in {field}. Please keep this between us; it is easier to continue elsewhere."
)
# fmt: off
FIRST = ["David", "Michael", "Kevin", "Sophie", "Emily", "Grace", "Jason", "Alice", "Helen",
         "Peter", "Linda", "Tony", "Amy"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Keller", "Patel", "Kim", "Lee",
        "Tan", "Wong", "Chen", "Li"]
# fmt: on
FIELDS = ["qubits", "cryogenics", "EUV lithography", "radar", "gene synthesis", "batteries"]
SECTORS = ["quantum", "semiconductors", "defence", "universities"]


def _record(rid: str | None, **persona: Any) -> dict[str, Any]:
    text = persona.pop("text")
    company = persona.pop("company", None)
    phash = persona.pop("phash", None)
    sector = persona.pop("sector")
    if company:
        persona["experience"] = [{"title": "Partner", "company": company}]
    if phash is not None:
        persona["photo"] = {"phash": f"{phash:016x}"}
    record: dict[str, Any] = {
        "schema": APPROACH_SCHEMA,
        "received_at": persona.pop("when"),
        "persona": persona,
        "target": {"sector": sector, "organisation": f"{sector.title()} Lab"},
        "messages": [{"sender": "persona", "text": text}],
    }
    if rid is not None:
        record["id"] = rid
    return record


def corpus(n: int = 320, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` approach/1 records: four campaigns, each held together differently (a shared
    handle across name variants, a re-encoded photo with firm variants, a paraphrased template
    with a fuzzy firm, a shared phone on approaches without ids), among background traffic
    that shares only generic values (big employers, webmail, common names, a standard note)."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []

    def when() -> str:
        return f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z"

    def field() -> str:
        return rng.choice(FIELDS)

    names = ["Vivian Zhou", "V. Zhou", "周薇", "Wei ZHOU", "Zhou Vivian", "Kevin Tan"]
    for i in range(12):
        rows.append(
            _record(
                f"handle-{i}",
                name=names[i % len(names)],
                contacts={"handles": {"wechat": "gip_vz88"}},
                text=f"Hello, I have an opportunity in {field()}. Add me on WeChat.",
                sector=rng.choice(SECTORS),
                when=when(),
            )
        )
    firms = ["Meridian Advisory Ltd", "MERIDIAN ADVISORY LIMITED", "Meridian Advisory (HK) Ltd"]
    base = 0x9F3A_5C71_E28D_4B06
    for i in range(9):
        rows.append(
            _record(
                f"photo-{i}",
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                company=firms[i % 3],
                phash=base ^ (1 << rng.randrange(64)) ^ (1 << rng.randrange(64)),
                url=f"https://www.linkedin.com/in/meridian-{i}-a{i}b2c",
                text=f"We are building a team in {field()}, would you talk to us?",
                sector=rng.choice(SECTORS),
                when=when(),
            )
        )
    clients = ["a fund in Shanghai", "a family office", "an investor in Asia"]
    for i in range(8):
        rows.append(
            _record(
                f"template-{i}",
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                company=["Quantum Frontier Partners", "Quantum Frontiers Partner"][i % 2],
                text=TEMPLATE.format(
                    target=f"Dr {rng.choice(LAST)}",
                    client=rng.choice(clients),
                    fee=f"{rng.choice([2, 3, 5])},000",
                    field=field(),
                ),
                sector="quantum",
                when=when(),
            )
        )
    for _ in range(6):
        rows.append(
            _record(
                None,
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                contacts={"phones": ["+86 138 0013 8000"]},
                text=f"Call me on +86 138 0013 8000 about {field()} consulting, well paid.",
                sector=rng.choice(SECTORS),
                when=when(),
            )
        )
    big = ["Google", "Deloitte", "Hays", "Microsoft"]
    while len(rows) < n:
        i = len(rows)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        standard = "Hi, I came across your profile and would love to connect about a role."
        rows.append(
            _record(
                f"bg-{i}" if i % 9 else None,
                name=f"{first} {last}",
                company=rng.choice(big),
                phash=rng.getrandbits(64) if i % 3 else None,
                contacts={"emails": [f"{first}.{last}{i}@gmail.com".lower()]},
                text=standard if i % 4 == 0 else f"{standard} It is in {field()}, ref {i}.",
                sector=rng.choice(SECTORS),
                when=when(),
            )
        )
    rng.shuffle(rows)
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]], *, blank_every: int = 25) -> Path:
    """JSON Lines with a blank line now and then (skipped, as the in-process readers do)."""
    lines = []
    for k, row in enumerate(rows):
        if k % blank_every == 3:
            lines.append("")
        lines.append(json.dumps(row, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def batch(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["batch", *map(str, args)])
    return result.exit_code, result.stderr


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("batch") / "approaches.jsonl", corpus())


def expected_campaigns(
    path: Path, judgements: list[dict[str, Any]] | None = None, *, with_links: bool = False
) -> Any:
    return find_campaigns(read_approach_file(path), judgements).to_json(with_links=with_links)


def written_campaigns(out: Path) -> Any:
    document = json.loads((out / "campaigns.json").read_text("utf-8"))
    members = pq.read_table(out / "campaigns.parquet").to_pylist()
    assert members == [
        {"campaign_id": c["id"], "member": m} for c in document["campaigns"] for m in c["members"]
    ]
    return document


def in_process_error(path: Path) -> str:
    with pytest.raises(InvalidInput) as caught:
        read_approach_file(path)
    return str(caught.value)


def test_local_campaigns_equal_find_campaigns(data: Path, tmp_path: Path) -> None:
    code, stderr = batch("campaigns", data, "--out", tmp_path, "--blocksize", "8KB")
    assert code == 0, stderr
    expected = expected_campaigns(data)
    assert len(expected["campaigns"]) >= 4
    assert any(m.startswith("#") for c in expected["campaigns"] for m in c["members"])
    assert written_campaigns(tmp_path) == expected


def test_parquet_input_gives_the_same_campaigns(data: Path, tmp_path: Path) -> None:
    parquet = tmp_path / "approaches.parquet"
    code, stderr = batch("convert", data, parquet, "--rows-per-group", "40")
    assert code == 0, stderr
    assert pq.ParquetFile(parquet).metadata.num_row_groups == 8
    code, stderr = batch("campaigns", parquet, "--out", tmp_path / "out")
    assert code == 0, stderr
    assert written_campaigns(tmp_path / "out") == expected_campaigns(data)


def test_a_folder_of_files_is_one_input(data: Path, tmp_path: Path) -> None:
    lines = data.read_text("utf-8").splitlines(keepends=True)
    folder = tmp_path / "parts"
    folder.mkdir()
    for k, cut in enumerate(range(0, len(lines), 30)):
        (folder / f"part.{k}.jsonl").write_text("".join(lines[cut : cut + 30]), "utf-8")
    (folder / "_SUCCESS").write_text("", "utf-8")
    assert (folder / "part.10.jsonl").exists()
    code, stderr = batch("campaigns", folder, "--out", tmp_path / "out", "--blocksize", "10KB")
    assert code == 0, stderr
    # One input: part.10 after part.9, ids by position in the whole input.
    assert written_campaigns(tmp_path / "out") == expected_campaigns(data)
    part = lines[30:60]
    row = next(k for k in range(15, 30) if part[k].strip())
    part[row] = part[row].replace('"messages"', '"mess"')
    (folder / "part.1.jsonl").write_text("".join(part), "utf-8")
    code, stderr = batch("score", folder, "--out", tmp_path / "scores")
    assert code == 2
    assert f"{folder / 'part.1.jsonl'}:{row + 1}: field 'messages': missing" in stderr


def test_judgements_are_respected(data: Path, tmp_path: Path) -> None:
    judgements = [{"action": "exclude", "members": ["handle-0", "handle-1"]}]
    decisions = tmp_path / "decisions.jsonl"
    decisions.write_text("".join(json.dumps(j) + "\n" for j in judgements), "utf-8")
    code, stderr = batch(
        "campaigns", data, "--out", tmp_path / "out", "--judgements", decisions, "--links"
    )
    assert code == 0, stderr
    found = written_campaigns(tmp_path / "out")
    assert found == expected_campaigns(data, judgements, with_links=True)
    assert not any("handle-0" in c["members"] for c in found["campaigns"])


def test_local_scores_equal_the_assessor(data: Path, tmp_path: Path) -> None:
    rows = corpus(60)
    small = write_jsonl(tmp_path / "small.jsonl", rows)
    code, stderr = batch("score", small, "--out", tmp_path / "scores", "--blocksize", "6KB")
    assert code == 0, stderr
    parts = sorted((tmp_path / "scores").glob("part-*.parquet"))
    assert len(parts) > 1
    table = pq.read_table(tmp_path / "scores").sort_by("index").to_pylist()
    assessor = Assessor()
    approaches = read_approach_file(small)
    assert [r["index"] for r in table] == list(range(len(approaches)))
    for k, (row, approach) in enumerate(zip(table, approaches, strict=True)):
        expected = assessor.assess(approach)
        assert row["id"] == (approach.id or f"#{k}")
        assert (row["score"], row["level"], row["model"]) == (
            expected.score,
            expected.level,
            expected.model,
        )
        assert json.loads(row["findings"]) == [f.model_dump(mode="json") for f in expected.findings]


def test_a_malformed_line_is_an_error_naming_the_file_and_line(tmp_path: Path) -> None:
    lines = [json.dumps(r) for r in corpus(80)]
    lines[57] = '{"schema": "counterlink.approach/1", "messages": [}'
    lines.insert(10, "")
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    code, stderr = batch("campaigns", path, "--out", tmp_path / "out", "--blocksize", "4KB")
    assert code == 2
    assert f"{path}:59: malformed JSON Lines record" in stderr
    assert stderr.strip() == f"error: {in_process_error(path)}"
    assert "Traceback" not in stderr
    assert not (tmp_path / "out" / "campaigns.json").exists()


def test_a_bad_field_names_the_line_and_field(tmp_path: Path) -> None:
    rows = corpus(40)
    rows[30]["messages"][0]["sender"] = "bot"
    path = write_jsonl(tmp_path / "bad.jsonl", rows, blank_every=7)
    code, stderr = batch("score", path, "--out", tmp_path / "out", "--blocksize", "3KB")
    assert code == 2
    assert f"{path}:35: field 'messages[0].sender'" in stderr  # 4 blank lines before it
    assert stderr.strip() == f"error: {in_process_error(path)}"


def test_a_bad_parquet_row_is_named(tmp_path: Path) -> None:
    rows = corpus(30)
    rows[25].pop("schema")
    source = write_jsonl(tmp_path / "rows.jsonl", rows)
    lines = source.read_text("utf-8").splitlines()
    import pyarrow as pa

    pq.write_table(
        pa.table({"approach": [line for line in lines if line]}),
        tmp_path / "rows.parquet",
        row_group_size=10,
    )
    code, stderr = batch("campaigns", tmp_path / "rows.parquet", "--out", tmp_path / "out")
    assert code == 2
    assert "rows.parquet row 26: field 'schema': missing 'schema'" in stderr
    pq.write_table(pa.table({"text": ["{}"]}), tmp_path / "other.parquet")
    code, stderr = batch("campaigns", tmp_path / "other.parquet", "--out", tmp_path / "out")
    assert code == 2 and "needs a string column 'approach'" in stderr


def test_bytes_that_are_not_utf8_name_their_line(tmp_path: Path) -> None:
    lines = [json.dumps(r).encode() for r in corpus(20)]
    lines[12] = lines[12].replace(b'"text": "', b'"text": "caf\xe9 ')
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    code, stderr = batch("campaigns", path, "--out", tmp_path / "out", "--blocksize", "2KB")
    assert code == 2
    assert f"{path}:13: not UTF-8 text" in stderr
    assert stderr.strip() == f"error: {in_process_error(path)}"


def test_earlier_results_are_kept_unless_overwrite(data: Path, tmp_path: Path) -> None:
    (tmp_path / "campaigns.json").write_text("{}", "utf-8")
    code, stderr = batch("campaigns", data, "--out", tmp_path)
    assert code == 2 and "--overwrite" in stderr
    code, stderr = batch("campaigns", data, "--out", tmp_path, "--overwrite")
    assert code == 0, stderr


def test_usage_errors_are_one_line(data: Path, tmp_path: Path) -> None:
    code, stderr = batch("score", data, "--out", tmp_path, "--scheduler", "tcp://x:8786")
    assert code == 2 and "--scheduler needs --engine dask" in stderr
    code, stderr = batch("score", tmp_path / "missing.jsonl", "--out", tmp_path)
    assert code == 2 and "no such file" in stderr
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n\n", "utf-8")
    code, stderr = batch("campaigns", empty, "--out", tmp_path)
    assert code == 2 and "no approaches found" in stderr


def test_without_dask_the_dask_engine_says_what_to_install(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "counterlink.batch.dask_engine", raising=False)
    monkeypatch.setitem(sys.modules, "distributed", None)
    code, stderr = batch("campaigns", data, "--out", tmp_path, "--engine", "dask")
    assert code == 2
    assert "--engine dask needs Dask: install counterlink" in stderr
    assert "Traceback" not in stderr
    with pytest.raises(CounterlinkError, match=re.escape("install counterlink[dask]")):
        _dask_engine()


def test_without_pyarrow_batch_says_what_to_install(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(sys.modules, "counterlink.batch", raising=False)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, stderr = batch("score", data, "--out", tmp_path)
    assert code == 2 and "batch needs pyarrow: install counterlink" in stderr
    with pytest.raises(CounterlinkError, match=re.escape("install counterlink[dask]")):
        _batch()


def test_the_batch_command_and_the_local_engine_import_no_dask() -> None:
    code = (
        "import sys\n"
        "import counterlink.cli.batch, counterlink.batch, counterlink.campaigns\n"
        "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_sizes() -> None:
    assert parse_size("32MB") == 32_000_000
    assert parse_size("2GiB") == 2 * 1024**3
    assert parse_size("1.5 kb") == 1500
    assert parse_size("4096") == 4096
    with pytest.raises(Exception, match="not a size"):
        parse_size("lots")
