"""Employer checks kept with a case: an analyst runs `counterlink employer` for the persona's
claimed firm (or any name or number) from the case page; the JSON report is stored, put on the
case's timeline and audited. Reporters never see them (what a case's owners are is the
analysts' work, as triage is)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counterlink.errors import InvalidInput
from counterlink.store.audit import record as audit_record
from counterlink.store.errors import Forbidden
from counterlink.store.reports import add_event, can_triage, visible_report
from counterlink.store.tables import EmployerCheck, Report, User, utcnow

MAX_NAME = 300
MAX_NUMBER = 20


def save_check(
    s: Session,
    actor: User,
    report_id: int,
    name: str | None,
    number: str | None,
    result: dict[str, Any],
) -> EmployerCheck:
    """Keep ``result`` (an employer report as JSON) with the case; analysts and admins only."""
    if not can_triage(actor):
        raise Forbidden("only analysts and admins may check an employer")
    if name and len(name) > MAX_NAME:
        raise InvalidInput(f"at most {MAX_NAME} characters", field="name")
    if number and len(number) > MAX_NUMBER:
        raise InvalidInput(f"at most {MAX_NUMBER} characters", field="number")
    report = visible_report(s, actor, report_id)
    query = result.get("query") or {}
    check = EmployerCheck(
        report_id=report.id,
        checked_by_id=actor.id if s.get(User, actor.id) is not None else None,
        name=name or None,
        number=number or None,
        as_of=str(query.get("as_of") or ""),
        result=result,
        created_at=utcnow(),
    )
    s.add(check)
    report.updated_at = utcnow()
    s.flush()
    company = result.get("company") or {}
    flags = [f.get("code") for f in result.get("flags") or []]
    add_event(s, report, actor, "employer_check", query=name or number, company=company.get("id"))
    audit_record(
        s,
        actor.name,
        "report.employer_check",
        "report",
        report.id,
        {
            "check": check.id,
            "name": name,
            "number": number,
            "company": company.get("id"),
            "flags": flags,
        },
    )
    return check


def latest_check(s: Session, report: Report) -> EmployerCheck | None:
    """The case's most recent employer check, if any."""
    return s.scalar(
        select(EmployerCheck)
        .where(EmployerCheck.report_id == report.id)
        .order_by(EmployerCheck.id.desc())
        .limit(1)
    )
