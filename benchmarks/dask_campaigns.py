"""Campaigns over N approaches on a 2-worker local Dask cluster with bounded memory per worker
(`counterlink batch campaigns --engine dask`): wall time per phase, the peak RSS of each worker
(the workers' own report) and of the driver. Run by hand, never by the test suite:

    .venv/bin/python benchmarks/dask_campaigns.py --approaches 100000
    .venv/bin/python benchmarks/dask_campaigns.py --approaches 1000000 --memory-limit 2GB

The input is written once (synthetic approaches with known campaigns, from
counterlink.synth when present) under --workdir and reused. --check also runs the
in-process engine on the same file and says whether both found the same campaigns.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from counterlink.batch import LocalRunner, indicators, parse_size, prepare, write_campaigns
from counterlink.batch.dask_engine import dask_runner
from counterlink.campaigns import campaigns_from_indicators
from counterlink.schema import APPROACH_SCHEMA


def _peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def _simple_rows(n: int, seed: int) -> Iterator[dict[str, Any]]:
    """A stand-in when synth is missing: groups of 20 sharing a handle among unique rows."""
    rng = random.Random(seed)
    for i in range(n):
        group = i // 20 if rng.random() < 0.2 else None
        handle = {"wechat": f"group{group}"} if group is not None else {}
        yield {
            "schema": APPROACH_SCHEMA,
            "id": f"row-{i}",
            "persona": {"name": f"Person{i} Name{i % 997}", "contacts": {"handles": handle}},
            "messages": [
                {"sender": "persona", "text": f"Hello, a paid report on topic {rng.random()}."}
            ],
        }


def write_input(path: Path, n: int, seed: int) -> None:
    try:
        from counterlink.synth import generate

        rows: Iterator[dict[str, Any]] = generate(n, max(10, n // 2000), seed)
    except ImportError:
        rows = _simple_rows(n, seed)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as file:
        for row in rows:
            file.write(json.dumps(row, ensure_ascii=False) + "\n")
    partial.replace(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--approaches", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--memory-limit", default="2GB", help="per worker")
    parser.add_argument("--blocksize", default="32MB")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cl-dask")
    parser.add_argument("--check", action="store_true", help="compare with the local engine")
    parser.add_argument(
        "--skip-link", action="store_true", help="measure the distributed part only"
    )
    parser.add_argument("--write-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_only:
        write_input(args.write_only, args.approaches, args.seed)
        return

    args.workdir.mkdir(parents=True, exist_ok=True)
    data = args.workdir / f"approaches-{args.approaches}-{args.seed}.jsonl"
    if not data.exists():
        started = time.perf_counter()
        # In a child process, so that the driver's peak memory is the engine's alone.
        subprocess.run(
            [sys.executable, __file__, "--approaches", str(args.approaches),
             "--seed", str(args.seed), "--write-only", str(data)],
            check=True,
        )  # fmt: skip
        print(f"wrote {data} in {time.perf_counter() - started:.0f} s")
    size_mb = data.stat().st_size / 1e6
    print(f"input: {args.approaches:,} approaches, {size_mb:,.0f} MB of JSON Lines")
    blocksize = parse_size(args.blocksize)
    limit = parse_size(args.memory_limit)

    out = args.workdir / "out-dask"
    out.mkdir(exist_ok=True)
    print(
        f"dask: {args.workers} workers x 1 thread, memory limit {args.memory_limit} each, "
        f"pieces of {args.blocksize}",
        flush=True,
    )
    started = time.perf_counter()
    with dask_runner(workers=args.workers, memory_limit=limit) as runner:
        t0 = time.perf_counter()
        print(f"  cluster start        {t0 - started:7.1f} s", flush=True)
        pieces = prepare(runner, data, blocksize)
        t1 = time.perf_counter()
        print(f"  count lines          {t1 - t0:7.1f} s  ({len(pieces)} pieces)", flush=True)
        items = indicators(runner, pieces)
        t2 = time.perf_counter()
        rate = args.approaches / (t2 - t1)
        print(f"  indicators (workers) {t2 - t1:7.1f} s  ({rate:,.0f}/s)", flush=True)
        for worker, peak in sorted(runner.client.run(_peak_rss_mb).items()):
            print(f"  worker {worker}: peak RSS {peak:,.0f} MB", flush=True)
    print(f"  driver holding every approach's indicators: {_rss_mb():,.0f} MB", flush=True)
    if args.skip_link:
        print(f"  driver: peak RSS {_peak_rss_mb():,.0f} MB")
        return
    t3 = time.perf_counter()
    result = campaigns_from_indicators(items, [])
    t4 = time.perf_counter()
    write_campaigns(result, out)
    print(f"  link + cluster       {t4 - t3:7.1f} s  (driver)")
    print(f"  total wall           {time.perf_counter() - started:7.1f} s")
    print(
        f"  {result.approaches:,} approaches, {result.links:,} links, "
        f"{len(result.campaigns):,} campaigns"
    )
    print(f"  driver: peak RSS {_peak_rss_mb():,.0f} MB")

    if args.check:
        started = time.perf_counter()
        local = LocalRunner()
        same = campaigns_from_indicators(indicators(local, prepare(local, data, blocksize)), [])
        print(f"local engine: {time.perf_counter() - started:.1f} s")
        print("same campaigns as the local engine:", same.to_json() == result.to_json())


if __name__ == "__main__":
    main()
