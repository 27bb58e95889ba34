"""The `counterlink` command: a thin typer front end over the core.

Exit codes: 0 ran; 1 only when ``--fail-on`` is met; 2 bad input or usage.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from counterlink import __version__
from counterlink.errors import CounterlinkError

if TYPE_CHECKING:
    from counterlink.watchlist.match import Watchlist

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="counterlink",
    help=(
        "Screen hostile approaches on professional networks (fake recruiters, consultancies, "
        "think tanks): assess an approach with evidence for every finding, or scan your own "
        "LinkedIn data export. Everything runs offline."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

LEVELS = ("low", "medium", "high")


class FailLevel(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"


class SchemaName(StrEnum):
    approach = "approach"
    finding = "finding"
    assessment = "assessment"


def user_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn a CounterlinkError into one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except CounterlinkError as exc:
            # Escaped: a message may hold brackets ("install counterlink[dask]", a file name).
            err.print(f"[bold red]error:[/] {escape(str(exc))}", markup=True, soft_wrap=True)
            raise typer.Exit(2) from None

    return wrapper


ModelOption = Annotated[
    Path | None,
    typer.Option(
        "--model",
        help="Folder of a model made by `counterlink train` (default: the shipped model).",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Write JSON Lines, one object per approach, to stdout.")
]
DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        envvar="COUNTERLINK_DATABASE_URL",
        help="Database URL (default: a SQLite file in the user data folder).",
        show_default=False,
    ),
]
WatchlistOption = Annotated[
    bool | None,
    typer.Option(
        "--watchlist/--no-watchlist",
        help="Match against the partner watchlist in the database (default: when there is "
        "one; --watchlist: fail if it cannot be read).",
        show_default=False,
    ),
]
CommunityKeyOption = Annotated[
    Path | None,
    typer.Option(
        "--community-key",
        help="File holding the community key, to match hashed (private) watchlist entries "
        "(default: $COUNTERLINK_COMMUNITY_KEY).",
        show_default=False,
    ),
]


def _version(value: bool) -> None:
    if value:
        out.print(f"counterlink {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """counterlink: screen approaches, explain every finding, advise what to do."""


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CounterlinkError(
            f"stdin is not UTF-8 text (byte offset {exc.start})", file="<stdin>"
        ) from None


def _load_for_check(path: str | None, text: str | None) -> tuple[list[Any], int]:
    """Approaches to check, and the number of export rows that could not be read."""
    from counterlink.ingest import read_path
    from counterlink.ingest.approach_json import parse_approach_text
    from counterlink.ingest.text import approach_from_text

    if text is not None:
        if path is not None:
            raise CounterlinkError("give either a PATH or --text, not both")
        return [approach_from_text(text, source="--text")], 0
    if path is None:
        raise CounterlinkError(
            "nothing to check: give a PATH, '-' for standard input, or --text \"...\""
        )
    if path == "-":
        data = _read_stdin()
        if data.lstrip().startswith(("{", "[")):
            return parse_approach_text(data, "<stdin>"), 0
        return [approach_from_text(data, source="<stdin>")], 0
    file = Path(path)
    if file.suffix.lower() == ".txt" and file.is_file():
        try:
            content = file.read_text("utf-8-sig")
        except UnicodeDecodeError:
            raise CounterlinkError("not UTF-8 text", file=file) from None
        return [approach_from_text(content, source=file.name)], 0
    loaded = read_path(file)
    _warn_problems(loaded.problems)
    return loaded.approaches, loaded.rows_lost


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _warn_problems(problems: list[Any], limit: int = 10) -> None:
    if not problems:
        return
    lost = sum(1 for p in problems if p.lost)
    if lost:
        err.print(
            f"[bold yellow]warning:[/] {_count(lost, 'row')} could not be read and "
            f"{'is' if lost == 1 else 'are'} NOT in this report; the export was only partly "
            "checked:",
            markup=True,
        )
    else:
        err.print(f"[yellow]warning:[/] {_count(len(problems), 'value')} repaired or left empty:")
    for problem in problems[:limit]:
        row = f":{problem.row}" if problem.row is not None else ""
        field = f" ({problem.field})" if problem.field else ""
        err.print(f"  {problem.file}{row}{field}: {problem.message}", markup=False)
    if len(problems) > limit:
        err.print(f"  … and {len(problems) - limit} more")


def _json_line(assessment: Any, extra: dict[str, Any] | None = None) -> str:
    record = assessment.model_dump(mode="json")
    if extra:
        record.update(extra)
    return json.dumps(record, ensure_ascii=False)


@app.command()
@user_errors
def check(
    path: Annotated[
        str | None,
        typer.Argument(
            help="approach/1 JSON or JSON Lines, an .eml, a .txt, a LinkedIn export, "
            "or '-' to read standard input.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", "-t", help="Check this pasted message text.")
    ] = None,
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
) -> None:
    """Assess approaches: score, level, every finding with its evidence, and what to do.

    [bold]Examples[/]

      counterlink check --text "I can pay GBP 5,000 per report. Add me on WhatsApp."

      counterlink check approaches.jsonl --json

      pbpaste | counterlink check -
    """
    from counterlink.assess import Assessor
    from counterlink.report import render_assessment

    approaches, _ = _load_for_check(path, text)
    if not approaches:
        raise CounterlinkError("no approaches found in the input", file=path)
    assessor = Assessor.from_path(model, _watchlist(watchlist, database, community_key))
    worst = -1
    for approach in approaches:
        assessment = assessor.assess(approach)
        worst = max(worst, LEVELS.index(assessment.level))
        if json_output:
            out.print(_json_line(assessment), markup=False, soft_wrap=True)
        else:
            out.print(render_assessment(approach, assessment))
    if fail_on is not None and worst >= LEVELS.index(fail_on.value):
        raise typer.Exit(1)


def _watchlist(use: bool | None, database: str | None, key: Path | None) -> Watchlist | None:
    from counterlink.cli_watchlist import watchlist_for_check

    return watchlist_for_check(use, database, key)


@contextmanager
def _progress(
    enabled: bool, description: str, total: int | None
) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr (only on a terminal); yields an ``advance(n)`` callback."""
    if not enabled or not err.is_terminal:
        yield lambda _n: None
        return
    with Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)


