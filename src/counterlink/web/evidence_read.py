"""Attachments read as evidence on arrival: a saved profile PDF gives the persona, a screenshot
its messages (OCR), a photo its hashes, by the same readers as `counterlink read`.

A file that cannot be read this way (a PDF that is not a profile, a screenshot while Tesseract
is not installed) is still attached: a note says what was not read and why, so the reporter and
the analyst know what the assessment did not see. Nothing the reporter sent is dropped.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from starlette.datastructures import UploadFile

from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.schema import Approach
from counterlink.store.evidence import MAX_BYTES, check_file

# Media types read as evidence; .eml is read by the report form itself (intake.py).
READ_TYPES = frozenset(("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"))


@dataclass
class ReadAttachments:
    """What the attachments gave: approaches to merge into the report, and one note per file."""

    pieces: list[Approach] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def accept_uploads(
    files: Sequence[UploadFile], max_files: int
) -> tuple[list[tuple[str, bytes, str]], list[str]]:
    """(name, bytes, media type) of each acceptable upload, and an error naming each refused
    one (by size, by content, or by too many files)."""
    if len(files) > max_files:
        return [], [f"attach at most {max_files} files to one report (you chose {len(files)})"]
    accepted: list[tuple[str, bytes, str]] = []
    errors: list[str] = []
    for upload in files:
        name = upload.filename or "unnamed file"
        # One byte over the store's limit is enough for check_file to refuse it by size.
        data = upload.file.read(MAX_BYTES + 1)
        try:
            clean, media_type = check_file(name, data)
        except InvalidInput as exc:
            errors.append(exc.message if name in exc.message else f"{name}: {exc.message}")
            continue
        accepted.append((clean, data, media_type))
    return accepted, errors


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


def with_attachments(pieces: list[Approach], read: ReadAttachments) -> Approach:
    """``pieces`` (the form's or the pasted approach, first) and what the attachments gave, as
    one approach, with the note on each file in ``annotations["evidence_notes"]``."""
    from counterlink.ingest.merge import merge_evidence

    approach = merge_evidence([*pieces, *read.pieces])
    if not read.notes:
        return approach
    record = approach.to_json_dict()
    record.setdefault("annotations", {})["evidence_notes"] = read.notes
    return Approach.model_validate(record)
