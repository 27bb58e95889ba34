"""store.sharing: TLP of findings and attachments, and audited exports of stored cases and
campaigns, on SQLite and PostgreSQL. Every STIX bundle exported here passes stix2-validator."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.share import ShareRefused, export_as
from counterlink.store.audit import verify
from counterlink.store.campaigns import current, member_id
from counterlink.store.errors import Forbidden
from counterlink.store.evidence import list_evidence
from counterlink.store.reports import report_timeline
from counterlink.store.share_source import campaign_from_store, case_from_report
from counterlink.store.sharing import (
    document_bytes,
    record_export,
    set_evidence_tlp,
    set_finding_tlp,
)
from counterlink.store.tables import AuditEntry, Report, ReportEvidence, User
from tests.share.stored_cases import OFF_PLATFORM, PAID, stored_case

pytest.importorskip("stix2")
pytest.importorskip("stix2validator")
pytest.importorskip("pymisp")

from tests.share.test_stix import validate  # after the skips: it needs the share extra

KEY = bytes(range(32))


def _sha(report: Report, s: Session, name: str) -> str:
    # An analyst's view: a reporter is listed only the files they attached themselves.
    analyst = s.scalar(select(User).where(User.role == "analyst"))
    assert analyst is not None
    [link] = [e for e in list_evidence(s, analyst, report) if e.filename == name]
    return link.sha256


def _audit(s: Session, action: str) -> list[AuditEntry]:
    return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# ---- markings --------------------------------------------------------------------------------


def test_mark_a_finding_then_clear_it(session: Session, people: dict[str, User]) -> None:
    ann = people["ann"]
    report = stored_case(session, ann)
    set_finding_tlp(session, ann, report.id, PAID, "red")
    session.commit()
    assert session.get(Report, report.id).finding_tlp == {PAID: "red"}  # type: ignore[union-attr]
    set_finding_tlp(session, ann, report.id, PAID, "red")  # unchanged: no event, no entry
    set_finding_tlp(session, ann, report.id, PAID, "")
    session.commit()
    assert session.get(Report, report.id).finding_tlp == {}  # type: ignore[union-attr]
    events = [e for e in report_timeline(session, ann, report) if e.kind == "finding_tlp"]
    assert [e.detail for e in events] == [
        {"code": PAID, "from": None, "to": "red"},
        {"code": PAID, "from": "red", "to": None},
    ]
    assert [e.detail for e in _audit(session, "report.finding_tlp")] == [
        {"code": PAID, "tlp": "red"},
        {"code": PAID, "tlp": None},
    ]
    assert verify(session).ok


def test_mark_an_attachment(session: Session, people: dict[str, User]) -> None:
    ann = people["ann"]
    report = stored_case(session, ann)
    sha = _sha(report, session, "call-notes.txt")
    set_evidence_tlp(session, ann, report.id, sha, "amber+strict")
    session.commit()
    link = session.scalar(select(ReportEvidence).where(ReportEvidence.sha256 == sha))
    assert link is not None and link.tlp == "amber+strict"
    [event] = [e for e in report_timeline(session, ann, report) if e.kind == "evidence_tlp"]
    assert event.detail == {
        "sha256": sha,
        "filename": "call-notes.txt",
        "from": None,
        "to": "amber+strict",
    }
    [entry] = _audit(session, "report.evidence_tlp")
    assert entry.object_id == str(report.id) and entry.detail["tlp"] == "amber+strict"


@pytest.mark.parametrize(
    ("code", "tlp", "field", "message"),
    [
        (PAID, "purple", "tlp", "'purple' is not one of clear, green, amber, amber+strict, red"),
        ("message.unheard_of", "red", "code", "has no finding 'message.unheard_of'"),
    ],
)
def test_bad_finding_markings_are_refused(
    session: Session, people: dict[str, User], code: str, tlp: str, field: str, message: str
) -> None:
    report = stored_case(session, people["ann"])
    with pytest.raises(InvalidInput, match=re.escape(message)) as caught:
        set_finding_tlp(session, people["ann"], report.id, code, tlp)
    assert caught.value.field == field


def test_bad_attachment_markings_and_roles_are_refused(
    session: Session, people: dict[str, User]
) -> None:
    report = stored_case(session, people["ann"], reporter=people["rita"])
    with pytest.raises(InvalidInput, match="has no attachment") as caught:
        set_evidence_tlp(session, people["ann"], report.id, "f" * 64, "red")
    assert caught.value.field == "sha256"
    sha = _sha(report, session, "screenshot.png")
    # The reporter who filed it may attach files, but not mark them or export the case.
    with pytest.raises(Forbidden):
        set_evidence_tlp(session, people["rita"], report.id, sha, "red")
    with pytest.raises(Forbidden):
        set_finding_tlp(session, people["rita"], report.id, PAID, "red")
    with pytest.raises(Forbidden):
        case_from_report(session, people["rita"], report.id)


# ---- markings respected, audience by audience -------------------------------------------------


def _marked_case(s: Session, ann: User, tlp: str) -> Report:
    """A case at ``tlp``: the paid-report finding TLP:RED, the off-platform finding
    AMBER+STRICT, call-notes.txt RED, screenshot.png CLEAR (its case's level applies)."""
    report = stored_case(s, ann, tlp=tlp)
    set_finding_tlp(s, ann, report.id, PAID, "red")
    set_finding_tlp(s, ann, report.id, OFF_PLATFORM, "amber+strict")
    set_evidence_tlp(s, ann, report.id, _sha(report, s, "call-notes.txt"), "red")
    set_evidence_tlp(s, ann, report.id, _sha(report, s, "screenshot.png"), "clear")
    s.commit()
    return report


def _dropped(loss: list[Any]) -> set[str]:
    return {item.path for item in loss if item.kind == "dropped"}


@pytest.mark.parametrize("format", ["stix", "misp"])
def test_organisation_gets_amber_strict_but_never_red(
    session: Session, people: dict[str, User], format: str
) -> None:
    report = _marked_case(session, people["ann"], "amber")
    case = case_from_report(session, people["ann"], report.id)
    document, loss = export_as(case, format, "organisation", "Example Security Office")
    text = json.dumps(document)
    if format == "stix":
        validate(document)
    # TLP:RED never leaves: the red finding and the red file are dropped and named.
    assert _dropped(loss) == {
        f"assessment.findings[1] ({PAID})",
        "attachments[1] (call-notes.txt)",
    }
    assert "Offers paid reports" not in text and "call-notes.txt" not in text
    # AMBER+STRICT goes to the organisation, the screenshot at its case's AMBER.
    assert "Moves the conversation off LinkedIn" in text and "screenshot.png" in text
    if format == "stix":
        amber_strict = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
        assert amber_strict in text
    # The comment went as an analyst note, the target's name replaced.
    assert "confirmed she never answered" in text and "Imogen" not in text


@pytest.mark.parametrize("format", ["stix", "misp", "hashed"])
def test_community_gets_green_only(session: Session, people: dict[str, User], format: str) -> None:
    ann = people["ann"]
    amber = _marked_case(session, ann, "amber")
    with pytest.raises(ShareRefused, match="TLP:AMBER may not go to the community"):
        export_as(case_from_report(session, ann, amber.id), format, "community", "Org", KEY)
    green = _marked_case(session, ann, "green")
    document, loss = export_as(
        case_from_report(session, ann, green.id), format, "community", "Org", KEY
    )
    if format == "stix":
        validate(document)
    if format == "hashed":  # only digests: nothing of the case is carried to drop
        assert document["tlp"] == "green" and document["personas"][0]["indicators"]
        return
    # AMBER+STRICT only to the organisation, RED never: both findings and the red file go.
    assert _dropped(loss) == {
        f"assessment.findings[0] ({OFF_PLATFORM})",
        f"assessment.findings[1] ({PAID})",
        "attachments[1] (call-notes.txt)",
    }
    text = json.dumps(document)
    assert "screenshot.png" in text and "call-notes.txt" not in text


def test_public_gets_clear_only_and_red_cases_never_leave(
    session: Session, people: dict[str, User]
) -> None:
    ann = people["ann"]
    clear = _marked_case(session, ann, "clear")
    bundle, loss = export_as(case_from_report(session, ann, clear.id), "stix", "public", "Org")
    validate(bundle)
    assert "screenshot.png" in json.dumps(bundle)
    assert len(_dropped(loss)) == 3
    red = stored_case(session, ann, tlp="red")
    for audience in ("organisation", "community", "public"):
        with pytest.raises(ShareRefused, match="TLP:RED never leaves"):
            export_as(case_from_report(session, ann, red.id), "stix", audience, "Org")


# ---- audit -----------------------------------------------------------------------------------


def test_record_export_of_a_case(session: Session, people: dict[str, User]) -> None:
    ann = people["ann"]
    report = _marked_case(session, ann, "amber")
    case = case_from_report(session, ann, report.id)
    document, loss = export_as(case, "stix", "organisation", "Example Security Office")
    done = record_export(
        session,
        ann,
        case,
        format="stix",
        audience="organisation",
        identity="Example Security Office",
        document=document,
        loss=loss,
    )
    session.commit()
    assert done.data == document_bytes(document)
    assert json.loads(done.data) == document and done.data.endswith(b"}\n")
    assert done.sha256 == hashlib.sha256(done.data).hexdigest()
    [entry] = _audit(session, "report.share")
    assert (entry.actor, entry.object_type, entry.object_id) == ("ann", "report", str(report.id))
    counts: dict[str, int] = {}
    for item in loss:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    assert entry.detail == {
        "format": "stix",
        "audience": "organisation",
        "identity": "Example Security Office",
        "sha256": done.sha256,
        "bytes": len(done.data),
        "loss": dict(sorted(counts.items())),
    }
    assert entry.detail["loss"]["dropped"] == 2
    [event] = [e for e in report_timeline(session, ann, report) if e.kind == "share"]
    assert event.detail == {"format": "stix", "audience": "organisation", "sha256": done.sha256}
    assert event.actor_id == ann.id
    assert verify(session).ok


def test_record_export_of_a_campaign_names_the_reports_that_went(
    session: Session, people: dict[str, User]
) -> None:
    ann = people["ann"]
    green = stored_case(session, ann, tlp="green", ident="a1")
    red = stored_case(session, ann, tlp="red", ident="a2")
    amber = stored_case(session, ann, tlp="amber", ident="a3")
    [campaign] = current(session).campaigns
    assert set(campaign.members) == {member_id(r.id) for r in (green, red, amber)}
    shared = campaign_from_store(session, ann, campaign.id)
    document, loss = export_as(shared, "misp", "community", "Org")
    done = record_export(
        session,
        ann,
        shared,
        format="misp",
        audience="community",
        identity="Org",
        document=document,
        loss=loss,
    )
    session.commit()
    refused = {item.case for item in loss if item.kind == "refused"}
    assert refused == {member_id(red.id), member_id(amber.id)}
    assert done.reports == [green.id]
    [entry] = _audit(session, "campaign.share")
    assert (entry.object_type, entry.object_id) == ("campaign", campaign.id)
    assert entry.detail["reports"] == [green.id] and entry.detail["loss"]["refused"] == 2
    shares = [e.detail for e in report_timeline(session, ann, green) if e.kind == "share"]
    assert shares == [
        {"format": "misp", "audience": "community", "sha256": done.sha256, "campaign": campaign.id}
    ]
    assert not [e for e in report_timeline(session, ann, red) if e.kind == "share"]


def test_the_cli_actor_is_audited_by_name(session: Session, people: dict[str, User]) -> None:
    """The CLI acts as an admin with no users row: audited as cli:NAME, events name nobody."""
    report = stored_case(session, people["ann"])
    cli = User(id=0, name="cli:ops", role="admin", active=True, password_hash="!")
    case = case_from_report(session, cli, report.id)
    document, loss = export_as(case, "stix", "organisation", "Org")
    record_export(
        session,
        cli,
        case,
        format="stix",
        audience="organisation",
        identity="Org",
        document=document,
        loss=loss,
    )
    session.commit()
    [entry] = _audit(session, "report.share")
    assert entry.actor == "cli:ops"
    [event] = [e for e in report_timeline(session, people["ann"], report) if e.kind == "share"]
    assert event.actor_id is None


def test_record_export_refuses_a_reporter_and_bad_choices(
    session: Session, people: dict[str, User]
) -> None:
    ann = people["ann"]
    report = stored_case(session, ann)
    case = case_from_report(session, ann, report.id)
    document, loss = export_as(case, "stix", "organisation", "Org")
    args: dict[str, Any] = {"identity": "Org", "document": document, "loss": loss}
    with pytest.raises(Forbidden):
        record_export(session, people["rita"], case, format="stix", audience="organisation", **args)
    with pytest.raises(InvalidInput, match="'pdf' is not one of stix, misp, hashed"):
        record_export(session, ann, case, format="pdf", audience="organisation", **args)
    session.commit()
    assert not _audit(session, "report.share")
