"""The traced chain as a picture: an SVG drawn here (no library, no network), and a
self-contained HTML page holding the same SVG with the report's JSON beside it (no script).

Layout: the company at the bottom, each owner one row above the nearest thing it owns (its
shortest path), so a chain reads upward as ownership goes. Edges are labelled with the edge's
own share range (not the look-through share, which the tooltip and the JSON give).
"""

from __future__ import annotations

from html import escape

from counterlink.ownership.export import Chain
from counterlink.ownership.interval import share_text

BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 210.0, 54.0, 30.0, 70.0, 20.0
STATE = "#b00020"
_KIND = {"person": "person", "company": "company", "legal-person": "legal person",
         "state": "state", "unknown": "unknown"}  # fmt: skip


def _levels(chain: Chain) -> dict[str, int]:
    """Row of each node: 0 the company, then its distance upward (breadth first)."""
    g = chain.graph
    level = {g.target: 0}
    frontier = [g.target]
    edges = chain.edges()
    while frontier:
        nxt = []
        for node in frontier:
            for e in edges:
                if e.asset == node and e.owner not in level:
                    level[e.owner] = level[node] + 1
                    nxt.append(e.owner)
        frontier = nxt
    return level


def _clip(text: str, width: int = 30) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def svg(chain: Chain) -> str:
    g = chain.graph
    level = _levels(chain)
    rows: dict[int, list[str]] = {}
    for node_id in sorted(level, key=lambda n: (level[n], g.nodes[n].name or n)):
        rows.setdefault(level[node_id], []).append(node_id)
    top = max(rows)
    widest = max(len(r) for r in rows.values())
    width = MARGIN * 2 + widest * BOX_W + (widest - 1) * GAP_X
    height = MARGIN * 2 + (top + 1) * BOX_H + top * GAP_Y
    pos: dict[str, tuple[float, float]] = {}
    for depth, ids in rows.items():
        row_w = len(ids) * BOX_W + (len(ids) - 1) * GAP_X
        x0 = (width - row_w) / 2
        y = MARGIN + (top - depth) * (BOX_H + GAP_Y)
        for i, node_id in enumerate(ids):
            pos[node_id] = (x0 + i * (BOX_W + GAP_X), y)
    owners = {o.id: o for o in chain.report.owners}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="sans-serif" font-size="12" '
        'role="img">',
        f"<title>Owners of {escape(g.nodes[g.target].name or g.target)}</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        'fill="#555"/></marker></defs>',
    ]
    for e in chain.edges():
        if e.owner not in pos or e.asset not in pos:
            continue
        (ox, oy), (ax, ay) = pos[e.owner], pos[e.asset]
        x1, y1 = ox + BOX_W / 2, oy + BOX_H
        x2, y2 = ax + BOX_W / 2, ay
        label = escape(share_text(e.share))
        parts.append(
            f'<g class="edge"><line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" '
            'stroke="#555" marker-end="url(#arrow)"/>'
            f'<text x="{(x1 + x2) / 2 + 4:.0f}" y="{(y1 + y2) / 2:.0f}" fill="#333">{label}</text>'
            f"<title>{escape(e.record)}: {escape(', '.join(e.natures))}</title></g>"
        )
    for node_id, (x, y) in pos.items():
        node = g.nodes[node_id]
        linked = chain.state_linked(node_id)
        owner = owners.get(node_id)
        kind = _KIND.get(node.kind, node.kind) + (" · STATE-LINKED" if linked else "")
        sub = node_id if node_id.startswith("GB-COH-") else (node.country or "")
        tip = node_id
        if owner is not None:
            tip += (
                f" — look-through {share_text((owner.share.min, owner.share.max))}, "
                f"majority {owner.majority}{', controls' if owner.controls else ''}"
            )
        stroke = STATE if linked else ("#222" if node_id == g.target else "#777")
        parts.append(
            f'<g class="node{" state-linked" if linked else ""}" data-id="{escape(node_id)}">'
            f'<rect x="{x:.0f}" y="{y:.0f}" width="{BOX_W:.0f}" height="{BOX_H:.0f}" rx="6" '
            f'fill="{"#fde8ec" if linked else "#fff"}" stroke="{stroke}" '
            f'stroke-width="{2 if linked or node_id == g.target else 1}"/>'
            f'<text x="{x + 8:.0f}" y="{y + 18:.0f}" font-weight="bold">'
            f"{escape(_clip(node.name or 'name unknown'))}</text>"
            f'<text x="{x + 8:.0f}" y="{y + 33:.0f}" fill="{STATE if linked else "#555"}">'
            f"{escape(kind)}</text>"
            f'<text x="{x + 8:.0f}" y="{y + 47:.0f}" fill="#777">{escape(_clip(sub))}</text>'
            f"<title>{escape(tip)}</title></g>"
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def html(chain: Chain) -> str:
    """One page, no script and no outside resource: the SVG, the flags and the JSON report."""
    report = chain.report
    company = report.company
    title = f"Owners of {company.name or company.id}" if company else "Employer check"
    flags = "".join(
        f"<li><b>{escape(f.code)}</b>: {escape(f.title)}<ul>"
        + "".join(f"<li>{escape(line)}</li>" for line in f.evidence)
        + "</ul></li>"
        for f in report.flags
    )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>"
        "body{font-family:sans-serif;margin:1.5em;display:flex;gap:2em;flex-wrap:wrap}"
        "section{flex:1 1 30em;min-width:0}pre{background:#f6f6f6;padding:1em;overflow:auto;"
        "max-height:80vh;font-size:12px}svg{max-width:100%;height:auto}"
        "</style></head><body>"
        f"<section><h1>{escape(title)}</h1>{svg(chain)}"
        f"<h2>Flags, riskiest first</h2><ul>{flags or '<li>No flags.</li>'}</ul></section>"
        '<section><h2>Report (counterlink employer --json)</h2><pre id="report">'
        f"{escape(report.model_dump_json(indent=2))}</pre></section>"
        "</body></html>\n"
    )
