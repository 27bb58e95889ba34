"""Evidence files: content-addressed, deduplicated, type sniffed from the bytes."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store import evidence
from counterlink.store.errors import NotFound
from counterlink.store.reports import report_timeline
from counterlink.store.tables import AuditEntry, EvidenceFile, ReportEvidence, User
from tests.dbfixtures import submit

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(32)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(32)
GIF = b"GIF89a" + bytes(32)
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(32)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
EML = (
    b"Return-Path: <kevin@pinnacle.example>\r\n"
    b"From: Kevin Tan <kevin@pinnacle.example>\r\n"
    b"To: imogen@lab.example\r\n"
    b"Subject: A confidential opportunity\r\n"
    b"Date: Mon, 2 Nov 2026 09:00:00 +0000\r\n"
    b"\r\n"
    b"Dear Dr Hartley, <b>please</b> keep this between us.\r\n"
)
TEXT = b"Message copied from LinkedIn: let's move to WhatsApp.\n"


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [
        ("shot.png", PNG, "image/png"),
        ("photo.JPG", JPEG, "image/jpeg"),
        ("photo.jpeg", JPEG, "image/jpeg"),
        ("anim.gif", GIF, "image/gif"),
        ("pic.webp", WEBP, "image/webp"),
        ("profile.pdf", PDF, "application/pdf"),
        ("approach.eml", EML, "message/rfc822"),
        ("html-mail.eml", EML + b"<html><body>An HTML part</body></html>\r\n", "message/rfc822"),
        ("notes.txt", TEXT, "text/plain"),
    ],
)
def test_accepted_types(name: str, data: bytes, media_type: str) -> None:
    assert evidence.check_file(name, data) == (name, media_type)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("page.html", b"<!DOCTYPE html><html><script>alert(1)</script></html>", "not accepted"),
        ("page.txt", b"  <html><body>hi</body></html>", "not accepted"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "not accepted"),
        ("logo.txt", b'<?xml version="1.0"?><svg></svg>', "not accepted"),
        ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00", "not accepted"),
        ("tool.txt", b"\x7fELF\x02\x01\x01\x00", "not accepted"),
        ("archive.zip", b"PK\x03\x04" + bytes(20), "not accepted"),
        ("latin1.txt", "café".encode("latin-1"), "not accepted"),
        ("empty.png", b"", "is empty"),
        # The name must agree with the content.
        ("shot.pdf", PNG, "content is image/png, so the name must end in .png"),
        ("shot", PNG, "must end in .png"),
        ("notes.eml", TEXT, "content is text/plain"),
        ("mail.txt", EML, "content is message/rfc822"),
        ("report.png", PDF, "must end in .pdf"),
    ],
)
def test_refused_files(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        evidence.check_file(name, data)


def test_size_limit() -> None:
    evidence.check_file("big.txt", b"a" * evidence.MAX_BYTES)
    with pytest.raises(InvalidInput, match="at most 10 MB"):
        evidence.check_file("big.txt", b"a" * (evidence.MAX_BYTES + 1))


@pytest.mark.parametrize(
    ("given", "clean"),
    [
        ("../../etc/shot.png", "shot.png"),
        ("C:\\Users\\me\\shot.png", "shot.png"),
        ("sh\x00ot\n.png", "shot.png"),
    ],
)
def test_file_names_are_reduced_to_a_base_name(given: str, clean: str) -> None:
    assert evidence.clean_filename(given) == clean
    with pytest.raises(InvalidInput, match="file name is empty"):
        evidence.clean_filename("../")


def test_attach_stores_each_content_once(people: dict[str, User], session: Session) -> None:
    rita = people["rita"]
    first = submit(session, rita)
    second = submit(session, rita)
    link = evidence.attach_evidence(session, rita, first.id, "shot.png", PNG)
    again = evidence.attach_evidence(session, rita, first.id, "other-name.png", PNG)
    evidence.attach_evidence(session, people["ann"], second.id, "same.png", PNG)
    evidence.attach_evidence(session, rita, first.id, "mail.eml", EML)
    session.commit()
    assert again.id == link.id
    digest = hashlib.sha256(PNG).hexdigest()
    assert link.sha256 == digest and link.filename == "shot.png"
    assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 2
    assert session.scalar(select(func.count()).select_from(ReportEvidence)) == 3
    stored = session.get(EvidenceFile, digest)
    assert stored is not None
    assert (stored.size, stored.media_type, stored.data) == (len(PNG), "image/png", PNG)
    listed = evidence.list_evidence(session, rita, first)
    assert [(e.filename, e.file.media_type) for e in listed] == [
        ("shot.png", "image/png"),
        ("mail.eml", "message/rfc822"),
    ]
    kinds = [e.kind for e in report_timeline(session, rita, first)]
    assert kinds == ["created", "evidence", "evidence"]


def test_evidence_follows_report_visibility(people: dict[str, User], session: Session) -> None:
    theirs = submit(session, people["rob"])
    with pytest.raises(NotFound):
        evidence.attach_evidence(session, people["rita"], theirs.id, "shot.png", PNG)
    evidence.attach_evidence(session, people["rob"], theirs.id, "shot.png", PNG)
    session.commit()
    digest = hashlib.sha256(PNG).hexdigest()
    with pytest.raises(NotFound):
        evidence.get_evidence(session, people["rita"], digest)
    with pytest.raises(NotFound):
        evidence.get_evidence(session, people["ann"], "0" * 64)
    for viewer in ("rob", "ann"):
        file, name = evidence.get_evidence(session, people[viewer], digest)
        assert (file.data, name) == (PNG, "shot.png")
    session.commit()
    views = session.scalars(
        select(AuditEntry.actor).where(AuditEntry.action == "evidence.view")
    ).all()
    assert views == ["rob", "ann"]


def test_a_refused_file_stores_nothing(people: dict[str, User], session: Session) -> None:
    report = submit(session, people["rita"])
    with pytest.raises(InvalidInput):
        evidence.attach_evidence(session, people["rita"], report.id, "x.html", b"<html>")
    session.commit()
    assert session.scalar(select(func.count()).select_from(EvidenceFile)) == 0
