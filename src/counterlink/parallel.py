"""Assess many approaches on several cores of one machine (``counterlink scan --jobs``).

Worker processes are forked, so they inherit the approaches and the loaded model instead of
receiving them through a pipe; only the assessments travel back. Where ``fork`` is not
available (Windows, and macOS by default) or the work is small, everything runs in-process.
Platform scale (many machines) is the Dask adapter's job, not this module's.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence

from counterlink.assess import Assessor
from counterlink.schema import Approach, Assessment

# Below this many approaches, starting processes costs more than it saves.
MIN_PARALLEL = 1000
CHUNK = 200

_approaches: Sequence[Approach] = ()
_assessor: Assessor | None = None


def _assess_range(bounds: tuple[int, int]) -> list[Assessment]:
    assert _assessor is not None  # set before the fork
    return [_assessor.assess(_approaches[i]) for i in range(*bounds)]


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def assess_all(
    assessor: Assessor,
    approaches: Sequence[Approach],
    *,
    jobs: int = 1,
    advance: Callable[[int], None] | None = None,
    min_parallel: int = MIN_PARALLEL,
) -> list[Assessment]:
    """Assessments of ``approaches``, in order; the same whatever ``jobs`` is."""
    step = advance or (lambda _n: None)
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    if jobs <= 1 or len(approaches) < min_parallel or not can_fork:
        out = []
        for approach in approaches:
            out.append(assessor.assess(approach))
            step(1)
        return out
    global _approaches, _assessor
    _approaches, _assessor = approaches, assessor
    # Load the learned models before forking, so that every worker shares them instead of
    # reading the artefacts again.
    assessor.assess(approaches[0])
    try:
        bounds = [(i, min(i + CHUNK, len(approaches))) for i in range(0, len(approaches), CHUNK)]
        results: list[Assessment] = []
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for chunk in pool.imap(_assess_range, bounds):
                results.extend(chunk)
                step(len(chunk))
        return results
    finally:
        _approaches, _assessor = (), None
