"""`counterlink registers load` and `counterlink employer`: load open registers (Companies
House PSC and company data, BODS 0.4, OpenSanctions lists) into a local DuckDB registry, then
verify a claimed employer and trace who owns it."""

from __future__ import annotations

import functools
import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterlink.cli.output import err, out, user_errors
from counterlink.errors import InvalidInput

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from counterlink.ownership.export import Chain
    from counterlink.ownership.load import LoadResult
    from counterlink.ownership.report import EmployerReport

registers_app = typer.Typer(
    help="Open company registers (Companies House, BODS, OpenSanctions) in a local registry.",
    no_args_is_help=True,
)
RegistryOption = Annotated[
    Path | None,
    typer.Option(
        "--registry",
        envvar="COUNTERLINK_REGISTRY",
        help="Registry file (default: registry.duckdb in the user data folder).",
        show_default=False,
    ),
]


def register(app: typer.Typer) -> None:
    app.add_typer(registers_app, name="registers")
    app.command("employer")(employer)


def _size(path: Path) -> int | None:
    import zipfile

    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return sum(m.file_size for m in archive.infolist()[:1])
        return path.stat().st_size
    except OSError:
        return None


@registers_app.command("load")
@user_errors
def load(
    files: Annotated[
        list[Path],
        typer.Argument(help="Register files (zip, JSON Lines, CSV).", show_default=False),
    ],
    registry: RegistryOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per file.")] = False,
) -> None:
    """Load register files; loading the same file again changes nothing.

    [bold]Examples[/]

      counterlink registers load persons-with-significant-control-snapshot-2026-12-01.zip

      counterlink registers load BasicCompanyDataAsOneFile-2026-12-01.zip targets.simple.csv
    """
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn

    from counterlink.ownership.load import load_file
    from counterlink.ownership.registry import Registry, registry_path

    results: list[LoadResult] = []
    with (
        Registry(registry_path(registry)) as reg,
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TimeRemainingColumn(),
            console=err,
            transient=True,
            disable=not err.is_terminal,
        ) as bar,
    ):
        for path in files:
            task = bar.add_task(path.name, total=_size(path))
            results.append(load_file(reg, path, functools.partial(_advance, bar, task)))
            bar.remove_task(task)
    if as_json:
        for r in results:
            out.print(
                json.dumps(
                    {
                        "file": r.file.path,
                        "kind": r.kind,
                        "source": r.file.source,
                        "records": r.file.records,
                        "complete": r.file.complete,
                        "date": r.file.date,
                        "note": r.file.note,
                        "unchanged": r.unchanged,
                    }
                ),
                markup=False,
                soft_wrap=True,
            )
        return
    _summary(results)


def _advance(bar: Progress, task: TaskID, n: int) -> None:
    bar.advance(task, n)


def _summary(results: list[LoadResult]) -> None:
    from rich.table import Table

    table = Table(title="Registers loaded")
    for column in ("file", "register", "records", "date", "state"):
        table.add_column(column)
    for r in results:
        state = (
            "unchanged (loaded before)"
            if r.unchanged
            else "complete"
            if r.file.complete
            else "INCOMPLETE"
        )
        table.add_row(
            Path(r.file.path).name, r.file.source, f"{r.file.records:,}", r.file.date or "", state
        )
    out.print(table)
    for r in results:
        if not r.file.complete:
            err.print(f"warning: {r.file.path}: {r.file.note}", markup=False, soft_wrap=True)


@registers_app.command("schema")
def schema() -> None:
    """Print the JSON Schema of `counterlink employer --json` (docs/schema/employer.schema.json)."""
    from counterlink.ownership.report import json_schema

    out.print(json.dumps(json_schema(), indent=2), markup=False, soft_wrap=True)


class ExportFormat(StrEnum):
    bods = "bods"
    ftm = "ftm"


