"""What `counterlink employer` shows and writes: the human tree, exit codes, the --graph
pictures and the --format bods|ftm exports, on a real registry file loaded from the fixtures."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from counterlink.cli import app
from counterlink.ownership.load import load_file
from counterlink.ownership.registry import Registry
from tests.ownership.conftest import FILES, FIXTURES

runner = CliRunner()
AS_OF = ["--as-of", "2026-12-01"]
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def registry_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reg") / "registry.duckdb"
    with Registry(path) as reg:
        for name in FILES:
            load_file(reg, FIXTURES / name)
    return path


def _run(registry_file: Path, *args: str) -> Any:
    argv = ["employer", *args, *AS_OF, "--registry", str(registry_file)]
    return runner.invoke(app, argv, env={"COLUMNS": "120"})


def test_the_tree_keeps_the_registers_case_and_aligns_the_lenses(registry_file: Path) -> None:
    result = _run(registry_file, "--number", "10000002")
    assert result.exit_code == 0, result.output
    text = result.stdout
    # The names exactly as the registers write them (upper case in basic data), never .title()d.
    assert "NORTHGATE ADVISORY LTD GB-COH-10000002: status active" in text
    assert "Northgate Advisory Ltd" not in text
    rows = [line for line in text.splitlines() if "majority" in line and "──" in line]
    assert len(rows) == 3
    # Each lens starts in the same column on every row, whatever the depth.
    for word in ("majority",):
        assert len({row.index(word) for row in rows}) == 1
    bob = next(r for r in rows if "Mr Bob Example" in r)
    assert re.search(r"person\s+25–56\.25%\s+majority yes\s+controls", bob)
    alice = next(r for r in rows if "Ms Alice Example" in r)
    assert re.search(r"person\s+12\.5–37\.5%\s+majority maybe\s+-", alice)


def test_a_company_without_a_name_is_not_named_by_its_id_twice(registry_file: Path) -> None:
    result = _run(registry_file, "--number", "10000004")
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert first.startswith("GB-COH-10000004 (name unknown): status unknown")
    assert first.count("GB-COH-10000004") == 1


def test_flags_come_riskiest_first_after_a_blank_line(registry_file: Path) -> None:
    result = _run(registry_file, "Quantum Bridge Consulting Ltd")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = lines.index("Flags, riskiest first:")
    assert lines[start - 1] == ""
    codes = [line.split(":")[0] for line in lines[start + 1 :] if not line.startswith(" ")]
    assert codes[0] == "ownership.state_linked"
    assert codes.index("ownership.state_linked") < codes.index("ownership.recent_change")
    evidence = lines[start + 2]
    assert evidence.startswith("  - ") and "look-through share 34.38–87.5%" in evidence


def test_an_incomplete_register_warns_on_stderr_after_a_blank_line(tmp_path: Path) -> None:
    cut = tmp_path / "psc-cut.jsonl"
    lines = (FIXTURES / "psc-snapshot.jsonl").read_text().splitlines(keepends=True)
    cut.write_text("".join(lines[:-1]))  # no totals trailer: a cut download
    loaded = runner.invoke(app, ["registers", "load", str(cut), "--registry", str(tmp_path / "r")])
    assert loaded.exit_code == 0, loaded.output
    result = runner.invoke(
        app, ["employer", "--number", "10000001", *AS_OF, "--registry", str(tmp_path / "r")]
    )
    assert result.exit_code == 0
    assert "\n\nwarning: incomplete registers: " in "\n" + result.stderr
    assert "warning" not in result.stdout


def test_fail_on_exits_1_only_when_a_flag_matches(registry_file: Path) -> None:
    state = ["--number", "10000001"]
    assert _run(registry_file, *state).exit_code == 0
    assert _run(registry_file, *state, "--fail-on", "ownership.state_linked").exit_code == 1
    assert _run(registry_file, *state, "--fail-on", "ownership").exit_code == 1
    assert _run(registry_file, *state, "--fail-on", "any").exit_code == 1
    assert _run(registry_file, *state, "--fail-on", "employer.dissolved").exit_code == 0
    # Not a prefix of a word: "owner" is not "ownership".
    assert _run(registry_file, *state, "--fail-on", "owner").exit_code == 0
    clean = ["--number", "10000003"]  # two individuals, nothing flagged
    assert _run(registry_file, *clean, "--fail-on", "any").exit_code == 0


def test_help_teaches_with_examples_and_exit_codes() -> None:
    result = runner.invoke(app, ["employer", "--help"], env={"COLUMNS": "120"})
    assert result.exit_code == 0
    for needle in ("--graph owners.html", "--format bods", "--fail-on", "Exit codes: 0"):
        assert needle in result.stdout


def test_user_errors_exit_2(registry_file: Path, tmp_path: Path) -> None:
    bad_graph = _run(registry_file, "--number", "10000001", "--graph", str(tmp_path / "x.png"))
    assert bad_graph.exit_code == 2 and "--graph" in bad_graph.output
    no_company = _run(registry_file, "Nonexistent Widgets Ltd", "--format", "bods")
    assert no_company.exit_code == 2 and "no company found" in no_company.output
    no_format = _run(registry_file, "--number", "10000001", "--out", str(tmp_path / "x.jsonl"))
    assert no_format.exit_code == 2 and "--format" in no_format.output


def _svg(path: Path) -> ET.Element:
    return ET.fromstring(path.read_text(encoding="utf-8"))


def test_graph_svg_draws_nodes_and_share_labelled_edges(
    registry_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "owners.svg"
    result = _run(registry_file, "Quantum Bridge Consulting Ltd", "--graph", str(out))
    assert result.exit_code == 0, result.output
    root = _svg(out)
    assert root.tag == f"{SVG}svg"
    nodes = [g for g in root.iter(f"{SVG}g") if "node" in (g.get("class") or "").split()]
    names = {"".join(g.itertext()) for g in nodes}
    assert any("QUANTUM BRIDGE CONSULTING" in n for n in names)
    linked = [g for g in nodes if "state-linked" in (g.get("class") or "")]
    assert linked and all("STATE-LINKED" in "".join(g.itertext()) for g in linked)
    edges = [g for g in root.iter(f"{SVG}g") if g.get("class") == "edge"]
    labels = [e.find(f"{SVG}text") for e in edges]
    assert edges and all(t is not None and re.search(r"%|unknown", t.text or "") for t in labels)
    assert "http://" not in out.read_text().replace("http://www.w3.org/2000/svg", "")


def test_graph_html_is_self_contained_with_the_json(registry_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "owners.html"
    result = _run(registry_file, "--number", "10000001", "--graph", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page.lower()
    assert not re.search(r"(src|href)=\"https?://", page)
    report = re.search(r'<pre id="report">(.*?)</pre>', page, re.S)
    assert report is not None
    import html

    data = json.loads(html.unescape(report.group(1)))
    assert data["flags"][0]["code"] == "ownership.state_linked"


def _lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_format_bods_statements_have_the_04_shape(registry_file: Path) -> None:
    result = _run(registry_file, "--number", "10000002", "--format", "bods")
    assert result.exit_code == 0, result.output
    statements = _lines(result.stdout)
    required = {"statementId", "declarationSubject", "recordId", "recordType", "recordDetails"}
    for s in statements:
        assert required <= set(s) and "statementDate" in s
        assert 32 <= len(s["statementId"]) <= 64
        assert s["publicationDetails"]["bodsVersion"] == "0.4"
        assert s["declarationSubject"] == "GB-COH-10000002"
    stated = {s["recordId"] for s in statements if s["recordType"] != "relationship"}
    rels = [s for s in statements if s["recordType"] == "relationship"]
    assert len(rels) == 3
    for r in rels:
        d = r["recordDetails"]
        assert d["subject"] in stated and d["interestedParty"] in stated
        assert r["source"]["url"].startswith("https://api.company-information.service.gov.uk")
    # NORTHGATE HOLDINGS owns 50–75 %: an open range, (50, 75) as BODS writes it.
    holding = next(r for r in rels if r["recordDetails"]["interestedParty"] == "GB-COH-10000003")
    shares = [i for i in holding["recordDetails"]["interests"] if i["type"] == "shareholding"]
    assert shares[0]["share"] == {"exclusiveMinimum": 50.0, "exclusiveMaximum": 75.0}
    assert shares[0]["startDate"]


def test_format_bods_validates_against_the_04_schema(registry_file: Path) -> None:
    # The schema (Apache-2.0, openownership/data-standard) is read where a checkout has it,
    # never copied into this repository.
    schema_dir = Path(__file__).parents[3] / "shared" / "datasets" / "bods" / "schema"
    if not (schema_dir / "statement.json").is_file():
        pytest.skip("the BODS 0.4 schema is not available here")
    from jsonschema import Draft202012Validator
    from referencing import Registry as Refs
    from referencing import Resource

    docs = [json.loads(p.read_text()) for p in schema_dir.glob("*.json")]
    resources = [(d["$id"], Resource.from_contents(d)) for d in docs if "$id" in d]
    refs = Refs().with_resources(resources)
    statement = next(d for d in docs if d.get("$id") == "urn:statement")
    validator = Draft202012Validator(statement, registry=refs)
    for number in ("10000001", "10000002", "10000004"):
        result = _run(registry_file, "--number", number, "--format", "bods")
        statements = _lines(result.stdout)
        errors = [e.message for e in validator.iter_errors(statements)]
        assert errors == [], errors[:3]


def test_format_ftm_entities_validate_through_the_model(
    registry_file: Path, tmp_path: Path
) -> None:
    from followthemoney import model

    out = tmp_path / "owners.ftm.jsonl"
    result = _run(registry_file, "--number", "10000001", "--format", "ftm", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    entities = _lines(out.read_text())
    proxies = [model.get_proxy(e) for e in entities]  # raises on an unknown schema or property
    schemata = sorted({p.schema.name for p in proxies})
    assert schemata == ["Company", "Ownership", "PublicBody"]
    ownership = next(p for p in proxies if p.schema.name == "Ownership")
    assert ownership.get("percentage") == ["75–100%"]
    assert ownership.get("startDate")
    ids = {p.id for p in proxies}
    assert set(ownership.get("owner")) <= ids and set(ownership.get("asset")) <= ids
    state = next(p for p in proxies if p.schema.name == "PublicBody")
    assert state.get("name") == ["Ministry Of Industry Of Examplestan"]
    assert "gov.national" in state.get("topics")
