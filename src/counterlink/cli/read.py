"""`counterlink read`: show the approach/1 records counterlink reads from any input, so a user
sees exactly what was extracted (and from where in the file) before trusting a score."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from counterlink.cli.output import JsonOption, out, user_errors
from counterlink.schema import Approach


def register(app: typer.Typer) -> None:
    app.command(name="read")(read)


@user_errors
def read(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="Anything `check` accepts: approach/1 JSON or JSON Lines, .eml, .txt, a "
            "LinkedIn export, a saved profile PDF, a screenshot, a photo, or '-'.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", "-t", help="Pasted message text, as `check` takes it.")
    ] = None,
    together: Annotated[
        bool,
        typer.Option("--together", help="Put the files together as ONE approach, as `check` does."),
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """Show what counterlink reads from each input: the persona, the messages, and where in the
    file each came from (PDF page, screenshot region), without assessing anything.

    [bold]Examples[/]

      counterlink read Profile.pdf

      counterlink read screenshot.png --json | counterlink check -

      counterlink read Profile.pdf --text "Shall we talk on WeChat?"
    """
    from counterlink.cli.inputs import read_inputs

    approaches, _ = read_inputs(paths or [], text, together, verb="read")
    for approach in approaches:
        if json_output:
            line = json.dumps(approach.to_json_dict(), ensure_ascii=False)
            out.print(line, markup=False, soft_wrap=True)
        else:
            out.print(render_read(approach))


def render_read(approach: Approach) -> Panel:
    """The approach as a person checks it: one row per field, with where it was read."""
    from counterlink.ingest.readout import read_rows

    table = Table(show_header=True, header_style="bold", expand=True, box=None)
    table.add_column("field", style="cyan", no_wrap=True)
    table.add_column("value", ratio=3)
    table.add_column("read from", style="dim", no_wrap=True)
    rows = read_rows(approach)
    for row in rows:
        table.add_row(row.field, row.value, row.where)
    title = Text.assemble((approach.id or "(no id)", "bold"), f"  {approach.source or ''}")
    body: list[Any] = [table]
    if not rows:
        body.append(Text("nothing was read from this input", style="yellow"))
    return Panel(Group(*body), title=title, title_align="left")
