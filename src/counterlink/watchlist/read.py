"""Reading a partner's file into a watchlist source, whatever it holds: a STIX 2.1 bundle, a MISP
event (or a list of them, or a MISP search response), or a ``counterlink.hashed/1`` document;
as one JSON document or JSON Lines of them (what `counterlink share` writes)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from counterlink.errors import CounterlinkError
from counterlink.share.digest import HASHED_FORMAT
from counterlink.watchlist.collect import Skipped
from counterlink.watchlist.model import WatchSource


@dataclass(frozen=True)
class Parsed:
    source: WatchSource
    skipped: Skipped  # what was not imported, and why (lines, and values by reason)
    sha256: str  # of the content, so importing it twice changes nothing


def _documents(text: str, origin: str) -> list[Any]:
    try:
        return [json.loads(text)]
    except json.JSONDecodeError as whole:
        lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
        if len(lines) < 2:
            raise CounterlinkError(
                f"not JSON: {whole.msg} (column {whole.colno})", file=origin, line=whole.lineno
            ) from None
    documents = []
    for number, line in lines:
        try:
            documents.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise CounterlinkError(
                f"not JSON: {exc.msg} (column {exc.colno})", file=origin, line=number
            ) from None
    return documents


def _flatten_misp(document: Any) -> list[Any]:
    """MISP writes events bare, wrapped in {"Event": ...}, as a list, or in {"response": [...]}."""
    if isinstance(document, list):
        return [event for item in document for event in _flatten_misp(item)]
    if isinstance(document, dict) and isinstance(document.get("response"), list):
        return _flatten_misp(document["response"])
    return [document]


def format_of(document: Any) -> str | None:
    if isinstance(document, dict):
        if document.get("type") == "bundle":
            return "stix"
        if document.get("format") == HASHED_FORMAT:
            return "hashed"
        if "Event" in document or "response" in document:
            return "misp"
        if "info" in document and ("Attribute" in document or "Object" in document):
            return "misp"
    if isinstance(document, list) and document:
        kinds = {format_of(item) for item in document}
        return "misp" if kinds == {"misp"} else None
    return None


def parse_documents(documents: list[Any], origin: str) -> tuple[WatchSource, Skipped]:
    """The source in already-parsed documents (all of one format)."""
    formats = []
    for i, document in enumerate(documents):
        kind = format_of(document)
        if kind is None:
            raise CounterlinkError(
                "neither a STIX 2.1 bundle, a MISP event nor a counterlink.hashed/1 document",
                file=origin,
                line=i + 1 if len(documents) > 1 else None,
            )
        formats.append(kind)
    if len(set(formats)) > 1:
        first = formats[0]
        other = next(i for i, f in enumerate(formats) if f != first)
        raise CounterlinkError(
            f"mixes formats: {first} first, then {formats[other]}", file=origin, line=other + 1
        )
    if not documents:
        raise CounterlinkError("empty: nothing to import", file=origin)
    if formats[0] == "stix":
        from counterlink.watchlist.stix_import import source_from_stix

        return source_from_stix(documents, origin)
    if formats[0] == "misp":
        from counterlink.watchlist.misp_import import source_from_misp

        return source_from_misp([e for d in documents for e in _flatten_misp(d)], origin)
    from counterlink.watchlist.hashed_import import source_from_hashed

    return source_from_hashed(documents, origin)


def read_watch_bytes(data: bytes, origin: str, shown_as: str) -> Parsed:
    """The watchlist source in ``data``; ``origin`` identifies it in the watchlist (importing
    the same origin again replaces it), errors name ``shown_as`` (the user's file name)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CounterlinkError(f"not UTF-8 text (byte {exc.start})", file=shown_as) from exc
    try:
        source, skipped = parse_documents(_documents(text, shown_as), origin)
    except CounterlinkError as exc:
        if exc.file == origin:
            exc.file = shown_as
        raise
    return Parsed(source, skipped, hashlib.sha256(data).hexdigest())


def read_watch_file(path: Path) -> Parsed:
    """The watchlist source in ``path``, its origin the file's absolute path."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CounterlinkError(f"cannot read: {exc.strerror or exc}", file=path) from exc
    return read_watch_bytes(data, str(path.expanduser().resolve()), str(path))
