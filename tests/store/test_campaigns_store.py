"""Campaigns over the stored reports: judgements (append-only, audited, revocable), snapshots
recomputed only when reports or judgements changed, members named ``report-<id>``."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.schema import APPROACH_SCHEMA, Approach, Target
from counterlink.store import audit
from counterlink.store import campaigns as store
from counterlink.store.errors import Forbidden, NotFound
from counterlink.store.reports import create_report
from counterlink.store.tables import AuditEntry, CampaignJudgement, CampaignSnapshot, Report, User
from tests.dbfixtures import sample_assessment


def approach(
    name: str, handle: str | None = None, *, when: str | None = None, **persona: Any
) -> Approach:
    contacts = {"handles": {"wechat": handle}} if handle else None
    return Approach.model_validate(
        {
            "schema": APPROACH_SCHEMA,
            "received_at": when,
            "persona": {"name": name, "contacts": contacts, **persona},
            "target": {"sector": "university", "organisation": "Uni A"},
            "messages": [{"sender": "persona", "text": "Hello, nice to connect."}],
        }
    )


def add(s: Session, user: User, item: Approach, target: Target | None = None) -> str:
    report = create_report(s, user, item, sample_assessment(), target)
    s.commit()
    return store.member_id(report.id)


@pytest.fixture
def four(session: Session, people: dict[str, User]) -> list[str]:
    """Three reports sharing a WeChat handle, then one sharing nothing."""
    rita = people["rita"]
    return [
        add(session, rita, approach("Vivian Zhou", "vz_gip", when="2026-10-03T09:00:00Z")),
        add(session, rita, approach("Lily Chen", "vz_gip", when="2026-10-20T09:00:00Z")),
        add(session, rita, approach("Grace Wu", "vz_gip", when="2026-11-02T09:00:00Z")),
        add(session, rita, approach("Tom Li")),
    ]


@pytest.fixture
def three(four: list[str]) -> list[str]:
    return four[:3]


def named(judgement: dict[str, Any], members: list[str]) -> dict[str, Any]:
    """The judgement with member indexes (or "A") replaced by member names."""

    def name(m: int | str) -> str:
        return members[m] if isinstance(m, int) else members[0] if m == "A" else m

    out = {"action": judgement["action"]}
    if "members" in judgement:
        out["members"] = [name(m) for m in judgement["members"]]
    if "groups" in judgement:
        out["groups"] = [[name(m) for m in g] for g in judgement["groups"]]
    return out


def groups(s: Session) -> list[list[str]]:
    return [c.members for c in store.current(s).campaigns]


def test_member_names() -> None:
    assert store.member_id(12) == "report-12"
    assert store.report_id_of("report-12") == 12
    for other in ("report-", "report-x", "12", "#3", "report-" + "9" * 30):
        assert store.report_id_of(other) is None
    assert sorted(["report-10", "report-2", "x"], key=store.member_order) == [
        "report-2",
        "report-10",
        "x",
    ]


def test_reports_sharing_a_handle_form_one_campaign(session: Session, three: list[str]) -> None:
    now = store.current(session)
    assert now.approaches == 4
    [campaign] = now.campaigns
    assert campaign.members == sorted(three)
    assert campaign.first_seen == "2026-10-03T09:00:00Z"
    assert campaign.last_seen == "2026-11-02T09:00:00Z"
    assert campaign.targets == {"sector": {"university": 3}, "organisation": {"Uni A": 3}}
    assert campaign.personas == ["Grace Wu", "Lily Chen", "Vivian Zhou"]
    assert campaign.indicators[0]["kind"] == "handle"
    assert campaign.indicators[0]["value"] == "wechat:vz_gip"
    [(value, others)] = campaign.shared_with(three[0])
    assert (value.kind, others) == ("handle", three[1:])
    assert campaign.facts[three[1]].persona == "Lily Chen"
    assert now.of_member(three[2]) is campaign and now.get(campaign.id) is campaign


def test_snapshot_is_reused_until_reports_or_judgements_change(
    session: Session, people: dict[str, User], three: list[str]
) -> None:
    first = store.current(session)
    session.commit()
    assert store.current(session).computed_at == first.computed_at  # not recomputed
    fourth = add(session, people["rob"], approach("Mia Sun", "vz_gip"))
    second = store.current(session)
    session.commit()
    assert second.computed_at > first.computed_at
    assert second.campaigns[0].members == sorted([*three, fourth])
    store.judge(session, people["ann"], {"action": "exclude", "members": [fourth]})
    session.commit()
    third = store.current(session)
    session.commit()
    assert third.campaigns[0].members == sorted(three)
    # Only the latest snapshot is kept.
    assert session.scalar(select(func.count()).select_from(CampaignSnapshot)) == 1


def test_undated_reports_are_dated_when_reported_and_filed_under_their_sector(
    session: Session, people: dict[str, User]
) -> None:
    rita = people["rita"]
    a = add(session, rita, approach("A Zhou", "same_handle"), Target(sector="quantum"))
    b = add(session, rita, approach("B Zhou", "same_handle"), Target(sector="quantum"))
    [campaign] = store.current(session).campaigns
    assert campaign.members == [a, b]
    assert campaign.targets["sector"] == {"quantum": 2}
    assert campaign.first_seen is not None and campaign.first_seen[:2] == "20"


@pytest.mark.parametrize(
    ("judgement", "expected"),
    [
        ({"action": "exclude", "members": [1]}, [[0, 2]]),
        ({"action": "split", "groups": [[0], [1, 2]]}, [[1, 2]]),
        ({"action": "merge", "members": [0, 3]}, [[0, 1, 2, 3]]),
    ],
)
def test_each_judgement_holds_through_recomputation(
    session: Session,
    people: dict[str, User],
    four: list[str],
    judgement: dict[str, Any],
    expected: list[list[int]],
) -> None:
    members = four
    store.judge(session, people["ann"], named(judgement, members))
    session.commit()
    want = [sorted(members[i] for i in group) for group in expected]
    assert groups(session) == want
    # A new report joining the handle: the judgement still holds.
    newcomer = add(session, people["rob"], approach("Mia Sun", "vz_gip"))
    after = groups(session)
    if judgement["action"] == "split":
        assert not any(members[0] in g and members[1] in g for g in after)
    if judgement["action"] == "exclude":
        assert all(members[1] not in g for g in after)
        assert after == [sorted([members[0], members[2], newcomer])]
    if judgement["action"] == "merge":
        assert after == [sorted([*members, newcomer])]


def test_judgements_are_audited_append_only_and_revocable(
    session: Session, people: dict[str, User], three: list[str]
) -> None:
    ann = people["ann"]
    made = store.judge(session, ann, {"action": "exclude", "members": [three[0]]}, "a colleague")
    session.commit()
    assert groups(session) == [sorted(three[1:])]
    undo = store.revoke(session, people["adam"], made.id, "not the same operator after all")
    session.commit()
    assert groups(session) == [sorted(three)]
    rows = session.scalars(select(CampaignJudgement).order_by(CampaignJudgement.id)).all()
    assert [(r.action, r.revokes_id) for r in rows] == [("exclude", None), ("revoke", made.id)]
    [view] = store.list_judgements(session)
    assert view.id == made.id and view.note == "a colleague"
    assert view.revoked_by is not None and view.revoked_by.id == undo.id
    assert store.active_judgements(session) == []
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-2:] == ["campaign.exclude", "campaign.revoke"]
    assert audit.verify(session).ok
    with pytest.raises(InvalidInput, match="already revoked"):
        store.revoke(session, ann, made.id)
    with pytest.raises(InvalidInput, match="cannot itself be revoked"):
        store.revoke(session, ann, undo.id)
    with pytest.raises(NotFound):
        store.revoke(session, ann, 999)


def test_excluded_by_names_the_judgement(
    session: Session, people: dict[str, User], three: list[str]
) -> None:
    made = store.judge(session, people["ann"], {"action": "exclude", "members": [three[2]]})
    session.commit()
    found = store.excluded_by(session, three[2])
    assert found is not None and found.id == made.id
    assert store.excluded_by(session, three[0]) is None


@pytest.mark.parametrize(
    ("judgement", "message"),
    [
        ({"action": "dissolve", "members": ["A"]}, "action must be one of"),
        ({"action": "exclude", "members": ["report-999"]}, "no report report-999"),
        ({"action": "exclude", "members": ["#1"]}, "is not a report"),
        ({"action": "exclude", "members": []}, "name at least one report"),
        ({"action": "merge", "members": ["A", "A"]}, "two reports or more"),
        ({"action": "split", "groups": [["A"], ["A"]]}, "two sides"),
        ({"action": "split", "groups": [["A"], []]}, "every group"),
    ],
)
def test_bad_judgements_are_refused(
    session: Session,
    people: dict[str, User],
    three: list[str],
    judgement: dict[str, Any],
    message: str,
) -> None:
    with pytest.raises(InvalidInput, match=message):
        store.judge(session, people["ann"], named(judgement, three))


def test_reporters_may_not_judge(
    session: Session, people: dict[str, User], three: list[str]
) -> None:
    with pytest.raises(Forbidden):
        store.judge(session, people["rita"], {"action": "exclude", "members": [three[0]]})
    made = store.judge(session, people["adam"], {"action": "exclude", "members": [three[0]]})
    with pytest.raises(Forbidden):
        store.revoke(session, people["rob"], made.id)


def test_note_is_limited(session: Session, people: dict[str, User], three: list[str]) -> None:
    with pytest.raises(InvalidInput, match="at most"):
        store.judge(
            session,
            people["ann"],
            {"action": "exclude", "members": [three[0]]},
            "x" * (store.MAX_NOTE + 1),
        )


def test_reports_judged_benign_join_the_background(
    session: Session, people: dict[str, User]
) -> None:
    """A value the store has seen in ordinary outreach (reports an analyst judged benign) is
    generic there: once enough genuine recruiters of one agency are judged benign, its
    domain no longer links two new reports."""
    from counterlink.store.reports import update_report

    rita, ann = people["rita"], people["ann"]

    def agency(name: str) -> Approach:
        return Approach.model_validate(
            {
                "schema": APPROACH_SCHEMA,
                "persona": {
                    "name": name,
                    "contacts": {"emails": [f"{name.replace(' ', '.')}@talentbridge.io"]},
                },
                "messages": [{"sender": "persona", "text": "Hello, nice to connect."}],
            }
        )

    first = add(session, rita, agency("Nora Quell"))
    second = add(session, rita, agency("Omar Reyna"))
    assert groups(session) == [sorted([first, second], key=store.member_order)]
    before = store.current_stamp(session)
    # The background holds tens of thousands of approaches: it takes many benign reports of
    # one agency for its domain to become common.
    names = [
        f"{a} {b}"
        for a in ("Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gil", "Hu")
        for b in (
            "Ash",
            "Birch",
            "Cole",
            "Dunn",
            "Eyre",
            "Fox",
            "Gray",
            "Hale",
            "Ives",
            "Jude",
            "Kerr",
            "Lowe",
            "Moor",
            "Noel",
            "Orr",
        )
    ]
    for name in names[:60]:
        report = session.get(Report, store.report_id_of(add(session, rita, agency(name))))
        update_report(session, ann, report.id, verdict="benign")
        session.commit()
    assert store.current_stamp(session) != before  # verdicts make the snapshot stale
    assert [g for g in groups(session) if first in g] == []
