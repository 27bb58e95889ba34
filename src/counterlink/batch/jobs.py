"""The work ``counterlink batch`` does on each piece: score it, extract its indicators, convert
it; and the Parquet files it writes."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa  # type: ignore[import-untyped]  # pyarrow ships no type information
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from counterlink.assess import Assessor
from counterlink.batch.pieces import (
    APPROACH_COLUMN,
    ROWS_PER_GROUP,
    Piece,
    Runner,
    approaches,
    parse,
    portable,
    records,
)
from counterlink.campaigns import CampaignResult, Indicators
from counterlink.campaigns.indicators import extract
from counterlink.errors import CounterlinkError

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
        ("template_size", pa.int32()),
    ]
)
MEMBER_SCHEMA = pa.schema([("campaign_id", pa.string()), ("member", pa.string())])
_TEMPLATE_DTYPE = np.dtype("<u8")

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
    return portable(partial(_score_piece, model_dir=model_dir, out_dir=out_dir), piece)


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
    return portable(_indicator_piece, piece)


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
        for name in ("when", "persona", "sector", "organisation", "template_size"):
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
                template_size=columns["template_size"][k],
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
