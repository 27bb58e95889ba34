"""`counterlink batch`: score approaches or find campaigns in inputs too big for memory, in
process or on Dask (see docs/dask.md)."""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer

from counterlink.cli.output import ModelOption, err, progress, user_errors
from counterlink.errors import CounterlinkError

EXTRA = "install counterlink[dask] (pip install 'counterlink[dask]')"

batch_app = typer.Typer(
    name="batch",
    help=(
        "Platform scale: score approaches or find campaigns in approach/1 JSON Lines or Parquet "
        "too big for memory, writing Parquet; in process or on a Dask cluster (docs/dask.md)."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
)


def register(app: typer.Typer) -> None:
    app.add_typer(batch_app)


class Engine(StrEnum):
    local = "local"
    dask = "dask"


InputArgument = Annotated[
    Path,
    typer.Argument(
        metavar="INPUT",
        help="approach/1 JSON Lines (one approach a line), a Parquet file with a string column "
        "'approach' holding approach/1 JSON, or a folder of either.",
        show_default=False,
    ),
]
OutOption = Annotated[
    Path, typer.Option("--out", "-o", help="Folder to write the results to.", show_default=False)
]
EngineOption = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="local: this process. dask: a Dask cluster (needs counterlink\\[dask]).",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="With --engine dask: the address of a running Dask scheduler (tcp://host:8786). "
        "Default: a local cluster of --workers processes.",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Local cluster: worker processes (1 thread each).")
]
MemoryOption = Annotated[
    str, typer.Option("--memory-limit", help="Local cluster: memory each worker may use.")
]
BlocksizeOption = Annotated[
    str, typer.Option("--blocksize", help="JSON Lines bytes per task (Parquet: one row group).")
]
OverwriteOption = Annotated[
    bool, typer.Option("--overwrite", help="Replace the results of an earlier run in --out.")
]


def _batch() -> ModuleType:
    """counterlink.batch, or a one-line error when pyarrow is missing."""
    try:
        return importlib.import_module("counterlink.batch")
    except ImportError as exc:
        if (exc.name or "").split(".")[0] == "pyarrow":
            raise CounterlinkError(f"batch needs pyarrow: {EXTRA}") from None
        raise


def _dask_engine() -> ModuleType:
    try:
        return importlib.import_module("counterlink.batch.dask_engine")
    except ImportError as exc:
        if (exc.name or "").split(".")[0] in ("dask", "distributed", "pyarrow"):
            raise CounterlinkError(f"--engine dask needs Dask: {EXTRA}") from None
        raise


@contextmanager
def _runner(
    engine: Engine, scheduler: str | None, workers: int, memory_limit: str
) -> Iterator[Any]:
    batch = _batch()
    if engine is Engine.local:
        if scheduler:
            raise CounterlinkError("--scheduler needs --engine dask")
        yield batch.LocalRunner()
        return
    dask_engine = _dask_engine()
    limit = batch.parse_size(memory_limit)
    where = scheduler or f"a local cluster of {workers} workers ({memory_limit} each)"
    err.print(f"Dask: {where}", markup=False, soft_wrap=True)
    with dask_engine.dask_runner(scheduler, workers=workers, memory_limit=limit) as runner:
        yield runner


def _prepare(runner: Any, data: Path, blocksize: str) -> list[Any]:
    batch = _batch()
    size = batch.parse_size(blocksize)
    if size < 1:
        raise CounterlinkError("--blocksize must be at least 1 byte")
    pieces: list[Any] = batch.prepare(runner, data, size)
    return pieces


@batch_app.command("score")
@user_errors
def score(
    data: InputArgument,
    out_dir: OutOption,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    workers: WorkersOption = 2,
    memory_limit: MemoryOption = "2GB",
    blocksize: BlocksizeOption = "32MB",
    model: ModelOption = None,
    overwrite: OverwriteOption = False,
) -> None:
    """Assess every approach, writing Parquet.

    Writes [bold]part-NNNNN.parquet[/] under --out, one per task, with columns index, id (the
    approach's id, else #index), score, level, model and findings (JSON). Both engines write
    the same files.

    [bold]Examples[/]

      counterlink batch score reports.jsonl --out scores/
      counterlink batch score reports.parquet --out scores/ --engine dask --workers 4
      counterlink batch score /shared/reports/ --out /shared/scores/ --engine dask \\
        --scheduler tcp://scheduler.internal:8786
    """
    batch = _batch()
    started = time.perf_counter()
    folder = batch.output_folder(out_dir, ["part-*.parquet"], overwrite=overwrite)
    model_dir = model.resolve() if model else None
    batch.assessor(str(model_dir) if model_dir else None)  # a bad model fails before any work
    with _runner(engine, scheduler, workers, memory_limit) as runner:
        pieces = _prepare(runner, data, blocksize)
        total = sum(p.records for p in pieces)
        with progress(True, "scoring", total) as advance:
            scored = batch.score(runner, pieces, folder, model_dir, advance)
    err.print(
        f"Scored {scored} approaches into {len(pieces)} parts in {out_dir} "
        f"({engine.value} engine, {time.perf_counter() - started:.1f} s)",
        markup=False,
        soft_wrap=True,
    )


