"""`counterlink share`: export the approaches of an approach/1 file as STIX 2.1 or MISP, each
approach a case with the given TLP marking, for an audience; the loss report goes to stderr."""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterlink.cli import err, user_errors
from counterlink.errors import CounterlinkError

if TYPE_CHECKING:
    from counterlink.share.model import LossItem


class Format(StrEnum):
    stix = "stix"
    misp = "misp"


class AudienceChoice(StrEnum):
    organisation = "organisation"
    community = "community"
    public = "public"


def register(app: typer.Typer) -> None:
    app.command("share")(share)


def print_loss(loss: Iterable[LossItem]) -> None:
    """The loss report on stderr, one ``loss: CASE: PATH: KIND: REASON`` line an item (also
    used by `counterlink export`)."""
    for item in loss:
        err.print(f"loss: {item}", markup=False, soft_wrap=True)


@user_errors
def share(
    file: Annotated[Path, typer.Argument(help="approach/1 JSON or JSON Lines file.")],
    format: Annotated[Format, typer.Option("--format", help="Export format.")],
    audience: Annotated[
        AudienceChoice, typer.Option("--audience", help="Who receives the export.")
    ] = AudienceChoice.organisation,
    tlp: Annotated[
        str,
        typer.Option("--tlp", help="TLP of every case: clear, green, amber, amber+strict, red."),
    ] = "amber",
    identity: Annotated[
        str, typer.Option("--identity", help="Name of the exporting organisation.")
    ] = "counterlink user",
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write here instead of stdout.", show_default=False)
    ] = None,
) -> None:
    """Export approaches for partners: one STIX bundle or MISP event per approach, as JSON
    Lines; the loss report (what was withheld, dropped or not representable) on stderr."""
    from counterlink.ingest.approach_json import read_approach_file
    from counterlink.share import ShareCase, ShareRefused, export_misp, export_stix
    from counterlink.share.model import check_tlp

    level = check_tlp(tlp)
    exporter = export_stix if format is Format.stix else export_misp
    lines: list[str] = []
    for approach in read_approach_file(file):
        try:
            document, loss = exporter(ShareCase(approach, tlp=level), audience.value, identity)
        except ShareRefused as exc:
            err.print(f"refused: {exc.message}", markup=False, soft_wrap=True)
            continue
        lines.append(json.dumps(document, ensure_ascii=False, sort_keys=False))
        print_loss(loss)
    if not lines:
        raise CounterlinkError("nothing exported: every approach was refused", file=file)
    text = "\n".join(lines) + "\n"
    if out_file is None:
        typer.echo(text, nl=False)
    else:
        out_file.write_text(text, "utf-8")
