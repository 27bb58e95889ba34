"""The office's caseload at a glance (analysts and admins): headline numbers, SVG charts, and
the same figures as JSON at ``/dashboard.json``.

Every figure comes from ``store.dashboard.dashboard`` except the count of open high-level cases,
which the store does not compute yet and is counted here with one query.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from markupsafe import Markup
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counterlink.store.dashboard import dashboard
from counterlink.store.db import read_only
from counterlink.store.tables import Report, User, utcnow
from counterlink.web.charts import Bar, bar_chart, level_bars, week_chart
from counterlink.web.deps import DB, PageVisitor, Visitor, render, require_role

router = APIRouter(include_in_schema=False)

TRIAGE_ROLES = ("analyst", "admin")
NOT_GIVEN = "(not given)"


def _allow(s: Session, found: Visitor) -> None:
    """403 unless an analyst or admin; then a reading transaction for the figures."""
    try:
        require_role(found, *TRIAGE_ROLES)
    except HTTPException:
        # The error page renders after the request's session is rolled back, which expires the
        # visitor's user (a bearer token's lookup left a transaction open); closing the session
        # first detaches the user with its attributes still loaded.
        s.close()
        raise
    # Only reads follow: end the sign-in lookup's transaction and read without taking
    # SQLite's write lock, so the dashboard never holds up people submitting reports.
    s.commit()
    read_only(s)


def open_high(s: Session) -> int:
    """Open cases assessed as high risk (what an office should look at first)."""
    query = select(func.count()).where(Report.level == "high", Report.status != "closed")
    return s.scalar(query.select_from(Report)) or 0


def figures(s: Session, viewer: User) -> dict[str, Any]:
    """The store's figures, plus the open high-level cases and when they were generated."""
    now = utcnow()
    data = dashboard(s, viewer, now=now)
    data["open_high"] = open_high(s)
    data["generated_at"] = now.isoformat(timespec="seconds")
    return data


def hours_text(hours: float | None) -> str:
    """Median time to triage for people: minutes under an hour, else hours (days past 48 h)."""
    if hours is None:
        return "none triaged yet"
    if hours < 1:
        return f"{round(hours * 60)} min"
    if hours < 48:
        return f"{hours:.1f} h"
    return f"{hours / 24:.1f} days"


def charts(data: dict[str, Any], titles: dict[str, str]) -> dict[str, Markup]:
    """Every chart of the page, from the figures dict."""
    weeks = [(w["week"], w["count"]) for w in data["per_week"]]
    tactics = [
        Bar(titles.get(t["code"], t["code"]), t["count"], detail=t["code"])
        for t in data["by_tactic"]
    ]
    sectors = [Bar(r["sector"] or NOT_GIVEN, r["count"]) for r in data["by_sector"]]
    departments = [Bar(r["department"] or NOT_GIVEN, r["count"]) for r in data["by_department"]]
    return {
        "weeks": week_chart("chart-weeks", f"Reports per week, last {len(weeks)} weeks", weeks),
        "levels": bar_chart(
            "chart-levels",
            "Reports by level",
            level_bars(data["by_level"]),
            "Level",
            keep_order=True,
        ),
        "tactics": bar_chart(
            "chart-tactics",
            "Most frequent tactics",
            tactics,
            "Tactic",
            label_chars=54,
            plot_width=360,
        ),
        "sectors": bar_chart("chart-sectors", "Targeted sectors", sectors, "Sector"),
        "departments": bar_chart(
            "chart-departments", "Targeted departments", departments, "Department"
        ),
    }


@router.get("/dashboard")
def dashboard_page(request: Request, s: DB, found: PageVisitor) -> Response:
    _allow(s, found)
    data = figures(s, found.user)
    titles: dict[str, str] = request.app.state.assessor.registry.codes()
    context = {
        "figures": data,
        "charts": charts(data, titles),
        "median": hours_text(data["median_hours_to_triage"]),
    }
    return render(request, "dashboard.html", context)


@router.get("/dashboard.json")
def dashboard_json(s: DB, found: PageVisitor) -> Response:
    _allow(s, found)
    return JSONResponse(figures(s, found.user))
