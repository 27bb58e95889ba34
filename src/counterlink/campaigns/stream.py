"""Indicators straight from a JSON Lines file, in chunks and on several processes, so that a
file of a million approaches never has to be held as approach objects: each line is parsed,
validated (errors name the file and line), reduced to its indicators and dropped."""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

from counterlink.campaigns.indicators import Indicators, compact, extract
from counterlink.errors import InvalidInput
from counterlink.ingest.approach_json import read_approach_file, read_numbered, validate_approach
from counterlink.schema import Approach

CHUNK = 2000


def json_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a JSON Lines file with their numbers, read one at a time."""
    try:
        with path.open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError:
                    raise InvalidInput(
                        "not UTF-8 text; save the file as UTF-8", file=path, line=number
                    ) from None
                if line.strip():
                    yield number, line
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=path) from None


def parse_line(path: Path | str, number: int, line: str) -> Approach:
    """One JSON Lines record as an approach; errors name the file and line."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"malformed JSON Lines record: {exc.msg} (column {exc.colno})", file=path, line=number
        ) from None
    return validate_approach(item, path, number)


def iter_approaches(path: Path) -> Iterator[tuple[int, Approach]]:
    """Each approach of ``path`` with its line: JSON Lines one line at a time, a JSON array
    or a single object read whole."""
    if not is_json_lines(path):
        yield from read_numbered(path)
        return
    for number, line in json_lines(path):
        yield number, parse_line(path, number, line)


def _extract_chunk(job: tuple[str, int, list[tuple[int, str]]]) -> list[Indicators]:
    path, start, lines = job
    return [
        extract(parse_line(path, number, line), start + k) for k, (number, line) in enumerate(lines)
    ]


def is_json_lines(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=path) from None
    return not head.startswith(b"[")


def indicators_from_file(
    path: Path, *, jobs: int = 1, advance: Callable[[int], None] | None = None
) -> list[Indicators]:
    """The indicators of every approach in ``path`` (JSON Lines streamed; a JSON array or a
    single object read whole). Ids default to ``#index`` as in :func:`extract`."""
    step = advance or (lambda _n: None)
    if not is_json_lines(path):
        approaches = read_approach_file(path)
        step(len(approaches))
        return compact((extract(a, i) for i, a in enumerate(approaches)), {})
    lines = json_lines(path)

    def jobs_iter() -> Iterator[tuple[str, int, list[tuple[int, str]]]]:
        start = 0
        while chunk := list(islice(lines, CHUNK)):
            yield str(path), start, chunk
            start += len(chunk)

    items: list[Indicators] = []
    values: dict[object, object] = {}  # each value once in memory (compact)
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    if jobs <= 1 or not can_fork:
        for job in jobs_iter():
            items.extend(compact(_extract_chunk(job), values))
            step(len(job[2]))
    else:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for chunk in pool.imap(_extract_chunk, jobs_iter()):
                items.extend(compact(chunk, values))
                step(len(chunk))
    if not items:
        raise InvalidInput("no approaches in the file", file=path)
    return items
