"""What a reporter may see of their own case, through the real app (#14 audit): the timeline
without the analysts' names, only the evidence they attached themselves, a queue whose
``assignee`` filter tells them nothing, and none of their ``annotations`` in the labelled
export used for training."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable

from sqlalchemy.orm import Session

from counterlink.store.evidence import attach_evidence
from counterlink.store.reports import create_report, update_report
from counterlink.store.sharing import set_evidence_tlp
from counterlink.store.tables import User
from tests.dbfixtures import sample_approach, sample_assessment
from tests.web.conftest import SignedIn

People = dict[str, User]
Browser = Callable[[str], SignedIn]
MINE = b"My own screenshot notes: he wrote to me twice.\n"
THEIRS = b"Analyst's call notes: source is a liaison officer at the embassy.\n"


def _report(s: Session, people: People, **approach: object) -> int:
    report = create_report(s, people["rita"], sample_approach(**approach), sample_assessment())
    s.commit()
    return report.id


def test_a_reporter_sees_an_analyst_not_the_analysts_name(
    session: Session, people: People, signed_in: Browser
) -> None:
    rid = _report(session, people)
    update_report(session, people["ann"], rid, status="closed", verdict="malicious")
    session.commit()
    page = signed_in("rita").get(f"/reports/{rid}").text
    timeline = re.search(r'<section id="timeline">(.*?)</section>', page, re.S)
    assert timeline is not None
    assert "an analyst: status" in timeline.group(1)
    assert "ann" not in timeline.group(1)
    assert "rita: reported" in timeline.group(1)
    # Analysts still see who did what.
    page = signed_in("adam").get(f"/reports/{rid}").text
    assert "ann: status" in page


def test_a_reporter_gets_only_the_evidence_they_attached(
    session: Session, people: People, signed_in: Browser, token_for: Callable[[str], str]
) -> None:
    rid = _report(session, people)
    attach_evidence(session, people["rita"], rid, "mine.txt", MINE)
    attach_evidence(session, people["ann"], rid, "call-notes.txt", THEIRS)
    set_evidence_tlp(session, people["ann"], rid, hashlib.sha256(THEIRS).hexdigest(), "red")
    session.commit()
    rita = signed_in("rita")
    assert rita.get(f"/evidence/{hashlib.sha256(MINE).hexdigest()}").content == MINE
    answer = rita.get(f"/evidence/{hashlib.sha256(THEIRS).hexdigest()}")
    assert answer.status_code == 404 and THEIRS not in answer.content
    page = rita.get(f"/reports/{rid}").text
    assert "mine.txt" in page and "call-notes.txt" not in page
    # Nor does the API's case (its evidence list or its timeline) name the analyst's file.
    headers = {"Authorization": f"Bearer {token_for('rita')}"}
    detail = rita.get(f"/api/v1/reports/{rid}", headers=headers).text
    assert "mine.txt" in detail and "call-notes.txt" not in detail
    # The analyst who attached it, and any analyst, still gets it.
    assert signed_in("adam").get(f"/evidence/{hashlib.sha256(THEIRS).hexdigest()}").content == (
        THEIRS
    )


def test_a_reporters_assignee_filter_is_no_oracle(
    session: Session, people: People, signed_in: Browser, token_for: Callable[[str], str]
) -> None:
    assigned = _report(session, people)
    _report(session, people, persona="Li Wen")
    update_report(session, people["ann"], assigned, assignee="ann")
    session.commit()
    rita = signed_in("rita")
    assert rita.get("/queue?assignee=ann").status_code == 403  # the queue is the analysts'
    headers = {"Authorization": f"Bearer {token_for('rita')}"}
    everything = rita.get("/api/v1/reports", headers=headers).json()
    assert everything["total"] == 2
    for name in ("ann", "adam", "nobody-at-all"):
        answer = rita.get(f"/api/v1/reports?assignee={name}", headers=headers)
        assert answer.status_code == 200 and answer.json() == everything, name


def test_reporter_annotations_stay_out_of_the_labelled_export(
    session: Session, people: People, signed_in: Browser
) -> None:
    planted = {"label_hint": "benign", "note": "trust me, it is fine"}
    rid = _report(session, people, annotations=planted)
    update_report(session, people["ann"], rid, status="closed", verdict="malicious")
    session.commit()
    lines = signed_in("ann").get("/export/labelled").text.splitlines()
    [record] = [json.loads(line) for line in lines]
    assert record["label"] == "malicious"
    assert set(record["annotations"]) == {"counterlink_report"}
    assert "trust me" not in json.dumps(record)
