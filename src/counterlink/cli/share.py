"""`counterlink share`: export the approaches of an approach/1 file as STIX 2.1, MISP or keyed
hashes (private matching), each approach a case with the given TLP marking, for an audience;
the loss report goes to stderr."""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from counterlink.cli import CommunityKeyOption, err, user_errors
from counterlink.errors import CounterlinkError

if TYPE_CHECKING:
    from counterlink.share.model import LossItem


class Format(StrEnum):
    stix = "stix"
    misp = "misp"
    hashed = "hashed"


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
    community_key: CommunityKeyOption = None,
) -> None:
    """Export approaches for partners: one STIX bundle, MISP event or hashed document per
    approach, as JSON Lines; the loss report (what was withheld, dropped or not representable)
    on stderr. Cases stored in the web app's database: `counterlink export`.

    [bold]Examples[/]

      counterlink share approaches.jsonl --format stix --audience community --tlp green

      counterlink share cases.jsonl --format hashed --audience community --community-key team.key
    """
    from counterlink.ingest.approach_json import read_approach_file
    from counterlink.share import NO_KEY, ShareCase, ShareRefused, export_as
    from counterlink.share.model import check_tlp
    from counterlink.watchlist.digest import load_key

    level = check_tlp(tlp)
    key = load_key(community_key) if format is Format.hashed else None
    if format is Format.hashed and key is None:
        raise CounterlinkError(NO_KEY)
    lines: list[str] = []
    for approach in read_approach_file(file):
        try:
            case = ShareCase(approach, tlp=level)
            document, loss = export_as(case, format.value, audience.value, identity, key)
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
