"""store.share_source: stored reports and campaigns as ShareCase / ShareCampaign, on SQLite and
PostgreSQL (the database fixtures are loaded here: the other share tests need no database)."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from counterlink.errors import CounterlinkError
from counterlink.share import Attachment, Note, export_as
from counterlink.store.campaigns import current, member_id
from counterlink.store.errors import Forbidden, NotFound
from counterlink.store.share_source import (
    campaign_from_store,
    case_from_report,
    parse_subject,
)
from counterlink.store.sharing import set_evidence_tlp, set_finding_tlp
from counterlink.store.tables import Report, User
from tests.dbfixtures import *  # noqa: F403
from tests.share.conftest import approach
from tests.share.stored_cases import COMMENT, NOTES, PAID, PNG, stored_case
from tests.share.test_stix import validate


def test_a_stored_report_becomes_a_case(session: Session, people: dict[str, User]) -> None:
    ann = people["ann"]
    report = stored_case(session, ann, tlp="green", reporter=people["rita"])
    session.execute(update(Report).where(Report.id == report.id).values(target_sector="defence"))
    set_finding_tlp(session, ann, report.id, PAID, "amber")
    set_evidence_tlp(session, ann, report.id, hashlib.sha256(NOTES).hexdigest(), "red")
    session.commit()

    case = case_from_report(session, ann, report.id)

    assert case.tlp == "green" and case.finding_tlp == {PAID: "amber"}
    # Named as campaigns name it; filed under the report's sector; otherwise as reported.
    assert case.approach.id == member_id(report.id)
    assert case.approach.target is not None and case.approach.target.sector == "defence"
    expected = approach("a1").to_json_dict()
    got = case.approach.to_json_dict()
    assert {k: v for k, v in got.items() if k not in ("id", "target")} == {
        k: v for k, v in expected.items() if k not in ("id", "target")
    }
    assert case.assessment is not None
    assert [f.code for f in case.assessment.findings] == [
        "message.off_platform",
        "message.paid_report",
    ]
    # A comment has no TLP of its own: a note at the case's.
    assert case.notes == [Note(COMMENT, "green")]
    # Attachments in the order attached; no own marking means the case's.
    assert case.attachments == [
        Attachment("screenshot.png", hashlib.sha256(PNG).hexdigest(), "image/png", "green"),
        Attachment("call-notes.txt", hashlib.sha256(NOTES).hexdigest(), "text/plain", "red"),
    ]
    assert case.reported_at == report.created_at.isoformat()
    assert case.reported_at is not None and case.reported_at.endswith("+00:00")


def test_only_analysts_and_admins_export(session: Session, people: dict[str, User]) -> None:
    report = stored_case(session, people["ann"], reporter=people["rita"])
    for name in ("rita", "rob"):  # not even the reporter who filed it
        with pytest.raises(Forbidden, match="only analysts and admins may export"):
            case_from_report(session, people[name], report.id)
    assert case_from_report(session, people["adam"], report.id).tlp == "amber"
    with pytest.raises(NotFound, match="no report 999"):
        case_from_report(session, people["ann"], 999)


def test_an_unreadable_stored_approach_is_an_error_not_a_crash(
    session: Session, people: dict[str, User]
) -> None:
    report = stored_case(session, people["ann"])
    session.execute(update(Report).where(Report.id == report.id).values(approach={"schema": "x"}))
    session.commit()
    with pytest.raises(CounterlinkError, match=f"report {report.id}: the stored approach cannot"):
        case_from_report(session, people["ann"], report.id)


def test_a_stored_campaign_becomes_a_campaign_to_share(
    session: Session, people: dict[str, User]
) -> None:
    ann = people["ann"]
    reports = [stored_case(session, ann, ident=f"a{i}") for i in (1, 2)]
    session.commit()
    [stored] = current(session).campaigns

    shared = campaign_from_store(session, ann, stored.id)

    assert shared.campaign.to_json() == stored.to_json()
    assert [c.approach.id for c in shared.cases] == stored.members
    assert sorted(stored.members) == sorted(member_id(r.id) for r in reports)
    assert all(c.notes == [Note(COMMENT, "amber")] for c in shared.cases)
    bundle, loss = export_as(shared, "stix", "organisation", "Example Security Office")
    validate(bundle)
    [campaign] = [o for o in bundle["objects"] if o["type"] == "campaign"]
    assert campaign["name"] == f"counterlink {stored.id}"
    assert not [item for item in loss if item.kind == "refused"]
    with pytest.raises(NotFound, match="no campaign campaign-000000000000 now"):
        campaign_from_store(session, ann, "campaign-000000000000")
    with pytest.raises(Forbidden):
        campaign_from_store(session, people["rita"], stored.id)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("case:42", ("report", 42)),
        ("42", ("report", 42)),
        (" report-42 ", ("report", 42)),
        ("campaign:campaign-4a9c06a25ff8", ("campaign", "campaign-4a9c06a25ff8")),
        ("campaign-4a9c06a25ff8", ("campaign", "campaign-4a9c06a25ff8")),
        ("campaign:4a9c06a25ff8", ("campaign", "campaign-4a9c06a25ff8")),
    ],
)
def test_subjects(text: str, expected: tuple[str, object]) -> None:
    assert parse_subject(text) == expected


@pytest.mark.parametrize("text", ["case:", "case:-1", "campaign:xyz", "4a9c06a25ff8", "vivian"])
def test_unknown_subjects_say_what_is_expected(text: str) -> None:
    with pytest.raises(CounterlinkError, match="give case:42") as caught:
        parse_subject(text)
    assert caught.value.field == "SUBJECT"


def test_hashed_needs_a_key_and_formats_are_checked(
    session: Session, people: dict[str, User]
) -> None:
    case = case_from_report(session, people["ann"], stored_case(session, people["ann"]).id)
    with pytest.raises(CounterlinkError, match="--format hashed needs the community key"):
        export_as(case, "hashed", "organisation", "Org")
    with pytest.raises(CounterlinkError, match="unknown format 'pdf'"):
        export_as(case, "pdf", "organisation", "Org")
    with pytest.raises(CounterlinkError, match="unknown audience 'partners'"):
        export_as(case, "stix", "partners", "Org")
    document, _ = export_as(case, "hashed", "organisation", "Org", bytes(range(32)))
    assert document["format"] == "counterlink.hashed/1"
