"""`counterlink campaigns`: link approaches into campaigns, explained: offline from a file, or over
the web app's database (its reports and the analysts' judgements)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from counterlink.cli.output import DatabaseOption, err, out, user_errors
from counterlink.errors import InvalidInput

if TYPE_CHECKING:
    from counterlink.campaigns import Background, CampaignResult, Indicators
    from counterlink.schema import Approach


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


@dataclass
class _Run:
    """A linking run and what explaining a pair of it needs."""

    result: CampaignResult
    items: list[Indicators]
    background: Background
    approaches: list[Approach] = field(default_factory=list)


def _from_database(database: str | None, jobs: int) -> _Run:
    """The campaigns among the stored reports (named ``report-<id>``), the analysts' judgements
    applied: the same as the web app's campaigns page. Only reads; nothing is stored."""
    from counterlink.cli.database import need_web_extra

    need_web_extra()
    from counterlink.store.campaigns import compute, load_inputs, store_background
    from counterlink.store.db import database_errors, open_existing, read_only, session_factory

    engine = open_existing(database)
    try:
        with database_errors(engine), session_factory(engine)() as s:
            read_only(s)
            inputs = load_inputs(s)
    finally:
        engine.dispose()
    computed = compute(inputs, jobs=jobs)
    background = store_background(computed.items, inputs.benign)
    return _Run(computed.result, computed.items, background, inputs.approaches)


def _from_file(data: Path, judgements: Path | None, jobs: int) -> _Run:
    from counterlink.campaigns import campaigns_from_indicators
    from counterlink.campaigns.background import shipped
    from counterlink.campaigns.stream import indicators_from_file

    decisions = read_judgements(judgements) if judgements else []
    items = indicators_from_file(data, jobs=jobs)
    background = shipped()
    result = campaigns_from_indicators(items, decisions, background=background)
    return _Run(result, items, background)


def _approaches_named(data: Path, ids: set[str]) -> list[Approach]:
    """The approaches of a JSON Lines file with these ids (read line by line)."""
    from counterlink.campaigns.stream import json_lines, parse_line

    found = []
    for number, line in json_lines(data):
        if any(f'"{i}"' in line for i in ids):
            approach = parse_line(data, number, line)
            if approach.id in ids:
                found.append(approach)
    return found


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
    explain: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--explain",
            help="Say why approaches A and B were or were not linked: what they share, how "
            "each value was weighed (and why one counted as generic), the score against the "
            "threshold, and whether they ended in one campaign.",
            metavar="A B",
            show_default=False,
        ),
    ] = None,
    database: DatabaseOption = None,
) -> None:
    """Link approaches that share a persona, photo, handle, firm or message template into
    campaigns, and say which indicators explain each one. Values everyone shares (webmail
    domains, big employers, common names, standard notes) link nothing.

    [bold]Examples[/]

      counterlink campaigns reports.jsonl
      counterlink campaigns reports.jsonl --judgements decisions.jsonl --json > campaigns.json
      counterlink campaigns --database postgresql://counterlink@db/counterlink
      counterlink campaigns reports.jsonl --explain hm-0012 hm-0107
      counterlink synth --approaches 10000 --campaigns 40 --out synth.jsonl && \\
        counterlink eval-campaigns synth.jsonl
    """
    wanted = explain if explain and all(explain) else None
    if data is None:
        if judgements is not None:
            raise InvalidInput(
                "over the database the stored judgements apply; --judgements needs a FILE",
                field="--judgements",
            )
        run = _from_database(database, jobs)
    else:
        run = _from_file(data, judgements, jobs)
        if wanted is not None:
            run.approaches = _approaches_named(data, set(wanted))
    if wanted is not None:
        _print_explanation(run, wanted[0], wanted[1], json_output)
        return
    result = run.result
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
            help="approach/1 JSON Lines of ordinary outreach; rows labelled malicious are skipped.",
            show_default=False,
        ),
    ],
    out_path: Annotated[
        Path, typer.Option("--out", help="Where to write the background (.json.gz).")
    ],
    keep: Annotated[int, typer.Option(help="Leave out values fewer people than this hold.")] = 2,
    organisations: Annotated[
        Path | None,
        typer.Option(
            "--organisations",
            help="CSV of large organisations (name, domains separated by ';', list) whose "
            "names and domains count as generic.",
            show_default=False,
        ),
    ] = None,
    events: Annotated[
        Path | None,
        typer.Option(
            "--events",
            help="CSV of large public events (name, domains separated by ';', list) whose "
            "websites and e-mail domains count as generic (their names do not).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Build the background campaign linking judges values against: how many different people
    of ordinary outreach hold each value (a domain, a firm, a name, a photo, a standard
    note). A value common there is generic and links nothing (docs/campaigns.md).

    [bold]Examples[/]

      counterlink campaigns-background benign.jsonl --out background.json.gz
      counterlink campaigns-background benign.jsonl --organisations orgs.csv --out bg.json.gz
      counterlink campaigns-background benign.jsonl --events events.csv --out bg.json.gz
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
        part = Background.from_indicators(extract_all(benign), path.as_posix())
        total = part if total is None else total.merged(part)
    if total is None:
        raise InvalidInput("give at least one file of ordinary approaches")
    if organisations is not None:
        total = total.with_organisations(organisations)
    if events is not None:
        total = total.with_organisations(events, names=False)
    total.save(out_path, keep=keep)
    err.print(
        f"{total.approaches} ordinary approaches ({skipped} labelled malicious skipped), "
        f"{sum(1 for n in total.counts.values() if n >= keep)} values and "
        f"{int((total.template_counts >= keep).sum())} standard texts held by {keep} or more "
        f"people → {out_path}",
        markup=False,
        soft_wrap=True,
    )


def _print_explanation(run: _Run, a: str, b: str, json_output: bool) -> None:
    from counterlink.campaigns.explain import explain_pair

    told = explain_pair(
        run.items, a, b, result=run.result, background=run.background, approaches=run.approaches
    )
    if json_output:
        out.print(json.dumps(told, ensure_ascii=False), markup=False, soft_wrap=True)
        return
    out.print(
        f"{a} ({told['a']['persona'] or 'no name'})  ·  {b} ({told['b']['persona'] or 'no name'})",
        markup=False,
    )
    table = Table(title=f"What they share (a link needs {told['threshold']})", show_lines=True)
    for column in ("kind", "value", "weight", "counted", "why"):
        table.add_column(column)
    for entry in told["shared"]:
        table.add_row(
            entry["kind"],
            entry["value"],
            f"{entry['weight']:.2f}",
            "yes" if entry["counted"] else "no",
            entry["why"],
        )
    for entry in told["not_indicators"]:
        table.add_row(entry["kind"], entry["value"], "—", "no", entry["why"])
    if not told["shared"] and not told["not_indicators"]:
        out.print("They share no indicator.")
    else:
        out.print(table)
    out.print(told["verdict"], markup=False, soft_wrap=True)
    sources = ", ".join(told["background"]["sources"])
    out.print(
        f"Generic is judged against {told['background']['approaches']:,} ordinary approaches "
        f"({sources}).",
        markup=False,
        soft_wrap=True,
    )
