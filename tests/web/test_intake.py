"""Report intake: the report form, evidence uploads, "My reports", scanning one's own export."""

from __future__ import annotations

import hashlib
import html
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from counterlink.assess import Assessor
from counterlink.schema import APPROACH_SCHEMA, Approach
from counterlink.signals.target import TargetDetector
from counterlink.store.tables import EvidenceFile, Report, ReportEvidence, User
from counterlink.web import pages_report
from counterlink.web.intake import SECTORS, ReportFields, build_approach, split_conversation
from tests.ingest.linkedin.samples import (
    INVITATIONS_7,
    MESSAGES_13,
    OWNER,
    OWNER_URL,
    POSITIONS,
    PROFILE,
    line,
    message,
    reply,
)
from tests.web.conftest import SignedIn

SignIn = Callable[[str], SignedIn]

HOSTILE = (
    "Hello Dr Lee, I represent a consultancy whose client pays well for short reports on your "
    "lab's non-public research. Each paid report is 2000 USD. Please keep this between us and "
    "do not mention it to your employer.\n---\nMe: What would you need?\n---\n"
    "Let's move to WhatsApp to discuss: +44 7700 900123"
)
GENUINE = (
    "Hi Priya, I am a recruiter at Arm in Cambridge. We have an opening for a Senior "
    "Verification Engineer on our CPU team; the role is advertised on our careers page "
    "(req 12345). Would you be open to a short call next week? Best, Tom"
)
FORM = {
    "persona_name": "Richard Lam",
    "headline": "Senior Consultant at Global Insight Partners",
    "profile_url": "https://www.linkedin.com/in/richard-lam-gip",
    "job_title": "Senior Consultant",
    "employer": "Global Insight Partners",
    "location": "Singapore",
    "connections": "42",
    "handles": "WhatsApp: +44 7700 900123",
    "channel": "linkedin",
    "department": "Physics",
    "role": "postdoctoral researcher",
    "sector": "quantum",
}


