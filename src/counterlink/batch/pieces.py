"""The input of ``counterlink batch`` cut into **pieces**: byte ranges of a JSON Lines file cut
at line ends, or row groups of a Parquet file. A first pass counts the lines and approaches of
every piece, so each one then knows the line number and the input position (index) of its first
approach: errors name the file and line exactly as the in-process readers do, and an approach
without an id is ``#index`` exactly as in :func:`counterlink.campaigns.find_campaigns`. The
same pieces run in-process (:class:`LocalRunner`) or on Dask (:mod:`counterlink.batch.dask_engine`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow ships no type information
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.ingest.approach_json import validate_approach
from counterlink.schema import Approach

T = TypeVar("T")

BLOCKSIZE = 32_000_000  # bytes of JSON Lines per piece (~60,000 approaches of 500 bytes)
ROWS_PER_GROUP = 20_000  # Parquet row group written by `batch convert`: one piece each
APPROACH_COLUMN = "approach"
PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?\s*", re.IGNORECASE)
_UNITS = {"k": 10**3, "m": 10**6, "g": 10**9, "t": 10**12}


@dataclass(frozen=True)
class Piece:
    """A part of the input one task reads.

    JSON Lines: bytes ``start`` to ``end`` of ``path``, cut at line ends. Parquet: row group
    ``start`` of ``path``. ``records`` (approaches), ``first_line`` (of the file) and
    ``first_index`` (position of its first approach in the whole input) are known once the
    input is counted (:func:`prepare`); ``first_row`` is the Parquet row in its file.
    """

    number: int
    path: str  # absolute, for reading (a worker may run elsewhere)
    name: str  # as the user gave it, for messages
    format: Literal["jsonl", "parquet"]
    start: int
    end: int = 0
    lines: int | None = None
    records: int | None = None
    first_line: int = 1
    first_row: int = 1
    first_index: int = 0


class Runner(Protocol):
    """Runs ``work`` over pieces and yields each piece with its result, in any order."""

    def run(self, work: Callable[[Piece], T], pieces: Sequence[Piece]) -> Iterator[tuple[Piece, T]]:
        """``(piece, work(piece))`` for every piece."""
        ...


class LocalRunner:
    """The in-process engine: one piece after the other."""

    def run(self, work: Callable[[Piece], T], pieces: Sequence[Piece]) -> Iterator[tuple[Piece, T]]:
        for piece in pieces:
            yield piece, work(piece)


def parse_size(text: str) -> int:
    """``"32MB"`` → 32,000,000; ``"2GiB"`` → 2,147,483,648; a bare number is bytes."""
    match = _SIZE.fullmatch(text)
    if not match:
        raise CounterlinkError(f"not a size: {text!r} (examples: 32MB, 2GB, 512MiB)")
    number, unit = float(match.group(1)), (match.group(2) or "b").lower()
    if unit == "b":
        return int(number)
    base = 1024 ** (" kmgt".index(unit[0])) if "i" in unit else _UNITS[unit[0]]
    return int(number * base)


# ----- planning and counting (the driver) -------------------------------------------------


def _natural(path: Path) -> list[Any]:
    """part.2 before part.10."""
    return [int(s) if s.isdigit() else s for s in re.split(r"(\d+)", path.name)]


def input_files(path: Path) -> tuple[Literal["jsonl", "parquet"], list[Path]]:
    """The files of an input (a file, or a folder of Parquet or JSON Lines files) and their
    format."""
    if path.is_dir():
        files = sorted(
            (p for p in path.iterdir() if p.is_file() and not p.name.startswith((".", "_"))),
            key=_natural,
        )
        parquet = [p for p in files if p.suffix.lower() in PARQUET_SUFFIXES]
        jsonl = [p for p in files if p.suffix.lower() in JSONL_SUFFIXES]
        if parquet and jsonl:
            raise InvalidInput("holds both Parquet and JSON Lines files: keep one", file=path)
        if not parquet and not jsonl:
            raise InvalidInput("holds no .parquet or .jsonl files", file=path)
        return ("parquet", parquet) if parquet else ("jsonl", jsonl)
    if not path.is_file():
        raise InvalidInput("no such file or folder", file=path)
    return ("parquet" if path.suffix.lower() in PARQUET_SUFFIXES else "jsonl"), [path]


def plan(path: Path, blocksize: int = BLOCKSIZE) -> list[Piece]:
    """The pieces of an input, not yet counted (runs on the driver: reads only the line ends
    near each cut and the Parquet footers)."""
    kind, files = input_files(path)
    pieces: list[Piece] = []
    for file in files:
        where = (str(file.resolve()), str(file))
        if kind == "parquet":
            meta = _parquet_file(file).metadata
            row = 1
            for group in range(meta.num_row_groups):
                rows = meta.row_group(group).num_rows
                number = len(pieces)
                pieces.append(Piece(number, *where, "parquet", group, records=rows, first_row=row))
                row += rows
        else:
            for start, end in _cuts(file, blocksize):
                pieces.append(Piece(len(pieces), *where, "jsonl", start, end))
    return pieces


def _cuts(path: Path, blocksize: int) -> list[tuple[int, int]]:
    try:
        size = path.stat().st_size
        cuts = [0]
        with path.open("rb") as file:
            while cuts[-1] + blocksize < size:
                file.seek(cuts[-1] + blocksize - 1)
                file.readline()  # to the end of the line the cut falls in
                if file.tell() >= size:
                    break
                cuts.append(file.tell())
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=path) from None
    cuts.append(size)
    return list(pairwise(cuts))


def _parquet_file(path: Path | str, name: Path | str | None = None) -> Any:
    try:
        file = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as exc:
        raise InvalidInput(f"cannot read as Parquet: {exc}", file=name or path) from None
    schema = file.schema_arrow
    kind = schema.field(APPROACH_COLUMN).type if APPROACH_COLUMN in schema.names else None
    if kind is None or not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
        raise InvalidInput(
            f"needs a string column {APPROACH_COLUMN!r} holding approach/1 JSON, one approach a "
            "row (`counterlink batch convert` writes one)",
            file=name or path,
        )
    return file


def count(piece: Piece) -> tuple[int, int]:
    """The lines and the approaches (non-blank lines) of a JSON Lines piece. Bytes that are not
    UTF-8 are counted here and reported, with their line, when the piece is read."""
    raw = portable(_jsonl_bytes, piece)
    lines = raw.decode("utf-8-sig" if piece.start == 0 else "utf-8", "replace").split("\n")
    return len(lines) - 1, sum(1 for line in lines if line.strip())


def prepare(runner: Runner, path: Path, blocksize: int = BLOCKSIZE) -> list[Piece]:
    """The pieces of an input, counted (a first pass over JSON Lines, on the runner), each
    knowing its first line and the index of its first approach."""
    pieces = plan(path, blocksize)
    counts = {p.number: c for p, c in runner.run(count, [p for p in pieces if p.records is None])}
    numbered: list[Piece] = []
    index, line, previous = 0, 1, ""
    for piece in pieces:
        if piece.number in counts:
            lines, records = counts[piece.number]
            piece = replace(piece, lines=lines, records=records)
        if piece.path != previous:
            line, previous = 1, piece.path
        numbered.append(replace(piece, first_line=line, first_index=index))
        line += piece.lines or 0
        index += piece.records or 0
    if index == 0:
        raise InvalidInput("no approaches found", file=path)
    return numbered


# ----- reading a piece (a worker) ---------------------------------------------------------


def portable(work: Callable[[Piece], T], piece: Piece) -> T:
    """``work(piece)``, its errors made to keep their file and line when pickled back from a
    worker (a CounterlinkError's location lives in attributes pickle does not carry)."""
    try:
        return work(piece)
    except CounterlinkError as exc:
        raise type(exc)(str(exc)) from None


def _jsonl_bytes(piece: Piece) -> bytes:
    try:
        with open(piece.path, "rb") as file:
            file.seek(piece.start)
            return file.read(piece.end - piece.start)
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=piece.name) from None


