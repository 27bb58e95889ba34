"""The `counterlink` app: the root command and every command group, assembled in the order
`--help` lists them. Each group lives in its own module and imports the core only when run."""

from __future__ import annotations

from typing import Annotated

import typer

from counterlink import __version__
from counterlink.cli import (
    batch,
    campaigns,
    check,
    learn,
    read,
    registers,
    serve,
    share,
    store,
    synth,
    watchlist,
)
from counterlink.cli.output import out

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


for group in (
    check,
    read,
    learn,
    store,
    serve,
    campaigns,
    synth,
    share,
    batch,
    watchlist,
    registers,
):
    group.register(app)


def main() -> None:
    app()
