"""Dashboard figures, JSON-ready: the same numbers feed the page and its JSON.

Counts are grouped in SQL; only the day → ISO week step happens in Python, because SQLite has no
ISO week function. Reporters get the figures of their own reports only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from counterlink.store.reports import can_triage
from counterlink.store.tables import LEVELS, STATUSES, Report, ReportTactic, User, utcnow

TOP = 10
Q = TypeVar("Q", bound="Select[*tuple[Any, ...]]")


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _scoped(query: Q, viewer: User) -> Q:
    return query if can_triage(viewer) else query.where(Report.reporter_id == viewer.id)


def _utc_day(dialect: str) -> ColumnElement[Any]:
    if dialect == "postgresql":
        # The session's time zone must not move a report to another day.
        return func.date(func.timezone("UTC", Report.created_at))
    return func.date(Report.created_at)  # SQLite stores UTC wall time


def _hours_to_triage(dialect: str) -> ColumnElement[Any]:
    if dialect == "postgresql":
        seconds = func.extract("epoch", Report.first_triaged_at - Report.created_at)
        return seconds / 3600.0
    return (func.julianday(Report.first_triaged_at) - func.julianday(Report.created_at)) * 24.0


def _counts(s: Session, viewer: User, column: Any, limit: int | None = None) -> list[Any]:
    count = func.count().label("n")
    query = _scoped(select(column, count), viewer).group_by(column)
    query = query.order_by(count.desc(), column)
    if limit is not None:
        query = query.limit(limit)
    return list(s.execute(query))


def _median_hours(s: Session, viewer: User, dialect: str) -> float | None:
    hours = _hours_to_triage(dialect)
    triaged = _scoped(select(hours), viewer).where(Report.first_triaged_at.is_not(None))
    n = s.scalar(select(func.count()).select_from(triaged.subquery())) or 0
    if n == 0:
        return None
    # The middle one or two values, found by the database's sort.
    middle = s.scalars(triaged.order_by(hours).offset((n - 1) // 2).limit(2 - n % 2)).all()
    return round(sum(float(v) for v in middle) / len(middle), 2)


def dashboard(
    s: Session, viewer: User, *, weeks: int = 12, now: datetime | None = None
) -> dict[str, Any]:
    """Reports per ISO week (the last ``weeks`` weeks, zero-filled), by level, status, tactic
    (top codes), targeted sector and department, open cases and median hours to triage."""
    dialect = s.get_bind().dialect.name
    today = (now or utcnow()).astimezone(UTC).date()
    first_day = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
    week_counts = {_iso_week(first_day + timedelta(weeks=i)): 0 for i in range(weeks)}
    day = _utc_day(dialect)
    since = datetime.combine(first_day, datetime.min.time(), tzinfo=UTC)
    per_day = s.execute(
        _scoped(select(day, func.count()), viewer).where(Report.created_at >= since).group_by(day)
    )
    for value, n in per_day:
        when = value if isinstance(value, date) else date.fromisoformat(str(value))
        week = _iso_week(when)
        if week in week_counts:
            week_counts[week] += n

    by_level = dict.fromkeys(LEVELS, 0) | {lv: n for lv, n in _counts(s, viewer, Report.level)}
    by_status = dict.fromkeys(STATUSES, 0) | {st: n for st, n in _counts(s, viewer, Report.status)}
    tactic_query = (
        select(ReportTactic.code, func.count().label("n"))
        .join(Report, Report.id == ReportTactic.report_id)
        .group_by(ReportTactic.code)
        .order_by(func.count().desc(), ReportTactic.code)
        .limit(TOP)
    )
    by_tactic = [{"code": c, "count": n} for c, n in s.execute(_scoped(tactic_query, viewer))]
    return {
        "total": sum(by_status.values()),
        "open": sum(n for st, n in by_status.items() if st != "closed"),
        "per_week": [{"week": w, "count": n} for w, n in week_counts.items()],
        "by_level": by_level,
        "by_status": by_status,
        "by_tactic": by_tactic,
        "by_sector": [
            {"sector": v, "count": n} for v, n in _counts(s, viewer, Report.target_sector, TOP)
        ],
        "by_department": [
            {"department": v, "count": n}
            for v, n in _counts(s, viewer, Report.target_department, TOP)
        ],
        "median_hours_to_triage": _median_hours(s, viewer, dialect),
    }