@user_errors
def employer(
    name: Annotated[
        str | None, typer.Argument(help="The claimed employer's name.", show_default=False)
    ] = None,
    number: Annotated[
        str | None, typer.Option("--number", help="Companies House number.", show_default=False)
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of", help="Date of the approach (YYYY-MM-DD; default today).", show_default=False
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="The report as JSON.")] = False,
    graph: Annotated[
        Path | None,
        typer.Option(
            "--graph",
            help="Draw the traced chain to FILE.svg, or FILE.html (the picture and the JSON).",
            show_default=False,
        ),
    ] = None,
    export: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            help="Export the traced graph as JSON Lines: BODS 0.4 statements or "
            "FollowTheMoney entities (instead of the report).",
            show_default=False,
        ),
    ] = None,
    out_file: Annotated[
        Path | None,
        typer.Option("--out", help="Write --format's lines to this file.", show_default=False),
    ] = None,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 if a flag starts with this code ('any', 'ownership', "
            "'ownership.state_linked'…), for scripts and CI.",
            show_default=False,
        ),
    ] = None,
    registry: RegistryOption = None,
) -> None:
    """Does the claimed employer exist, who owns it, and is any owner state-linked?

    Finds the company by name (legal form, case and punctuation aside; near names are listed
    as candidates, never taken as the match) or by number, walks its owners up through
    corporate PSCs and BODS relationships, and flags state-linked owners, circular or layered
    chains, opaque foreign parents and recent changes, riskiest first, each with its evidence.

    [bold]Examples[/]

      counterlink employer "Northgate Advisory Ltd" --as-of 2026-12-01

      counterlink employer --number 07102351 --json

      counterlink employer --number 07102351 --graph owners.html

      counterlink employer --number 07102351 --format bods --out owners.bods.jsonl

      counterlink employer "Northgate Advisory" --fail-on ownership.state_linked

    Exit codes: 0 ran; 1 only when --fail-on matches a flag; 2 bad input, an unreadable or
    empty registry.
    """
    from counterlink.ownership.employer import check_employer
    from counterlink.ownership.registry import Registry, RegistryError, registry_path

    if not name and not number:
        raise InvalidInput("give the employer's NAME or --number", field="NAME")
    try:
        when = date.fromisoformat(as_of) if as_of else date.today()
    except ValueError:
        raise InvalidInput(
            f"not a date: {as_of!r} (expected YYYY-MM-DD)", field="--as-of"
        ) from None
    if graph is not None and graph.suffix.lower() not in (".svg", ".html", ".htm"):
        raise InvalidInput("--graph writes an .svg or an .html file", file=graph, field="--graph")
    if out_file is not None and export is None:
        raise InvalidInput("--out goes with --format bods|ftm", field="--out")
    with Registry(registry_path(registry), read_only=True) as reg:
        if not reg.files():
            raise RegistryError(
                "the registry is empty: load registers first with "
                "`counterlink registers load FILE...`",
                file=reg.path,
            )
        report = check_employer(reg, name, number, when)
        chain = None
        if graph is not None or export is not None:
            from counterlink.ownership.export import traced_chain

            chain = traced_chain(reg, report)
    if (graph is not None or export is not None) and chain is None:
        raise InvalidInput(
            "no company found to draw or export: "
            + (report.flags[0].evidence[0] if report.flags else "nothing matched"),
            field="NAME" if name else "--number",
        )
    if graph is not None and chain is not None:
        _write_graph(graph, chain)
    if export is not None and chain is not None:
        _export(chain, export, out_file)
    elif as_json:
        out.print(report.model_dump_json(indent=2), markup=False, soft_wrap=True)
    else:
        _render(report)
    if fail_on is not None and _matches(report, fail_on):
        raise typer.Exit(1)


def _matches(report: EmployerReport, wanted: str) -> bool:
    wanted = wanted.strip()
    return any(
        wanted == "any" or f.code == wanted or f.code.startswith(wanted.rstrip(".") + ".")
        for f in report.flags
    )


def _write_graph(path: Path, chain: Chain) -> None:
    from counterlink.ownership.draw import html, svg

    text = svg(chain) if path.suffix.lower() == ".svg" else html(chain)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot write the graph ({exc.strerror})", file=path) from None
    err.print(f"wrote {path}", markup=False, soft_wrap=True)


