"""The local registry: one DuckDB file holding every loaded register.

Default path: ``registry.duckdb`` in the user data folder (as the store's SQLite file),
overridden by ``COUNTERLINK_REGISTRY`` or an explicit path (``--registry``). Each loaded file is
recorded with its sha256, so loading the same bytes again is a no-op; rows are keyed
(PSC by ``links.self``, companies by number, BODS by recordId, list entries by list + id), so an
overlapping file replaces rather than duplicates.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from counterlink.errors import CounterlinkError

if TYPE_CHECKING:
    import duckdb

ENV_REGISTRY = "COUNTERLINK_REGISTRY"
BATCH = 20_000

# Column lists double as the JSON keys of the batch files (see insert_rows).
TABLES: dict[str, dict[str, str]] = {
    "companies": {
        "number": "VARCHAR PRIMARY KEY",
        "name": "VARCHAR",
        "name_key": "VARCHAR",
        "status": "VARCHAR",
        "category": "VARCHAR",
        "country": "VARCHAR",
        "incorporated": "DATE",
        "dissolved": "DATE",
        "sic": "VARCHAR[]",
        "address": "VARCHAR",
        "previous_names": "VARCHAR[]",
        "previous_keys": "VARCHAR[]",
        "file_sha": "VARCHAR",
        "line": "BIGINT",
    },
    # Every word of a company's name key and previous names' keys: name search looks a word
    # up through an index instead of scanning every name (resolve.by_name).
    "company_tokens": {
        "token": "VARCHAR",
        "number": "VARCHAR",
    },
    "pscs": {
        "self_link": "VARCHAR PRIMARY KEY",
        "company_number": "VARCHAR",
        "kind": "VARCHAR",
        "name": "VARCHAR",
        "name_key": "VARCHAR",
        "country": "VARCHAR",
        "nationality": "VARCHAR",
        "birth": "VARCHAR",
        "legal_form": "VARCHAR",
        "legal_authority": "VARCHAR",
        "country_registered": "VARCHAR",
        "place_registered": "VARCHAR",
        "registration_number": "VARCHAR",
        "reg_no_norm": "VARCHAR",
        "natures": "VARCHAR[]",
        "statement": "VARCHAR",
        "notified_on": "DATE",
        "ceased_on": "DATE",
        "ceased": "BOOLEAN",
        "file_sha": "VARCHAR",
        "line": "BIGINT",
    },
    "bods_entities": {
        "record_id": "VARCHAR PRIMARY KEY",
        "statement_id": "VARCHAR",
        "name": "VARCHAR",
        "name_key": "VARCHAR",
        "entity_type": "VARCHAR",
        "subtype": "VARCHAR",
        "jurisdiction": "VARCHAR",
        "identifiers": "VARCHAR[]",
        "gb_coh": "VARCHAR",
        "closed": "BOOLEAN",
        "file_sha": "VARCHAR",
    },
    "bods_persons": {
        "record_id": "VARCHAR PRIMARY KEY",
        "statement_id": "VARCHAR",
        "name": "VARCHAR",
        "name_key": "VARCHAR",
        "nationality": "VARCHAR",
        "closed": "BOOLEAN",
        "file_sha": "VARCHAR",
    },
    "bods_relationships": {
        "record_id": "VARCHAR PRIMARY KEY",
        "statement_id": "VARCHAR",
        "subject": "VARCHAR",
        "interested_party": "VARCHAR",
        "unspecified_reason": "VARCHAR",
        "interests": "VARCHAR",  # the interests array as JSON text, read by trace.py
        "is_component": "BOOLEAN",
        "component_records": "VARCHAR[]",
        "closed": "BOOLEAN",
        "file_sha": "VARCHAR",
    },
    "list_entries": {
        "key": "VARCHAR PRIMARY KEY",  # list + ':' + entry id
        "list": "VARCHAR",
        "entry_id": "VARCHAR",
        "name": "VARCHAR",
        "aliases": "VARCHAR[]",
        "name_keys": "VARCHAR[]",
        "topics": "VARCHAR[]",
        "country": "VARCHAR",
        "program": "VARCHAR",
        "end_date": "VARCHAR",
        "file_sha": "VARCHAR",
    },
    "files": {
        "sha256": "VARCHAR PRIMARY KEY",
        "path": "VARCHAR",
        "source": "VARCHAR",
        "date": "VARCHAR",
        "records": "BIGINT",
        "complete": "BOOLEAN",
        "note": "VARCHAR",
        "loaded_at": "TIMESTAMP",
    },
}


class RegistryError(CounterlinkError):
    """The registry file cannot be opened, or holds nothing to search."""


def registry_path(explicit: str | Path | None = None) -> Path:
    """``explicit`` (``--registry``), else ``$COUNTERLINK_REGISTRY``, else the user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_REGISTRY, "").strip()
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("counterlink")) / "registry.duckdb"


