"""Every input format → Approach.

:func:`read_path` is the single entry point the CLI and web use: it recognises a LinkedIn data
export (zip or folder), an ``.eml`` message, or approach/1 JSON / JSON Lines, and returns the
approaches with every problem met on the way (a partly read export is never silently clean).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from counterlink.errors import InvalidInput
from counterlink.schema import Approach

if TYPE_CHECKING:
    from counterlink.ingest.linkedin import RowProblem


@dataclass
class Loaded:
    """What was read from one input: the approaches and the problems met."""

    source: str
    approaches: list[Approach]
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def rows_lost(self) -> int:
        return sum(1 for problem in self.problems if problem.lost)


def read_path(path: Path) -> Loaded:
    """Read every approach in the file or LinkedIn export at ``path``."""
    from counterlink.ingest import approach_json, eml
    from counterlink.ingest.linkedin import is_linkedin_export, read_export

    if not path.exists():
        raise InvalidInput("no such file or folder", file=path)
    if is_linkedin_export(path):
        export = read_export(path)
        return Loaded(str(path), export.approaches, export.problems)
    if path.is_dir():
        raise InvalidInput(
            "this folder is not a LinkedIn data export (no messages.csv or Invitations.csv)",
            file=path,
        )
    if path.suffix.lower() == ".eml":
        return Loaded(str(path), [eml.read_eml(path)])
    return Loaded(str(path), approach_json.read_approach_file(path))
