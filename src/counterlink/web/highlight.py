"""Evidence highlighting: a text and the spans findings cite in it → safe HTML with ``<mark>``.

Every piece of the text and every label is escaped with ``markupsafe.escape`` before it is put
into markup, so a message holding ``<script>`` shows as text. Overlapping spans are split into
flat segments (no nesting): each segment is marked once and its title names every finding
that cites it, so the reader sees all the reasons without tangled tags.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

from counterlink.schema import Finding

# (start, end, label): a half-open range of character (code point) offsets, as the detectors
# write them, and what to say about it.
Span = tuple[int, int, str]


def highlight(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as HTML with every valid span wrapped in ``<mark title="label">``.

    Spans outside the text, empty or reversed are ignored; identical spans count once.
    Where spans overlap, the shared part is one mark (class ``overlap``) titled with all their
    labels, in the order the spans start.
    """
    valid = sorted(
        {(start, end, label) for start, end, label in spans if 0 <= start < end <= len(text)},
        key=lambda span: (span[0], -span[1], span[2]),
    )
    if not valid:
        return escape(text)
    cuts = sorted({0, len(text)} | {s for s, _, _ in valid} | {e for _, e, _ in valid})
    parts: list[Markup] = []
    for left, right in pairwise(cuts):
        covering = [label for start, end, label in valid if start <= left and right <= end]
        parts.append(_mark(text[left:right], covering))
    return Markup("").join(parts)


def _mark(segment: str, labels: list[str]) -> Markup:
    if not labels:
        return escape(segment)
    distinct = list(dict.fromkeys(label for label in labels if label))
    title = Markup(' title="{}"').format(escape("; ".join(distinct))) if distinct else Markup("")
    css = Markup(' class="overlap"') if len(labels) > 1 else Markup("")
    return Markup("<mark{}{}>{}</mark>").format(title, css, escape(segment))


@dataclass(frozen=True)
class Citation:
    """One piece of evidence of a finding, as it points into one text field."""

    start: int
    end: int
    excerpt: str
    label: str


def citations(findings: Iterable[Finding]) -> dict[str, list[Citation]]:
    """The evidence of ``findings`` grouped by the field path it cites (``messages[0].text``)."""
    out: dict[str, list[Citation]] = {}
    for finding in findings:
        label = f"{finding.title} ({finding.code})"
        for item in finding.evidence:
            out.setdefault(item.field, []).append(
                Citation(item.start, item.end, item.excerpt, label)
            )
    return out


def locate(text: str, citation: Citation) -> Span | None:
    """Where the citation lies in ``text``: its offsets when they hold its excerpt, else the
    excerpt's first occurrence (offsets from an edited text), else the offsets if in range."""
    start, end = citation.start, citation.end
    if citation.excerpt and text[start:end] != citation.excerpt:
        found = text.find(citation.excerpt)
        if found >= 0:
            return found, found + len(citation.excerpt), citation.label
    if 0 <= start < end <= len(text):
        return start, end, citation.label
    return None


def highlight_field(text: str, cited: Iterable[Citation]) -> Markup:
    """``text`` with every citation into it marked (see ``highlight``)."""
    spans = [span for span in (locate(text, c) for c in cited) if span is not None]
    return highlight(text, spans)
