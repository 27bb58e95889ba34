"""`counterlink serve --demo` seeding: users, reports, and a partner's bundle in the watchlist
whose personas are recognised in the reports that arrive after it."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import func, select

from counterlink.store.tables import Report, User
from counterlink.store.watchlist import list_sources
from counterlink.watchlist import CODE
from counterlink.web.demo import PARTNER, seed_demo


def test_seed_demo_once_with_a_partner_watchlist(app: FastAPI) -> None:
    logins = seed_demo(app.state.sessions, app.state.assessor)
    assert {role for _, role, _ in logins} == {"admin", "analyst", "reporter"}
    with app.state.sessions() as s:
        [source] = list_sources(s)
        assert (source.name, source.format, source.tlp) == (PARTNER, "stix", "green")
        reports = s.scalars(select(Report)).all()
        assert len(reports) >= 10
        known = {
            r.persona_name: r.level
            for r in reports
            if any(f["code"] == CODE for f in r.assessment["findings"])
        }
        # The two personas the partner reported, and nobody else.
        assert known == {"Prof. Alan Carter": "high", "Dr. Li Wen": "high"}
        users = s.scalar(select(func.count()).select_from(User))
    assert seed_demo(app.state.sessions, app.state.assessor) == []
    with app.state.sessions() as s:
        assert s.scalar(select(func.count()).select_from(User)) == users
        assert len(list_sources(s)) == 1
