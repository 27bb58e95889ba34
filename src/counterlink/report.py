"""Human-readable rendering of assessments with rich (the CLI's text output)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from counterlink.schema import Approach, Assessment, Finding

LEVEL_STYLE = {"high": "bold white on red", "medium": "bold black on yellow", "low": "bold green"}
MAX_EVIDENCE_SHOWN = 3
EXCERPT_LIMIT = 220


def level_badge(level: str) -> Text:
    return Text(f" {level.upper()} ", style=LEVEL_STYLE[level])


def persona_label(approach: Approach) -> str:
    persona = approach.persona
    name = persona.name if persona and persona.name else "(unknown sender)"
    headline = persona.headline if persona and persona.headline else None
    return f"{name} — {headline}" if headline else name


def short_code(code: str) -> str:
    """'message.paid_insight' → 'paid insight': enough for a table cell."""
    return code.split(".", 1)[-1].replace("_", " ")


def _clip(text: str, limit: int = EXCERPT_LIMIT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def render_assessment(approach: Approach, assessment: Assessment) -> Panel:
    """One approach: score and level, each finding with its cited evidence, then advice."""
    head = Text.assemble(
        level_badge(assessment.level),
        f"  risk {assessment.score:.0%}  ",
        (persona_label(approach), "bold"),
    )
    if assessment.category == "unwanted":
        head.append("  ordinary unwanted traffic, not a state approach", style="italic")
    parts: list[Text | Table] = [head]
    # Red flags first; reassuring signs and unwanted-traffic findings apart, so that a
    # reassuring sign is seen beside the flags it weighs against, never instead of them.
    sections = (
        ("Red flags", [f for f in assessment.findings if f.category not in _APART]),
        ("Reassuring signs", [f for f in assessment.findings if f.category == "reassurance"]),
        ("Unwanted traffic", [f for f in assessment.findings if f.category == "unwanted"]),
    )
    for heading, findings in sections:
        if findings:
            parts.append(Text(heading, style="bold underline"))
            parts.append(_findings_table(findings))
    if not assessment.findings:
        parts.append(Text("No findings.", style="dim"))
    parts.append(Text("What to do", style="bold underline"))
    for line in assessment.advice:
        parts.append(Text(f"• {line}"))
    title = f"{approach.id or 'approach'}"
    return Panel(Group(*parts), title=title, title_align="left", subtitle=assessment.model)


# Findings that are never red flags (counterlink.assess.APART, which this edge may not import).
_APART = ("reassurance", "unwanted")


def _findings_table(findings: Sequence[Finding]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, expand=True)
    table.add_column("weight", justify="right", width=6)
    table.add_column("finding and evidence", ratio=1)
    for finding in findings:
        # A finding the model gives no weight is still shown, but as context, not as a flag.
        cell = Text(finding.title, style="bold" if finding.weight != 0 else "dim")
        cell.append(f"  [{finding.code}]", style="dim")
        for ev in finding.evidence[:MAX_EVIDENCE_SHOWN]:
            cell.append(f"\n  {ev.field}: ", style="dim")
            cell.append(f"“{_clip(ev.excerpt)}”", style="yellow")
        hidden = len(finding.evidence) - MAX_EVIDENCE_SHOWN
        if hidden > 0:
            cell.append(f"\n  … and {hidden} more", style="dim")
        if finding.guidance:
            cell.append("\n  guidance: " + "; ".join(finding.guidance), style="cyan")
        if finding.attack:
            cell.append(f"  ATT&CK {finding.attack}", style="cyan")
        table.add_row(f"{finding.weight:+.2f}", cell)
    return table


def ranking_table(rows: Sequence[tuple[Approach, Assessment]], total: int) -> Table:
    """The scan's ranked list: riskiest first."""
    shown = len(rows)
    caption = f"{shown} of {total} approaches" if shown < total else f"{total} approaches"
    table = Table(title="Approaches, riskiest first", caption=caption, expand=True)
    table.add_column("#", justify="right")
    table.add_column("risk", justify="right")
    table.add_column("level")
    table.add_column("from", ratio=2)
    table.add_column("received")
    table.add_column("strongest findings", ratio=3)
    for rank, (approach, assessment) in enumerate(rows, start=1):
        top = [short_code(f.code) for f in assessment.findings if f.weight > 0][:4]
        if assessment.category == "unwanted":  # spam is named so, not ranked as an approach
            top = ["unwanted traffic: " + short_code(next(_unwanted(assessment)).code), *top[:3]]
        table.add_row(
            str(rank),
            f"{assessment.score:.0%}",
            level_badge(assessment.level),
            _clip(persona_label(approach), 60),
            (approach.received_at or "")[:10],
            " · ".join(top) or "—",
        )
    return table


def _unwanted(assessment: Assessment) -> Iterator[Finding]:
    return (f for f in assessment.findings if f.category == "unwanted")


def print_level_summary(console: Console, assessments: Sequence[Assessment]) -> None:
    counts = {level: 0 for level in ("high", "medium", "low")}
    for assessment in assessments:
        counts[assessment.level] += 1
    console.print(
        Text.assemble(
            "Levels: ",
            level_badge("high"),
            f" {counts['high']}  ",
            level_badge("medium"),
            f" {counts['medium']}  ",
            level_badge("low"),
            f" {counts['low']}",
        )
    )
