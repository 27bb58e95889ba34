"""`counterlink share`: export the approaches of an approach/1 file as STIX 2.1, MISP or keyed
hashes (private matching), each approach a case with the given TLP marking, for an audience;
the loss report goes to stderr."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

from counterlink.cli.database import cli_actor, session
from counterlink.cli.output import CommunityKeyOption, DatabaseOption, err, user_errors
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
    app.command("export")(export)


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
    from counterlink.share.digest import load_key
    from counterlink.share.model import check_tlp

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


# The exporting organisation's name when none is given (as `counterlink share`).
DEFAULT_IDENTITY = "counterlink user"


@user_errors
def export(
    subject: Annotated[
        str | None,
        typer.Argument(
            help="A case (case:42, or 42) or a campaign (campaign:campaign-4a9c06a25ff8).",
            show_default=False,
        ),
    ] = None,
    format: Annotated[
        Format | None,
        typer.Option("--format", help="Partner format of a case or campaign.", show_default=False),
    ] = None,
    audience: Annotated[
        AudienceChoice | None,
        typer.Option(
            "--tlp-audience",
            help="Who receives it: what their TLP does not allow is dropped or refused.",
            show_default=False,
        ),
    ] = None,
    identity: Annotated[
        str,
        typer.Option(
            "--identity",
            envvar="COUNTERLINK_SHARE_IDENTITY",
            help="Name of the exporting organisation (STIX identity, MISP Orgc).",
        ),
    ] = DEFAULT_IDENTITY,
    community_key: Annotated[
        Path | None,
        typer.Option(
            "--community-key",
            help="File holding the community key for --format hashed "
            "(default: the key in $COUNTERLINK_COMMUNITY_KEY).",
            show_default=False,
        ),
    ] = None,
    labelled: Annotated[
        bool,
        typer.Option(
            "--labelled",
            help="Approaches with an analyst verdict (malicious or benign) as their label.",
        ),
    ] = False,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this file instead of stdout.", show_default=False),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Export a case or a campaign for partners (STIX 2.1, MISP or hashed), audited.

    Cut to the --tlp-audience: TLP:RED never leaves, AMBER+STRICT goes only to the organisation.

    A case marked above the audience is refused (exit 2); what it holds marked above, dropped.

    The document goes to stdout or --out, the loss report (`loss:` lines) to stderr.

    --labelled instead exports every labelled report as approach/1 JSON Lines.

    [bold]Examples[/]

      counterlink export case:42 --format stix --tlp-audience community --out case-42.json

      counterlink export campaign:campaign-4a9c06a25ff8 --format misp --tlp-audience organisation

      counterlink export 42 --format hashed --tlp-audience community --community-key team.key

      counterlink export --labelled --out labelled.jsonl
    """
    from counterlink.errors import CounterlinkError

    if labelled and subject is not None:
        raise CounterlinkError("give either --labelled or a case or campaign to export, not both")
    if labelled:
        if format is not None or audience is not None or community_key is not None:
            raise CounterlinkError(
                "--format, --tlp-audience and --community-key are for exporting a case or "
                "a campaign, not --labelled"
            )
        _export_labelled(out_path, database)
        return
    if subject is None:
        raise CounterlinkError(
            "say what to export: a case (counterlink export case:42 --format stix "
            "--tlp-audience community), a campaign (campaign:ID), or --labelled"
        )
    if format is None or audience is None:
        raise CounterlinkError(
            "say how and for whom: --format stix|misp|hashed and "
            "--tlp-audience organisation|community|public"
        )
    _export_subject(
        subject, format.value, audience.value, identity, community_key, out_path, database
    )


def _export_labelled(out_path: Path | None, database: str | None) -> None:
    with session(database, create=False) as s:
        from counterlink.store.reports import export_labelled

        records = export_labelled(s, cli_actor())
        if out_path is not None:
            count = _write_jsonl(out_path, records)
        else:
            count = _emit(sys.stdout, records)
        s.commit()  # the audit entry lands only once the export is complete
    where = f" to {out_path}" if out_path else ""
    err.print(f"Exported {count} labelled approaches{where}.", markup=False, soft_wrap=True)


def _export_subject(
    subject: str,
    format: str,
    audience: str,
    identity: str,
    community_key: Path | None,
    out_path: Path | None,
    database: str | None,
) -> None:
    from counterlink.errors import CounterlinkError
    from counterlink.share import NO_KEY, export_as
    from counterlink.share.digest import load_key
    from counterlink.store.share_source import parse_subject

    kind, ident = parse_subject(subject)
    key = None
    if format == "hashed":
        key = load_key(community_key)
        if key is None:
            raise CounterlinkError(NO_KEY)
    elif community_key is not None:
        raise CounterlinkError("--community-key is only for --format hashed")
    with session(database, create=False) as s:
        from counterlink.store.share_source import (
            campaign_from_store,
            case_from_report,
        )
        from counterlink.store.sharing import record_export

        actor = cli_actor()
        shared = (
            case_from_report(s, actor, int(ident))
            if kind == "report"
            else campaign_from_store(s, actor, str(ident))
        )
        document, loss = export_as(shared, format, audience, identity, key)
        record = record_export(
            s,
            actor,
            shared,
            format=format,
            audience=audience,
            identity=identity,
            document=document,
            loss=loss,
        )
        # The audit entry is committed before the document is where anyone can take it.
        if out_path is None:
            s.commit()
            typer.echo(record.data, nl=False)
        else:
            partial = out_path.with_name(out_path.name + ".partial")
            try:
                partial.write_bytes(record.data)
                s.commit()
                partial.replace(out_path)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise CounterlinkError(f"cannot write: {exc.strerror}", file=out_path) from None
    print_loss(loss)
    what = f"report {ident}" if kind == "report" else str(ident)
    where = f" to {out_path}" if out_path else ""
    err.print(
        f"Exported {what} as {format} for the {audience} audience{where} "
        f"({len(record.data):,} bytes, SHA-256 {record.sha256}); "
        f"{len(loss)} loss item(s) above.",
        markup=False,
        soft_wrap=True,
    )


def _emit(handle: TextIO, records: Iterator[dict[str, Any]]) -> int:
    lines = (json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    return sum(handle.write(line) > 0 for line in lines)


def _write_jsonl(path: Path, records: Iterator[dict[str, Any]]) -> int:
    from counterlink.errors import CounterlinkError

    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            count = _emit(handle, records)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CounterlinkError(f"cannot write: {exc.strerror}", file=path) from None
    return count
