"""The Companies House PSC snapshot (``persons-with-significant-control-snapshot-*.zip`` or its
JSON Lines), streamed line by line in batches.

Every ``data.kind`` is kept (individual, corporate-entity, legal-person, super-secure, statement,
exemptions and the ROE beneficial-owner kinds); ceased records are kept with ``ceased`` true and
never counted as current by the trace. The last line is the totals trailer
(``totals#persons-of-significant-control-snapshot``, ECOSYSTEM.md §3.1): a file without it, or
whose counts disagree with what was read, is recorded as incomplete.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counterlink.errors import InvalidInput
from counterlink.ownership.files import open_text, pad_number, parse_date
from counterlink.ownership.match import name_key
from counterlink.ownership.registry import BATCH, LoadedFile, Registry

TRAILER = "totals#persons-of-significant-control-snapshot"
STATEMENT = "persons-with-significant-control-statement"
EXEMPTIONS = "exemptions"


def _row(record: dict[str, Any], path: Path, n: int, sha: str) -> dict[str, Any]:
    number = record.get("company_number")
    data = record.get("data")
    if not isinstance(number, str) or not number.strip():
        raise InvalidInput(
            "a PSC record without a company number", file=path, line=n, field="company_number"
        )
    if not isinstance(data, dict):
        raise InvalidInput("a PSC record without a data object", file=path, line=n, field="data")
    kind = data.get("kind")
    if not isinstance(kind, str):
        raise InvalidInput("a PSC record without a kind", file=path, line=n, field="data.kind")
    links: dict[str, Any] = data["links"] if isinstance(data.get("links"), dict) else {}
    self_link = links.get("self") if isinstance(links.get("self"), str) else None
    # links.self is the record's only identity (CH gives no person id); without one the line
    # itself is the key, so a reload still replaces rather than duplicates.
    key = self_link or f"line:{sha[:16]}:{n}"
    ident: dict[str, Any] = (
        data["identification"] if isinstance(data.get("identification"), dict) else {}
    )
    address: dict[str, Any] = data["address"] if isinstance(data.get("address"), dict) else {}
    natures = data.get("natures_of_control") or []
    if not isinstance(natures, list) or not all(isinstance(x, str) for x in natures):
        raise InvalidInput(
            "natures_of_control is not a list of codes",
            file=path,
            line=n,
            field="data.natures_of_control",
        )
    name = data.get("name") if isinstance(data.get("name"), str) else None
    ceased_on = parse_date(data.get("ceased_on"), file=path, line=n, field="data.ceased_on")
    reg_no = ident.get("registration_number")
    dob: dict[str, Any] = (
        data["date_of_birth"] if isinstance(data.get("date_of_birth"), dict) else {}
    )
    birth = f"{dob.get('year')}-{dob.get('month'):0>2}" if dob.get("year") else None
    return {
        "self_link": key,
        "birth": birth,
        "company_number": pad_number(number),
        "kind": kind,
        "name": name,
        "name_key": name_key(name),
        "country": data.get("country_of_residence") or address.get("country"),
        "nationality": data.get("nationality"),
        "legal_form": ident.get("legal_form"),
        "legal_authority": ident.get("legal_authority"),
        "country_registered": ident.get("country_registered"),
        "place_registered": ident.get("place_registered"),
        "registration_number": reg_no,
        "reg_no_norm": pad_number(reg_no) if isinstance(reg_no, str) else None,
        "natures": natures,
        "statement": data.get("statement"),
        "notified_on": parse_date(
            data.get("notified_on"), file=path, line=n, field="data.notified_on"
        ),
        "ceased_on": ceased_on,
        # Super-secure records carry only a boolean `ceased`.
        "ceased": bool(ceased_on) or data.get("ceased") is True,
        "file_sha": sha,
        "line": n,
    }


def load_psc(
    registry: Registry, path: Path, sha: str, advance: Callable[[int], None]
) -> LoadedFile:
    """The line-by-line reader: every rule checked per line, errors naming the line."""
    counts = {"psc": 0, "statement": 0, "exemptions": 0}
    trailer: dict[str, Any] | None = None
    truncated = False
    batch: list[dict[str, Any]] = []
    n = 0
    with open_text(path) as handle:
        for n, raw in enumerate(handle, start=1):
            advance(len(raw))
            text = raw.strip()
            if not text:
                continue
            if trailer is not None:
                raise InvalidInput("a record after the totals trailer", file=path, line=n)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                if not raw.endswith("\n"):
                    truncated = True  # the file stops mid-line: a cut download
                    break
                raise InvalidInput(f"not valid JSON ({exc.msg})", file=path, line=n) from None
            if not isinstance(record, dict):
                raise InvalidInput("a line that is not a JSON object", file=path, line=n)
            data = record.get("data")
            if isinstance(data, dict) and data.get("kind") == TRAILER:
                trailer = data
                continue
            row = _row(record, path, n, sha)
            kind = row["kind"]
            bucket = "statement" if kind == STATEMENT else kind if kind == EXEMPTIONS else "psc"
            counts[bucket] += 1
            batch.append(row)
            if len(batch) >= BATCH:
                registry.insert_rows("pscs", batch)
                batch = []
    registry.insert_rows("pscs", batch)
    records = sum(counts.values())
    complete, note = check_trailer(trailer, counts, truncated, n)
    date = (
        str(trailer.get("generated_at"))[:10] if trailer and trailer.get("generated_at") else None
    )
    return LoadedFile(sha, str(path), "companies-house-psc", date, records, complete, note)


def check_trailer(
    trailer: dict[str, Any] | None, counts: dict[str, int], truncated: bool, lines: int
) -> tuple[bool, str | None]:
    if truncated:
        return False, f"incomplete: the file stops mid-way at line {lines} (no totals trailer)"
    if trailer is None:
        return (
            False,
            "incomplete: no totals trailer at the end (a cut file, or one part of a "
            "multi-part snapshot)",
        )
    expected = {
        "psc": trailer.get("persons_of_significant_control_count"),
        "statement": trailer.get("statements_count"),
        "exemptions": trailer.get("exemptions_count"),
    }
    wrong = [
        f"{name} {counts[name]:,} read, {want:,} in the trailer"
        for name, want in expected.items()
        if isinstance(want, int) and want != counts[name]
    ]
    if wrong:
        return False, "incomplete: counts disagree with the totals trailer (" + "; ".join(
            wrong
        ) + ")"
    return True, None


# The line reader by the name load_psc_native falls back to.
load_psc_python = load_psc
