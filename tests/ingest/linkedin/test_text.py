"""Export text: mojibake repaired (and nothing else changed), HTML InMail flattened."""

from __future__ import annotations

from counterlink.ingest.linkedin.text import clean_content, is_sponsored, repair_mojibake

SPINMAIL = (
    '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p>'
    '<p class="spinmail-quill-editor__spin-break"></p>'
    '<p class="spinmail-quill-editor__spin-break">Our MBA &amp; you: apply by 5&nbsp;May.</p>'
    '<p class="spinmail-quill-editor__spin-break">Regards,<br>Admissions</p>'
)


def test_double_encoded_utf8_is_repaired() -> None:
    assert repair_mojibake("RenÃ© LefÃ¨vre") == "René Lefèvre"
    assert repair_mojibake("Ã©cole") == "école"


def test_correct_text_is_left_exactly_as_written() -> None:
    for value in ["René", "“quoted” – dash", "ﬁne ligature", "Ｆｕｌｌ", "北京", "plain ascii"]:
        assert repair_mojibake(value) == value


def test_spinmail_html_becomes_paragraphs() -> None:
    assert clean_content(SPINMAIL) == (
        "Hi %FIRSTNAME%,\n\nOur MBA & you: apply by 5\xa0May.\n\nRegards,\nAdmissions"
    )


def test_crlf_inside_content_becomes_newlines() -> None:
    assert clean_content("one\r\ntwo\r\rthree  ") == "one\ntwo\n\nthree"


def test_plain_text_with_angle_brackets_is_not_html() -> None:
    assert clean_content("x < y and y > z") == "x < y and y > z"


def test_sponsored_detection() -> None:
    assert is_sponsored(SPINMAIL, "LinkedIn Member", "")
    assert is_sponsored("<p>Hello</p>", "LinkedIn Member", "")
    assert not is_sponsored("<p>Hello</p>", "Bo Li", "https://www.linkedin.com/in/bo")
    assert not is_sponsored("Hello", "LinkedIn Member", "")