@app.command()
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
) -> None:
    """Rank every approach in a LinkedIn data export, riskiest first. Nothing leaves your machine.

    Get the export from LinkedIn: Settings → Data privacy → Get a copy of your data
    (messages, invitations and connections are enough).

    [bold]Examples[/]

      counterlink scan ~/Downloads/Basic_LinkedInDataExport_11-28-2026.zip --top 20

      counterlink scan export/ --json | jq 'select(.level == "high")'
    """
    from counterlink.assess import Assessor
    from counterlink.errors import InvalidInput
    from counterlink.ingest.linkedin import count_message_rows, is_linkedin_export, read_export
    from counterlink.parallel import assess_all, default_jobs
    from counterlink.report import print_level_summary, ranking_table, render_assessment

    if not export.exists():
        raise InvalidInput("no such file or folder", file=export)
    if not is_linkedin_export(export):
        raise InvalidInput(
            "not a LinkedIn data export: expected a .zip or folder with messages.csv or "
            "Invitations.csv (use `counterlink check` for other files)",
            file=export,
        )
    assessor = Assessor.from_path(model, _watchlist(watchlist, database, community_key))
    total_rows = count_message_rows(export)
    with _progress(not json_output, "reading export", total_rows) as advance:
        data = read_export(export, progress=advance)
    with _progress(not json_output, "assessing", len(data.approaches)) as advance:
        assessments = assess_all(
            assessor, data.approaches, jobs=jobs or default_jobs(), advance=advance
        )
    results = list(zip(data.approaches, assessments, strict=True))
    results.sort(key=lambda pair: (-pair[1].score, pair[0].received_at or "", pair[0].id or ""))
    shown = results[:top] if top else results
    _warn_problems(data.problems)
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
            out.print(_json_line(assessment, extra), markup=False, soft_wrap=True)
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


@app.command()
@user_errors
def schema(
    name: Annotated[
        SchemaName, typer.Argument(help="Which contract to print.")
    ] = SchemaName.approach,
) -> None:
    """Print the JSON Schema of counterlink.approach/1 (or of a finding or an assessment)."""
    from counterlink.jsonschema import json_schema

    out.print(json.dumps(json_schema(name.value), indent=2), markup=False, soft_wrap=True)