def png(payload: bytes = b"pixel") -> bytes:
    """A small valid PNG (1x1, one grey pixel; ``payload`` goes into a text chunk)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"Comment\x00" + payload)
        + chunk(b"IDAT", zlib.compress(b"\x00\x80"))
        + chunk(b"IEND", b"")
    )


def post_report(
    browser: SignedIn,
    text: str = HOSTILE,
    files: list[tuple[str, bytes]] | None = None,
    csrf: bool = True,
    **fields: str,
) -> Any:
    data = {**FORM, "messages": text, **fields}
    if csrf:
        data["csrf_token"] = browser.csrf
    upload = [("evidence", (name, content)) for name, content in files or []]
    return browser.post("/reports/new", data=data, files=upload or None, follow_redirects=False)


def count(app: FastAPI, table: type[Any]) -> int:
    with app.state.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)


def report_at(app: FastAPI, location: str) -> Report:
    match = re.fullmatch(r"/reports/(\d+)", location)
    assert match, location
    with app.state.sessions() as s:
        report = s.get(Report, int(match.group(1)))
        assert report is not None
        s.expunge(report)
        return report


def reporter_of(app: FastAPI, report: Report) -> str:
    with app.state.sessions() as s:
        user = s.get(User, report.reporter_id)
        assert user is not None
        return user.name


# --- the form -------------------------------------------------------------------------------------


def test_pages_need_a_signed_in_user(client: Any) -> None:
    for path in ("/reports/new", "/reports", "/scan"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")


def test_form_explains_the_convention_and_offers_known_sectors(signed_in: SignIn) -> None:
    page = signed_in("rita").get("/reports/new")
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.text
    assert 'name="csrf_token"' in page.text and "<code>---</code>" in page.text
    assert '<input type="file" name="evidence" multiple' in page.text
    for sector in SECTORS:
        assert f'<option value="{sector}"' in page.text


def test_submitted_report_is_stored_and_assessed_on_arrival(
    app: FastAPI, signed_in: SignIn
) -> None:
    response = post_report(signed_in("rita"))
    assert response.status_code == 303
    report = report_at(app, response.headers["location"])
    assert reporter_of(app, report) == "rita"
    stored = Approach.model_validate(report.approach)
    assert stored.source == "web report"
    assert [(m.sender, m.text[:20]) for m in stored.messages] == [
        ("persona", HOSTILE[:20]),
        ("target", "What would you need?"),
        ("persona", "Let's move to WhatsA"),
    ]
    assert stored.persona is not None and stored.persona.name == "Richard Lam"
    assert stored.persona.url == FORM["profile_url"] and stored.persona.connections == 42
    assert stored.persona.experience and stored.persona.experience[0].company == FORM["employer"]
    assert stored.persona.contacts and stored.persona.contacts.handles == {
        "whatsapp": "+44 7700 900123"
    }
    assert (report.target_sector, report.target_department, report.target_role) == (
        "quantum",
        "Physics",
        "postdoctoral researcher",
    )
    expected = Assessor().assess(stored)
    assert (report.score, report.level) == (expected.score, expected.level)
    assert report.assessment["advice"] == expected.advice
    # The same form fields build the same approach outside the web app.
    rebuilt = build_approach(ReportFields(**{**FORM, "messages": HOSTILE}))
    assert rebuilt.to_json_dict() == stored.to_json_dict()


def test_hostile_text_is_flagged_and_a_genuine_recruiter_is_not(
    app: FastAPI, signed_in: SignIn
) -> None:
    rita = signed_in("rita")
    hostile = report_at(app, post_report(rita).headers["location"])
    genuine = report_at(
        app,
        post_report(
            rita,
            GENUINE,
            persona_name="Tom Baker",
            headline="Technical Recruiter at Arm",
            job_title="Technical Recruiter",
            employer="Arm",
            location="Cambridge",
            connections="500+",
            handles="",
        ).headers["location"],
    )
    assert hostile.level in ("high", "medium")
    assert genuine.level == "low"
    assert hostile.score > genuine.score


def test_empty_message_shows_the_form_again_with_the_values(
    app: FastAPI, signed_in: SignIn
) -> None:
    response = post_report(signed_in("rita"), "   \n---\n  ", persona_name="<b>Vivian</b>")
    assert response.status_code == 422
    assert "paste the messages you received" in response.text
    assert 'value="&lt;b&gt;Vivian&lt;/b&gt;"' in response.text  # kept, and escaped
    assert '<option value="quantum" selected>' in response.text
    assert count(app, Report) == 0


def test_only_my_own_replies_is_refused(app: FastAPI, signed_in: SignIn) -> None:
    response = post_report(signed_in("rita"), "Me: hello?")
    assert response.status_code == 422
    assert "paste what the persona sent" in response.text
    assert count(app, Report) == 0


def test_missing_or_wrong_csrf_token_is_refused(app: FastAPI, signed_in: SignIn) -> None:
    rita = signed_in("rita")
    assert post_report(rita, csrf=False).status_code == 403
    assert post_report(rita, csrf=False, csrf_token="forged").status_code == 403
    assert count(app, Report) == 0


def test_bad_profile_values_are_named(app: FastAPI, signed_in: SignIn) -> None:
    response = post_report(signed_in("rita"), connections="lots", handles="just a number")
    assert response.status_code == 422
    assert "Connections: must be a number" in response.text
    assert count(app, Report) == 0


def test_conversation_convention() -> None:
    messages = split_conversation(
        "Dear Ada,\nmy client pays well.\n\nThem: Interested?\nme: Who is the client?\n"
        "-----\nI cannot say.\n---\n\n---\nMeeting: Tuesday works.\n"
    )
    assert [(m.sender, m.text) for m in messages] == [
        ("persona", "Dear Ada,\nmy client pays well."),
        ("persona", "Interested?"),
        ("target", "Who is the client?"),
        ("persona", "I cannot say."),
        ("persona", "Meeting: Tuesday works."),
    ]


def test_every_listed_sector_is_one_counterlink_knows() -> None:
    detector = TargetDetector()
    for sector in SECTORS:
        approach = Approach.model_validate(
            {
                "schema": APPROACH_SCHEMA,
                "target": {"sector": sector},
                "messages": [{"sender": "persona", "text": "Hello"}],
            }
        )
        assert [f.code for f in detector.detect(approach)] == ["context.sensitive_target"], sector


# --- evidence -------------------------------------------------------------------------------------


def test_evidence_is_stored_by_sha256_and_deduplicated(app: FastAPI, signed_in: SignIn) -> None:
    rita = signed_in("rita")
    image = png()
    first = post_report(rita, files=[("screenshot.png", image), ("again.png", image)])
    second = post_report(rita, files=[("same.png", image)])
    assert first.status_code == second.status_code == 303
    digest = hashlib.sha256(image).hexdigest()
    with app.state.sessions() as s:
        stored = s.scalars(select(EvidenceFile)).all()
        assert [(f.sha256, f.media_type, bytes(f.data)) for f in stored] == [
            (digest, "image/png", image)
        ]
        links = s.scalars(select(ReportEvidence).order_by(ReportEvidence.id)).all()
        assert [(link.sha256, link.filename) for link in links] == [
            (digest, "screenshot.png"),
            (digest, "same.png"),
        ]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", b"<!doctype html><html><script>alert(1)</script></html>"),
        ("holiday.png", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64),
        ("photo.png", b"%PDF-1.7\n%fake pdf named as an image\n"),
    ],
)
def test_refused_file_names_the_file_and_stores_nothing(
    app: FastAPI, signed_in: SignIn, name: str, content: bytes
) -> None:
    response = post_report(signed_in("rita"), files=[("fine.png", png()), (name, content)])
    assert response.status_code == 422
    assert name in response.text
    assert "Nothing was stored" in response.text
    assert 'value="Richard Lam"' in response.text
    assert count(app, Report) == 0 and count(app, EvidenceFile) == 0


def test_too_many_files_are_refused(
    app: FastAPI, signed_in: SignIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pages_report, "MAX_FILES", 2)
    files = [(f"s{i}.png", png(bytes([i]))) for i in range(3)]
    response = post_report(signed_in("rita"), files=files)
    assert response.status_code == 422
    assert "at most 2 files" in response.text
    assert count(app, Report) == 0


def test_an_eml_is_read_as_the_message_when_nothing_is_pasted(
    app: FastAPI, signed_in: SignIn
) -> None:
    mail = (
        b"From: Sophie Tan <sophie.horizontalent@gmail.com>\r\n"
        b"To: Rita <rita@uni.example>\r\n"
        b"Subject: Confidential opportunity\r\n"
        b"Date: Sun, 18 Oct 2026 07:03:00 +0000\r\n"
        b"\r\n"
        b"Confidential opportunity with an overseas client, very generous package. Send your "
        b"CV and a list of your current projects; let's keep it off LinkedIn.\r\n"
    )
    response = post_report(
        signed_in("rita"), "", files=[("offer.eml", mail)], persona_name="", headline=""
    )
    assert response.status_code == 303
    report = report_at(app, response.headers["location"])
    stored = Approach.model_validate(report.approach)
    assert stored.channel == "email" and stored.source == "web report"
    assert stored.persona is not None and stored.persona.name == "Sophie Tan"
    assert "overseas client" in stored.messages[0].text
    assert report.target_sector == "quantum"
    assert count(app, ReportEvidence) == 1


# --- my reports -----------------------------------------------------------------------------------


def test_my_reports_lists_mine_only_and_escapes_names(app: FastAPI, signed_in: SignIn) -> None:
    rita, rob = signed_in("rita"), signed_in("rob")
    hostile = post_report(rita, persona_name="<script>alert(1)</script>")
    post_report(rita, GENUINE, persona_name="Tom Baker")
    post_report(rob, persona_name="Robs Contact")
    mine = rita.get("/reports")
    assert mine.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in mine.text
    assert "<script>alert(1)" not in mine.text
    assert "Tom Baker" in mine.text and "Robs Contact" not in mine.text
    assert f'href="{hostile.headers["location"]}"' in mine.text
    assert "not yet decided" in mine.text and "level-" in mine.text
    # Newest first by default; riskiest first on request.
    assert mine.text.index("Tom Baker") < mine.text.index("&lt;script&gt;")
    riskiest = rita.get("/reports?sort=score").text
    assert riskiest.index("&lt;script&gt;") < riskiest.index("Tom Baker")
    assert "Tom Baker" not in rob.get("/reports").text


def test_an_analyst_sees_only_their_own_reports_on_my_reports(
    app: FastAPI, signed_in: SignIn
) -> None:
    post_report(signed_in("rita"), persona_name="Ritas Contact")
    page = signed_in("ann").get("/reports")
    assert page.status_code == 200
    assert "Ritas Contact" not in page.text and "not reported anything yet" in page.text


# --- scan my export -------------------------------------------------------------------------------

VIVIAN = "https://www.linkedin.com/in/vivian-zhou-88"
SAM = "https://www.linkedin.com/in/samnwosu"
MARK = "https://www.linkedin.com/in/mark-reynolds-consult"


def export_zip(path: Path) -> Path:
    """A small export as LinkedIn delivers it: two hostile approaches, one benign, one bad row."""
    messages = (
        MESSAGES_13
        + message(
            "c-viv",
            "Vivian Zhou",
            VIVIAN,
            "2026-08-20 09:00:00 UTC",
            "Hi Ada, my client, a government-affiliated foundation, pays well for short paid "
            "reports on your non-public research. Please keep this confidential and between "
            "us. Add me on WeChat: vivian_zhou88",
        )
        + reply(
            "c-viv",
            "2026-08-20 10:00:00 UTC",
            "Who is the client?",
            to="Vivian Zhou",
            recipients=VIVIAN,
        )
        + message(
            "c-sam",
            "Sam Nwosu",
            SAM,
            "2026-11-12 09:00:03 UTC",
            "Great to meet you at the Forum. We'd like to invite you to speak at next year's "
            "Forum in London; the programme committee publishes the agenda in January.",
        )
        + message("", "Nobody", SAM, "2026-11-13 09:00:00 UTC", "a row without a conversation")
    )
    invitations = INVITATIONS_7 + line(
        "Mark Reynolds",
        OWNER,
        "10/30/26, 4:12 PM",
        "Hi Ada, I consult for a government-affiliated research foundation interested in UK "
        "quantum capabilities. Paid advisory work, flexible and discreet. Let's move this to "
        "WhatsApp: +44 7700 900731",
        "INCOMING",
        MARK,
        OWNER_URL,
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("messages.csv", messages)
        archive.writestr("Invitations.csv", invitations)
        archive.writestr("Profile.csv", PROFILE)
        archive.writestr("Positions.csv", POSITIONS)
    return path


def scan(browser: SignedIn, name: str, content: bytes) -> Any:
    return browser.post(
        "/scan",
        data={"csrf_token": browser.csrf},
        files=[("export", (name, content, "application/zip"))],
    )


def carried(page: str) -> list[str]:
    """The approach/1 JSON each checkbox of the results page carries, in ranked order."""
    values = re.findall(r'<input type="checkbox" name="approach" value="([^"]*)"', page)
    return [html.unescape(value) for value in values]


def test_scan_ranks_approaches_and_reports_the_chosen(
    app: FastAPI, signed_in: SignIn, tmp_path: Path
) -> None:
    rita = signed_in("rita")
    page = scan(rita, "Basic_LinkedInDataExport.zip", export_zip(tmp_path / "e.zip").read_bytes())
    assert page.status_code == 200
    chosen = carried(page.text)
    assert len(chosen) == 3
    approaches = [Approach.model_validate(json.loads(raw)) for raw in chosen]
    scores = [Assessor().assess(a).score for a in approaches]
    assert scores == sorted(scores, reverse=True)
    assert approaches[-1].persona is not None and approaches[-1].persona.name == "Sam Nwosu"
    # The unreadable row is listed, never hidden.
    assert "1 row could not be read" in page.text and "empty conversation id" in page.text
    assert f"to {OWNER}" in page.text and "Report selected" in page.text
    assert count(app, Report) == 0  # scanning stores nothing

    response = rita.post(
        "/scan/report",
        data={"csrf_token": rita.csrf, "approach": chosen[:2], "department": "Physics"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/reports?reported=2"
    with app.state.sessions() as s:
        reports = s.scalars(select(Report).order_by(Report.id)).all()
        assert len(reports) == 2
        assert {s.get(User, r.reporter_id).name for r in reports} == {"rita"}  # type: ignore[union-attr]
        for report, approach in zip(reports, approaches[:2], strict=True):
            assert report.persona_name == approach.persona.name  # type: ignore[union-attr]
            assert report.approach["source"] == "web report: LinkedIn export"
            assert report.target_department == "Physics"
            assert report.target_role == "Research Scientist"  # from Positions.csv
            assert report.score == Assessor().assess(approach).score
    listing = rita.get(response.headers["location"]).text
    assert "2 approaches reported" in listing


def test_scan_report_assesses_again_and_ignores_sent_labels(
    app: FastAPI, signed_in: SignIn
) -> None:
    rita = signed_in("rita")
    record = {
        "schema": APPROACH_SCHEMA,
        "persona": {"name": "Max Keller"},
        "messages": [{"sender": "persona", "text": GENUINE}],
        "label": "benign",
        "annotations": {"score": 0.0},
        "score": 0.0,
    }
    response = rita.post(
        "/scan/report",
        data={"csrf_token": rita.csrf, "approach": [json.dumps(record)]},
        follow_redirects=False,
    )
    assert response.status_code == 303
    with app.state.sessions() as s:
        report = s.scalars(select(Report)).one()
        assert "label" not in report.approach and "annotations" not in report.approach
        record_approach = Approach.model_validate(report.approach)
        assert report.score == Assessor().assess(record_approach).score


@pytest.mark.parametrize(
    ("tampered", "expected"),
    [
        ("{not json", "chosen approach 2 is not valid JSON"),
        ("[1, 2]", "chosen approach 2 is not an approach/1 object"),
        ('{"schema": "counterlink.approach/1"}', "chosen approach 2 is not valid approach/1"),
        (
            '{"schema": "counterlink.approach/1", "messages": [{"sender": "target"}]}',
            "chosen approach 2 holds no message from the persona",
        ),
    ],
)
def test_tampered_carried_approach_is_refused(
    app: FastAPI, signed_in: SignIn, tampered: str, expected: str
) -> None:
    rita = signed_in("rita")
    good = json.dumps(
        {"schema": APPROACH_SCHEMA, "messages": [{"sender": "persona", "text": "Paid reports?"}]}
    )
    # A good approach before the bad one: nothing at all is reported.
    response = rita.post(
        "/scan/report", data={"csrf_token": rita.csrf, "approach": [good, tampered]}
    )
    assert response.status_code == 422
    assert "nothing was reported" in response.text and expected in response.text
    assert "Traceback" not in response.text
    assert count(app, Report) == 0


def test_reporting_nothing_is_explained(app: FastAPI, signed_in: SignIn) -> None:
    rita = signed_in("rita")
    response = rita.post("/scan/report", data={"csrf_token": rita.csrf})
    assert response.status_code == 422 and "tick at least one approach" in response.text
    assert count(app, Report) == 0


def test_scan_report_caps_the_count_and_needs_csrf(
    app: FastAPI, signed_in: SignIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    rita = signed_in("rita")
    good = json.dumps(
        {"schema": APPROACH_SCHEMA, "messages": [{"sender": "persona", "text": "Hello"}]}
    )
    monkeypatch.setattr(pages_report, "MAX_SCAN_REPORTS", 2)
    too_many = rita.post("/scan/report", data={"csrf_token": rita.csrf, "approach": [good] * 3})
    assert too_many.status_code == 422 and "at most 2 approaches" in too_many.text
    assert rita.post("/scan/report", data={"approach": [good]}).status_code == 403
    assert count(app, Report) == 0


def test_bad_uploads_give_a_clear_error(
    signed_in: SignIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rita = signed_in("rita")
    not_zip = scan(rita, "export.zip", b"this is not a zip at all")
    assert not_zip.status_code == 422
    assert "export.zip: not a zip archive" in not_zip.text and "Traceback" not in not_zip.text
    other = tmp_path / "other.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("notes.txt", "hello")
    refused = scan(rita, "other.zip", other.read_bytes())
    assert refused.status_code == 422 and "not a LinkedIn data export" in refused.text
    assert str(tmp_path) not in refused.text and "counterlink-scan-" not in refused.text
    assert scan(rita, "empty.zip", b"").status_code == 422
    monkeypatch.setattr(pages_report, "MAX_EXPORT_BYTES", 1024)
    big = scan(rita, "big.zip", export_zip(tmp_path / "e.zip").read_bytes() + b"\x00" * 2048)
    assert big.status_code == 422 and "larger than" in big.text
    monkeypatch.setattr(pages_report, "MAX_EXPORT_BYTES", 50 * 1024 * 1024)
    monkeypatch.setattr(pages_report, "MAX_EXPANDED_BYTES", 100)
    bomb = scan(rita, "e.zip", export_zip(tmp_path / "e2.zip").read_bytes())
    assert bomb.status_code == 422 and "unpacks to more than" in bomb.text


def test_scan_leaves_no_temporary_file(
    signed_in: SignIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(pages_report.tempfile, "tempdir", str(spool))
    rita = signed_in("rita")
    assert scan(rita, "e.zip", export_zip(tmp_path / "e.zip").read_bytes()).status_code == 200
    assert scan(rita, "x.zip", b"junk").status_code == 422
    assert list(spool.iterdir()) == []


def test_scan_needs_the_csrf_token(signed_in: SignIn, tmp_path: Path) -> None:
    rita = signed_in("rita")
    content = export_zip(tmp_path / "e.zip").read_bytes()
    response = rita.post("/scan", files=[("export", ("e.zip", content, "application/zip"))])
    assert response.status_code == 403
    assert rita.get("/scan").status_code == 200
