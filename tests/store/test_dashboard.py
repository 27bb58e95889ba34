"""Dashboard figures against values worked out by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import text, update
from sqlalchemy.orm import Session

from counterlink.store.dashboard import dashboard
from counterlink.store.tables import Report, User
from tests.dbfixtures import submit

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday of ISO week 2026-W48


def _set(session: Session, report: Report, **values: object) -> None:
    session.execute(update(Report).where(Report.id == report.id).values(**values))


def _five_reports(session: Session, people: dict[str, User]) -> None:
    rita, rob = people["rita"], people["rob"]
    secrecy, off, urgency = "message.secrecy", "message.off_platform", "message.urgency"
    r1 = submit(
        session, rita, level="high", codes=(secrecy, off), sector="quantum", department="R&D"
    )
    r2 = submit(session, rita, level="high", codes=(secrecy,), sector="quantum")
    r3 = submit(session, rita, level="low", sector="defence", department="R&D")
    r4 = submit(session, rob, level="medium", codes=(urgency,), sector="defence")
    r5 = submit(session, rita, level="medium", sector="quantum")
    t1 = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)  # W48
    t2 = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)  # W47
    t3 = datetime(2026, 11, 10, 8, 0, tzinfo=UTC)  # W46
    t4 = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)  # before the three weeks shown
    t5 = datetime(2026, 11, 22, 23, 30, tzinfo=UTC)  # Sunday night: still W47 in UTC
    hour = timedelta(hours=1)
    _set(session, r1, created_at=t1, status="triaging", first_triaged_at=t1 + 2 * hour)
    _set(
        session,
        r2,
        created_at=t2,
        status="closed",
        first_triaged_at=t2 + 4 * hour,
        closed_at=t2 + 50 * hour,
    )
    _set(session, r3, created_at=t3, status="triaging", first_triaged_at=t3 + 10 * hour)
    _set(session, r4, created_at=t4)
    _set(session, r5, created_at=t5, status="triaging", first_triaged_at=t5 + hour)
    session.commit()


def test_dashboard_for_analysts(people: dict[str, User], session: Session) -> None:
    _five_reports(session, people)
    if session.get_bind().dialect.name == "postgresql":
        # Days are UTC days whatever the connection's time zone (Tokyo: r5 would be Monday).
        session.execute(text("SET TIME ZONE 'Asia/Tokyo'"))
    figures = dashboard(session, people["ann"], weeks=3, now=NOW)
    assert figures == {
        "total": 5,
        "open": 4,
        "per_week": [
            {"week": "2026-W46", "count": 1},
            {"week": "2026-W47", "count": 2},
            {"week": "2026-W48", "count": 1},
        ],
        "by_level": {"low": 1, "medium": 2, "high": 2},
        "by_status": {"new": 1, "triaging": 3, "investigating": 0, "closed": 1},
        "by_tactic": [
            {"code": "message.secrecy", "count": 2},
            {"code": "message.off_platform", "count": 1},
            {"code": "message.urgency", "count": 1},
        ],
        "by_sector": [{"sector": "quantum", "count": 3}, {"sector": "defence", "count": 2}],
        "by_department": [{"department": None, "count": 3}, {"department": "R&D", "count": 2}],
        # Hours to first triage: 2, 4, 10 and 1; the median of four is (2 + 4) / 2.
        "median_hours_to_triage": 3.0,
    }


def test_a_reporter_sees_figures_of_their_own_reports(
    people: dict[str, User], session: Session
) -> None:
    _five_reports(session, people)
    rob = dashboard(session, people["rob"], weeks=3, now=NOW)
    assert (rob["total"], rob["open"], rob["median_hours_to_triage"]) == (1, 1, None)
    assert rob["by_tactic"] == [{"code": "message.urgency", "count": 1}]
    assert [w["count"] for w in rob["per_week"]] == [0, 0, 0]
    rita = dashboard(session, people["rita"], weeks=3, now=NOW)
    assert rita["total"] == 4
    assert rita["by_sector"] == [
        {"sector": "quantum", "count": 3},
        {"sector": "defence", "count": 1},
    ]
    # Rita's reports took 2, 4, 10 and 1 hours to triage: median 3.
    assert rita["median_hours_to_triage"] == 3.0


def test_an_empty_database(people: dict[str, User], session: Session) -> None:
    figures = dashboard(session, people["ann"], weeks=2, now=NOW)
    assert figures["total"] == 0 and figures["median_hours_to_triage"] is None
    assert figures["per_week"] == [
        {"week": "2026-W47", "count": 0},
        {"week": "2026-W48", "count": 0},
    ]
    assert figures["by_tactic"] == [] and figures["by_sector"] == []


def test_odd_count_median(people: dict[str, User], session: Session) -> None:
    hour = timedelta(hours=1)
    for hours in (5, 1, 3):
        report = submit(session, people["rita"])
        _set(session, report, first_triaged_at=report.created_at + hours * hour)
    session.commit()
    assert dashboard(session, people["ann"])["median_hours_to_triage"] == 3.0