@app.command()
@user_errors
def train(
    data: Annotated[
        list[Path],
        typer.Option(
            "--data",
            "-d",
            help="Labelled approach/1 JSON Lines (repeat for several files).",
            show_default=False,
        ),
    ],
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write the model into (model.json etc.).")
    ],
    sensitive: Annotated[
        list[Path] | None,
        typer.Option(
            "--sensitive",
            help=(
                "Also retrain the sensitive-request model on this file: approach/1 conversations "
                "with annotations.sensitive_info_requests, or {text, asks, types} lines "
                "(repeat for several). Without it the shipped one is used."
            ),
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        bool,
        typer.Option(
            "--text/--no-text",
            help="Stack a conversation text model (TF-IDF + logistic regression) under the scorer.",
        ),
    ] = True,
    seed: Annotated[int, typer.Option(help="Seed for the cross-validation folds.")] = 0,
) -> None:
    """Fit the scoring model on labelled approaches and write it with its metrics.

    The same files and seed always give the same model, byte for byte. Use it with
    `check --model DIR`, `scan --model DIR` or `eval --model DIR`.

    [bold]Examples[/]

      counterlink train --data my-cases.jsonl --data data/handwritten/train.jsonl --out mymodel/

      make model   [dim]# rebuilds the shipped model from ../shared/datasets[/]
    """
    from counterlink.train import train as fit

    model = fit(
        data,
        seed=seed,
        sensitive_paths=sensitive or (),
        text=text,
        progress=lambda message: err.print(f"[dim]{message}[/]"),
    )
    target = model.save(out_dir)
    cv = model.metrics["cross_validated"]
    base = model.metrics["length_baseline"]
    err.print(
        f"cross-validated macro-F1 {cv['macro_f1']:.3f} (length-only baseline "
        f"{base['macro_f1']:.3f}), AUC {cv['auc']:.3f}, ECE {cv['ece']:.3f}"
    )
    out.print(str(target), markup=False)


@app.command("eval")
@user_errors
def eval_command(
    data: Annotated[
        list[Path],
        typer.Option(
            "--data",
            "-d",
            help="Labelled approach/1 JSON Lines to evaluate on (repeat for several files).",
            show_default=False,
        ),
    ],
    json_output: Annotated[
        bool, typer.Option("--json", help="Write the whole report as one JSON object.")
    ] = False,
    plot: Annotated[
        Path | None,
        typer.Option("--plot", help="Write a reliability plot (PNG) here.", show_default=False),
    ] = None,
    model: ModelOption = None,
    train_data: Annotated[
        list[Path] | None,
        typer.Option(
            "--train",
            help="Fit the baselines on these files instead of cross-validating them on --data.",
            show_default=False,
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for the baselines' folds.")] = 0,
) -> None:
    """Measure a model on labelled approaches: F1, AUC, calibration, early detection, misses
    and false alarms at each level, per scenario, beside a length-only and a TF-IDF baseline.

    [bold]Example[/]

      counterlink eval --data data/handwritten/test.jsonl --plot reliability.png
    """
    from counterlink.assess import Assessor
    from counterlink.evaluate import evaluate
    from counterlink.evaluate_report import render_evaluation

    report = evaluate(
        data, assessor=Assessor.from_path(model), train_paths=train_data or (), seed=seed
    ).as_json()
    if plot is not None:
        from counterlink.evaluate_plot import reliability_plot

        names = ", ".join(f["name"] for f in report["data"])
        ece = report["conversation"]["ece"]
        reliability_plot(
            report["reliability"], ece, plot, title=f"{report['model']['name']} on {names}"
        )
    if json_output:
        out.print(json.dumps(report, ensure_ascii=False), markup=False, soft_wrap=True)
        return
    for part in render_evaluation(report):
        out.print(part)
    if plot is not None:
        out.print(f"Reliability plot: {plot}", markup=False)


# Commands kept in their own modules (database, web, campaigns, sharing, batch).
def _register_subcommands() -> None:
    """Add the commands that live in their own modules (each imports only what it needs, when
    run). A module imported before this one (a test importing it directly) is still being
    initialised here and registers nothing: it is skipped, not an import error."""
    import importlib

    for name in (
        "cli_store",
        "cli_web",
        "cli_campaigns",
        "cli_campaigns_synth",
        "cli_share",
        "cli_batch",
        "cli_watchlist",
    ):
        module = importlib.import_module(f"counterlink.{name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)


_register_subcommands()


def main() -> None:
    app()
