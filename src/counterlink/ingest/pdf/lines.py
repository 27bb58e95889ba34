"""Words with coordinates → lines of text, column by column, each keeping where it was drawn.

LinkedIn's current PDF has a left sidebar (Contact, Top Skills, ...) beside the main column;
reading words top to bottom across the page would interleave the two, so a page is cut at the
column boundary first and each column is read on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Words whose tops differ by less than this (points) are on one line.
_SAME_LINE = 2.5


@dataclass(frozen=True)
class Line:
    """One line of text in one column: its page (1-based), box in PDF points from the page's
    top-left corner, and the largest font size on it (headings and names are larger)."""

    text: str
    page: int
    bbox: tuple[float, float, float, float]
    size: float
    column: str = "main"

    def where(self, file: str) -> dict[str, Any]:
        """The evidence record a field read from this line keeps."""
        return {"file": file, "page": self.page, "bbox": [round(v, 1) for v in self.bbox]}


def words_to_lines(words: list[dict[str, Any]], page: int, column: str = "main") -> list[Line]:
    """Group pdfplumber words (``x0 x1 top bottom text size``) into lines, top to bottom."""
    ordered = sorted(words, key=lambda w: (round(float(w["top"]) / _SAME_LINE), float(w["x0"])))
    groups: list[list[dict[str, Any]]] = []
    for word in ordered:
        if groups and abs(float(word["top"]) - float(groups[-1][0]["top"])) < _SAME_LINE:
            groups[-1].append(word)
        else:
            groups.append([word])
    lines = []
    for group in groups:
        group.sort(key=lambda w: float(w["x0"]))
        lines.append(
            Line(
                text=" ".join(str(w["text"]) for w in group),
                page=page,
                bbox=(
                    min(float(w["x0"]) for w in group),
                    min(float(w["top"]) for w in group),
                    max(float(w["x1"]) for w in group),
                    max(float(w["bottom"]) for w in group),
                ),
                size=max(float(w.get("size", 0.0)) for w in group),
                column=column,
            )
        )
    return lines


def split_columns(
    words: list[dict[str, Any]], boundary: float | None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Words left of ``boundary`` (the sidebar) and the rest; everything is main without one."""
    if boundary is None:
        return [], words
    left = [w for w in words if float(w["x1"]) <= boundary]
    return left, [w for w in words if float(w["x1"]) > boundary]
