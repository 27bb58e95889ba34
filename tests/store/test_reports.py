"""Reports: creation, the queue and who sees what, triage updates, comments, the timeline."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.schema import Target
from counterlink.store import audit
from counterlink.store.errors import Forbidden, NotFound
from counterlink.store.reports import (
    Filters,
    add_comment,
    create_report,
    get_report,
    list_reports,
    report_comments,
    report_timeline,
    update_report,
)
from counterlink.store.tables import AuditEntry, Report, ReportTactic, User, utcnow
from tests.dbfixtures import sample_approach, sample_assessment, submit


def test_create_report_keeps_the_approach_and_its_queue_fields(
    people: dict[str, User], session: Session
) -> None:
    approach = sample_approach(
        "Kevin Tan",
        target={"name": "Imogen", "sector": "quantum", "role": "researcher", "department": "R&D"},
        custom_field="kept",
    )
    assessment = sample_assessment(0.93, "high", ("message.secrecy", "message.off_platform"))
    report = create_report(session, people["rita"], approach, assessment)
    session.commit()
    session.expire_all()
    stored = session.get(Report, report.id)
    assert stored is not None
    assert stored.approach["schema"] == "counterlink.approach/1"
    assert stored.approach["custom_field"] == "kept"
    assert stored.assessment["score"] == 0.93
    assert (stored.persona_name, stored.channel, stored.message_count) == (
        "Kevin Tan",
        "linkedin",
        1,
    )
    assert (stored.score, stored.level, stored.status, stored.tlp) == (0.93, "high", "new", "amber")
    assert (stored.target_sector, stored.target_department, stored.target_role) == (
        "quantum",
        "R&D",
        "researcher",
    )
    assert stored.verdict is None and stored.assignee_id is None
    assert stored.created_at.tzinfo is not None
    assert [t.code for t in stored.tactics] == ["message.off_platform", "message.secrecy"]
    entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.create")).one()
    assert (entry.actor, entry.object_id) == ("rita", str(report.id))


def test_an_explicit_target_overrides_the_approach(
    people: dict[str, User], session: Session
) -> None:
    report = create_report(
        session,
        people["rita"],
        sample_approach(target={"sector": "defence"}),
        sample_assessment(),
        Target.model_validate({"sector": "semiconductors"}),
    )
    assert report.target_sector == "semiconductors"


def test_reporters_see_only_their_own_reports(people: dict[str, User], session: Session) -> None:
    mine = submit(session, people["rita"], score=0.2)
    theirs = submit(session, people["rob"], score=0.9)
    reports, total = list_reports(session, people["rita"])
    assert ([r.id for r in reports], total) == ([mine.id], 1)
    assert get_report(session, people["rita"], mine.id).id == mine.id
    # Another reporter's report is "not found", exactly like a missing one.
    with pytest.raises(NotFound) as other:
        get_report(session, people["rita"], theirs.id)
    with pytest.raises(NotFound) as missing:
        get_report(session, people["rita"], 999_999)
    assert str(other.value) == f"no report {theirs.id}"
    assert str(missing.value) == "no report 999999"
    for viewer in ("ann", "adam"):
        reports, total = list_reports(session, people[viewer])
        assert ([r.id for r in reports], total) == ([theirs.id, mine.id], 2)


def test_viewing_a_report_is_audited(people: dict[str, User], session: Session) -> None:
    report = submit(session, people["rita"])
    get_report(session, people["ann"], report.id)
    get_report(session, people["ann"], report.id, audit=False)
    session.commit()
    views = session.scalars(select(AuditEntry).where(AuditEntry.action == "report.view")).all()
    assert [(v.actor, v.object_type, v.object_id) for v in views] == [
        ("ann", "report", str(report.id))
    ]


def test_the_queue_is_sorted_by_score_then_newest_and_paged(
    people: dict[str, User], session: Session
) -> None:
    ids = [submit(session, people["rita"], score=s).id for s in (0.5, 0.9, 0.5, 0.1)]
    reports, total = list_reports(session, people["ann"])
    assert [r.id for r in reports] == [ids[1], ids[2], ids[0], ids[3]]
    page, total = list_reports(session, people["ann"], limit=2, offset=1)
    assert ([r.id for r in page], total) == ([ids[2], ids[0]], 4)
    with pytest.raises(InvalidInput, match="between 1 and 500") as info:
        list_reports(session, people["ann"], limit=0)
    assert info.value.field == "limit"


def test_queue_filters(people: dict[str, User], session: Session) -> None:
    rita, ann = people["rita"], people["ann"]
    a = submit(session, rita, level="high", score=0.9, codes=("message.secrecy",), sector="quantum")
    b = submit(session, rita, level="low", score=0.1, sector="defence", department="R&D")
    c = submit(session, rita, level="high", score=0.8, codes=("message.secrecy", "message.urgency"))
    update_report(session, ann, b.id, status="triaging", assignee="ann")
    update_report(session, ann, c.id, assignee="adam")
    session.commit()
    # An old report, outside the date filters below.
    session.execute(
        update(Report).where(Report.id == c.id).values(created_at=utcnow() - timedelta(days=30))
    )
    session.commit()

    def ids(**filters: object) -> list[int]:
        reports, total = list_reports(session, ann, Filters(**filters))  # type: ignore[arg-type]
        assert total == len(reports)
        return [r.id for r in reports]

    assert ids(level="high") == [a.id, c.id]
    assert ids(status="new") == [a.id, c.id]
    assert ids(status="triaging") == [b.id]
    assert ids(sector="quantum") == [a.id]
    assert ids(department="R&D") == [b.id]
    assert ids(tactic="message.secrecy") == [a.id, c.id]
    assert ids(tactic="message.urgency") == [c.id]
    assert ids(assignee="adam") == [c.id]
    assert ids(mine=True) == [b.id]
    assert ids(since=utcnow() - timedelta(days=1)) == [a.id, b.id]
    assert ids(until=utcnow() - timedelta(days=1)) == [c.id]
    assert ids(level="high", tactic="message.secrecy", since=utcnow() - timedelta(days=1)) == [a.id]
    with pytest.raises(InvalidInput) as info:
        ids(level="extreme")
    assert info.value.field == "level"
    with pytest.raises(InvalidInput, match="time zone") as info:
        ids(since=datetime(2026, 11, 1))
    assert info.value.field == "since"


def test_update_report_triage(people: dict[str, User], session: Session) -> None:
    report = submit(session, people["rita"])
    ann = people["ann"]
    update_report(session, ann, report.id, status="triaging", assignee="ann", tlp="red")
    session.commit()
    assert report.status == "triaging" and report.tlp == "red"
    assert report.assignee is not None and report.assignee.name == "ann"
    triaged = report.first_triaged_at
    assert triaged is not None and report.closed_at is None
    update_report(session, ann, report.id, status="new")
    update_report(session, ann, report.id, status="closed", verdict="malicious")
    session.commit()
    assert report.first_triaged_at == triaged  # only the first time counts
    assert report.closed_at is not None and report.verdict == "malicious"
    update_report(session, ann, report.id, status="investigating", verdict="", assignee="")
    session.commit()
    assert report.closed_at is None and report.verdict is None and report.assignee is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"status": "done"}, "status"),
        ({"verdict": "guilty"}, "verdict"),
        ({"tlp": "amber-strict"}, "tlp"),
        ({"assignee": "rob"}, "assignee"),  # a reporter cannot be assigned
        ({"assignee": "nobody"}, "assignee"),
    ],
)
def test_update_report_validates_every_field(
    people: dict[str, User], session: Session, change: dict[str, str], field: str
) -> None:
    report = submit(session, people["rita"])
    with pytest.raises(InvalidInput) as info:
        # A valid change alongside must not be applied either.
        update_report(session, people["ann"], report.id, **({"tlp": "red"} | change))
    assert info.value.field == field
    session.rollback()
    assert session.get(Report, report.id).tlp == "amber"  # type: ignore[union-attr]


def test_only_analysts_and_admins_triage(people: dict[str, User], session: Session) -> None:
    report = submit(session, people["rita"])
    with pytest.raises(Forbidden):
        update_report(session, people["rita"], report.id, status="closed")
    with pytest.raises(Forbidden):
        add_comment(session, people["rita"], report.id, "hello")
    update_report(session, people["adam"], report.id, status="closed")
    with pytest.raises(NotFound):
        update_report(session, people["ann"], 424242, status="closed")


def test_timeline_comments_and_audit(people: dict[str, User], session: Session) -> None:
    report = submit(session, people["rita"])
    ann = people["ann"]
    update_report(session, ann, report.id, status="triaging", assignee="ann")
    update_report(session, ann, report.id, status="triaging")  # no change: no event
    add_comment(session, ann, report.id, "  Same persona as last week.  ")
    update_report(session, ann, report.id, status="closed", verdict="malicious")
    session.commit()
    events = report_timeline(session, ann, report)
    assert [(e.kind, e.detail) for e in events] == [
        ("created", {"score": 0.5, "level": "medium"}),
        ("status", {"from": "new", "to": "triaging"}),
        ("assignee", {"from": None, "to": "ann"}),
        ("comment", {"comment_id": events[3].detail["comment_id"]}),
        ("status", {"from": "triaging", "to": "closed"}),
        ("verdict", {"from": None, "to": "malicious"}),
    ]
    assert [e.actor.name if e.actor else None for e in events] == ["rita"] + ["ann"] * 5
    # The reporter sees the outcome, not the analysts' working notes.
    rita_view = report_timeline(session, people["rita"], report)
    assert [e.kind for e in rita_view] == ["created", "status", "status", "verdict"]
    assert [c.body for c in report_comments(session, ann, report)] == ["Same persona as last week."]
    assert report_comments(session, people["rita"], report) == []
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-4:] == ["report.create", "report.update", "report.comment", "report.update"]
    assert audit.verify(session).ok


def test_comments_must_have_text(people: dict[str, User], session: Session) -> None:
    report = submit(session, people["rita"])
    with pytest.raises(InvalidInput, match="empty"):
        add_comment(session, people["ann"], report.id, "   ")
    with pytest.raises(InvalidInput, match="longer than"):
        add_comment(session, people["ann"], report.id, "x" * 20_001)


def test_deleting_a_report_removes_its_tactics(people: dict[str, User], session: Session) -> None:
    report = submit(session, people["rita"], codes=("a", "b"))
    session.delete(report)
    session.commit()
    assert session.scalars(select(ReportTactic)).all() == []
