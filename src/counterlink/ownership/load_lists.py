"""State-linked and restricted lists: OpenSanctions CSV exports and FollowTheMoney entities.

CSV: ``targets.simple.csv`` (id, schema, name, aliases, countries, program_ids, dataset, …) and
the source-style CSVs OpenSanctions keeps per dataset (1260H: Name, Clean Name, Alias, Previous
Name; special_leg: name, aliases, topics; BIS MIEU: Name, Alias, Country, Topics). Multi-valued
cells are split on ``;``. FtM: one ``{"id", "schema", "properties", "datasets"}`` entity per
line (ECOSYSTEM.md §3.3); only legal entities are kept (Ownership and other edges are skipped).
The list a row belongs to is its ``dataset`` (column or FtM ``datasets``), else the file name.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.ownership.files import open_text
from counterlink.ownership.match import name_key
from counterlink.ownership.registry import BATCH, LoadedFile, Registry

NAME_COLUMNS = ("clean name", "name", "caption")
ALIAS_COLUMNS = ("aliases", "alias", "previous name", "previous_name", "weak_aliases")
ENTITY_SCHEMAS = {"Company", "Organization", "LegalEntity", "PublicBody", "Person"}


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _entry(
    list_name: str,
    entry_id: str,
    names: list[str],
    topics: list[str],
    country: str | None,
    program: str | None,
    end_date: str | None,
    sha: str,
) -> dict[str, Any]:
    keys = sorted({k for n in names if (k := name_key(n))})
    return {
        "key": f"{list_name}:{entry_id}",
        "list": list_name,
        "entry_id": entry_id,
        "name": names[0],
        "aliases": names[1:],
        "name_keys": keys,
        "topics": topics,
        "country": country,
        "program": program,
        "end_date": end_date or None,
        "file_sha": sha,
    }


def _list_name(path: Path) -> str:
    name = path.name
    for suffix in (".zip", ".csv", ".json", ".jsonl", ".ijson", ".ftm"):
        name = name.removesuffix(suffix)
    return name


def load_list_csv(
    registry: Registry, path: Path, sha: str, advance: Callable[[int], None]
) -> LoadedFile:
    batch: list[dict[str, Any]] = []
    records = 0
    with open_text(path) as handle:
        reader = csv.DictReader(handle)
        fields = {f.strip().casefold(): f for f in reader.fieldnames or []}
        name_col = next((fields[c] for c in NAME_COLUMNS if c in fields), None)
        if name_col is None:
            raise InvalidInput(
                "no name column (name, Name or Clean Name)", file=path, line=1, field="name"
            )
        alias_cols = [fields[c] for c in ALIAS_COLUMNS if c in fields]
        # 1260H rows give both the listed form ("… (AMEC)*") and a clean one: keep both.
        extra_cols = [fields[c] for c in ("name",) if c in fields and fields[c] != name_col]

        def col(row: dict[str, str], *names: str) -> str | None:
            for n in names:
                if n in fields and (row.get(fields[n]) or "").strip():
                    return (row[fields[n]] or "").strip()
            return None

        try:
            for row in reader:
                advance(sum(len(v or "") + 1 for v in row.values()))
                names = [(row.get(name_col) or "").strip()]
                for c in extra_cols + alias_cols:
                    names += _split(row.get(c))
                names = list(dict.fromkeys(n for n in names if n))
                if not names:
                    raise InvalidInput(
                        "a row without a name", file=path, line=reader.line_num, field=name_col
                    )
                list_name = col(row, "dataset") or _list_name(path)
                entry_id = col(row, "id") or str(reader.line_num)
                topics = _split(col(row, "topics"))
                batch.append(
                    _entry(
                        list_name,
                        entry_id,
                        names,
                        topics,
                        col(row, "countries", "country"),
                        col(row, "program_ids", "program"),
                        col(row, "end date", "end_date"),
                        sha,
                    )
                )
                records += 1
                if len(batch) >= BATCH:
                    registry.insert_rows("list_entries", batch)
                    batch = []
        except csv.Error as exc:
            raise InvalidInput(
                f"not readable as CSV ({exc})", file=path, line=reader.line_num
            ) from None
    registry.insert_rows("list_entries", batch)
    return LoadedFile(sha, str(path), "list", None, records, True, None)


def load_ftm(
    registry: Registry, path: Path, sha: str, advance: Callable[[int], None]
) -> LoadedFile:
    batch: list[dict[str, Any]] = []
    records = 0
    with open_text(path) as handle:
        for n, raw in enumerate(handle, start=1):
            advance(len(raw))
            if not raw.strip():
                continue
            try:
                entity = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"not valid JSON ({exc.msg})", file=path, line=n) from None
            if not isinstance(entity, dict) or not isinstance(entity.get("properties"), dict):
                raise InvalidInput(
                    "not a FollowTheMoney entity", file=path, line=n, field="properties"
                )
            schema = entity.get("schema")
            if not isinstance(schema, str):
                raise InvalidInput(
                    "an entity's schema is a name", file=path, line=n, field="schema"
                )
            if schema not in ENTITY_SCHEMAS:
                continue
            props = entity["properties"]

            def values(prop: str, props: dict[str, Any] = props) -> list[str]:
                got = props.get(prop) or []
                return [str(v) for v in got] if isinstance(got, list) else [str(got)]

            names = list(dict.fromkeys(values("name") + values("alias") + values("previousName")))
            if not names or not entity.get("id"):
                raise InvalidInput(
                    "an entity without id or name", file=path, line=n, field="properties.name"
                )
            given = entity.get("datasets")
            datasets = given if isinstance(given, list) and given else [_list_name(path)]
            batch.append(
                _entry(
                    str(datasets[0]),
                    str(entity["id"]),
                    names,
                    values("topics"),
                    ";".join(values("country") + values("jurisdiction")) or None,
                    ";".join(values("programId")) or None,
                    None,
                    sha,
                )
            )
            records += 1
            if len(batch) >= BATCH:
                registry.insert_rows("list_entries", batch)
                batch = []
    registry.insert_rows("list_entries", batch)
    return LoadedFile(sha, str(path), "list", None, records, True, None)
