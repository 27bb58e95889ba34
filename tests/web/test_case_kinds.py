"""The case page names ordinary unwanted traffic and shows reassuring signs apart."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

from tests.web.conftest import SignedIn
from tests.web.test_intake import post_report, report_at

SignIn = Callable[[str], SignedIn]
SPAM = (
    "Tired of the 9-5? Be your own boss and build passive income with our team. We also offer "
    "fast business loans up to 50k, approved within 24 hours."
)
EXPERT = (
    "Hello, I work for AlphaSights. A client would like a one-hour call on battery supply "
    "chains, paid at $350 per hour. Please do not share any confidential information about your "
    "employer, and check your employer's policy on outside consulting before you accept."
)


def test_spam_is_shown_as_unwanted_traffic_not_a_state_approach(
    app: FastAPI, signed_in: SignIn
) -> None:
    response = post_report(signed_in("rita"), SPAM)
    report = report_at(app, response.headers["location"])
    assert report.assessment["category"] == "unwanted"
    page = signed_in("ann").get(response.headers["location"])
    assert page.status_code == 200
    assert "Ordinary unwanted traffic" in page.text
    assert "hallmarks of a hostile state approach" not in page.text


def test_reassuring_signs_are_labelled_on_the_case_page(app: FastAPI, signed_in: SignIn) -> None:
    response = post_report(signed_in("rita"), EXPERT)
    page = signed_in("ann").get(response.headers["location"])
    assert "Reassuring sign:" in page.text
    assert "reassure.compliance_terms" in page.text
