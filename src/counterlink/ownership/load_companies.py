"""Companies House basic company data (``BasicCompanyDataAsOneFile-*.zip`` or its CSV).

The header has stray spaces (`` CompanyNumber``) and dates are ``DD/MM/YYYY`` (ECOSYSTEM.md
§3.1); both are handled here. Previous names (``PreviousName_1..10.CompanyName``) are kept and
searched like the current one.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.ownership.files import open_text, pad_number, parse_date
from counterlink.ownership.match import name_key
from counterlink.ownership.registry import BATCH, LoadedFile, Registry

ADDRESS = (
    "RegAddress.AddressLine1",
    "RegAddress.AddressLine2",
    "RegAddress.PostTown",
    "RegAddress.PostCode",
    "RegAddress.Country",
)


def _row(raw: dict[str, str], path: Path, n: int, sha: str) -> dict[str, Any]:
    def get(field: str) -> str:
        return (raw.get(field) or "").strip()

    number = pad_number(get("CompanyNumber"))
    if not number:
        raise InvalidInput(
            "a row without a company number", file=path, line=n, field="CompanyNumber"
        )
    name = get("CompanyName") or None
    previous = [get(f"PreviousName_{i}.CompanyName") for i in range(1, 11)]
    previous = [p for p in previous if p]
    return {
        "number": number,
        "name": name,
        "name_key": name_key(name),
        "status": get("CompanyStatus").lower() or None,
        "category": get("CompanyCategory") or None,
        "country": get("CountryOfOrigin") or None,
        "incorporated": parse_date(
            get("IncorporationDate"), file=path, line=n, field="IncorporationDate"
        ),
        "dissolved": parse_date(get("DissolutionDate"), file=path, line=n, field="DissolutionDate"),
        "sic": [s for i in range(1, 5) if (s := get(f"SICCode.SicText_{i}"))],
        "address": ", ".join(a for f in ADDRESS if (a := get(f))) or None,
        "previous_names": previous,
        "previous_keys": [k for p in previous if (k := name_key(p))],
        "file_sha": sha,
        "line": n,
    }


def load_companies(
    registry: Registry, path: Path, sha: str, advance: Callable[[int], None]
) -> LoadedFile:
    records = 0
    batch: list[dict[str, Any]] = []
    with open_text(path) as handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise InvalidInput("an empty file", file=path) from None
        if "CompanyNumber" not in header:
            raise InvalidInput(
                "no CompanyNumber column in the header", file=path, line=1, field="CompanyNumber"
            )
        try:
            for values in reader:
                n = reader.line_num
                advance(sum(len(v) + 1 for v in values))
                if not any(v.strip() for v in values):
                    continue
                if len(values) != len(header):
                    raise InvalidInput(
                        f"{len(values)} columns where the header has {len(header)}",
                        file=path,
                        line=n,
                    )
                batch.append(_row(dict(zip(header, values, strict=True)), path, n, sha))
                records += 1
                if len(batch) >= BATCH:
                    registry.insert_rows("companies", batch)
                    batch = []
        except csv.Error as exc:
            raise InvalidInput(
                f"not readable as CSV ({exc})", file=path, line=reader.line_num
            ) from None
    registry.insert_rows("companies", batch)
    registry.index_company_names(sha)
    return LoadedFile(sha, str(path), "companies-house-basic", None, records, True, None)
