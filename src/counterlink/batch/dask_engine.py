"""The Dask engine of ``counterlink batch``: the pieces of :mod:`counterlink.batch` run as Dask
tasks, on a local cluster or any Dask scheduler.

The expensive work per approach (validation, assessment, indicator extraction) runs on the
workers; campaign linking runs on the driver over the compact indicators the workers send
back, with the very code the in-process engine uses, so both find the same campaigns. Every
worker needs counterlink (the same version) and must read the input, model and output folder
at the same paths as the driver (a shared filesystem).

The only module that imports Dask; the core never does.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TypeVar

from distributed import Client, Future, KilledWorker, LocalCluster, as_completed

from counterlink import __version__
from counterlink.batch.pieces import Piece
from counterlink.errors import CounterlinkError

T = TypeVar("T")
# The ``type: ignore[no-untyped-call]`` below: parts of distributed's API are not annotated.

CONNECT_TIMEOUT = 20  # seconds to reach a scheduler
WORKER_WAIT = 60  # seconds to wait for a remote scheduler's first worker


def _worker_version() -> str:
    return __version__


class DaskRunner:
    """Runs pieces as Dask tasks (a :class:`counterlink.batch.Runner`); results come back as
    tasks finish and are released at once, so the cluster holds only what is in flight."""

    def __init__(self, client: Client) -> None:
        self.client = client

    def run(self, work: Callable[[Piece], T], pieces: Sequence[Piece]) -> Iterator[tuple[Piece, T]]:
        if not pieces:
            return
        func = work.func if isinstance(work, partial) else work
        name = getattr(func, "__name__", "work").strip("_").replace("_", "-")
        token = uuid.uuid4().hex[:8]
        keys = [f"counterlink-{name}-{token}-{p.number}" for p in pieces]
        futures = self.client.map(work, list(pieces), key=keys)
        pending: dict[object, tuple[Future[T], Piece]] = dict(
            zip(keys, zip(futures, pieces, strict=True), strict=True)
        )
        # Each future as it finishes; it is forgotten once yielded.
        done = as_completed(futures)  # type: ignore[no-untyped-call]
        del futures
        try:
            for future in done:
                _, piece = pending.pop(future.key)
                try:
                    result = future.result()
                except ImportError as exc:
                    raise CounterlinkError(
                        f"a Dask worker cannot import what it needs ({exc}): install "
                        f"counterlink[dask] {__version__} on every worker"
                    ) from None
                except KilledWorker:
                    raise CounterlinkError(
                        f"Dask workers died on piece {piece.number} of {piece.name} (out of "
                        "memory?): give workers more memory (--memory-limit) or lower --blocksize"
                    ) from None
                yield piece, result
        finally:
            if pending:
                self.client.cancel([f for f, _ in pending.values()])  # type: ignore[no-untyped-call]


@contextmanager
def dask_runner(
    scheduler: str | None = None,
    *,
    workers: int = 2,
    memory_limit: int | str = "2GB",
    processes: bool = True,
) -> Iterator[DaskRunner]:
    """A runner on the Dask scheduler at ``scheduler`` (``tcp://host:8786``), or on a new
    local cluster of ``workers`` processes of one thread, each held to ``memory_limit``
    (closed at the end)."""
    cluster: LocalCluster | None = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise CounterlinkError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}"
            ) from None
    else:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            memory_limit=memory_limit,
            processes=processes,
            dashboard_address=":0",  # any free port: several clusters may share a machine
            # A failed task is reported once, by the driver; worker logs would repeat it.
            silence_logs=logging.CRITICAL,
        )
        client = Client(cluster)  # type: ignore[no-untyped-call]
    try:
        _check_workers(client, scheduler)
        yield DaskRunner(client)
    finally:
        client.close()  # type: ignore[no-untyped-call]
        if cluster is not None:
            cluster.close()


def _check_workers(client: Client, scheduler: str | None) -> None:
    """Workers exist and run this counterlink (results equal the in-process engine's only if
    every worker runs the same code)."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except TimeoutError:
        raise CounterlinkError(
            f"the Dask scheduler at {scheduler} has no workers after {WORKER_WAIT} s: start some "
            f"with `dask worker {scheduler}`"
        ) from None
    try:
        versions = client.run(_worker_version)
    except ImportError as exc:
        raise CounterlinkError(
            f"a Dask worker cannot import counterlink ({exc}): install counterlink[dask] "
            f"{__version__} on every worker"
        ) from None
    wrong = sorted(f"{worker} has {v}" for worker, v in versions.items() if v != __version__)
    if wrong:
        raise CounterlinkError(
            f"Dask workers run another counterlink than this one ({__version__}): "
            + ", ".join(wrong)
        )
