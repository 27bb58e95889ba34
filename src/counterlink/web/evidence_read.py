"""Attachments read as evidence on arrival: a saved profile PDF gives the persona, a screenshot
its messages (OCR), a photo its hashes, by the same readers as `counterlink read`.

A file that cannot be read this way (a PDF that is not a profile, a screenshot while Tesseract
is not installed) is still attached: a note says what was not read and why, so the reporter and
the analyst know what the assessment did not see. Nothing the reporter sent is dropped.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from counterlink.errors import CounterlinkError
from counterlink.schema import Approach

# Media types read as evidence; .eml is read by the report form itself (intake.py).
READ_TYPES = frozenset(("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"))


@dataclass
class ReadAttachments:
    """What the attachments gave: approaches to merge into the report, and one note per file."""

    pieces: list[Approach] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_attachments(files: list[tuple[str, bytes, str]]) -> ReadAttachments:
    """Read each (name, bytes, media type) the readers understand."""
    from counterlink.ingest import read_path

    found = ReadAttachments()
    for name, data, media_type in files:
        if media_type not in READ_TYPES:
            continue
        with tempfile.TemporaryDirectory(prefix="counterlink-read-") as folder:
            path = Path(folder) / name
            path.write_bytes(data)
            try:
                loaded = read_path(path)
            except CounterlinkError as exc:
                found.notes.append(f"{name}: attached, not read: {exc.message}")
                continue
        for problem in loaded.problems:
            lost = " (NOT read)" if problem.lost else ""
            found.notes.append(f"{name}: {problem.message}{lost}")
        for approach in loaded.approaches:
            found.pieces.append(approach)
            found.notes.append(f"{name}: read {_what(approach)}")
    return found


def _what(approach: Approach) -> str:
    """A few words on what one file gave, for the note."""
    parts = []
    persona = approach.persona
    if persona is not None:
        named = [n for n in ("name", "headline", "experience", "education", "skills")
                 if getattr(persona, n)]  # fmt: skip
        if named:
            parts.append("the profile (" + ", ".join(named) + ")")
        if persona.photo is not None:
            parts.append("the photo")
    if approach.messages:
        count = len(approach.messages)
        parts.append(f"{count} message{'s' if count != 1 else ''}")
    return " and ".join(parts) if parts else "nothing to assess"
