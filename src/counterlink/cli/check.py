"""`counterlink check`, `scan` and `schema`: assess approaches given as files, pasted text or a
LinkedIn data export, and print the approach/1 contract."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterlink.cli.output import (
    LEVELS,
    CommunityKeyOption,
    DatabaseOption,
    FailLevel,
    JsonOption,
    ModelOption,
    WatchlistOption,
    json_line,
    out,
    progress,
    user_errors,
    warn_problems,
)

if TYPE_CHECKING:
    from counterlink.assess import Assessor
    from counterlink.watchlist.match import Watchlist

# Verify the claimed employer (signals/employer.py); without it, $COUNTERLINK_REGISTRY if that
# file exists, else no employer check at all.
EmployerRegistryOption = Annotated[
    Path | None,
    typer.Option(
        "--registry",
        help="Verify each persona's claimed employer and its owners against this registry of "
        "company registers (`counterlink registers load`); default: $COUNTERLINK_REGISTRY if set.",
        show_default=False,
    ),
]


def register(app: typer.Typer) -> None:
    """Add `check`, `scan` and `schema` to the `counterlink` app."""
    app.command()(check)
    app.command()(scan)
    app.command()(schema)


class SchemaName(StrEnum):
    approach = "approach"
    finding = "finding"
    assessment = "assessment"


@user_errors
def check(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="approach/1 JSON or JSON Lines, an .eml, a .txt, a LinkedIn export, a saved "
            "LinkedIn profile PDF, a screenshot or a profile photo, or '-' to read standard "
            "input.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        str | None,
        typer.Option(
            "--text",
            "-t",
            help="Check this pasted message text; with files, as a message of the same "
            "approach (the profile PDF, screenshot or photo of who sent it).",
        ),
    ] = None,
    together: Annotated[
        bool,
        typer.Option(
            "--together",
            help="The files are pieces of ONE approach (a profile PDF, a screenshot of its "
            "messages, its photo): assess them as one.",
        ),
    ] = False,
    json_output: JsonOption = False,
    fail_on: Annotated[
        FailLevel | None,
        typer.Option(
            "--fail-on", help="Exit 1 if any approach reaches this level (for scripts and CI)."
        ),
    ] = None,
    model: ModelOption = None,
    watchlist: WatchlistOption = None,
    community_key: CommunityKeyOption = None,
    database: DatabaseOption = None,
    registry: EmployerRegistryOption = None,
) -> None:
    """Assess approaches: score, level, every finding with its evidence, and what to do.

    [bold]Examples[/]

      counterlink check --text "I can pay GBP 5,000 per report. Add me on WhatsApp."

      counterlink check approaches.jsonl --json

      counterlink check Profile.pdf --text "Could we continue on WeChat? I pay per report."

      counterlink check Profile.pdf screenshot.png photo.jpg --together

      pbpaste | counterlink check -

    `counterlink read` shows what was read from each file before you trust a score.
    """
    from counterlink.cli.inputs import read_inputs
    from counterlink.report import render_assessment

    approaches, _ = read_inputs(paths or [], text, together)
    assessor = _assessor(model, watchlist, database, community_key, registry)
    worst = -1
    for approach in approaches:
        assessment = assessor.assess(approach)
        worst = max(worst, LEVELS.index(assessment.level))
        if json_output:
            out.print(json_line(assessment), markup=False, soft_wrap=True)
        else:
            out.print(render_assessment(approach, assessment))
    if fail_on is not None and worst >= LEVELS.index(fail_on.value):
        raise typer.Exit(1)


def _assessor(
    model: Path | None,
    use: bool | None,
    database: str | None,
    key: Path | None,
    registry: Path | None,
) -> Assessor:
    from counterlink.assess import Assessor
    from counterlink.signals.employer import configured_registry

    watchlist = _watchlist(use, database, key)
    return Assessor.from_path(model, watchlist, configured_registry(registry))


def _watchlist(use: bool | None, database: str | None, key: Path | None) -> Watchlist | None:
    from counterlink.cli.watchlist import watchlist_for_check

    return watchlist_for_check(use, database, key)


@user_errors
def scan(
    export: Annotated[
        Path,
        typer.Argument(
            help="Your LinkedIn data export: the .zip LinkedIn sends, or its unpacked folder.",
            show_default=False,
        ),
    ],
    json_output: JsonOption = False,
    top: Annotated[
        int | None, typer.Option("--top", "-n", min=1, help="Show only the N riskiest.")
    ] = None,
    details: Annotated[
        int,
        typer.Option(
            "--details",
            min=0,
            help="Print the full report (evidence, advice) for this many of the riskiest "
            "high-level approaches.",
        ),
    ] = 3,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            help="Processes to assess with on large exports (0: one per CPU core).",
        ),
    ] = 0,
    model: ModelOption = None,
    watchlist: WatchlistOption = None,
    community_key: CommunityKeyOption = None,
    database: DatabaseOption = None,
    registry: EmployerRegistryOption = None,
) -> None:
    """Rank every approach in a LinkedIn data export, riskiest first. Nothing leaves your machine.

    Get the export from LinkedIn: Settings → Data privacy → Get a copy of your data
    (messages, invitations and connections are enough).

    [bold]Examples[/]

      counterlink scan ~/Downloads/Basic_LinkedInDataExport_11-28-2026.zip --top 20

      counterlink scan export/ --json | jq 'select(.level == "high")'
    """
    from counterlink.assess import assess_all
    from counterlink.errors import InvalidInput
    from counterlink.ingest.linkedin import count_message_rows, is_linkedin_export, read_export
    from counterlink.parallel import default_jobs
    from counterlink.report import print_level_summary, ranking_table, render_assessment

    if not export.exists():
        raise InvalidInput("no such file or folder", file=export)
    if not is_linkedin_export(export):
        raise InvalidInput(
            "not a LinkedIn data export: expected a .zip or folder with messages.csv or "
            "Invitations.csv (use `counterlink check` for other files)",
            file=export,
        )
    assessor = _assessor(model, watchlist, database, community_key, registry)
    total_rows = count_message_rows(export)
    with progress(not json_output, "reading export", total_rows) as advance:
        data = read_export(export, progress=advance)
    with progress(not json_output, "assessing", len(data.approaches)) as advance:
        assessments = assess_all(
            assessor, data.approaches, jobs=jobs or default_jobs(), advance=advance
        )
    results = list(zip(data.approaches, assessments, strict=True))
    results.sort(key=lambda pair: (-pair[1].score, pair[0].received_at or "", pair[0].id or ""))
    shown = results[:top] if top else results
    warn_problems(data.problems)
    if json_output:
        for approach, assessment in shown:
            persona = approach.persona
            extra = {
                "persona": {
                    "name": persona.name if persona else None,
                    "url": persona.url if persona else None,
                },
                "channel": approach.channel,
            }
            out.print(json_line(assessment, extra), markup=False, soft_wrap=True)
        return
    owner = data.owner.name or "the export's owner"
    out.print(
        f"Scanned [bold]{export}[/]: {len(results)} approaches to {owner} "
        f"from {data.rows_read} rows.",
    )
    out.print(ranking_table(shown, len(results)))
    print_level_summary(out, [a for _, a in results])
    for approach, assessment in [r for r in shown if r[1].level == "high"][:details]:
        out.print(render_assessment(approach, assessment))


@user_errors
def schema(
    name: Annotated[
        SchemaName, typer.Argument(help="Which contract to print.")
    ] = SchemaName.approach,
) -> None:
    """Print the JSON Schema of counterlink.approach/1 (or of a finding or an assessment)."""
    from counterlink.jsonschema import json_schema

    out.print(json.dumps(json_schema(name.value), indent=2), markup=False, soft_wrap=True)
