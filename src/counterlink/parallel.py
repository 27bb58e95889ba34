"""Work over many items on several cores of one machine (``counterlink scan --jobs`` through
:func:`counterlink.assess.assess_all`, campaign indicators).

Worker processes are forked, so they inherit the inputs and the loaded model instead of
receiving them through a pipe; only the results travel back. Where ``fork`` is not available
(Windows, and macOS by default) or the work is small, everything runs in-process. Platform
scale (many machines) is the Dask adapter's job, not this module's.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Below this many items, starting processes costs more than it saves.
MIN_PARALLEL = 1000
CHUNK = 200

_items: Sequence[Any] = ()
_work: Callable[[Sequence[Any], int], list[Any]] | None = None


def _run_range(bounds: tuple[int, int]) -> list[Any]:
    assert _work is not None  # set before the fork
    start, end = bounds
    return _work(_items[start:end], start)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def map_chunks(
    work: Callable[[Sequence[T], int], list[R]],
    items: Sequence[T],
    *,
    jobs: int = 1,
    advance: Callable[[int], None] | None = None,
    min_parallel: int = MIN_PARALLEL,
) -> list[R]:
    """``work(chunk, start)`` over consecutive chunks of ``items``, results in order; the same
    whatever ``jobs`` is. ``start`` is the index of the chunk's first item."""
    step = advance or (lambda _n: None)
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    if jobs <= 1 or len(items) < min_parallel or not can_fork:
        out: list[R] = []
        for start in range(0, len(items), CHUNK):
            chunk = work(items[start : start + CHUNK], start)
            out.extend(chunk)
            step(len(chunk))
        return out
    global _items, _work
    _items, _work = items, work
    try:
        bounds = [(i, min(i + CHUNK, len(items))) for i in range(0, len(items), CHUNK)]
        results: list[R] = []
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for chunk in pool.imap(_run_range, bounds):
                results.extend(chunk)
                step(len(chunk))
        return results
    finally:
        _items, _work = (), None
