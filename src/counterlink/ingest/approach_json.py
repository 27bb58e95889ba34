"""approach/1 as one JSON object, a JSON array of objects, or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from counterlink.errors import InvalidInput
from counterlink.schema import APPROACH_SCHEMA, MAX_NESTING, Approach


def read_approach_file(path: Path) -> list[Approach]:
    """Read a file of approaches; errors name the file, the line and the field."""
    return [approach for _, approach in read_numbered(path)]


def read_numbered(path: Path) -> list[tuple[int, Approach]]:
    """Each approach with where it stands: its JSON Lines line, or its item number in an array,
    so that later checks (a missing label, say) can name the line too."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read: {exc.strerror}", file=path) from None
    return parse_numbered(decode_utf8(raw, path), path)


def decode_utf8(raw: bytes, path: Path | str) -> str:
    """Decode UTF-8 (BOM tolerated); refuse other encodings with the line of the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8",
            file=path,
            line=line,
        ) from None


def parse_approach_text(text: str, path: Path | str = "<stdin>") -> list[Approach]:
    """Parse approach/1 JSON, a JSON array or JSON Lines from a string."""
    return [approach for _, approach in parse_numbered(text, path)]


def parse_numbered(text: str, path: Path | str = "<stdin>") -> list[tuple[int, Approach]]:
    """:func:`parse_approach_text`, keeping each approach's line (or array item) number."""
    if not text.strip():
        raise InvalidInput("empty input: expected approach/1 JSON or JSON Lines", file=path)
    try:
        document = load_json(text, path)
    except json.JSONDecodeError as exc:
        if exc.msg != "Extra data" and not _first_line_is_json(text, path):
            raise InvalidInput(f"malformed JSON: {exc.msg}", file=path, line=exc.lineno) from None
        return list(_validate_all(_json_lines(text, path), path))
    if isinstance(document, list):
        return list(_validate_all(((i + 1, item) for i, item in enumerate(document)), path))
    return list(_validate_all([(1, document)], path))


def load_json(text: str, path: Path | str, line: int | None = None) -> Any:
    """``json.loads``, with nesting too deep for its parser refused as InvalidInput naming
    ``path`` (and ``line``); malformed JSON still raises ``json.JSONDecodeError``."""
    try:
        return json.loads(text)
    except RecursionError:
        raise InvalidInput(
            f"JSON nested too deeply (an approach may nest {MAX_NESTING} levels)",
            file=path,
            line=line,
        ) from None


def _first_line_is_json(text: str, path: Path | str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    try:
        load_json(first, path)
    except json.JSONDecodeError:
        return False
    return True


def _json_lines(text: str, path: Path | str) -> Iterable[tuple[int, Any]]:
    # Lines end at "\n" only: JSON strings may hold U+2028 or U+0085, which splitlines() would
    # break a record at.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, load_json(line, path, number)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                f"malformed JSON Lines record: {exc.msg} (column {exc.colno})",
                file=path,
                line=number,
            ) from None


def _validate_all(
    items: Iterable[tuple[int, Any]], path: Path | str
) -> Iterable[tuple[int, Approach]]:
    """Validate records; ``line`` is the JSONL line, or the item number in an array."""
    for line, item in items:
        yield line, validate_approach(item, path, line)


def validate_approach(item: Any, path: Path | str = "<input>", line: int | None = None) -> Approach:
    """One approach/1 object → Approach, or InvalidInput naming the field at fault."""
    if not isinstance(item, dict):
        raise InvalidInput(
            f"expected an approach/1 object, found {type(item).__name__}", file=path, line=line
        )
    version = item.get("schema")
    if version != APPROACH_SCHEMA:
        message = "missing 'schema'" if version is None else f"unknown schema version {version!r}"
        raise InvalidInput(
            f"{message} (expected {APPROACH_SCHEMA!r})", file=path, line=line, field="schema"
        )
    if "messages" not in item:
        raise InvalidInput(
            "missing 'messages' (a list, may be empty)", file=path, line=line, field="messages"
        )
    if not isinstance(item["messages"], list):
        raise InvalidInput(
            f"'messages' must be a list, found {type(item['messages']).__name__}",
            file=path,
            line=line,
            field="messages",
        )
    try:
        return Approach.model_validate(item)
    except ValidationError as exc:
        error = exc.errors()[0]
        raise InvalidInput(
            error["msg"], file=path, line=line, field=_dotted(error["loc"])
        ) from None


def _dotted(loc: tuple[int | str, ...]) -> str:
    """('messages', 2, 'sender') → 'messages[2].sender'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
