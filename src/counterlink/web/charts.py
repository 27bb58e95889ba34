"""Server-side SVG bar charts: no JavaScript, no library, readable at a glance.

Labels come from user data (a department may be named ``<script>``), so every label and number
is passed through ``markupsafe.escape`` before it joins the markup (``Markup.format`` would
escape them too; the explicit call makes it plain); the only unescaped text is this module's
own fixed tags. Each chart is an ``<svg role="img">`` with a ``<title>``, followed
by the same figures as a small table, for screen readers and for anyone who prefers numbers.
Colours come from CSS classes (the page's palette), never from inline styles, which the CSP
forbids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

SVG_NS = "http://www.w3.org/2000/svg"
# Level → CSS class; style.css gives them the high / medium / low palette.
LEVEL_CLASSES = {"high": "bar-high", "medium": "bar-medium", "low": "bar-low"}
LABEL_CHARS = 28  # characters of a label drawn in the SVG; the table shows it whole
CHAR_WIDTH = 7  # roughly, at the 12px font of style.css


@dataclass(frozen=True)
class Bar:
    """One bar: its label, its count, and an optional detail (e.g. a finding code)."""

    label: str
    count: int
    detail: str | None = None
    css: str = "bar"


def _short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _num(value: float) -> str:
    # Coordinates rounded to tenths: short markup, no float noise.
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _join(parts: Iterable[Markup | str]) -> Markup:
    return Markup("").join(parts)


def _svg_open(chart_id: str, title: str, width: int, height: int) -> Markup:
    return Markup(
        '<svg xmlns="{ns}" class="chart" role="img" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
        'aria-labelledby="{id}-title"><title id="{id}-title">{title}</title>'
    ).format(ns=SVG_NS, w=width, h=height, id=chart_id, title=title)


def _table(chart_id: str, caption: str, heading: str, rows: Sequence[Bar]) -> Markup:
    """The chart's figures as a small table."""
    body = _join(
        Markup('<tr><th scope="row">{label}{detail}</th><td>{count}</td></tr>').format(
            label=escape(bar.label),
            detail=Markup(' <span class="muted">{}</span>').format(escape(bar.detail))
            if bar.detail
            else "",
            count=escape(bar.count),
        )
        for bar in rows
    )
    return Markup(
        '<table class="chart-table" id="{id}-table"><caption>{caption}</caption>'
        '<thead><tr><th scope="col">{heading}</th><th scope="col">Reports</th></tr></thead>'
        "<tbody>{body}</tbody></table>"
    ).format(id=chart_id, caption=caption, heading=heading, body=body)


def _week_table(chart_id: str, caption: str, weeks: Sequence[tuple[str, int]]) -> Markup:
    """The weekly figures as a two-row table (weeks across): short, and still a table."""
    head = _join(Markup('<th scope="col">{}</th>').format(escape(w)) for w, _ in weeks)
    cells = _join(Markup("<td>{}</td>").format(escape(n)) for _, n in weeks)
    return Markup(
        '<div class="chart-scroll"><table class="chart-table week-table" id="{id}-table">'
        '<caption>{caption}</caption><thead><tr><th scope="row">Week</th>{head}</tr></thead>'
        '<tbody><tr><th scope="row">Reports</th>{cells}</tr></tbody></table></div>'
    ).format(id=chart_id, caption=caption, head=head, cells=cells)


