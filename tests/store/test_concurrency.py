"""Many writers at once: every report stored exactly once, the audit chain unbroken."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from counterlink.store import audit
from counterlink.store.reports import create_report, get_report, update_report
from counterlink.store.tables import Report, User
from tests.dbfixtures import sample_approach, sample_assessment

CLIENTS = 20
PER_CLIENT = 10


def test_200_concurrent_submissions(
    people: dict[str, User], session_maker: sessionmaker[Session]
) -> None:
    reporter_id, analyst_id = people["rita"].id, people["ann"].id

    def client(n: int) -> list[int]:
        ids = []
        for i in range(PER_CLIENT):
            with session_maker() as s:
                reporter = s.get(User, reporter_id)
                assert reporter is not None
                approach = sample_approach(f"persona {n}-{i}", id=f"{n}-{i}")
                report = create_report(s, reporter, approach, sample_assessment(0.5))
                s.commit()
                ids.append(report.id)
            # Read-then-write in one transaction: the view audit entry, then a triage change.
            with session_maker() as s:
                analyst = s.get(User, analyst_id)
                assert analyst is not None
                get_report(s, analyst, ids[-1])
                update_report(s, analyst, ids[-1], status="triaging")
                s.commit()
        return ids

    with ThreadPoolExecutor(CLIENTS) as pool:
        results = list(pool.map(client, range(CLIENTS)))

    with session_maker() as s:
        all_ids = [i for ids in results for i in ids]
        assert len(set(all_ids)) == CLIENTS * PER_CLIENT
        assert s.scalar(select(func.count()).select_from(Report)) == CLIENTS * PER_CLIENT
        personas = s.scalars(select(Report.persona_name)).all()
        assert len(set(personas)) == CLIENTS * PER_CLIENT
        check = audit.verify(s)
        # 4 users, then per report: created, viewed, updated.
        assert (check.ok, check.entries) == (True, 4 + 3 * CLIENTS * PER_CLIENT)
