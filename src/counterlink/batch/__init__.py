"""Batch work over inputs too big for memory (``counterlink batch``): approach/1 JSON Lines or
Parquet in, Parquet out, in pieces one worker handles with bounded memory (:mod:`.pieces`), the
work done on each (:mod:`.jobs`), in-process or on Dask (:mod:`.dask_engine`, imported only by
``--engine dask``).

Needs pyarrow (the ``dask`` extra); imports no Dask.
"""

# Imported first so that, without pyarrow, importing the package fails at once with pyarrow's
# name (the CLI turns that into "install counterlink[dask]").
import pyarrow  # type: ignore[import-untyped]  # noqa: F401

from counterlink.batch.jobs import (
    assessor,
    convert,
    indicator_piece,
    indicators,
    indicators_from_table,
    output_folder,
    part_name,
    score,
    score_piece,
    write_campaigns,
)
from counterlink.batch.pieces import (
    BLOCKSIZE,
    LocalRunner,
    Piece,
    Runner,
    approaches,
    count,
    input_files,
    parse,
    parse_size,
    plan,
    prepare,
    records,
)

__all__ = [
    "BLOCKSIZE",
    "LocalRunner",
    "Piece",
    "Runner",
    "approaches",
    "assessor",
    "convert",
    "count",
    "indicator_piece",
    "indicators",
    "indicators_from_table",
    "input_files",
    "output_folder",
    "parse",
    "parse_size",
    "part_name",
    "plan",
    "prepare",
    "records",
    "score",
    "score_piece",
    "write_campaigns",
]
