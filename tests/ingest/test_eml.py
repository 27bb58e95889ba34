"""E-mails as they are saved by mail clients: plain, HTML-only, multipart, odd headers."""

from pathlib import Path

import pytest

from counterlink.errors import InvalidInput
from counterlink.ingest import read_path
from counterlink.ingest.html import html_to_text

PLAIN = (
    'From: "Grace Liu" <grace.liu@globaltalent-partners.com>\r\n'
    "Reply-To: grace.liu88@163.com\r\n"
    "To: Dr Alice Moreton <a.moreton@qubitlabs.co.uk>\r\n"
    "Subject: Consultancy opportunity\r\n"
    "Date: Tue, 03 Mar 2026 09:15:00 +0000\r\n"
    "Message-ID: <abc123@globaltalent-partners.com>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Dear Dr Moreton,\r\nMy client would pay GBP 5,000 per report.\r\n"
)

HTML_ONLY = (
    "From: recruiter@example.org\r\n"
    "Subject: Hello\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "\r\n"
    "<html><body><p>Hi &amp; welcome,</p><p>Call me <b>today</b>.</p>"
    "<script>alert(1)</script></body></html>\r\n"
)


def test_plain_email(tmp_path: Path) -> None:
    path = tmp_path / "offer.eml"
    path.write_bytes(PLAIN.encode())
    [approach] = read_path(path).approaches
    assert approach.channel == "email"
    assert approach.persona is not None and approach.persona.name == "Grace Liu"
    assert approach.persona.contacts is not None
    assert approach.persona.contacts.emails == [
        "grace.liu@globaltalent-partners.com",
        "grace.liu88@163.com",
    ]
    assert approach.messages[0].text.startswith("Consultancy opportunity\nDear Dr Moreton")
    assert approach.received_at == "2026-03-03T09:15:00+00:00"
    assert approach.to_json_dict()["email"]["reply_to_differs"] is True


def test_html_only_email_becomes_text_without_scripts(tmp_path: Path) -> None:
    path = tmp_path / "h.eml"
    path.write_bytes(HTML_ONLY.encode())
    [approach] = read_path(path).approaches
    assert approach.messages[0].text == "Hello\nHi & welcome,\n\nCall me today."


def test_not_an_email(tmp_path: Path) -> None:
    path = tmp_path / "x.eml"
    path.write_text("just some words\n")
    with pytest.raises(InvalidInput, match="not an e-mail"):
        read_path(path)


def test_empty_email(tmp_path: Path) -> None:
    path = tmp_path / "x.eml"
    path.write_text("")
    with pytest.raises(InvalidInput, match="empty"):
        read_path(path)


def test_html_to_text_leaves_plain_text_alone() -> None:
    assert html_to_text("a < b and c > d") == "a < b and c > d"


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("From", "Ann Lee <ann@[x>"),  # the stdlib's parser: AttributeError
        ("From", "<@"),  # IndexError
        ("To", "Ann <"),
        ("Reply-To", '"'),
        ("Message-ID", "<"),
    ],
)
def test_a_malformed_address_header_is_read_not_a_crash(
    tmp_path: Path, header: str, value: str
) -> None:
    # Found by tests/fuzz: the modern e-mail policy raises on these when a header is read.
    headers = {"From": "Ann Lee <ann@example.com>", "Subject": "Paid reports", header: value}
    raw = "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\nI can pay per report.\r\n"
    path = tmp_path / "odd.eml"
    path.write_bytes(raw.encode())
    (approach,) = read_path(path).approaches
    assert approach.messages[0].text == "Paid reports\nI can pay per report."
    if value.startswith("Ann Lee"):
        assert approach.persona is not None and approach.persona.name == "Ann Lee"
