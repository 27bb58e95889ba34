"""Where OCR text came from: text offsets mapped back to regions of the image.

Kept free of Pillow and Tesseract so that the assessor and the web can read an extraction's
boxes (an approach's open ``ocr`` fields) without the imaging libraries installed.

A message read from a screenshot carries ``message["ocr"] = {"file": ..., "boxes": [[x0, y0,
x1, y1, start, end], ...]}``: each box is one OCR line, ``start``/``end`` its offsets in the
message's text. A profile header read from one carries ``persona["ocr"] = {"file": ...,
"fields": {"name": [[...]], "headline": [[...]]}}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from counterlink.schema import Approach

Box = list[int]  # [x0, y0, x1, y1, start, end]
_MESSAGE_TEXT = re.compile(r"^messages\[(\d+)\]\.text$")
_PERSONA_FIELD = re.compile(r"^persona\.(name|headline|location|about)$")


def ocr_of(approach: Approach, path: str) -> tuple[str, list[Box]] | None:
    """The image file and line boxes behind the text at evidence path ``path``, or None when
    that text was not read by OCR."""
    match = _MESSAGE_TEXT.match(path)
    if match:
        index = int(match.group(1))
        if index >= len(approach.messages):
            return None
        return _read(getattr(approach.messages[index], "ocr", None), None)
    match = _PERSONA_FIELD.match(path)
    if match and approach.persona is not None:
        return _read(getattr(approach.persona, "ocr", None), match.group(1))
    return None


def _read(ocr: Any, name: str | None) -> tuple[str, list[Box]] | None:
    if not isinstance(ocr, dict) or not isinstance(ocr.get("file"), str):
        return None
    boxes = ocr.get("boxes") if name is None else (ocr.get("fields") or {}).get(name)
    if not isinstance(boxes, list):
        return None
    good = [list(b) for b in boxes if isinstance(b, list) and len(b) == 6]
    return ocr["file"], [[int(v) for v in b] for b in good]


def regions(boxes: Iterable[Box], start: int, end: int) -> list[list[int]]:
    """The image regions ``[x0, y0, x1, y1]`` of the lines a text span ``[start, end)`` touches."""
    return [b[:4] for b in boxes if b[4] < end and b[5] > start]
