"""Every input format → Approach.

:func:`read_path` is the single entry point the CLI and web use: it recognises a LinkedIn data
export (zip or folder), a LinkedIn profile PDF, a screenshot or photo (by image suffix), an
``.eml`` message, or approach/1 JSON / JSON Lines, and returns the approaches with every problem
met on the way (a partly read export or profile is never silently clean).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from counterlink.errors import InvalidInput
from counterlink.schema import Approach

if TYPE_CHECKING:
    from counterlink.ingest.linkedin import RowProblem


IMAGE_SUFFIXES = frozenset((".png", ".jpg", ".jpeg", ".webp", ".gif", ".bmp", ".tif", ".tiff"))


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
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from counterlink.ingest.pdf import read_pdf_profile

        profile = read_pdf_profile(path)
        return Loaded(str(path), [profile.approach], profile.problems)
    if suffix in IMAGE_SUFFIXES:
        return _read_image(path)
    if suffix == ".eml":
        return Loaded(str(path), [eml.read_eml(path)])
    return Loaded(str(path), approach_json.read_approach_file(path))


def _read_image(path: Path) -> Loaded:
    # Screenshots and photos are read by counterlink.ingest.images (OCR, photo hashes), which
    # needs the optional imaging packages; imported here so that reading anything else never
    # needs them.
    try:
        reader = importlib.import_module("counterlink.ingest.images").read_image
    except (ImportError, AttributeError) as exc:
        raise InvalidInput(
            f"reading images needs counterlink's image reader and its packages "
            f"(pip install 'counterlink[evidence]'): {exc}",
            file=path,
        ) from None
    loaded: Loaded = reader(path)
    return loaded
