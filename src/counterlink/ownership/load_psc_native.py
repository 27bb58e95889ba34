"""The PSC snapshot read by DuckDB itself (``read_json`` with an explicit column spec), not
line by line in Python: the full ~13 M-line snapshot in minutes at bounded memory.

Same rows and rules as load_psc's line reader. Where DuckDB cannot read the file (a line that is
not JSON, a field of the wrong type) or a row breaks a rule (no company number, no kind, a bad
date, a record after the totals trailer), ``NativeRefused`` is raised and the caller reads the
file again line by line, so the error still names the line. A file that stops mid-line (a cut
download) goes to the line reader too: it records such a file as incomplete.

A zip (as Companies House publishes it) is first streamed into a temporary file next to the
registry, as DuckDB reads no zip. Differences from the line reader: ``line`` is not recorded
(DuckDB gives no line numbers) and ``name_key`` is set only for corporate and legal persons
(the only PSCs searched by name; individuals are keyed at trace time).
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from counterlink.ownership.files import open_text
from counterlink.ownership.load_psc import (
    EXEMPTIONS,
    STATEMENT,
    TRAILER,
    check_trailer,
    load_psc_python,
)
from counterlink.ownership.match import name_key
from counterlink.ownership.registry import TABLES, LoadedFile, Registry

# DuckDB's own working memory while loading (the goal is ≤ 2 GB peak for the whole process).
MEMORY_LIMIT = "1GB"
_DATA = (
    "STRUCT(kind VARCHAR, name VARCHAR, links STRUCT(self VARCHAR), "
    "address STRUCT(country VARCHAR), country_of_residence VARCHAR, nationality VARCHAR, "
    "date_of_birth STRUCT(year BIGINT, month BIGINT), "
    "identification STRUCT(legal_form VARCHAR, legal_authority VARCHAR, "
    "country_registered VARCHAR, place_registered VARCHAR, registration_number VARCHAR), "
    "natures_of_control VARCHAR[], statement VARCHAR, notified_on VARCHAR, ceased_on VARCHAR, "
    "ceased BOOLEAN)"
)
_COLUMNS = "{'company_number': 'VARCHAR', 'data': '" + _DATA + "'}"
# Marks in the otherwise unused `line` column while loading: a row breaking a rule, a trailer.
_BAD, _TRAILER_ROW = -1, -2


class NativeRefused(Exception):
    """DuckDB could not read this file, or a row breaks a rule: read it line by line."""


def _date(expr: str) -> str:
    return (
        f"coalesce(try_strptime(left({expr}, 10), '%Y-%m-%d'), "
        f"try_strptime(left({expr}, 10), '%d/%m/%Y'))::DATE"
    )


def _pad(expr: str) -> str:
    # files.pad_number in SQL: all-digit numbers padded to 8, others upper case, no spaces.
    v = f"nullif(regexp_replace(upper({expr}), '\\s', '', 'g'), '')"
    return f"CASE WHEN regexp_full_match({v}, '[0-9]{{1,8}}') THEN lpad({v}, 8, '0') ELSE {v} END"


def _select(sha: str) -> str:
    d = "data"
    number = "nullif(trim(company_number), '')"
    bad_date = " OR ".join(
        f"(nullif(trim({d}.{f}), '') IS NOT NULL AND {_date(f'trim({d}.{f})')} IS NULL)"
        for f in ("notified_on", "ceased_on")
    )
    key = (
        f"coalesce({d}.links.self, 'nolink:{sha[:16]}:' || md5(concat_ws('|', company_number, "
        f"{d}.kind, {d}.name, {d}.notified_on, {d}.ceased_on, {d}.statement)))"
    )
    columns = {
        "self_link": key,
        "company_number": _pad("company_number"),
        "kind": f"{d}.kind",
        "name": f"{d}.name",
        "name_key": "NULL",
        "country": f"coalesce(nullif({d}.country_of_residence, ''), {d}.address.country)",
        "nationality": f"{d}.nationality",
        "birth": (
            f"CASE WHEN {d}.date_of_birth.year IS NOT NULL THEN {d}.date_of_birth.year::VARCHAR "
            f"|| '-' || lpad(coalesce({d}.date_of_birth.month::VARCHAR, 'None'), 2, '0') END"
        ),
        "legal_form": f"{d}.identification.legal_form",
        "legal_authority": f"{d}.identification.legal_authority",
        "country_registered": f"{d}.identification.country_registered",
        "place_registered": f"{d}.identification.place_registered",
        "registration_number": f"{d}.identification.registration_number",
        "reg_no_norm": _pad(f"{d}.identification.registration_number"),
        "natures": f"coalesce({d}.natures_of_control, [])",
        "statement": f"{d}.statement",
        "notified_on": _date(f"trim({d}.notified_on)"),
        "ceased_on": _date(f"trim({d}.ceased_on)"),
        "ceased": f"{_date(f'trim({d}.ceased_on)')} IS NOT NULL OR coalesce({d}.ceased, false)",
        "file_sha": f"'{sha}'",
        "line": (
            f"CASE WHEN {d}.kind = '{TRAILER}' THEN {_TRAILER_ROW} "
            f"WHEN {number} IS NULL OR {d}.kind IS NULL OR {bad_date} THEN {_BAD} END"
        ),
    }
    assert list(columns) == [c for c in TABLES["pscs"] if c in columns]
    names = ", ".join(columns)
    values = ", ".join(columns.values())
    return f"INSERT OR REPLACE INTO pscs ({names}) SELECT {values} FROM read_json(?, " + (
        f"format='newline_delimited', columns={_COLUMNS})"
    )


@contextmanager
def _plain(path: Path, workdir: Path, advance: Callable[[int], None]) -> Iterator[Path]:
    """The file DuckDB reads: ``path`` itself, or a zip's member streamed into a temp file."""
    if not zipfile.is_zipfile(path):
        yield path
        return
    fd, name = tempfile.mkstemp(suffix=".jsonl", prefix=".psc-", dir=workdir)
    try:
        with os.fdopen(fd, "wb") as sink, open_text(path) as text:
            raw = text.buffer  # type: ignore[attr-defined]
            while chunk := raw.read(1 << 22):
                sink.write(chunk)
                advance(len(chunk))
        yield Path(name)
    finally:
        os.unlink(name)


