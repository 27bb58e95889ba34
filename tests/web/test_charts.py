"""SVG charts: valid SVG, accessible, and every label escaped (labels are user data)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from markupsafe import Markup

from counterlink.web.charts import Bar, bar_chart, level_bars, week_chart

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert(\"x\")</script> & 'Dept'"


def _svg(markup: str) -> ET.Element:
    found = re.search(r"<svg.*?</svg>", markup, re.S)
    assert found is not None
    return ET.fromstring(found.group(0))


def test_bar_chart_escapes_labels_and_is_valid_svg() -> None:
    chart = bar_chart("c", "Departments", [Bar(HOSTILE, 3), Bar("Physics", 5)], "Department")
    assert isinstance(chart, Markup)
    assert "<script>" not in chart
    assert "&lt;script&gt;" in chart
    svg = _svg(chart)
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title") is not None
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    # Largest first; the hostile label is drawn as text (shortened), its count beside it.
    assert texts[:2] == ["Physics", "5"]
    assert texts[2] is not None and texts[2].startswith("<script>alert")
    rect_titles = [r.find(f"{SVG}title") for r in svg.iter(f"{SVG}rect")]
    assert [t.text for t in rect_titles if t is not None] == ["Physics: 5", f"{HOSTILE}: 3"]
    # The same figures as a table, whole label escaped.
    table = ET.fromstring(re.search(r"<table.*?</table>", chart, re.S).group(0))  # type: ignore[union-attr]
    rows = [[c.text for c in tr] for tr in table.iter("tr")][1:]
    assert rows == [["Physics", "5"], [HOSTILE, "3"]]


def test_week_chart_labels_counts_and_years() -> None:
    weeks = [("2024-W52", 2), ("2025-W01", 0), ("2025-W02", 7)]
    chart = week_chart("w", "Per week", weeks)
    svg = _svg(chart)
    texts = [t.text for t in svg.iter(f"{SVG}text")]
    for label in ("W52", "W01", "W02", "2024", "2025", "2", "0", "7"):
        assert label in texts
    heights = [float(r.get("height", "0")) for r in svg.iter(f"{SVG}rect")]
    assert heights[1] == 0 and heights[2] > heights[0] > 0
    assert "<td>7</td>" in chart


def test_levels_keep_their_colours_and_order() -> None:
    chart = bar_chart(
        "l", "Levels", level_bars({"low": 4, "medium": 1, "high": 2}), keep_order=True
    )
    svg = _svg(chart)
    classes = [r.get("class") for r in svg.iter(f"{SVG}rect")]
    assert classes == ["bar-high", "bar-medium", "bar-low"]


def test_empty_chart_says_so() -> None:
    chart = bar_chart("e", "Sectors", [])
    assert "No reports yet" in chart and "<svg" not in chart
