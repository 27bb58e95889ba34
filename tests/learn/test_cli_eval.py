"""`counterlink eval` driven in-process with the shipped model: tables, JSON, plot, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from counterlink.cli import app
from counterlink.schema import APPROACH_SCHEMA

runner = CliRunner()

HOSTILE = [
    "Dear Dr {n}, I am a senior consultant for a client in Asia. We pay GBP 5,000 per report on "
    "insights that are not yet public. Please keep this between us.",
    "Hello {n}, our think tank invites you to Beijing, all expenses paid. Add me on WhatsApp "
    "+86 138 0013 8000 so we can talk more freely.",
    "Hi {n}, could you send me the project files and a list of colleagues on the programme? "
    "My client pays in USDT. Please don't tell your employer.",
]
GENUINE = [
    "Hi {n}, I'm a recruiter at Hays working with Arm on a Senior Verification Engineer role in "
    "Cambridge (salary £85-95k, hybrid). Would you be open to a quick call next week?",
    "Hello {n}, great talk at the conference yesterday. Would you share the slides when they "
    "are public? Thanks for the discussion.",
    "Hi {n}, we met at the team offsite. Let me know if you want to grab a coffee next week.",
]
NAMES = ["Moreton", "Evans", "Patel", "Okafor"]


def _row(label: str, text: str, scenario: str, **extra: Any) -> dict[str, Any]:
    return {
        "schema": APPROACH_SCHEMA,
        "messages": [
            {"sender": "persona", "text": text},
            {"sender": "target", "text": "Thanks, tell me more."},
            {"sender": "persona", "text": "Of course, talk soon."},
        ],
        "label": label,
        "annotations": {"scenario": scenario},
        **extra,
    }


def write_data(folder: Path) -> Path:
    rows = [_row("malicious", t.format(n=n), "hostile") for t in HOSTILE for n in NAMES[:2]]
    rows += [_row("benign", t.format(n=n), "genuine") for t in GENUINE for n in NAMES[:2]]
    rows[0]["annotations"]["sensitive_info_requests"] = [{"message": 0, "types": ["Research"]}]
    path = folder / "eval.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_eval_tables(tmp_path: Path) -> None:
    code, out, _ = run("eval", "--data", str(write_data(tmp_path)))
    assert code == 0
    out = " ".join(out.split())  # tables wrap to the terminal's width
    for heading in ("macro-F1", "length only", "TF-IDF", "cross-validation", "malicious missed"):
        assert heading in out
    assert "Early detection" in out and "By scenario" in out and "Sensitive requests" in out


def test_eval_json_schema_and_determinism(tmp_path: Path) -> None:
    data = str(write_data(tmp_path))
    code, out, _ = run("eval", "--data", data, "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) == {
        "data",
        "model",
        "n",
        "malicious",
        "benign",
        "conversation",
        "reliability",
        "scenarios",
        "by",
        "levels",
        "early_detection",
        "message_level",
        "thresholds",
        "baselines",
    }
    figures = {"n", "macro_f1", "malicious_f1", "auc", "brier", "ece"}
    assert set(report["conversation"]) == figures
    assert set(report["early_detection"]) == {"1", "3", "5", "7"}
    assert set(report["early_detection"]["1"]) == figures | {"shortened"}
    assert set(report["baselines"]["length"]) == figures == set(report["baselines"]["tfidf"])
    assert set(report["thresholds"]) == {"medium", "high"}
    assert len(report["reliability"]) == 10
    assert set(report["scenarios"]) == {"hostile", "genuine"} and report["by"] == "scenario"
    levels = report["levels"]
    assert sum(levels["malicious"].values()) == report["malicious"]
    assert sum(levels["benign"].values()) == report["benign"]
    assert report["message_level"]["conversations"] == 1
    assert report["n"] == 12 and report["model"]["name"].startswith("counterlink")
    assert run("eval", "--data", data, "--json")[1] == out


def test_eval_plot_is_png(tmp_path: Path) -> None:
    plot = tmp_path / "r.png"
    code, out, _ = run("eval", "--data", str(write_data(tmp_path)), "--plot", str(plot))
    assert code == 0 and str(plot) in out.replace("\n", "")
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_eval_with_train_files(tmp_path: Path) -> None:
    data = str(write_data(tmp_path))
    code, out, _ = run("eval", "--data", data, "--train", data, "--json")
    assert code == 0
    assert json.loads(out)["baselines"]["method"]["fitted_on"] == ["eval.jsonl"]


def test_eval_unlabelled_record_exits_2_naming_file_line_field(tmp_path: Path) -> None:
    path = write_data(tmp_path)
    lines = path.read_text("utf-8").splitlines()
    unlabelled = json.loads(lines[2])
    del unlabelled["label"]
    lines[2] = json.dumps(unlabelled)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    code, _, err = run("eval", "--data", str(path))
    assert code == 2
    message = " ".join(err.split())
    assert "eval.jsonl:3" in message and "'label'" in message and "Traceback" not in err


def test_eval_missing_file_exits_2(tmp_path: Path) -> None:
    code, _, err = run("eval", "--data", str(tmp_path / "nope.jsonl"))
    assert code == 2 and "nope.jsonl" in err
