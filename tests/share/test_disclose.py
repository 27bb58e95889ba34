"""The gate (share.prepare): what of a case or campaign may leave for an audience, whatever the
format. Each test is one finding of the #14 audit."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy.orm import Session

from counterlink.campaigns import find_campaigns
from counterlink.schema import Approach
from counterlink.share import FORMATS, Note, ShareCampaign, ShareCase, export_as
from counterlink.store.campaigns import current
from counterlink.store.reports import add_comment, create_report, update_report
from counterlink.store.share_source import campaign_from_store, case_from_report
from counterlink.store.tables import User
from tests.share.conftest import TARGET_ORG, approach, assessment

KEY = b"k" * 32


def dumped(subject: Any, fmt: str, audience: str) -> str:
    document, _ = export_as(subject, fmt, audience, "Example Office", KEY)
    return json.dumps(document, ensure_ascii=False).lower()


def test_a_red_finding_takes_the_value_it_cites_with_it() -> None:
    # message.off_platform cites "WeChat: vzhou88": marked red, the handle must not leave in
    # the messages, the contacts, the indicators or the hashed digests.
    case = ShareCase(
        approach(), assessment(), tlp="green", finding_tlp={"message.off_platform": "red"}
    )
    for fmt in ("stix", "misp"):
        assert "vzhou88" not in dumped(case, fmt, "community"), fmt
    open_case = ShareCase(approach(), assessment(), tlp="green")
    assert len(json.loads(dumped(case, "hashed", "community"))["personas"][0]["indicators"]) < (
        len(json.loads(dumped(open_case, "hashed", "community"))["personas"][0]["indicators"])
    )


def test_a_note_quoting_the_targets_role_is_redacted() -> None:
    note = Note("Spoke to the researcher: she kept every message.", "green")
    case = ShareCase(approach(), assessment(), tlp="green", notes=[note])
    for fmt in ("stix", "misp"):
        text = dumped(case, fmt, "community")
        assert "researcher" not in text, fmt
        assert "kept every message" in text, fmt


def test_a_persona_claiming_the_targets_firm_does_not_name_it() -> None:
    # Two personas of one campaign both claim to work at the target's firm: the shared firm
    # must not be named in the campaign's description.
    claims = {"experience": [{"title": "Recruiter", "company": TARGET_ORG}]}
    cases = []
    for ident in ("a1", "a2"):
        a = approach(ident)
        record = a.to_json_dict()
        record["persona"].update(claims)
        cases.append(ShareCase(Approach.model_validate(record), assessment(), "green"))
    [campaign] = find_campaigns([c.approach for c in cases]).campaigns
    subject = ShareCampaign(campaign, cases)
    for fmt in FORMATS:
        assert "qubitworks" not in dumped(subject, fmt, "community"), fmt


def stored(s: Session, analyst: User, reporter: User, ident: str, sector: str, tlp: str) -> int:
    from counterlink.schema import Target

    a = approach(ident).model_copy(update={"target": None})
    target = Target.model_validate(
        {"sector": sector, "role": "cryostat engineer", "department": "Low Temperature Lab"}
    )
    report = create_report(s, reporter, a, assessment(), target)
    update_report(s, analyst, report.id, tlp=tlp)
    add_comment(s, analyst, report.id, f"{reporter.name} is the cryostat engineer of the lab.")
    s.commit()
    return report.id


def test_a_stored_case_keeps_the_reporter_role_and_department(
    session: Session, people: dict[str, User]
) -> None:
    ann, rita = people["ann"], people["rita"]
    number = stored(session, ann, rita, "a1", "quantum", "green")
    case = case_from_report(session, ann, number)
    for fmt in FORMATS:
        text = dumped(case, fmt, "community")
        for value in ("cryostat engineer", "low temperature lab", "rita"):
            assert value not in text, (fmt, value)


def test_a_campaign_names_no_sector_only_a_red_member_holds(
    session: Session, people: dict[str, User]
) -> None:
    ann = people["ann"]
    stored(session, ann, people["rita"], "a1", "quantum", "green")
    stored(session, ann, people["rob"], "a2", "synthetic biology", "red")
    [campaign] = current(session).campaigns
    subject = campaign_from_store(session, ann, campaign.id)
    for fmt in FORMATS:
        for audience in ("community", "organisation"):
            text = dumped(subject, fmt, audience)
            assert "synthetic biology" not in text, (fmt, audience)
    assert "quantum" in dumped(subject, "stix", "community")


@pytest.mark.parametrize(("level", "threat"), [("high", 1), ("medium", 2), ("low", 3)])
def test_misp_threat_level_follows_the_stored_assessment(
    session: Session, people: dict[str, User], level: str, threat: int
) -> None:
    # MISP core format (draft-dulaunoy-misp-core-format, "threat_level_id"): 1 High,
    # 2 Medium, 3 Low, 4 Undefined.
    ann = people["ann"]
    judged = assessment().model_copy(update={"level": level})
    report = create_report(session, people["rita"], approach(), judged)
    update_report(session, ann, report.id, tlp="green")
    session.commit()
    event, _ = export_as(case_from_report(session, ann, report.id), "misp", "community", "Org")
    # PyMISP writes it as a string, as MISP does.
    assert event["threat_level_id"] == str(threat)
    event, _ = export_as(ShareCase(approach(), None, "green"), "misp", "community", "Org")
    assert event["threat_level_id"] == "4"


def test_a_message_date_that_is_no_date_does_not_break_misp(
    session: Session, people: dict[str, User]
) -> None:
    ann = people["ann"]
    ids = []
    for ident in ("a1", "a2"):
        a = approach(ident)
        a.messages[0].sent_at = "last Tuesday"
        report = create_report(session, people["rita"], a, assessment())
        ids.append(report.id)
    session.commit()
    event, _ = export_as(case_from_report(session, ann, ids[0]), "misp", "organisation", "Org")
    sent = [
        attr
        for obj in event["Object"]
        for attr in obj["Attribute"]
        if attr["object_relation"] in ("sent-date", "send-date")
    ]
    assert sent == []
    [campaign] = current(session).campaigns
    subject = campaign_from_store(session, ann, campaign.id)
    event, _ = export_as(subject, "misp", "organisation", "Org")
    assert event["Object"]
    # The stored text is kept as it was.
    assert case_from_report(session, ann, ids[0]).approach.messages[0].sent_at == "last Tuesday"
