"""The case page's employer section (analysts and admins): the employer check for the persona's
claimed firm, and the ownership chain as a picture. A stored check (run from the case, see
pages_employer) is shown as it was run; without one, the claimed employer is checked live on the
registry the app was started with (nothing stored). No registry configured: the section says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session

from counterlink.errors import CounterlinkError
from counterlink.schema import Approach
from counterlink.signals.employer import EmployerDetector, as_of, claims
from counterlink.store.employer_checks import latest_check
from counterlink.store.tables import EmployerCheck, Report
from counterlink.web.ownership_picture import Picture, picture
from counterlink.web.triage import utc_time


@dataclass(frozen=True)
class EmployerSection:
    configured: bool
    claimed: str | None
    result: dict[str, Any] | None
    stored: EmployerCheck | None
    checked_at: str | None
    picture: Picture | None
    error: str | None


def employer_detector(request: Request) -> EmployerDetector | None:
    """The app's employer detector: the one its assessor runs, so checks and assessments read
    the same registry; None when none is configured."""
    for detector in request.app.state.assessor.registry:
        if isinstance(detector, EmployerDetector):
            return detector
    return None


def approach_of(report: Report) -> Approach | None:
    try:
        return Approach.model_validate(report.approach or {})
    except ValueError:
        return None


def when_for(report: Report) -> date:
    """Recency is measured to the day the approach was received, else today."""
    approach = approach_of(report)
    return as_of(approach) if approach is not None else date.today()


def case_employer(request: Request, s: Session, report: Report) -> EmployerSection:
    detector = employer_detector(request)
    approach = approach_of(report)
    found = claims(approach) if approach is not None else []
    claimed = next((c.name for c in found if c.strength >= 1), None)
    stored = latest_check(s, report)
    result, error = (stored.result if stored else None), None
    if result is None and detector is not None and claimed:
        try:
            live = detector.check(claimed, None, when_for(report))
            result = live.model_dump(mode="json")
        except CounterlinkError as exc:
            error = str(exc)
    return EmployerSection(
        configured=detector is not None,
        claimed=claimed,
        result=result,
        stored=stored,
        checked_at=utc_time(stored.created_at) if stored else None,
        picture=picture(result) if result else None,
        error=error,
    )
