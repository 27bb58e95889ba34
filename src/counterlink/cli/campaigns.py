"""`counterlink campaigns`: link approaches into campaigns, explained: offline from a file, or over
the web app's database (its reports and the analysts' judgements)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from counterlink.cli.output import DatabaseOption, err, out, user_errors
from counterlink.errors import InvalidInput

if TYPE_CHECKING:
    from counterlink.campaigns import CampaignResult


def register(app: typer.Typer) -> None:
    app.command("campaigns")(campaigns)
    app.command("campaigns-background")(campaigns_background)


def read_judgements(path: Path) -> list[dict[str, Any]]:
    """Analyst judgements, one JSON object a line (see ``counterlink.campaigns.cluster``)."""
    from counterlink.campaigns import validate_judgement

    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"cannot read: {exc}", file=path) from None
    out_list: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"malformed JSON: {exc.msg}", file=path, line=number) from None
        try:
            out_list.append(validate_judgement(item, str(path)))
        except InvalidInput as exc:
            raise InvalidInput(exc.message, file=path, line=number, field=exc.field) from None
    return out_list


def _from_database(database: str | None, jobs: int) -> CampaignResult:
    """The campaigns among the stored reports (named ``report-<id>``), the analysts' judgements
    applied: the same as the web app's campaigns page. Only reads; nothing is stored."""
    from counterlink.cli.database import need_web_extra

    need_web_extra()
    from counterlink.store.campaigns import compute, load_inputs
    from counterlink.store.db import database_errors, open_existing, read_only, session_factory

    engine = open_existing(database)
    try:
        with database_errors(engine), session_factory(engine)() as s:
            read_only(s)
            inputs = load_inputs(s)
    finally:
        engine.dispose()
    return compute(inputs, jobs=jobs).result


@user_errors
def campaigns(
    data: Annotated[
        Path | None,
        typer.Argument(
            help="approach/1 JSON Lines (or a JSON array) to link. Without it: the reports in "
            "the database (--database), with the analysts' stored judgements.",
            show_default=False,
        ),
    ] = None,
    judgements: Annotated[
        Path | None,
        typer.Option(
            "--judgements",
            help="Analyst decisions to respect: JSON Lines of {action: merge|split|exclude|...}.",
            show_default=False,
        ),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Write one JSON object.")] = False,
    links: Annotated[
        bool, typer.Option("--links", help="With --json: every link and what it shares.")
    ] = False,
    jobs: Annotated[int, typer.Option(help="Processes for the indicators (default: 1).")] = 1,
    top: Annotated[int, typer.Option(help="Campaigns shown in the table.")] = 20,
    database: DatabaseOption = None,
) -> None:
    """Link approaches that share a persona, photo, handle, firm or message template into
    campaigns, and say which indicators explain each one. Values everyone shares (webmail
    domains, big employers, common names, standard notes) link nothing.

    [bold]Examples[/]

      counterlink campaigns reports.jsonl
      counterlink campaigns reports.jsonl --judgements decisions.jsonl --json > campaigns.json
      counterlink campaigns --database postgresql://counterlink@db/counterlink
      counterlink synth --approaches 10000 --campaigns 40 --out synth.jsonl && \\
        counterlink eval-campaigns synth.jsonl
    """
    from counterlink.campaigns import campaigns_from_indicators
    from counterlink.campaigns.stream import indicators_from_file

    if data is None:
        if judgements is not None:
            raise InvalidInput(
                "over the database the stored judgements apply; --judgements needs a FILE",
                field="--judgements",
            )
        result = _from_database(database, jobs)
    else:
        decisions = read_judgements(judgements) if judgements else []
        items = indicators_from_file(data, jobs=jobs)
        result = campaigns_from_indicators(items, decisions)
    if json_output:
        out.print(
            json.dumps(result.to_json(with_links=links), ensure_ascii=False),
            markup=False,
            soft_wrap=True,
        )
        return
    err.print(
        f"{result.approaches} approaches, {result.links} links, "
        f"{len(result.campaigns)} campaigns of two or more"
    )
    table = Table(title="Campaigns, largest first", show_lines=True)
    for column in ("campaign", "members", "personas", "seen", "explained by"):
        table.add_column(column)
    for campaign in result.campaigns[:top]:
        personas = ", ".join(campaign.personas[:4]) + (" …" if len(campaign.personas) > 4 else "")
        why = "\n".join(
            f"{i['kind']}: {i['value']} ({i['members']})" for i in campaign.indicators[:4]
        )
        seen = f"{(campaign.first_seen or '?')[:10]} → {(campaign.last_seen or '?')[:10]}"
        table.add_row(campaign.id, str(len(campaign.members)), personas, seen, why)
    out.print(table)


@user_errors
def campaigns_background(
    data: Annotated[
        list[Path],
        typer.Argument(
            help="approach/1 JSON Lines of ordinary outreach; rows labelled malicious are "
            "skipped.",
            show_default=False,
        ),
    ],
    out_path: Annotated[
        Path, typer.Option("--out", help="Where to write the background (.json.gz).")
    ],
    keep: Annotated[
        int, typer.Option(help="Leave out values fewer people than this hold.")
    ] = 2,
) -> None:
    """Build the background campaign linking judges values against: how many different people
    of ordinary outreach hold each value (a domain, a firm, a name, a photo, a standard
    note). A value common there is generic and links nothing (docs/campaigns.md).

    [bold]Examples[/]

      counterlink campaigns-background benign.jsonl --out background.json.gz
      make background      # rebuilds the one shipped with counterlink
    """
    from counterlink.campaigns import extract_all
    from counterlink.campaigns.background import Background
    from counterlink.ingest.approach_json import read_approach_file

    total: Background | None = None
    skipped = 0
    for path in data:
        approaches = read_approach_file(path)
        benign = [a for a in approaches if a.label != "malicious"]
        skipped += len(approaches) - len(benign)
        part = Background.from_indicators(extract_all(benign), path.name)
        total = part if total is None else total.merged(part)
    if total is None:
        raise InvalidInput("give at least one file of ordinary approaches")
    total.save(out_path, keep=keep)
    err.print(
        f"{total.approaches} ordinary approaches ({skipped} labelled malicious skipped), "
        f"{sum(1 for n in total.counts.values() if n >= keep)} values and "
        f"{int((total.template_counts >= keep).sum())} standard texts held by {keep} or more "
        f"people → {out_path}",
        markup=False,
        soft_wrap=True,
    )
