"""`counterlink read`: show the approach/1 records counterlink reads from any input, so a user
sees exactly what was extracted (and from where in the file) before trusting a score."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from counterlink.cli.output import JsonOption, out, user_errors
from counterlink.schema import Approach

# Persona fields shown one per row, in the order a profile reads.
_PERSONA_FIELDS = ("name", "headline", "location", "url", "about", "connections", "member_since")
_LONG = 160


def register(app: typer.Typer) -> None:
    app.command(name="read")(read)


@user_errors
def read(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[PATH]...",
            help="Anything `check` accepts: approach/1 JSON or JSON Lines, .eml, .txt, a "
            "LinkedIn export, a saved profile PDF, a screenshot, a photo, or '-'.",
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", "-t", help="Pasted message text, as `check` takes it.")
    ] = None,
    together: Annotated[
        bool,
        typer.Option("--together", help="Put the files together as ONE approach, as `check` does."),
    ] = False,
    json_output: JsonOption = False,
) -> None:
    """Show what counterlink reads from each input: the persona, the messages, and where in the
    file each came from (PDF page, screenshot region), without assessing anything.

    [bold]Examples[/]

      counterlink read Profile.pdf

      counterlink read screenshot.png --json | counterlink check -

      counterlink read Profile.pdf --text "Shall we talk on WeChat?"
    """
    from counterlink.cli.inputs import read_inputs

    approaches, _ = read_inputs(paths or [], text, together, verb="read")
    for approach in approaches:
        if json_output:
            line = json.dumps(approach.to_json_dict(), ensure_ascii=False)
            out.print(line, markup=False, soft_wrap=True)
        else:
            out.print(render_read(approach))


def render_read(approach: Approach) -> Panel:
    """The approach as a person checks it: one row per field, with where it was read."""
    fields = ((approach.annotations or {}).get("extracted_from") or {}).get("fields") or {}
    table = Table(show_header=True, header_style="bold", expand=True, box=None)
    table.add_column("field", style="cyan", no_wrap=True)
    table.add_column("value", ratio=3)
    table.add_column("read from", style="dim", no_wrap=True)
    persona = (
        approach.persona.model_dump(mode="json", exclude_none=True) if approach.persona else {}
    )
    for name in _PERSONA_FIELDS:
        if name in persona:
            path = f"persona.{name}"
            table.add_row(name, _short(persona[name]), _where(fields.get(path), persona, name))
    for i, job in enumerate(persona.get("experience") or []):
        dates = " – ".join(
            str(job.get(k) or "now") for k in ("start", "end") if k in job or k == "end"
        )
        value = f"{job.get('title') or '?'} at {job.get('company') or '?'} ({dates})"
        table.add_row(
            f"experience[{i}]", value, _where(fields.get(f"persona.experience[{i}].title"))
        )
    for i, school in enumerate(persona.get("education") or []):
        detail = ", ".join(str(school[k]) for k in ("degree", "field") if school.get(k))
        value = f"{school.get('school') or '?'}" + (f" ({detail})" if detail else "")
        table.add_row(
            f"education[{i}]", value, _where(fields.get(f"persona.education[{i}].school"))
        )
    if persona.get("skills"):
        table.add_row("skills", ", ".join(persona["skills"]), _where(fields.get("persona.skills")))
    for kind, values in (persona.get("contacts") or {}).items():
        shown = (
            ", ".join(f"{k}: {v}" for k, v in values.items())
            if isinstance(values, dict)
            else ", ".join(values)
        )
        table.add_row(f"contacts.{kind}", shown, _where(fields.get(f"persona.contacts.{kind}")))
    photo = persona.get("photo")
    if photo:
        table.add_row("photo", _photo(photo), "")
    for i, message in enumerate(approach.messages):
        label = f"message {i + 1} ({message.sender})"
        table.add_row(
            label,
            _short(message.text),
            _where(fields.get(f"messages[{i}].text"), message.model_dump(mode="json")),
        )
    if approach.account:
        table.add_row("account", _short(approach.account), "")
    title = Text.assemble((approach.id or "(no id)", "bold"), f"  {approach.source or ''}")
    body: list[Any] = [table]
    if not persona and not approach.messages and not approach.account:
        body.append(Text("nothing was read from this input", style="yellow"))
    return Panel(Group(*body), title=title, title_align="left")


def _short(value: Any) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= _LONG else text[: _LONG - 1] + "…"


def _where(located: Any, holder: dict[str, Any] | None = None, name: str | None = None) -> str:
    """Where a field was read: a PDF page and box, or the screenshot region OCR read it from."""
    if isinstance(located, dict):
        # The file is in the panel's title; the page and the top of the box find the line.
        box = located.get("bbox") or []
        top = f", {box[1]:.0f} pt down" if len(box) == 4 else ""
        return f"page {located.get('page', '?')}{top}"
    ocr = (holder or {}).get("ocr")
    if isinstance(ocr, dict):
        boxes = ocr.get("boxes") if name is None else (ocr.get("fields") or {}).get(name)
        if boxes:
            x0, y0 = boxes[0][0], boxes[0][1]
            return f"{ocr.get('file') or 'image'} OCR, {len(boxes)} line(s) from ({x0}, {y0})"
    return ""


def _photo(photo: dict[str, Any]) -> str:
    parts = [f"phash {photo['phash']}" if photo.get("phash") else ""]
    if photo.get("width") and photo.get("height"):
        parts.append(f"{photo['width']}×{photo['height']}")
    parts.append(str(photo.get("path") or ""))
    return ", ".join(p for p in parts if p)