def week_chart(chart_id: str, title: str, weeks: Sequence[tuple[str, int]]) -> Markup:
    """A vertical bar per ISO week (``("2025-W07", 3)``), counts on the bars, week labels under
    them (the year under the first week and wherever it changes)."""
    bar_w, gap, top, plot_h, left = 44, 14, 24, 150, 8
    width = left * 2 + len(weeks) * (bar_w + gap)
    height = top + plot_h + 40
    peak = max((n for _, n in weeks), default=0) or 1
    parts: list[Markup] = [_svg_open(chart_id, title, max(width, 120), height)]
    base_y = top + plot_h
    parts.append(
        Markup('<line class="axis" x1="{x1}" y1="{y}" x2="{x2}" y2="{y}"/>').format(
            x1=left, x2=_num(width - left), y=base_y
        )
    )
    previous_year = ""
    for i, (week, count) in enumerate(weeks):
        x = left + i * (bar_w + gap) + gap / 2
        h = plot_h * count / peak
        year, _, short = week.partition("-")
        centre = _num(x + bar_w / 2)
        parts.append(
            Markup(
                '<rect class="bar" x="{x}" y="{y}" width="{w}" height="{h}">'
                "<title>{week}: {count}</title></rect>"
                '<text class="count" x="{cx}" y="{ty}" text-anchor="middle">{count}</text>'
                '<text x="{cx}" y="{ly}" text-anchor="middle">{short}</text>'
            ).format(
                x=_num(x),
                y=_num(base_y - h),
                w=bar_w,
                h=_num(h),
                week=escape(week),
                count=escape(count),
                cx=centre,
                ty=_num(base_y - h - 6),
                ly=base_y + 16,
                short=escape(short or week),
            )
        )
        if short and year != previous_year:
            parts.append(
                Markup(
                    '<text class="muted" x="{cx}" y="{y}" text-anchor="middle">{year}</text>'
                ).format(cx=centre, y=base_y + 32, year=escape(year))
            )
        previous_year = year
    parts.append(Markup("</svg>"))
    return _figure(chart_id, _join(parts), _week_table(chart_id, title, weeks))


def bar_chart(
    chart_id: str,
    title: str,
    bars: Sequence[Bar],
    heading: str = "Label",
    *,
    keep_order: bool = False,
    label_chars: int = LABEL_CHARS,
    plot_width: int = 280,
) -> Markup:
    """Horizontal bars, largest first (``keep_order`` keeps the given order, e.g. levels);
    the label left of each bar (cut to ``label_chars``), its count right of it, then the same
    figures as a table."""
    rows = list(bars) if keep_order else sorted(bars, key=lambda b: (-b.count, b.label))
    if not rows:
        empty = Markup('<p class="muted">No reports yet.</p>')
        return _figure(chart_id, empty, _table(chart_id, title, heading, rows))
    row_h, label_w, plot_w, right = 26, label_chars * CHAR_WIDTH + 10, plot_width, 40
    width, height = label_w + plot_w + right, row_h * len(rows) + 8
    peak = max(b.count for b in rows) or 1
    parts: list[Markup] = [_svg_open(chart_id, title, width, height)]
    for i, bar in enumerate(rows):
        y = 4 + i * row_h
        w = plot_w * bar.count / peak
        parts.append(
            Markup(
                '<text x="{lx}" y="{ty}" text-anchor="end">{short}</text>'
                '<rect class="{css}" x="{x}" y="{y}" width="{w}" height="{h}">'
                "<title>{label}: {count}</title></rect>"
                '<text class="count" x="{cx}" y="{ty}">{count}</text>'
            ).format(
                lx=label_w - 8,
                ty=_num(y + row_h / 2 + 4),
                short=escape(_short(bar.label, label_chars)),
                css=escape(bar.css),
                x=label_w,
                y=y + 3,
                w=_num(w),
                h=row_h - 6,
                label=escape(bar.label),
                count=escape(bar.count),
                cx=_num(label_w + w + 6),
            )
        )
    parts.append(Markup("</svg>"))
    return _figure(chart_id, _join(parts), _table(chart_id, title, heading, rows))


def level_bars(by_level: Mapping[str, int]) -> list[Bar]:
    """Bars for the levels, high first, coloured by the level palette."""
    rank = {lv: i for i, lv in enumerate(LEVEL_CLASSES)}
    order = sorted(by_level, key=lambda lv: rank.get(lv, len(rank)))
    return [Bar(lv, by_level[lv], css=LEVEL_CLASSES.get(lv, "bar")) for lv in order]


def _figure(chart_id: str, chart: Markup, table: Markup) -> Markup:
    return Markup('<figure class="chart-figure" id="{id}">{chart}{table}</figure>').format(
        id=chart_id, chart=chart, table=table
    )
