"""`counterlink synth` writes synthetic approaches with known campaigns; `counterlink
eval-campaigns` measures campaign linking on such a file beside two naive baselines."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table

from counterlink.cli.output import out, progress, user_errors
from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.schema import Approach

PROGRESS_FROM = 20_000  # rows; smaller files are written before a bar would show


synth_app = typer.Typer(name="synth", invoke_without_command=True, no_args_is_help=False)


def register(app: typer.Typer) -> None:
    synth_app.callback(invoke_without_command=True)(synth)
    synth_app.command("inbox")(inbox)
    app.add_typer(synth_app)
    app.command("eval-campaigns")(eval_campaigns)


@user_errors
def synth(
    ctx: typer.Context,
    out_path: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="JSON Lines file to write.", show_default=False),
    ] = None,
    approaches: Annotated[
        int, typer.Option("--approaches", "-n", min=1, help="Rows to write.")
    ] = 10_000,
    campaigns: Annotated[
        int, typer.Option("--campaigns", "-k", min=0, help="Campaigns among them.")
    ] = 40,
    seed: Annotated[int, typer.Option(min=0, help="The same seed writes the same bytes.")] = 0,
    force: Annotated[bool, typer.Option("--force", help="Overwrite FILE if it exists.")] = False,
) -> None:
    """Write synthetic approach/1 JSON Lines with known campaigns (ground truth in
    annotations.campaign) among benign background traffic and a few lone hostile approaches.

    Campaign members vary as real ones do (name and firm variants, re-encoded photos,
    paraphrased messages, contacts that come and go) and generic values (gmail.com, "Recruiter",
    Hong Kong, big employers) are everywhere. See docs/campaigns-synthetic.md.

    [bold]Examples[/]

      counterlink synth --approaches 10000 --campaigns 40 --seed 1 --out synth.jsonl
      counterlink eval-campaigns synth.jsonl

    [bold]See also[/]: `counterlink synth inbox --help` (an ordinary member's export).
    """
    from counterlink.synth import generate

    if ctx.invoked_subcommand is not None:
        return
    if out_path is None:
        raise typer.BadParameter("give the file to write with --out", param_hint="'--out'")

    if out_path.is_dir():
        raise CounterlinkError("is a folder; give a file name", file=out_path)
    if out_path.exists() and not force:
        raise CounterlinkError("exists; add --force to overwrite it", file=out_path)
    rows = generate(approaches, campaigns, seed)  # checks the numbers before anything is written
    partial = out_path.with_name(f".{out_path.name}.partial")
    sizes: dict[str, int] = {}
    lone = 0
    try:
        with (
            partial.open("w", encoding="utf-8", newline="\n") as handle,
            progress(approaches >= PROGRESS_FROM, "generating", approaches) as advance,
        ):
            for n, row in enumerate(rows, start=1):
                handle.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
                campaign = row["annotations"]["campaign"]
                if campaign is not None:
                    sizes[campaign] = sizes.get(campaign, 0) + 1
                elif row["label"] == "malicious":
                    lone += 1
                if n % 1000 == 0:
                    advance(1000)
        os.replace(partial, out_path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CounterlinkError(f"cannot write: {exc.strerror}", file=out_path) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    members = sum(sizes.values())
    spread = ""
    if sizes:
        values = sorted(sizes.values())
        spread = f" (sizes {values[0]}–{values[-1]}, median {statistics.median(values):g})"
    out.print(
        f"Wrote {approaches:,} approaches to {out_path}: {members:,} in {len(sizes)} "
        f"campaigns{spread}, {approaches - members:,} background ({lone:,} lone hostile).",
        markup=False,
        soft_wrap=True,
    )


@user_errors
def inbox(
    out_dir: Annotated[
        Path,
        typer.Argument(
            help="Folder to write the export to (created; must not exist or be empty).",
            show_default=False,
        ),
    ],
    conversations: Annotated[
        int, typer.Option("--conversations", "-n", min=1, help="Conversations in the inbox.")
    ] = 1000,
    seed: Annotated[int, typer.Option(min=0, help="The same seed writes the same bytes.")] = 0,
) -> None:
    """Write a synthetic ORDINARY inbox: one member's LinkedIn data export (messages.csv,
    Profile.csv, Positions.csv, Connections.csv) with no hostile approach in it. The
    conversations are colleagues, friends, genuine recruiters, conference organisers and people
    networking, and the commercial noise of a real inbox: sales pitches, loans, multi-level
    marketing, sponsorship requests, course adverts, job seekers, SEO and web-design pitches,
    crypto schemes.

    Every conversation is benign, so scanning the folder
    measures how often an ordinary inbox reaches "high".
    The same --conversations and --seed write the same bytes.

    [bold]Examples[/]

      counterlink synth inbox inbox/ --conversations 1000 --seed 1
      counterlink scan inbox/ --json | jq -r .level | sort | uniq -c
    """
    from counterlink.synth.inbox import write_inbox

    summary = write_inbox(out_dir, conversations, seed)
    kinds = ", ".join(f"{kind} {count:,}" for kind, count in summary.kinds.items())
    out.print(
        f"Wrote the inbox of {summary.owner} to {summary.folder}: {summary.conversations:,} "
        f"conversations, {summary.messages:,} messages, {summary.connections:,} connections "
        f"({kinds}). None is hostile.",
        markup=False,
        soft_wrap=True,
    )


@user_errors
def eval_campaigns(
    data: Annotated[
        Path,
        typer.Argument(
            help="approach/1 JSON Lines with ground truth in annotations.campaign "
            "(as `counterlink synth` writes).",
            show_default=False,
        ),
    ],
    judgements: Annotated[
        Path | None,
        typer.Option(
            "--judgements",
            help="Analyst decisions for the linker (JSON Lines, as `counterlink campaigns`).",
            show_default=False,
        ),
    ] = None,
    json_output: Annotated[bool, typer.Option("--json", help="Write one JSON object.")] = False,
    jobs: Annotated[int, typer.Option(min=1, help="Processes for the linker's indicators.")] = 1,
) -> None:
    """Measure campaign linking against known campaigns: pairwise precision, recall and F1,
    and the adjusted Rand index, beside two baselines run on the same file: "exact persona
    name" (identical lower-cased names) and "any shared contact" (any identical e-mail domain,
    handle, phone or website, generic ones included).

    [bold]Examples[/]

      counterlink synth --approaches 10000 --campaigns 40 --out synth.jsonl
      counterlink eval-campaigns synth.jsonl
      counterlink eval-campaigns synth.jsonl --json | jq '.methods.linker.f1'
    """
    from counterlink.campaigns import campaigns_from_indicators
    from counterlink.campaigns.quality import connected_by_values, grouped_by_key
    from counterlink.campaigns.quality import pairwise_scores as score
    from counterlink.campaigns.stream import indicators_from_file
    from counterlink.cli.campaigns import read_judgements

    if not data.is_file():
        raise InvalidInput("no such file", file=data)
    decisions = read_judgements(judgements) if judgements else []
    truth, names, contacts = _ground_truth(data)
    started = time.perf_counter()
    with progress(not json_output, "linking: indicators", len(truth)) as advance:
        items = indicators_from_file(data, jobs=jobs, advance=advance)
    linked = campaigns_from_indicators(items, decisions)
    seconds = time.perf_counter() - started
    methods = {
        "linker": score(truth, [c.members for c in linked.campaigns]),
        "exact_name": score(truth, grouped_by_key(names)),
        "any_shared_contact": score(truth, connected_by_values(contacts)),
    }
    methods["linker"]["seconds"] = round(seconds, 3)
    first = methods["linker"]
    report: dict[str, Any] = {
        "file": str(data),
        "approaches": first["approaches"],
        "true_campaigns": first["true_campaigns"],
        "campaign_members": sum(1 for c in truth.values() if c is not None),
        "true_pairs": first["true_pairs"],
        "methods": methods,
    }
    if json_output:
        out.print(json.dumps(report), markup=False, soft_wrap=True)
        return
    _print_report(report)


LABELS = {"linker": "linker", "exact_name": "same name", "any_shared_contact": "shared contact"}


def _print_report(report: dict[str, Any]) -> None:
    out.print(
        f"{report['file']}: {report['approaches']:,} approaches, {report['true_campaigns']:,} "
        f"true campaigns ({report['campaign_members']:,} members, "
        f"{report['true_pairs']:,} true pairs)",
        markup=False,
        soft_wrap=True,
    )
    table = Table(
        title="Pairwise agreement with the known campaigns",
        box=box.SIMPLE_HEAD,
        padding=(0, 0),
        pad_edge=False,
    )
    table.add_column("method", no_wrap=True)
    for column in ("campaigns", "pairs", "correct", "precision", "recall", "F1", "ARI"):
        table.add_column(column, justify="right", style="bold" if column == "F1" else None)
    for key, scores in report["methods"].items():
        table.add_row(
            LABELS[key],
            f"{scores['predicted_campaigns']:,}",
            f"{scores['predicted_pairs']:,}",
            f"{scores['true_positive_pairs']:,}",
            f"{scores['precision']:.3f}",
            f"{scores['recall']:.3f}",
            f"{scores['f1']:.3f}",
            f"{scores['ari']:.3f}",
        )
    out.print(table)
    out.print(
        f"linker: counterlink's campaign linking ({report['methods']['linker']['seconds']:.1f} s); "
        "same name: a baseline grouping identical lower-cased persona names; shared contact: a "
        "baseline linking any identical e-mail domain, handle, phone or website, generic ones "
        "included. A pair is two approaches in one campaign: precision is the share of "
        "predicted pairs that are true, recall the share of true pairs predicted.",
        markup=False,
        soft_wrap=True,
    )


def _ground_truth(
    path: Path,
) -> tuple[dict[str, str | None], list[tuple[str, str | None]], list[tuple[str, set[str]]]]:
    """The truth of every approach, and what the baselines group by (each id with its name
    key, and with its contact values), read one line at a time."""
    from counterlink.campaigns.quality import contact_values, name_key

    truth: dict[str, str | None] = {}
    names: list[tuple[str, str | None]] = []
    contacts: list[tuple[str, set[str]]] = []
    annotated = False
    for line, approach in _approaches(path):
        if not approach.id:
            raise InvalidInput(
                "approach without an id (ids tie results to the ground truth)",
                file=path,
                line=line,
                field="id",
            )
        if approach.id in truth:
            raise InvalidInput(f"repeated id {approach.id!r}", file=path, line=line, field="id")
        annotations = approach.annotations or {}
        annotated = annotated or "campaign" in annotations
        campaign = annotations.get("campaign")
        truth[approach.id] = None if campaign is None else str(campaign)
        names.append((approach.id, name_key(approach)))
        contacts.append((approach.id, contact_values(approach)))
    if not truth:
        raise InvalidInput("no approaches in the file", file=path)
    if not annotated:
        raise InvalidInput(
            "no ground truth: no approach has annotations.campaign (write a file with "
            "`counterlink synth`, or annotate your own)",
            file=path,
        )
    return truth, names, contacts


def _approaches(path: Path) -> Iterator[tuple[int, Approach]]:
    """Each approach with its line: JSON Lines one line at a time, a JSON array read whole."""
    from counterlink.campaigns.stream import iter_approaches

    return iter_approaches(path)