def _last_line(path: Path) -> tuple[bytes, bool]:
    """The last non-empty line and whether the file ends with a newline."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - (1 << 16)))
        tail = handle.read()
    ends = tail.endswith(b"\n")
    lines = [line for line in tail.splitlines() if line.strip()]
    return (lines[-1] if lines else b""), ends


def load_psc_native(
    registry: Registry, path: Path, sha: str, advance: Callable[[int], None]
) -> LoadedFile:
    import duckdb

    con = registry.con
    with _plain(path, registry.path.parent, advance) as plain:
        last, ends_with_newline = _last_line(plain)
        if not ends_with_newline:
            raise NativeRefused("the file stops mid-line")
        try:
            record: Any = json.loads(last)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise NativeRefused("the last line is not JSON") from None
        data = record.get("data") if isinstance(record, dict) else None
        trailer = data if isinstance(data, dict) and data.get("kind") == TRAILER else None
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        con.execute("SET preserve_insertion_order = false")
        try:
            con.execute(_select(sha), [str(plain)])
        except duckdb.Error:
            _restart(registry)
            raise NativeRefused("DuckDB cannot read the file") from None
        finally:
            con.execute("RESET memory_limit")
            con.execute("RESET preserve_insertion_order")
        if not zipfile.is_zipfile(path):
            advance(path.stat().st_size)
    trailers = con.execute(
        "DELETE FROM pscs WHERE file_sha = ? AND line = ? RETURNING 1", [sha, _TRAILER_ROW]
    ).fetchall()
    bad = con.execute(
        "SELECT count(*) FROM pscs WHERE file_sha = ? AND line = ?", [sha, _BAD]
    ).fetchone()
    # A trailer that is not the last line, or a row breaking a rule: the line reader says where.
    if (bad and bad[0]) or len(trailers) > (1 if trailer is not None else 0):
        _restart(registry)
        raise NativeRefused("a row breaks a rule")
    _name_keys(registry, sha)
    rows = con.execute(
        "SELECT kind, count(*) FROM pscs WHERE file_sha = ? GROUP BY kind", [sha]
    ).fetchall()
    counts = {"psc": 0, "statement": 0, "exemptions": 0}
    for kind, n in rows:
        bucket = "statement" if kind == STATEMENT else kind if kind == EXEMPTIONS else "psc"
        counts[bucket] += n
    complete, note = check_trailer(trailer, counts, False, 0)
    date = (
        str(trailer.get("generated_at"))[:10] if trailer and trailer.get("generated_at") else None
    )
    return LoadedFile(
        sha, str(path), "companies-house-psc", date, sum(counts.values()), complete, note
    )


def _restart(registry: Registry) -> None:
    """Undo what this load wrote and start the file's transaction again for the line reader
    (load.load_file opens it and nothing runs in it before the loader; a DuckDB error aborts
    it)."""
    registry.con.execute("ROLLBACK")
    registry.con.execute("BEGIN TRANSACTION")


def _name_keys(registry: Registry, sha: str) -> None:
    """Keys for the PSCs searched by name (corporate and legal persons), computed once per
    distinct name."""
    con = registry.con
    names = con.execute(
        "SELECT DISTINCT name FROM pscs WHERE file_sha = ? AND name IS NOT NULL AND "
        "(kind LIKE 'corporate-entity%' OR kind LIKE 'legal-person%')",
        [sha],
    ).fetchall()
    keyed = [(n, k) for (n,) in names if (k := name_key(n))]
    if not keyed:
        return
    con.execute("CREATE TEMP TABLE IF NOT EXISTS psc_keys (name VARCHAR, key VARCHAR)")
    con.execute("DELETE FROM psc_keys")
    con.execute(
        "INSERT INTO psc_keys SELECT unnest(?), unnest(?)",
        [[n for n, _ in keyed], [k for _, k in keyed]],
    )
    con.execute(
        "UPDATE pscs SET name_key = psc_keys.key FROM psc_keys WHERE pscs.file_sha = ? AND "
        "pscs.name = psc_keys.name AND (pscs.kind LIKE 'corporate-entity%' OR "
        "pscs.kind LIKE 'legal-person%')",
        [sha],
    )
    con.execute("DROP TABLE psc_keys")


def load_psc_fast(
    registry: Registry, path: Path, sha: str, advance: Callable[[int], None]
) -> LoadedFile:
    """DuckDB reads the lines; a file it refuses is read again line by line (load_psc), so
    the error names the line."""
    try:
        return load_psc_native(registry, path, sha, advance)
    except NativeRefused:
        return load_psc_python(registry, path, sha, advance)
