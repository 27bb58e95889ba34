"""The ownership chain of a stored employer check, drawn server-side as inline SVG (no script),
with the same chain as text for screen readers and for anyone who cannot see the picture.

It reads only the check's JSON (docs/schema/employer.schema.json), so a case shows its check as
it was when run, whatever the registry holds now. Layout: the company at the bottom, each owner
one row above the nearest thing it owns (its shortest path), arrows from owner to owned. An
arrow carries the owner's direct stake when the owner holds one thing (read from its natures of
control), each box the owner's look-through share; state-linked owners are drawn in red and say
so in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup

from counterlink.ownership.interval import read_natures, share_text

BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 200, 58, 28, 64, 16
STATE = "#b00020"
MAX_OWNERS = 40


@dataclass(frozen=True)
class Picture:
    svg: Markup
    lines: list[str]  # the text alternative: one line per arrow, riskiest owners first
    owners: int
    cut: int  # owners left out of the picture (more than MAX_OWNERS)


def _clip(text: str, width: int = 28) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _stake(owner: dict[str, Any]) -> str:
    nature = read_natures([str(n) for n in owner.get("natures") or []])
    if nature.share is not None:
        return share_text(nature.share)
    if nature.votes is not None:
        return "votes " + share_text(nature.votes)
    if nature.appoint or nature.influence:
        return "control"
    return ""


def picture(result: dict[str, Any]) -> Picture | None:
    """The chain of ``result`` (an employer report as JSON); None when it names no company."""
    company = result.get("company")
    if not isinstance(company, dict):
        return None
    target = str(company.get("id"))
    owners = [o for o in result.get("owners") or [] if isinstance(o, dict)][:MAX_OWNERS]
    names = {target: str(company.get("name") or target)}
    level = {target: 0}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for owner in owners:
        oid = str(owner.get("id"))
        names[oid] = str(owner.get("name") or oid)
        for path in owner.get("paths") or []:
            for depth, node in enumerate(path):
                level[str(node)] = min(level.get(str(node), depth), depth)
            if len(path) >= 2:
                edges[(str(path[-1]), str(path[-2]))] = owner
    by_id = {str(o.get("id")): o for o in owners}
    rows: dict[int, list[str]] = {}
    for node in sorted(level, key=lambda n: (level[n], names.get(n, n))):
        rows.setdefault(level[node], []).append(node)
    top = max(rows)
    widest = max(len(r) for r in rows.values())
    width = MARGIN * 2 + widest * BOX_W + (widest - 1) * GAP_X
    height = MARGIN * 2 + (top + 1) * BOX_H + top * GAP_Y
    pos: dict[str, tuple[float, float]] = {}
    for depth, ids in rows.items():
        x0 = (width - (len(ids) * BOX_W + (len(ids) - 1) * GAP_X)) / 2
        for i, node in enumerate(ids):
            pos[node] = (x0 + i * (BOX_W + GAP_X), MARGIN + (top - depth) * (BOX_H + GAP_Y))

    def linked(node: str) -> bool:
        o = by_id.get(node)
        return o is not None and (o.get("kind") == "state" or bool(o.get("state_links")))

    title = f"Owners of {names[target]}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ownership-picture" width="{width:.0f}" '
        f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" '
        f'font-size="12" role="img" aria-labelledby="ownership-title" '
        f'aria-describedby="ownership-text">',
        f'<title id="ownership-title">{escape(title)}</title>',
        '<defs><marker id="ownership-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>',
    ]
    lines: list[str] = []
    for (owner_id, asset), owner in edges.items():
        (ox, oy), (ax, ay) = pos[owner_id], pos[asset]
        x1, y1, x2, y2 = ox + BOX_W / 2, oy + BOX_H, ax + BOX_W / 2, ay
        stake = _stake(owner) if len({p[-2] for p in owner["paths"] if len(p) > 1}) == 1 else ""
        parts.append(
            f'<g class="edge"><line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
            'stroke="#555" marker-end="url(#ownership-arrow)"/>'
            f'<text x="{(x1 + x2) / 2 + 4:.0f}" y="{(y1 + y2) / 2:.0f}" fill="#333">'
            f"{escape(stake)}</text></g>"
        )
        share = owner.get("share") or {}
        look = share_text((float(share.get("min", 0)), float(share.get("max", 1))))
        mark = " (STATE-LINKED)" if linked(owner_id) else ""
        verb = f" holds {stake} of" if stake else " owns part of or controls"
        lines.append(
            f"{names[owner_id]}{mark}{verb} {names.get(asset, asset)}; look-through share of "
            f"{names[target]}: {look}, majority {owner.get('majority', '?')}"
        )
    for node, (x, y) in pos.items():
        held = by_id.get(node)
        red = linked(node)
        kind = str(held.get("kind") if held else "company") + (" · STATE-LINKED" if red else "")
        sub = node if node == target else ""
        if held is not None:
            share = held.get("share") or {}
            sub = "look-through " + share_text(
                (float(share.get("min", 0)), float(share.get("max", 1)))
            )
        stroke = STATE if red else ("#222" if node == target else "#777")
        parts.append(
            f'<g class="node{" state-linked" if red else ""}" data-id="{escape(node)}">'
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{BOX_W}" height="{BOX_H}" rx="6" '
            f'fill="{"#fde8ec" if red else "#fff"}" stroke="{stroke}" '
            f'stroke-width="{2 if red or node == target else 1}"/>'
            f'<text x="{x + 8:.0f}" y="{y + 18:.0f}" font-weight="bold">'
            f"{escape(_clip(names.get(node, node)))}</text>"
            f'<text x="{x + 8:.0f}" y="{y + 34:.0f}" fill="{STATE if red else "#555"}">'
            f"{escape(kind)}</text>"
            f'<text x="{x + 8:.0f}" y="{y + 50:.0f}" fill="#777">{escape(sub)}</text>'
            f"<title>{escape(names.get(node, node))} ({escape(node)})</title></g>"
        )
    parts.append("</svg>")
    everyone = len([o for o in result.get("owners") or [] if isinstance(o, dict)])
    return Picture(Markup("\n".join(parts)), lines, len(owners), everyone - len(owners))