@batch_app.command("campaigns")
@user_errors
def campaigns(
    data: InputArgument,
    out_dir: OutOption,
    engine: EngineOption = Engine.local,
    scheduler: SchedulerOption = None,
    workers: WorkersOption = 2,
    memory_limit: MemoryOption = "2GB",
    blocksize: BlocksizeOption = "32MB",
    judgements: Annotated[
        Path | None,
        typer.Option(
            "--judgements",
            help="Analyst decisions to respect: JSON Lines of {action: merge|split|exclude|...}.",
            show_default=False,
        ),
    ] = None,
    links: Annotated[
        bool, typer.Option("--links", help="Write every link and what it shares to the JSON.")
    ] = False,
    overwrite: OverwriteOption = False,
) -> None:
    """Find campaigns, writing Parquet and JSON.

    Indicators are extracted in parallel, then linked on this machine, which needs memory for
    every approach (docs/dask.md). Writes [bold]campaigns.parquet[/] (campaign_id, member: a
    row per member) and [bold]campaigns.json[/] (what `counterlink campaigns --json` prints):
    the same campaigns as `counterlink campaigns` on the same approaches.

    [bold]Examples[/]

      counterlink batch campaigns reports.jsonl --out found/
      counterlink batch campaigns reports/ --out found/ --engine dask --memory-limit 4GB
      counterlink batch campaigns reports.parquet --out found/ --engine dask \\
        --scheduler tcp://scheduler.internal:8786 --judgements decisions.jsonl
    """
    from counterlink.cli.campaigns import read_judgements

    batch = _batch()
    started = time.perf_counter()
    decisions = read_judgements(judgements) if judgements else []
    folder = batch.output_folder(
        out_dir, ["campaigns.parquet", "campaigns.json"], overwrite=overwrite
    )
    with _runner(engine, scheduler, workers, memory_limit) as runner:
        pieces = _prepare(runner, data, blocksize)
        total = sum(p.records for p in pieces)
        with progress(True, "indicators", total) as advance:
            items = batch.indicators(runner, pieces, advance)
    from counterlink.campaigns import campaigns_from_indicators

    err.print(f"Linking {len(items)} approaches…", markup=False)
    result = campaigns_from_indicators(items, decisions)
    batch.write_campaigns(result, folder, with_links=links)
    err.print(
        f"{result.approaches} approaches, {result.links} links, {len(result.campaigns)} "
        f"campaigns of two or more → {out_dir}/campaigns.parquet, campaigns.json "
        f"({engine.value} engine, {time.perf_counter() - started:.1f} s)",
        markup=False,
        soft_wrap=True,
    )


@batch_app.command("convert")
@user_errors
def convert(
    data: Annotated[
        Path,
        typer.Argument(help="approach/1 JSON Lines (or Parquet to regroup).", show_default=False),
    ],
    out_file: Annotated[
        Path, typer.Argument(help="The Parquet file to write.", show_default=False)
    ],
    rows_per_group: Annotated[
        int, typer.Option("--rows-per-group", min=1, help="Approaches per row group (per task).")
    ] = 20_000,
    overwrite: OverwriteOption = False,
) -> None:
    """Write approaches to Parquet for `batch`.

    One string column, [bold]approach[/], holds each approach's JSON as given; every record is
    validated first (a bad one stops the conversion with its line).

    [bold]Example[/]

      counterlink batch convert reports.jsonl reports.parquet
    """
    batch = _batch()
    if out_file.exists() and not overwrite:
        raise CounterlinkError("exists: pass --overwrite to replace it", file=out_file)
    runner = batch.LocalRunner()
    pieces = _prepare(runner, data, "32MB")
    with progress(True, "converting", sum(p.records for p in pieces)) as advance:
        rows = batch.convert(pieces, out_file, rows_per_group, advance)
    err.print(f"Wrote {rows} approaches to {out_file}", markup=False)
