"""What reading an export returns: the approaches, the owner, and every problem met."""

from __future__ import annotations

from dataclasses import dataclass, field

from counterlink.schema import Approach


@dataclass
class RowProblem:
    """One row or value that could not be read, or was read only after a repair.

    ``row`` is the 1-based physical line of the record's first line in the file (header and
    preamble lines count), so a person can open the file at that line.
    """

    file: str
    row: int | None
    field: str | None
    message: str
    lost: bool  # True: the row was not read; False: a warning, the row was kept

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        column = f" field '{self.field}':" if self.field else ""
        kind = "row lost" if self.lost else "warning"
        return f"{where}:{column} {self.message} ({kind})"


@dataclass
class Owner:
    """The person who downloaded the export: the target of every approach in it."""

    name: str | None = None
    url: str | None = None
    headline: str | None = None
    organisation: str | None = None
    role: str | None = None


@dataclass
class LinkedInExport:
    """Everything read from one export.

    ``rows_read`` counts the data rows read from every CSV used (rows lost are not counted);
    ``files_skipped`` lists the files present but not used, including archive members refused
    for an unsafe name.
    """

    approaches: list[Approach]
    owner: Owner
    problems: list[RowProblem] = field(default_factory=list)
    files_read: list[str] = field(default_factory=list)
    files_skipped: list[str] = field(default_factory=list)
    rows_read: int = 0

    @property
    def rows_lost(self) -> int:
        """How many rows were not read at all (problems with ``lost=True``)."""
        return sum(1 for problem in self.problems if problem.lost)