@dataclass(frozen=True)
class LoadedFile:
    sha256: str
    path: str
    source: str
    date: str | None
    records: int
    complete: bool
    note: str | None


class Registry:
    """An open registry. Use as a context manager; ``con`` is the DuckDB connection."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = path
        if read_only and not path.exists():
            raise RegistryError(
                "no registry here yet: load registers first with `counterlink registers load "
                "FILE...`",
                file=path,
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con: duckdb.DuckDBPyConnection = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise RegistryError(f"cannot open the registry ({exc})", file=path) from None
        if not read_only:
            self._create()

    def _create(self) -> None:
        for table, columns in TABLES.items():
            cols = ", ".join(f"{name} {kind}" for name, kind in columns.items())
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        # Upward walks look owners up by the company they own.
        self.con.execute("CREATE INDEX IF NOT EXISTS pscs_company ON pscs(company_number)")
        self.con.execute("CREATE INDEX IF NOT EXISTS rel_subject ON bods_relationships(subject)")
        self.con.execute("CREATE INDEX IF NOT EXISTS company_tokens_token ON company_tokens(token)")
        self.con.execute("CREATE INDEX IF NOT EXISTS companies_key ON companies(name_key)")
        # Corporate owners are looked up by name too (a firm known only from PSC records).
        self.con.execute("CREATE INDEX IF NOT EXISTS pscs_key ON pscs(name_key)")

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def loaded(self, sha256: str) -> LoadedFile | None:
        row = self.con.execute(
            "SELECT sha256, path, source, date, records, complete, note FROM files "
            "WHERE sha256 = ?",
            [sha256],
        ).fetchone()
        return LoadedFile(*row) if row else None

    def files(self) -> list[LoadedFile]:
        rows = self.con.execute(
            "SELECT sha256, path, source, date, records, complete, note FROM files "
            "ORDER BY loaded_at"
        ).fetchall()
        return [LoadedFile(*row) for row in rows]

    def record_file(self, done: LoadedFile) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp)",
            [
                done.sha256,
                done.path,
                done.source,
                done.date,
                done.records,
                done.complete,
                done.note,
            ],
        )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All of one file or nothing: a file that fails mid-way leaves no rows behind."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def index_company_names(self, sha256: str) -> None:
        """(Re)build the name words of the companies one file loaded."""
        self.con.execute(
            "DELETE FROM company_tokens WHERE number IN "
            "(SELECT number FROM companies WHERE file_sha = ?)",
            [sha256],
        )
        self.con.execute(
            "INSERT INTO company_tokens SELECT DISTINCT token, number FROM ("
            "SELECT number, unnest(string_split(name_key, ' ')) AS token FROM companies "
            "WHERE file_sha = ? AND name_key IS NOT NULL UNION ALL "
            "SELECT number, unnest(string_split(k, ' ')) AS token FROM "
            "(SELECT number, unnest(previous_keys) AS k FROM companies WHERE file_sha = ?)) "
            "WHERE token <> ''",
            [sha256, sha256],
        )

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Insert (or replace by key) a batch of rows through a JSON Lines file DuckDB reads
        natively: far faster than ``executemany`` and memory stays at one batch."""
        if not rows:
            return
        columns = TABLES[table]
        types = {name: kind.replace(" PRIMARY KEY", "") for name, kind in columns.items()}
        with tempfile.NamedTemporaryFile(
            "w", suffix=".jsonl", encoding="utf-8", delete=False
        ) as tmp:
            for row in rows:
                tmp.write(json.dumps({name: row.get(name) for name in columns}))
                tmp.write("\n")
        try:
            spec = "{" + ", ".join(f"'{n}': '{t}'" for n, t in types.items()) + "}"
            names = ", ".join(columns)
            self.con.execute(
                f"INSERT OR REPLACE INTO {table} ({names}) SELECT {names} FROM "
                f"read_json(?, format='newline_delimited', columns={spec})",
                [tmp.name],
            )
        finally:
            os.unlink(tmp.name)


def file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
