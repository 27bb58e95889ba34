"""Findings on text read by OCR: said so in their title, with the image regions they cite.

A finding whose evidence cites a message or a persona field read from a screenshot may rest on
a misreading, so a person should look at the image: its title says "(from OCR)", and the boxes
of the lines each cited span ``[start, end)`` covers are returned alongside, keyed by
``(finding index, evidence index)``, since :class:`~counterlink.schema.Evidence` keeps no
extra fields. Pure: no Pillow, no Tesseract, nothing changed in place.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from counterlink.ingest.images.regions import ocr_of, regions
from counterlink.schema import Approach, Finding

FROM_OCR = " (from OCR)"


def mark_ocr_findings(
    approach: Approach, findings: Iterable[Finding]
) -> tuple[list[Finding], dict[tuple[int, int], dict[str, Any]]]:
    """The findings, those citing OCR'd text retitled "… (from OCR)", and for every such
    evidence ``{"file": image, "boxes": [[x0, y0, x1, y1], ...]}``: the lines its span covers
    (every line of the field when the span falls in none, e.g. offsets into a repaired text).
    """
    marked: list[Finding] = []
    where: dict[tuple[int, int], dict[str, Any]] = {}
    for i, finding in enumerate(findings):
        from_ocr = False
        for j, item in enumerate(finding.evidence):
            found = ocr_of(approach, item.field)
            if found is None:
                continue
            file, boxes = found
            covering = regions(boxes, item.start, item.end) or [box[:4] for box in boxes]
            where[(i, j)] = {"file": file, "boxes": covering}
            from_ocr = True
        if from_ocr and not finding.title.endswith(FROM_OCR):
            finding = finding.model_copy(update={"title": finding.title + FROM_OCR})
        marked.append(finding)
    return marked, where
