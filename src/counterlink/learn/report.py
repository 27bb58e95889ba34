"""Rich tables for ``counterlink eval`` (the edge: the figures come from ``evaluate``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

FIGURES = (
    ("macro_f1", "macro-F1"),
    ("malicious_f1", "malicious F1"),
    ("auc", "AUC"),
    ("brier", "Brier ↓"),
    ("ece", "ECE ↓"),
)


def _num(value: Any, digits: int = 3) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _figures_table(title: str, rows: list[tuple[str, dict[str, Any]]], first: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first)
    table.add_column("n", justify="right")
    for _, heading in FIGURES:
        table.add_column(heading, justify="right")
    for name, figures in rows:
        table.add_row(name, _num(figures["n"]), *(_num(figures[key]) for key, _ in FIGURES))
    return table


def render_evaluation(report: dict[str, Any]) -> Iterator[RenderableType]:
    """Yield the report's tables in reading order; ``report`` is ``EvaluationReport.as_json()``."""
    files = ", ".join(f["name"] for f in report["data"])
    yield Text.assemble(
        ("Evaluated ", ""),
        (report["model"]["name"], "bold"),
        (f" on {files}: {report['n']} approaches ", ""),
        (f"({report['malicious']} malicious, {report['benign']} benign).", ""),
    )
    method = report["baselines"]["method"]
    fitted = method["fitted_on"]
    fitted_text = fitted if isinstance(fitted, str) else ", ".join(fitted)
    rows = [
        ("model", report["conversation"]),
        ("length only", report["baselines"]["length"]),
        ("TF-IDF + LR", report["baselines"]["tfidf"]),
    ]
    yield _figures_table("Conversations (F1 at score ≥ 0.5; ECE over 10 bins)", rows, "")
    note = f"Baselines fitted on {fitted_text}: {method['how']}."
    if "note" in method:
        note += f" {method['note'].capitalize()}."
    yield Text(note, style="dim")

    yield _threshold_table(report)
    yield _level_table(report["levels"])

    early = [(f"first {k} ({v['shortened']} cut)", v) for k, v in report["early_detection"].items()]
    early.append(("all", report["conversation"]))
    yield _figures_table(
        "Early detection: the model given only the first N messages", early, "messages"
    )

    if report["scenarios"]:
        yield _scenario_table(report["scenarios"], report.get("by", "scenario"))
    if report["message_level"] is not None:
        yield _message_table(report["message_level"])
    yield _reliability_table(report["reliability"], report["conversation"]["ece"])


def _threshold_table(report: dict[str, Any]) -> Table:
    table = Table(title="At the level thresholds", title_justify="left")
    for heading in ("level", "score ≥", "malicious missed", "benign flagged"):
        table.add_column(heading, justify="right" if heading != "level" else "left")
    for level, row in report["thresholds"].items():
        missed = f"{row['malicious_missed']}/{report['malicious']}"
        flagged = f"{row['benign_flagged']}/{report['benign']}"
        table.add_row(
            level,
            _num(row["threshold"], 4),
            f"{missed} ({_percent(row['malicious_missed_rate'])})",
            f"{flagged} ({_percent(row['benign_flagged_rate'])})",
        )
    return table


def _level_table(levels: dict[str, dict[str, int]]) -> Table:
    table = Table(title="Levels given", title_justify="left")
    for heading in ("label", "low", "medium", "high"):
        table.add_column(heading, justify="right" if heading != "label" else "left")
    for label, row in levels.items():
        table.add_row(label, *(str(row[level]) for level in ("low", "medium", "high")))
    return table


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"


def _scenario_table(scenarios: dict[str, dict[str, Any]], by: str) -> Table:
    table = Table(title=f"By {by} (accuracy where a group has one class)")
    table.title_justify = "left"
    for heading in (by, "n", "malicious", "macro-F1", "accuracy", "mean score"):
        table.add_column(heading, justify="left" if heading == by else "right")
    for name, row in scenarios.items():
        table.add_row(
            name,
            str(row["n"]),
            str(row["malicious"]),
            _num(row.get("macro_f1")),
            _num(row.get("accuracy")),
            _num(row["mean_score"]),
        )
    return table


def _message_table(level: dict[str, Any]) -> Table:
    table = Table(
        title=f"Sensitive requests, per persona message ({level['conversations']} annotated "
        f"conversations, {level['persona_messages']} persona messages)",
        title_justify="left",
    )
    for heading in ("annotated", "flagged", "correct", "precision", "recall", "F1"):
        table.add_column(heading, justify="right")
    table.add_row(
        str(level["annotated"]),
        str(level["flagged"]),
        str(level["tp"]),
        _num(level["precision"]),
        _num(level["recall"]),
        _num(level["f1"]),
    )
    return table


def _reliability_table(bins: list[dict[str, Any]], ece: float | None) -> Table:
    table = Table(title=f"Reliability (ECE {_num(ece)})", title_justify="left")
    for heading in ("score bin", "n", "mean score", "malicious rate"):
        table.add_column(heading, justify="right")
    for b in bins:
        table.add_row(
            f"{b['lower']:.1f}–{b['upper']:.1f}",
            str(b["n"]),
            _num(b["mean_score"]),
            _num(b["malicious_rate"]),
        )
    return table