def _export(chain: Chain, kind: ExportFormat, path: Path | None) -> None:
    from counterlink.ownership.export import bods_statements, ftm_entities

    rows = bods_statements(chain) if kind is ExportFormat.bods else ftm_entities(chain)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if path is None:
        out.file.write(lines)
        return
    try:
        path.write_text(lines, encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot write the export ({exc.strerror})", file=path) from None
    err.print(f"wrote {len(rows)} {kind.value} lines to {path}", markup=False, soft_wrap=True)


def _share(lo: float, hi: float) -> str:
    from counterlink.ownership.interval import share_text

    return share_text((lo, hi))


def _render(report: EmployerReport) -> None:
    """The company, its candidates, the ownership tree with each owner's three lenses in
    aligned columns, the flags riskiest first with their evidence, then any warnings. Names
    are printed as the register writes them (never re-cased)."""
    from rich.markup import escape
    from rich.tree import Tree

    company = report.company
    if company is None:
        out.print(
            f"[bold red]Not found[/]: {escape(report.query.name or report.query.number or '')}"
        )
    else:
        title = (
            f"[bold]{escape(company.name)}[/] {company.id}"
            if company.name
            else (f"[bold]{company.id}[/] (name unknown)")
        )
        out.print(
            f"{title}: status {company.status or 'unknown'}, incorporated "
            f"{company.incorporated or 'unknown'}, match {company.match:.2f}"
        )
    for c in report.candidates:
        out.print(
            f"  candidate: {escape(c.name or '')} {c.id} ({c.status or 'status unknown'}) "
            f"match {c.match:.2f}"
        )
    if company is not None and report.owners:
        root = f"{escape(company.name)} ({company.id})" if company.name else company.id
        tree = Tree(root)
        branches = {company.id: tree}
        ordered = sorted(report.owners, key=lambda o: len(o.paths[0]))
        # Columns line up across depths: a name column narrower by the tree's 4-character
        # indent per level.
        width = max(len(o.name or "unknown") + 4 * (len(o.paths[0]) - 2) for o in ordered)
        # The fixed columns take about 70 characters; the name gets what the terminal leaves.
        kinds = max(len(o.kind) for o in ordered)
        shares = max(len(_share(o.share.min, o.share.max)) for o in ordered)
        fixed = 4 + kinds + shares + 40  # indent, the other columns and their spaces
        width = min(width, 48, max(out.width - fixed, 16))
        for owner in ordered:
            path = owner.paths[0]
            parent = branches.get(path[-2], tree)
            pad = max(width - 4 * (len(path) - 2), 8)
            who = owner.name or "unknown"
            who = who if len(who) <= pad else who[: pad - 1] + "…"
            linked = owner.kind == "state" or bool(owner.state_links)
            label = (
                f"{escape(who.ljust(pad))}  {owner.kind:<{kinds}}  "
                f"{_share(owner.share.min, owner.share.max):<{shares}}  "
                f"majority {owner.majority:<5}  {'controls' if owner.controls else '-'}"
                f"{'  [bold red]STATE-LINKED[/]' if linked else ''}"
            )
            branches.setdefault(owner.id, parent.add(label))
        out.print()
        out.print("Owners (look-through share, 50 % rule, control):")
        out.print(tree)
    elif company is not None:
        out.print("No current owners in the loaded registers.")
    out.print()
    if report.flags:
        out.print("Flags, riskiest first:")
    for flag in report.flags:
        out.print(f"[bold]{flag.code}[/]: {escape(flag.title)}")
        for line in flag.evidence:
            out.print(f"  - {escape(line)}", soft_wrap=True)
    if not report.flags:
        out.print("No flags.")
    incomplete = [r.file for r in report.registers if not r.complete]
    if incomplete:
        err.print()
        err.print(
            f"warning: incomplete registers: {', '.join(incomplete)}", markup=False, soft_wrap=True
        )
