"""A screenshot on the case page with the regions OCR read highlighted: every line it read
faintly, the lines a finding cites strongly, so an analyst checks the reading against the
image. Drawn as SVG (the page's CSP allows no inline styles): the stored image and one rect a
region, in the image's own pixels."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from counterlink.schema import Assessment
from counterlink.store.tables import EvidenceFile

Box = tuple[int, int, int, int]


@dataclass
class ScreenshotView:
    sha256: str
    filename: str
    width: int
    height: int
    lines: list[Box] = field(default_factory=list)  # every line OCR read
    cited: list[Box] = field(default_factory=list)  # lines a finding's evidence lies on


def screenshot_views(
    s: Session, files: list[Any], approach: dict[str, Any], assessment: Assessment
) -> list[ScreenshotView]:
    """One view per attached image the approach's text was read from (``files``: the case
    page's evidence views, with ``sha256``, ``filename`` and ``media_type``)."""
    lines = _ocr_lines(approach)
    if not lines:
        return []
    cited: dict[str, list[Box]] = {}
    for finding in assessment.findings:
        for item in finding.evidence:
            extra = item.model_extra or {}
            if extra.get("ocr") and isinstance(extra.get("image"), str):
                for region in extra.get("regions") or []:
                    cited.setdefault(extra["image"], []).append(_box(region))
    views = []
    for item in files:
        if not item.media_type.startswith("image/") or item.filename not in lines:
            continue
        size = _size(s, item.sha256)
        if size is None:
            continue
        found = cited.get(item.filename, [])
        views.append(
            ScreenshotView(
                item.sha256, item.filename, *size, lines[item.filename], sorted(set(found))
            )
        )
    return views


def _ocr_lines(approach: dict[str, Any]) -> dict[str, list[Box]]:
    """The line boxes of every OCR'd message and profile field, by image file name."""
    found: dict[str, list[Box]] = {}
    holders = [m for m in approach.get("messages") or [] if isinstance(m, dict)]
    persona = approach.get("persona")
    if isinstance(persona, dict):
        holders.append(persona)
    for holder in holders:
        ocr = holder.get("ocr")
        if not isinstance(ocr, dict) or not isinstance(ocr.get("file"), str):
            continue
        boxes = list(ocr.get("boxes") or [])
        for field_boxes in (ocr.get("fields") or {}).values():
            boxes += list(field_boxes or [])
        found.setdefault(ocr["file"], []).extend(
            _box(b) for b in boxes if isinstance(b, list) and len(b) >= 4
        )
    return found


def _box(values: list[Any]) -> Box:
    x0, y0, x1, y1 = (int(v) for v in values[:4])
    return (x0, y0, max(x1 - x0, 1), max(y1 - y0, 1))  # x, y, width, height for SVG


def _size(s: Session, sha256: str) -> tuple[int, int] | None:
    """The stored image's size from its header (Pillow reads no pixels for it)."""
    try:
        from PIL import Image
    except ImportError:  # the evidence extra is not installed: the file is still listed
        return None
    stored = s.get(EvidenceFile, sha256)
    if stored is None:
        return None
    try:
        with Image.open(io.BytesIO(stored.data)) as image:
            return image.size
    except (OSError, ValueError):
        return None
