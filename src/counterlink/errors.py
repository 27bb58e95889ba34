"""The project's errors: one base class, a few specific kinds carrying where the problem is.

Core code raises these; only the edges (CLI, web) translate them into a one-line message
and an exit code or a JSON error shape.
"""

from __future__ import annotations

from pathlib import Path


class CounterlinkError(Exception):
    """Base class for every error counterlink reports to a user."""

    def __init__(
        self,
        message: str,
        *,
        file: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field

    def __reduce__(self) -> tuple[object, ...]:
        # Keep file, line and field when the error crosses a process boundary (a worker's
        # error re-raised by the parent).
        return (_rebuild, (type(self), self.message, self.file, self.line, self.field))

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        field = f"field '{self.field}': " if self.field else ""
        return f"{where}{field}{self.message}"


class InvalidInput(CounterlinkError):
    """A file or text that cannot be read as an approach (bad JSON, wrong schema, empty)."""


class InvalidArchive(CounterlinkError):
    """A zip archive refused for safety (zip bomb, path traversal) or unreadable."""


class InvalidModel(CounterlinkError):
    """A scoring model file that is missing, malformed or of an unknown version."""


def _rebuild(
    kind: type[CounterlinkError],
    message: str,
    file: str | None,
    line: int | None,
    field: str | None,
) -> CounterlinkError:
    return kind(message, file=file, line=line, field=field)
