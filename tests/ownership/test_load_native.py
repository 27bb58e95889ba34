"""The PSC snapshot read by DuckDB itself: the same rows as the line reader, and every rule
still enforced with an error naming the line (the line reader is asked where)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from counterlink.errors import InvalidInput
from counterlink.ownership.load import load_file
from counterlink.ownership.load_psc import load_psc_python
from counterlink.ownership.load_psc_native import NativeRefused, load_psc_native
from counterlink.ownership.registry import Registry, file_sha256
from tests.ownership.conftest import FIXTURES

SNAPSHOT = FIXTURES / "psc-snapshot.jsonl"
# Compared column by column; `line` (DuckDB gives none) and individuals' `name_key` (never
# searched) are the documented differences.
COLUMNS = (
    "self_link, company_number, kind, name, country, nationality, birth, legal_form, "
    "legal_authority, country_registered, place_registered, registration_number, reg_no_norm, "
    "natures, statement, notified_on, ceased_on, ceased, "
    "CASE WHEN kind LIKE 'individual%' THEN NULL ELSE name_key END"
)


def _rows(reg: Registry) -> list[Any]:
    return reg.con.execute(f"SELECT {COLUMNS} FROM pscs ORDER BY self_link").fetchall()


def test_duckdb_reads_the_same_rows_as_the_line_reader(tmp_path: Path) -> None:
    sha = file_sha256(SNAPSHOT)
    with Registry(tmp_path / "native.duckdb") as native, Registry(tmp_path / "py.duckdb") as py:
        got = load_psc_native(native, SNAPSHOT, sha, lambda _n: None)
        want = load_psc_python(py, SNAPSHOT, sha, lambda _n: None)
        assert (got.records, got.complete, got.date, got.note) == (
            want.records,
            want.complete,
            want.date,
            want.note,
        )
        assert _rows(native) == _rows(py) and len(_rows(native)) == 21
        # Corporate and legal persons keep the key they are searched by.
        keyed = native.con.execute(
            "SELECT count(*) FROM pscs WHERE kind LIKE 'legal-person%' AND name_key IS NOT NULL"
        ).fetchone()
        assert keyed is not None and keyed[0] > 0


def test_a_zip_is_streamed_to_duckdb(tmp_path: Path) -> None:
    archive = tmp_path / "snapshot.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(SNAPSHOT, "snapshot.txt")
    with Registry(tmp_path / "r.duckdb") as reg:
        done = load_psc_native(reg, archive, file_sha256(archive), lambda _n: None)
        assert done.complete and done.records == 21
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".psc-")] == []


def _variant(tmp_path: Path, edit: Any) -> Path:
    lines = SNAPSHOT.read_text().splitlines(keepends=True)
    path = tmp_path / "variant.jsonl"
    path.write_text("".join(edit(lines)))
    return path


@pytest.mark.parametrize(
    ("edit", "line", "field"),
    [
        # a bad date DuckDB would read as text: the line reader names line and field
        (
            lambda ls: [ls[0].replace('"notified_on": "', '"notified_on": "31/31/'), *ls[1:]],
            1,
            "data.notified_on",
        ),
        # no company number
        (
            lambda ls: [
                *ls[:2],
                '{"data": {"kind": "individual-person-with-significant-control"}}\n',
                *ls[2:],
            ],
            3,
            "company_number",
        ),
        # a record after the totals trailer
        (lambda ls: [*ls[:-1], ls[-1], ls[0]], None, None),
        # a field of the wrong type for DuckDB's column spec
        (
            lambda ls: [
                *ls[:1],
                '{"company_number": "1", "data": {"kind": "x", "natures_of_control": "a"}}\n',
                *ls[1:],
            ],
            2,
            "data.natures_of_control",
        ),
    ],
)
def test_a_broken_rule_is_refused_and_named_by_line(
    tmp_path: Path, edit: Any, line: int | None, field: str | None
) -> None:
    path = _variant(tmp_path, edit)
    sha = file_sha256(path)
    with Registry(tmp_path / "r.duckdb") as reg:
        reg.con.execute("BEGIN TRANSACTION")
        with pytest.raises(NativeRefused):
            load_psc_native(reg, path, sha, lambda _n: None)
        reg.con.execute("ROLLBACK")
        with pytest.raises(InvalidInput) as caught:
            load_file(reg, path)
        assert reg.con.execute("SELECT count(*) FROM pscs").fetchone() == (0,)
    assert caught.value.file == str(path)
    if line is not None:
        assert caught.value.line == line
    else:
        assert "after the totals trailer" in str(caught.value)
    if field is not None:
        assert caught.value.field == field
