"""Run the employer check from a case page (analysts and admins): any company name or number,
checked on the app's registry; the JSON report is kept with the case, put on its timeline and
audited (store.employer_checks)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from counterlink.errors import CounterlinkError, InvalidInput
from counterlink.store.employer_checks import MAX_NAME, MAX_NUMBER, save_check
from counterlink.store.reports import visible_report
from counterlink.web.deps import DB, FormVisitor, require_role
from counterlink.web.employer_section import employer_detector, when_for
from counterlink.web.pages_case_actions import apply_case_change
from counterlink.web.triage import TRIAGERS

router = APIRouter(include_in_schema=False)


@router.post("/reports/{report_id:int}/employer")
def check_employer(
    request: Request,
    s: DB,
    found: FormVisitor,
    report_id: int,
    name: Annotated[str, Form(max_length=MAX_NAME)] = "",
    number: Annotated[str, Form(max_length=MAX_NUMBER)] = "",
) -> Response:
    """Check a company by name or number and keep the result with the case."""
    require_role(found, *TRIAGERS)
    name, number = name.strip(), number.strip()

    def change() -> object:
        detector = employer_detector(request)
        if detector is None:
            raise InvalidInput(
                "no registry of company registers is configured: load one with `counterlink "
                "registers load` and start the server with COUNTERLINK_REGISTRY set to it"
            )
        if not name and not number:
            raise InvalidInput("give a company name or number to check", field="name")
        report = visible_report(s, found.user, report_id)
        try:
            result = detector.check(name or None, number or None, when_for(report))
        except CounterlinkError as exc:
            raise InvalidInput(f"the registry could not be read: {exc}") from None
        return save_check(s, found.user, report_id, name, number, result.model_dump(mode="json"))

    return apply_case_change(request, s, found, report_id, "employer", change)
