"""Batch work over inputs too big for memory (``counterlink batch``): approach/1 JSON Lines or
Parquet in, Parquet out, in pieces one worker handles with bounded memory.

The input is cut into **pieces**: byte ranges of a JSON Lines file cut at line ends, or row
groups of a Parquet file. A first pass counts the lines and approaches of every piece, so each
one then knows the line number and the input position (index) of its first approach: errors
name the file and line exactly as the in-process readers do, and an approach without an id is
``#index`` exactly as in :func:`counterlink.campaigns.find_campaigns`. The same pieces run
in-process (:class:`LocalRunner`) or on Dask (``counterlink.campaigns.dask_engine``), so both
engines write the same files.

Needs pyarrow (the ``dask`` extra); imports no Dask.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow ships no type information
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from counterlink.assess import Assessor
from counterlink.campaigns import CampaignResult, Indicators
from counterlink.campaigns.indicators import extract
from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.ingest.approach_json import validate_approach
from counterlink.schema import Approach

T = TypeVar("T")

BLOCKSIZE = 32_000_000  # bytes of JSON Lines per piece (~60,000 approaches of 500 bytes)
ROWS_PER_GROUP = 20_000  # Parquet row group written by `batch convert`: one piece each
APPROACH_COLUMN = "approach"
PARQUET_SUFFIXES = (".parquet", ".pq")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")

SCORE_SCHEMA = pa.schema(
    [
        ("index", pa.int64()),
        ("id", pa.string()),
        ("score", pa.float64()),
        ("level", pa.string()),
        ("model", pa.string()),
        ("findings", pa.string()),
    ]
)
INDICATOR_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("keys", pa.list_(pa.string())),  # "kind\tvalue"
        ("firms", pa.list_(pa.string())),
        ("photo", pa.uint64()),
        ("template", pa.binary()),  # the MinHash signature, little-endian uint64
        ("when", pa.string()),
        ("persona", pa.string()),
        ("sector", pa.string()),
        ("organisation", pa.string()),
    ]
)
MEMBER_SCHEMA = pa.schema([("campaign_id", pa.string()), ("member", pa.string())])
_TEMPLATE_DTYPE = np.dtype("<u8")
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
    raw = _portable(_jsonl_bytes, piece)
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


def _portable(work: Callable[[Piece], T], piece: Piece) -> T:
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

_ASSESSORS: dict[str | None, Assessor] = {}


def assessor(model_dir: str | None) -> Assessor:
    """The assessor of a model folder, loaded once per process (each Dask worker keeps one)."""
    if model_dir not in _ASSESSORS:
        _ASSESSORS[model_dir] = Assessor.from_path(Path(model_dir) if model_dir else None)
    return _ASSESSORS[model_dir]


def part_name(piece: Piece) -> str:
    return f"part-{piece.number:05d}.parquet"


def score_piece(piece: Piece, model_dir: str | None, out_dir: str) -> int:
    """Assess every approach of a piece and write ``part-NNNNN.parquet`` under ``out_dir``
    (columns: index, id, score, level, model, findings as JSON); the rows written."""
    return _portable(partial(_score_piece, model_dir=model_dir, out_dir=out_dir), piece)


def _score_piece(piece: Piece, model_dir: str | None, out_dir: str) -> int:
    scorer = assessor(model_dir)
    columns: dict[str, list[Any]] = {name: [] for name in SCORE_SCHEMA.names}
    for index, approach in approaches(piece):
        result = scorer.assess(approach)
        columns["index"].append(index)
        columns["id"].append(approach.id or f"#{index}")
        columns["score"].append(result.score)
        columns["level"].append(result.level)
        columns["model"].append(result.model)
        findings = [f.model_dump(mode="json") for f in result.findings]
        columns["findings"].append(json.dumps(findings, ensure_ascii=False))
    table = pa.table(columns, schema=SCORE_SCHEMA)
    _write_atomically(table, Path(out_dir) / part_name(piece))
    return int(table.num_rows)


def _write_atomically(table: Any, path: Path) -> None:
    # A hidden name until complete: readers of the folder skip names starting with "."
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    try:
        pq.write_table(table, temporary)
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CounterlinkError(f"cannot write: {exc.strerror or exc}", file=path) from None


def score(
    runner: Runner,
    pieces: Sequence[Piece],
    out_dir: Path,
    model_dir: Path | None = None,
    advance: Callable[[int], None] | None = None,
) -> int:
    """Score every piece into ``out_dir`` (one part per piece); the approaches scored."""
    assessor(str(model_dir) if model_dir else None)  # a bad model fails here, not on a worker
    work = partial(
        score_piece, model_dir=str(model_dir) if model_dir else None, out_dir=str(out_dir)
    )
    total = 0
    for _, rows in runner.run(work, pieces):
        total += rows
        if advance:
            advance(rows)
    return total


# ----- campaigns --------------------------------------------------------------------------


def indicator_piece(piece: Piece) -> Any:
    """The indicators of every approach of a piece, as a compact Arrow table (about 1 KB an
    approach) in input order."""
    return _portable(_indicator_piece, piece)


def _indicator_piece(piece: Piece) -> Any:
    columns: dict[str, list[Any]] = {name: [] for name in INDICATOR_SCHEMA.names}
    for index, approach in approaches(piece):
        item = extract(approach, index)
        columns["id"].append(item.id)
        columns["keys"].append([f"{kind}\t{value}" for kind, value in item.keys])
        columns["firms"].append(list(item.firms))
        columns["photo"].append(item.photo)
        template = item.template
        columns["template"].append(
            None if template is None else template.astype(_TEMPLATE_DTYPE).tobytes()
        )
        for name in ("when", "persona", "sector", "organisation"):
            columns[name].append(getattr(item, name))
    return pa.table(columns, schema=INDICATOR_SCHEMA)


def indicators_from_table(table: Any, shared: dict[Any, Any] | None = None) -> list[Indicators]:
    """:class:`Indicators` back from :func:`indicator_piece`'s table (equal to what
    :func:`extract` gave on the worker). Values many approaches hold (a firm, a sector, a
    name key) are kept once in ``shared``, pass the same dict for every table."""
    one = shared if shared is not None else {}
    columns = {name: table.column(name).to_pylist() for name in INDICATOR_SCHEMA.names}
    items: list[Indicators] = []
    for k in range(table.num_rows):
        keys = []
        for text in columns["keys"][k]:
            pair = tuple(text.split("\t", 1))
            keys.append(one.setdefault(pair, pair))
        raw = columns["template"][k]
        items.append(
            Indicators(
                id=columns["id"][k],
                keys=tuple(keys),
                firms=tuple(one.setdefault(f, f) for f in columns["firms"][k]),
                photo=columns["photo"][k],
                template=None if raw is None else np.frombuffer(raw, _TEMPLATE_DTYPE),
                when=columns["when"][k],
                persona=columns["persona"][k],
                sector=one.setdefault(columns["sector"][k], columns["sector"][k]),
                organisation=one.setdefault(columns["organisation"][k], columns["organisation"][k]),
            )
        )
    return items


def indicators(
    runner: Runner, pieces: Sequence[Piece], advance: Callable[[int], None] | None = None
) -> list[Indicators]:
    """The indicators of every approach, in input order (extracted by the runner, gathered
    here as compact tables)."""
    by_piece: dict[int, list[Indicators]] = {}
    shared: dict[Any, Any] = {}
    for piece, table in runner.run(indicator_piece, pieces):
        by_piece[piece.number] = indicators_from_table(table, shared)
        if advance:
            advance(len(by_piece[piece.number]))
    return [item for number in sorted(by_piece) for item in by_piece[number]]


def write_campaigns(result: CampaignResult, out_dir: Path, *, with_links: bool = False) -> None:
    """``campaigns.parquet`` (campaign_id, member: a row per member) and ``campaigns.json``."""
    rows = [(c.id, m) for c in result.campaigns for m in c.members]
    table = pa.table(
        {"campaign_id": [r[0] for r in rows], "member": [r[1] for r in rows]}, schema=MEMBER_SCHEMA
    )
    _write_atomically(table, out_dir / "campaigns.parquet")
    document = json.dumps(result.to_json(with_links=with_links), ensure_ascii=False)
    temporary = out_dir / f".campaigns.json.{uuid.uuid4().hex[:8]}"
    try:
        temporary.write_text(document + "\n", "utf-8")
        os.replace(temporary, out_dir / "campaigns.json")
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CounterlinkError(f"cannot write: {exc.strerror}", file=out_dir) from None


# ----- output folders and conversion ------------------------------------------------------


def output_folder(out_dir: Path, names: Sequence[str], *, overwrite: bool) -> Path:
    """``out_dir`` made ready: created if missing; refused if it holds files matching
    ``names`` (glob patterns) unless ``overwrite``, which removes them first."""
    if out_dir.exists() and not out_dir.is_dir():
        raise CounterlinkError("is a file: --out needs a folder", file=out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CounterlinkError(f"cannot create: {exc.strerror}", file=out_dir) from None
    found = sorted({p for pattern in names for p in out_dir.glob(pattern)})
    if found and not overwrite:
        raise CounterlinkError(
            f"holds output of an earlier run ({found[0].name}...): pass --overwrite or choose "
            "another folder",
            file=out_dir,
        )
    for path in found:
        path.unlink()
    return out_dir.resolve()


def convert(
    pieces: Sequence[Piece],
    out_file: Path,
    rows_per_group: int = ROWS_PER_GROUP,
    advance: Callable[[int], None] | None = None,
) -> int:
    """Write the approaches of ``pieces`` (validated, text as given) to one Parquet file with a
    string column ``approach`` and row groups of ``rows_per_group``; the rows written."""
    schema = pa.schema([(APPROACH_COLUMN, pa.string())])
    temporary = out_file.with_name(f".{out_file.name}.{uuid.uuid4().hex[:8]}")
    written = 0
    try:
        with pq.ParquetWriter(temporary, schema) as writer:
            batch: list[str] = []
            for piece in pieces:
                for text, where, line in records(piece):
                    parse(text, where, line)
                    batch.append(text.strip())
                    if len(batch) == rows_per_group:
                        writer.write_table(pa.table({APPROACH_COLUMN: batch}, schema=schema))
                        written, batch = written + len(batch), []
                if advance:
                    advance(piece.records or 0)
            if batch:
                writer.write_table(pa.table({APPROACH_COLUMN: batch}, schema=schema))
                written += len(batch)
        os.replace(temporary, out_file)
    except OSError as exc:
        raise CounterlinkError(f"cannot write: {exc.strerror or exc}", file=out_file) from None
    finally:
        temporary.unlink(missing_ok=True)
    return written
