"""A server-side SVG picture of a campaign: its members on the left, the indicator values they
share on the right, a line from each member to each value it holds, coloured by the value's
kind. No JavaScript and no layout engine: the same campaign always gives the same picture.

Members are ordered by the values they hold (the mean row of their values, then their own
order), which keeps most lines short and uncrossed for the usual campaign of a few values.
Every label comes from reports (a persona may be named ``<script>``), so each passes through
``markupsafe.escape`` before it joins the markup, as in ``charts``; the picture is followed by
the same information as a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

SVG_NS = "http://www.w3.org/2000/svg"
MAX_MEMBERS = 60  # drawn; the table lists everything
MAX_VALUES = 16
MEMBER_CHARS = 30
VALUE_CHARS = 36
ROW = 24


@dataclass(frozen=True)
class Member:
    key: str
    label: str
    href: str | None = None


@dataclass(frozen=True)
class Value:
    """An indicator value and the members holding it."""

    kind: str
    value: str
    holders: tuple[str, ...]


def kind_class(kind: str) -> str:
    """A CSS class for an indicator kind (``email_domain`` → ``kind-email-domain``)."""
    return "kind-" + (re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-") or "other")


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _join(parts: Iterable[Markup | str]) -> Markup:
    return Markup("").join(parts)


def _ordered(members: Sequence[Member], values: Sequence[Value]) -> list[Member]:
    rows: dict[str, list[int]] = {}
    for row, value in enumerate(values):
        for holder in value.holders:
            rows.setdefault(holder, []).append(row)
    place = {m.key: i for i, m in enumerate(members)}

    def key(member: Member) -> tuple[float, int]:
        held = rows.get(member.key)
        return (sum(held) / len(held) if held else float(len(values)), place[member.key])

    return sorted(members, key=key)


def _spread(count: int, height: float, top: float) -> list[float]:
    """``count`` centres spread evenly over ``height``."""
    step = height / max(count, 1)
    return [top + step * (i + 0.5) for i in range(count)]


def _member_node(member: Member, x: float, y: float) -> Markup:
    node = Markup(
        '<circle class="graph-member" cx="{x}" cy="{y}" r="5"><title>{label}</title></circle>'
        '<text x="{tx}" y="{ty}" text-anchor="end">{short}</text>'
    ).format(
        x=_num(x),
        y=_num(y),
        label=escape(member.label),
        tx=_num(x - 10),
        ty=_num(y + 4),
        short=escape(_short(member.label, MEMBER_CHARS)),
    )
    if member.href:
        return Markup('<a href="{href}">{node}</a>').format(href=escape(member.href), node=node)
    return node


def _value_node(value: Value, x: float, y: float) -> Markup:
    label = f"{value.kind}: {value.value}"
    return Markup(
        '<rect class="graph-value {css}" x="{x}" y="{y}" width="10" height="10">'
        "<title>{label} ({count})</title></rect>"
        '<text x="{tx}" y="{ty}"><tspan class="graph-kind">{kind}</tspan> {short}</text>'
    ).format(
        css=kind_class(value.kind),
        x=_num(x - 5),
        y=_num(y - 5),
        label=escape(label),
        count=escape(len(value.holders)),
        tx=_num(x + 12),
        ty=_num(y + 4),
        kind=escape(value.kind),
        short=escape(_short(value.value, VALUE_CHARS - len(value.kind))),
    )


def _svg(graph_id: str, title: str, members: Sequence[Member], values: Sequence[Value]) -> Markup:
    left, right, width = 250.0, 540.0, 820
    rows = max(len(members), len(values), 1)
    top, height = 12.0, rows * ROW
    member_y = dict(zip((m.key for m in members), _spread(len(members), height, top), strict=True))
    value_y = _spread(len(values), height, top)
    labels = {m.key: m.label for m in members}
    edges = []
    for value, y in zip(values, value_y, strict=True):
        for holder in value.holders:
            if holder not in member_y:
                continue
            edges.append(
                Markup(
                    '<line class="graph-edge {css}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}">'
                    "<title>{member} · {kind}: {value}</title></line>"
                ).format(
                    css=kind_class(value.kind),
                    x1=_num(left),
                    y1=_num(member_y[holder]),
                    x2=_num(right),
                    y2=_num(y),
                    member=escape(labels[holder]),
                    kind=escape(value.kind),
                    value=escape(value.value),
                )
            )
    nodes = [_member_node(m, left, member_y[m.key]) for m in members]
    nodes += [_value_node(v, right, y) for v, y in zip(values, value_y, strict=True)]
    total = int(top * 2 + height)
    return _join(
        [
            Markup(
                '<svg xmlns="{ns}" class="graph" role="img" width="{w}" height="{h}" '
                'viewBox="0 0 {w} {h}" aria-labelledby="{id}-title">'
                '<title id="{id}-title">{title}</title>'
            ).format(ns=SVG_NS, w=width, h=total, id=graph_id, title=title),
            *edges,
            *nodes,
            Markup("</svg>"),
        ]
    )


def _table(
    graph_id: str, caption: str, members: Sequence[Member], values: Sequence[Value]
) -> Markup:
    by_key = {m.key: m for m in members}

    def who(key: str) -> Markup:
        member = by_key.get(key)
        label = member.label if member else key
        if member and member.href:
            return Markup('<a href="{}">{}</a>').format(escape(member.href), escape(label))
        return Markup("{}").format(escape(label))

    body = _join(
        Markup(
            '<tr><th scope="row"><span class="graph-kind">{kind}</span> {value}</th>'
            "<td>{count}</td><td>{holders}</td></tr>"
        ).format(
            kind=escape(value.kind),
            value=escape(value.value),
            count=escape(len(value.holders)),
            holders=Markup(", ").join(who(h) for h in value.holders),
        )
        for value in values
    )
    return Markup(
        '<table class="graph-table" id="{id}-table"><caption>{caption}</caption><thead><tr>'
        '<th scope="col">Shared value</th><th scope="col">Reports</th>'
        '<th scope="col">Held by</th></tr></thead><tbody>{body}</tbody></table>'
    ).format(id=graph_id, caption=caption, body=body)


def campaign_graph(
    graph_id: str, title: str, members: Sequence[Member], values: Sequence[Value]
) -> Markup:
    """The picture (at most MAX_MEMBERS members and MAX_VALUES values, strongest first as
    given) followed by a table of every value and who holds it."""
    drawn_values = list(values[:MAX_VALUES])
    drawn_members = _ordered(members, drawn_values)[:MAX_MEMBERS]
    caption = title
    if len(values) > len(drawn_values) or len(members) > len(drawn_members):
        caption = (
            f"{title} (the picture shows {len(drawn_members)} of {len(members)} reports and "
            f"{len(drawn_values)} of {len(values)} values)"
        )
    svg = _svg(graph_id, caption, drawn_members, drawn_values)
    legend = _join(
        Markup('<li><span class="graph-swatch {css}"></span>{kind}</li>').format(
            css=kind_class(kind), kind=escape(kind)
        )
        for kind in dict.fromkeys(v.kind for v in drawn_values)
    )
    return Markup(
        '<figure class="graph-figure" id="{id}"><div class="graph-scroll">{svg}</div>'
        '<ul class="graph-legend" aria-label="Kinds of value">{legend}</ul>{table}</figure>'
    ).format(id=graph_id, svg=svg, legend=legend, table=_table(graph_id, caption, members, values))
