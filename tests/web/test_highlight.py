"""Evidence highlighting: every segment escaped, spans marked, overlaps flat, bad spans ignored."""

from __future__ import annotations

import re

from markupsafe import Markup

from counterlink.schema import Evidence, Finding
from counterlink.web.highlight import Citation, citations, highlight, highlight_field, locate


def _text_of(html: str) -> str:
    """The text a browser would show (tags dropped, the few entities we write decoded)."""
    plain = re.sub(r"<[^>]*>", "", html)
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&#34;", '"'), ("&#39;", "'")):
        plain = plain.replace(entity, char)
    return plain.replace("&amp;", "&")


def test_no_spans_is_just_escaped_text() -> None:
    out = highlight("a < b & c", [])
    assert isinstance(out, Markup)
    assert str(out) == "a &lt; b &amp; c"


def test_one_span_in_the_middle() -> None:
    out = highlight("We pay well for reports.", [(3, 11, "Payment offer")])
    assert str(out) == 'We <mark title="Payment offer">pay well</mark> for reports.'


def test_spans_at_both_ends_and_the_whole_text() -> None:
    text = "abcdef"
    assert str(highlight(text, [(0, 2, "x")])) == '<mark title="x">ab</mark>cdef'
    assert str(highlight(text, [(4, 6, "y")])) == 'abcd<mark title="y">ef</mark>'
    assert str(highlight(text, [(0, 6, "z")])) == '<mark title="z">abcdef</mark>'


def test_script_in_the_text_is_escaped_inside_and_outside_marks() -> None:
    text = "<script>alert(1)</script> hi <b>"
    out = str(highlight(text, [(0, 8, "tag")]))
    assert "<script>" not in out and "<b>" not in out
    assert out.startswith('<mark title="tag">&lt;script&gt;</mark>')
    assert _text_of(out) == text


def test_script_and_quotes_in_the_label_cannot_break_the_attribute() -> None:
    label = '"><script>alert(1)</script>'
    out = str(highlight("hello", [(0, 5, label)]))
    assert "<script>" not in out
    assert out == '<mark title="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">hello</mark>'
    single = str(highlight("hello", [(0, 5, "it's")]))
    assert single == '<mark title="it&#39;s">hello</mark>'


def test_overlapping_spans_become_flat_segments_titled_with_every_label() -> None:
    out = str(highlight("0123456789", [(2, 6, "A"), (4, 8, "B")]))
    assert out == (
        '01<mark title="A">23</mark><mark title="A; B" class="overlap">45</mark>'
        '<mark title="B">67</mark>89'
    )
    assert "<mark" not in re.sub(r"<mark[^>]*>[^<]*</mark>", "", out)  # never nested


def test_a_span_inside_another() -> None:
    out = str(highlight("abcdefgh", [(0, 8, "outer"), (3, 5, "inner")]))
    assert out == (
        '<mark title="outer">abc</mark><mark title="outer; inner" class="overlap">de</mark>'
        '<mark title="outer">fgh</mark>'
    )


def test_identical_spans_count_once_and_same_label_twice_is_named_once() -> None:
    assert str(highlight("abcd", [(1, 3, "A"), (1, 3, "A")])) == 'a<mark title="A">bc</mark>d'
    out = str(highlight("abcd", [(0, 3, "A"), (1, 4, "A")]))
    assert '<mark title="A" class="overlap">bc</mark>' in out


def test_adjacent_spans_stay_separate_marks() -> None:
    out = str(highlight("abcd", [(0, 2, "A"), (2, 4, "B")]))
    assert out == '<mark title="A">ab</mark><mark title="B">cd</mark>'


def test_out_of_range_empty_and_reversed_spans_are_ignored() -> None:
    spans = [(-1, 2, "neg"), (2, 99, "past"), (3, 3, "empty"), (4, 2, "reversed"), (10, 12, "x")]
    assert str(highlight("abcdef", spans)) == "abcdef"
    assert str(highlight("", [(0, 1, "x"), (0, 0, "y")])) == ""


def test_unicode_offsets_are_code_points() -> None:
    text = "Grüße 👋 北京 café"
    start = text.index("👋")
    out = str(highlight(text, [(start, start + 1, "wave"), (8, 10, "city")]))
    assert '<mark title="wave">👋</mark>' in out
    assert '<mark title="city">北京</mark>' in out
    assert _text_of(out) == text
    combining = "cafe\u0301!"
    assert str(highlight(combining, [(0, 5, "c")])) == '<mark title="c">cafe\u0301</mark>!'


def test_an_empty_label_gives_a_mark_without_title() -> None:
    assert str(highlight("abc", [(0, 1, "")])) == "<mark>a</mark>bc"


def test_many_spans_keep_the_text_intact() -> None:
    text = "x<y>&" * 200
    spans = [(k, k + 7, f"s{k % 3}") for k in range(0, len(text) - 7, 5)]
    out = str(highlight(text, spans))
    assert _text_of(out) == text
    assert "<y>" not in out


def _finding(code: str, *evidence: Evidence) -> Finding:
    return Finding(code=code, category="message", title=code.title(), evidence=list(evidence))


def test_citations_group_evidence_by_field() -> None:
    findings = [
        _finding("pay", Evidence(field="messages[0].text", excerpt="pay", start=3, end=6)),
        _finding(
            "head",
            Evidence(field="persona.headline", excerpt="Head", start=0, end=4),
            Evidence(field="messages[0].text", excerpt="We", start=0, end=2),
        ),
    ]
    grouped = citations(findings)
    assert sorted(grouped) == ["messages[0].text", "persona.headline"]
    assert [c.label for c in grouped["messages[0].text"]] == ["Pay (pay)", "Head (head)"]


def test_locate_trusts_offsets_that_hold_the_excerpt_and_finds_moved_ones() -> None:
    text = "We pay well"
    assert locate(text, Citation(3, 6, "pay", "L")) == (3, 6, "L")
    assert locate(text, Citation(0, 3, "pay", "L")) == (3, 6, "L")  # stale offsets
    assert locate(text, Citation(0, 2, "absent", "L")) == (0, 2, "L")
    assert locate(text, Citation(0, 0, "", "L")) is None
    assert locate(text, Citation(5, 50, "gone", "L")) is None


def test_highlight_field_marks_every_citation() -> None:
    out = str(highlight_field("<b>pay</b>", [Citation(3, 6, "pay", "<i>")]))
    assert out == '&lt;b&gt;<mark title="&lt;i&gt;">pay</mark>&lt;/b&gt;'