def _jsonl_text(piece: Piece) -> str:
    raw = _jsonl_bytes(piece)
    try:
        return raw.decode("utf-8-sig" if piece.start == 0 else "utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {piece.start + exc.start}); "
            "save the file as UTF-8",
            file=piece.name,
            line=piece.first_line + raw[: exc.start].count(b"\n"),
        ) from None


def records(piece: Piece) -> Iterator[tuple[str, str, int | None]]:
    """The approach texts of a piece, each with where it is (file label and line)."""
    if piece.format == "jsonl":
        for k, line in enumerate(_jsonl_text(piece).split("\n")):
            if line.strip():
                yield line, piece.name, piece.first_line + k
        return
    file = _parquet_file(piece.path, piece.name)
    table = file.read_row_group(piece.start, columns=[APPROACH_COLUMN])
    for k, text in enumerate(table.column(0).to_pylist()):
        where = f"{piece.name} row {piece.first_row + k}"
        if text is None or not text.strip():
            raise InvalidInput(f"empty {APPROACH_COLUMN!r}", file=where)
        yield text, where, None


def approaches(piece: Piece) -> Iterator[tuple[int, Approach]]:
    """Each approach of a piece, validated, with its index in the whole input. A bad record
    is an error naming the file and line (or Parquet row) and the field: nothing is dropped."""
    index = piece.first_index
    for text, where, line in records(piece):
        yield index, parse(text, where, line)
        index += 1


def parse(text: str, where: str, line: int | None) -> Approach:
    """One record's text → Approach, or InvalidInput naming where it is and the field."""
    try:
        item = json.loads(text)
    except json.JSONDecodeError as exc:
        kind = "JSON Lines record" if line is not None else "JSON"
        raise InvalidInput(
            f"malformed {kind}: {exc.msg} (column {exc.colno})", file=where, line=line
        ) from None
    return validate_approach(item, where, line)


# ----- scoring ----------------------------------------------------------------------------
