"""The command line driven in-process: output, JSON Lines, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from counterlink.cli import app
from counterlink.jsonschema import json_schema

DEMO = Path(__file__).resolve().parents[1] / "src" / "counterlink" / "demo" / "linkedin-export"
HOSTILE = (
    "Dear Dr Moreton, I am a senior consultant for a client in Asia. We pay GBP 5,000 per "
    "report on insights that are not yet public. Please keep this between us and add me on "
    "WhatsApp +86 138 0013 8000 so we can talk more freely."
)
GENUINE = (
    "Hi Alice, I'm a recruiter at Hays working with Arm on a Senior Verification Engineer role "
    "in Cambridge (salary £85-95k, hybrid). Would you be open to a quick call next week?"
)
runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_check_text_reports_level_findings_and_advice() -> None:
    code, out, _ = run("check", "--text", HOSTILE)
    assert code == 0
    assert "HIGH" in out
    assert "message.paid_insight" in out
    assert "Report:" in out


def test_check_json_lines_contract() -> None:
    code, out, _ = run("check", "--text", HOSTILE, "--json")
    assert code == 0
    [line] = out.strip().splitlines()
    record = json.loads(line)
    assert set(record) >= {"id", "score", "level", "findings", "advice", "model"}
    assert 0.0 <= record["score"] <= 1.0 and record["level"] == "high"
    finding = record["findings"][0]
    assert set(finding) == {
        "code",
        "category",
        "weight",
        "title",
        "strength",  # 1 for a rule; a learned detector may grade its finding
        "evidence",
        "guidance",
        "attack",
        "source",  # None unless a partner's watchlist says so
    }
    assert finding["source"] is None
    weights = [f["weight"] for f in record["findings"]]
    assert weights == sorted(weights, reverse=True)
    ev = finding["evidence"][0]
    assert HOSTILE[ev["start"] : ev["end"]] == ev["excerpt"]


def test_fail_on_sets_exit_code_one_only_when_met() -> None:
    assert run("check", "--text", HOSTILE, "--fail-on", "high")[0] == 1
    assert run("check", "--text", GENUINE, "--fail-on", "high")[0] == 0
    assert run("check", "--text", GENUINE)[0] == 0


def test_check_reads_stdin_text_and_json() -> None:
    code, out, _ = run("check", "-", "--json", stdin=HOSTILE)
    assert code == 0 and json.loads(out)["level"] == "high"
    record = {
        "schema": "counterlink.approach/1",
        "id": "from-stdin",
        "messages": [{"sender": "persona", "text": GENUINE}],
    }
    code, out, _ = run("check", "-", "--json", stdin=json.dumps(record))
    assert code == 0 and json.loads(out)["id"] == "from-stdin"


def test_check_file_of_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    rows = [
        {
            "schema": "counterlink.approach/1",
            "id": i,
            "messages": [{"sender": "persona", "text": t}],
        }
        for i, t in (("a", HOSTILE), ("b", GENUINE))
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    code, out, _ = run("check", str(path), "--json")
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "b"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"schema": "counterlink.approach/1", "messages": [}\n', ":1: malformed JSON"),
        ('{"schema": "counterlink.approach/9", "messages": []}\n', "unknown schema version"),
        ('{"schema": "counterlink.approach/1", "messages": "hi"}\n', "field 'messages'"),
        ("", "empty input"),
    ],
)
def test_bad_input_is_one_line_and_exit_two(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    code, out, err = run("check", str(path))
    assert code == 2
    assert out == ""
    assert expected in err and str(path) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_path_and_nothing_to_check() -> None:
    code, _, err = run("check", "/no/such/file.jsonl")
    assert code == 2 and "no such file" in err
    code, _, err = run("check")
    assert code == 2 and "nothing to check" in err


def test_usage_errors_exit_two() -> None:
    assert run("check", "--no-such-option")[0] == 2
    assert run("check", "--text", "x", "--fail-on", "extreme")[0] == 2


def test_scan_demo_ranks_riskiest_first() -> None:
    code, out, _ = run("scan", str(DEMO), "--json")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) >= 20
    scores = [r["score"] for r in records]
    assert scores == sorted(scores, reverse=True)
    assert records[0]["level"] == "high"
    assert set(records[0]["persona"]) == {"name", "url"} and records[0]["channel"] == "linkedin"
    assert sum(r["level"] == "low" for r in records) > len(records) / 2


def test_scan_top_and_readable_report() -> None:
    code, out, _ = run("scan", str(DEMO), "--top", "5")
    assert code == 0
    assert "riskiest first" in out and "5 of" in out
    code, out, _ = run("scan", str(DEMO), "--json", "--top", "3")
    assert len(out.splitlines()) == 3


def test_scan_refuses_what_is_not_an_export(tmp_path: Path) -> None:
    code, _, err = run("scan", str(tmp_path))
    assert code == 2 and "not a LinkedIn data export" in err


def test_schema_prints_the_approach_json_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out) == json_schema("approach")
    code, out, _ = run("schema", "assessment")
    assert json.loads(out)["title"] == "Assessment"


def test_help_teaches_with_examples() -> None:
    code, out, _ = run("check", "--help")
    assert code == 0 and "Examples" in out and "--fail-on" in out


def _copy_demo(tmp_path: Path) -> Path:
    import shutil

    folder = tmp_path / "export"
    shutil.copytree(DEMO, folder)
    return folder


def test_scan_reads_the_zip_linkedin_sends(tmp_path: Path) -> None:
    import shutil

    archive = shutil.make_archive(
        str(tmp_path / "Basic_LinkedInDataExport_11-28-2026"), "zip", DEMO
    )
    code, out, _ = run("scan", archive, "--json")
    folder_code, folder_out, _ = run("scan", str(DEMO), "--json")
    assert code == folder_code == 0
    assert [json.loads(x)["id"] for x in out.splitlines()] == [
        json.loads(x)["id"] for x in folder_out.splitlines()
    ]


def test_scan_of_an_export_missing_a_required_column(tmp_path: Path) -> None:
    folder = _copy_demo(tmp_path)
    messages = folder / "messages.csv"
    text = messages.read_text("utf-8-sig")
    messages.write_text(text.replace('"CONTENT"', '"BODY"', 1), "utf-8")
    code, out, err = run("scan", str(folder))
    assert code == 2 and out == ""
    assert "messages.csv" in err and "CONTENT" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_partly_unreadable_export_is_never_reported_as_clean(tmp_path: Path) -> None:
    folder = _copy_demo(tmp_path)
    messages = folder / "messages.csv"
    with messages.open("a", encoding="utf-8", newline="") as handle:
        handle.write('"broken row with too few fields","x"\r\n')
    code, out, err = run("scan", str(folder), "--json")
    assert code == 0
    assert len(out.splitlines()) >= 20
    assert "could not be read" in err and "NOT in this report" in err
    assert "messages.csv:" in err


def test_a_zip_bomb_is_refused_quickly(tmp_path: Path) -> None:
    import zipfile

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("messages.csv", b"\0" * (300 << 20))
    code, _, err = run("scan", str(bomb))
    assert code == 2 and "bomb.zip" in err and "Traceback" not in err


def test_parallel_assessment_gives_the_same_results() -> None:
    from counterlink.assess import Assessor, assess_all
    from counterlink.ingest.linkedin import read_export

    approaches = read_export(DEMO).approaches
    assessor = Assessor()
    serial = assess_all(assessor, approaches, jobs=1)
    parallel = assess_all(assessor, approaches, jobs=2, min_parallel=1)
    assert [a.model_dump() for a in parallel] == [a.model_dump() for a in serial]
    code, out, _ = run("scan", str(DEMO), "--json", "--jobs", "2")
    assert code == 0 and len(out.splitlines()) == len(approaches)
