"""Triage: the queue, the case page (highlighted evidence, escaping), triage and comments,
evidence downloads and the labelled export, through HTTP on both databases."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterlink.schema import APPROACH_SCHEMA, Approach, Assessment, Target
from counterlink.store.reports import create_report, update_report
from counterlink.store.tables import AuditEntry, Report, User
from tests.dbfixtures import sample_approach, submit
from tests.web.conftest import SignedIn

People = dict[str, User]
Browser = Callable[[str], SignedIn]
HOSTILE = "<script>alert(1)</script>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'href="/reports/(\d+)"', html)]


def _case(
    s: Session,
    reporter: User,
    *,
    persona: str = "Vivian Zhou",
    headline: str = "Senior Headhunter at Pinnacle Search",
    text: str = "Hello Dr Lee. We pay well for short reports on your research.",
    cite: str = "pay well",
) -> Report:
    """A committed report whose one finding cites ``cite`` in the message and the headline."""
    approach = Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "id": "case-1",
            "channel": "linkedin",
            "persona": {"name": persona, "headline": headline, "connections": 42},
            "target": {"role": "Senior Research Scientist"},
            "messages": [
                {"sender": "persona", "sent_at": "2026-01-05T10:00:00Z", "text": text},
                {"sender": "target", "text": "Who are you?"},
            ],
        }
    )
    start = text.index(cite)
    head = headline.index("Headhunter")
    assessment = Assessment.model_validate(
        {
            "score": 0.91,
            "level": "high",
            "model": "test",
            "advice": ["Do not reply; tell your research-security office."],
            "findings": [
                {
                    "code": "message.paid_insight",
                    "category": "message",
                    "weight": 1.5,
                    "title": "Offers payment",
                    "attack": "T1598.003",
                    "guidance": ["Paid reports are a classic first step."],
                    "evidence": [
                        {
                            "field": "messages[0].text",
                            "excerpt": cite,
                            "start": start,
                            "end": start + len(cite),
                        },
                    ],
                },
                {
                    "code": "profile.recruiter_persona",
                    "category": "profile",
                    "weight": 0.7,
                    "title": "Recruiter persona",
                    "evidence": [
                        {
                            "field": "persona.headline",
                            "excerpt": "Headhunter",
                            "start": head,
                            "end": head + 10,
                        },
                        {
                            "field": "target.role",
                            "excerpt": "Senior Research Scientist",
                            "start": 0,
                            "end": 25,
                        },
                    ],
                },
            ],
        }
    )
    target = Target.model_validate(
        {"sector": "quantum", "department": "Physics", "role": "lecturer"}
    )
    report = create_report(s, reporter, approach, assessment, target)
    s.commit()
    return report


def _views(s: Session, report_id: int) -> int:
    query = (
        select(func.count())
        .select_from(AuditEntry)
        .where(AuditEntry.action == "report.view", AuditEntry.object_id == str(report_id))
    )
    count = s.scalar(query) or 0
    s.commit()  # end the read: on SQLite an open transaction holds the write lock
    return count


def _state(s: Session, report_id: int) -> tuple[str, str | None, str, str | None]:
    """(status, verdict, TLP, assignee) as stored now."""
    s.expire_all()
    report = s.get(Report, report_id)
    assert report is not None
    state = (
        report.status,
        report.verdict,
        report.tlp,
        report.assignee.name if report.assignee else None,
    )
    s.commit()
    return state


# ---- roles -----------------------------------------------------------------------------------


def test_reporters_cannot_use_the_queue_export_or_triage(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(session, people["rita"])
    rita = signed_in("rita")
    assert rita.get("/queue").status_code == 403
    assert rita.get("/export/labelled").status_code == 403
    triage = rita.post(
        f"/reports/{report.id}/triage", data={"csrf_token": rita.csrf, "status": "closed"}
    )
    assert triage.status_code == 403
    comment = rita.post(
        f"/reports/{report.id}/comments", data={"csrf_token": rita.csrf, "body": "hi"}
    )
    assert comment.status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client: TestClient) -> None:
    for path in ("/queue", "/reports/1", "/export/labelled", "/evidence/" + "a" * 64):
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"].startswith("/login?next=")


# ---- the queue -------------------------------------------------------------------------------


def test_queue_is_sorted_by_score_with_the_total(
    signed_in: Browser, session: Session, people: People
) -> None:
    low = submit(session, people["rita"], score=0.2, level="low")
    high = submit(session, people["rob"], score=0.9, level="high")
    mid = submit(session, people["rita"], score=0.5)
    for name in ("ann", "adam"):
        page = signed_in(name).get("/queue")
        assert page.status_code == 200
        assert _ids(page.text) == [high.id, mid.id, low.id]
        assert "3 reports" in page.text
        assert 'href="/export/labelled"' in page.text


def test_each_filter_narrows_the_queue(
    signed_in: Browser, session: Session, people: People
) -> None:
    rita, rob = people["rita"], people["rob"]
    a = submit(
        session,
        rita,
        score=0.9,
        level="high",
        codes=("message.paid_insight",),
        sector="quantum",
        department="Physics",
    )
    b = submit(
        session,
        rob,
        score=0.6,
        level="medium",
        codes=("profile.recruiter_persona",),
        sector="ai",
        department="Computer Science",
    )
    c = submit(session, rita, score=0.1, level="low", sector="quantum", department="Chemistry")
    update_report(session, people["ann"], b.id, status="investigating", assignee="ann")
    session.get(Report, c.id).created_at = datetime(2025, 3, 1, 12, tzinfo=UTC)  # type: ignore[union-attr]
    session.commit()
    ann = signed_in("ann")
    expected = {
        "level=high": [a.id],
        "level=medium": [b.id],
        "status=investigating": [b.id],
        "status=new": [a.id, c.id],
        "sector=quantum": [a.id, c.id],
        "department=Computer+Science": [b.id],
        "tactic=message.paid_insight": [a.id],
        "tactic=profile.recruiter_persona": [b.id],
        "since=2025-03-01&until=2025-03-01": [c.id],
        "until=2025-03-01": [c.id],
        "since=2025-03-02": [a.id, b.id],
        "assignee=ann": [b.id],
        "mine=1": [b.id],
        "level=low&sector=quantum": [c.id],
        "level=": [a.id, b.id, c.id],  # an empty filter means any
    }
    for query, ids in expected.items():
        page = ann.get(f"/queue?{query}")
        assert page.status_code == 200, query
        assert _ids(page.text) == ids, query
    # The filter form keeps what was chosen, and offers the model's codes.
    page = ann.get("/queue?tactic=message.paid_insight&sector=quantum")
    assert '<option value="message.paid_insight" title=' in page.text
    assert re.search(r'value="message.paid_insight"[^>]* selected', page.text)
    assert 'name="sector" list="queue-sectors" value="quantum"' in page.text


def test_bad_filters_are_refused_with_the_form_still_there(
    signed_in: Browser, people: People
) -> None:
    ann = signed_in("ann")
    for query in ("level=extreme", "status=done", "since=yesterday", "until=2025-13-01"):
        page = ann.get(f"/queue?{query}")
        assert page.status_code == 422, query
        assert 'class="error"' in page.text and 'action="/queue"' in page.text
    assert ann.get("/queue?page=0").status_code == 422


def test_the_queue_pages_fifty_at_a_time_keeping_the_filters(
    signed_in: Browser, session: Session, people: People
) -> None:
    for k in range(53):
        submit(session, people["rita"], score=k / 100, level="medium", department="Physics")
    submit(session, people["rita"], score=0.99, level="high")
    ann = signed_in("ann")
    first = ann.get("/queue?level=medium")
    assert len(_ids(first.text)) == 50
    assert "53 reports, page 1 of 2" in first.text
    assert 'href="/queue?level=medium&amp;page=2"' in first.text
    second = ann.get("/queue?level=medium&page=2")
    assert len(_ids(second.text)) == 3
    assert 'href="/queue?level=medium&amp;page=1"' in second.text
    assert set(_ids(first.text)).isdisjoint(_ids(second.text))
    assert _ids(ann.get("/queue?level=medium&page=9").text) == []


# ---- the case page ---------------------------------------------------------------------------


def test_case_page_for_the_reporter_and_the_analyst(
    signed_in: Browser, session: Session, people: People
) -> None:
    mine = _case(session, people["rita"])
    robs = _case(session, people["rob"])
    rita = signed_in("rita")
    page = rita.get(f"/reports/{mine.id}")
    assert page.status_code == 200
    assert "Vivian Zhou" in page.text and "Offers payment" in page.text
    assert f'action="/reports/{mine.id}/triage"' not in page.text
    assert 'id="comments"' not in page.text
    assert "status <strong>new</strong>" in page.text
    assert f'action="/reports/{mine.id}/evidence"' in page.text  # reporters may add files
    assert rita.get(f"/reports/{robs.id}").status_code == 404
    assert rita.get("/reports/999999").status_code == 404

    ann = signed_in("ann")
    page = ann.get(f"/reports/{robs.id}")
    assert page.status_code == 200
    assert f'action="/reports/{robs.id}/triage"' in page.text
    assert '<option value="ann">ann</option>' in page.text  # assignable
    assert '<option value="rita">' not in page.text  # reporters are not
    assert "TLP:AMBER" in page.text and "tlp-amber" in page.text
    assert "Paid reports are a classic first step." in page.text
    assert 'href="https://attack.mitre.org/techniques/T1598/003/"' in page.text
    assert "Physics" in page.text and "quantum" in page.text and "lecturer" in page.text


def test_case_page_highlights_the_cited_evidence(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(session, people["rita"])
    page = signed_in("ann").get(f"/reports/{report.id}").text
    assert '<mark title="Offers payment (message.paid_insight)">pay well</mark>' in page
    assert (
        'Senior <mark title="Recruiter persona (profile.recruiter_persona)">Headhunter</mark>'
        in page
    )
    assert ">Senior Research Scientist</mark>" in page  # cited target field
    # The evidence list links to where the text is highlighted.
    assert 'href="#f-messages-0-text"' in page and 'id="f-messages-0-text"' in page
    assert 'id="f-persona-headline"' in page
    assert '<span class="sender">target</span>Who are you?</div>' in page


def test_script_in_a_message_and_the_persona_name_is_shown_as_text(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(
        session,
        people["rita"],
        persona=HOSTILE,
        headline=f"Headhunter {HOSTILE}",
        text=f"Hi {HOSTILE} we pay well",
        cite=HOSTILE,
    )
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    for name in ("ann", "rita"):
        page = signed_in(name).get(f"/reports/{report.id}").text
        assert "<script>" not in page
        assert escaped in page
        assert f'<mark title="Offers payment (message.paid_insight)">{escaped}</mark>' in page
    queue = signed_in("ann").get("/queue").text
    assert "<script>" not in queue and escaped in queue


def test_each_case_view_is_audited(signed_in: Browser, session: Session, people: People) -> None:
    report = _case(session, people["rita"])
    ann, rita = signed_in("ann"), signed_in("rita")
    assert _views(session, report.id) == 0
    ann.get(f"/reports/{report.id}")
    rita.get(f"/reports/{report.id}")
    ann.get(f"/reports/{report.id}")
    assert _views(session, report.id) == 3
    actors = session.scalars(
        select(AuditEntry.actor).where(AuditEntry.action == "report.view").order_by(AuditEntry.id)
    )
    assert list(actors) == ["ann", "rita", "ann"]
    session.commit()


# ---- triage and comments ---------------------------------------------------------------------


def test_triage_changes_status_verdict_assignee_and_tlp(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(session, people["rita"])
    ann = signed_in("ann")
    form = {
        "csrf_token": ann.csrf,
        "status": "investigating",
        "verdict": "malicious",
        "assignee": "adam",
        "tlp": "amber+strict",
    }
    response = ann.post(f"/reports/{report.id}/triage", data=form, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/reports/{report.id}#triage"
    assert _state(session, report.id) == ("investigating", "malicious", "amber+strict", "adam")
    page = ann.get(f"/reports/{report.id}").text
    assert "status new → investigating" in page
    assert "verdict none → malicious" in page
    assert "assigned to adam" in page
    assert "TLP:AMBER → TLP:AMBER+STRICT" in page
    assert 'class="tlp tlp-amber-strict"' in page
    assert '<option value="adam" selected>' in page
    # The reporter sees the outcome, not the analysts' work.
    rita_page = signed_in("rita").get(f"/reports/{report.id}").text
    assert "verdict none → malicious" in rita_page and "status new → investigating" in rita_page
    assert "assigned to adam" not in rita_page
    # An empty verdict and assignee clear them.
    ann.post(f"/reports/{report.id}/triage", data={**form, "verdict": "", "assignee": ""})
    assert _state(session, report.id) == ("investigating", None, "amber+strict", None)


def test_triage_needs_the_csrf_token_and_valid_values(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(session, people["rita"])
    ann = signed_in("ann")
    good = {"status": "closed", "verdict": "benign", "assignee": "ann", "tlp": "red"}
    assert ann.post(f"/reports/{report.id}/triage", data=good).status_code == 403
    forged = {**good, "csrf_token": "forged"}
    assert ann.post(f"/reports/{report.id}/triage", data=forged).status_code == 403
    for field, bad in (
        ("status", "done"),
        ("verdict", "evil"),
        ("tlp", "purple"),
        ("assignee", "rita"),
        ("assignee", "nobody-here"),
    ):
        response = ann.post(
            f"/reports/{report.id}/triage", data={**good, field: bad, "csrf_token": ann.csrf}
        )
        assert response.status_code == 422, (field, bad)
        assert 'class="error"' in response.text and "Offers payment" in response.text
    assert _state(session, report.id) == ("new", None, "amber", None)
    missing = ann.post("/reports/999999/triage", data={**good, "csrf_token": ann.csrf})
    assert missing.status_code == 404


def test_comments_are_added_and_shown_to_analysts_only(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(session, people["rita"])
    ann = signed_in("ann")
    body = f"Same persona as last month. {HOSTILE}"
    response = ann.post(
        f"/reports/{report.id}/comments",
        data={"csrf_token": ann.csrf, "body": body},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = ann.get(f"/reports/{report.id}").text
    assert "Same persona as last month." in page and "<script>" not in page
    assert "Comments (1)" in page and "ann: commented" in page
    assert "Same persona" not in signed_in("rita").get(f"/reports/{report.id}").text
    empty = ann.post(f"/reports/{report.id}/comments", data={"csrf_token": ann.csrf, "body": " "})
    assert empty.status_code == 422
    assert ann.post(f"/reports/{report.id}/comments", data={"body": "x"}).status_code == 403


# ---- evidence files --------------------------------------------------------------------------


def _attach(browser: SignedIn, report_id: int, name: str, data: bytes, **extra: Any) -> Any:
    return browser.post(
        f"/reports/{report_id}/evidence",
        data={"csrf_token": browser.csrf, **extra},
        files={"file": (name, data, "text/html")},  # the browser's claimed type is ignored
        follow_redirects=False,
    )


def test_evidence_is_attached_and_downloaded_only_as_an_attachment(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(session, people["rita"])
    rita = signed_in("rita")
    response = _attach(rita, report.id, "screenshot.png", PNG)
    assert response.status_code == 303
    assert response.headers["location"] == f"/reports/{report.id}#evidence"
    mail = b"From: a@b.example\nTo: c@d.example\nSubject: hi\n\n<html><script>x()</script>"
    assert _attach(rita, report.id, "Einladung für Sie.eml", mail).status_code == 303
    page = rita.get(f"/reports/{report.id}").text
    digests = re.findall(r'href="/evidence/([0-9a-f]{64})"', page)
    assert len(digests) == 2
    assert "screenshot.png" in page and "image/png" in page and "attached evidence" in page

    png = rita.get(f"/evidence/{digests[0]}")
    assert png.status_code == 200 and png.content == PNG
    assert png.headers["content-type"] == "image/png"
    assert png.headers["content-disposition"].startswith('attachment; filename="screenshot.png"')
    assert png.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in png.headers["content-security-policy"]

    eml = signed_in("ann").get(f"/evidence/{digests[1]}")
    assert eml.status_code == 200
    assert eml.headers["content-type"].startswith("message/rfc822")
    assert "html" not in eml.headers["content-type"]
    disposition = eml.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Einladung f_r Sie.eml"')
    assert "filename*=UTF-8''Einladung%20f%C3%BCr%20Sie.eml" in disposition

    rob = signed_in("rob")
    assert rob.get(f"/evidence/{digests[0]}").status_code == 404
    assert rob.get("/evidence/not-a-digest").status_code == 404
    assert _attach(rob, report.id, "x.png", PNG).status_code == 404  # not his report


def test_unacceptable_files_are_refused_on_the_case_page(
    signed_in: Browser, session: Session, people: People
) -> None:
    report = _case(session, people["rita"])
    ann = signed_in("ann")
    html = _attach(ann, report.id, "page.html", b"<html><script>alert(1)</script></html>")
    assert html.status_code == 422 and "not accepted" in html.text
    renamed = _attach(ann, report.id, "photo.txt", PNG)
    assert renamed.status_code == 422
    nothing = ann.post(f"/reports/{report.id}/evidence", data={"csrf_token": ann.csrf})
    assert nothing.status_code == 422
    no_csrf = ann.post(f"/reports/{report.id}/evidence", files={"file": ("a.png", PNG)})
    assert no_csrf.status_code == 403
    assert "No files attached." in ann.get(f"/reports/{report.id}").text


# ---- labelled export -------------------------------------------------------------------------


def test_the_labelled_export_downloads_approach_jsonl_with_the_verdicts(
    app: FastAPI, signed_in: Browser, session: Session, people: People
) -> None:
    ann = people["ann"]
    bad = _case(session, people["rita"])
    fine = submit(session, people["rob"], persona="Real Recruiter")
    unsure = submit(session, people["rob"])
    submit(session, people["rob"])  # not reviewed
    update_report(session, ann, bad.id, verdict="malicious")
    update_report(session, ann, fine.id, verdict="benign")
    update_report(session, ann, unsure.id, verdict="inconclusive")
    session.commit()
    response = signed_in("adam").get("/export/labelled")
    assert response.status_code == 200
    today = datetime.now(UTC).date().isoformat()
    assert response.headers["content-disposition"].startswith(
        f'attachment; filename="counterlink-labelled-{today}.jsonl"'
    )
    assert "html" not in response.headers["content-type"]
    lines = response.text.splitlines()
    records = [Approach.model_validate(json.loads(line)) for line in lines]
    assert [(r.id, r.label) for r in records] == [
        (f"report-{bad.id}", "malicious"),
        (f"report-{fine.id}", "benign"),
    ]
    assert all(r.schema_ == APPROACH_SCHEMA for r in records)
    assert records[0].messages[0].text.startswith("Hello Dr Lee.")
    exports = session.scalars(select(AuditEntry).where(AuditEntry.action == "export.labelled"))
    assert [(e.actor, e.detail["count"]) for e in exports] == [("adam", 2)]
    session.commit()


def test_an_empty_export_is_an_empty_file(signed_in: Browser, people: People) -> None:
    response = signed_in("ann").get("/export/labelled")
    assert response.status_code == 200 and response.content == b""


def test_sample_approach_helper_still_matches_the_store() -> None:
    # Guards the fixtures this file leans on: approach/1 with one persona message.
    assert sample_approach().messages[0].sender == "persona"
