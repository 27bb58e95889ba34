"""Reading register files as published: plain or zipped (streamed, never read whole), and
telling which register a file is from its first bytes, not its name."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Literal

from counterlink.errors import InvalidInput
from counterlink.ingest.archive import is_safe_member_name

Kind = Literal["psc", "companies", "bods", "lists", "ftm"]


@contextmanager
def open_text(path: Path) -> Iterator[IO[str]]:
    """The file's text; for a zip, its first data member, decompressed as it is read."""
    if not path.is_file():
        raise InvalidInput("no such file", file=path)
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = [
                m for m in archive.infolist() if not m.is_dir() and is_safe_member_name(m.filename)
            ]
            if not members:
                raise InvalidInput("the zip archive holds no file to read", file=path)
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield handle


def detect(path: Path) -> Kind:
    """Which register ``path`` holds, from its first line."""
    with open_text(path) as handle:
        try:
            head = handle.read(65536)
        except UnicodeDecodeError:
            raise InvalidInput("not UTF-8 text", file=path) from None
    first = head.lstrip()[:1]
    line = head.lstrip().split("\n", 1)[0]
    if first == "[":
        return "bods"
    if first == "{":
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InvalidInput("not valid JSON", file=path, line=1) from None
        if isinstance(record, dict):
            if "data" in record:
                return "psc"
            if "statementId" in record or "recordType" in record:
                return "bods"
            if "schema" in record and "properties" in record:
                return "ftm"
        raise InvalidInput(
            "a JSON line that is neither a Companies House PSC record, a BODS statement nor "
            "a FollowTheMoney entity",
            file=path,
            line=1,
        )
    header = [h.strip().casefold() for h in line.split(",")]
    if "companynumber" in header:
        return "companies"
    if "name" in header or "clean name" in header:
        return "lists"
    raise InvalidInput(
        "not a register this tool reads (PSC snapshot, basic company data, BODS, OpenSanctions "
        "CSV or FollowTheMoney JSON)",
        file=path,
        line=1,
    )


def parse_date(value: str | None, *, file: Path, line: int, field: str) -> str | None:
    """An ISO date from ``YYYY-MM-DD`` or Companies House's ``DD/MM/YYYY``; empty is None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text[:10], fmt).date().isoformat()
        except ValueError:
            continue
    raise InvalidInput(
        f"not a date: {text!r} (expected YYYY-MM-DD or DD/MM/YYYY)",
        file=file,
        line=line,
        field=field,
    )


def pad_number(number: str | None) -> str | None:
    """A Companies House number as the register writes it: all-digit numbers padded to 8
    (bulk data drops leading zeros), prefixed ones (SC, NI, OC, OE…) left alone (CH URI
    customer guide, via OWNERSHIP.md §2)."""
    if not number:
        return None
    text = "".join(str(number).split()).upper()
    if not text:
        return None
    if text.isdigit() and len(text) <= 8:
        return text.zfill(8)
    return text


def today() -> date:
    return date.today()
