"""What was read from an input, as rows a person checks before trusting a score: one row per
field with where in the file it was read (a PDF page, a screenshot region). `counterlink read`
prints these rows and the web app's report preview shows them, so both show the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counterlink.schema import Approach

# Persona fields shown one per row, in the order a profile reads.
PERSONA_FIELDS = ("name", "headline", "location", "url", "about", "connections", "member_since")
LONG = 160


@dataclass(frozen=True)
class ReadRow:
    field: str  # what a person calls it: "name", "experience[0]", "message 2 (persona)"
    value: str
    where: str  # "page 1, 45 pt down", "OCR, 2 lines at (12, 300)" (pixels), or ""


def read_rows(approach: Approach, limit: int | None = LONG) -> list[ReadRow]:
    """Every field read into ``approach``, values cut to ``limit`` characters."""
    fields = ((approach.annotations or {}).get("extracted_from") or {}).get("fields") or {}
    persona = (
        approach.persona.model_dump(mode="json", exclude_none=True) if approach.persona else {}
    )
    rows: list[ReadRow] = []

    def add(name: str, value: Any, where: str = "") -> None:
        rows.append(ReadRow(name, _short(value, limit), where))

    for name in PERSONA_FIELDS:
        if name in persona:
            add(name, persona[name], where(fields.get(f"persona.{name}"), persona, name))
    for i, job in enumerate(persona.get("experience") or []):
        dates = f"{job.get('start') or '?'} – {job.get('end') or 'now'}"
        value = f"{job.get('title') or '?'} at {job.get('company') or '?'} ({dates})"
        add(f"experience[{i}]", value, where(fields.get(f"persona.experience[{i}].title")))
    for i, school in enumerate(persona.get("education") or []):
        detail = ", ".join(str(school[k]) for k in ("degree", "field") if school.get(k))
        value = str(school.get("school") or "?") + (f" ({detail})" if detail else "")
        add(f"education[{i}]", value, where(fields.get(f"persona.education[{i}].school")))
    if persona.get("skills"):
        add("skills", ", ".join(persona["skills"]), where(fields.get("persona.skills")))
    for kind, values in (persona.get("contacts") or {}).items():
        if isinstance(values, dict):
            shown = ", ".join(f"{app}: {handle}" for app, handle in values.items())
        else:
            shown = ", ".join(str(v) for v in values)
        add(f"contacts.{kind}", shown, where(fields.get(f"persona.contacts.{kind}")))
    if persona.get("photo"):
        add("photo", photo_summary(persona["photo"]))
    for i, message in enumerate(approach.messages):
        located = where(fields.get(f"messages[{i}].text"), message.model_dump(mode="json"))
        add(f"message {i + 1} ({message.sender})", message.text, located)
    if approach.account:
        add("account", approach.account)
    return rows


def _short(value: Any, limit: int | None) -> str:
    text = " ".join(str(value).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def where(located: Any, holder: dict[str, Any] | None = None, name: str | None = None) -> str:
    """Where a field was read: a PDF page and the top of its box, or the screenshot region OCR
    read it from (``holder``'s ``ocr`` boxes; ``name`` picks a persona field's)."""
    if isinstance(located, dict) and located.get("page"):
        box = located.get("bbox") or []
        top = f", {box[1]:.0f} pt down" if len(box) == 4 else ""
        return f"page {located['page']}{top}"
    ocr = (holder or {}).get("ocr")
    if isinstance(ocr, dict):
        boxes = ocr.get("boxes") if name is None else (ocr.get("fields") or {}).get(name)
        if boxes:
            x0, y0 = boxes[0][0], boxes[0][1]
            lines = f"{len(boxes)} line{'s' if len(boxes) != 1 else ''}"
            return f"OCR, {lines} at ({x0}, {y0})"
    return ""


def photo_summary(photo: dict[str, Any]) -> str:
    parts = [f"phash {photo['phash']}" if photo.get("phash") else ""]
    if photo.get("width") and photo.get("height"):
        parts.append(f"{photo['width']}×{photo['height']}")
    parts.append(str(photo.get("path") or ""))
    return ", ".join(p for p in parts if p)
