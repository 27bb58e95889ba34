"""Reading one export CSV: decoding, finding the header row, mapping columns by name.

LinkedIn has changed its headers over the years (columns added, a ``Notes:`` preamble, every
field quoted), so columns are found by name, never by position, and the header row is searched
for instead of skipping a fixed number of lines. Records are read with the ``csv`` module:
quoted fields hold real newlines, so a file is never split on lines.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from bisect import bisect_left
from codecs import BOM_UTF8, BOM_UTF16_BE, BOM_UTF16_LE
from collections.abc import Iterator
from dataclasses import dataclass

from counterlink.errors import InvalidInput
from counterlink.ingest.linkedin.records import RowProblem

# A message body can exceed the csv module's default 128 KiB field limit; losing it would be
# worse than the (process-wide) raise of that limit.
_FIELD_LIMIT = 1 << 26
# The header is within the first records (the Connections preamble is three lines).
_HEADER_SEARCH = 16
# Pieces small enough to stay in cache and mostly free of the wide characters that make a
# decoded piece four bytes a character: checking is then fastest.
_CHECK_CHUNK = 1 << 14
# What ``bytes.strip`` would remove to find an empty file, matched without copying the file.
_BLANK = re.compile(rb"[\xef\xbb\xbf \t\r\n]*")


@dataclass(frozen=True)
class TableSpec:
    """The columns one kind of file may have (display names) and those it must have."""

    columns: tuple[str, ...]
    required: tuple[str, ...]


def header_key(cell: str) -> str:
    """A header cell as a lookup key: case-folded, spaces, quotes and a stray BOM stripped."""
    return " ".join(cell.replace("\ufeff", "").strip().strip("\"'").split()).casefold()


def decode(data: bytes) -> tuple[str, list[int]]:
    """The text of a CSV file and the (sorted) line numbers where undecodable bytes were replaced.

    Exports are UTF-8, sometimes with a BOM. Bad bytes become U+FFFD, as ``errors="replace"``
    would do, but their lines are remembered so the rows can be reported.
    """
    if data.startswith(BOM_UTF8):
        data = data[len(BOM_UTF8) :]
    elif data.startswith((BOM_UTF16_LE, BOM_UTF16_BE)):
        # Re-saved by a spreadsheet: rare, and the bad lines cannot be located cheaply.
        text = data.decode("utf-16", errors="replace")
        return text, ([1] if "\ufffd" in text else [])
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    bad: list[int] = []
    pos = counted = 0
    line = 1
    while True:
        try:
            parts.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            start, end = pos + exc.start, pos + exc.end
            parts.append(data[pos:start].decode("utf-8"))
            parts.append("\ufffd")
            line += data.count(b"\n", counted, start)
            counted = start
            if not bad or bad[-1] != line:
                bad.append(line)
            pos = end
    return "".join(parts), bad


def _lines(data: bytes) -> tuple[io.TextIOBase, list[int]]:
    """The text of a CSV file as a stream of lines, and the lines with undecodable bytes.

    UTF-8 is decoded as it is read, never as one string: a message body with one emoji makes
    the whole text four bytes a character, and an ``io.StringIO`` keeps another such copy.
    ``errors="replace"`` gives the same text as :func:`decode`, so the lines are those it finds.
    """
    if data.startswith((BOM_UTF16_LE, BOM_UTF16_BE)):
        text, bad = decode(data)
        return io.StringIO(text, newline=""), bad
    buffer = io.BytesIO(data)  # shares ``data``, no copy
    if data.startswith(BOM_UTF8):
        buffer.seek(len(BOM_UTF8))
    lines = io.TextIOWrapper(buffer, encoding="utf-8", errors="replace", newline="")
    return lines, ([] if _is_utf8(data) else decode(data)[1])


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8, checked in small pieces so no large string is built."""
    if data.isascii():
        return True
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), _CHECK_CHUNK):
            decoder.decode(data[start : start + _CHECK_CHUNK])
        decoder.decode(b"", True)
    except UnicodeDecodeError:
        return False
    return True


class Table:
    """One CSV file whose header row has been found; iterate :meth:`rows` for the data."""

    def __init__(self, file: str, data: bytes, spec: TableSpec, problems: list[RowProblem]):
        self.file = file
        self._problems = problems
        if _BLANK.fullmatch(data):
            raise InvalidInput("the file is empty", file=file, line=1)
        if csv.field_size_limit() < _FIELD_LIMIT:
            csv.field_size_limit(_FIELD_LIMIT)
        lines, self._bad_lines = _lines(data)
        self._reader = csv.reader(lines)
        self.header_line, self.header = self._find_header(spec)
        self.width = len(self.header)
        self._index = {header_key(cell): i for i, cell in reversed(list(enumerate(self.header)))}
        missing = [name for name in spec.required if header_key(name) not in self._index]
        if missing:
            raise InvalidInput(
                f"required column '{missing[0]}' is missing from the header "
                f"(found: {', '.join(c.strip() for c in self.header)})",
                file=file,
                line=self.header_line,
                field=missing[0],
            )

    def _find_header(self, spec: TableSpec) -> tuple[int, list[str]]:
        known = {header_key(name) for name in spec.columns}
        needed = min(2, len(spec.required))
        for _ in range(_HEADER_SEARCH):
            start = self._reader.line_num + 1
            try:
                row = next(self._reader)
            except StopIteration:
                break
            except csv.Error:
                continue
            if sum(1 for cell in row if header_key(cell) in known) >= needed:
                return start, row
        raise InvalidInput(
            f"no header row found: expected columns {', '.join(spec.required)}",
            file=self.file,
            line=1,
            field=spec.required[0],
        )

    def column(self, name: str) -> int | None:
        """Position of the column called ``name`` (any case/quoting), or None if absent."""
        return self._index.get(header_key(name))

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """``(line, fields)`` for every data row with the header's width.

        Blank and comma-only rows carry nothing and are passed over; a row of the wrong width
        is recorded as lost; a row with replaced bytes is kept with a warning per field.
        """
        reader, width, bad, file = self._reader, self.width, self._bad_lines, self.file
        problems = self._problems
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                problems.append(RowProblem(file, start, None, f"unreadable record ({exc})", True))
                continue
            if len(row) != width:
                if not any(row):
                    continue
                if len(row) > width and not any(row[width:]):
                    row = row[:width]  # trailing empty fields: nothing is lost
                else:
                    problems.append(
                        RowProblem(file, start, None, self._width_message(start, row), True)
                    )
                    continue
            elif not any(row):
                continue
            if bad:
                self._flag_replaced(start, reader.line_num, row)
            yield start, row

    def _width_message(self, start: int, row: list[str]) -> str:
        message = f"expected {self.width} fields, found {len(row)}"
        end = self._reader.line_num
        if end - start > 20:
            message += f" (the record runs on to line {end}: an unbalanced quote?)"
        return message

    def _flag_replaced(self, start: int, end: int, row: list[str]) -> None:
        i = bisect_left(self._bad_lines, start)
        if i == len(self._bad_lines) or self._bad_lines[i] > end:
            return
        columns: list[int | None] = [n for n, cell in enumerate(row) if "\ufffd" in cell]
        for n in columns or [None]:
            self._problems.append(
                RowProblem(
                    self.file,
                    start,
                    self.header[n].strip() if n is not None else None,
                    "undecodable bytes (not UTF-8) replaced with U+FFFD",
                    False,
                )
            )
