"""`counterlink registers load` and `counterlink employer`: load open registers (Companies
House PSC and company data, BODS 0.4, OpenSanctions lists) into a local DuckDB registry, then
verify a claimed employer and trace who owns it."""

from __future__ import annotations

import functools
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterlink.cli.output import err, out, user_errors
from counterlink.errors import InvalidInput

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

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
    registry: RegistryOption = None,
) -> None:
    """Does the claimed employer exist, who owns it, and is any owner state-linked?

    [bold]Examples[/]

      counterlink employer "Northgate Advisory Ltd" --as-of 2026-12-01

      counterlink employer --number 07102351 --json
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
    with Registry(registry_path(registry), read_only=True) as reg:
        if not reg.files():
            raise RegistryError(
                "the registry is empty: load registers first with "
                "`counterlink registers load FILE...`",
                file=reg.path,
            )
        report = check_employer(reg, name, number, when)
    if as_json:
        out.print(report.model_dump_json(indent=2), markup=False, soft_wrap=True)
        return
    _render(report)


def _render(report: EmployerReport) -> None:
    from rich.markup import escape
    from rich.tree import Tree

    company = report.company
    if company is None:
        out.print(
            f"[bold red]Not found[/]: {escape(report.query.name or report.query.number or '')}"
        )
    else:
        out.print(
            f"[bold]{escape(company.name or company.id)}[/] {company.id} "
            f"status {company.status or 'unknown'}, incorporated "
            f"{company.incorporated or 'unknown'}, match {company.match:.2f}"
        )
    for c in report.candidates:
        out.print(f"  candidate: {escape(c.name or '')} {c.id} ({c.status}) match {c.match:.2f}")
    if company is not None:
        tree = Tree(f"{escape(company.name or company.id)} ({company.id})")
        branches = {company.id: tree}
        names = {o.id: o for o in report.owners}
        for owner in sorted(report.owners, key=lambda o: len(o.paths[0])):
            path = owner.paths[0]
            parent = branches.get(path[-2], tree)
            mark = (
                " [bold red]STATE-LINKED[/]" if owner.kind == "state" or owner.state_links else ""
            )
            label = (
                f"{escape(owner.name or 'unknown')} \\[{owner.kind}] share "
                f"{owner.share.min:.1%}–{owner.share.max:.1%}, majority {owner.majority}"
                f"{', controls' if owner.controls else ''}{mark}"
            )
            branches.setdefault(owner.id, parent.add(label))
        del names
        out.print(tree)
    for flag in report.flags:
        out.print(f"[bold]{flag.code}[/]: {escape(flag.title)}")
        for line in flag.evidence:
            out.print(f"  - {escape(line)}", soft_wrap=True)
    if not report.flags:
        out.print("No flags.")
    incomplete = [r.file for r in report.registers if not r.complete]
    if incomplete:
        err.print(
            f"warning: incomplete registers: {', '.join(incomplete)}", markup=False, soft_wrap=True
        )
